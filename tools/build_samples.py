"""Regenerate sample_maps/*.json from the compact specs in tools/sample_specs.py.

    python tools/build_samples.py
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from journeymap.model.io import save_map  # noqa: E402
from journeymap.model.layout import CARD_WIDTH, CELL_PADDING  # noqa: E402
from journeymap.model.schema import JourneyMap  # noqa: E402
from sample_specs import SPECS  # noqa: E402

EMOTION_LABELS = {
    "fa": {-2: "خشمگین", -1: "ناراضی", 0: "خنثی", 1: "راضی", 2: "شاد"},
    "ar": {-2: "غاضب", -1: "مستاء", 0: "محايد", 1: "راضٍ", 2: "سعيد"},
    "en": {-2: "angry", -1: "annoyed", 0: "neutral", 1: "pleased", 2: "delighted"},
}


def _nodes(spec: dict) -> list[dict]:
    per_cell: dict[tuple[str, str], int] = defaultdict(int)
    nodes = []
    for row in spec["nodes"]:
        node_id, kind, title, stage, lane, score, feeling, desired, owner = row[:9]
        flags = row[9] if len(row) > 9 else ""
        index = per_cell[(stage, lane)]
        per_cell[(stage, lane)] += 1
        nodes.append({
            "id": node_id, "kind": kind, "title": title, "stage_id": stage, "lane_id": lane,
            "x": CELL_PADDING + index * (CARD_WIDTH + 2 * CELL_PADDING), "y": 40.0 if index % 2 == 0 else 50.0,
            "expected_emotion": None if score is None else {"score": score, "feeling": feeling, "note": ""},
            "desired_feeling": desired, "owner": owner, "persona_ids": spec.get("node_personas", {}).get(node_id, []),
            "tags": [], "is_entry": "entry" in flags, "is_exit": "exit" in flags,
        })
    return nodes


def _stages(spec: dict) -> list[dict]:
    counts: dict[str, int] = defaultdict(int)
    for row in spec["nodes"]:
        counts[(row[3], row[4])] += 1
    widths = defaultdict(int)
    for (stage, _lane), count in counts.items():
        widths[stage] = max(widths[stage], count)
    return [{"id": sid, "name": name, "width": max(320.0, widths[sid] * (CARD_WIDTH + 2 * CELL_PADDING) + CELL_PADDING)}
            for sid, name in spec["stages"]]


def _counts(kpi: dict, value: float, n: int):
    """Survey counts behind a sample value (schema v2): an NPS split with about 30 % passives, a
    typical spread for a mean; a top-2-box or percent value and its n already are its counts."""
    if kpi["method"] == "nps":
        net = round(value * n / 100)
        passives = round(0.3 * n)
        passives += (n - passives - net) % 2  # promoters and detractors must be whole answers
        promoters = (n - passives + net) // 2
        return {"promoters": promoters, "passives": passives, "detractors": n - passives - promoters}
    if kpi["method"] == "mean":
        return {"sd": round(0.22 * (kpi["scale_max"] - kpi["scale_min"]), 2)}
    return None


def _measurements(spec: dict) -> list[dict]:
    out = []
    periods = [p["id"] for p in spec["periods"]]
    kpis = {k["id"]: k for k in spec["kpis"]}
    for node_id, kpi_id, values, sizes in spec["measurements"]:
        for period_id, value, size in zip(periods, values, sizes):
            if value is not None:
                out.append({"node_id": node_id, "kpi_id": kpi_id, "period_id": period_id, "value": value,
                            "sample_size": size, "source": spec["survey_source"],
                            "counts": _counts(kpis[kpi_id], value, size)})
    return out


def build(spec: dict) -> JourneyMap:
    lang = spec["language"]
    data = {
        "id": spec["id"], "title": spec["title"], "description": spec["description"], "language": lang,
        "direction": "rtl" if lang in ("fa", "ar") else "ltr", "north_star": spec["north_star"],
        "emotion_scale": {"min": -2, "max": 2, "labels": EMOTION_LABELS[lang]},
        "personas": spec["personas"], "stages": _stages(spec),
        "lanes": [{"id": lid, "name": name, "kind": kind, "height": 170.0} for lid, name, kind in spec["lanes"]],
        "nodes": _nodes(spec),
        "edges": [{"id": f"e{i + 1}", "source": s, "target": t, "kind": k, "label": label}
                  for i, (s, t, k, label) in enumerate(spec["edges"])],
        "kpis": spec["kpis"], "periods": spec["periods"], "measurements": _measurements(spec), "reviews": [],
    }
    return JourneyMap.model_validate(data)


def main() -> None:
    for name, spec in SPECS.items():
        path = ROOT / "sample_maps" / f"{name}.json"
        save_map(build(spec), path, keep_backup=False)
        print("wrote", path.relative_to(ROOT))


if __name__ == "__main__":
    main()
