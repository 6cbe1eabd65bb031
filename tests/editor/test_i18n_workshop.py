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
    text = " ".join(chip for chip, _ in info.chips)
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
