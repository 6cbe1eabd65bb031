"""Explainable weak-point rules (DESIGN.md section 4).

``analyze(map, period_id=None)`` returns WeakPoint records, each with the rule id, node, severity,
a plain-language message in the map's language and the evidence numbers behind it. KPI rules use
the latest period with data for each node and KPI unless a period is chosen. The journey order
(dips, peak-end) comes from the graph, not from positions.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator, Optional

from journeymap.model import graph as jgraph
from journeymap.model.messages import render, template
from journeymap.model.metrics import falling_threshold, format_value, improvement, meets_target
from journeymap.model.schema import JourneyMap, KpiDef, Measurement, Node

SEVERITIES = ("high", "medium", "low", "info")
RULES = (
    "kpi_below_target", "kpi_falling", "negative_emotion", "emotion_dip", "peak_end_worst",
    "peak_end_last", "expectation_gap", "key_moment_unmeasured", "dead_end", "unreachable",
    "small_sample",
)


@dataclass
class WeakPoint:
    rule: str
    node_id: str
    severity: str
    message: str
    evidence: dict = field(default_factory=dict)
    decision: Optional[str] = None  # "accepted" / "dismissed" from the map's reviews
    decision_note: str = ""

    def as_dict(self) -> dict:
        data = {"rule": self.rule, "node_id": self.node_id, "severity": self.severity,
                "message": self.message, "evidence": self.evidence}
        if self.decision:
            data["decision"] = self.decision
            data["decision_note"] = self.decision_note
        return data


class _Context:
    """Indexes shared by the rules, built once per analysis (O(nodes + edges + measurements))."""

    def __init__(self, jmap: JourneyMap, period_id: Optional[str]):
        self.map = jmap
        self.lang = jmap.language
        self.period_id = period_id
        self.nodes = {n.id: n for n in jmap.nodes}
        self.kpis = {k.id: k for k in jmap.kpis}
        self.period_rank = {p.id: i for i, p in enumerate(jmap.periods)}
        self.period_label = {p.id: p.label for p in jmap.periods}
        self.series: dict[tuple[str, str], list[Measurement]] = defaultdict(list)
        for m in jmap.measurements:
            if period_id is None or self.period_rank[m.period_id] <= self.period_rank[period_id]:
                self.series[(m.node_id, m.kpi_id)].append(m)
        for values in self.series.values():
            values.sort(key=lambda m: self.period_rank[m.period_id])
        self.graph = jgraph.build_graph(jmap)

    def current(self, node_id: str, kpi_id: str) -> Optional[Measurement]:
        """The measurement the KPI rules judge: the chosen period's, else the latest one."""
        values = self.series.get((node_id, kpi_id))
        if not values:
            return None
        last = values[-1]
        if self.period_id is not None and last.period_id != self.period_id:
            return None
        return last

    def node_measurements(self, node_id: str) -> Iterator[tuple[KpiDef, Measurement]]:
        for kpi in self.map.kpis:
            m = self.current(node_id, kpi.id)
            if m is not None:
                yield kpi, m

    def score(self, node_id: str) -> Optional[int]:
        emotion = self.nodes[node_id].expected_emotion
        return None if emotion is None else emotion.score

    def feeling(self, node: Node, positive: bool) -> str:
        emotion = node.expected_emotion
        if emotion and emotion.feeling:
            return emotion.feeling
        label = self.map.emotion_scale.labels.get(emotion.score) if emotion else None
        return label or template("good_feeling" if positive else "no_feeling", self.lang)

    def weight(self, node_id: str, base: str) -> str:
        """Key moments are one severity step more important than plain touchpoints."""
        if self.nodes[node_id].kind != "key_moment":
            return base
        return SEVERITIES[max(0, SEVERITIES.index(base) - 1)]

    def point(self, rule: str, node_id: str, severity: str, evidence: dict, **fields) -> WeakPoint:
        return WeakPoint(rule, node_id, severity, render(rule, self.lang, **fields), evidence)


def _kpi_fields(ctx: _Context, kpi: KpiDef, m: Measurement) -> dict:
    return {"kpi": kpi.name, "value": format_value(kpi, m.value), "period": ctx.period_label[m.period_id],
            "target": format_value(kpi, kpi.target) if kpi.target is not None else "—"}


def _kpi_rules(ctx: _Context) -> Iterator[WeakPoint]:
    rules = ctx.map.rules
    for node in ctx.map.nodes:
        for kpi, m in ctx.node_measurements(node.id):
            fields = _kpi_fields(ctx, kpi, m)
            evidence = {"kpi_id": kpi.id, "period_id": m.period_id, "value": m.value,
                        "target": kpi.target, "sample_size": m.sample_size}
            if meets_target(kpi, m.value) is False:
                yield ctx.point("kpi_below_target", node.id, ctx.weight(node.id, "medium"), evidence, **fields)
            yield from _falling(ctx, node, kpi, m, fields)
            if m.sample_size is not None and m.sample_size < rules.small_sample:
                ev = {**evidence, "minimum": rules.small_sample}
                yield ctx.point("small_sample", node.id, "info", ev, n=m.sample_size, **fields)


def _falling(ctx: _Context, node: Node, kpi: KpiDef, m: Measurement, fields: dict) -> Iterator[WeakPoint]:
    values = ctx.series[(node.id, kpi.id)]
    if len(values) < 2:
        return
    previous = values[-2]
    change = improvement(kpi, previous.value, m.value)
    threshold = falling_threshold(kpi, ctx.map.rules)
    if change <= -threshold and change < 0:
        evidence = {"kpi_id": kpi.id, "period_id": m.period_id, "value": m.value,
                    "previous_period_id": previous.period_id, "previous_value": previous.value,
                    "change": round(m.value - previous.value, 2), "threshold": threshold}
        yield ctx.point("kpi_falling", node.id, ctx.weight(node.id, "medium"), evidence,
                        old=format_value(kpi, previous.value),
                        old_period=ctx.period_label[previous.period_id], **fields)


