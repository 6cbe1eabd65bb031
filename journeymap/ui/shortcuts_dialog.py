"""Help → Keyboard shortcuts: every shortcut of the window (menus, canvas, workshop mode), translated."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from journeymap.ui.display import ui_language

LRI, PDI = "\u2066", "\u2069"


def action_label(text: str) -> str:
    """A menu text without its mnemonic marker or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(sequences: list[QKeySequence], separator: str) -> str:
    """Key sequences in the UI's words (Qt's QShortcut translations: Backspace, PgDown, Ctrl…), each a
    left-to-right isolate so Ctrl+Shift+Z keeps its order in RTL."""
    return separator.join(LRI + k.toString(QKeySequence.NativeText) + PDI for k in sequences)


class ShortcutsDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(620, 640)
        rows = self.rows(window)
        self.table = QTableWidget(len(rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        for row, (label, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def rows(self, window) -> list[tuple[str, str]]:
        rows = []
        separator = "، " if ui_language() in ("fa", "ar") else ", "
        plain = {"undo": self.tr("Undo"), "redo": self.tr("Redo")}  # their texts name the last command
        for name, action in window.actions_by_name.items():
            keys = keys_text([k for k in action.shortcuts() if not k.isEmpty()], separator)
            if keys:
                rows.append((plain.get(name) or action_label(action.text()), keys))
        rows += [
            (self.tr("Pan the map"), self.tr("Space + drag, middle mouse button")),
            (self.tr("Zoom"), self.tr("Mouse wheel")),
            (self.tr("Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)"), "1 … 5"),
            (self.tr("Workshop: next / previous step of the journey"),
             keys_text([QKeySequence("Tab"), QKeySequence("Shift+Tab")], separator)),
            (self.tr("Workshop: next / previous stage"), keys_text([QKeySequence("PgDown"), QKeySequence("PgUp")], separator)),
        ]
        return rows
