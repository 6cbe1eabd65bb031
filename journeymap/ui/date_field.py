"""A date field in the map's calendar: typed as text (any digits) or picked from a calendar popup.

Persian maps show and accept Jalali dates (۱۴۰۵/۰۷/۰۱) and the picker uses QCalendar's Jalali
system; other maps use Gregorian dates. The value is always a Gregorian ``datetime.date``.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

from PySide6.QtCore import QCalendar, QCoreApplication, QDate, Signal
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from journeymap.model.calendar import JALALI, DateError, calendar_for, format_date, parse_date


def date_error_text(error: DateError, language: str) -> str:
    """The reason a typed date was refused, in the UI language, with an example in the map's calendar."""
    texts = {
        "format": QCoreApplication.translate("DateField", "“%1” is not a date: type year/month/day, for example %2"),
        "invalid": QCoreApplication.translate("DateField", "“%1” is not a day of the calendar (for example %2)"),
        "jalali_year": QCoreApplication.translate(
            "DateField", "“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2"),
        "gregorian_year": QCoreApplication.translate(
            "DateField", "“%1” has a Gregorian year, but this map uses Jalali dates, for example %2"),
    }
    return texts[error.code].replace("%1", error.text).replace("%2", format_date(dt.date(2026, 9, 23), language))


class DateField(QWidget):
    """Line edit plus a calendar button; ``date()`` raises DateError for text that is not a date."""

    edited = Signal()

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language
        self.line = QLineEdit()
        self.line.setPlaceholderText(format_date(dt.date(2026, 9, 23), language))
        self.line.editingFinished.connect(self.edited)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Pick a date"))
        self.button.setPopupMode(QToolButton.InstantPopup)
        self.picker = QCalendarWidget()
        if calendar_for(language) == JALALI:
            self.picker.setCalendar(QCalendar(QCalendar.System.Jalali))
        self.picker.clicked.connect(self._picked)
        menu = QMenu(self.button)
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(self.picker)
        menu.addAction(holder)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.button)

    def _picked(self, qdate: QDate) -> None:
        self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
        self.button.menu().hide()
        self.edited.emit()

    def set_date(self, value: Optional[dt.date]) -> None:
        self.line.setText(format_date(value, self.language))
        if value is not None:
            self.picker.setSelectedDate(QDate(value.year, value.month, value.day))

    def date(self) -> Optional[dt.date]:
        return parse_date(self.line.text(), self.language)
