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

from collections import defaultdict, deque
from functools import partial
from typing import TYPE_CHECKING, Callable, Iterator, Optional

from journeymap.model import graph as jgraph
from journeymap.model.messages import base_language, localize_digits, render
from journeymap.model.metrics import falling_threshold, format_value, improvement
from journeymap.model.schema import JourneyMap
from journeymap.model.stats import NOT_SIGNIFICANT, change_test
from journeymap.model.stopping import check_stop

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.model.derived import Derived
    from journeymap.model.weakpoints import WeakPoint

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
        self.succ: dict[str, list[str]] = {n.id: [] for n in jmap.nodes}  # the graph's edges as plain lists
        self.pred: dict[str, list[str]] = {n.id: [] for n in jmap.nodes}
        for source, target in dict.fromkeys((e.source, e.target) for e in jmap.edges):
            self.succ[source].append(target)
            self.pred[target].append(source)
        self.entries, self.exits = jgraph.entries(jmap, self.graph), jgraph.exits(jmap, self.graph)
        self._channel = {n.id: n.lane_id if self.lane_kind.get(n.lane_id) == "channel" else None for n in jmap.nodes}
        self._acyclic: Optional[tuple[list[str], set[tuple[str, str]]]] = None
        self.by_stage: dict[str, list[str]] = defaultdict(list)  # step ids per stage, in map order
        for node in jmap.nodes:
            self.by_stage[node.stage_id].append(node.id)

    def acyclic(self) -> tuple[list[str], set[tuple[str, str]]]:
        if self._acyclic is None:
            self._acyclic = _acyclic(self)
        return self._acyclic

    def point(self, rule: str, node_id: str, severity: str, node_ids: list[str], evidence: dict,
              key: Optional[str] = None, **fields) -> "WeakPoint":
        from journeymap.model.weakpoints import WeakPoint  # weakpoints imports this module

        evidence = {"node_ids": list(node_ids), **evidence}
        stages = {self.nodes[n].stage_id for n in node_ids}
        if "stage_id" not in evidence and len(stages) == 1:
            evidence["stage_id"] = stages.pop()  # the dock groups the flag under this stage
        return WeakPoint(rule, node_id, severity, partial(render, key or rule, self.lang, **fields), evidence)

    def channel(self, node_id: str) -> Optional[str]:
        """The step's lane when it is a channel lane (web, phone, store…), else None."""
        return self._channel[node_id]

    def title(self, node_id: str) -> str:
        return self.nodes[node_id].title

    def score_text(self, score: int) -> str:
        """An emotion score as shown in a message: signed, isolated in RTL text, localised digits."""
        text = f"{score:+d}" if score else "0"
        return localize_digits(f"\u2066{text}\u2069" if base_language(self.lang) in ("fa", "ar") else text, self.lang)

    def sequence(self, scores: list[int]) -> str:
        arrow = " ← " if base_language(self.lang) in ("fa", "ar") else " → "
        return arrow.join(self.score_text(s) for s in scores)


def ending_trend(j: _Journey) -> Iterator["WeakPoint"]:
    """The last ``ending_trend_steps`` emotions of the main path fall step by step into the exit."""
    path = j.d.main_path
    if not path or path[-1] not in j.exits or j.d.emotion(path[-1]) is None:
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
    left, groups = set(members), []
    for start in members:
        if start not in left:
            continue
        left.discard(start)
        group, queue = [start], deque([start])
        while queue:
            node = queue.popleft()
            for nxt in (*j.succ[node], *j.pred[node]):
                if nxt in left:
                    left.discard(nxt)
                    group.append(nxt)
                    queue.append(nxt)
        groups.append(sorted(group, key=j.rank.__getitem__))
    return sorted(groups, key=lambda g: j.rank[g[0]])


def fragmented_pain(j: _Journey) -> Iterator["WeakPoint"]:
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
        if len(stretches) < 2:
            continue
        linked = _linked(j, set(j.by_stage[stage.id]), stretches)
        if len(linked) >= 2:
            node_ids = [n for s in linked for n in s]
            yield j.point("fragmented_pain", linked[0][0], "low", node_ids,
                          {"stage_id": stage.id, "stretches": linked}, count=len(linked), stage=stage_names[stage.id])


def _linked(j: _Journey, stage: set[str], stretches: list[list[str]]) -> list[list[str]]:
    """The stretches from which a customer can walk (inside the stage) into another one, or that
    another one leads into: a forward and a backward search per stretch, each stopping at the
    first other stretch it meets."""
    owner = {n: i for i, stretch in enumerate(stretches) for n in stretch}
    linked: set[int] = set()
    for i, stretch in enumerate(stretches):
        for adjacency in (j.succ, j.pred):
            other = _first_other(adjacency, stage, stretch, owner, i)
            if other is not None:
                linked |= {i, other}
    return [stretch for i, stretch in enumerate(stretches) if i in linked]


