"""UI language, mirroring, localised digits, workshop mode, templates."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from journeymap.i18n import install_translations
from journeymap.model.io import dumps_map, loads_map
from journeymap.templates import TEMPLATES, from_template


@pytest.fixture
def ui_language(qapp):
    def switch(code):
        install_translations(qapp, code)
    yield switch
    install_translations(qapp, "en")


@pytest.mark.parametrize("code,file_menu", [("fa", "پرونده"), ("ar", "ملف")])
def test_translations_load_and_window_mirrors(qtbot, ui_language, code, file_menu):
    from journeymap.ui.main_window import MainWindow

    ui_language(code)
    win = MainWindow()
    qtbot.addWidget(win)
    assert win.layoutDirection() == Qt.RightToLeft
    assert win.menuBar().actions()[0].text() == file_menu
    assert "journeymap" in win.windowTitle()


def test_english_ui_is_left_to_right_and_persian_map_still_rtl(window, rtl_window):
    assert QApplication.layoutDirection() == Qt.LeftToRight
    assert rtl_window.scene.rtl and not window.scene.rtl


def test_kpi_chips_use_persian_digits(rtl_window):
    info = rtl_window.scene.node_info("n-checkout")
    text = " ".join(chip.text for chip in info.chips)
    assert "۶۶٪" in text and not any(c.isdigit() and c.isascii() for c in text)


def test_workshop_mode_locks_structure_and_allows_emotion_keys(window):
    window.set_workshop(True)
    assert not window.inspector_dock.isVisible()
    before = len(window.doc.map.edges)
    assert window.controller.connect("h-compare", "h-survey") is None
    assert len(window.doc.map.edges) == before
    assert window.controller.set_structure("stages", [], "x") is False
    window.scene.select_ids(["h-wifi"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_5)
    assert window.doc.node("h-wifi").expected_emotion.score == 2
    QTest.keyClick(window.view, Qt.Key_1)
    assert window.doc.node("h-wifi").expected_emotion.score == -2
    window.add_node("touchpoint")  # adding nodes stays allowed
    assert window.stack.count() == 3
    window.set_workshop(False)
    assert window.controller.connect("h-compare", "h-survey") is not None


def test_workshop_tab_walks_the_journey(window):
    window.set_workshop(True)
    window.scene.select_ids(["h-compare"])
    window.view.setFocus()
    QTest.keyClick(window.view, Qt.Key_Tab)
    assert window.scene.selected_node_ids() == ["h-book"]


@pytest.mark.parametrize("key", sorted(TEMPLATES))
@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_templates_produce_valid_maps(key, language):
    jmap = from_template(key, language)
    assert loads_map(dumps_map(jmap)) == jmap
    assert len(jmap.stages) >= 3 and len(jmap.lanes) >= 3 and len(jmap.nodes) >= 3
    assert jmap.direction == ("rtl" if language in ("fa", "ar") else "ltr")


# ---- workshop mode for a projector ----
def test_workshop_hides_menu_bar_and_editing_toolbar_and_shows_a_slim_bar(window):
    from PySide6.QtWidgets import QToolBar

    window.set_workshop(True)
    main = window.findChild(QToolBar, "main_toolbar")
    assert not window.menuBar().isVisible() and not main.isVisible()
    assert window.workshop_bar.isVisible()
    texts = [a.text() for a in window.workshop_bar.actions() if a.text()]
    assert texts == ["Exit workshop", "Fit", "Previous stage", "Next stage"]
    window.workshop_bar.exit_action.trigger()
    assert window.menuBar().isVisible() and main.isVisible() and not window.workshop_bar.isVisible()
    assert not window.actions_by_name["workshop"].isChecked()


def test_workshop_legend_names_the_keys_with_the_maps_emotions(rtl_window, ui_language):
    ui_language("fa")
    rtl_window.set_workshop(True)
    legend = rtl_window.workshop_bar.legend.text()
    labels = rtl_window.doc.map.emotion_scale.labels
    for key, score in zip("۱۲۳۴۵", range(-2, 3)):
        assert f"{key} {labels[score]}" in legend
    QApplication.processEvents()
    assert rtl_window.workshop_bar.legend.isVisible()


def test_tab_follows_the_customers_path_backstage_last(rtl_window):
    from journeymap.ui.workshop import walk_order

    rtl_window.set_workshop(True)
    order = walk_order(rtl_window.doc)
    backstage = {n.id for n in rtl_window.doc.map.nodes
                 if next(l for l in rtl_window.doc.map.lanes if l.id == n.lane_id).kind == "backstage"}
    assert set(order[-len(backstage):]) == backstage
    rtl_window.scene.select_ids(["n-checkout"])
    rtl_window.view.setFocus()
    QTest.keyClick(rtl_window.view, Qt.Key_Tab)
    assert rtl_window.scene.selected_node_ids() == ["n-sms"]  # main path, skipping the warehouse
    QTest.keyClick(rtl_window.view, Qt.Key_Tab)
    assert rtl_window.scene.selected_node_ids() == ["n-track"]


def test_fit_keeps_titles_readable_on_a_1920_projector(window):
    from journeymap.ui.workshop import TITLE_POINT_SIZE, min_title_zoom

    window.resize(1920, 1080)
    window.set_workshop(True)
    title_px = TITLE_POINT_SIZE * window.view.logicalDpiY() / 72 * window.view.zoom()
    assert title_px >= 18 - 1e-6
    assert window.view.zoom() >= min_title_zoom(window.view) - 1e-9
    window.view.zoom_out()
    window.actions_by_name["fit"].trigger()  # Ctrl+9 in workshop mode is the workshop fit too
    assert window.view.zoom() >= min_title_zoom(window.view) - 1e-9
    window.set_workshop(False)
    window.actions_by_name["fit"].trigger()
    assert window.view.zoom() < min_title_zoom(window.view)  # outside workshop mode: the whole map


def stage_start_on_screen(win, index):
    from journeymap.model.layout import Grid

    grid = Grid(win.doc.map)
    rect = grid.stage_rect(win.doc.map.stages[index].id)
    return win.view.mapFromScene(rect.x + rect.w if grid.rtl else rect.x, 0).x()


@pytest.mark.parametrize("code", ["en", "fa"])
def test_next_stage_brings_the_stage_to_the_reading_edge(window, rtl_window, ui_language, code):
    ui_language(code)  # a right-to-left UI flips the scroll bars; stages must still follow
    for win in (window, rtl_window):
        win.resize(900, 700)
        win.set_workshop(True)
        band = win.sticky_headers.lane_band_width()
        win.workshop_bar.next_action.trigger()
        expected = win.view.viewport().width() - band if win.doc.map.is_rtl() else band
        assert abs(stage_start_on_screen(win, 1) - expected) <= 2
        win.workshop_bar.previous_action.trigger()
        assert abs(stage_start_on_screen(win, 0) - expected) <= 2


def test_stage_headers_stay_visible_when_scrolled_down(window):
    from PySide6.QtGui import QColor

    from journeymap.canvas.style import GRID_HEADER

    window.resize(1000, 600)
    window.set_workshop(True)
    window.view.verticalScrollBar().setValue(window.view.verticalScrollBar().maximum())
    QApplication.processEvents()
    image = window.view.viewport().grab().toImage()
    assert window.view.mapFromScene(0, 0).y() < 0  # the real header is out of sight
    assert image.pixelColor(image.width() // 2, 3) == QColor(GRID_HEADER)


def test_keyboard_shortcuts_lists_every_shortcut(window):
    from journeymap.ui.shortcuts_dialog import ShortcutsDialog

    dialog = ShortcutsDialog(window)
    keys = " ".join(dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount()))
    for name, action in window.actions_by_name.items():
        for shortcut in action.shortcuts():
            assert shortcut.toString(shortcut.SequenceFormat.NativeText) in keys, name
    assert "Tab" in keys and "1 … 5" in keys
    commands = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    window.controller.rename(window.doc.map.nodes[0].id, "Renamed")  # undo/redo texts now name a command
    window.stack.undo()
    commands_after = [ShortcutsDialog(window).table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Undo" in commands and "Redo" in commands
    assert commands_after == commands  # the plain names, never "Redo Rename"


# ---- new maps in the user's language ----
@pytest.mark.parametrize("code,stage", [("fa", "پیش از خرید"), ("ar", "قبل الشراء"), ("en", "Before")])
def test_new_map_follows_the_ui_language(qtbot, ui_language, code, stage):
    from journeymap.ui.main_window import MainWindow

    ui_language(code)
    win = MainWindow()
    qtbot.addWidget(win)
    jmap = win.doc.map
    assert jmap.language == code and jmap.stages[0].name == stage
    assert jmap.direction == ("ltr" if code == "en" else "rtl")
    assert win.scene.rtl == (code != "en")
    if code == "fa":
        assert jmap.emotion_scale.labels[-2] == "خشمگین"


def test_template_dialog_defaults_to_the_ui_language(qtbot, ui_language):
    from journeymap.ui.template_dialog import TemplateDialog

    ui_language("ar")
    dialog = TemplateDialog()
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == "ar"
    assert dialog.chosen().language == "ar" and dialog.chosen().direction == "rtl"


def test_lane_names_stay_at_the_reading_edge_when_scrolled_sideways(window, rtl_window):
    from PySide6.QtGui import QColor

    from journeymap.canvas.style import GRID_HEADER
    from journeymap.model.layout import Grid

    for win in (window, rtl_window):
        win.resize(800, 600)
        win.set_workshop(True)
        bar = win.view.horizontalScrollBar()
        # scroll away from the lane headers: right on an LTR map, left on an RTL one (in an LTR UI)
        bar.setValue(bar.minimum() if win.doc.map.is_rtl() else bar.maximum())
        QApplication.processEvents()
        image = win.view.viewport().grab().toImage()
        x = image.width() - 4 if win.doc.map.is_rtl() else 3
        assert win.sticky_headers.lanes_hidden(Grid(win.doc.map))
        assert image.pixelColor(x, image.height() // 2) == QColor(GRID_HEADER)


@pytest.mark.parametrize("code", ["fa", "ar", "en"])
def test_workshop_fit_keeps_the_first_lane_clear_of_the_frozen_header(rtl_window, ui_language, qtbot, code):
    """At 1920x1080 the workshop fit shows the first lane whole (not under the frozen stage header)
    and the frozen header names are at least as large as the card titles at that zoom."""
    from journeymap.model.layout import Grid
    from journeymap.ui.workshop import TITLE_POINT_SIZE

    from journeymap import commands
    from journeymap.model.schema import Lane

    ui_language(code)
    doc = rtl_window.doc
    extra = [Lane(id=f"l-extra-{i}", name=f"lane {i}", height=400) for i in range(3)]  # taller than the screen
    rtl_window.controller.push(commands.SetStructureCommand(doc, "lanes", [*doc.map.lanes, *extra], "x"))
    rtl_window.resize(1920, 1080)
    rtl_window.show()
    qtbot.waitExposed(rtl_window)
    rtl_window.set_workshop(True)
    rtl_window.view.verticalScrollBar().setValue(rtl_window.view.verticalScrollBar().maximum())
    rtl_window.workshop_bar.fit_action.trigger()
    view, headers = rtl_window.view, rtl_window.sticky_headers
    grid = Grid(rtl_window.doc.map)
    first = grid.lane_rect(rtl_window.doc.map.lanes[0].id)
    covered = headers.stage_band_height() if view.mapFromScene(0, 0).y() < 0 else 0  # frozen header shown?
    assert view.mapFromScene(0, first.y).y() >= covered
    title_px = TITLE_POINT_SIZE * view.logicalDpiY() / 72.0 * view.zoom()
    assert headers.header_font(TITLE_POINT_SIZE).pixelSize() >= round(title_px)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())  # now the frozen header shows
    assert view.mapFromScene(0, 0).y() < 0
