"""derived.py: the one source of KPI values, journey order and worst/last moments."""
from __future__ import annotations

import pytest

from journeymap.model.derived import derive
from journeymap.model.io import load_map
from journeymap.model.weakpoints import analyze
from tests.conftest import SAMPLES
from tests.model.factories import build

CSAT = "csat"


def _m(node, period, value, n=None):
    return {"node_id": node, "kpi_id": CSAT, "period_id": period, "value": value, "sample_size": n}


def test_latest_data_refers_to_the_latest_period_that_has_any_value():
    jmap = build(measurements=[_m("a", "q1", 70), _m("b", "q2", 90)])
    derived = derive(jmap)
    assert derived.reference_period_id == "q2"
    older = derived.reading("a", CSAT)
    assert (older.value, older.period_id, older.period_label, older.is_current) == (70, "q1", "2026-Q1", False)
    assert derived.reading("b", CSAT).is_current is True


def test_a_chosen_period_never_sees_later_values():
    jmap = build(measurements=[_m("a", "q1", 70), _m("a", "q2", 90)])
    reading = derive(jmap, "q1").reading("a", CSAT)
    assert (reading.value, reading.is_current, reading.previous_value) == (70, True, None)


def test_change_and_improvement_against_the_previous_period():
    jmap = build(measurements=[_m("a", "q2", 60), _m("a", "q1", 85)])  # stored out of order
    reading = derive(jmap).reading("a", CSAT)
    assert (reading.previous_value, reading.previous_period_id) == (85, "q1")
    assert reading.change == -25 and reading.improvement == -25
    assert reading.meets_target is False


def test_no_measurement_no_reading_and_unknown_period_refused():
    jmap = build()
    assert derive(jmap).reading("a", CSAT) is None
    assert derive(jmap).series("a", CSAT) == [] and derive(jmap).readings("a") == []
    assert derive(jmap).reference_period_id is None
    with pytest.raises(KeyError, match="unknown period 'nope'"):
        derive(jmap, "nope")


def test_a_fractional_change_is_kept_to_its_decimals():
    """CES 2.25 -> 2.5 is a change of 0.25, shown as such on chips and in reports (not rounded to 0)."""
    jmap = build(measurements=[_m("a", "q1", 70.25), _m("a", "q2", 70.5)])
    assert derive(jmap).reading("a", CSAT).change == 0.25


def test_rules_judge_only_values_of_the_reference_period():
    """A value from an older quarter is shown as older, and the KPI rules call the node unmeasured."""
    jmap = build(measurements=[_m("b", "q1", 40), _m("a", "q2", 90)])
    rules = {(p.rule, p.node_id) for p in analyze(jmap)}
    assert ("kpi_below_target", "b") not in rules
    assert ("key_moment_unmeasured", "b") in rules
    rules_q1 = {(p.rule, p.node_id) for p in analyze(jmap, "q1")}
    assert ("kpi_below_target", "b") in rules_q1


def test_worst_moment_ties_go_to_the_earliest_step_in_journey_order():
    nodes = build().model_dump()["nodes"]
    nodes[1]["expected_emotion"] = {"score": -2}
    nodes[2]["expected_emotion"] = {"score": -2}
    jmap = build(nodes=nodes)
    derived = derive(jmap)
    assert derived.journey_order == ["a", "b", "c"]
    assert derived.worst_moment == "b"
    assert derived.last_moments == ["c"]


def test_no_negative_emotion_no_worst_moment():
    assert derive(build()).worst_moment is None


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_weak_points_name_the_derived_worst_and_last_moments(path):
    jmap = load_map(path)
    derived = derive(jmap)
    points = analyze(jmap, derived=derived)
    worst = [p.node_id for p in points if p.rule == "peak_end_worst"]
    assert worst == ([derived.worst_moment] if derived.worst_moment else [])
    last = {p.node_id for p in points if p.rule == "peak_end_last"}
    assert last <= set(derived.last_moments)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_every_kpi_flag_shows_the_derived_reading(path):
    jmap = load_map(path)
    for period in [None] + [p.id for p in jmap.periods]:
        derived = derive(jmap, period)
        for point in analyze(jmap, period, derived=derived):
            if point.rule not in ("kpi_below_target", "kpi_falling"):
                continue
            reading = derived.reading(point.node_id, point.evidence["kpi_id"])
            assert reading.is_current
            assert point.evidence["value"] == reading.value
            assert point.evidence["period_id"] == reading.period_id


def test_journey_order_follows_every_arrow_even_when_a_shortcut_reaches_the_end_first():
    """entry -> a -> b -> exit and entry -> exit: breadth-first would put the exit before a and b."""
    data = build().model_dump()
    data["nodes"][2]["stage_id"] = "s1"  # grid position must not decide it either
    data["edges"] = [{"id": "e1", "source": "a", "target": "b"}, {"id": "e2", "source": "b", "target": "c"},
                     {"id": "e3", "source": "a", "target": "c"}]
    assert derive(build(edges=data["edges"], nodes=data["nodes"])).journey_order == ["a", "b", "c"]


def test_journey_order_survives_a_loop_back_and_keeps_loose_cards_last():
    nodes = build().model_dump()["nodes"] + [{"id": "z", "title": "Loose", "stage_id": "s1", "lane_id": "l2"}]
    edges = [{"id": "e1", "source": "a", "target": "b"}, {"id": "e2", "source": "b", "target": "c"},
             {"id": "e3", "source": "c", "target": "b", "kind": "alternative"}]
    assert derive(build(nodes=nodes, edges=edges)).journey_order == ["a", "b", "c", "z"]


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_on_every_sample_reachable_arrows_point_forward_in_journey_order(path):
    jmap = load_map(path)
    derived = derive(jmap)
    position = {n: i for i, n in enumerate(derived.journey_order)}
    assert sorted(position) == sorted(n.id for n in jmap.nodes)
    from journeymap.model.graph import entries, reachable_from

    reached = reachable_from(derived.graph, entries(jmap, derived.graph))
    assert all(position[n] < len(reached) for n in reached), "steps customers reach come first"
    backward = [e for e in jmap.edges if position[e.source] > position[e.target] and e.source in reached]
    loops = [e for e in backward if e.target in nx_ancestors(derived.graph, e.source)]
    assert backward == loops  # only arrows that close a loop may point back


def nx_ancestors(graph, node):
    import networkx as nx

    return nx.ancestors(graph.to_networkx(), node) | {node}  # networkx as the independent oracle
