"""Journey-level weak points: the exact message, evidence and severity a user reads, and the edge cases
of each rule (ties, loops, steps no entry reaches, several entries, exits and KPIs)."""
import pytest

from journeymap.model.derived import derive
from journeymap.model.journey_rules import _Journey, must_pass_steps
from journeymap.model.weakpoints import analyze
from tests.model.test_journey_rules import CSAT as CSAT_KPI
from tests.model.test_journey_rules import chain, journey, measure, node, points


def test_ending_trend_message_and_evidence():
    [point] = points(journey([node("a", 2), node("b", 0), node("c", 0), node("d", -1)], chain("a", "b", "c", "d"),
                             rules={"ending_trend_steps": 4}), "ending_trend")
    assert point.message == ("Along the main path the expected emotion falls over the last 4 steps into the exit "
                             "(+2 → 0 → 0 → -1): finish strong, the end shapes how the whole journey is remembered")
    assert point.evidence == {"node_ids": ["a", "b", "c", "d"], "scores": [2, 0, 0, -1], "path": "main",
                              "stage_id": "s1"}
    assert point.severity == "medium"


def test_ending_trend_counts_flat_steps_as_falling_if_the_end_is_lower():
    for scores in ([1, 1, 0], [1, 0, 0]):
        nodes = [node(n, s) for n, s in zip("abc", scores)]
        assert [p.evidence["scores"] for p in points(journey(nodes, chain("a", "b", "c")), "ending_trend")] == [scores]


def test_ending_trend_needs_a_main_path_ending_at_an_exit_with_an_emotion():
    dead_end = journey([node("a", 2), node("b", 1), node("c", 0, is_exit=False), node("d", 1, is_exit=True)],
                       [("a", "b"), ("b", "c"), ("a", "d")])
    assert not points(dead_end, "ending_trend")  # the main path a-b-c stops at a step that is no exit
    unfelt_exit = journey([node("a", 2), node("b", 1), node("c", 0), node("d")], chain("a", "b", "c", "d"))
    assert not points(unfelt_exit, "ending_trend")


def test_emotion_sequences_read_right_to_left_in_persian_and_arabic():
    for lang, digits in (("fa", ("+۱", "۰", "-۱")), ("ar", ("+١", "٠", "-١"))):
        [point] = points(journey([node("a", 1), node("b", 0), node("c", -1)], chain("a", "b", "c"), language=lang),
                         "ending_trend")
        assert " ← ".join(f"\u2066{d}\u2069" for d in digits) in point.message


def test_fragmented_pain_message_evidence_and_stretches_in_journey_order():
    # stage s2 only: z (pain) -> m (fine) -> b -> a (pain, joined); ids sort the other way round
    nodes = [node("s", 1), node("z", -1, stage="s2"), node("m", 1, stage="s2"), node("b", -1, stage="s2"),
             node("a", -2, stage="s2")]
    [point] = points(journey(nodes, chain("s", "z", "m", "b", "a")), "fragmented_pain")
    assert point.node_id == "z" and point.severity == "low"
    assert point.evidence == {"node_ids": ["z", "b", "a"], "stage_id": "s2", "stretches": [["z"], ["b", "a"]]}
    assert point.message == ("2 separate painful stretches in the stage “\u2068Use\u2069”: combine the pain into one "
                             "episode, customers remember each stretch on its own")


def test_fragmented_pain_counts_every_linked_stretch():
    nodes = [node("a", -1), node("b", 1), node("c", -1), node("d", 1), node("e", -2), node("f", -2)]
    [point] = points(journey(nodes, chain("a", "b", "c", "d", "e", "f")), "fragmented_pain")
    assert point.evidence["stretches"] == [["a"], ["c"], ["e", "f"]]
    assert point.message.startswith("3 separate painful stretches")


def test_pain_split_only_by_another_stage_is_not_fragmented():
    jmap = journey([node("a", -1), node("x", 1, stage="s2"), node("c", -1)], chain("a", "x", "c"))
    assert not points(jmap, "fragmented_pain")


