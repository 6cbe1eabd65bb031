"""Referential-integrity checks of a JourneyMap, with messages that name the offending ids."""
from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.model.schema import JourneyMap


def _unique_ids(kind: str, ids: Iterable[str]) -> set[str]:
    seen: set[str] = set()
    for item_id in ids:
        if item_id in seen:
            raise ValueError(f"duplicate {kind} id '{item_id}'")
        if not item_id:
            raise ValueError(f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} has an empty id")
        seen.add(item_id)
    return seen


def _require(kind: str, owner: str, ref: str, known: set[str]) -> None:
    if ref not in known:
        raise ValueError(f"{owner} refers to unknown {kind} '{ref}'")


def _check_nodes(jmap: "JourneyMap", stages: set[str], lanes: set[str], personas: set[str]) -> None:
    low, high = jmap.emotion_scale.min, jmap.emotion_scale.max
    for node in jmap.nodes:
        emotion = node.expected_emotion
        if (node.stage_id in stages and node.lane_id in lanes and (emotion is None or low <= emotion.score <= high)
                and all(p in personas for p in node.persona_ids)):
            continue  # the common case: no message strings built
        owner = f"node '{node.id}'"
        _require("stage", owner, node.stage_id, stages)
        _require("lane", owner, node.lane_id, lanes)
        for persona_id in node.persona_ids:
            _require("persona", owner, persona_id, personas)
        raise ValueError(f"{owner} has expected emotion {emotion.score}, outside the scale {low}..{high}")


def _check_measurements(jmap: "JourneyMap", nodes: set[str], periods: set[str]) -> None:
    kpis = {kpi.id: kpi for kpi in jmap.kpis}
    ranges = {kpi.id: kpi.value_range() for kpi in jmap.kpis}
    keys: set[tuple[str, str, str]] = set()
    for index, m in enumerate(jmap.measurements):
        key = (m.node_id, m.kpi_id, m.period_id)
        bounds = ranges.get(m.kpi_id)
        if (m.node_id in nodes and bounds and m.period_id in periods and key not in keys
                and bounds[0] <= m.value <= bounds[1]):
            keys.add(key)
            continue
        owner = f"measurement #{index + 1} ({m.node_id}/{m.kpi_id}/{m.period_id})"
        _require("node", owner, m.node_id, nodes)
        _require("KPI", owner, m.kpi_id, set(kpis))
        _require("period", owner, m.period_id, periods)
        if key in keys:
            raise ValueError(f"{owner} is a duplicate: one value per node, KPI and period")
        raise ValueError(f"{owner} has value {m.value}, outside {bounds[0]:g}..{bounds[1]:g}")


def check_integrity(jmap: "JourneyMap") -> None:
    """Raise ValueError naming the first broken reference or duplicate id."""
    stages = _unique_ids("stage", (s.id for s in jmap.stages))
    lanes = _unique_ids("lane", (lane.id for lane in jmap.lanes))
    personas = _unique_ids("persona", (p.id for p in jmap.personas))
    nodes = _unique_ids("node", (n.id for n in jmap.nodes))
    _unique_ids("edge", (e.id for e in jmap.edges))
    _unique_ids("KPI", (k.id for k in jmap.kpis))
    periods = _unique_ids("period", (p.id for p in jmap.periods))
    _check_nodes(jmap, stages, lanes, personas)
    for edge in jmap.edges:
        if edge.source not in nodes or edge.target not in nodes:
            _require("node", f"edge '{edge.id}'", edge.source, nodes)
            _require("node", f"edge '{edge.id}'", edge.target, nodes)
    _check_measurements(jmap, nodes, periods)
    for review in jmap.reviews:
        _require("node", f"review of '{review.rule}'", review.node_id, nodes)
