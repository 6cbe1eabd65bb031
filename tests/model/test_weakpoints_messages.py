"""The exact words, severities and evidence of the card-level weak-point rules a user reads in the
dock and the report: how a feeling is named, emotion dips at the threshold, the peak-end flags,
the period a key moment was not measured in, and the boundaries of 'falling' and 'few answers'."""
from journeymap.model.journey_rules import JOURNEY_RULES
from journeymap.model.weakpoints import SEVERITIES, WeakPoint, analyze, group_key, lower_severity
import pytest

from journeymap.model.stopping import STOP_CHECK_EVERY
from tests.model.factories import build, small_map

ISOLATE = "\u2068{}\u2069"


def with_emotions(*scores, feelings=("", "", ""), **overrides):
    nodes = small_map()["nodes"]
    for node, score, feeling in zip(nodes, scores, feelings):
        node["expected_emotion"] = None if score is None else {"score": score, "feeling": feeling}
    return build(nodes=nodes, **overrides)


def flags(jmap, rule, period=None):
    return {p.node_id: p for p in analyze(jmap, period) if p.rule == rule}


def m(node, period, value, sample_size=None):
    return {"node_id": node, "kpi_id": "csat", "period_id": period, "value": value, "sample_size": sample_size}


def test_a_negative_feeling_is_named_by_the_card_then_the_scale_then_negative():
    jmap = with_emotions(-2, -1, -1, feelings=("lost", "", ""),
                         emotion_scale={"min": -2, "max": 2, "labels": {-2: "furious", -1: "annoyed"}})
    found = flags(jmap, "negative_emotion")
    assert found["a"].message == f"Customers are expected to feel {ISOLATE.format('lost')} here (emotion -2)"
    assert found["b"].message == f"Customers are expected to feel {ISOLATE.format('annoyed')} here (emotion -1)"
    assert found["c"].evidence == {"score": -1}
    # b is a key moment: one step more severe than the plain cards
    assert {n: p.severity for n, p in found.items()} == {"a": "medium", "b": "high", "c": "medium"}
    unlabelled = flags(with_emotions(0, 0, -1), "negative_emotion")
    assert unlabelled["c"].message == f"Customers are expected to feel {ISOLATE.format('negative')} here (emotion -1)"


def test_an_emotion_dip_of_exactly_the_threshold_names_the_step_before():
    dips = flags(with_emotions(1, -1, -1), "emotion_dip")
    assert set(dips) == {"b"}
    assert dips["b"].message == f"Emotion drops by 2 steps after “{ISOLATE.format('Ad')}”"
    assert dips["b"].evidence == {"from_node_id": "a", "from_score": 1, "score": -1}
    assert dips["b"].severity == "medium"
    assert flags(with_emotions(1, 0, -1), "emotion_dip") == {}  # two drops of one step each


def test_the_worst_moment_and_a_negative_ending_read_their_score():
    jmap = with_emotions(0, -2, -1)
    worst, last = flags(jmap, "peak_end_worst"), flags(jmap, "peak_end_last")
    assert set(worst) == {"b"} and worst["b"].evidence == {"score": -2} and worst["b"].severity == "high"
    assert worst["b"].message == ("The worst moment of the journey (emotion -2): by the peak-end rule it weighs "
                                  "most on how customers remember it")
    assert set(last) == {"c"} and last["c"].evidence == {"score": -1} and last["c"].severity == "high"
    assert last["c"].message == ("The journey ends below neutral (emotion -1): the last moment shapes the memory "
                                 "of the whole journey")


def test_a_neutral_ending_or_an_exit_no_arrow_leads_to_is_not_a_bad_ending():
    assert flags(with_emotions(0, 1, 0), "peak_end_last") == {}
    nodes = small_map()["nodes"] + [{"id": "d", "title": "Letter", "stage_id": "s2", "lane_id": "l2",
                                     "is_exit": True, "expected_emotion": {"score": -1}}]
    lone_exit = build(nodes=nodes)
    assert "d" not in flags(lone_exit, "peak_end_last")
    assert set(flags(lone_exit, "peak_end_worst")) == {"d"}


def test_an_unmeasured_key_moment_names_the_period_it_was_judged_in():
    measured_elsewhere = build(measurements=[m("a", "q1", 90), m("a", "q2", 90)])
    assert flags(measured_elsewhere, "key_moment_unmeasured")["b"].message == (
        f"A key moment with no KPI measured{ISOLATE.format(' in 2026-Q2')}")
    assert flags(measured_elsewhere, "key_moment_unmeasured", "q1")["b"].message == (
        f"A key moment with no KPI measured{ISOLATE.format(' in 2026-Q1')}")
    nothing_measured = build()
    assert flags(nothing_measured, "key_moment_unmeasured")["b"].message == "A key moment with no KPI measured"


def test_without_arrows_no_card_is_called_unreachable():
    nodes = [dict(n, is_entry=False, is_exit=False) for n in small_map()["nodes"]]
    assert flags(build(edges=[]), "unreachable") == {}
    assert flags(build(nodes=nodes, edges=[]), "unreachable") == {}
    # arrows but no entry flagged: the cards nothing leads to are the entries
    looped = build(nodes=nodes, edges=small_map()["edges"] + [{"id": "e3", "source": "c", "target": "b"}])
    assert flags(looped, "unreachable") == {}