def test_stretches_are_linked_past_a_step_of_another_stage_met_first():
    nodes = [node("a", -1), node("x", 1, stage="s2"), node("y", 1, stage="s2"), node("b", 1), node("c", -1)]
    edges = [("a", "x"), ("a", "b"), ("y", "c"), ("b", "c"), ("x", "y")]
    [point] = points(journey(nodes, edges), "fragmented_pain")
    assert point.evidence["stretches"] == [["a"], ["c"]]


def lanes_path(lanes, **extra):
    return [node(f"n{i}", lane=lane, **extra) for i, lane in enumerate(lanes)]


def test_channel_switches_message_names_every_channel_in_turn():
    jmap = journey(lanes_path(["web", "phone", "web", "phone", "web"]), chain("n0", "n1", "n2", "n3", "n4"))
    [point] = points(jmap, "channel_switches")
    assert point.message == ("A path from “\u2068Step n0\u2069” to “\u2068Step n4\u2069” changes channel 4 times "
                             "(\u2068Web › Phone › Web › Phone › Web\u2069): every switch is effort for the customer")
    assert point.evidence == {"node_ids": ["n0", "n1", "n2", "n3", "n4"], "switches": 4, "path": "entry_to_exit",
                              "stage_id": "s1"}


def test_channel_switches_without_flagged_entries_or_exits():
    jmap = journey(lanes_path(["web", "phone", "web", "phone"], is_entry=False, is_exit=False),
                   chain("n0", "n1", "n2", "n3"))
    assert [(p.node_id, p.evidence["switches"]) for p in points(jmap, "channel_switches")] == [("n3", 3)]


def test_channel_switches_ignore_a_stray_exit_no_entry_reaches():
    stray = node("s0", lane="web", x=0, is_exit=True)
    path = lanes_path(["web", "phone", "web", "phone"], x=20)
    path[-1]["is_exit"] = True
    jmap = journey(path + [stray], chain("n0", "n1", "n2", "n3"))
    assert [(p.node_id, p.evidence["switches"]) for p in points(jmap, "channel_switches")] == [("n3", 3)]


def test_channel_switches_checks_every_exit():
    nodes = [node("a", lane="web"), node("b", lane="phone"), node("x1", lane="web", is_exit=True),
             node("c", lane="web", stage="s2"), node("d", lane="phone", stage="s2"),
             node("x2", lane="web", stage="s2", is_exit=True)]
    jmap = journey(nodes, [("a", "b"), ("b", "x1"), ("b", "c"), ("c", "d"), ("d", "x2")])
    assert [(p.node_id, p.evidence["switches"]) for p in points(jmap, "channel_switches")] == [("x2", 4)]


def test_channel_switches_at_a_backstage_exit_take_the_busiest_way_in():
    nodes = [node("w", lane="web"), node("b", lane="phone"), node("c", lane="web"), node("d", lane="phone"),
             node("z", lane="ops")]
    jmap = journey(nodes, [("w", "z"), ("w", "b"), ("b", "c"), ("c", "d"), ("d", "z")])
    [point] = points(jmap, "channel_switches")
    assert point.evidence["switches"] == 3 and point.evidence["node_ids"] == ["w", "b", "c", "d", "z"]


def test_channel_switches_go_on_past_an_arrow_that_loops_back():
    nodes = [node("a", lane="web"), node("b", lane="phone"), node("c", lane="web"), node("d", lane="phone"),
             node("e", lane="web")]
    jmap = journey(nodes, [("a", "b"), ("b", "c"), ("c", "b"), ("c", "d"), ("d", "e")])
    assert [(p.node_id, p.evidence["switches"]) for p in points(jmap, "channel_switches")] == [("e", 4)]


def test_rework_loop_back_to_the_entry_across_stages():
    jmap = journey([node("a"), node("b", stage="s2"), node("c")], [("a", "b"), ("b", "a"), ("b", "c")])
    [point] = points(jmap, "rework_loop")
    assert point.message == ("Customers can be sent back to “\u2068Step a\u2069” and go round again (2 steps in the "
                             "loop): rework costs effort and trust")
    assert point.evidence == {"node_ids": ["a", "b"]}  # two stages: the loop belongs to none