def _emotion_rules(ctx: _Context) -> Iterator[WeakPoint]:
    rules = ctx.map.rules
    for node in ctx.map.nodes:
        score = ctx.score(node.id)
        if score is not None and score <= rules.negative_emotion_at:
            yield ctx.point("negative_emotion", node.id, ctx.weight(node.id, "medium"), {"score": score},
                            feeling=ctx.feeling(node, False), score=score)
    for source, target in ctx.graph.edges:
        before, after = ctx.score(source), ctx.score(target)
        if before is not None and after is not None and before - after >= rules.emotion_dip_steps:
            yield ctx.point("emotion_dip", target, "medium",
                            {"from_node_id": source, "from_score": before, "score": after},
                            drop=before - after, prev=ctx.nodes[source].title)


def _expectation_gap(ctx: _Context) -> Iterator[WeakPoint]:
    threshold = ctx.map.rules.expectation_gap_emotion
    for node in ctx.map.nodes:
        score = ctx.score(node.id)
        if score is None or score < threshold:
            continue
        for kpi, m in ctx.node_measurements(node.id):
            if meets_target(kpi, m.value) is False:
                evidence = {"score": score, "kpi_id": kpi.id, "period_id": m.period_id,
                            "value": m.value, "target": kpi.target}
                yield ctx.point("expectation_gap", node.id, "high", evidence,
                                feeling=ctx.feeling(node, True), **_kpi_fields(ctx, kpi, m))
                break


def _peak_end(ctx: _Context) -> Iterator[WeakPoint]:
    order = jgraph.journey_order(ctx.map, ctx.graph)
    scored = [(ctx.score(n), i, n) for i, n in enumerate(order) if ctx.score(n) is not None]
    if scored:
        worst_score, _, worst = min(scored)
        if worst_score < 0:
            yield ctx.point("peak_end_worst", worst, "high", {"score": worst_score}, score=worst_score)
    for exit_id in jgraph.exits(ctx.map, ctx.graph):
        score = ctx.score(exit_id)
        if score is not None and score < 0 and ctx.graph.in_degree(exit_id) > 0:
            yield ctx.point("peak_end_last", exit_id, "high", {"score": score}, score=score)


def _structure_rules(ctx: _Context) -> Iterator[WeakPoint]:
    jmap, graph = ctx.map, ctx.graph
    measured = {node_id for node_id, kpi_id in ctx.series if ctx.current(node_id, kpi_id)}
    in_period = template("in_period", ctx.lang).format(period=ctx.period_label[ctx.period_id]) if ctx.period_id else ""
    has_exits = any(n.is_exit for n in jmap.nodes)
    reachable = jgraph.reachable_from(graph, jgraph.entries(jmap, graph)) if jmap.edges else None
    backstage = {lane.id for lane in jmap.lanes if lane.kind == "backstage"}  # customers never "reach" these
    for node in jmap.nodes:
        if node.kind == "key_moment" and node.id not in measured:
            yield ctx.point("key_moment_unmeasured", node.id, "medium", {}, in_period=in_period)
        if has_exits and jmap.edges and graph.out_degree(node.id) == 0 and not node.is_exit:
            yield ctx.point("dead_end", node.id, "medium", {"out_degree": 0})
        if reachable is not None and node.id not in reachable and node.lane_id not in backstage:
            yield ctx.point("unreachable", node.id, "medium", {})


def analyze(jmap: JourneyMap, period_id: Optional[str] = None) -> list[WeakPoint]:
    """All weak points of the map, most severe first, with the map's review decisions attached."""
    if period_id is not None and period_id not in {p.id for p in jmap.periods}:
        raise KeyError(f"unknown period '{period_id}'")
    ctx = _Context(jmap, period_id)
    found: list[WeakPoint] = []
    for rule_group in (_kpi_rules, _emotion_rules, _expectation_gap, _peak_end, _structure_rules):
        found.extend(rule_group(ctx))
    decisions = {(r.rule, r.node_id): r for r in jmap.reviews}
    for point in found:
        review = decisions.get((point.rule, point.node_id))
        if review:
            point.decision, point.decision_note = review.decision, review.note
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    found.sort(key=lambda p: (p.decision is not None, rank[p.severity], RULES.index(p.rule)))
    return found


def lower_severity(severity: str) -> str:
    """One step less severe (a flag that may be noise); "info" stays "info"."""
    return SEVERITIES[min(len(SEVERITIES) - 1, SEVERITIES.index(severity) + 1)]


def group_key(point: WeakPoint) -> Optional[tuple[str, str]]:
    """Where a journey-level flag belongs: ("stage", stage_id) or ("path", what) for flags about
    paths through several stages; None for the card-level rules (grouped by severity)."""
    from journeymap.model.journey_rules import JOURNEY_RULES

    if point.rule not in JOURNEY_RULES:
        return None
    if point.evidence.get("stage_id"):
        return ("stage", point.evidence["stage_id"])
    return ("path", point.evidence.get("path", "journey"))


def open_points(points: list[WeakPoint]) -> list[WeakPoint]:
    """Weak points nobody has accepted or dismissed yet."""
    return [p for p in points if p.decision is None]
