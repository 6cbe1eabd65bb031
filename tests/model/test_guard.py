"""The guard refuses, with the message the user reads, every change that would leave a map journeymap
cannot open again, and lets every valid change through (pure Python: the Document's checks)."""
import pytest

from journeymap.model.guard import (InvalidChange, check_edge, check_list, check_map_fields, check_node,
                                    check_removal, new_items_valid, revalidated)
from journeymap.model.schema import Emotion, EmotionScale, JourneyMap, Measurement, Review, Rules, Stage
from tests.model.factories import build


@pytest.fixture
def jmap() -> JourneyMap:
    return build(personas=[{"id": "p1", "name": "Sara"}, {"id": "p2", "name": "Ali"}])


def loose_emotion(score: int) -> Emotion:
    """An emotion built without validation, as a buggy caller could (``model_construct``)."""
    return Emotion.model_construct(score=score, feeling="", note="", emotion_source="assumed")


def refusal(check, *args) -> str:
    with pytest.raises(InvalidChange) as info:
        check(*args)
    return str(info.value)


def test_invalid_change_is_a_value_error():
    assert issubclass(InvalidChange, ValueError)


def test_a_valid_node_passes_with_known_stage_lane_and_personas(jmap):
    node = jmap.node("a").model_copy(update={"stage_id": "s2", "lane_id": "l2", "persona_ids": ["p1", "p2"]})
    assert check_node(jmap, node) is None


def test_a_node_field_of_the_wrong_type_or_range_is_refused_by_name(jmap):
    node = jmap.node("a")
    assert refusal(check_node, jmap, node.model_copy(update={"x": 1e9})) == "x: Input should be less than or equal to 100000"
    assert refusal(check_node, jmap, node.model_copy(update={"kind": "bogus"})) == \
        "kind: Input should be 'touchpoint' or 'key_moment'"
    # a nested field is named by its path
    assert refusal(check_node, jmap, node.model_copy(update={"expected_emotion": loose_emotion(30)})) == \
        "expected_emotion.score: Input should be less than or equal to 10"


def test_a_node_in_an_unknown_stage_or_lane_is_refused(jmap):
    node = jmap.node("a")
    assert refusal(check_node, jmap, node.model_copy(update={"stage_id": "s9"})) == "node 'a' refers to unknown stage 's9'"
    assert refusal(check_node, jmap, node.model_copy(update={"lane_id": "l9"})) == "node 'a' refers to unknown lane 'l9'"
    # a lane id is not a stage id and the other way round
    assert refusal(check_node, jmap, node.model_copy(update={"stage_id": "l1"})) == "node 'a' refers to unknown stage 'l1'"
    assert refusal(check_node, jmap, node.model_copy(update={"lane_id": "s1"})) == "node 'a' refers to unknown lane 's1'"


def test_a_node_naming_an_unknown_persona_is_refused_with_that_persona(jmap):
    node = jmap.node("b").model_copy(update={"persona_ids": ["p1", "p7", "p8"]})
    assert refusal(check_node, jmap, node) == "node 'b' refers to unknown persona 'p7'"
    assert refusal(check_node, build(), jmap.node("b").model_copy(update={"persona_ids": ["p1"]})) == \
        "node 'b' refers to unknown persona 'p1'"


def test_an_expected_emotion_must_lie_on_the_map_scale_ends_included(jmap):
    node = jmap.node("a")
    for score in (-2, 2, 0):
        assert check_node(jmap, node.model_copy(update={"expected_emotion": Emotion(score=score)})) is None
    assert check_node(jmap, node.model_copy(update={"expected_emotion": None})) is None
    assert refusal(check_node, jmap, node.model_copy(update={"expected_emotion": Emotion(score=3)})) == \
        "expected emotion 3 is outside the scale -2..2"
    assert refusal(check_node, jmap, node.model_copy(update={"expected_emotion": Emotion(score=-3)})) == \
        "expected emotion -3 is outside the scale -2..2"


def test_an_edge_needs_both_of_its_ends(jmap):
    edge = jmap.edges[0]  # e1: a -> b
    assert check_edge(edge, {"a", "b"}.__contains__) is None
    assert refusal(check_edge, edge, {"b"}.__contains__) == "connection 'e1' refers to unknown node 'a'"
    assert refusal(check_edge, edge, {"a"}.__contains__) == "connection 'e1' refers to unknown node 'b'"
    assert refusal(check_edge, edge.model_copy(update={"kind": "zz"}), {"a", "b"}.__contains__) == \
        "kind: Input should be 'flow', 'alternative' or 'fallback'"


def test_removing_a_node_is_refused_while_a_connection_that_stays_uses_it(jmap):
    assert refusal(check_removal, jmap, {"b"}, set()) == "connection 'e1' still uses a removed node"
    assert refusal(check_removal, jmap, {"b"}, {"e1"}) == "connection 'e2' still uses a removed node"
    assert refusal(check_removal, jmap, {"a"}, set()) == "connection 'e1' still uses a removed node"  # its source
    assert check_removal(jmap, {"b"}, {"e1", "e2"}) is None
    assert check_removal(jmap, set(), set()) is None


def test_removing_a_node_is_refused_while_its_kpi_values_or_decisions_stay():
    valued = build(measurements=[{"node_id": "c", "kpi_id": "csat", "period_id": "q1", "value": 70}])
    assert refusal(check_removal, valued, {"c"}, {"e2"}) == "a KPI value still belongs to removed node 'c'"
    assert check_removal(valued, {"a"}, {"e1"}) is None
    decided = build(reviews=[{"rule": "negative_emotion", "node_id": "c", "decision": "accepted"}])
    assert refusal(check_removal, decided, {"c"}, {"e2"}) == "a weak-point decision still belongs to removed node 'c'"
    assert check_removal(decided, {"a"}, {"e1"}) is None