def _first_other(adjacency: dict, stage: set[str], start: list[str], owner: dict, own: int) -> Optional[int]:
    seen, queue = set(start), deque(start)
    while queue:
        for nxt in adjacency[queue.popleft()]:
            if nxt in seen or nxt not in stage:
                continue
            if owner.get(nxt, own) != own:
                return owner[nxt]
            seen.add(nxt)
            queue.append(nxt)
    return None


def _acyclic(j: _Journey) -> tuple[list[str], set[tuple[str, str]]]:
    """(a topological order of the journey without its loops, the loop-closing "back" edges),
    by depth-first search from the entries, then from any node not reached."""
    order: list[str] = []
    back: set[tuple[str, str]] = set()
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    starts = j.entries + j.d.journey_order
    for start in starts:
        if start in state:
            continue
        state[start] = 1
        stack = [(start, iter(sorted(j.succ[start], key=j.rank.__getitem__)))]
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
                stack.append((nxt, iter(sorted(j.succ[nxt], key=j.rank.__getitem__))))
    return order[::-1], back


State = tuple[int, Optional[tuple[str, Optional[str]]]]  # (switches, previous (step, last channel))


def _most_switches(j: _Journey) -> dict[str, dict[Optional[str], State]]:
    """Per step and last channel lane: the most channel switches on a loop-free path from an entry,
    with the previous step and lane to rebuild that path (dynamic programming over the topological
    order of the journey without its loops)."""
    order, back = j.acyclic()
    best: dict[str, dict[Optional[str], State]] = defaultdict(dict)
    for entry in j.entries:
        best[entry][j.channel(entry)] = (0, None)
    for node in order:
        here = best.get(node)
        if not here:
            continue
        for nxt in j.succ[node]:
            if (node, nxt) in back:
                continue
            lane, there = j.channel(nxt), best[nxt]
            for last, (switches, _previous) in here.items():
                count = switches + (lane is not None and last is not None and lane != last)
                key = lane or last
                if key not in there or there[key][0] < count:
                    there[key] = (count, (node, last))
    return best


def channel_switches(j: _Journey) -> Iterator["WeakPoint"]:
    """A path from an entry to an exit changes channel lane ``channel_switches`` times or more."""
    if not j.map.edges:
        return
    best = _most_switches(j)
    for exit_id in j.exits:
        if not best.get(exit_id):
            continue
        count, previous = max(best[exit_id].values(), key=lambda state: state[0])
        if count < j.rules.channel_switches:
            continue
        path = [exit_id]
        while previous is not None:
            path.append(previous[0])
            previous = best[previous[0]][previous[1]][1]
        path.reverse()
        lanes = [lane for lane in (j.channel(n) for n in path) if lane]
        names = [j.lane_name[lane] for i, lane in enumerate(lanes) if i == 0 or lane != lanes[i - 1]]
        yield j.point("channel_switches", exit_id, "medium", path, {"switches": count, "path": "entry_to_exit"},
                      count=count, entry=j.title(path[0]), exit=j.title(exit_id), lanes=" › ".join(names))


def rework_loop(j: _Journey) -> Iterator["WeakPoint"]:
    """A cycle: the customer is sent back to an earlier step (one flag per loop, at its earliest step)."""
    import networkx as nx

    if not j.acyclic()[1]:  # no edge closes a loop: nothing to look for
        return
    for component in nx.strongly_connected_components(j.graph.to_networkx()):  # only maps with loops
        if len(component) < 2 and not any(j.graph.has_edge(n, n) for n in component):
            continue
        members = sorted(component, key=j.rank.__getitem__)
        stages = {j.nodes[n].stage_id for n in members}
        evidence = {"stage_id": next(iter(stages))} if len(stages) == 1 else {}
        yield j.point("rework_loop", members[0], "medium", members, evidence,
                      title=j.title(members[0]), count=len(members))


def omnichannel_gap(j: _Journey) -> Iterator["WeakPoint"]:
    """In one stage, channels differ by ``omnichannel_gap_emotion`` or more in expected emotion, or a
    KPI measured in several channels differs by more than its falling threshold."""
    stage_names = {s.id: s.name for s in j.map.stages}
    for stage in j.map.stages:
        steps = [n for n in j.by_stage[stage.id] if j.channel(n)]
        scored = [(j.d.emotion(n), n) for n in steps if j.d.emotion(n) is not None]
        pair = _widest_pair(j, scored, lambda score: score)
        flagged: set[str] = set()  # one flag per step: an emotion gap first, else a KPI gap
        if pair and pair[1][0] - pair[0][0] >= j.rules.omnichannel_gap_emotion:
            (low, low_id), (high, high_id) = pair
            flagged.add(low_id)
            yield j.point("omnichannel_gap", low_id, "medium", [low_id, high_id],
                          {"stage_id": stage.id, "scores": [low, high]}, stage=stage_names[stage.id],
                          low=j.score_text(low), high=j.score_text(high),
                          low_lane=j.lane_name[j.nodes[low_id].lane_id], high_lane=j.lane_name[j.nodes[high_id].lane_id])
        yield from _kpi_gaps(j, stage.id, stage_names[stage.id], steps, flagged)


