"""Journey-level weak points: the shape of the whole journey, not one card at a time.

From research on service journeys: the end and the trend shape memory (Chase & Dasu 2001:
"finish strong", "combine the pain"); effort grows with every channel switch and every loop back
(Dixon, Freeman & Toman); touchpoints of one stage should feel alike across channels (Rawson,
Duncan & Jones; the omnichannel consistency of the domain texts). Every flag names the steps it
concerns in ``evidence["node_ids"]`` (and ``evidence["stage_id"]`` for a stage), so that the
weak-points dock can group it and the canvas can highlight the steps.

All numbers come from ``Derived`` (journey order, main path, emotions, current KPI readings).
"""
from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Iterator, Optional

from journeymap.model import graph as jgraph
from journeymap.model.messages import base_language, localize_digits, render
from journeymap.model.metrics import falling_threshold, format_value, improvement
from journeymap.model.schema import JourneyMap
from journeymap.model.stats import NOT_SIGNIFICANT, change_test
from journeymap.model.weakpoints import WeakPoint, lower_severity

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.model.derived import Derived

JOURNEY_RULES = ("ending_trend", "fragmented_pain", "channel_switches", "rework_loop", "omnichannel_gap",
                 "single_point_of_failure", "assumed_emotion")


class _Journey:
    """What the journey rules share: the map, its derived numbers and the language."""

    def __init__(self, jmap: JourneyMap, derived: "Derived"):
        self.map, self.d, self.rules = jmap, derived, jmap.rules
        self.lang = jmap.language
        self.graph = derived.graph
        self.nodes = {n.id: n for n in jmap.nodes}
        self.rank = {node_id: i for i, node_id in enumerate(derived.journey_order)}
        self.lane_kind = {lane.id: lane.kind for lane in jmap.lanes}
        self.lane_name = {lane.id: lane.name for lane in jmap.lanes}

    def point(self, rule: str, node_id: str, severity: str, node_ids: list[str], evidence: dict,
              key: Optional[str] = None, **fields) -> WeakPoint:
        evidence = {"node_ids": list(node_ids), **evidence}
        stages = {self.nodes[n].stage_id for n in node_ids}
        if "stage_id" not in evidence and len(stages) == 1:
            evidence["stage_id"] = stages.pop()  # the dock groups the flag under this stage
        return WeakPoint(rule, node_id, severity, render(key or rule, self.lang, **fields), evidence)

    def channel(self, node_id: str) -> Optional[str]:
        lane = self.nodes[node_id].lane_id
        return lane if self.lane_kind.get(lane) == "channel" else None

    def title(self, node_id: str) -> str:
        return self.nodes[node_id].title

    def score_text(self, score: int) -> str:
        """An emotion score as shown in a message: signed, isolated in RTL text, localised digits."""
        text = f"{score:+d}" if score else "0"
        return localize_digits(f"\u2066{text}\u2069" if base_language(self.lang) in ("fa", "ar") else text, self.lang)

    def sequence(self, scores: list[int]) -> str:
        arrow = " ← " if base_language(self.lang) in ("fa", "ar") else " → "
        return arrow.join(self.score_text(s) for s in scores)


def ending_trend(j: _Journey) -> Iterator[WeakPoint]:
    """The last ``ending_trend_steps`` emotions of the main path fall step by step into the exit."""
    path = j.d.main_path
    if not path or path[-1] not in jgraph.exits(j.map, j.graph) or j.d.emotion(path[-1]) is None:
        return
    scored = [(n, j.d.emotion(n)) for n in path if j.d.emotion(n) is not None]
    window = scored[-j.rules.ending_trend_steps:]
    scores = [s for _, s in window]
    if len(window) < j.rules.ending_trend_steps or scores[-1] >= scores[0]:
        return
    if all(later <= earlier for earlier, later in zip(scores, scores[1:])):
        node_ids = [n for n, _ in window]
        yield j.point("ending_trend", path[-1], "medium", node_ids, {"scores": scores, "path": "main"},
                      steps=len(window), scores=j.sequence(scores))


