import pytest

from journeymap.model.compare import diff_maps, diff_periods, format_diff
from journeymap.model.survey import SurveyError, import_survey, parse_survey
from tests.model.factories import build


def csv(text: str) -> bytes:
    return text.encode("utf-8")


def test_import_aggregates_per_node_kpi_period_with_bom_and_semicolons():
    jmap = build()
    data = b"\xef\xbb\xbf" + csv("node;kpi;period;score;respondent\nCheckout;CSAT;2026-Q1;5;r1\nb;csat;q1;4;r2\nb;csat;q1;2;r3\nb;csat;q1;۵;r4\n")
    updated = import_survey(jmap, data)
    m = updated.measurements[0]
    assert (m.node_id, m.kpi_id, m.period_id, m.value, m.sample_size) == ("b", "csat", "q1", 75.0, 4)
    assert jmap.measurements == []  # the input map is untouched


def test_period_option_and_replacement_preview():
    jmap = build(measurements=[{"node_id": "b", "kpi_id": "csat", "period_id": "q2", "value": 10}])
    result = parse_survey(jmap, csv("node,kpi,score\nb,csat,5\n"), period="2026-Q2")
    assert result.ok and result.replaced[0][0].value == 10 and result.replaced[0][1].value == 100


def test_all_or_nothing_with_every_bad_row_reported():
    jmap = build()
    data = csv("node,kpi,period,score\nb,csat,q1,5\nzz,csat,q1,4\nb,nps,q1,4\nb,csat,q9,4\nb,csat,q1,6\nb,csat,q1,x\n")
    with pytest.raises(SurveyError) as info:
        import_survey(jmap, data)
    lines = [e.line for e in info.value.errors]
    assert lines == [3, 4, 5, 6, 7]
    reasons = " ".join(e.reason for e in info.value.errors)
    assert "unknown node 'zz'" in reasons and "unknown KPI" in reasons and "outside" in reasons and "not a number" in reasons


def test_missing_columns():
    result = parse_survey(build(), csv("foo,bar\n1,2\n"))
    assert not result.ok and "missing column" in result.errors[0].reason


def test_diff_added_removed_changed_and_kpi_delta():
    old = build(measurements=[{"node_id": "b", "kpi_id": "csat", "period_id": "q1", "value": 70}])
    data_new = old.model_dump()
    data_new["nodes"][0]["title"] = "Instagram ad"
    data_new["nodes"][0]["expected_emotion"]["score"] = 2
    data_new["nodes"] = [n for n in data_new["nodes"] if n["id"] != "c"]
    data_new["edges"] = [e for e in data_new["edges"] if e["target"] != "c"]
    data_new["nodes"].append({**data_new["nodes"][0], "id": "d", "title": "New step"})
    data_new["measurements"].append({"node_id": "b", "kpi_id": "csat", "period_id": "q2", "value": 85,
                                     "sample_size": None, "source": ""})
    new = type(old).model_validate(data_new)
    result = diff_maps(old, new)
    assert [n["id"] for n in result["nodes"]["added"]] == ["d"]
    assert [n["id"] for n in result["nodes"]["removed"]] == ["c"]
    changed = result["nodes"]["changed"][0]
    assert changed["id"] == "a" and changed["fields"]["title"] == ["Ad", "Instagram ad"]
    assert result["kpi_deltas"][0]["delta"] == 15 and result["kpi_deltas"][0]["verdict"] == "improved"
    assert {p["rule"] for p in result["weak_points"]["resolved"]} >= {"kpi_below_target"}
    assert "Instagram ad" in format_diff(result)


def test_diff_periods_of_one_map():
    jmap = build(measurements=[{"node_id": "b", "kpi_id": "csat", "period_id": "q1", "value": 90},
                               {"node_id": "b", "kpi_id": "csat", "period_id": "q2", "value": 60}])
    result = diff_periods(jmap, "q1", "q2")
    assert result["kpi_deltas"][0]["verdict"] == "worse"
    assert "kpi_below_target" in {p["rule"] for p in result["weak_points"]["new"]}


