"""Display helpers for the UI language: localized digits and bidi isolation of numbers and user text.

Numbers are wrapped in LRI…PDI so that a sign stays on the number's left in a right-to-left line
("−۰٫۶", not "۰٫۶−"); user text (titles, period labels) in FSI…PDI so that its own direction wins.
Stored data is never changed: these only build the text a widget shows.
"""
from __future__ import annotations

from PySide6.QtCore import QLocale, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate

from journeymap.model.messages import base_language, localize_digits

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def ui_language() -> str:
    """The UI language installed by journeymap.i18n (QLocale's default): en, fa or ar."""
    language = base_language(QLocale().name())
    return language if language in ("fa", "ar") else "en"


def isolate(text: str) -> str:
    """User text (a title, a period label) isolated with its own direction."""
    return f"{FSI}{text}{PDI}"


def number(text: str, language: str | None = None) -> str:
    """A number's text (may carry a sign, % or a decimal point) with the UI's digits, isolated LTR."""
    return f"{LRI}{localize_digits(text, language or ui_language())}{PDI}"


def count(value: int, language: str | None = None) -> str:
    return number(str(value), language)


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as their wrapped text at the column's width (QTreeView alone keeps one line)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt virtual
        base = super().sizeHint(option, index)
        view = self.parent()
        width = max(40, view.columnWidth(index.column()) - 8)
        text = index.data() or ""
        height = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextWordWrap, text).height() + 6
        return QSize(base.width(), max(base.height(), height))
