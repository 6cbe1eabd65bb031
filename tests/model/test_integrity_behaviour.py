"""Every broken reference or duplicate is refused with the exact message that names it.

``check_integrity`` runs when a map is validated (loading, ``updated``); the messages reach the
user through ``load_map`` as ``map: <message>``. Lookups and copies of ``JourneyMap`` too.
"""
import json
import re

import pytest
from pydantic import ValidationError

from journeymap.model.ids import new_id
from journeymap.model.integrity import check_integrity
from journeymap.model.io import InvalidMapError, loads_map
from journeymap.model.schema import Edge, Lane, Measurement, Node, Persona, Review, Stage, updated
from tests.model.factories import build, envelope, small_map


def refused(jmap) -> str:
    with pytest.raises(ValueError) as info:
        check_integrity(jmap)
    return str(info.value)


def load_message(data: dict) -> str:
    with pytest.raises(InvalidMapError) as info:
        loads_map(json.dumps(envelope(data)).encode())
    return str(info.value)


@pytest.mark.parametrize("field, item, message", [
    ("stages", Stage(id="s1", name="Again"), "duplicate stage id 's1'"),
    ("lanes", Lane(id="l2", name="Again"), "duplicate lane id 'l2'"),
    ("personas", Persona(id="p1", name="Again"), "duplicate persona id 'p1'"),
    ("nodes", Node(id="c", title="Again", stage_id="s1", lane_id="l1"), "duplicate node id 'c'"),
    ("edges", Edge(id="e1", source="a", target="c"), "duplicate edge id 'e1'"),
])
def test_a_duplicate_id_is_named_with_its_kind(field, item, message):
    jmap = build(personas=[{"id": "p1", "name": "Pat"}])
    getattr(jmap, field).append(item)
    assert refused(jmap) == message


def test_duplicate_kpi_and_period_ids_are_named():
    jmap = build()
    jmap.kpis.append(jmap.kpis[0])
    assert refused(jmap) == "duplicate KPI id 'csat'"
    jmap = build()
    jmap.periods.append(jmap.periods[1])
    assert refused(jmap) == "duplicate period id 'q2'"


@pytest.mark.parametrize("field, item, kind", [
    ("stages", Stage(id="", name="Blank"), "stage"),
    ("lanes", Lane(id="", name="Blank"), "lane"),
    ("personas", Persona(id="", name="Blank"), "persona"),
])
def test_an_empty_id_is_refused_by_kind(field, item, kind):
    jmap = build()
    getattr(jmap, field).append(item)
    assert refused(jmap) == f"a {kind} has an empty id"


def test_a_later_node_with_a_broken_reference_is_found_after_valid_ones():
    jmap = build(personas=[{"id": "p1", "name": "Pat"}])
    jmap.nodes.append(Node(id="d", title="Late", stage_id="s1", lane_id="l1", persona_ids=["p1", "p9"]))
    assert refused(jmap) == "node 'd' refers to unknown persona 'p9'"
    jmap = build()
    jmap.nodes.append(Node(id="d", title="Late", stage_id="s1", lane_id="l7"))
    assert refused(jmap) == "node 'd' refers to unknown lane 'l7'"
    jmap = build()
    jmap.nodes.append(Node(id="d", title="Late", stage_id="s7", lane_id="l1"))
    assert refused(jmap) == "node 'd' refers to unknown stage 's7'"


def test_an_expected_emotion_off_the_scale_names_the_node_score_and_scale():
    data = small_map()
    data["nodes"][2]["expected_emotion"] = {"score": -3}
    assert load_message(data) == "map: node 'c' has expected emotion -3, outside the scale -2..2"


def test_an_edge_from_an_unknown_card_is_refused_even_when_its_target_exists():
    jmap = build()
    jmap.edges.append(Edge(id="e9", source="zz", target="a"))
    assert refused(jmap) == "edge 'e9' refers to unknown node 'zz'"
    jmap = build()
    jmap.edges.append(Edge(id="e9", source="a", target="yy"))
    assert refused(jmap) == "edge 'e9' refers to unknown node 'yy'"


def test_a_review_of_an_unknown_card_names_its_rule():
    jmap = build()
    jmap.reviews.append(Review(rule="dead_end", node_id="zz", decision="accepted"))
    assert refused(jmap) == "review of 'dead_end' refers to unknown node 'zz'"


def measured(*rows) -> list[dict]:
    return [{"node_id": n, "kpi_id": k, "period_id": p, "value": v} for n, k, p, v in rows]


