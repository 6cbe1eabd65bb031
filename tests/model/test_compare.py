"""Compare semantics: a weak point is "resolved" only when it was measured again and is no longer flagged."""
import json

from journeymap.model.compare import diff_maps, diff_periods, format_diff, weak_point_groups
from tests.model.factories import build


def m(node, period, value):
    return {"node_id": node, "kpi_id": "csat", "period_id": period, "value": value}


def groups_of(result) -> dict[str, set[tuple[str, str]]]:
    return {g: {(p["rule"], p["node_id"]) for p in points} for g, points in weak_point_groups(result)}


def quarter_map():
    # a: below target, then fixed. b: below target, not measured again. c: below target in both, and falling.
    return build(measurements=[m("a", "q1", 50), m("a", "q2", 90), m("b", "q1", 60),
                               m("c", "q1", 70), m("c", "q2", 60)])


def test_unmeasured_weak_point_is_not_resolved():
    groups = groups_of(diff_periods(quarter_map(), "q1", "q2"))
    assert ("kpi_below_target", "a") in groups["resolved"]
    assert ("kpi_below_target", "b") in groups["not_measured"]
    assert ("kpi_below_target", "b") not in groups.get("resolved", set())
    assert ("kpi_below_target", "c") in groups["still_open"]
    assert ("kpi_falling", "c") in groups["appeared"]


def test_groups_name_nodes_by_title_and_keep_display_order():
    result = diff_periods(quarter_map(), "q1", "q2")
    order = [g for g, _ in weak_point_groups(result)]
    assert order == ["appeared", "resolved", "still_open", "not_measured"]
    titles = {p["node_id"]: p["node_title"] for _, points in weak_point_groups(result) for p in points}
    assert titles["b"] == "Checkout" and titles["a"] == "Ad"


def test_diff_maps_stale_value_in_newer_file_is_not_measured():
    old = build(measurements=[m("b", "q1", 60), m("a", "q1", 50)])
    new = build(measurements=[m("b", "q1", 60), m("a", "q1", 50), m("a", "q2", 95)])
    result = diff_maps(old, new)
    groups = groups_of(result)
    assert ("kpi_below_target", "b") in groups["not_measured"]
    assert ("kpi_below_target", "a") in groups["resolved"]
    text = format_diff(result)
    assert "not measured in the later period" in text and "Checkout" in text
    json.dumps(result, ensure_ascii=False)  # the CLI prints it as JSON


def test_removed_node_is_its_own_group():
    old = build(measurements=[m("c", "q1", 50)])
    data = old.model_dump()
    data["nodes"] = [n for n in data["nodes"] if n["id"] != "c"]
    data["edges"] = [e for e in data["edges"] if e["target"] != "c"]
    data["measurements"] = []
    data["nodes"][1]["is_exit"] = True
    new = type(old).model_validate(data)
    groups = groups_of(diff_maps(old, new))
    assert ("kpi_below_target", "c") in groups["node_removed"]
    assert ("kpi_below_target", "c") not in groups.get("resolved", set())


# Tests that kill mutation survivors (docs/mutation.md).
def test_format_diff_lines_for_added_removed_and_changed_cards_with_long_values_cut():
    old = build()
    data = old.model_dump()
    data["nodes"][0]["title"] = "x" * 61
    data["nodes"][2]["title"] = "y" * 60
    data["nodes"].append(dict(data["nodes"][1], id="n9", title="Survey"))
    data["nodes"] = [n for n in data["nodes"] if n["id"] != "b"]
    data["edges"] = []
    lines = format_diff(diff_maps(old, type(old).model_validate(data))).splitlines()
    assert lines[0] == "Test journey  →  Test journey"
    assert "+ node n9: Survey" in lines and "- node b: Checkout" in lines and "- edge e1: e1" in lines
    assert f"~ node a ({'x' * 61}): title: Ad → {'x' * 57}…" in lines
    assert f"~ node c ({'y' * 60}): title: Call → {'y' * 60}" in lines
