"""Every rule fires on a small map made for it, and stays quiet on a near miss."""

from journeymap.model.schema import JourneyMap
from journeymap.model.weakpoints import RULES, analyze, open_points
from tests.model.factories import small_map


def rules_for(data: dict, node_id=None, period=None) -> set[str]:
    jmap = JourneyMap.model_validate(data)
    return {p.rule for p in analyze(jmap, period) if node_id is None or p.node_id == node_id}


def measure(node, value, period="q2", kpi="csat", n=100):
    return {"node_id": node, "kpi_id": kpi, "period_id": period, "value": value, "sample_size": n}


def with_scores(a=1, b=0, c=1, **overrides):
    data = small_map(**overrides)
    for node, score in zip(data["nodes"], (a, b, c)):
        node["expected_emotion"] = {"score": score}
    return data


def test_kpi_below_target_and_near_miss():
    assert "kpi_below_target" in rules_for(small_map(measurements=[measure("b", 79)]), "b")
    assert "kpi_below_target" not in rules_for(small_map(measurements=[measure("b", 80)]), "b")


def test_kpi_falling_uses_previous_period_with_a_value():
    falling = [measure("b", 90, "q1"), measure("b", 84, "q2")]
    steady = [measure("b", 90, "q1"), measure("b", 86, "q2")]
    assert "kpi_falling" in rules_for(small_map(measurements=falling), "b")
    assert "kpi_falling" not in rules_for(small_map(measurements=steady), "b")


def test_kpi_falling_honours_lower_is_better():
    kpis = [{"id": "ces", "name": "CES", "kind": "ces", "scale_min": 1, "scale_max": 5, "method": "mean",
             "direction": "lower_better"}]
    up = [measure("b", 2.0, "q1", "ces"), measure("b", 2.5, "q2", "ces")]
    down = [measure("b", 2.5, "q1", "ces"), measure("b", 2.0, "q2", "ces")]
    assert "kpi_falling" in rules_for(small_map(kpis=kpis, measurements=up), "b")
    assert "kpi_falling" not in rules_for(small_map(kpis=kpis, measurements=down), "b")


def test_latest_period_with_data_unless_one_is_chosen():
    data = small_map(measurements=[measure("b", 50, "q1"), measure("b", 90, "q2")])
    assert "kpi_below_target" not in rules_for(data, "b")
    assert "kpi_below_target" in rules_for(data, "b", period="q1")


def test_negative_emotion():
    assert "negative_emotion" in rules_for(with_scores(b=-1), "b")
    assert "negative_emotion" not in rules_for(with_scores(b=0), "b")


def test_emotion_dip_follows_edges_not_positions():
    assert "emotion_dip" in rules_for(with_scores(a=2, b=0), "b")
    assert "emotion_dip" not in rules_for(with_scores(a=1, b=0), "b")


def test_peak_end_worst_and_last():
    found = rules_for(with_scores(a=1, b=-2, c=-1))
    assert {"peak_end_worst", "peak_end_last"} <= found
    assert "peak_end_worst" in rules_for(with_scores(a=1, b=-2, c=-1), "b")
    quiet = rules_for(with_scores(a=1, b=0, c=1))
    assert not {"peak_end_worst", "peak_end_last"} & quiet


def test_expectation_gap():
    gap = with_scores(b=2, measurements=[measure("b", 50)])
    assert "expectation_gap" in rules_for(gap, "b")
    assert "expectation_gap" not in rules_for(with_scores(b=0, measurements=[measure("b", 50)]), "b")


def test_key_moment_unmeasured():
    assert "key_moment_unmeasured" in rules_for(small_map(), "b")
    assert "key_moment_unmeasured" not in rules_for(small_map(measurements=[measure("b", 90)]), "b")


def test_dead_end_and_unreachable():
    data = small_map()
    data["nodes"].append({"id": "d", "title": "Orphan", "stage_id": "s1", "lane_id": "l2"})
    data["edges"].append({"id": "e3", "source": "a", "target": "d"})
    assert "dead_end" in rules_for(data, "d")
    assert "dead_end" not in rules_for(data, "c")  # an exit
    data["edges"] = data["edges"][:2]
    assert "unreachable" in rules_for(data, "d")
    assert "unreachable" not in rules_for(data, "c")
    data["lanes"][1]["kind"] = "backstage"  # a backstage process is not reached by customers
    assert "unreachable" not in rules_for(data, "d")


def test_small_sample():
    assert "small_sample" in rules_for(small_map(measurements=[measure("b", 90, n=12)]), "b")
    assert "small_sample" not in rules_for(small_map(measurements=[measure("b", 90, n=30)]), "b")


def test_every_rule_is_covered_by_a_test():
    tested = {"kpi_below_target", "kpi_falling", "negative_emotion", "emotion_dip", "peak_end_worst",
              "peak_end_last", "expectation_gap", "key_moment_unmeasured", "dead_end", "unreachable", "small_sample"}
    from journeymap.model.journey_rules import JOURNEY_RULES  # each tested in test_journey_rules.py

    assert tested | set(JOURNEY_RULES) == set(RULES)


