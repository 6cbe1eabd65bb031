"""File → New from spreadsheet… and File → Save spreadsheet template… (journeymap.interchange).

A table with bad rows opens nothing: a message lists every bad row (plain text, the first 30;
all of them under "Show Details").
"""
from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from journeymap.ui.display import count, isolate

TABLE_FILTER = "Spreadsheets (*.xlsx *.csv)"
SHOWN_ERRORS = 30


def show_plain(window, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Critical, title, text, QMessageBox.Ok, window)
    box.setTextFormat(Qt.PlainText)
    if details:
        box.setDetailedText(details)
    box.exec()


def _errors_text(path: str, errors: list) -> tuple[str, str]:
    lines = [str(e) for e in errors]
    shown = "\n".join(lines[:SHOWN_ERRORS])
    if len(lines) > SHOWN_ERRORS:
        shown += f"\n… (+{count(len(lines) - SHOWN_ERRORS)})"
    text = QCoreApplication.translate("TableFiles", "%1 rows cannot be imported; nothing was imported.")
    return f"{isolate(os.path.basename(path))}: {text.replace('%1', count(len(lines)))}\n\n{shown}", "\n".join(lines)


def new_from_spreadsheet(window, path: str | None = None):
    """Import a table into a new (unsaved) window; returns the window, or None."""
    from journeymap.interchange.table_import import TableImportError, import_table
    from journeymap.interchange.table_read import TableReadError

    if path is None:
        title = QCoreApplication.translate("TableFiles", "New map from spreadsheet")
        path, _ = QFileDialog.getOpenFileName(window, title, window._folder(), TABLE_FILTER)
        if not path:
            return None
    failed = QCoreApplication.translate("TableFiles", "Cannot import spreadsheet")
    try:
        result = import_table(path)
    except TableReadError as exc:
        show_plain(window, failed, str(exc))
        return None
    except TableImportError as exc:
        show_plain(window, failed, *_errors_text(path, exc.errors))
        return None
    return window.new_window(result.map)


def save_spreadsheet_template(window, path: str | None = None) -> bool:
    """Write the example table in the UI's language, to be filled in and imported."""
    from journeymap.interchange.table_template import write_example
    from journeymap.model.io import MapFileError
    from journeymap.ui.display import ui_language

    language = ui_language()
    if path is None:
        suggested = os.path.join(window._folder(), f"journey_table_{language}.xlsx")
        title = QCoreApplication.translate("TableFiles", "Save spreadsheet template")
        path, _ = QFileDialog.getSaveFileName(window, title, suggested, "Excel (*.xlsx)")
        if not path:
            return False
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        write_example(path, language)
    except MapFileError as exc:
        show_plain(window, QCoreApplication.translate("TableFiles", "Cannot save spreadsheet template"), str(exc))
        return False
    saved = QCoreApplication.translate("TableFiles", "Saved %1")
    window.statusBar().showMessage(saved.replace("%1", isolate(os.path.basename(path))), 4000)
    return True
