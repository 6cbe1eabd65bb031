"""Differences between two maps (an older file and a newer one) or two periods of one map.

``diff_maps`` and ``diff_periods`` return plain dicts (JSON-ready, naming node ids):
nodes/edges added, removed and changed (field: [old, new]), KPI deltas with a direction-aware
"improved" verdict, and weak points that are new or resolved.
"""
from __future__ import annotations

from typing import Optional

from journeymap.model.derived import derive
from journeymap.model.metrics import improvement
from journeymap.model.schema import JourneyMap
from journeymap.model.weakpoints import analyze, too_few_answers

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
    """(node, kpi) -> (period id, value), from model/derived like every other view: with a period,
    the values measured in that period; without one, each node's latest value."""
    derived = derive(jmap, period_id)
    values: dict[tuple[str, str], tuple[str, float]] = {}
    for node in jmap.nodes:
        for reading in derived.readings(node.id):
            if period_id is None or reading.is_current:
                values[(node.id, reading.kpi.id)] = (reading.period_id, reading.value)
    return values


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


WEAK_GROUPS = ("appeared", "resolved", "still_open", "not_measured", "node_removed")
GROUP_MARKS = {"appeared": "! appeared", "resolved": "✓ resolved", "still_open": "• still open",
               "not_measured": "? not measured in the later period", "node_removed": "- node removed"}


def _weak_key(point) -> tuple:
    return (point.rule, point.node_id, point.evidence.get("kpi_id"))


def _weak_diff(old_map: JourneyMap, old_points, new_map: JourneyMap, new_points, new_period: Optional[str]) -> dict:
    """Open weak points grouped by what happened to them between the two sides.

    appeared: open later, not before. still_open: open on both sides. resolved: open before, and
    measured again later (KPI rules) or its cause is gone (other rules). not_measured: a KPI flag whose
    node and KPI have no value in the later period, so nothing says it is resolved. node_removed: the
    node no longer exists. ``new`` is kept as another name for ``appeared`` (older readers).
    """
    def keyed(points):
        return {_weak_key(p): p for p in points if p.decision is None}

    old, new = keyed(old_points), keyed(new_points)
    later = derive(new_map, new_period)

    def measured(node_id: str, kpi_id: str) -> bool:
        reading = later.reading(node_id, kpi_id)
        return reading is not None and reading.is_current
    node_ids = {n.id for n in new_map.nodes}
    old_titles = {n.id: n.title for n in old_map.nodes}
    groups: dict[str, list[dict]] = {g: [] for g in WEAK_GROUPS}
    groups["appeared"] = [new[k].as_dict() for k in new if k not in old]
    groups["still_open"] = [new[k].as_dict() for k in new if k in old]
    for key, point in old.items():
        if key in new:
            continue
        _rule, node_id, kpi_id = key
        if node_id not in node_ids:
            groups["node_removed"].append({**point.as_dict(), "node_title": old_titles.get(node_id, node_id)})
        elif kpi_id is not None and not measured(node_id, kpi_id):
            groups["not_measured"].append(point.as_dict())
        else:
            reading = later.reading(node_id, kpi_id) if kpi_id is not None else None
            few = reading is not None and too_few_answers(new_map.rules, reading.sample_size)
            groups["resolved"].append({**point.as_dict(), "few_answers": few})
    titles = {n.id: n.title for n in new_map.nodes}
    for points in groups.values():
        for point in points:
            point["node_title"] = titles.get(point["node_id"], point.get("node_title", point["node_id"]))
    groups["new"] = groups["appeared"]
    return groups


def weak_point_groups(result: dict) -> list[tuple[str, list[dict]]]:
    """(group, points) in display order, empty groups left out: for the compare view and the report."""
    weak = result["weak_points"]
    return [(g, weak.get(g, [])) for g in WEAK_GROUPS if weak.get(g)]


def diff_maps(old: JourneyMap, new: JourneyMap) -> dict:
    """What changed from ``old`` to ``new`` (e.g. last quarter's file and this quarter's)."""
    return {
        "old": {"id": old.id, "title": old.title}, "new": {"id": new.id, "title": new.title},
        "nodes": _items_diff(old.nodes, new.nodes, "title"),
        "edges": _items_diff(old.edges, new.edges, "id"),
        "stages": _items_diff(old.stages, new.stages, "name"),
        "lanes": _items_diff(old.lanes, new.lanes, "name"),
        "kpi_deltas": kpi_deltas(old, latest_values(old), new, latest_values(new)),
        "weak_points": _weak_diff(old, analyze(old, derive(old).reference_period_id), new,
                                  analyze(new, derive(new).reference_period_id), None),
    }


def diff_periods(jmap: JourneyMap, old_period: str, new_period: str) -> dict:
    """KPI changes and weak points that appeared or were resolved between two periods of one map."""
    return {
        "old_period": old_period, "new_period": new_period,
        "kpi_deltas": kpi_deltas(jmap, latest_values(jmap, old_period), jmap, latest_values(jmap, new_period)),
        "weak_points": _weak_diff(jmap, analyze(jmap, old_period), jmap, analyze(jmap, new_period), new_period),
    }


def node_status(result: dict, node_ids) -> dict[str, str]:
    """added / changed / unchanged per node id of the newer map (for the compare view)."""
    added = {n["id"] for n in result["nodes"]["added"]}
    changed = {n["id"] for n in result["nodes"]["changed"]} | {d["node_id"] for d in result["kpi_deltas"] if d["delta"]}
    return {n: "added" if n in added else ("changed" if n in changed else "unchanged") for n in node_ids}


def format_change(kpi, delta: float) -> str:
    """Signed change of a KPI value in its units ("+12", "-5%", "+0.3"), for the compare view and report."""
    if kpi.method == "nps":
        return f"{delta:+.0f}"
    if kpi.method in ("top2box", "percent"):
        return f"{delta:+.0f}%"
    return f"{delta:+.1f}"


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
    for group, points in weak_point_groups(result):
        for p in points:
            lines.append(f"{GROUP_MARKS[group]} {p['node_title']}: {p['message']}")
    if len(lines) == 1:
        lines.append("no differences")
    return "\n".join(lines)


def _short(value) -> str:
    text = str(value)
    return text if len(text) <= 60 else text[:57] + "…"