# Tests that kill mutation survivors (docs/mutation.md).
def test_survey_error_lists_twenty_bad_rows_then_how_many_more():
    jmap = build()
    bad = "".join(f"zz{i},csat,q1,4\n" for i in range(22))
    with pytest.raises(SurveyError) as info:
        import_survey(jmap, csv("node,kpi,period,score\n" + bad))
    message = str(info.value)
    assert message.startswith("22 bad rows, nothing imported: line 2: unknown node 'zz0'; line 3: unknown node 'zz1'; ")
    assert message.endswith("line 21: unknown node 'zz19' (and 2 more)")
    with pytest.raises(SurveyError) as info:
        import_survey(jmap, csv("node,kpi,period,score\n" + "".join(f"zz{i},csat,q1,4\n" for i in range(20))))
    assert str(info.value).endswith("line 21: unknown node 'zz19'")


def test_a_missing_period_column_is_named_on_line_one_unless_a_period_is_given():
    result = parse_survey(build(), csv("node,kpi,score\nb,csat,5\n"))
    assert [(e.line, e.reason) for e in result.errors] == [(1, "missing column(s): period")]
    result = parse_survey(build(), csv("foo,bar\n1,2\n"))
    assert result.errors[0].reason == "missing column(s): node, kpi, score, period"
    assert parse_survey(build(), csv("node,kpi,score\nb,csat,5\n"), period="q1").ok


def test_kpi_found_by_id_name_or_kind_and_every_row_counted():
    result = parse_survey(build(), csv("node,kpi,period,score\nb,csat,q1,5\nb,CSAT,q1,4\nCheckout,Csat,2026-Q1,1\n"))
    assert result.ok and result.rows == 3
    assert (result.measurements[0].sample_size, result.measurements[0].value) == (3, 66.67)  # 2 of 3 in the top two


def test_empty_cells_are_named_as_empty():
    result = parse_survey(build(), csv("node,kpi,period,score\n,csat,q1,5\nb,,q1,5\nb,csat,q1,\n"))
    assert [e.reason for e in result.errors] == ["unknown node ''", "unknown KPI ''", "score '' is not a number"]


def test_nps_answers_run_from_0_to_10_whatever_scale_the_kpi_says():
    jmap = build(kpis=[{"id": "nps", "name": "NPS", "kind": "nps", "method": "nps", "scale_min": 1, "scale_max": 5}])
    result = parse_survey(jmap, csv("node,kpi,period,score\nb,nps,q1,0\nb,nps,q1,10\nb,nps,q1,11\n"))
    assert [(e.line, e.reason) for e in result.errors] == [(4, "score 11 is outside NPS's scale 0..10")]


def test_kpi_deltas_per_node_and_kpi_with_period_labels_rounding_and_verdicts():
    from journeymap.model.compare import kpi_deltas

    jmap = build()
    old = {("a", "gone"): ("q1", 10.0), ("a", "csat"): ("q1", 70.0), ("b", "csat"): ("q1", 80.0),
           ("c", "csat"): ("q1", 60.0), ("zz", "csat"): ("q1", 50.0)}
    new = {("a", "gone"): ("q2", 20.0), ("a", "csat"): ("q2", 80.123), ("b", "csat"): ("q9", 80.0),
           ("c", "csat"): ("q1", 60.0), ("zz", "csat"): ("q2", 40.0)}
    deltas = kpi_deltas(jmap, old, jmap, new)
    assert [(d["node_id"], d["kpi_id"]) for d in deltas] == [("a", "csat"), ("b", "csat")]
    assert deltas[0] == {"node_id": "a", "node": "Ad", "kpi_id": "csat", "kpi": "CSAT", "old_period": "2026-Q1",
                         "old": 70.0, "new_period": "2026-Q2", "new": 80.123, "delta": 10.12, "verdict": "improved"}
    assert (deltas[1]["new_period"], deltas[1]["delta"], deltas[1]["verdict"]) == ("q9", 0.0, "same")
    worse = kpi_deltas(jmap, {("b", "csat"): ("q1", 80.0)}, jmap, {("b", "csat"): ("q2", 79.5)})
    assert (worse[0]["delta"], worse[0]["verdict"]) == (-0.5, "worse")
    slight = kpi_deltas(jmap, {("b", "csat"): ("q1", 80.0)}, jmap, {("b", "csat"): ("q2", 80.5)})
    assert slight[0]["verdict"] == "improved"
