"""check_integrity: the exact message naming the first broken reference or duplicate id a user sees."""
import pytest

from journeymap.model.integrity import check_integrity
from journeymap.model.schema import (
    Edge,
    Emotion,
    KpiDef,
    Lane,
    Measurement,
    Node,
    Period,
    Persona,
    Review,
    Stage,
)
from tests.model.factories import build


def refusal(**changes) -> str:
    """check_integrity's message for the small map with ``changes`` (lists of model items)."""
    jmap = build(personas=[{"id": "p1", "name": "Buyer"}]).model_copy(update=changes)
    with pytest.raises(ValueError) as info:
        check_integrity(jmap)
    return str(info.value)


def passes(**changes) -> None:
    check_integrity(build(personas=[{"id": "p1", "name": "Buyer"}]).model_copy(update=changes))


def node(node_id="a", **fields) -> Node:
    return Node(**{"id": node_id, "title": "T", "stage_id": "s1", "lane_id": "l1", **fields})


def cards(*extra: Node) -> list[Node]:
    """The small map's cards a, b, c (its edges use them) and ``extra``."""
    return [*build().nodes, *extra]


def measurement(node_id="a", kpi_id="csat", period_id="q1", value=50.0) -> Measurement:
    return Measurement(node_id=node_id, kpi_id=kpi_id, period_id=period_id, value=value)


@pytest.mark.parametrize("field, items, message", [
    ("stages", [Stage(id="s1", name="A"), Stage(id="s2", name="B"), Stage(id="s1", name="C")], "duplicate stage id 's1'"),
    ("lanes", [Lane(id="l1", name="A"), Lane(id="l2", name="B"), Lane(id="l2", name="C")], "duplicate lane id 'l2'"),
    ("personas", [Persona(id="p1", name="A"), Persona(id="p1", name="B")], "duplicate persona id 'p1'"),
    ("nodes", [node("a"), node("b"), node("a")], "duplicate node id 'a'"),
    ("edges", [Edge(id="e1", source="a", target="b"), Edge(id="e1", source="b", target="c")], "duplicate edge id 'e1'"),
    ("kpis", [KpiDef(id="csat", name="A"), KpiDef(id="csat", name="B")], "duplicate KPI id 'csat'"),
    ("periods", [Period(id="q1", label="A"), Period(id="q2", label="B"), Period(id="q2", label="C")],
     "duplicate period id 'q2'"),
])
def test_a_duplicate_id_of_every_kind_is_named(field, items, message):
    assert refusal(**{field: items}) == message


@pytest.mark.parametrize("field, items, message", [
    ("stages", [Stage(id="s1", name="A"), Stage(id="", name="B")], "a stage has an empty id"),
    ("lanes", [Lane(id="", name="A")], "a lane has an empty id"),
    ("personas", [Persona(id="", name="A")], "a persona has an empty id"),
    ("nodes", [node("")], "a node has an empty id"),
    ("edges", [Edge(id="", source="a", target="b")], "an edge has an empty id"),
    ("kpis", [KpiDef(id="", name="A")], "a KPI has an empty id"),
    ("periods", [Period(id="", label="A")], "a period has an empty id"),
])
def test_an_empty_id_is_refused_by_kind(field, items, message):
    assert refusal(**{field: items}) == message


def test_the_first_problem_in_map_order_is_the_one_reported():
    # stages are checked before lanes, lanes before nodes, nodes before edges, edges before measurements
    assert refusal(stages=[Stage(id="s1", name="A")] * 2, lanes=[Lane(id="l1", name="A")] * 2) == "duplicate stage id 's1'"
    assert refusal(lanes=[Lane(id="l1", name="A")] * 2, nodes=[node("a")] * 2) == "duplicate lane id 'l1'"
    assert refusal(personas=[Persona(id="p", name="A")] * 2, nodes=[node("a")] * 2) == "duplicate persona id 'p'"
    assert refusal(nodes=[node("a")] * 2, periods=[Period(id="q", label="Q")] * 2) == "duplicate node id 'a'"
    assert refusal(edges=[Edge(id="e", source="a", target="b")] * 2, kpis=[KpiDef(id="k", name="K")] * 2) == \
        "duplicate edge id 'e'"
    assert refusal(kpis=[KpiDef(id="k", name="K")] * 2, periods=[Period(id="q", label="Q")] * 2) == "duplicate KPI id 'k'"
    assert refusal(nodes=[node("a", stage_id="s9")], edges=[Edge(id="e", source="a", target="zz")]) == \
        "node 'a' refers to unknown stage 's9'"
    assert refusal(edges=[Edge(id="e", source="zz", target="a")], measurements=[measurement("zz")]) == \
        "edge 'e' refers to unknown node 'zz'"
    assert refusal(measurements=[measurement("zz")], reviews=[Review(rule="r", node_id="zz", decision="accepted")]) \
        == "measurement #1 (zz/csat/q1) refers to unknown node 'zz'"


