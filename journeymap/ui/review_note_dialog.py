"""Accept/Dismiss a weak point: a dialog that names the flag and its card, with a multi-line note."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from journeymap.ui.display import isolate


class ReviewNoteDialog(QDialog):
    """Asks why a weak point is accepted or dismissed; the message and card title show literally."""

    def __init__(self, decision: str, message: str, card_title: str, parent: Optional[QWidget] = None):
        super().__init__(parent)
        verb = self.tr("Accept weak point") if decision == "accepted" else self.tr("Dismiss weak point")
        self.setWindowTitle(f"{verb}: {isolate(card_title)}")
        self.flag = QLabel(message)
        self.card = QLabel(self.tr("Card: %1").replace("%1", isolate(card_title)))
        for label in (self.flag, self.card):
            label.setTextFormat(Qt.PlainText)
            label.setWordWrap(True)
        self.flag.setStyleSheet("font-weight: bold")
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Note (why):"))
        self.note.setTabChangesFocus(True)
        self.note.setMinimumSize(420, 90)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.flag, self.card, QLabel(self.tr("Note (why):")), self.note, buttons):
            layout.addWidget(widget)
        self.note.setFocus()

    def note_text(self) -> str:
        return self.note.toPlainText().strip()
