"""Which period a survey CSV belongs to is guessed only on unambiguous evidence."""
import datetime as dt

from journeymap.model.calendar import parse_any_date
from journeymap.model.survey import guess_period, has_period_column
from tests.model.factories import build

PERIODS = [{"id": "q1", "label": "2026-Q1", "start": "2026-01-01", "end": "2026-03-31"},
           {"id": "q2", "label": "2026-Q2", "start": "2026-04-01", "end": "2026-06-30"},
           {"id": "summer", "label": "تابستان ۱۴۰۵"}]


def rows(*dates: str) -> bytes:
    return ("node,kpi,score,date\n" + "".join(f"b,csat,5,{d}\n" for d in dates)).encode()


def test_dates_inside_one_period():
    assert guess_period(build(periods=PERIODS), "x.csv", rows("2026-04-02", "2026-06-30")) == "q2"


def test_dates_across_two_periods_guess_nothing():
    assert guess_period(build(periods=PERIODS), "x.csv", rows("2026-03-30", "2026-04-02")) is None


def test_dates_outside_every_period_guess_nothing():
    assert guess_period(build(periods=PERIODS), "x.csv", rows("2027-01-05")) is None


def test_file_name_with_a_label_in_other_digits():
    assert guess_period(build(periods=PERIODS), "survey تابستان 1405.csv", rows()) == "summer"


def test_file_name_naming_two_periods_guesses_nothing():
    assert guess_period(build(periods=PERIODS), "2026-Q1 vs 2026-Q2.csv", rows()) is None


def test_no_evidence_guesses_nothing_even_with_one_period_left():
    assert guess_period(build(periods=PERIODS), "answers.csv", b"node,kpi,score\nb,csat,5\n") is None


def test_period_column_is_detected():
    assert has_period_column(b"\xef\xbb\xbfNode;KPI;Period;Score\n")
    assert not has_period_column(b"node,kpi,score\n")


def test_command_line_dates_in_either_calendar():
    assert parse_any_date("1405/07/01") == dt.date(2026, 9, 23)
    assert parse_any_date("۱۴۰۵-۰۷-۰۱") == dt.date(2026, 9, 23)
    assert parse_any_date("2026-09-23") == dt.date(2026, 9, 23)
    assert parse_any_date("") is None
