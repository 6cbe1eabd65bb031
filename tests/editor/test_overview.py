"""Zoomed out on a big map the view shows one overview image (editor/overview.py): it must look
like the map painted item by item, follow every change at once, and step aside during a drag."""
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest

from journeymap.canvas import style
from journeymap.editor import overview
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH


@pytest.fixture
def big(qtbot):
    from benchmarks.synthetic import synthetic_map
    from journeymap.ui.main_window import MainWindow

    win = MainWindow(synthetic_map(1200))
    qtbot.addWidget(win, before_close_func=lambda w: w.stack.setClean())  # no "save changes?" on close
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    win.scene.route_pending()
    win.view.fit_all()
    assert win.view.zoom() < overview.OVERVIEW_ZOOM
    return win


def card_pixel(win, node_id: str) -> QColor:
    """The viewport's colour at the middle of a card's emotion band (blocks at this zoom)."""
    item = win.scene.node_items[node_id]
    point = win.view.mapFromScene(item.pos() + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2))
    return win.view.viewport().grab().toImage().pixelColor(point)


def close(a: QColor, b: QColor, tolerance: int = 40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_the_overview_looks_like_the_map_painted_item_by_item(big, monkeypatch):
    shown = big.view.viewport().grab().toImage()
    assert big.view.overview.image is not None  # the overview was used
    monkeypatch.setattr(overview, "OVERVIEW_ZOOM", 0.0)  # paint item by item
    painted = big.view.viewport().grab().toImage()
    assert shown.size() == painted.size()
    differing = sum(1 for x in range(0, shown.width(), 7) for y in range(0, shown.height(), 7)
                    if not close(shown.pixelColor(x, y), painted.pixelColor(x, y), 60))
    samples = len(range(0, shown.width(), 7)) * len(range(0, shown.height(), 7))
    assert differing / samples < 0.03


def test_an_edit_while_zoomed_out_shows_at_once(big, qtbot):
    node = big.doc.map.nodes[40]
    before = card_pixel(big, node.id)
    score = -2 if node.expected_emotion.score != -2 else 2
    big.controller.set_emotion([node.id], score)
    qtbot.waitUntil(lambda: close(card_pixel(big, node.id), QColor(style.EMOTION_COLORS[score]), 30), timeout=3000)
    assert not close(before, card_pixel(big, node.id), 30)


def test_a_drag_at_fit_all_paints_items_live_and_lands_in_one_undo_step(big, qtbot):
    node = big.doc.map.nodes[0]
    item = big.scene.node_items[node.id]
    start = big.view.mapFromScene(item.pos() + QPointF(CARD_WIDTH / 2, CARD_HEIGHT / 2))
    viewport = big.view.viewport()
    QTest.mousePress(viewport, Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(viewport, start + QPoint(0, 6))
    assert not big.view.overview.wanted()  # a card is grabbed: items are painted, not the image
    QTest.mouseMove(viewport, start + QPoint(0, 12))
    QTest.mouseRelease(viewport, Qt.LeftButton, Qt.NoModifier, start + QPoint(0, 12))
    assert big.view.overview.wanted()
    assert big.stack.count() <= 1


def test_the_overview_draws_every_arrow_in_its_colour_and_a_selected_card_in_the_selection_colour(big, qtbot):
    """Arrows are drawn in batches in the overview (canvas/zoomed_out.py): each must still show."""
    image = big.view.viewport().grab().toImage()
    assert big.view.overview.image is not None
    shown = 0
    for item in list(big.scene.edge_items.values())[:60]:
        (ax, ay), (bx, by) = max(zip(item.points, item.points[1:]), key=lambda s: abs(s[1][0] - s[0][0]) + abs(s[1][1] - s[0][1]))
        middle = big.view.mapFromScene(QPointF((ax + bx) / 2, (ay + by) / 2))
        color = QColor(style.EDGE_STYLES[item.kind][0])
        near = [image.pixelColor(middle + QPoint(dx, dy)) for dx in (-1, 0, 1) for dy in (-1, 0, 1)]
        shown += any(close(pixel, color, 60) for pixel in near)
    assert shown >= 55  # a few may lie under a card
    node = big.doc.map.nodes[3]
    big.scene.select_ids([node.id])
    qtbot.waitUntil(lambda: close(card_pixel(big, node.id), QColor(style.SELECTION), 30), timeout=3000)
