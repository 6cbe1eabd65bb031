"""Explainable weak-point rules (DESIGN.md section 4).

``analyze(map, period_id=None)`` returns WeakPoint records, each with the rule id, node, severity,
a plain-language message in the map's language and the evidence numbers behind it. KPI flags carry
a ``confidence`` (stats.py: significant / not_significant / unknown without survey counts; a flag
that may be noise is one severity lower and says so) and the value's 95 % ``interval``. The
journey-level rules (journey_rules.py) look at the whole journey. Any rule can be switched off per
map (``rules.disabled``). KPI values,
the journey order and the worst and last moments come from ``journeymap.model.derived`` (the one
source every view uses): KPI rules judge the values measured in the reference period (the chosen
period, else the latest period with data); an older value counts as not measured.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import Callable, Iterator, Optional, Union

from journeymap.model import graph as jgraph
from journeymap.model.messages import render, template
from journeymap.model.derived import Derived, KpiReading, derive
from journeymap.model.journey_rules import JOURNEY_RULES, journey_points
from journeymap.model.metrics import falling_threshold, format_value
from journeymap.model.schema import JourneyMap, KpiDef, Node
from journeymap.model.stopping import STOP_CHECK_EVERY, check_stop
from journeymap.model.stats import NOT_SIGNIFICANT, Interval, change_test, format_interval, kpi_interval, target_confidence

SEVERITIES = ("high", "medium", "low", "info")
RULES = (
    "kpi_below_target", "kpi_falling", "negative_emotion", "emotion_dip", "peak_end_worst",
    "peak_end_last", "expectation_gap", "key_moment_unmeasured", "dead_end", "unreachable",
    "small_sample", *JOURNEY_RULES,
)
KPI_RULES = ("kpi_below_target", "kpi_falling")  # judged with their statistical confidence


@dataclass
class WeakPoint:
    """One flag. ``message`` is written on first read: a big map has thousands of flags and most
    are never shown (the dock and the report show a page at a time)."""

    rule: str
    node_id: str
    severity: str
    wording: Union[str, Callable[[], str]]  # the message, or what writes it
    evidence: dict = field(default_factory=dict)
    decision: Optional[str] = None  # "accepted" / "dismissed" from the map's reviews
    decision_note: str = ""
    confidence: Optional[str] = None  # significant / not_significant / unknown (KPI-based flags)
    interval: Optional[Interval] = None  # 95 % interval of the value (of the gap for omnichannel_gap)

    @property
    def message(self) -> str:
        if callable(self.wording):
            self.wording = self.wording()
        return self.wording

    @message.setter
    def message(self, text: str) -> None:
        self.wording = text

    def as_dict(self) -> dict:
        data = {"rule": self.rule, "node_id": self.node_id, "severity": self.severity,
                "message": self.message, "evidence": self.evidence, "confidence": self.confidence}
        if self.rule in KPI_RULES or self.interval is not None:
            data["interval"] = self.interval.as_dict() if self.interval else None
        if self.decision:
            data["decision"] = self.decision
            data["decision_note"] = self.decision_note
        return data


class _Context:
    """Indexes shared by the rules, built once per analysis (O(nodes + edges + measurements))."""

    def __init__(self, jmap: JourneyMap, period_id: Optional[str], derived: Optional[Derived] = None,
                 stop: Optional[Callable[[], bool]] = None):
        self.stop = stop
        self.map = jmap
        self.lang = jmap.language
        self.derived = derived if derived is not None else derive(jmap, period_id)
        self.period_id = self.derived.reference_period_id
        self.nodes = {n.id: n for n in jmap.nodes}
        self.kpis = {k.id: k for k in jmap.kpis}
        self.period_label = {p.id: p.label for p in jmap.periods}
        self.graph = self.derived.graph

    def each_node(self) -> Iterator[Node]:
        """The map's nodes, checking every few hundred whether the caller wants the analysis stopped."""
        for i, node in enumerate(self.map.nodes):
            if i % STOP_CHECK_EVERY == 0:
                check_stop(self.stop)
            yield node

    def node_readings(self, node_id: str) -> list[KpiReading]:
        """The readings the KPI rules judge: those measured in the reference period itself."""
        return self.derived.current_readings(node_id)

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
        return WeakPoint(rule, node_id, severity, partial(render, rule, self.lang, **fields), evidence)


