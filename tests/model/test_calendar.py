"""Jalali <-> Gregorian conversion and parsing dates in the map's calendar."""
import datetime as dt

import pytest

from journeymap.model.calendar import (DateError, calendar_for, format_date, gregorian_to_jalali,
                                       jalali_to_gregorian, parse_date)

KNOWN = [((1405, 1, 1), dt.date(2026, 3, 21)), ((1405, 7, 1), dt.date(2026, 9, 23)),
         ((1403, 12, 30), dt.date(2025, 3, 20)), ((1399, 12, 30), dt.date(2021, 3, 20)),
         ((1402, 12, 29), dt.date(2024, 3, 19)), ((1379, 10, 11), dt.date(2000, 12, 31))]


@pytest.mark.parametrize("jalali,gregorian", KNOWN)
def test_known_dates_both_ways(jalali, gregorian):
    assert jalali_to_gregorian(*jalali) == gregorian
    assert gregorian_to_jalali(gregorian) == jalali


def test_round_trip_every_day_of_sixty_years():
    day = dt.date(1990, 1, 1)
    while day < dt.date(2050, 1, 1):
        assert jalali_to_gregorian(*gregorian_to_jalali(day)) == day
        day += dt.timedelta(days=1)


def test_no_day_30_of_esfand_in_a_common_year():
    with pytest.raises(ValueError):
        jalali_to_gregorian(1404, 12, 30)


def test_persian_maps_use_jalali_others_gregorian():
    assert calendar_for("fa") == "jalali" and calendar_for("fa-IR") == "jalali"
    assert calendar_for("ar") == "gregorian" and calendar_for("en") == "gregorian"


def test_format_in_the_maps_calendar_with_its_digits():
    day = dt.date(2026, 9, 23)
    assert format_date(day, "fa") == "۱۴۰۵/۰۷/۰۱"
    assert format_date(day, "en") == "2026-09-23"
    assert format_date(day, "ar") == "٢٠٢٦-٠٩-٢٣"
    assert format_date(None, "fa") == ""


@pytest.mark.parametrize("text", ["۱۴۰۵/۰۷/۰۱", "1405/7/1", "1405-07-01", "١٤٠٥/٠٧/٠١", " 1405.07.01 "])
def test_parse_jalali_in_any_digits_and_separators(text):
    assert parse_date(text, "fa") == dt.date(2026, 9, 23)


def test_parse_gregorian():
    assert parse_date("2026-09-23", "en") == dt.date(2026, 9, 23)
    assert parse_date("٢٠٢٦/٠٩/٢٣", "ar") == dt.date(2026, 9, 23)
    assert parse_date("  ", "en") is None


@pytest.mark.parametrize("text,language,code", [
    ("1405-07-01", "en", "jalali_year"),     # once stored silently as the year 1405 AD
    ("1405/07/01", "ar", "jalali_year"),
    ("2026-09-23", "fa", "gregorian_year"),
    ("1405/13/01", "fa", "invalid"),
    ("2026-02-30", "en", "invalid"),
    ("next week", "en", "format"),
    ("26-09-23", "en", "format"),
])
def test_refused_with_a_reason(text, language, code):
    with pytest.raises(DateError) as info:
        parse_date(text, language)
    assert info.value.code == code and str(info.value)


@pytest.mark.parametrize("start,language,end", [
    (dt.date(2026, 9, 23), "fa", dt.date(2026, 12, 21)),   # 1405/07/01 -> 1405/09/30
    (dt.date(2026, 12, 22), "fa", dt.date(2027, 3, 20)),   # 1405/10/01 -> 1405/12/29 (not a leap year)
    (dt.date(2027, 3, 21), "fa", dt.date(2027, 6, 21)),    # 1406/01/01 -> 1406/03/31 (31-day months)
    (dt.date(2026, 10, 1), "en", dt.date(2026, 12, 31)),
    (dt.date(2026, 11, 1), "ar", dt.date(2027, 1, 31)),    # across the year
    (dt.date(2026, 11, 30), "en", dt.date(2027, 2, 27)),   # no 30 February: the last day of February, minus one
])
def test_quarter_end_counts_three_months_in_the_maps_calendar(start, language, end):
    from journeymap.model.calendar import quarter_end

    assert quarter_end(start, language) == end


# Tests that kill mutation survivors (docs/mutation.md).
def test_the_leap_years_iranians_know_from_1370_to_1420():
    from journeymap.model.calendar import is_jalali_leap

    leap = [year for year in range(1370, 1421) if is_jalali_leap(year)]
    assert leap == [1370, 1375, 1379, 1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420]


@pytest.mark.parametrize("year, nowruz", [(1178, dt.date(1799, 3, 21)), (1210, dt.date(1831, 3, 21)),
                                          (1300, dt.date(1921, 3, 21)), (1342, dt.date(1963, 3, 21)),
                                          (1375, dt.date(1996, 3, 20)), (1472, dt.date(2093, 3, 20)),
                                          (1600, dt.date(2221, 3, 21))])
def test_nowruz_across_the_calendar_s_33_year_cycles(year, nowruz):
    assert jalali_to_gregorian(year, 1, 1) == nowruz


def test_month_lengths_31_then_30_then_esfand_and_months_follow_each_other():
    from journeymap.model.calendar import jalali_month_length

    assert [jalali_month_length(1404, month) for month in range(1, 13)] == [31] * 6 + [30] * 5 + [29]
    assert jalali_month_length(1403, 12) == 30
    for month in range(1, 12):
        last = jalali_to_gregorian(1404, month, jalali_month_length(1404, month))
        assert jalali_to_gregorian(1404, month + 1, 1) == last + dt.timedelta(days=1)
    assert jalali_to_gregorian(1404, 7, 1) == dt.date(2025, 9, 23)


def test_years_outside_the_calendar_s_table_are_refused_by_name():
    from journeymap.model.calendar import is_jalali_leap

    assert is_jalali_leap(-61) and not is_jalali_leap(3177)
    for year in (-62, 3178):
        with pytest.raises(ValueError, match=f"Jalali year {year} is out of range"):
            is_jalali_leap(year)
    with pytest.raises(ValueError, match="1404/13/1 is not a Jalali date"):
        jalali_to_gregorian(1404, 13, 1)


def test_a_refused_date_says_which_text_it_refuses():
    with pytest.raises(DateError) as info:
        parse_date("1404/13/01", "fa")
    assert str(info.value) == "'1404/13/01' is not a day of the calendar"