def _widest_pair(j: _Journey, items: list[tuple[float, str]], goodness) -> Optional[tuple]:
    """The (worse, better) items of two different channel lanes that differ most in ``goodness``
    (the worst and the best item of each lane are the only candidates: O(items + lanes²))."""
    worst: dict[str, tuple] = {}
    best: dict[str, tuple] = {}
    for item in items:
        lane = j.channel(item[1])
        if lane not in worst or goodness(item[0]) < goodness(worst[lane][0]):
            worst[lane] = item
        if lane not in best or goodness(item[0]) > goodness(best[lane][0]):
            best[lane] = item
    found, widest = None, 0.0
    for low_lane, low in worst.items():
        for high_lane, high in best.items():
            gap = goodness(high[0]) - goodness(low[0])
            if low_lane != high_lane and gap > widest:
                found, widest = (low, high), gap
    return found


def _kpi_gaps(j: _Journey, stage_id: str, stage_name: str, steps: list[str], flagged: set[str]) -> Iterator["WeakPoint"]:
    for kpi in j.map.kpis:
        readings = [r for r in (j.d.reading(n, kpi.id) for n in steps) if r is not None and r.is_current]
        pair = _widest_pair(j, [(r.value, r.node_id) for r in readings], lambda value: improvement(kpi, 0, value))
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
            from journeymap.model.weakpoints import lower_severity

            point.severity = lower_severity(point.severity)
            n = min(worse.measurement.sample_size or 0, better.measurement.sample_size or 0)
            point.message += render("within_noise_change", j.lang, n=n)
        yield point


def must_pass_steps(j: _Journey) -> list[str]:
    """Steps on every path from an entry to an exit (the single-node cuts between them), entries
    and exits excluded. In a topological order of the journey without its loops, a step that lies
    on some entry-to-exit path is on all of them exactly when no edge between such steps jumps over
    it; virtual edges from before the first step to each entry, and from each exit to after the
    last step, stand for "the journey may start / end here". O(nodes + edges)."""
    if not j.entries or not j.exits:
        return []
    order, _back = j.acyclic()
    relevant = _walk(j.succ, j.entries) & _walk(j.pred, j.exits)
    position = {n: i for i, n in enumerate(order)}
    cover = [0] * (len(order) + 2)  # cover[p + 1]: edges jumping over position p

    def jump(low: int, high: int) -> None:  # an edge from position low to position high
        if high - low > 1:
            cover[low + 2] += 1
            cover[high + 1] -= 1

    for node in relevant:
        for nxt in j.succ[node]:
            if nxt in relevant:
                jump(position[node], position[nxt])
    for entry in (e for e in j.entries if e in relevant):
        jump(-1, position[entry])
    for end in (e for e in j.exits if e in relevant):
        jump(position[end], len(order))
    running, must = 0, []
    for p, node in enumerate(order):
        running += cover[p + 1]
        if running == 0 and node in relevant and node not in j.entries and node not in j.exits:
            must.append(node)
    return sorted(must, key=j.rank.__getitem__)


def _walk(adjacency: dict, starts: list[str]) -> set[str]:
    """Every step reached from ``starts`` along ``adjacency`` (successors, or predecessors to walk back)."""
    seen, queue = set(starts), deque(starts)
    while queue:
        for nxt in adjacency[queue.popleft()]:
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def single_point_of_failure(j: _Journey) -> Iterator["WeakPoint"]:
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


def assumed_emotion(j: _Journey) -> Iterator["WeakPoint"]:
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


def journey_points(jmap: JourneyMap, derived: "Derived", stop: Optional[Callable[[], bool]] = None) -> list["WeakPoint"]:
    """The journey-level weak points of the map, except the rules switched off in ``map.rules.disabled``
    (``stop`` is asked before each rule; see ``weakpoints.analyze``)."""
    check_stop(stop)
    j = _Journey(jmap, derived)
    off = set(jmap.rules.disabled)
    found: list["WeakPoint"] = []
    for rule, check in CHECKS.items():
        check_stop(stop)
        if rule not in off:
            found.extend(check(j))
    return found