def too_few_answers(rules, sample_size: Optional[int]) -> bool:
    """Fewer answers than the analysis trusts (the map's ``rules.small_sample``): the small-sample
    flag, and a weak point "resolved" on such a reading (compare.py), use this one test."""
    return sample_size is not None and sample_size < rules.small_sample


def _kpi_fields(ctx: _Context, kpi: KpiDef, m: KpiReading) -> dict:
    return {"kpi": kpi.name, "value": format_value(kpi, m.value), "period": m.period_label,
            "target": format_value(kpi, kpi.target) if kpi.target is not None else "—"}


def _kpi_rules(ctx: _Context) -> Iterator[WeakPoint]:
    rules = ctx.map.rules
    for node in ctx.each_node():
        for m in ctx.node_readings(node.id):
            kpi = m.kpi
            fields = _kpi_fields(ctx, kpi, m)
            evidence = {"kpi_id": kpi.id, "period_id": m.period_id, "value": m.value,
                        "target": kpi.target, "sample_size": m.sample_size}
            if m.meets_target is False:
                point = ctx.point("kpi_below_target", node.id, ctx.weight(node.id, "medium"), evidence, **fields)
                confidence, interval = target_confidence(kpi, m.measurement)
                yield _judged(point, confidence, interval, lambda: render(
                    "within_noise", ctx.lang, n=m.sample_size, interval=format_interval(kpi, interval, ctx.lang)))
            yield from _falling(ctx, node, kpi, m, fields)
            if too_few_answers(ctx.map.rules, m.sample_size):
                ev = {**evidence, "minimum": rules.small_sample}
                yield ctx.point("small_sample", node.id, "info", ev, n=m.sample_size, **fields)


def _falling(ctx: _Context, node: Node, kpi: KpiDef, m: KpiReading, fields: dict) -> Iterator[WeakPoint]:
    if m.improvement is None:
        return
    threshold = falling_threshold(kpi, ctx.map.rules)
    if m.improvement <= -threshold and m.improvement < 0:
        evidence = {"kpi_id": kpi.id, "period_id": m.period_id, "value": m.value,
                    "previous_period_id": m.previous_period_id, "previous_value": m.previous_value,
                    "change": round(m.change, 2), "threshold": threshold}
        previous = ctx.derived.series(node.id, kpi.id)[-2]  # the measurement m.previous_value comes from
        test = change_test(kpi, previous, m.measurement)
        evidence["change_interval"] = test.interval.as_dict() if test.interval else None
        point = ctx.point("kpi_falling", node.id, ctx.weight(node.id, "medium"), evidence,
                          old=format_value(kpi, m.previous_value),
                          old_period=ctx.period_label[m.previous_period_id], **fields)
        yield _judged(point, test.confidence, kpi_interval(kpi, m.measurement),
                      lambda: render("within_noise_change", ctx.lang, n=m.sample_size))


def _judged(point: WeakPoint, confidence: str, interval: Optional[Interval], noise: Callable[[], str]) -> WeakPoint:
    """Attach the statistical confidence; a flag that may be noise is one severity lower and says so
    (``noise()``: the words appended to its message)."""
    point.confidence, point.interval = confidence, interval
    if confidence == NOT_SIGNIFICANT:
        point.severity = lower_severity(point.severity)
        first = point.wording
        point.wording = lambda: (first() if callable(first) else first) + noise()
    return point


def _emotion_rules(ctx: _Context) -> Iterator[WeakPoint]:
    rules = ctx.map.rules
    for node in ctx.each_node():
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
    for node in ctx.each_node():
        score = ctx.score(node.id)
        if score is None or score < threshold:
            continue
        for m in ctx.node_readings(node.id):
            kpi = m.kpi
            if m.meets_target is False:
                evidence = {"score": score, "kpi_id": kpi.id, "period_id": m.period_id,
                            "value": m.value, "target": kpi.target}
                yield ctx.point("expectation_gap", node.id, "high", evidence,
                                feeling=ctx.feeling(node, True), **_kpi_fields(ctx, kpi, m))
                break


def _peak_end(ctx: _Context) -> Iterator[WeakPoint]:
    worst = ctx.derived.worst_moment
    if worst is not None:
        score = ctx.score(worst)
        yield ctx.point("peak_end_worst", worst, "high", {"score": score}, score=score)
    for exit_id in ctx.derived.last_moments:
        score = ctx.score(exit_id)
        if score < 0 and ctx.graph.in_degree(exit_id) > 0:
            yield ctx.point("peak_end_last", exit_id, "high", {"score": score}, score=score)


