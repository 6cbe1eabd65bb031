"""Menus, toolbar and shortcuts of the main window (standard keys via QKeySequence.StandardKey)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.ui.main_window import MainWindow


def _action(window, text: str, slot: Callable, shortcut=None, view_only: bool = False) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(shortcut if isinstance(shortcut, QKeySequence) else QKeySequence(shortcut))
    action.triggered.connect(lambda _=False: slot())
    if view_only:  # keys like Enter and Delete act on the canvas, not on text fields
        action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
        window.view.addAction(action)
    else:
        window.addAction(action)
    return action


def build_actions(w: "MainWindow") -> dict[str, QAction]:
    K = QKeySequence
    tr = w.tr
    a = {
        "new": _action(w, tr("&New"), w.new_window, K.New),
        "template": _action(w, tr("New from &template…"), w.new_from_template),
        "from_table": _action(w, tr("New from sprea&dsheet…"), w.new_from_spreadsheet),
        "table_template": _action(w, tr("Save spreadsheet te&mplate…"), w.save_spreadsheet_template),
        "open": _action(w, tr("&Open…"), w.open_dialog, K.Open),
        "save": _action(w, tr("&Save"), w.save, K.Save),
        "save_as": _action(w, tr("Save &as…"), w.save_as, K.SaveAs),
        "revert": _action(w, tr("&Revert"), w.revert),
        "import_survey": _action(w, tr("&Import survey…"), w.import_survey),
        "export": _action(w, tr("&Export…"), w.export_dialog, "Ctrl+E"),
        "report": _action(w, tr("Export review &report…"), w.export_report),
        "compare_file": _action(w, tr("Compare &with…"), w.compare_with),
        "compare_periods": _action(w, tr("Compare &periods…"), w.compare_periods),
        "close": _action(w, tr("&Close"), w.close, K.Close),
        "quit": _action(w, tr("&Quit"), w.quit_app, K.Quit),
        "undo": w.stack.createUndoAction(w, tr("&Undo")),
        "redo": w.stack.createRedoAction(w, tr("&Redo")),
        "cut": _action(w, tr("Cu&t"), w.cut, K.Cut, view_only=True),
        "copy": _action(w, tr("&Copy"), w.copy, K.Copy, view_only=True),
        "paste": _action(w, tr("&Paste"), w.paste, K.Paste, view_only=True),
        "duplicate": _action(w, tr("&Duplicate"), w.duplicate, "Ctrl+D", view_only=True),
        "delete": _action(w, tr("De&lete"), w.delete_selection, K.Delete, view_only=True),
        "select_all": _action(w, tr("Select &all"), w.select_all, K.SelectAll, view_only=True),
        "rename": _action(w, tr("&Rename"), w.rename_selected, "F2", view_only=True),
        "find": _action(w, tr("&Find…"), w.focus_find, K.Find),
        "copy_image": _action(w, tr("Copy as &image"), w.copy_as_image, "Ctrl+Shift+C"),
        "add_touchpoint": _action(w, tr("Add &touchpoint"), lambda: w.add_node("touchpoint"), "T", view_only=True),
        "add_key_moment": _action(w, tr("Add &key moment"), lambda: w.add_node("key_moment"), "K", view_only=True),
        "add_next": _action(w, tr("Add &next node"), w.add_next, "Return", view_only=True),
        "connect_tool": _action(w, tr("&Connect tool"), w.toggle_connect_tool, "C", view_only=True),
        "stages": _action(w, tr("&Stages…"), lambda: w.edit_structure("stages")),
        "lanes": _action(w, tr("&Lanes…"), lambda: w.edit_structure("lanes")),
        "personas": _action(w, tr("&Personas…"), lambda: w.edit_structure("personas")),
        "kpis": _action(w, tr("&KPIs…"), lambda: w.edit_structure("kpis")),
        "periods": _action(w, tr("P&eriods…"), lambda: w.edit_structure("periods")),
        "zoom_in": _action(w, tr("Zoom &in"), w.view.zoom_in, K.ZoomIn),
        "zoom_out": _action(w, tr("Zoom &out"), w.view.zoom_out, K.ZoomOut),
        "zoom_reset": _action(w, tr("&Actual size"), w.view.reset_zoom, "Ctrl+0"),
        "fit": _action(w, tr("&Fit map"), w.fit_map, "Ctrl+9"),
        "workshop": _action(w, tr("&Workshop mode"), w.toggle_workshop, "Ctrl+Shift+W"),
        "fullscreen": _action(w, tr("&Full screen"), w.toggle_fullscreen, K.FullScreen),
        "preferences": _action(w, tr("&Preferences…"), w.preferences, K.Preferences),
        "about": _action(w, tr("&About journeymap"), w.about),
        "shortcuts": _action(w, tr("&Keyboard shortcuts"), w.show_shortcuts, K.HelpContents),
    }
    a["undo"].setShortcut(K.Undo)
    a["redo"].setShortcut(K.Redo)
    a["undo"].setIconText(tr("Undo"))  # the toolbar keeps a fixed label (the menu names the command)
    a["redo"].setIconText(tr("Redo"))
    a["workshop"].setCheckable(True)
    a["connect_tool"].setCheckable(True)
    a["fullscreen"].setShortcuts([QKeySequence("F11"), QKeySequence(K.FullScreen)])
    a["delete"].setShortcuts([QKeySequence(K.Delete), QKeySequence(Qt.Key_Backspace)])
    a["add_next"].setShortcuts([QKeySequence(Qt.Key_Return), QKeySequence(Qt.Key_Enter)])
    return a


def build_menus(w: "MainWindow", a: dict[str, QAction]) -> None:
    tr = w.tr
    menus = [
        (tr("&File"), ["new", "template", "from_table", "table_template", "open", "recent", None,
                       "save", "save_as", "revert", None,
                       "import_survey", "export", "report", None, "compare_file", "compare_periods", None, "close", "quit"]),
        (tr("&Edit"), ["undo", "redo", None, "cut", "copy", "paste", "duplicate", "delete", None, "select_all",
                       "rename", "find", None, "copy_image", None, "preferences"]),
        (tr("&Insert"), ["add_touchpoint", "add_key_moment", "add_next", None, "connect_tool"]),
        (tr("&Map"), ["stages", "lanes", "personas", "kpis", "periods"]),
        (tr("&View"), ["zoom_in", "zoom_out", "zoom_reset", "fit", None, "workshop", "fullscreen", "docks"]),
        (tr("&Help"), ["shortcuts", None, "about"]),
    ]
    for title, names in menus:
        menu = w.menuBar().addMenu(title)
        menu.setObjectName(f"menu_{names[0]}")
        for name in names:
            if name is None:
                menu.addSeparator()
            elif name == "recent":
                w.recent_menu = menu.addMenu(tr("Open &recent"))
                w.recent_menu.aboutToShow.connect(w.fill_recent_menu)
            elif name == "docks":
                w.docks_menu = menu.addMenu(tr("&Panels"))
            else:
                menu.addAction(a[name])


def toolbar_tooltip(action: QAction) -> str:
    """The action's name without mnemonic or ellipsis, plus its shortcut: "Undo (Ctrl+Z)"."""
    label = (action.iconText() or action.text()).replace("&&", "\0").replace("&", "").replace("\0", "&")
    label = label.rstrip("…").rstrip(".")
    keys = action.shortcut().toString(QKeySequence.NativeText)
    return f"{label} ({keys})" if keys else label


def build_toolbar(w: "MainWindow", a: dict[str, QAction]) -> None:
    """Icons only (they never change width when the Undo text does), a tooltip naming each one."""
    from journeymap.ui.icons import action_icon

    bar = w.addToolBar(w.tr("Main"))
    bar.setObjectName("main_toolbar")
    bar.setToolButtonStyle(Qt.ToolButtonIconOnly)
    bar.setIconSize(QSize(24, 24))
    for name in ("new", "open", "save", None, "undo", "redo", None, "add_touchpoint", "add_key_moment",
                 "add_next", "connect_tool", "delete", None, "fit", "workshop"):
        if name is None:
            bar.addSeparator()
        else:
            a[name].setIcon(action_icon(name))
            a[name].setToolTip(toolbar_tooltip(a[name]))  # our own words: never the undo text
            bar.addAction(a[name])
    w.refresh_direction_icons()  # add_next points the map's way
    for signal in (w.doc.mapFieldsChanged, w.doc.reset):
        signal.connect(w.refresh_direction_icons)
    bar.addSeparator()
    bar.addWidget(w.period_box)
    bar.addWidget(w.find_box)
