"""What a survey import does with a user's CSV: how the separator is chosen, which KPI a cell
names, the exact refusal for a row or a broken file, what the imported values are called, where
they go in the map, and whether a file is read as having a period column or a period's dates."""
from journeymap.model.survey import (SurveyError, SurveyResult, RowError, guess_period,
                                     has_period_column, import_survey, merged_measurements, parse_survey)
from tests.model.factories import build

PERIODS = [{"id": "q1", "label": "2026-Q1", "start": "2026-01-01", "end": "2026-03-31"},
           {"id": "q2", "label": "2026-Q2", "start": "2026-04-01", "end": "2026-06-30"}]


def errors(result: SurveyResult) -> list[tuple[int, str]]:
    return [(e.line, e.reason) for e in result.errors]


def test_a_kpi_is_found_by_its_id_its_name_or_its_kind():
    jmap = build(kpis=[{"id": "k1", "name": "Satisfaction", "kind": "csat", "scale_min": 1, "scale_max": 5,
                        "method": "mean"}])
    text = "node,kpi,period,score\nb,k1,q1,5\nb,Satisfaction,q1,4\nb,CSAT,q1,3\n"
    result = parse_survey(jmap, text.encode())
    assert result.ok and [(m.kpi_id, m.sample_size, m.value) for m in result.measurements] == [("k1", 3, 4.0)]
    assert errors(parse_survey(jmap, b"node,kpi,period,score\nb, NPS2 ,q1,5\n")) == [(2, "unknown KPI 'NPS2'")]


def test_an_empty_period_cell_without_a_period_for_the_file_is_refused_as_empty():
    result = parse_survey(build(), b"node,kpi,period,score\nb,csat,,5\nb,csat,q9,5\n")
    assert errors(result) == [(2, "unknown period ''"), (3, "unknown period 'q9'")]


def test_semicolons_separate_only_when_there_are_more_of_them_than_commas():
    # 8 commas and 8 semicolons (inside the respondent ids): commas win the tie
    tie = "node,kpi,period,score,respondent\nb,csat,q1,5,a;b;c;d;e;f;g;h;i\n"
    assert parse_survey(build(), tie.encode()).ok
    semicolons = "node;kpi;period;score\nb;csat;q1;4,5\nb;csat;q1;3\n"
    result = parse_survey(build(), semicolons.encode())
    assert result.ok and result.measurements[0].sample_size == 2


def test_only_the_first_4096_characters_choose_the_separator():
    # up to character 4096 there are as many semicolons as commas (a tie: commas); the 4097th is one more ';'
    head = "node,kpi,period,score,note;;;;;\n" + "b,csat,q1,5,;;;;\n" * 200
    last = "b,csat,q1,5," + "x" * (4096 - len(head) - 15) + ";;;;\n"
    text = head + last
    assert text[:4096].count(",") == text[:4096].count(";") and text[4096] == ";"
    result = parse_survey(build(), text.encode())
    assert result.ok and result.measurements[0].sample_size == 201


def test_a_field_too_long_for_the_csv_reader_names_its_line_and_the_limit():
    data = ("node,kpi,period,score\nb,csat,q1,5\n\"" + "x" * 200_000 + "\",csat,q1,5\n").encode()
    assert errors(parse_survey(build(), data)) == [(3, "a field is longer than 128 KB")]


def test_imported_values_say_they_came_from_the_survey_import():
    result = parse_survey(build(), b"node,kpi,period,score\nb,csat,q1,5\n")
    assert [m.source for m in result.measurements] == ["survey import"]


def test_an_import_replaces_a_value_in_place_and_keeps_the_others():
    old = [{"node_id": "a", "kpi_id": "csat", "period_id": "q1", "value": 10},
           {"node_id": "b", "kpi_id": "csat", "period_id": "q1", "value": 20},
           {"node_id": "c", "kpi_id": "csat", "period_id": "q1", "value": 30}]
    jmap = build(measurements=old)
    result = parse_survey(jmap, b"node,kpi,period,score\nb,csat,q1,5\nb,csat,q2,1\n")
    merged = merged_measurements(jmap, result)
    assert [(m.node_id, m.period_id, m.value, m.source) for m in merged] == [
        ("a", "q1", 10.0, ""), ("b", "q1", 100.0, "survey import"), ("c", "q1", 30.0, ""),
        ("b", "q2", 0.0, "survey import")]


def test_the_period_chosen_for_the_whole_file_is_used_by_the_import():
    imported = import_survey(build(), b"node,kpi,score\nb,csat,5\n", "q2")
    assert [(m.node_id, m.period_id, m.value) for m in imported.measurements] == [("b", "q2", 100.0)]


def test_exactly_as_many_bad_rows_as_shown_get_no_and_more_line():
    error = SurveyError([RowError(i, "bad") for i in range(2, 4)])
    assert error.lines(limit=2) == ["line 2: bad", "line 3: bad"]
    assert error.lines(limit=1) == ["line 2: bad", "and 1 more"]


def test_the_period_column_is_looked_for_in_the_header_line_alone():
    assert has_period_column(b"node,kpi,score,period\nb,csat,5,\xff\n") is True
    assert has_period_column(b"node, kpi, period, score\n") is True
    assert has_period_column(b"node,kpi,score,period") is True
    assert has_period_column(b"node,kpi,score\nperiod\n") is False
    assert has_period_column(b"node,period,\xff\n") is False


def test_dates_with_a_time_and_a_date_on_a_periods_first_day_count_as_inside():
    jmap = build(periods=PERIODS)
    data = b"node,kpi,score,date\nb,csat,5,2026-04-01 09:30\nb,csat,4,2026-05-02T18:00:00\n"
    assert guess_period(jmap, "answers.csv", data) == "q2"
    assert guess_period(jmap, "answers.csv", b"node,kpi,score,date\nb,csat,5,2026-01-01\n") == "q1"