def _stretches(j: _Journey, members: list[str]) -> list[list[str]]:
    """Negative steps of one stage split into stretches: groups of steps joined by edges."""
    sub = j.graph.subgraph(members).to_undirected(as_view=True)
    import networkx as nx

    groups = [sorted(c, key=j.rank.__getitem__) for c in nx.connected_components(sub)]
    return sorted(groups, key=lambda g: j.rank[g[0]])


def fragmented_pain(j: _Journey) -> Iterator[WeakPoint]:
    """Two or more separate negative stretches in one stage that a customer goes through in turn."""
    negative_at = j.rules.negative_emotion_at
    by_stage: dict[str, list[str]] = defaultdict(list)
    for node in j.map.nodes:
        score = j.d.emotion(node.id)
        if score is not None and score <= negative_at:
            by_stage[node.stage_id].append(node.id)
    stage_names = {s.id: s.name for s in j.map.stages}
    for stage in j.map.stages:
        stretches = _stretches(j, by_stage.get(stage.id, []))
        in_stage = j.graph.subgraph([n.id for n in j.map.nodes if n.stage_id == stage.id])
        linked = [s for s in stretches if any(_reaches(in_stage, s, other) for other in stretches if other is not s)
                  or any(_reaches(in_stage, other, s) for other in stretches if other is not s)]
        if len(linked) >= 2:
            node_ids = [n for s in linked for n in s]
            yield j.point("fragmented_pain", linked[0][0], "low", node_ids,
                          {"stage_id": stage.id, "stretches": linked}, count=len(linked), stage=stage_names[stage.id])


def _reaches(graph, sources: list[str], targets: list[str]) -> bool:
    seen = jgraph.reachable_from(graph, sources)
    return any(t in seen for t in targets)


def _acyclic(j: _Journey) -> tuple[list[str], set[tuple[str, str]]]:
    """(a topological order of the journey without its loops, the loop-closing "back" edges),
    by depth-first search from the entries, then from any node not reached."""
    order: list[str] = []
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    starts = jgraph.entries(j.map, j.graph) + sorted(j.graph.nodes, key=j.rank.__getitem__)
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(sorted(j.graph.successors(start), key=j.rank.__getitem__)))]
        while stack:
            node, successors = stack[-1]
            nxt = next(successors, None)
            if nxt is None:
                stack.pop()
                state[node] = 2
                order.append(node)
            elif state.get(nxt) == 1:
                back.add((node, nxt))
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(sorted(j.graph.successors(nxt), key=j.rank.__getitem__))))
    return order[::-1], back


def _most_switches(j: _Journey) -> dict[tuple[str, Optional[str]], tuple[int, Optional[tuple]]]:
    """Per (step, last channel lane): the most channel switches on a loop-free path from an entry,
    with the previous state to rebuild that path (dynamic programming over the topological order)."""
    order, back = _acyclic(j)
    best: dict[tuple[str, Optional[str]], tuple[int, Optional[tuple]]] = {}
    for entry in jgraph.entries(j.map, j.graph):
        best[(entry, j.channel(entry))] = (0, None)
    states: dict[str, list[tuple[str, Optional[str]]]] = defaultdict(list)
    for state in best:
        states[state[0]].append(state)
    for node in order:
        for state in states[node]:
            switches = best[state][0]
            for nxt in j.graph.successors(node):
                if (node, nxt) in back:
                    continue
                lane = j.channel(nxt)
                new = (nxt, lane or state[1])
                count = switches + (1 if lane and state[1] and lane != state[1] else 0)
                if new not in best:
                    states[nxt].append(new)
                if new not in best or best[new][0] < count:
                    best[new] = (count, state)
    return best


def channel_switches(j: _Journey) -> Iterator[WeakPoint]:
    """A path from an entry to an exit changes channel lane ``channel_switches`` times or more."""
    if not j.map.edges:
        return
    best = _most_switches(j)
    for exit_id in jgraph.exits(j.map, j.graph):
        ends = [(count, state) for state, (count, _) in best.items() if state[0] == exit_id]
        if not ends:
            continue
        count, state = max(ends, key=lambda e: e[0])
        if count < j.rules.channel_switches:
            continue
        path = []
        while state is not None:
            path.append(state[0])
            state = best[state][1]
        path.reverse()
        lanes = [lane for lane in (j.channel(n) for n in path) if lane]
        names = [j.lane_name[lane] for i, lane in enumerate(lanes) if i == 0 or lane != lanes[i - 1]]
        yield j.point("channel_switches", exit_id, "medium", path, {"switches": count, "path": "entry_to_exit"},
                      count=count, entry=j.title(path[0]), exit=j.title(exit_id), lanes=" › ".join(names))


