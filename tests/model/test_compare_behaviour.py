"""What the compare view, the report and the CLI show when two maps or two periods are compared."""
from journeymap.model.compare import (
    diff_maps,
    diff_periods,
    format_change,
    format_diff,
    kpi_deltas,
    latest_values,
    node_status,
)
from journeymap.model.schema import KpiDef
from tests.model.factories import build, small_map


def m(node, period, value, sample_size=None):
    return {"node_id": node, "kpi_id": "csat", "period_id": period, "value": value, "sample_size": sample_size}


def edited(jmap, change):
    data = jmap.model_dump()
    change(data)
    return type(jmap).model_validate(data)


def by_group(result) -> dict[str, dict[tuple[str, str], dict]]:
    groups = dict(result["weak_points"])
    groups.pop("new")
    return {g: {(p["rule"], p["node_id"]): p for p in points} for g, points in groups.items()}


def test_node_status_marks_added_changed_and_unchanged_cards():
    old = build(measurements=[m("b", "q1", 70), m("c", "q1", 60)])

    def change(data):
        data["nodes"][0]["title"] = "Banner"
        data["nodes"].append(dict(data["nodes"][2], id="d", title="Chat", is_exit=False))
        data["measurements"] = [m("b", "q1", 75), m("c", "q1", 60), m("c", "q2", 60)]
    result = diff_maps(old, edited(old, change))
    assert node_status(result, ["a", "b", "c", "d"]) == {
        "a": "changed", "b": "changed", "c": "unchanged", "d": "added"}


def test_kpi_change_is_written_in_the_kpis_units():
    def kpi(method):
        return KpiDef(id="k", name="K", method=method)
    assert format_change(kpi("nps"), 12.4) == "+12"
    assert format_change(kpi("top2box"), -5.2) == "-5%"
    assert format_change(kpi("percent"), 3) == "+3%"
    assert format_change(kpi("mean"), 0.26) == "+0.3"


def test_identical_maps_without_weak_points_report_no_differences():
    nodes = [dict(n, kind="touchpoint") for n in small_map()["nodes"]]
    jmap = build(nodes=nodes, edges=small_map()["edges"] + [{"id": "e3", "source": "a", "target": "c"}])
    assert format_diff(diff_maps(jmap, jmap)).splitlines() == ["Test journey  →  Test journey", "no differences"]


def test_every_changed_field_of_a_card_is_listed_on_its_line():
    old = build()

    def change(data):
        data["nodes"][1].update(title="Pay", owner="Finance")
    lines = format_diff(diff_maps(old, edited(old, change))).splitlines()
    assert "~ node b (Pay): title: Checkout → Pay, owner:  → Finance" in lines


def test_diff_names_both_maps_and_labels_stages_and_lanes_by_name():
    old = build()
    new = build(id="m2", title="Next quarter",
                stages=small_map()["stages"] + [{"id": "s3", "name": "After"}],
                lanes=[{"id": "l1", "name": "Website"}, {"id": "l2", "name": "Phone"}])
    result = diff_maps(old, new)
    assert result["old"] == {"id": "m1", "title": "Test journey"}
    assert result["new"] == {"id": "m2", "title": "Next quarter"}
    assert result["stages"]["added"] == [{"id": "s3", "label": "After"}]
    assert result["lanes"]["changed"] == [{"id": "l1", "label": "Website", "fields": {"name": ["Web", "Website"]}}]
    lines = format_diff(result).splitlines()
    assert "+ stage s3: After" in lines and "~ lane l1 (Website): name: Web → Website" in lines


def test_an_older_value_still_counts_as_a_cards_latest_value():
    jmap = build(measurements=[m("a", "q1", 60), m("b", "q2", 90)])
    assert latest_values(jmap) == {("a", "csat"): ("q1", 60.0), ("b", "csat"): ("q2", 90.0)}
    assert latest_values(jmap, "q2") == {("b", "csat"): ("q2", 90.0)}
    old = build(measurements=[m("a", "q1", 50)])
    deltas = diff_maps(old, jmap)["kpi_deltas"]
    assert [(d["node_id"], d["old"], d["new"], d["delta"]) for d in deltas] == [("a", 50.0, 60.0, 10.0)]


def test_unchanged_values_are_skipped_without_hiding_later_ones():
    jmap = build()
    old = {("a", "csat"): ("q1", 70.0), ("b", "csat"): ("q1", 70.0)}
    new = {("a", "csat"): ("q1", 70.0), ("b", "csat"): ("q2", 75.0)}
    assert [d["node_id"] for d in kpi_deltas(jmap, old, jmap, new)] == ["b"]


def test_a_period_the_older_map_does_not_know_is_named_by_its_id():
    old = build(periods=[{"id": "q0", "label": "2025-Q4"}])
    new = build()
    deltas = kpi_deltas(old, {("b", "csat"): ("q9", 70.0)}, new, {("b", "csat"): ("q2", 75.0)})
    assert (deltas[0]["old_period"], deltas[0]["new_period"]) == ("q9", "2026-Q2")


def test_comparing_a_later_period_with_an_earlier_one_uses_the_earlier_ones_data():
    # a: weak in q2, fine in q1. b: weak in q2, not measured in q1.
    jmap = build(measurements=[m("a", "q1", 90), m("a", "q2", 50), m("b", "q2", 50)])
    result = diff_periods(jmap, "q2", "q1")
    assert (result["old_period"], result["new_period"]) == ("q2", "q1")
    assert [(d["node_id"], d["old"], d["new"], d["verdict"]) for d in result["kpi_deltas"]] == [
        ("a", 50.0, 90.0, "improved")]
    groups = by_group(result)
    assert ("kpi_below_target", "a") in groups["resolved"]
    assert ("kpi_below_target", "b") in groups["not_measured"]
    assert ("kpi_below_target", "a") not in groups["still_open"]


def test_resolved_on_few_answers_is_said_so():
    jmap = build(measurements=[m("a", "q1", 50, 100), m("a", "q2", 90, 10),
                               m("b", "q1", 50, 100), m("b", "q2", 90, 100)])
    resolved = by_group(diff_periods(jmap, "q1", "q2"))["resolved"]
    assert resolved[("kpi_below_target", "a")]["few_answers"] is True
    assert resolved[("kpi_below_target", "b")]["few_answers"] is False


def test_a_resolved_point_without_a_kpi_has_no_answers_to_count():
    old = build(nodes=[dict(n, expected_emotion={"score": -2}) if n["id"] == "b" else n
                       for n in small_map()["nodes"]])
    resolved = by_group(diff_maps(old, build()))["resolved"]
    assert resolved and all(p["few_answers"] is False and p["evidence"].get("kpi_id") is None
                            for p in resolved.values())


def test_a_removed_card_keeps_its_old_title():
    old = build(measurements=[m("c", "q1", 50)])

    def change(data):
        data["nodes"] = [n for n in data["nodes"] if n["id"] != "c"]
        data["edges"] = [e for e in data["edges"] if e["target"] != "c"]
        data["measurements"] = []
        data["nodes"][1]["is_exit"] = True
    result = diff_maps(old, edited(old, change))
    removed = by_group(result)["node_removed"]
    assert removed[("kpi_below_target", "c")]["node_title"] == "Call"
    assert any(line.startswith("- node removed Call: ") for line in format_diff(result).splitlines())
