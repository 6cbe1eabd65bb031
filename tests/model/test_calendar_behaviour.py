"""The Jalali calendar over its whole range, what a user may type, and where a quarter ends."""
import datetime as dt
from itertools import pairwise

import pytest

from journeymap.model.calendar import (
    DateError,
    gregorian_to_jalali,
    is_jalali_leap,
    jalali_month_length,
    jalali_to_gregorian,
    parse_any_date,
    parse_date,
    quarter_end,
)

FIRST, LAST = -61, 3177


def test_every_jalali_year_follows_the_last_with_its_leap_day():
    nowruz = jalali_to_gregorian(FIRST, 1, 1)
    for year in range(FIRST, LAST):
        following = jalali_to_gregorian(year + 1, 1, 1)
        assert (following - nowruz).days == 365 + is_jalali_leap(year), year
        assert jalali_to_gregorian(year, 12, jalali_month_length(year, 12)) == following - dt.timedelta(days=1)
        nowruz = following


def test_leap_years_come_every_fourth_or_fifth_year_all_along():
    leap = [year for year in range(FIRST, LAST + 1) if is_jalali_leap(year)]
    assert {b - a for a, b in pairwise(leap)} == {4, 5}
    assert abs(len(leap) - (LAST + 1 - FIRST) * 8 / 33) < 1  # eight leap years in every 33


def test_nowruz_stays_around_the_march_equinox_all_along():
    march = {jalali_to_gregorian(year, 1, 1).strftime("%m-%d") for year in range(1100, 1700)}
    assert march == {"03-20", "03-21", "03-22"}


@pytest.mark.parametrize("gregorian, jalali", [
    (dt.date(1981, 8, 17), (1360, 5, 26)), (dt.date(2013, 1, 10), (1391, 10, 21)), (dt.date(2014, 8, 4), (1393, 5, 13)),
    (dt.date(2026, 3, 20), (1404, 12, 29)), (dt.date(2025, 3, 20), (1403, 12, 30)), (dt.date(2025, 9, 22), (1404, 6, 31)),
])
def test_known_days_read_the_same_both_ways(gregorian, jalali):
    assert gregorian_to_jalali(gregorian) == jalali and jalali_to_gregorian(*jalali) == gregorian


def test_a_date_needs_year_month_and_day():
    with pytest.raises(DateError) as info:
        parse_date("2026-09", "en")
    assert (info.value.code, info.value.text) == ("format", "2026-09")
    assert str(info.value) == "'2026-09' is not a date: type year/month/day, e.g. 2026-09-23"
    with pytest.raises(DateError) as info:
        parse_date(" 1405/07 ", "fa")
    assert str(info.value) == "'1405/07' is not a date: type year/month/day, e.g. ۱۴۰۵/۰۷/۰۱"


@pytest.mark.parametrize("text", ["1300-01-01", "1499-12-31"])
def test_a_jalali_year_in_a_gregorian_map_is_refused_with_an_example(text):
    with pytest.raises(DateError) as info:
        parse_date(text, "en")
    assert (info.value.code, info.value.text) == ("jalali_year", text)
    assert str(info.value) == (f"{text[:4]} looks like a Jalali (Solar Hijri) year; this map uses Gregorian dates, "
                               "e.g. 2026-09-23")


def test_years_just_outside_the_jalali_range_are_gregorian_dates():
    assert parse_date("1299-12-31", "en") == dt.date(1299, 12, 31)
    assert parse_date("1500-01-01", "en") == dt.date(1500, 1, 1)


def test_a_gregorian_year_in_a_persian_map_is_refused_from_1800():
    with pytest.raises(DateError) as info:
        parse_date("1800/01/01", "fa")
    assert (info.value.code, info.value.text) == ("gregorian_year", "1800/01/01")
    assert str(info.value) == "1800 looks like a Gregorian year; this map uses Jalali dates, e.g. ۱۴۰۵/۰۷/۰۱"
    assert parse_date("1799/01/01", "fa") == jalali_to_gregorian(1799, 1, 1)


def test_an_impossible_day_names_the_text_typed():
    with pytest.raises(DateError) as info:
        parse_date("2026-02-30", "en")
    assert (info.value.code, info.value.text) == ("invalid", "2026-02-30")


@pytest.mark.parametrize("text, date", [
    ("1300/01/01", dt.date(1921, 3, 21)), ("1499/12/29", jalali_to_gregorian(1499, 12, 29)),
    ("1299-03-01", dt.date(1299, 3, 1)), ("1500-03-01", dt.date(1500, 3, 1)), ("۱۴۰۵/۰۷/۰۱", dt.date(2026, 9, 23)),
])
def test_command_line_dates_are_jalali_for_years_1300_to_1499(text, date):
    assert parse_any_date(text) == date


@pytest.mark.parametrize("start, language, end", [
    (jalali_to_gregorian(1404, 9, 1), "fa", jalali_to_gregorian(1404, 11, 30)),   # Azar -> end of Bahman
    (jalali_to_gregorian(1404, 9, 30), "fa", jalali_to_gregorian(1404, 12, 28)),  # no 30 Esfand in 1404
    (jalali_to_gregorian(1403, 9, 30), "fa", jalali_to_gregorian(1403, 12, 29)),  # 1403 is a leap year
    (dt.date(2026, 9, 1), "en", dt.date(2026, 11, 30)),
    (dt.date(2026, 9, 30), "en", dt.date(2026, 12, 29)),
    (dt.date(2026, 1, 31), "en", dt.date(2026, 4, 29)),
    (dt.date(2026, 6, 15), "en", dt.date(2026, 9, 14)),
])
def test_quarter_end_in_every_part_of_the_year(start, language, end):
    assert quarter_end(start, language) == end