def _structure_rules(ctx: _Context) -> Iterator[WeakPoint]:
    jmap, graph = ctx.map, ctx.graph
    in_period = template("in_period", ctx.lang).format(period=ctx.period_label[ctx.period_id]) if ctx.period_id else ""
    has_exits = any(n.is_exit for n in jmap.nodes)
    reachable = jgraph.reachable_from(graph, jgraph.entries(jmap, graph)) if jmap.edges else None
    backstage = {lane.id for lane in jmap.lanes if lane.kind == "backstage"}  # customers never "reach" these
    for node in ctx.each_node():
        if node.kind == "key_moment" and not ctx.derived.is_measured(node.id):
            yield ctx.point("key_moment_unmeasured", node.id, "medium", {}, in_period=in_period)
        if has_exits and jmap.edges and graph.out_degree(node.id) == 0 and not node.is_exit:
            yield ctx.point("dead_end", node.id, "medium", {"out_degree": 0})
        if reachable is not None and node.id not in reachable and node.lane_id not in backstage:
            yield ctx.point("unreachable", node.id, "medium", {})


def analyze(jmap: JourneyMap, period_id: Optional[str] = None, derived: Optional[Derived] = None,
            stop: Optional[Callable[[], bool]] = None) -> list[WeakPoint]:
    """All weak points of the map, most severe first, with the map's review decisions attached.

    Pass ``derived`` (built for the same map and period) to share one graph and one set of KPI
    readings with the views that show the same numbers. ``stop`` (asked every few hundred
    nodes and between rules) ends the analysis early with ``stopping.AnalysisStopped``: a worker
    thread analysing a map the user has since changed gives the processor back at once.
    """
    if period_id is not None and period_id not in {p.id for p in jmap.periods}:
        raise KeyError(f"unknown period '{period_id}'")
    ctx = _Context(jmap, period_id, derived, stop)
    found: list[WeakPoint] = []
    for rule_group in (_kpi_rules, _emotion_rules, _expectation_gap, _peak_end, _structure_rules):
        check_stop(stop)
        found.extend(rule_group(ctx))
    found.extend(journey_points(jmap, ctx.derived, stop))
    switched_off = set(jmap.rules.disabled)
    found = [p for p in found if p.rule not in switched_off]
    _attach_decisions(found, jmap.reviews)
    rank = {s: i for i, s in enumerate(SEVERITIES)}
    found.sort(key=lambda p: (p.decision is not None, rank[p.severity], RULES.index(p.rule)))
    return found


def point_key(point: WeakPoint) -> tuple[str, str, Optional[str]]:
    """What identifies one weak point for a decision: rule, node and (KPI rules) the KPI."""
    return (point.rule, point.node_id, point.evidence.get("kpi_id"))


def review_key(review) -> tuple[str, str, Optional[str]]:
    return (review.rule, review.node_id, review.kpi_id)


def _attach_decisions(points: list[WeakPoint], reviews) -> None:
    """Each decision to its own weak point. A decision saved without a KPI (files from before
    decisions named their KPI) still applies to every flag of its rule on its card."""
    exact = {review_key(r): r for r in reviews}
    legacy = {(r.rule, r.node_id): r for r in reviews if r.kpi_id is None}
    for point in points:
        review = exact.get(point_key(point)) or legacy.get((point.rule, point.node_id))
        if review:
            point.decision, point.decision_note = review.decision, review.note


def lower_severity(severity: str) -> str:
    """One step less severe (a flag that may be noise); "info" stays "info"."""
    return SEVERITIES[min(len(SEVERITIES) - 1, SEVERITIES.index(severity) + 1)]


def group_key(point: WeakPoint) -> Optional[tuple[str, str]]:
    """Where a journey-level flag belongs: ("stage", stage_id) or ("path", what) for flags about
    paths through several stages; None for the card-level rules (grouped by severity)."""
    if point.rule not in JOURNEY_RULES:
        return None
    if point.evidence.get("stage_id"):
        return ("stage", point.evidence["stage_id"])
    return ("path", point.evidence.get("path", "journey"))


def open_points(points: list[WeakPoint]) -> list[WeakPoint]:
    """Weak points nobody has accepted or dismissed yet."""
    return [p for p in points if p.decision is None]