@pytest.mark.parametrize("row, message", [
    (("zz", "csat", "q1", 50), "measurement #2 (zz/csat/q1) refers to unknown node 'zz'"),
    (("b", "ces", "q1", 50), "measurement #2 (b/ces/q1) refers to unknown KPI 'ces'"),
    (("b", "csat", "q7", 50), "measurement #2 (b/csat/q7) refers to unknown period 'q7'"),
    (("a", "csat", "q1", 60), "measurement #2 (a/csat/q1) is a duplicate: one value per node, KPI and period"),
    (("b", "csat", "q1", 100.5), "measurement #2 (b/csat/q1) has value 100.5, outside 0..100"),
    (("b", "csat", "q1", -0.5), "measurement #2 (b/csat/q1) has value -0.5, outside 0..100"),
])
def test_a_bad_second_measurement_is_numbered_and_named(row, message):
    data = small_map(measurements=measured(("a", "csat", "q1", 80), row))
    assert load_message(data) == f"map: {message}"


def test_values_on_the_ends_of_a_kpi_range_are_accepted():
    kpis = [{"id": "csat", "name": "CSAT", "method": "top2box"}, {"id": "nps", "name": "NPS", "method": "nps"},
            {"id": "ces", "name": "CES", "method": "mean", "scale_min": 1, "scale_max": 7}]
    rows = [("a", "csat", "q1", 0), ("b", "csat", "q1", 100), ("a", "nps", "q1", -100), ("b", "nps", "q1", 100),
            ("a", "ces", "q1", 1), ("b", "ces", "q1", 7)]
    jmap = build(kpis=kpis, measurements=measured(*rows))
    assert [m.value for m in jmap.measurements] == [0, 100, -100, 100, 1, 7]
    for value in (-100.5, 100.5):
        data = small_map(kpis=kpis, measurements=measured(("a", "nps", "q2", value)))
        assert load_message(data) == f"map: measurement #1 (a/nps/q2) has value {value}, outside -100..100"
    data = small_map(kpis=kpis, measurements=measured(("a", "ces", "q2", 7.5)))
    assert load_message(data) == "map: measurement #1 (a/ces/q2) has value 7.5, outside 1..7"


def test_node_lookup_finds_the_card_or_names_the_missing_id():
    jmap = build()
    assert jmap.node("b").title == "Checkout"
    with pytest.raises(KeyError) as info:
        jmap.node("zz")
    assert info.value.args == ("zz",)


def test_is_rtl_follows_the_map_direction():
    assert build(direction="rtl").is_rtl() is True
    assert build(direction="ltr").is_rtl() is False


def test_a_detached_copy_has_its_own_lists_and_shares_the_items():
    jmap = build(measurements=measured(("a", "csat", "q1", 80)))
    copy = jmap.detached()
    for name in ("stages", "lanes", "nodes", "edges", "kpis", "periods", "measurements", "personas", "reviews"):
        assert getattr(copy, name) == getattr(jmap, name) and getattr(copy, name) is not getattr(jmap, name), name
    assert copy.nodes[0] is jmap.nodes[0] and copy.emotion_scale is jmap.emotion_scale
    copy.nodes.append(Node(id="d", title="New", stage_id="s1", lane_id="l1"))
    copy.measurements.clear()
    assert [n.id for n in jmap.nodes] == ["a", "b", "c"] and len(jmap.measurements) == 1
    assert copy.title == jmap.title and copy.id == "m1"


def test_updated_returns_a_validated_copy_with_the_change():
    stage = build().stages[0]
    wider = updated(stage, width=400.0)
    assert (wider.id, wider.name, wider.width, stage.width) == ("s1", "Before", 400.0, 320.0)
    with pytest.raises(ValidationError, match="greater than or equal to 120"):
        updated(stage, width=50.0)
    jmap = build()
    with pytest.raises(ValidationError, match="refers to unknown stage 'zz'"):
        updated(jmap, nodes=[{"id": "x", "title": "X", "stage_id": "zz", "lane_id": "l1"}])


def test_measurement_values_round_trip_in_updated():
    m = Measurement(node_id="a", kpi_id="csat", period_id="q1", value=70, sample_size=40)
    assert updated(m, value=75).model_dump() == {**m.model_dump(), "value": 75.0}


def test_new_ids_are_twelve_hex_digits_after_the_prefix_and_never_repeat():
    assert re.fullmatch(r"n-[0-9a-f]{12}", new_id("n"))
    assert re.fullmatch(r"[0-9a-f]{12}", new_id())
    assert len({new_id("e") for _ in range(200)}) == 200
