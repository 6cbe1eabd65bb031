"""Real key and mouse gestures for the canvas (issue 15): Enter in Find, Esc on a new card,
dragging a curve point, opening a map whole or at its start."""
from PySide6.QtCore import QPointF, Qt
from PySide6.QtTest import QTest

from journeymap.editor.view import readable_zoom


def test_enter_in_find_goes_to_the_next_match_and_adds_nothing(window, qtbot):
    window.scene.select_ids(["h-wifi"])
    nodes, undo = len(window.doc.map.nodes), window.stack.count()
    window.focus_find()
    QTest.keyClicks(window.find_box, "check")  # "Check-in queue…" and "Express check-out…"
    QTest.keyClick(window.find_box, Qt.Key_Return)
    first = window.scene.selected_node_ids()
    QTest.keyClick(window.find_box, Qt.Key_Return)
    second = window.scene.selected_node_ids()
    assert len(window.doc.map.nodes) == nodes and window.stack.count() == undo
    assert {first[0], second[0]} == {"h-checkin", "h-checkout"}


def test_esc_on_a_new_card_removes_it_and_leaves_no_undo_step(window, qtbot):
    window.scene.select_ids(["h-wifi"])
    window.view.setFocus()
    nodes = len(window.doc.map.nodes)
    QTest.keyClick(window.view.viewport(), Qt.Key_Return)  # add the next card, connected, title editor open
    editor = window.inline_editor.editor
    qtbot.waitUntil(editor.isVisible)
    assert len(window.doc.map.nodes) == nodes + 1 and window.stack.count() == 1
    QTest.keyClick(editor, Qt.Key_Escape)
    assert len(window.doc.map.nodes) == nodes
    assert window.stack.count() == 0 and not window.stack.canUndo() and not window.stack.canRedo()
    assert not any(e.source == "h-wifi" and e.target not in {n.id for n in window.doc.map.nodes}
                   for e in window.doc.map.edges)


def test_esc_after_naming_a_card_keeps_it(window, qtbot):
    window.scene.select_ids(["h-wifi"])
    window.view.setFocus()
    QTest.keyClick(window.view.viewport(), Qt.Key_Return)
    editor = window.inline_editor.editor
    qtbot.waitUntil(editor.isVisible)
    QTest.keyClicks(editor, "Minibar")
    QTest.keyClick(editor, Qt.Key_Return)
    new_id = window.scene.selected_node_ids()[0]
    window.inline_editor.edit(new_id)  # F2 again, then Esc: only the edit is cancelled
    QTest.keyClick(editor, Qt.Key_Escape)
    assert window.doc.node(new_id).title == "Minibar" and window.stack.count() == 1  # add + typed title: one step


def test_dragging_a_curve_point_sets_the_emotion_in_one_undo_step(window, qtbot):
    curve = window.scene.curve_item
    curve.recompute()
    point = next(p for p in curve.points if p.node_id == "h-checkin")  # −2: drag it to the top (+2)
    window.view.centerOn(QPointF(point.x, point.y))
    viewport = window.view.viewport()
    start = window.view.mapFromScene(QPointF(point.x, point.y))
    top = window.scene.grid.curve_rect.y
    end = window.view.mapFromScene(QPointF(point.x, top))
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, start)
    for i in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * i / 5)
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, end)
    assert window.doc.node("h-checkin").expected_emotion.score == 2
    assert window.stack.count() == 1
    window.stack.undo()
    assert window.doc.node("h-checkin").expected_emotion.score == -2


def test_opening_shows_the_map_whole_or_its_start_at_a_readable_zoom(window, qtbot):
    window.resize(1440, 900)
    window.view.show_map()
    scene_rect = window.scene.items_bounding_rect()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert window.view.zoom() >= readable_zoom(window.view) - 1e-6
    assert visible.contains(scene_rect) or visible.contains(scene_rect.topLeft() + QPointF(1, 1))
    window.resize(500, 400)  # too small for the whole map: its reading-start corner
    qtbot.wait(20)
    window.view.show_map()
    visible = window.view.mapToScene(window.view.viewport().rect()).boundingRect()
    assert abs(window.view.zoom() - readable_zoom(window.view)) < 1e-6
    assert visible.contains(scene_rect.topLeft() + QPointF(1, 1))


def test_view_legend_explains_every_mark(window, qtbot):
    from PySide6.QtWidgets import QLabel

    action = next(a for m in window.menuBar().actions() if m.menu() and m.menu().objectName() == "menu_zoom_in"
                  for a in m.menu().actions() if a is window.legend_dock.toggleViewAction())
    action.trigger()
    assert window.legend_dock.isVisible()
    texts = " ".join(label.text() for label in window.legend_dock.findChildren(QLabel))
    for word in ("Key moment", "Alternative", "Fallback", "earlier period", "+N", "Weak points", "worst moment", "branches"):
        assert word in texts


def test_badge_tooltips_escape_user_text(window, qtbot):
    from journeymap.canvas import card

    item = window.scene.node_items["h-checkin"]
    info = window.scene.node_info("h-checkin")
    layout = card.parts(info.chips, info.rtl)
    assert "Expected emotion" in item.tooltip_at(layout.badge)
    assert "Weak points" in item.tooltip_at(layout.weak) or not info.weak_points
    window.controller.rename("h-checkin", "<img src=file:///dev/zero> queue")
    title_tip = item.tooltip_at(QPointF(60, 40))
    assert "&lt;img src=file:///dev/zero&gt;" in title_tip and "<img" not in title_tip