def test_rework_loop_on_a_step_that_repeats_itself():
    jmap = journey([node("a"), node("b"), node("c")], [("a", "b"), ("b", "b"), ("b", "c")])
    [point] = points(jmap, "rework_loop")
    assert (point.node_id, point.evidence) == ("b", {"node_ids": ["b"], "stage_id": "s1"})
    assert "(1 steps in the loop)" in point.message


def test_rework_loop_is_named_after_its_earliest_step_in_the_journey():
    jmap = journey([node("s"), node("z"), node("y"), node("e")], [("s", "z"), ("z", "y"), ("y", "z"), ("y", "e")])
    [point] = points(jmap, "rework_loop")
    assert point.node_id == "z" and point.evidence["node_ids"] == ["z", "y"] and "“\u2068Step z\u2069" in point.message


def J(jmap):
    return _Journey(jmap, derive(jmap))


def test_must_pass_steps_in_journey_order():
    assert must_pass_steps(J(journey([node("a"), node("y"), node("x"), node("d")], chain("a", "y", "x", "d")))) == ["y", "x"]


def test_a_step_on_one_entrys_way_only_is_not_a_must_pass_step():
    jmap = journey([node("e1", is_entry=True), node("m"), node("x"), node("e2", is_entry=True), node("y"), node("d")],
                   [("e1", "m"), ("m", "x"), ("e2", "y"), ("y", "x"), ("x", "d")])
    assert must_pass_steps(J(jmap)) == ["x"]


def test_single_point_of_failure_lists_every_reason_and_is_medium_when_known_to_fail():
    jmap = journey([node("a", 1), node("b", 1), node("c", 1), node("x", -1), node("d", 1)],
                   [("a", "b"), ("a", "c"), ("b", "x"), ("c", "x"), ("x", "d")], measurements=[measure("x", 70)])
    [point] = points(jmap, "single_point_of_failure")
    assert point.message == ("Every path from entry to exit passes through this step: customers are expected to feel "
                             "negative here (emotion -1); \u2068CSAT\u2069 misses its target. If it fails, every "
                             "customer is affected")
    assert (point.severity, point.evidence["reasons"]) == ("medium", ["negative_emotion", "missed:csat"])


def test_single_point_of_failure_only_unmeasured_is_low():
    [point] = points(journey([node("a", 1), node("x", 1), node("d", 1)], chain("a", "x", "d")), "single_point_of_failure")
    assert point.severity == "low" and point.message == (
        "Every path from entry to exit passes through this step: no KPI is measured here. If it fails, every "
        "customer is affected")


def key_moment(node_id, score, feeling=""):
    return node(node_id, kind="key_moment", expected_emotion={"score": score, "feeling": feeling})


def test_assumed_emotion_looks_back_from_the_chosen_period():
    jmap = journey([node("a", 1), key_moment("k", -1), node("d", 1)], chain("a", "k", "d"))
    [early] = [p for p in analyze(jmap, "q1") if p.rule == "assumed_emotion"]
    assert early.evidence["period_ids"] == ["q1"]
    assert early.message == ("The expected emotion at this key moment (“”, -1) is a workshop guess, not backed by any "
                             "measurement in \u2068Q1\u2069: check it with a survey, interviews or analytics")
    [middle] = [p for p in analyze(jmap, "q2") if p.rule == "assumed_emotion"]
    assert middle.evidence["period_ids"] == ["q1", "q2"]


def test_assumed_emotion_names_the_feeling_or_the_scales_label():
    felt = journey([node("a", 1), key_moment("k", -1, "annoyed"), node("d", 1)], chain("a", "k", "d"),
                   emotion_scale={"labels": {-1: "let down"}})
    assert "(“\u2068annoyed\u2069”, -1)" in points(felt, "assumed_emotion")[0].message
    labelled = journey([node("a", 1), key_moment("k", -1), node("d", 1)], chain("a", "k", "d"),
                       emotion_scale={"labels": {-1: "let down", -2: "angry"}})
    assert "(“\u2068let down\u2069”, -1)" in points(labelled, "assumed_emotion")[0].message