def test_a_node_names_its_unknown_stage_lane_or_persona():
    assert refusal(nodes=cards(node("x", stage_id="s9", lane_id="l9"))) == "node 'x' refers to unknown stage 's9'"
    assert refusal(nodes=cards(node("x", lane_id="l9", persona_ids=["p9"]))) == "node 'x' refers to unknown lane 'l9'"
    assert refusal(nodes=cards(node("x", persona_ids=["p1", "p9"]))) == "node 'x' refers to unknown persona 'p9'"
    assert refusal(nodes=cards(node("x", stage_id="l1"))) == "node 'x' refers to unknown stage 'l1'"
    assert refusal(nodes=cards(node("x", lane_id="s1"))) == "node 'x' refers to unknown lane 's1'"
    assert refusal(nodes=cards(node("x", persona_ids=["a"]))) == "node 'x' refers to unknown persona 'a'"
    passes(nodes=cards(node("x", persona_ids=["p1"])))


def test_an_expected_emotion_must_lie_on_the_maps_scale_ends_included():
    assert refusal(nodes=cards(node("x", expected_emotion=Emotion(score=3)))) == \
        "node 'x' has expected emotion 3, outside the scale -2..2"
    assert refusal(nodes=cards(node("x", expected_emotion=Emotion(score=-3)))) == \
        "node 'x' has expected emotion -3, outside the scale -2..2"
    passes(nodes=cards(node("x", expected_emotion=Emotion(score=-2)), node("y", expected_emotion=Emotion(score=2)),
                        node("z", expected_emotion=None)))


def test_an_edge_names_its_unknown_source_or_target():
    assert refusal(edges=[Edge(id="e1", source="a", target="b"), Edge(id="e7", source="zz", target="b")]) == \
        "edge 'e7' refers to unknown node 'zz'"
    assert refusal(edges=[Edge(id="e7", source="a", target="yy")]) == "edge 'e7' refers to unknown node 'yy'"
    assert refusal(edges=[Edge(id="e7", source="xx", target="yy")]) == "edge 'e7' refers to unknown node 'xx'"


def test_a_measurement_is_named_by_its_position_and_key():
    good = measurement("a", value=10)
    assert refusal(measurements=[good, measurement("zz", "k9", "q9")]) == \
        "measurement #2 (zz/k9/q9) refers to unknown node 'zz'"
    assert refusal(measurements=[measurement("a", "k9", "q9")]) == "measurement #1 (a/k9/q9) refers to unknown KPI 'k9'"
    assert refusal(measurements=[measurement("a", "csat", "q9")]) == \
        "measurement #1 (a/csat/q9) refers to unknown period 'q9'"
    assert refusal(measurements=[measurement("a", "a", "q1")]) == "measurement #1 (a/a/q1) refers to unknown KPI 'a'"
    assert refusal(measurements=[measurement("q1", "csat", "q1")]) == \
        "measurement #1 (q1/csat/q1) refers to unknown node 'q1'"
    assert refusal(measurements=[measurement("a", "csat", "a")]) == \
        "measurement #1 (a/csat/a) refers to unknown period 'a'"


def test_one_value_per_node_kpi_and_period():
    assert refusal(measurements=[measurement("a", value=10), measurement("b", value=10), measurement("a", value=20)]) \
        == "measurement #3 (a/csat/q1) is a duplicate: one value per node, KPI and period"
    passes(measurements=[measurement("a"), measurement("a", period_id="q2"), measurement("b")])


def test_a_measured_value_must_lie_in_its_kpis_range_ends_included():
    kpis = [KpiDef(id="csat", name="C", method="top2box"), KpiDef(id="nps", name="N", method="nps"),
            KpiDef(id="ces", name="E", method="mean", scale_min=1, scale_max=7.5)]
    passes(kpis=kpis, measurements=[measurement(value=0), measurement(value=100, period_id="q2"),
                                    measurement(kpi_id="nps", value=-100), measurement(kpi_id="nps", value=100, period_id="q2"),
                                    measurement(kpi_id="ces", value=1), measurement(kpi_id="ces", value=7.5, period_id="q2")])
    assert refusal(kpis=kpis, measurements=[measurement(value=100.5)]) == \
        "measurement #1 (a/csat/q1) has value 100.5, outside 0..100"
    assert refusal(kpis=kpis, measurements=[measurement(value=-0.25)]) == \
        "measurement #1 (a/csat/q1) has value -0.25, outside 0..100"
    assert refusal(kpis=kpis, measurements=[measurement(kpi_id="ces", value=8)]) == \
        "measurement #1 (a/ces/q1) has value 8.0, outside 1..7.5"
    assert refusal(kpis=kpis, measurements=[measurement(kpi_id="nps", value=-101)]) == \
        "measurement #1 (a/nps/q1) has value -101.0, outside -100..100"


def test_a_review_must_be_of_a_card_on_the_map():
    reviews = [Review(rule="dead_end", node_id="a", decision="accepted"),
               Review(rule="unreachable", node_id="zz", decision="dismissed")]
    assert refusal(reviews=reviews) == "review of 'unreachable' refers to unknown node 'zz'"
    passes(reviews=reviews[:1])