def test_an_unchanged_value_is_not_falling_even_with_a_zero_threshold():
    rules = {"kpi_falling_percent": 0.0}
    steady = build(rules=rules, measurements=[m("a", "q1", 90), m("a", "q2", 90)])
    assert flags(steady, "kpi_falling") == {}
    slight = build(rules=rules, measurements=[m("a", "q1", 90), m("a", "q2", 89.5)])
    assert flags(slight, "kpi_falling")["a"].evidence["change"] == -0.5
    rising = build(rules=rules, measurements=[m("a", "q1", 90), m("a", "q2", 90.5)])
    assert flags(rising, "kpi_falling") == {}


def test_a_small_sample_is_flagged_below_the_minimum_only():
    def small(n):
        return flags(build(measurements=[m("a", "q2", 90, n)]), "small_sample")
    assert small(30) == {} and small(100) == {} and small(None) == {}
    flagged = small(29)["a"]
    assert flagged.severity == "info" and flagged.evidence["minimum"] == 30
    assert flagged.message == (f"Only 29 answers for {ISOLATE.format('CSAT')} in {ISOLATE.format('2026-Q2')}: "
                               "treat the value with care")


def test_a_decision_on_one_kpi_stays_with_that_kpis_flag_and_an_old_decision_covers_every_kpi():
    kpis = [{"id": "csat", "name": "CSAT", "kind": "csat", "method": "top2box", "target": 80},
            {"id": "ces", "name": "CES", "kind": "ces", "method": "top2box", "target": 80}]
    values = [m("a", "q1", 50), dict(m("a", "q1", 40), kpi_id="ces"),
              m("c", "q1", 50), dict(m("c", "q1", 40), kpi_id="ces")]
    reviews = [{"rule": "kpi_below_target", "node_id": "a", "kpi_id": "csat", "decision": "accepted", "note": "ok"},
               {"rule": "kpi_below_target", "node_id": "c", "decision": "dismissed", "note": "old"}]
    points = [p for p in analyze(build(kpis=kpis, measurements=values, reviews=reviews))
              if p.rule == "kpi_below_target"]
    decided = {(p.node_id, p.evidence["kpi_id"]): (p.decision, p.decision_note) for p in points}
    assert decided == {("a", "csat"): ("accepted", "ok"), ("a", "ces"): (None, ""),
                       ("c", "csat"): ("dismissed", "old"), ("c", "ces"): ("dismissed", "old")}


def test_a_flag_that_may_be_noise_drops_one_severity_and_info_stays_info():
    assert [lower_severity(s) for s in SEVERITIES] == ["medium", "low", "info", "info"]


def test_journey_flags_group_by_stage_else_by_path_card_flags_by_severity():
    rule = JOURNEY_RULES[0]
    assert group_key(WeakPoint(rule, "a", "low", "", {"stage_id": "s2", "path": "main"})) == ("stage", "s2")
    assert group_key(WeakPoint(rule, "a", "low", "", {"path": "main"})) == ("path", "main")
    assert group_key(WeakPoint(rule, "a", "low", "", {"stage_id": ""})) == ("path", "journey")
    assert group_key(WeakPoint("negative_emotion", "a", "low", "", {"stage_id": "s2"})) is None


def test_reviewed_flags_come_after_every_open_one_and_a_dead_end_says_nothing_leaves_it():
    nodes = small_map()["nodes"]
    nodes[0]["expected_emotion"] = {"score": -1}
    jmap = build(nodes=nodes, edges=[{"id": "e1", "source": "a", "target": "b"}],
                 reviews=[{"rule": "peak_end_worst", "node_id": "a", "decision": "accepted"}])
    points = analyze(jmap)
    assert [(p.rule, p.severity, p.decision) for p in points][-2:] == [
        ("assumed_emotion", "low", None), ("peak_end_worst", "high", "accepted")]
    assert [p.evidence for p in points if p.rule == "dead_end"] == [{"out_degree": 0}]


def test_an_unknown_period_is_refused_by_name():
    with pytest.raises(KeyError, match="unknown period 'q9'"):
        analyze(build(), "q9")


def asked(run) -> int:
    questions = []
    run(lambda: questions.append(1) and False)
    return len(questions)


@pytest.mark.parametrize("cards", [0, 3, 2 * STOP_CHECK_EVERY + 1])
def test_stop_is_asked_before_each_rule_group_in_each_card_loop_and_by_the_journey_rules(cards):
    from benchmarks.synthetic import synthetic_map
    from journeymap.model.derived import derive
    from journeymap.model.journey_rules import journey_points

    if cards > len(small_map()["nodes"]):
        jmap = synthetic_map(cards)
    else:
        jmap = build(nodes=small_map()["nodes"][:cards], edges=small_map()["edges"] if cards else [])
    assert len(jmap.nodes) == cards
    by_journey_rules = asked(lambda stop: list(journey_points(jmap, derive(jmap), stop)))
    assert by_journey_rules > 0
    # five rule groups, four of them loop over the cards asking once per STOP_CHECK_EVERY cards
    per_loop = -(-cards // STOP_CHECK_EVERY)
    assert asked(lambda stop: analyze(jmap, stop=stop)) == 5 + 4 * per_loop + by_journey_rules
