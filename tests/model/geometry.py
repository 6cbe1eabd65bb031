"""Shared helpers for the geometry tests: the maps to check and card-overlap checks (pure Python)."""
from __future__ import annotations

from itertools import combinations

from benchmarks.synthetic import synthetic_map
from journeymap.model.io import load_map
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, Grid
from journeymap.templates import LANGS, TEMPLATES, from_template
from tests.conftest import SAMPLES


def all_maps() -> list[tuple[str, object]]:
    """Every sample, every template in every language, and a generated 300-node map."""
    maps = [(path.stem, load_map(path)) for path in SAMPLES]
    maps += [(f"template-{key}-{lang}", from_template(key, lang)) for key in TEMPLATES for lang in LANGS]
    maps.append(("synthetic-300", synthetic_map(300)))
    return maps


def card_rects(jmap) -> dict[str, tuple[float, float, float, float]]:
    grid = Grid(jmap)
    rects = {}
    for node in jmap.nodes:
        x, y = grid.node_scene_pos(node)
        rects[node.id] = (x, y, x + CARD_WIDTH, y + CARD_HEIGHT)
    return rects


def intersecting_pairs(jmap) -> list[tuple[str, str]]:
    rects = card_rects(jmap)
    return [(a, b) for (a, ra), (b, rb) in combinations(rects.items(), 2)
            if ra[0] < rb[2] and rb[0] < ra[2] and ra[1] < rb[3] and rb[1] < ra[3]]


def outside_cell(jmap) -> list[str]:
    grid = Grid(jmap)
    bad = []
    for node in jmap.nodes:
        cell = grid.cell_rect(node.stage_id, node.lane_id)
        x, y = grid.node_scene_pos(node)
        if x < cell.x - 1e-6 or y < cell.y - 1e-6 or x + CARD_WIDTH > cell.right + 1e-6 or y + CARD_HEIGHT > cell.bottom + 1e-6:
            bad.append(node.id)
    return bad
