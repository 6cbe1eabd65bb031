"""The toolbar a user sees: an icon on every action, icons only with tooltips, a width that does not
jump, arrows mirrored where direction matters, the app icon and Help → About."""
import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QToolBar

from journeymap.model.io import load_map
from tests.editor.conftest import sample


def main_bar(win) -> QToolBar:
    return win.findChild(QToolBar, "main_toolbar")


def icon_image(icon, size: int = 24) -> QImage:
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage.Format_ARGB32)


def new_window(qtbot, name: str):
    from journeymap.ui.main_window import MainWindow

    win = MainWindow(load_map(sample(name)))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_every_toolbar_action_has_an_icon_and_a_tooltip(window):
    actions = [a for a in main_bar(window).actions() if not a.isSeparator() and a.text()]
    assert len(actions) >= 12
    for action in actions:
        assert not action.icon().isNull(), action.text()
        assert not icon_image(action.icon()).isNull()
        assert action.toolTip() and "&" not in action.toolTip(), action.text()
    assert main_bar(window).toolButtonStyle() == Qt.ToolButtonIconOnly


def test_workshop_bar_shows_icons_with_text_under_them(window):
    window.set_workshop(True)
    bar = window.workshop_bar
    actions = [a for a in bar.actions() if not a.isSeparator() and a.text()]
    assert len(actions) == 4
    for action in actions:
        assert not action.icon().isNull(), action.text()
    assert bar.toolButtonStyle() == Qt.ToolButtonTextUnderIcon


def test_toolbar_width_and_tooltip_stay_put_when_the_undo_text_changes(window, qtbot):
    bar = main_bar(window)
    undo = window.actions_by_name["undo"]
    width, tooltip = bar.sizeHint().width(), undo.toolTip()
    node = window.doc.map.nodes[0].id
    window.controller.rename(node, '<img src="file:///dev/zero"> a much longer title than before, to widen text')
    window.controller.delete([node], [])
    qtbot.wait(10)
    assert undo.text() != window.tr("&Undo")  # the menu names the command…
    assert bar.sizeHint().width() == width  # …the toolbar does not move
    assert undo.toolTip() == tooltip and "img" not in undo.toolTip()


def test_undo_and_redo_icons_are_mirrored_in_a_right_to_left_ui(qtbot, ui_language):
    english = new_window(qtbot, "hotel")
    ltr = {name: icon_image(english.actions_by_name[name].icon()) for name in ("undo", "redo")}
    ui_language("fa")
    persian = new_window(qtbot, "hotel")
    assert persian.layoutDirection() == Qt.RightToLeft
    for name in ("undo", "redo"):
        rtl = icon_image(persian.actions_by_name[name].icon())
        assert rtl != ltr[name]  # the arrow is not symmetric: mirroring shows
        assert rtl == ltr[name].flipped(Qt.Horizontal)


def test_add_next_and_stage_arrows_point_the_maps_way(qtbot):
    english_map, persian_map = new_window(qtbot, "hotel"), new_window(qtbot, "store_fa")
    for win in (english_map, persian_map):
        win.set_workshop(True)
    pairs = [(english_map.actions_by_name["add_next"], persian_map.actions_by_name["add_next"]),
             (english_map.workshop_bar.next_action, persian_map.workshop_bar.next_action),
             (english_map.workshop_bar.previous_action, persian_map.workshop_bar.previous_action)]
    for ltr, rtl in pairs:
        assert icon_image(rtl.icon()) == icon_image(ltr.icon()).flipped(Qt.Horizontal)
        assert icon_image(rtl.icon()) != icon_image(ltr.icon())


def test_the_app_icon_is_on_the_application_and_its_windows(window):
    from journeymap.app import create_app

    app = create_app("en")
    assert not app.windowIcon().isNull()
    assert not window.windowIcon().isNull()
    sizes = window.windowIcon().availableSizes()  # the bundled PNG sizes
    assert QSize(16, 16) in sizes and QSize(512, 512) in sizes
    assert QApplication.desktopFileName() == "journeymap"


def test_about_names_version_licence_and_font_licence_as_plain_text(window):
    from journeymap import __version__

    box = window.about_box()
    assert box.textFormat() == Qt.PlainText
    text = box.text()
    assert __version__ in text and "MIT" in text and "SIL Open Font License" in text
    assert "SIL OPEN FONT LICENSE Version 1.1" in box.detailedText()
    assert not box.iconPixmap().isNull()


@pytest.mark.parametrize("code", ["fa", "ar"])
def test_about_and_progress_texts_are_translated(window, ui_language, code):
    from journeymap.ui.progress import ProgressDialog

    ui_language(code)
    box = window.about_box()
    assert "Licence" not in box.text() and "MIT" in box.text()
    assert all(p.startswith("\u200f") for p in box.text().split("\n\n"))  # "journeymap 0.1.0 — …" still reads RTL
    box.close()
    with ProgressDialog(window, "x", unit="page") as progress:
        assert "Page" not in progress.step_text(0, 5)
        assert progress.step_text(0, 5)[-1] in "۵٥"  # the UI's digits
    assert isinstance(box, QMessageBox)
