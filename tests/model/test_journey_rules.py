"""Each journey-level rule fires on a small map built for it and stays silent on its near miss."""
from journeymap.model.schema import JourneyMap
from journeymap.model.weakpoints import RULES, analyze, group_key

LANES = [{"id": "web", "name": "Web"}, {"id": "phone", "name": "Phone"}, {"id": "store", "name": "Store"},
         {"id": "ops", "name": "Warehouse", "kind": "backstage"}]
STAGES = [{"id": "s1", "name": "Buy"}, {"id": "s2", "name": "Use"}]
CSAT = {"id": "csat", "name": "CSAT", "kind": "csat", "scale_min": 1, "scale_max": 5, "method": "top2box", "target": 80}


def node(node_id, score=None, lane="web", stage="s1", **extra):
    data = {"id": node_id, "title": f"Step {node_id}", "stage_id": stage, "lane_id": lane, **extra}
    if score is not None:
        data["expected_emotion"] = {"score": score}
    return data


def journey(nodes, edges, **overrides) -> JourneyMap:
    nodes[0].setdefault("is_entry", True)
    nodes[-1].setdefault("is_exit", True)
    data = {"id": "m", "title": "t", "stages": STAGES, "lanes": LANES, "nodes": nodes,
            "edges": [{"id": f"e{i}", "source": s, "target": t} for i, (s, t) in enumerate(edges)],
            "kpis": [CSAT], "periods": [{"id": "q1", "label": "Q1"}, {"id": "q2", "label": "Q2"},
                                        {"id": "q3", "label": "Q3"}], **overrides}
    return JourneyMap.model_validate(data)


def chain(*ids):
    return list(zip(ids, ids[1:]))


def points(jmap, rule):
    return [p for p in analyze(jmap) if p.rule == rule]


def test_every_journey_rule_is_a_known_rule():
    for rule in ("ending_trend", "fragmented_pain", "channel_switches", "rework_loop", "omnichannel_gap",
                 "single_point_of_failure", "assumed_emotion"):
        assert rule in RULES


def test_ending_trend_fires_when_the_last_steps_fall_into_the_exit():
    found = points(journey([node("a", 1), node("b", 0), node("c", -1)], chain("a", "b", "c")), "ending_trend")
    assert [(p.node_id, p.evidence["node_ids"], p.evidence["scores"]) for p in found] == [("c", ["a", "b", "c"], [1, 0, -1])]
    assert "+1 → 0 → -1" in found[0].message


def test_ending_trend_near_misses():
    assert not points(journey([node("a", 1), node("b", -1), node("c", 0)], chain("a", "b", "c")), "ending_trend")
    assert not points(journey([node("a", 0), node("b", 0), node("c", 0)], chain("a", "b", "c")), "ending_trend")
    assert not points(journey([node("b", 0), node("c", -1)], chain("b", "c")), "ending_trend")  # too short


def test_fragmented_pain_fires_on_two_painful_stretches_in_one_stage():
    jmap = journey([node("a", -1), node("b", 1), node("c", -2), node("d", 1, stage="s2")], chain("a", "b", "c", "d"))
    [point] = points(jmap, "fragmented_pain")
    assert point.node_id == "a" and point.evidence["stage_id"] == "s1"
    assert point.evidence["stretches"] == [["a"], ["c"]] and group_key(point) == ("stage", "s1")