def test_revalidated_returns_a_checked_copy_and_names_a_whole_model_error_without_a_field():
    stage = Stage(id="s", name="S", width=200)
    assert revalidated(stage) == stage
    assert refusal(revalidated, Stage.model_construct(id="s", name="S", width=50.0)) == \
        "width: Input should be greater than or equal to 120"
    assert refusal(revalidated, EmotionScale.model_construct(min=3, max=2, labels={})) == \
        "emotion_scale.min (3) must be below max (2)"


def test_only_new_items_are_revalidated():
    bad = Stage.model_construct(id="s", name="S", width=50.0)
    assert new_items_valid([bad], [bad]) is None  # this very object is already in the map: trusted as it is
    # an equal but different object is new
    assert refusal(new_items_valid, [Stage(id="t", name="T"), bad], [Stage.model_construct(id="s", name="S", width=50.0)]) == \
        "width: Input should be greater than or equal to 120"


def test_replacing_a_list_checks_the_whole_map_against_it(jmap):
    assert check_list(jmap, "stages", jmap.stages + [Stage(id="s3", name="After")]) is None
    assert refusal(check_list, jmap, "stages", jmap.stages[:1]) == "node 'b' refers to unknown stage 's2'"
    assert refusal(check_list, jmap, "lanes", jmap.lanes[:1]) == "node 'c' refers to unknown lane 'l2'"
    assert jmap.stages[1].id == "s2" and len(jmap.lanes) == 2  # the map itself is untouched


def test_replacing_measurements_or_reviews_checks_values_and_references(jmap):
    ok = Measurement(node_id="a", kpi_id="csat", period_id="q1", value=50)
    assert check_list(jmap, "measurements", [ok]) is None
    assert refusal(check_list, jmap, "measurements", [ok.model_copy(update={"value": 500.0})]) == \
        "measurement #1 (a/csat/q1) has value 500.0, outside 0..100"
    assert refusal(check_list, jmap, "measurements", [ok, ok.model_copy(update={"node_id": "zz"})]) == \
        "measurement #2 (zz/csat/q1) refers to unknown node 'zz'"
    assert refusal(check_list, jmap, "measurements", [ok.model_copy(update={"value": float("nan")})]) == \
        "value: Input should be a finite number"
    assert refusal(check_list, jmap, "reviews", [Review(rule="x", node_id="zz", decision="accepted")]) == \
        "review of 'x' refers to unknown node 'zz'"


def test_a_list_may_hold_its_maximum_but_not_one_more(jmap):
    stages = jmap.stages + [Stage(id=f"x{i}", name="x", width=120) for i in range(1998)]
    assert len(stages) == 2000 and check_list(jmap, "stages", stages) is None
    assert refusal(check_list, jmap, "stages", stages + [Stage(id="one-more", name="x")]) == \
        "too many stages (2001; at most 2000)"


def test_map_fields_are_returned_validated_and_the_map_is_untouched(jmap):
    assert check_map_fields(jmap, {"title": "New", "language": "fa", "direction": "rtl"}) == \
        {"title": "New", "language": "fa", "direction": "rtl"}
    scale = check_map_fields(jmap, {"emotion_scale": {"min": -3, "max": 3, "labels": {3: "top", -3: "low"}}})
    assert scale == {"emotion_scale": EmotionScale(min=-3, max=3, labels={-3: "low", 3: "top"})}
    assert list(scale["emotion_scale"].labels) == [-3, 3]
    rules = check_map_fields(jmap, {"rules": Rules(small_sample=5)})["rules"]
    assert isinstance(rules, Rules) and rules.small_sample == 5
    assert (jmap.title, jmap.language, jmap.direction, jmap.rules.small_sample) == ("Test journey", "en", "ltr", 30)
    assert jmap.emotion_scale == EmotionScale()


@pytest.mark.parametrize("name", ["nodes", "edges", "measurements", "reviews", "bogus"])
def test_items_and_unknown_names_are_not_map_fields(jmap, name):
    assert refusal(check_map_fields, jmap, {name: []}) == f"'{name}' is not a map field"


def test_a_bad_map_field_is_refused_with_its_reason(jmap):
    assert refusal(check_map_fields, jmap, {"language": "x"}) == \
        "language: language 'x' is not a language code such as fa, ar or en"
    assert refusal(check_map_fields, jmap, {"direction": "sideways"}) == "direction: Input should be 'ltr' or 'rtl'"
    assert refusal(check_map_fields, jmap, {"emotion_scale": {"min": 50, "max": 60}}) == \
        "emotion_scale.min: Input should be less than or equal to 10"
    assert refusal(check_map_fields, jmap, {"title": "ok", "emotion_scale": EmotionScale.model_construct(min=3, max=2)}) == \
        "emotion_scale: emotion_scale.min (3) must be below max (2)"
    assert jmap.title == "Test journey"


def test_an_emotion_scale_that_strands_a_card_is_refused(jmap):
    assert refusal(check_map_fields, jmap, {"emotion_scale": EmotionScale(min=1, max=2)}) == \
        "node 'b' has expected emotion 0, outside the scale 1..2"
    assert check_map_fields(jmap, {"emotion_scale": EmotionScale(min=0, max=1)}) == \
        {"emotion_scale": EmotionScale(min=0, max=1)}

