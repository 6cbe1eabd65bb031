"""Nothing in English in the Persian and Arabic UI: walk every menu, toolbar action, dock and dialog
(titles, labels, buttons, headers, choices, placeholders) and fail on untranslated text. Only proper
nouns, KPI acronyms, file types and key names are allowed to stay in Latin letters."""
import re

import pytest
from PySide6.QtWidgets import (QAbstractButton, QComboBox, QDockWidget, QFileDialog, QGroupBox, QLabel, QLineEdit,
                               QMenu, QTableWidget, QTabWidget, QToolBar, QTreeWidget, QWidget)

from journeymap.model.io import load_map
from tests.editor.conftest import sample

ALLOWED = {"journeymap", "NPS", "CSAT", "CES", "KPI", "PDF", "PNG", "SVG", "CSV", "csv", "json", "dpi", "Tab",
           "Shift", "Space", "Ctrl", "Alt", "Del", "Delete", "Backspace", "Return", "Enter", "PgDown", "PgUp", "Esc",
           "English", "Cairo", "Instagram", "SMS"}
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")
SAMPLE = {"fa": "store_fa", "ar": "bank_support_ar"}


def english_words(text: str) -> list[str]:
    text = re.sub(r"\(\*\.\w+\)", "", text)  # file filters: (*.csv)
    return [w for w in LATIN_WORD.findall(text.replace("&", "")) if w not in ALLOWED]


def widget_texts(root: QWidget):
    """(where, text) of everything a user reads in ``root`` (map content excluded by using a map in
    the same language)."""
    yield "title", root.windowTitle()
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, (QLabel, QAbstractButton)):
            yield type(w).__name__, w.text()
        if isinstance(w, QGroupBox):
            yield "group", w.title()
        if isinstance(w, QLineEdit):
            yield "placeholder", w.placeholderText()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield "choice", w.itemText(i)
        if isinstance(w, QTableWidget):
            for c in range(w.columnCount()):
                header = w.horizontalHeaderItem(c)
                yield "header", header.text() if header else ""
        if isinstance(w, QTreeWidget):
            for c in range(w.columnCount()):
                yield "header", w.headerItem().text(c)
            for i in range(w.topLevelItemCount()):
                yield "group row", w.topLevelItem(i).text(0)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield "tab", w.tabText(i)
        if isinstance(w, QDockWidget):
            yield "dock", w.windowTitle()
        if w.toolTip() and not isinstance(w, QLabel):
            yield "tooltip", re.sub("<[^>]+>", "", w.toolTip())


def menu_texts(menu: QMenu, path=""):
    for action in menu.actions():
        if action.menu() is not None:
            yield f"{path}{action.text()}", action.text()
            yield from menu_texts(action.menu(), f"{path}{action.text()} > ")
        elif not action.isSeparator() and action.text():
            yield f"{path}menu item", action.text()


@pytest.fixture(params=["fa", "ar"])
def localized_window(request, qtbot, ui_language):
    from journeymap.ui.main_window import MainWindow

    ui_language(request.param)
    path = sample(SAMPLE[request.param])
    win = MainWindow(load_map(path), str(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.runner.run_now()
    win.controller.rename(win.doc.map.nodes[0].id, win.doc.map.nodes[0].title + "!")  # an undo text
    return win


def check(pairs) -> None:
    leaks = [(where, text) for where, text in pairs if english_words(text)]
    assert not leaks, "\n".join(f"{where}: {text!r}" for where, text in leaks)


def test_menus_toolbars_docks_and_undo_texts(localized_window):
    win = localized_window
    pairs = []
    for action in win.menuBar().actions():
        pairs.append(("menu", action.text()))
        pairs += list(menu_texts(action.menu()))
    for bar in win.findChildren(QToolBar):
        pairs.append(("toolbar", bar.windowTitle()))
        pairs += [("toolbar action", a.iconText()) for a in bar.actions() if not a.isSeparator()]
        pairs += [("toolbar tooltip", a.toolTip()) for a in bar.actions() if not a.isSeparator()]
    pairs += [("undo", win.actions_by_name["undo"].text()), ("status", win.status_counts.text())]
    pairs += [(where, text) for where, text in widget_texts(win) if where != "title"]  # title: the file name
    check(pairs)


def test_workshop_mode(localized_window):
    localized_window.set_workshop(True)
    check(widget_texts(localized_window.workshop_bar))


def test_structure_dialogs(localized_window):
    from journeymap.ui.structure_dialog import StructureDialog

    for name in ("stages", "lanes", "personas", "kpis", "periods"):
        titles = {"stages": "Stages", "lanes": "Lanes", "personas": "Personas", "kpis": "KPIs", "periods": "Periods"}
        dialog = StructureDialog(localized_window.controller, name, localized_window.tr(titles[name]), localized_window)
        check(widget_texts(dialog))


def test_quarter_dialogs(localized_window, tmp_path):
    from journeymap.ui.compare_view import PeriodPairDialog, compare_periods
    from journeymap.ui.export_dialog import ExportDialog
    from journeymap.ui.preferences import PreferencesDialog
    from journeymap.ui.shortcuts_dialog import ShortcutsDialog
    from journeymap.ui.survey_dialog import import_survey_interactive
    from journeymap.ui.template_dialog import TemplateDialog

    win = localized_window
    csv = tmp_path / "a.csv"
    csv.write_text("node,kpi,score\n", encoding="utf-8")
    periods = win.doc.map.periods
    dialogs = [import_survey_interactive(win, str(csv), confirm=False),
               compare_periods(win, periods[0].id, periods[-1].id), PeriodPairDialog(win, periods),
               TemplateDialog(win), PreferencesDialog(win),
               ExportDialog(win)]
    for dialog in dialogs:
        check(widget_texts(dialog))
    shortcuts = ShortcutsDialog(win)
    check(("command", shortcuts.table.item(r, 0).text()) for r in range(shortcuts.table.rowCount()))
    check([("title", shortcuts.windowTitle())])


def test_qt_file_dialog(localized_window):
    dialog = QFileDialog(localized_window, "x")
    dialog.setOption(QFileDialog.DontUseNativeDialog)
    check((where, text) for where, text in widget_texts(dialog) if where not in ("title", "choice"))  # paths