def test_reviews_mark_points_and_messages_follow_map_language():
    data = with_scores(b=-1, language="fa")
    data["reviews"] = [{"rule": "negative_emotion", "node_id": "b", "decision": "dismissed", "note": "known"}]
    points = analyze(JourneyMap.model_validate(data))
    reviewed = [p for p in points if p.rule == "negative_emotion"]
    assert reviewed[0].decision == "dismissed" and reviewed[0] not in open_points(points)
    assert "احساس" in reviewed[0].message and "-۱" in reviewed[0].message




# Tests that kill mutation survivors (docs/mutation.md).
def test_a_fall_exactly_at_the_threshold_is_flagged_with_its_evidence():
    data = small_map(measurements=[measure("b", 90, "q1"), measure("b", 85, "q2")])  # threshold 5 points
    flag = [p for p in analyze(JourneyMap.model_validate(data)) if p.rule == "kpi_falling"][0].as_dict()
    assert flag["evidence"] == {"kpi_id": "csat", "period_id": "q2", "value": 85.0, "previous_period_id": "q1",
                                "previous_value": 90.0, "change": -5.0, "threshold": 5.0,
                                "change_interval": {"low": -14.17, "high": 4.17, "level": 0.95}}
    assert flag["message"] == ("\u2068CSAT\u2069 fell from 90% in \u20682026-Q1\u2069 to 85% in \u20682026-Q2\u2069, "
                               "but with 100 answers this is within noise")
    assert (flag["severity"], flag["confidence"]) == ("medium", "not_significant")
    assert flag["interval"] == {"low": 76.72, "high": 90.69, "level": 0.95}
    steady = small_map(measurements=[measure("b", 90, "q1"), measure("b", 90, "q2")])
    assert "kpi_falling" not in rules_for(steady, "b")


def test_a_fall_beyond_noise_keeps_its_severity_and_says_nothing_of_noise():
    data = small_map(measurements=[measure("b", 90, "q1", n=2000), measure("b", 80.123, "q2", n=2000)])
    flag = [p for p in analyze(JourneyMap.model_validate(data)) if p.rule == "kpi_falling"][0]
    assert flag.confidence == "significant" and "noise" not in flag.message
    assert flag.evidence["change"] == -9.88  # 90 - 80.123 kept to two decimals


def test_a_reviewed_flag_carries_its_decision_and_note_and_an_emotion_flag_has_no_interval():
    data = with_scores(b=-1)
    data["reviews"] = [{"rule": "negative_emotion", "node_id": "b", "decision": "accepted", "note": "known"}]
    flag = [p for p in analyze(JourneyMap.model_validate(data)) if p.rule == "negative_emotion"][0].as_dict()
    assert (flag["decision"], flag["decision_note"]) == ("accepted", "known")
    assert flag["severity"] in ("low", "medium", "high") and flag["evidence"] == {"score": -1}
    assert flag["confidence"] is None and "interval" not in flag


def test_a_small_sample_below_target_is_noise_with_its_interval_and_its_own_info_flag():
    data = small_map(measurements=[measure("b", 75, "q2", n=20)])
    flags = {p.rule: p.as_dict() for p in analyze(JourneyMap.model_validate(data)) if p.node_id == "b"}
    below, small = flags["kpi_below_target"], flags["small_sample"]
    assert below["message"] == ("\u2068CSAT\u2069 is 75% in \u20682026-Q2\u2069, missing the target of 80%, but with 20 "
                                "answers this is within noise (95% interval 53% to 89%)")
    evidence = {"kpi_id": "csat", "period_id": "q2", "value": 75.0, "target": 80.0, "sample_size": 20}
    assert below["evidence"] == evidence and below["interval"] == {"low": 53.13, "high": 88.81, "level": 0.95}
    assert small["evidence"] == {**evidence, "minimum": 30} and small["severity"] == "info"
    assert small["message"] == "Only 20 answers for \u2068CSAT\u2069 in \u20682026-Q2\u2069: treat the value with care"


def test_expectation_gap_from_the_threshold_score_on_for_every_node():
    data = with_scores(a=0, b=1, c=2, measurements=[measure("a", 50), measure("b", 50), measure("c", 60)])
    gaps = {p.node_id: p.as_dict() for p in analyze(JourneyMap.model_validate(data)) if p.rule == "expectation_gap"}
    assert sorted(gaps) == ["b", "c"]  # a's expected feeling (0) is below the threshold (1)
    assert gaps["c"]["evidence"] == {"score": 2, "kpi_id": "csat", "period_id": "q2", "value": 60.0, "target": 80.0}
    assert gaps["c"]["message"] == ("Expected to feel good (\u2068positive\u2069), but \u2068CSAT\u2069 is 60% "
                                    "against a target of 80%")
