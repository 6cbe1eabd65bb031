"""Small hand-built maps for model tests."""
from __future__ import annotations

from journeymap.model.schema import SCHEMA_VERSION, JourneyMap


def small_map(**overrides) -> dict:
    """A valid 3-node map as a plain dict (entry -> middle -> exit)."""
    data = {
        "id": "m1", "title": "Test journey", "language": "en", "direction": "ltr",
        "stages": [{"id": "s1", "name": "Before"}, {"id": "s2", "name": "During"}],
        "lanes": [{"id": "l1", "name": "Web"}, {"id": "l2", "name": "Phone"}],
        "nodes": [
            {"id": "a", "title": "Ad", "stage_id": "s1", "lane_id": "l1", "is_entry": True,
             "expected_emotion": {"score": 1, "feeling": "curious"}},
            {"id": "b", "title": "Checkout", "kind": "key_moment", "stage_id": "s2", "lane_id": "l1",
             "expected_emotion": {"score": 0}},
            {"id": "c", "title": "Call", "stage_id": "s2", "lane_id": "l2", "is_exit": True,
             "expected_emotion": {"score": 1}},
        ],
        "edges": [{"id": "e1", "source": "a", "target": "b"}, {"id": "e2", "source": "b", "target": "c"}],
        "kpis": [{"id": "csat", "name": "CSAT", "kind": "csat", "scale_min": 1, "scale_max": 5,
                  "method": "top2box", "target": 80}],
        "periods": [{"id": "q1", "label": "2026-Q1"}, {"id": "q2", "label": "2026-Q2"}],
        "measurements": [],
    }
    data.update(overrides)
    return data


def build(**overrides) -> JourneyMap:
    return JourneyMap.model_validate(small_map(**overrides))


def envelope(data: dict) -> dict:
    return {"format": "journeymap", "schema_version": SCHEMA_VERSION, "map": data}