def rework_loop(j: _Journey) -> Iterator[WeakPoint]:
    """A cycle: the customer is sent back to an earlier step (one flag per loop, at its earliest step)."""
    import networkx as nx

    for component in nx.strongly_connected_components(j.graph):
        if len(component) < 2 and not any(j.graph.has_edge(n, n) for n in component):
            continue
        members = sorted(component, key=j.rank.__getitem__)
        stages = {j.nodes[n].stage_id for n in members}
        evidence = {"stage_id": next(iter(stages))} if len(stages) == 1 else {}
        yield j.point("rework_loop", members[0], "medium", members, evidence,
                      title=j.title(members[0]), count=len(members))


def omnichannel_gap(j: _Journey) -> Iterator[WeakPoint]:
    """In one stage, channels differ by ``omnichannel_gap_emotion`` or more in expected emotion, or a
    KPI measured in several channels differs by more than its falling threshold."""
    stage_names = {s.id: s.name for s in j.map.stages}
    for stage in j.map.stages:
        steps = [n.id for n in j.map.nodes if n.stage_id == stage.id and j.channel(n.id)]
        scored = [(j.d.emotion(n), n) for n in steps if j.d.emotion(n) is not None]
        pair = _widest_pair(j, scored, lambda low, high: high - low)
        flagged: set[str] = set()  # one flag per step: an emotion gap first, else a KPI gap
        if pair and pair[1][0] - pair[0][0] >= j.rules.omnichannel_gap_emotion:
            (low, low_id), (high, high_id) = pair
            flagged.add(low_id)
            yield j.point("omnichannel_gap", low_id, "medium", [low_id, high_id],
                          {"stage_id": stage.id, "scores": [low, high]}, stage=stage_names[stage.id],
                          low=j.score_text(low), high=j.score_text(high),
                          low_lane=j.lane_name[j.nodes[low_id].lane_id], high_lane=j.lane_name[j.nodes[high_id].lane_id])
        yield from _kpi_gaps(j, stage.id, stage_names[stage.id], steps, flagged)


def _widest_pair(j: _Journey, items: list[tuple[float, str]], gap) -> Optional[tuple]:
    """The (worse, better) items of different channel lanes with the widest ``gap(worse, better)``."""
    found, widest = None, 0.0
    for low in items:
        for high in items:
            if j.channel(low[1]) != j.channel(high[1]) and gap(low[0], high[0]) > widest:
                found, widest = (low, high), gap(low[0], high[0])
    return found


def _kpi_gaps(j: _Journey, stage_id: str, stage_name: str, steps: list[str], flagged: set[str]) -> Iterator[WeakPoint]:
    for kpi in j.map.kpis:
        readings = [r for r in (j.d.reading(n, kpi.id) for n in steps) if r is not None and r.is_current]
        pair = _widest_pair(j, [(r.value, r.node_id) for r in readings], lambda a, b: improvement(kpi, a, b))
        threshold = falling_threshold(kpi, j.rules)
        if not pair or improvement(kpi, pair[0][0], pair[1][0]) <= threshold:
            continue
        by_node = {r.node_id: r for r in readings}
        worse, better = by_node[pair[0][1]], by_node[pair[1][1]]
        if worse.node_id in flagged:
            continue
        flagged.add(worse.node_id)
        test = change_test(kpi, better.measurement, worse.measurement)
        point = j.point("omnichannel_gap", worse.node_id, "medium", [worse.node_id, better.node_id],
                        {"stage_id": stage_id, "kpi_id": kpi.id, "values": [worse.value, better.value],
                         "threshold": threshold}, key="omnichannel_gap_kpi", stage=stage_name, kpi=kpi.name,
                        low=format_value(kpi, worse.value), high=format_value(kpi, better.value),
                        low_lane=j.lane_name[j.nodes[worse.node_id].lane_id],
                        high_lane=j.lane_name[j.nodes[better.node_id].lane_id])
        point.confidence = test.confidence
        point.interval = test.interval
        if test.confidence == NOT_SIGNIFICANT:
            point.severity = lower_severity(point.severity)
            n = min(worse.measurement.sample_size or 0, better.measurement.sample_size or 0)
            point.message += render("within_noise_change", j.lang, n=n)
        yield point


