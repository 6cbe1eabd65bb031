"""Survey CSVs from other tools: the right line, strict numbers, one answer per respondent, no silent no-ops."""
import pytest

from journeymap.model.survey import SurveyError, parse_survey
from tests.model.factories import build

HEADER = "node,kpi,period,score\n"


def errors(data: bytes, **kw) -> list[str]:
    return [str(e) for e in parse_survey(build(), data, **kw).errors]


def test_a_windows_1256_byte_on_line_2_is_reported_at_line_2():
    data = HEADER.encode() + "b,csat,q1,".encode() + "۵".encode("utf-8") + b"\n" + b"b,csat,q1,\xc7\n"
    assert errors(data) == ["line 3: not UTF-8 text (byte 0xc7): save the CSV as UTF-8"]
    assert errors(HEADER.encode() + b"b,\xc7,q1,4\n")[0].startswith("line 2: not UTF-8")


def test_a_bad_record_with_a_quoted_newline_is_reported_at_its_first_line():
    data = (HEADER + 'b,csat,q1,5\n"zz\nstill zz",csat,q1,4\nb,csat,q1,4\n').encode()
    assert errors(data) == ["line 3: unknown node 'zz\nstill zz'"]  # before: line 4
    data = (HEADER + "\nb,csat,q1,5\n\nzz,csat,q1,4\n").encode()  # blank lines still count
    assert errors(data) == ["line 5: unknown node 'zz'"]


def test_cr_only_line_endings_are_read():
    result = parse_survey(build(), (HEADER + "b,csat,q1,5\nb,csat,q1,4\n").replace("\n", "\r").encode())
    assert result.ok, result.errors
    assert result.measurements[0].sample_size == 2
    assert errors((HEADER + "b,csat,q1,5\rzz,csat,q1,4\r").encode()) == ["line 3: unknown node 'zz'"]


def test_a_field_over_128_kb_is_reported_as_such_at_its_line():
    data = (HEADER + "b,csat,q1,5\n" + "b,csat,q1," + "x" * 140_000 + "\n").encode()
    (message,) = errors(data)
    assert message.startswith("line 3: a field is longer than")  # before: "not a UTF-8 CSV file"


def test_duplicate_header_names_are_refused():
    data = b"node,kpi,period,score,Score\nb,csat,q1,5,1\n"
    assert errors(data) == ["line 1: column 'score' appears more than once"]  # before: last column won


@pytest.mark.parametrize("score", ["1_0", "１", "inf", "nan", "1e0", "٣_"])
def test_scores_are_parsed_strictly(score):
    data = (HEADER + f"b,csat,q1,{score}\n").encode()
    assert errors(data) == [f"line 2: score '{score}' is not a number"]


@pytest.mark.parametrize("score, value", [("۵", 100.0), ("٤", 100.0), ("3", 0.0), ('"4,0"', 100.0), ("۴٫۰", 100.0)])
def test_scores_in_any_script_are_read(score, value):
    result = parse_survey(build(), (HEADER + f"b,csat,q1,{score}\n").encode())
    assert result.ok, result.errors
    assert result.measurements[0].value == value


def test_one_respondent_answering_twice_for_one_node_kpi_period_is_refused():
    data = ("node,kpi,period,score,respondent\nb,csat,q1,5,r1\nb,csat,q1,5,R1 \nb,csat,q1,1,r2\n"
            "b,csat,q2,5,r1\na,csat,q1,5,r1\n").encode()
    assert errors(data) == ["line 3: respondent 'R1' already answered csat for 'b' in this period on line 2"]


def test_respondents_each_count_once():
    data = "node,kpi,period,score,respondent\nb,csat,q1,5,r1\nb,csat,q1,1,r2\nb,csat,q1,5,\n".encode()
    result = parse_survey(build(), data)
    assert result.ok and result.measurements[0].sample_size == 3  # blank respondent: anonymous answers


def test_a_header_only_file_is_refused():
    assert errors(HEADER.encode()) == ["line 1: no answers after the header row"]
    assert errors(b"") == ["line 1: the file is empty"]
    assert errors(b"\xef\xbb\xbf\n\n") == ["line 1: the file is empty"]


def test_a_million_bad_rows_are_listed_twenty_then_counted():
    data = (HEADER + "zz,csat,q1,4\n" * 1000).encode()
    result = parse_survey(build(), data)
    lines = SurveyError(result.errors).lines()
    assert len(lines) == 21
    assert lines[0] == "line 2: unknown node 'zz'"
    assert lines[-1] == "and 980 more"