def test_assumed_emotion_checks_each_key_moment_on_its_own():
    jmap = journey([node("a", 1), key_moment("k1", 1), key_moment("k2", -1), node("d", 1)], chain("a", "k1", "k2", "d"),
                   measurements=[measure("k1", 85)])
    assert [p.node_id for p in points(jmap, "assumed_emotion")] == ["k2"]


def omni_nodes():
    return [node("a", 1), node("b", 1, lane="phone"), node("c", 1, stage="s2")]


EFFORT = {"id": "ces", "name": "Effort", "kind": "ces", "scale_min": 1, "scale_max": 5, "method": "mean", "target": 4}


def effort(node_id, value):
    return {"node_id": node_id, "kpi_id": "ces", "period_id": "q3", "value": value, "sample_size": 100}


def test_omnichannel_gap_flags_a_step_once_emotion_first():
    nodes = [node("a", 1), node("b", -1, lane="phone"), node("c", 1, stage="s2")]
    jmap = journey(nodes, [("a", "c"), ("b", "c")], measurements=[measure("a", 95), measure("b", 70)])
    assert [(p.node_id, "scores" in p.evidence) for p in points(jmap, "omnichannel_gap")] == [("b", True)]
    both_kpis = journey(omni_nodes(), [("a", "c"), ("b", "c")], kpis=[CSAT_KPI, EFFORT],
                        measurements=[measure("a", 95), measure("b", 70), effort("a", 4.0), effort("b", 3.0)])
    assert [(p.node_id, p.evidence["kpi_id"]) for p in points(both_kpis, "omnichannel_gap")] == [("b", "csat")]


def test_omnichannel_gap_on_a_later_kpi_and_below_one_scale_step():
    jmap = journey(omni_nodes(), [("a", "c"), ("b", "c")], kpis=[CSAT_KPI, EFFORT],
                   measurements=[measure("a", 90), measure("b", 89), effort("a", 4.0), effort("b", 3.5)])
    [point] = points(jmap, "omnichannel_gap")
    assert point.message == ("In “\u2068Buy\u2069” \u2068Effort\u2069 differs between channels: 3.5 in \u2068Phone\u2069 "
                             "against 4.0 in \u2068Web\u2069")
    assert point.evidence["values"] == [3.5, 4.0] and point.evidence["threshold"] == 0.3


def test_omnichannel_gap_ties_go_to_the_first_steps_and_lanes_in_map_order():
    nodes = [node("a", 1), node("a2", 1), node("b", -1, lane="phone"), node("b2", -1, lane="phone"),
             node("s", 1, lane="store"), node("c", 1, stage="s2")]
    jmap = journey(nodes, [("a", "c"), ("a2", "c"), ("b", "c"), ("b2", "c"), ("s", "c")])
    assert [p.evidence["node_ids"] for p in points(jmap, "omnichannel_gap")] == [["b", "a"]]


@pytest.mark.parametrize("lead", [[], [("s", "a")]], ids=["loop after the entry", "loop after a later step"])
def test_switches_through_a_loop_count_the_way_round_in_journey_order(lead):
    # z (stage 1) comes before y (stage 2) in the journey; y -> z is the arrow that closes the loop
    nodes = [node("s", lane="web"), node("a", lane="web"), node("z", lane="phone"), node("y", lane="store", stage="s2"),
             node("e", lane="web", stage="s2")]
    edges = lead + [("a", "z"), ("a", "y"), ("z", "y"), ("y", "z"), ("y", "e")]
    jmap = journey(nodes if lead else nodes[1:], edges)
    [point] = points(jmap, "channel_switches")
    assert point.evidence["node_ids"][-4:] == ["a", "z", "y", "e"] and point.evidence["switches"] == 3