def must_pass_steps(j: _Journey) -> list[str]:
    """Steps on every path from an entry to an exit (the single-node cuts between them), found as
    the dominators of a virtual sink behind all exits, seen from a virtual source before all entries."""
    import networkx as nx

    starts, ends = jgraph.entries(j.map, j.graph), jgraph.exits(j.map, j.graph)
    if not starts or not ends:
        return []
    source, sink = object(), object()
    flow = nx.DiGraph(j.graph)
    flow.add_edges_from((source, s) for s in starts)
    flow.add_edges_from((e, sink) for e in ends)
    dominators = nx.immediate_dominators(flow, source)
    if sink not in dominators:
        return []
    chain, step = [], dominators[sink]
    while step is not source:
        chain.append(step)
        step = dominators[step]
    ends_and_starts = set(starts) | set(ends)
    return sorted((n for n in chain if n not in ends_and_starts), key=j.rank.__getitem__)


def single_point_of_failure(j: _Journey) -> Iterator[WeakPoint]:
    """A must-pass step that is expected to feel negative, misses a KPI target or has no KPI."""
    for node_id in must_pass_steps(j):
        reasons, keys = [], []
        score = j.d.emotion(node_id)
        if score is not None and score <= j.rules.negative_emotion_at:
            reasons.append(render("spof_negative", j.lang, score=j.score_text(score)))
            keys.append("negative_emotion")
        current = [r for r in j.d.readings(node_id) if r.is_current]
        for reading in current:
            if reading.meets_target is False:
                reasons.append(render("spof_missed", j.lang, kpi=reading.kpi.name))
                keys.append(f"missed:{reading.kpi.id}")
        if not current:
            reasons.append(render("spof_unmeasured", j.lang))
            keys.append("no_kpi")
        if reasons:
            severity = "low" if keys == ["no_kpi"] else "medium"  # unmeasured, not known to be failing
            yield j.point("single_point_of_failure", node_id, severity, [node_id], {"reasons": keys},
                          reasons=render("list_separator", j.lang).join(reasons))


def assumed_emotion(j: _Journey) -> Iterator[WeakPoint]:
    """A key moment whose expected emotion is a workshop guess with no measurement in the recent periods."""
    periods = [p.id for p in j.map.periods]
    reference = j.d.reference_period_id
    end = periods.index(reference) + 1 if reference in periods else len(periods)
    recent = periods[max(0, end - j.rules.assumed_emotion_periods):end]
    measured = {(m.node_id, m.period_id) for m in j.map.measurements}
    labels = {p.id: p.label for p in j.map.periods}
    for node in j.map.nodes:
        emotion = node.expected_emotion
        if node.kind != "key_moment" or emotion is None or emotion.emotion_source != "assumed":
            continue
        if any((node.id, p) in measured for p in recent):
            continue
        label = emotion.feeling or j.map.emotion_scale.labels.get(emotion.score, "")
        yield j.point("assumed_emotion", node.id, "low", [node.id], {"period_ids": recent},
                      feeling=label, score=j.score_text(emotion.score),
                      periods=render("list_separator", j.lang).join(labels[p] for p in recent) or "—")


CHECKS = {"ending_trend": ending_trend, "fragmented_pain": fragmented_pain, "channel_switches": channel_switches,
          "rework_loop": rework_loop, "omnichannel_gap": omnichannel_gap,
          "single_point_of_failure": single_point_of_failure, "assumed_emotion": assumed_emotion}


def journey_points(jmap: JourneyMap, derived: "Derived") -> list[WeakPoint]:
    """The journey-level weak points of the map, except the rules switched off in ``map.rules.disabled``."""
    j = _Journey(jmap, derived)
    off = set(jmap.rules.disabled)
    return [point for rule, check in CHECKS.items() if rule not in off for point in check(j)]
