"""Differences between two maps (an older file and a newer one) or two periods of one map.

``diff_maps`` and ``diff_periods`` return plain dicts (JSON-ready, naming node ids):
nodes/edges added, removed and changed (field: [old, new]), KPI deltas with a direction-aware
"improved" verdict, and weak points that are new or resolved.
"""
from __future__ import annotations

from typing import Optional

from journeymap.model.metrics import improvement
from journeymap.model.schema import JourneyMap
from journeymap.model.weakpoints import analyze

NODE_FIELDS_IGNORED = ("id",)


def _items_diff(old_items, new_items, label_attr: str) -> dict:
    old = {i.id: i for i in old_items}
    new = {i.id: i for i in new_items}
    changed = []
    for item_id in old.keys() & new.keys():
        a, b = old[item_id].model_dump(mode="json"), new[item_id].model_dump(mode="json")
        fields = {k: [a[k], b[k]] for k in a if k not in NODE_FIELDS_IGNORED and a[k] != b[k]}
        if fields:
            changed.append({"id": item_id, "label": getattr(new[item_id], label_attr), "fields": fields})
    return {
        "added": [{"id": i, "label": getattr(new[i], label_attr)} for i in new if i not in old],
        "removed": [{"id": i, "label": getattr(old[i], label_attr)} for i in old if i not in new],
        "changed": sorted(changed, key=lambda c: c["id"]),
    }


def _edge_label(edge) -> str:
    return f"{edge.source} → {edge.target}"


def latest_values(jmap: JourneyMap, period_id: Optional[str] = None) -> dict[tuple[str, str], tuple[str, float]]:
    """(node, kpi) -> (period id, value): the chosen period's value, or the latest one with data."""
    rank = {p.id: i for i, p in enumerate(jmap.periods)}
    best: dict[tuple[str, str], tuple[int, str, float]] = {}
    for m in jmap.measurements:
        if period_id is not None and m.period_id != period_id:
            continue
        key = (m.node_id, m.kpi_id)
        if key not in best or rank[m.period_id] > best[key][0]:
            best[key] = (rank[m.period_id], m.period_id, m.value)
    return {k: (v[1], v[2]) for k, v in best.items()}


def kpi_deltas(old_map: JourneyMap, old_values: dict, new_map: JourneyMap, new_values: dict) -> list[dict]:
    kpis = {k.id: k for k in new_map.kpis}
    titles = {n.id: n.title for n in new_map.nodes}
    old_periods = {p.id: p.label for p in old_map.periods}
    new_periods = {p.id: p.label for p in new_map.periods}
    deltas = []
    for key in sorted(old_values.keys() & new_values.keys()):
        node_id, kpi_id = key
        if node_id not in titles or kpi_id not in kpis:
            continue
        (old_period, old_value), (new_period, new_value) = old_values[key], new_values[key]
        if old_value == new_value and old_period == new_period:
            continue
        change = improvement(kpis[kpi_id], old_value, new_value)
        deltas.append({"node_id": node_id, "node": titles[node_id], "kpi_id": kpi_id, "kpi": kpis[kpi_id].name,
                       "old_period": old_periods.get(old_period, old_period), "old": old_value,
                       "new_period": new_periods.get(new_period, new_period), "new": new_value,
                       "delta": round(new_value - old_value, 2),
                       "verdict": "improved" if change > 0 else ("worse" if change < 0 else "same")})
    return deltas


def _weak_diff(old_points, new_points) -> dict:
    def keyed(points):
        return {(p.rule, p.node_id, p.evidence.get("kpi_id")): p for p in points if p.decision is None}

    old, new = keyed(old_points), keyed(new_points)
    return {"new": [new[k].as_dict() for k in new if k not in old],
            "resolved": [old[k].as_dict() for k in old if k not in new]}


def diff_maps(old: JourneyMap, new: JourneyMap) -> dict:
    """What changed from ``old`` to ``new`` (e.g. last quarter's file and this quarter's)."""
    return {
        "old": {"id": old.id, "title": old.title}, "new": {"id": new.id, "title": new.title},
        "nodes": _items_diff(old.nodes, new.nodes, "title"),
        "edges": _items_diff(old.edges, new.edges, "id"),
        "stages": _items_diff(old.stages, new.stages, "name"),
        "lanes": _items_diff(old.lanes, new.lanes, "name"),
        "kpi_deltas": kpi_deltas(old, latest_values(old), new, latest_values(new)),
        "weak_points": _weak_diff(analyze(old), analyze(new)),
    }


def diff_periods(jmap: JourneyMap, old_period: str, new_period: str) -> dict:
    """KPI changes and weak points that appeared or were resolved between two periods of one map."""
    return {
        "old_period": old_period, "new_period": new_period,
        "kpi_deltas": kpi_deltas(jmap, latest_values(jmap, old_period), jmap, latest_values(jmap, new_period)),
        "weak_points": _weak_diff(analyze(jmap, old_period), analyze(jmap, new_period)),
    }


def node_status(result: dict, node_ids) -> dict[str, str]:
    """added / changed / unchanged per node id of the newer map (for the compare view)."""
    added = {n["id"] for n in result["nodes"]["added"]}
    changed = {n["id"] for n in result["nodes"]["changed"]} | {d["node_id"] for d in result["kpi_deltas"] if d["delta"]}
    return {n: "added" if n in added else ("changed" if n in changed else "unchanged") for n in node_ids}


def format_diff(result: dict) -> str:
    """Readable plain-text report of diff_maps."""
    lines = [f"{result['old']['title']}  →  {result['new']['title']}"]
    for kind in ("stages", "lanes", "nodes", "edges"):
        part = result[kind]
        for entry in part["added"]:
            lines.append(f"+ {kind[:-1]} {entry['id']}: {entry['label']}")
        for entry in part["removed"]:
            lines.append(f"- {kind[:-1]} {entry['id']}: {entry['label']}")
        for entry in part["changed"]:
            changes = ", ".join(f"{k}: {_short(v[0])} → {_short(v[1])}" for k, v in entry["fields"].items())
            lines.append(f"~ {kind[:-1]} {entry['id']} ({entry['label']}): {changes}")
    for d in result["kpi_deltas"]:
        lines.append(f"  KPI {d['kpi']} at {d['node']} ({d['node_id']}): {d['old']:g} ({d['old_period']}) → "
                     f"{d['new']:g} ({d['new_period']}), {d['delta']:+g}, {d['verdict']}")
    for p in result["weak_points"]["new"]:
        lines.append(f"! new weak point {p['rule']} at {p['node_id']}: {p['message']}")
    for p in result["weak_points"]["resolved"]:
        lines.append(f"✓ resolved {p['rule']} at {p['node_id']}")
    if len(lines) == 1:
        lines.append("no differences")
    return "\n".join(lines)


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