def test_fragmented_pain_near_misses():
    adjacent = journey([node("a", -1), node("c", -2), node("b", 1)], chain("a", "c", "b"))
    assert not points(adjacent, "fragmented_pain")  # one stretch already
    parallel = journey([node("a", 1), node("b", -1), node("c", -1), node("d", 1)],
                       [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")])
    assert not points(parallel, "fragmented_pain")  # nobody goes through both
    other_stage = journey([node("a", -1), node("b", 1), node("c", -2, stage="s2")], chain("a", "b", "c"))
    assert not points(other_stage, "fragmented_pain")


def test_channel_switches_fires_at_three_changes_of_channel():
    lanes = ["web", "phone", "web", "ops", "phone"]
    jmap = journey([node(f"n{i}", lane=lane) for i, lane in enumerate(lanes)], chain(*[f"n{i}" for i in range(5)]))
    [point] = points(jmap, "channel_switches")
    assert point.node_id == "n4" and point.evidence["switches"] == 3
    assert point.evidence["node_ids"] == ["n0", "n1", "n2", "n3", "n4"]
    assert "Web › Phone › Web › Phone" in point.message  # the backstage step is not a channel


def test_channel_switches_near_miss_two_changes_and_the_worst_path_counts():
    lanes = ["web", "phone", "web", "web"]
    two = journey([node(f"n{i}", lane=lane) for i, lane in enumerate(lanes)], chain("n0", "n1", "n2", "n3"))
    assert not points(two, "channel_switches")
    branching = journey([node("a"), node("b", lane="phone"), node("c", lane="store"), node("d"), node("e", lane="phone")],
                        [("a", "d"), ("a", "b"), ("b", "c"), ("c", "d"), ("d", "e")])
    [point] = points(branching, "channel_switches")  # a-b-c-d-e switches 4 times, a-d-e once
    assert point.evidence["switches"] == 4 and point.evidence["node_ids"] == ["a", "b", "c", "d", "e"]


def test_rework_loop_fires_at_the_step_customers_are_sent_back_to():
    jmap = journey([node("a"), node("b"), node("c"), node("d")], [("a", "b"), ("b", "c"), ("c", "b"), ("c", "d")])
    [point] = points(jmap, "rework_loop")
    assert point.node_id == "b" and point.evidence["node_ids"] == ["b", "c"] and point.evidence["stage_id"] == "s1"


def test_rework_loop_near_miss_without_a_cycle():
    assert not points(journey([node("a"), node("b"), node("c"), node("d")],
                              [("a", "b"), ("b", "c"), ("a", "c"), ("c", "d")]), "rework_loop")


def test_omnichannel_gap_on_emotions_across_channels_of_a_stage():
    jmap = journey([node("a", 1), node("b", -1, lane="phone"), node("c", 0, stage="s2")],
                   [("a", "c"), ("b", "c")], )
    [point] = points(jmap, "omnichannel_gap")
    assert point.node_id == "b" and point.evidence["node_ids"] == ["b", "a"] and point.evidence["stage_id"] == "s1"


def test_omnichannel_gap_near_misses():
    one_step = journey([node("a", 0), node("b", -1, lane="phone"), node("c", 0, stage="s2")], [("a", "c"), ("b", "c")])
    assert not points(one_step, "omnichannel_gap")
    same_lane = journey([node("a", 1), node("b", -1), node("c", 0, stage="s2")], [("a", "b"), ("b", "c")])
    assert not points(same_lane, "omnichannel_gap")
    backstage = journey([node("a", 1), node("b", -1, lane="ops"), node("c", 0, stage="s2")], [("a", "b"), ("b", "c")])
    assert not points(backstage, "omnichannel_gap")


def measure(node_id, value, n=100, period="q3"):
    return {"node_id": node_id, "kpi_id": "csat", "period_id": period, "value": value, "sample_size": n}


def test_omnichannel_gap_on_a_shared_kpi_with_its_confidence():
    nodes = [node("a", 1), node("b", 1, lane="phone"), node("c", 1, stage="s2")]
    wide = journey(nodes, [("a", "c"), ("b", "c")], measurements=[measure("a", 92), measure("b", 80)])
    [point] = points(wide, "omnichannel_gap")
    assert point.evidence["kpi_id"] == "csat" and point.node_id == "b" and point.confidence == "significant"
    noisy = journey([dict(n) for n in nodes], [("a", "c"), ("b", "c")],
                    measurements=[measure("a", 92, 12), measure("b", 80, 10)])
    [point] = points(noisy, "omnichannel_gap")
    assert point.confidence == "not_significant" and "within noise" in point.message and point.severity == "low"
    close = journey([dict(n) for n in nodes], [("a", "c"), ("b", "c")], measurements=[measure("a", 92), measure("b", 88)])
    assert not points(close, "omnichannel_gap")


def test_single_point_of_failure_on_a_must_pass_step_without_kpi():
    jmap = journey([node("a", 1), node("b", 1), node("c", 1), node("d", 1)], [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d")])
    assert not points(jmap, "single_point_of_failure")  # two ways through
    must = journey([node("a", 1), node("b", 1), node("c", 1), node("x", 1), node("d", 1)],
                   [("a", "b"), ("a", "c"), ("b", "x"), ("c", "x"), ("x", "d")])
    [point] = points(must, "single_point_of_failure")
    assert point.node_id == "x" and point.evidence["reasons"] == ["no_kpi"]


def test_single_point_of_failure_near_miss_a_healthy_must_pass_step():
    healthy = journey([node("a", 1), node("x", 1), node("d", 1)], chain("a", "x", "d"), measurements=[measure("x", 85)])
    assert not points(healthy, "single_point_of_failure")
    missing = journey([node("a", 1), node("x", 1), node("d", 1)], chain("a", "x", "d"), measurements=[measure("x", 70)])
    assert points(missing, "single_point_of_failure")[0].evidence["reasons"] == ["missed:csat"]
    unhappy = journey([node("a", 1), node("x", -1), node("d", 1)], chain("a", "x", "d"), measurements=[measure("x", 85)])
    assert points(unhappy, "single_point_of_failure")[0].evidence["reasons"] == ["negative_emotion"]


def test_assumed_emotion_on_an_unmeasured_key_moment():
    nodes = [node("a", 1), node("k", -1, kind="key_moment"), node("d", 1)]
    measurements = [measure("k", 85, period="q1"), measure("a", 85, period="q3")]  # the map's latest data: q3
    [point] = points(journey(nodes, chain("a", "k", "d"), measurements=measurements), "assumed_emotion")
    assert point.node_id == "k" and point.evidence["period_ids"] == ["q2", "q3"]  # q1 is too long ago


def test_assumed_emotion_near_misses():
    measured = [node("a", 1), node("k", -1, kind="key_moment"), node("d", 1)]
    assert not points(journey(measured, chain("a", "k", "d"), measurements=[measure("k", 85, period="q2")]),
                      "assumed_emotion")
    surveyed = [node("a", 1), node("k", -1, kind="key_moment"), node("d", 1)]
    surveyed[1]["expected_emotion"]["emotion_source"] = "survey"
    assert not points(journey(surveyed, chain("a", "k", "d")), "assumed_emotion")
    plain = [node("a", 1), node("k", -1), node("d", 1)]
    assert not points(journey(plain, chain("a", "k", "d")), "assumed_emotion")


def test_rules_can_be_switched_off_per_map():
    nodes = [node("a"), node("b"), node("c"), node("d")]
    edges = [("a", "b"), ("b", "c"), ("c", "b"), ("c", "d")]
    assert points(journey([dict(n) for n in nodes], edges), "rework_loop")
    off = journey([dict(n) for n in nodes], edges, rules={"disabled": ["rework_loop", "dead_end"]})
    assert not points(off, "rework_loop")


def test_messages_in_persian_and_arabic():
    for lang, word in (("fa", "کانال"), ("ar", "القناة")):
        lanes = ["web", "phone", "web", "phone"]
        jmap = journey([node(f"n{i}", lane=lane) for i, lane in enumerate(lanes)], chain("n0", "n1", "n2", "n3"),
                       language=lang)
        [point] = points(jmap, "channel_switches")
        assert word in point.message and {"fa": "۳", "ar": "٣"}[lang] in point.message


# Tests that kill mutation survivors (docs/mutation.md).
def test_omnichannel_gap_messages_and_evidence_name_the_stage_the_channels_and_both_readings():
    felt = journey([node("a", 1), node("b", -1, lane="phone"), node("c", 0, stage="s2")], [("a", "c"), ("b", "c")])
    [point] = points(felt, "omnichannel_gap")
    assert point.message == ("In “\u2068Buy\u2069” the channels feel different: emotion -1 in \u2068Phone\u2069 against +1 "
                             "in \u2068Web\u2069; customers expect one consistent experience")
    assert point.evidence == {"node_ids": ["b", "a"], "stage_id": "s1", "scores": [-1, 1]}
    nodes = [node("a", 1), node("b", 1, lane="phone"), node("c", 1, stage="s2")]
    noisy = journey(nodes, [("a", "c"), ("b", "c")], measurements=[measure("a", 92, 12), measure("b", 80, 10)])
    [point] = points(noisy, "omnichannel_gap")
    assert point.message == ("In “\u2068Buy\u2069” \u2068CSAT\u2069 differs between channels: 80% in \u2068Phone\u2069 "
                             "against 92% in \u2068Web\u2069, but with 10 answers this is within noise")
    assert point.evidence == {"node_ids": ["b", "a"], "stage_id": "s1", "kpi_id": "csat", "values": [80.0, 92.0],
                              "threshold": 5.0}
    assert point.as_dict()["interval"] == {"low": -40.64, "high": 16.64, "level": 0.95}


def test_omnichannel_kpi_gap_exactly_at_the_threshold_is_not_flagged():
    nodes = [node("a", 1), node("b", 1, lane="phone"), node("c", 1, stage="s2")]
    edge = journey(nodes, [("a", "c"), ("b", "c")], measurements=[measure("a", 90), measure("b", 85)])
    assert not points(edge, "omnichannel_gap")
    beyond = journey([dict(n) for n in nodes], [("a", "c"), ("b", "c")],
                     measurements=[measure("a", 90), measure("b", 84.9)])
    assert [p.node_id for p in points(beyond, "omnichannel_gap")] == ["b"]
