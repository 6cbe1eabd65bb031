"""Synthetic maps in the real file format for benchmarks and scale tests.

Realistic titles (English and Persian), 2 edges per node, 3 KPIs, 2 periods of measurements.
"""
from __future__ import annotations

import random

from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, CELL_PADDING
from journeymap.model.schema import JourneyMap

LANES = ["Web", "App", "Social", "Phone", "Store", "Backstage"]
TITLES = ["Search the site", "جستجو در سایت", "Checkout", "پرداخت و تسویه حساب", "Delivery", "تحویل مرسوله",
          "Support call", "تماس با پشتیبانی", "Survey", "نظرسنجی پس از خرید", "Instagram ad", "دیدن تبلیغ در اینستاگرام"]
ROWS = 20  # cards stacked in a cell: keeps big maps roughly as tall as wide


def synthetic_dict(n: int, seed: int = 7) -> dict:
    rng = random.Random(seed)
    COLUMNS = 2 if n <= 500 else (4 if n <= 5000 else 8)
    rows = min(ROWS, max(1, -(-n // (len(LANES) * COLUMNS * 3))))
    per_stage = len(LANES) * COLUMNS * rows
    stage_count = max(3, -(-n // per_stage))
    stages = [{"id": f"s{i}", "name": f"Stage {i + 1}", "width": COLUMNS * (CARD_WIDTH + 2 * CELL_PADDING) + CELL_PADDING}
              for i in range(stage_count)]
    lanes = [{"id": f"l{i}", "name": name, "kind": "backstage" if name == "Backstage" else "channel",
              "height": rows * (CARD_HEIGHT + 20) + 40} for i, name in enumerate(LANES)]
    nodes = []
    for i in range(n):
        slot = i % per_stage
        lane, cell_slot = divmod(slot, COLUMNS * rows)
        row, col = divmod(cell_slot, COLUMNS)
        nodes.append({"id": f"n{i}", "kind": "key_moment" if i % 9 == 0 else "touchpoint",
                      "title": f"{TITLES[i % len(TITLES)]} {i}", "stage_id": f"s{i // per_stage}", "lane_id": f"l{lane}",
                      "x": CELL_PADDING + col * (CARD_WIDTH + 2 * CELL_PADDING), "y": 20 + row * (CARD_HEIGHT + 20),
                      "expected_emotion": {"score": rng.randint(-2, 2), "feeling": "", "note": ""},
                      "is_entry": i == 0, "is_exit": i == n - 1})
    edges = []
    for i in range(n - 1):
        edges.append({"id": f"e{i}a", "source": f"n{i}", "target": f"n{i + 1}", "kind": "flow"})
        target = min(n - 1, i + rng.randint(2, 12))  # a nearby alternative, as in real journeys
        if target != i + 1 and target != i:
            edges.append({"id": f"e{i}b", "source": f"n{i}", "target": f"n{target}", "kind": "alternative"})
    kpis = [{"id": "nps", "name": "NPS", "kind": "nps", "scale_min": 0, "scale_max": 10, "method": "nps", "target": 30},
            {"id": "csat", "name": "CSAT", "kind": "csat", "scale_min": 1, "scale_max": 5, "method": "top2box", "target": 80},
            {"id": "ces", "name": "CES", "kind": "ces", "scale_min": 1, "scale_max": 5, "method": "mean", "target": 2,
             "direction": "lower_better"}]
    periods = [{"id": "q1", "label": "2026-Q1"}, {"id": "q2", "label": "2026-Q2"}]
    measurements = []
    for i in range(0, n, 3):
        for period in ("q1", "q2"):
            measurements.append({"node_id": f"n{i}", "kpi_id": "csat", "period_id": period,
                                 "value": float(rng.randint(40, 100)), "sample_size": rng.randint(10, 400)})
    return {"id": f"synthetic-{n}", "title": f"Synthetic journey ({n} nodes)", "language": "en",
            "stages": stages, "lanes": lanes, "nodes": nodes, "edges": edges, "kpis": kpis, "periods": periods,
            "measurements": measurements}


def synthetic_map(n: int, seed: int = 7) -> JourneyMap:
    return JourneyMap.model_validate(synthetic_dict(n, seed))
