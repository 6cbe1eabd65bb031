"""Arrows go through the gutters: no edge path passes under a card other than its own ends."""

import pytest

from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH
from journeymap.model.routing import CardIndex, label_spot, route, route_clear
from journeymap.model.slots import settle
from tests.model.geometry import all_maps, card_rects

MAPS = all_maps()


def index_of(jmap) -> CardIndex:
    index = CardIndex()
    for node_id, box in card_rects(jmap).items():
        index.set(node_id, box)
    return index


def crossings(points, index, source, target) -> list[str]:
    """Cards a path passes under: any card for inner pieces, other cards for the end pieces."""
    hit = []
    pieces = list(zip(points, points[1:]))
    for i, (a, b) in enumerate(pieces):
        ends = (source, target) if i in (0, len(pieces) - 1) else ()
        for key, box in index.boxes.items():
            if key in ends:
                continue
            if index.blocked(a, b, tuple(k for k in index.boxes if k != key), clear=0.0):
                hit.append(key)
    return hit


@pytest.mark.parametrize("name,jmap", MAPS, ids=[name for name, _ in MAPS])
def test_no_edge_passes_under_a_card(name, jmap):
    jmap = settle(jmap)[0]
    index = index_of(jmap)
    for edge in jmap.edges:
        points = route(edge.source, edge.target, index, jmap.is_rtl())
        assert crossings(points, index, edge.source, edge.target) == [], (name, edge.id, points)
        assert all(a[0] == b[0] or a[1] == b[1] for a, b in zip(points, points[1:])), "orthogonal"
        src, dst = index.boxes[edge.source], index.boxes[edge.target]
        assert _on_border(points[0], src) and _on_border(points[-1], dst)


def _on_border(point, box) -> bool:
    x, y = point
    inside = box[0] - 0.01 <= x <= box[2] + 0.01 and box[1] - 0.01 <= y <= box[3] + 0.01
    return inside and min(abs(x - box[0]), abs(x - box[2]), abs(y - box[1]), abs(y - box[3])) < 0.01


def test_a_card_in_the_way_is_routed_around():
    index = CardIndex()
    index.set("a", (0, 0, CARD_WIDTH, CARD_HEIGHT))
    index.set("b", (600, 0, 600 + CARD_WIDTH, CARD_HEIGHT))
    straight = route("a", "b", index)
    assert len(straight) == 2  # nothing between: one straight line
    index.set("wall", (300, -10, 300 + CARD_WIDTH, CARD_HEIGHT + 10))
    around = route("a", "b", index)
    assert crossings(around, index, "a", "b") == [] and len(around) > 2


def test_neighbours_in_one_cell_get_a_straight_arrow_not_a_loop():
    index = CardIndex()
    index.set("a", (12, 40, 12 + CARD_WIDTH, 40 + CARD_HEIGHT))
    index.set("b", (232, 50, 232 + CARD_WIDTH, 50 + CARD_HEIGHT))
    points = route("a", "b", index)
    assert len(points) == 2 and points[0][0] == 12 + CARD_WIDTH and points[1][0] == 232
    rtl = route("b", "a", index, rtl=True)  # right to left: b's leading side faces a
    assert len(rtl) == 2 and rtl[0][0] == 232 and rtl[1][0] == 12 + CARD_WIDTH


def test_label_sits_where_no_card_covers_it():
    index = CardIndex()
    index.set("a", (0, 0, 100, 100))
    index.set("b", (0, 400, 100, 500))
    index.set("c", (20, 200, 220, 300))
    points = [(50, 100), (50, 400)]
    x, y = label_spot(points, (60, 20), index)
    assert not index.near((x - 30, y - 10, x + 30, y + 10))


def test_every_arrow_of_a_big_map_finds_a_clear_route():
    """(Speed is the benchmark's job, benchmarks/run.py; here: correctness on a dense map.)"""
    from benchmarks.synthetic import synthetic_map

    jmap = synthetic_map(2000)
    index = index_of(jmap)
    for edge in jmap.edges[:400]:
        assert route_clear(route(edge.source, edge.target, index), index, (edge.source, edge.target), 0.0)
