"""User text in Qt shown literally: plain-text message boxes and labels, escaped tooltips.

Qt guesses whether a string is rich text (``Qt::mightBeRichText``) in QLabel, QMessageBox and
tooltips. A KPI named ``<img src="file:///dev/zero"> CSAT`` would then be HTML and Qt would read
the file. Every widget that can show map, CSV or file-name text goes through these helpers:
message boxes and labels get ``Qt.PlainText``; tooltips are rich text whose every character is
escaped (a tooltip cannot be told to be plain). User text inside the app's own sentences is
bidi-isolated with ``journeymap.ui.display.isolate``.
"""
from __future__ import annotations

import html
from typing import Iterable, Union

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QToolTip, QWidget

Lines = Union[str, Iterable[str]]


def escaped_tooltip(text: Lines) -> str:
    """A tooltip that shows ``text`` (a string or lines) literally, ``<img …>`` and ``&amp;`` included."""
    lines = text.split("\n") if isinstance(text, str) else list(text)
    if not any(lines):
        return ""
    return "<qt>" + "<br>".join(html.escape(line).replace("  ", "&nbsp; ") for line in lines) + "</qt>"


def set_plain(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.PlainText)
    return label


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that never interprets its text as HTML."""
    label = set_plain(QLabel(parent))
    label.setText(text)
    return label


def message_box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
                buttons=QMessageBox.Ok, default=QMessageBox.NoButton) -> QMessageBox:
    """A QMessageBox whose text (and detailed text) is plain text; not shown yet."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setTextFormat(Qt.PlainText)
    if default != QMessageBox.NoButton:
        box.setDefaultButton(default)
    return box


def ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
        buttons=QMessageBox.Ok, default=QMessageBox.NoButton) -> QMessageBox.StandardButton:
    """Show a plain-text message box modally; the standard button the user chose."""
    box = message_box(parent, icon, title, text, buttons, default)
    return QMessageBox.StandardButton(box.exec())  # with standard buttons, exec() returns the one chosen


def critical(parent, title: str, text: str) -> None:
    ask(parent, QMessageBox.Critical, title, text)


def warning(parent, title: str, text: str, buttons=QMessageBox.Ok, default=QMessageBox.NoButton):
    return ask(parent, QMessageBox.Warning, title, text, buttons, default)


def question(parent, title: str, text: str, buttons=QMessageBox.Yes | QMessageBox.No,
             default=QMessageBox.NoButton):
    return ask(parent, QMessageBox.Question, title, text, buttons, default)


def show_tooltip(pos, text: Lines, widget: QWidget | None = None) -> None:
    """QToolTip.showText with ``text`` shown literally."""
    QToolTip.showText(pos, escaped_tooltip(text), widget)
