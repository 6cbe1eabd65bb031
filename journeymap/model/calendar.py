"""Dates in the map's calendar: Jalali (Solar Hijri) for Persian maps, Gregorian otherwise.

Files always store ISO Gregorian dates (``2026-09-23``); this module converts for display and
parses what a user types. Pure Python (the UI may use Qt's QCalendar for its picker).
The Jalali arithmetic is the 33-year-cycle algorithm of the jalaali reference implementation,
valid for Jalali years -61 .. 3177.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Optional

from journeymap.model.messages import base_language, localize_digits

JALALI, GREGORIAN = "jalali", "gregorian"
_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
           2456, 3178)
_TO_ASCII = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_SPLIT = re.compile(r"\s*[/\-.٫]\s*")


class DateError(ValueError):
    """A date the user typed that cannot be stored. ``code`` lets the UI show its own translation:
    ``format`` (not y/m/d), ``invalid`` (no such day), ``jalali_year`` (a Jalali year in a Gregorian
    field), ``gregorian_year`` (a Gregorian year in a Jalali field)."""

    def __init__(self, code: str, text: str, message: str):
        super().__init__(message)
        self.code, self.text = code, text


def calendar_for(language: str) -> str:
    """The calendar a map in ``language`` shows its dates in."""
    return JALALI if base_language(language) == "fa" else GREGORIAN


def _jal_cal(jy: int) -> tuple[int, int, int]:
    """(years since the last leap year (0 = jy is leap), Gregorian year, March day of 1 Farvardin)."""
    if not _BREAKS[0] <= jy < _BREAKS[-1]:
        raise ValueError(f"Jalali year {jy} is out of range")
    gy, leap_j, jp, jump = jy + 621, -14, _BREAKS[0], 0
    for jm in _BREAKS[1:]:
        jump = jm - jp
        if jy < jm:
            break
        leap_j += jump // 33 * 8 + (jump % 33) // 4
        jp = jm
    n = jy - jp
    leap_j += n // 33 * 8 + ((n % 33) + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    march = 20 + leap_j - leap_g
    if jump - n < 6:
        n = n - jump + (jump + 4) // 33 * 33
    leap = (((n + 1) % 33) - 1) % 4
    return leap, gy, march


def is_jalali_leap(jy: int) -> bool:
    return _jal_cal(jy)[0] == 0


def jalali_month_length(jy: int, jm: int) -> int:
    if jm <= 6:
        return 31
    if jm <= 11:
        return 30
    return 30 if is_jalali_leap(jy) else 29


def jalali_to_gregorian(jy: int, jm: int, jd: int) -> dt.date:
    if not (1 <= jm <= 12 and 1 <= jd <= jalali_month_length(jy, jm)):
        raise ValueError(f"{jy}/{jm}/{jd} is not a Jalali date")
    _, gy, march = _jal_cal(jy)
    start = dt.date(gy, 3, march).toordinal()
    return dt.date.fromordinal(start + (jm - 1) * 31 - (jm // 7) * (jm - 7) + jd - 1)


def gregorian_to_jalali(date: dt.date) -> tuple[int, int, int]:
    jy = date.year - 621
    leap, gy, march = _jal_cal(jy)
    k = date.toordinal() - dt.date(gy, 3, march).toordinal()
    if k >= 0:
        if k <= 185:
            return jy, 1 + k // 31, k % 31 + 1
        k -= 186
    else:
        jy -= 1
        k += 179
        if leap == 1:
            k += 1
    return jy, 7 + k // 30, k % 30 + 1


def format_date(date: Optional[dt.date], language: str) -> str:
    """A stored date as the map shows it: ``۱۴۰۵/۰۷/۰۱`` (fa, Jalali) or ``2026-09-23``, digits localized."""
    if date is None:
        return ""
    if calendar_for(language) == JALALI:
        jy, jm, jd = gregorian_to_jalali(date)
        return localize_digits(f"{jy:04d}/{jm:02d}/{jd:02d}", language)
    return localize_digits(date.isoformat(), language)


def parse_date(text: str, language: str) -> Optional[dt.date]:
    """What the user typed (any digits, / - . separators) in the map's calendar -> a Gregorian date.

    Empty text is None. A Jalali year (1300-1499) in a Gregorian field, or a Gregorian year
    (1800 or later) in a Jalali field, is refused: both are easy slips that would store a wrong date.
    """
    raw = text.strip()
    if not raw:
        return None
    parts = _SPLIT.split(raw.translate(_TO_ASCII))
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(parts[0]) != 4:
        raise DateError("format", raw, f"'{raw}' is not a date: type year/month/day, e.g. {_example(language)}")
    year, month, day = (int(p) for p in parts)
    jalali = calendar_for(language) == JALALI
    if not jalali and 1300 <= year < 1500:
        raise DateError("jalali_year", raw, f"{year} looks like a Jalali (Solar Hijri) year; this map uses "
                                            f"Gregorian dates, e.g. {_example(language)}")
    if jalali and year >= 1800:
        raise DateError("gregorian_year", raw, f"{year} looks like a Gregorian year; this map uses Jalali "
                                               f"dates, e.g. {_example(language)}")
    try:
        return jalali_to_gregorian(year, month, day) if jalali else dt.date(year, month, day)
    except ValueError:
        raise DateError("invalid", raw, f"'{raw}' is not a day of the calendar") from None


def _example(language: str) -> str:
    return format_date(dt.date(2026, 9, 23), language)


def parse_any_date(text: str) -> Optional[dt.date]:
    """A date typed on the command line: Jalali when its year is 1300-1499, else Gregorian."""
    raw = text.strip()
    if not raw:
        return None
    year = _SPLIT.split(raw.translate(_TO_ASCII))[0]
    return parse_date(raw, "fa" if year.isdigit() and 1300 <= int(year) < 1500 else "en")


def quarter_end(start: dt.date, language: str) -> dt.date:
    """The last day of the three months that begin on ``start``, counted in the language's calendar
    (Jalali months in Persian): the end a new quarterly survey period most likely has."""
    if calendar_for(language) == JALALI:
        jy, jm, jd = gregorian_to_jalali(start)
        jy, jm = (jy + 1, jm - 9) if jm > 9 else (jy, jm + 3)
        return jalali_to_gregorian(jy, jm, min(jd, jalali_month_length(jy, jm))) - dt.timedelta(days=1)
    year, month = (start.year + 1, start.month - 9) if start.month > 9 else (start.year, start.month + 3)
    last_day = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(start.day, last_day)) - dt.timedelta(days=1)
