"""Derived data keeps the chosen period, shares the graph it is given, and rounds changes to 6 decimals."""
from journeymap.model.derived import derive
from journeymap.model.graph import build_graph
from tests.model.factories import build


def _m(node, period, value):
    return {"node_id": node, "kpi_id": "csat", "period_id": period, "value": value}


def test_the_chosen_period_is_kept_apart_from_the_reference_period():
    jmap = build(measurements=[_m("a", "q1", 70)])
    assert (derive(jmap, "q2").period_id, derive(jmap, "q2").reference_period_id) == ("q2", "q2")
    assert (derive(jmap).period_id, derive(jmap).reference_period_id) == (None, "q1")


def test_a_given_graph_is_used_as_it_is():
    jmap = build()
    graph = build_graph(jmap)
    assert derive(jmap, graph=graph).graph is graph


def test_a_graph_builder_is_called_once_when_the_journey_is_first_asked_for():
    jmap = build()
    calls = []

    def builder():
        calls.append(1)
        return build_graph(jmap)
    derived = derive(jmap, None, builder)
    assert calls == [] and not derived.journey_known
    assert derived.journey_order == ["a", "b", "c"] and derived.main_path == ["a", "b", "c"]
    assert calls == [1] and derived.journey_known


def test_a_change_is_rounded_to_six_decimals():
    jmap = build(measurements=[_m("a", "q1", 70), _m("a", "q2", 70.12345678)])
    assert derive(jmap).reading("a", "csat").change == 0.123457
