"""Orthogonal arrow routing through the gutters between cards (pure Python).

A route is a polyline of scene points from the source card's side to the target card's side that
passes under no card other than its two ends and keeps ``CLEAR`` from every card. Cheap shapes are
tried first (straight, one jog in a free gutter); otherwise a shortest path with few bends is
searched on the lines along the card borders (an orthogonal visibility grid), in a growing region.
Cards live in a bucketed ``CardIndex`` so a route looks only at the cards near it, and a moved
card updates only its own buckets.
"""
from __future__ import annotations

import heapq
from typing import Iterable, Optional

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
Point = tuple[float, float]

CLEAR = 8.0  # distance kept from every card
TIGHT = 1.0  # the distance accepted when no simple route keeps CLEAR
STUB = 10.0  # straight piece leaving and entering a card
BEND = 40.0  # cost of a bend, in scene units of length
BUCKET = 256.0
REGIONS = (160.0, 480.0)  # search margins around the two cards before the whole map
MAX_SEARCH_CARDS = 400  # above this many cards in a region the search is skipped (rare: long jumps)


class CardIndex:
    """Card boxes by key in coarse buckets: which cards a segment or region touches."""

    def __init__(self):
        self.boxes: dict[str, Box] = {}
        self._buckets: dict[tuple[int, int], set[str]] = {}

    def _cells(self, box: Box) -> Iterable[tuple[int, int]]:
        for bx in range(int(box[0] // BUCKET), int(box[2] // BUCKET) + 1):
            for by in range(int(box[1] // BUCKET), int(box[3] // BUCKET) + 1):
                yield bx, by

    def set(self, key: str, box: Box) -> None:  # noqa: A003 - the index's own verb
        if key in self.boxes:
            self.remove(key)
        self.boxes[key] = box
        buckets = self._buckets
        for bx in range(int(box[0] // BUCKET), int(box[2] // BUCKET) + 1):
            for by in range(int(box[1] // BUCKET), int(box[3] // BUCKET) + 1):
                bucket = buckets.get((bx, by))
                if bucket is None:
                    buckets[(bx, by)] = {key}
                else:
                    bucket.add(key)

    def remove(self, key: str) -> None:
        box = self.boxes.pop(key, None)
        if box is not None:
            for cell in self._cells(box):
                self._buckets.get(cell, set()).discard(key)

    def near(self, region: Box) -> set[str]:
        keys: set[str] = set()
        for cell in self._cells(region):
            keys |= self._buckets.get(cell, set())
        return {k for k in keys if _overlap(self.boxes[k], region)}

    def blocked(self, a: Point, b: Point, ignore: tuple = (), clear: float = CLEAR) -> bool:
        """True when the axis-parallel segment a-b comes closer than ``clear`` to a card not in ``ignore``."""
        x0, x1 = (a[0], b[0]) if a[0] <= b[0] else (b[0], a[0])
        y0, y1 = (a[1], b[1]) if a[1] <= b[1] else (b[1], a[1])
        x0, y0, x1, y1 = x0 - clear, y0 - clear, x1 + clear, y1 + clear
        buckets, boxes = self._buckets, self.boxes
        rows = range(int(y0 // BUCKET), int(y1 // BUCKET) + 1)
        for bx in range(int(x0 // BUCKET), int(x1 // BUCKET) + 1):  # inlined: ~40,000 calls per map
            for by in rows:
                for key in buckets.get((bx, by), ()):
                    box = boxes[key]
                    if box[0] < x1 and x0 < box[2] and box[1] < y1 and y0 < box[3] and key not in ignore:
                        return True
        return False

    def bounds(self) -> Box:
        boxes = self.boxes.values()
        return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def _overlap(a: Box, b: Box) -> bool:
    """Open boxes intersect (touching borders do not count)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def route_crosses(points: list[Point], box: Box) -> bool:
    """True when a piece of the route passes over ``box`` (say, a card that has just arrived)."""
    for (ax, ay), (bx, by) in zip(points, points[1:]):
        if _overlap((min(ax, bx), min(ay, by), max(ax, bx), max(ay, by)), box):
            return True
    return False


def path_clear(points: list[Point], index: CardIndex, ignore: tuple, clear: float = CLEAR) -> bool:
    return not any(index.blocked(a, b, ignore, clear) for a, b in zip(points, points[1:]))


def route(source: str, target: str, index: CardIndex, rtl: bool = False) -> list[Point]:
    """The polyline of the arrow from card ``source`` to card ``target`` (both in ``index``)."""
    src, dst = index.boxes[source], index.boxes[target]
    ends = (source, target)
    for clear in (CLEAR, TIGHT):  # narrow gutters: hug the cards rather than search the whole map
        for candidate in _simple_routes(src, dst, rtl):
            if route_clear(candidate, index, ends, clear):
                return _tidy(candidate)
    start, end, first, last = _ports(src, dst, rtl)
    return _tidy([start] + _search(first, last, src, dst, index) + [end])


def route_clear(points: list[Point], index: CardIndex, ends: tuple, clear: float = CLEAR) -> bool:
    """The first and last pieces may touch their own cards; every other piece keeps clear of all."""
    if len(points) == 2:
        return not index.blocked(points[0], points[1], ends, clear)
    return (not index.blocked(points[0], points[1], ends, clear) and not index.blocked(points[-2], points[-1], ends, clear)
            and path_clear(points[1:-1], index, (), clear))


def _ports(src: Box, dst: Box, rtl: bool) -> tuple[Point, Point, Point, Point]:
    """Start and end on the card sides facing each other, and the stub points just outside them."""
    forward = -1.0 if rtl else 1.0
    s_trail = src[0] if rtl else src[2]
    d_lead = dst[2] if rtl else dst[0]
    sy, ty = (src[1] + src[3]) / 2, (dst[1] + dst[3]) / 2
    if (d_lead - s_trail) * forward >= 2 * STUB:
        return ((s_trail, sy), (d_lead, ty), (s_trail + forward * STUB, sy), (d_lead - forward * STUB, ty))
    sx, tx = (src[0] + src[2]) / 2, (dst[0] + dst[2]) / 2
    if dst[1] >= src[1]:  # below (or level and behind): leave downwards, arrive from above
        return ((sx, src[3]), (tx, dst[1]), (sx, src[3] + STUB), (tx, dst[1] - STUB))
    return ((sx, src[1]), (tx, dst[3]), (sx, src[1] - STUB), (tx, dst[3] + STUB))


def _simple_routes(src: Box, dst: Box, rtl: bool) -> Iterable[list[Point]]:
    """Straight or one-jog routes, best first (generated lazily: most arrows take the first)."""
    start, end, first, last = _ports(src, dst, rtl)
    if start[1] == first[1]:  # horizontal ports
        low, high = max(src[1], dst[1]) + 12, min(src[3], dst[3]) - 12
        if low <= high:  # the cards share a band: one straight line through its middle
            y = (low + high) / 2
            yield [(start[0], y), (end[0], y)]
        mid = (first[0] + last[0]) / 2
        for x in (mid, first[0], last[0]):
            yield [start, (x, start[1]), (x, end[1]), end]
        for y in (dst[1] - STUB, dst[3] + STUB, src[1] - STUB, src[3] + STUB):  # along a row gutter
            yield [start, first, (first[0], y), (last[0], y), last, end]
    else:  # vertical ports
        low, high = max(src[0], dst[0]) + 12, min(src[2], dst[2]) - 12
        if low <= high:
            x = (low + high) / 2
            yield [(x, start[1]), (x, end[1])]
        mid = (first[1] + last[1]) / 2
        for y in (mid, first[1], last[1]):
            yield [start, (start[0], y), (end[0], y), end]
        for x in (dst[0] - STUB, dst[2] + STUB, src[0] - STUB, src[2] + STUB):  # along a column gutter
            yield [start, first, (x, first[1]), (x, last[1]), last, end]


def _search(first: Point, last: Point, src: Box, dst: Box, index: CardIndex) -> list[Point]:
    """Fewest-bends shortest path between two stub points on the grid of card-border lines."""
    around = (min(src[0], dst[0]), min(src[1], dst[1]), max(src[2], dst[2]), max(src[3], dst[3]))
    for margin in REGIONS + (None,):
        if margin is None:
            whole = index.bounds()
            region = (whole[0] - 40, whole[1] - 40, whole[2] + 40, whole[3] + 40)
        else:
            region = (around[0] - margin, around[1] - margin, around[2] + margin, around[3] + margin)
        if len(index.near(region)) > MAX_SEARCH_CARDS:
            break  # too costly to search here: take the plain jog below
        found = _search_in(first, last, region, index)
        if found is not None:
            return found
    if first[0] < src[0] or first[0] > src[2]:  # left sideways: jog at the middle x
        mid = (first[0] + last[0]) / 2
        return [first, (mid, first[1]), (mid, last[1]), last]
    mid = (first[1] + last[1]) / 2
    return [first, (first[0], mid), (last[0], mid), last]


def _search_in(first: Point, last: Point, region: Box, index: CardIndex) -> Optional[list[Point]]:
    boxes = [index.boxes[k] for k in index.near(region)]
    grown = [(b[0] - CLEAR, b[1] - CLEAR, b[2] + CLEAR, b[3] + CLEAR) for b in boxes]
    xs = sorted({first[0], last[0], region[0], region[2]} | {v for g in grown for v in (g[0], g[2])
                                                             if region[0] <= v <= region[2]})
    ys = sorted({first[1], last[1], region[1], region[3]} | {v for g in grown for v in (g[1], g[3])
                                                             if region[1] <= v <= region[3]})

    def free(x: float, y: float) -> bool:
        return not any(g[0] < x < g[2] and g[1] < y < g[3] for g in grown)

    xi, yi = {x: i for i, x in enumerate(xs)}, {y: i for i, y in enumerate(ys)}
    start, goal = (xi[first[0]], yi[first[1]]), (xi[last[0]], yi[last[1]])
    queue = [(0.0, 0.0, start, -1)]
    best: dict[tuple, float] = {(start, -1): 0.0}
    came: dict[tuple, tuple] = {}
    while queue:
        _, cost, cell, heading = heapq.heappop(queue)
        if cell == goal:
            return _unwind(came, (cell, heading), xs, ys)
        if cost > best.get((cell, heading), float("inf")):
            continue
        for direction, (dx, dy) in enumerate(((1, 0), (-1, 0), (0, 1), (0, -1))):
            nxt = (cell[0] + dx, cell[1] + dy)
            if not (0 <= nxt[0] < len(xs) and 0 <= nxt[1] < len(ys)):
                continue
            mx, my = (xs[cell[0]] + xs[nxt[0]]) / 2, (ys[cell[1]] + ys[nxt[1]]) / 2
            if not free(mx, my) or not free(xs[nxt[0]], ys[nxt[1]]):
                continue
            step = abs(xs[nxt[0]] - xs[cell[0]]) + abs(ys[nxt[1]] - ys[cell[1]])
            new_cost = cost + step + (BEND if heading not in (-1, direction) else 0.0)
            key = (nxt, direction)
            if new_cost < best.get(key, float("inf")):
                best[key] = new_cost
                came[key] = (cell, heading)
                guess = abs(xs[nxt[0]] - xs[goal[0]]) + abs(ys[nxt[1]] - ys[goal[1]])
                heapq.heappush(queue, (new_cost + guess, new_cost, nxt, direction))
    return None


def _unwind(came: dict, key: tuple, xs: list, ys: list) -> list[Point]:
    points = []
    while True:
        cell, _ = key
        points.append((xs[cell[0]], ys[cell[1]]))
        if key not in came:
            break
        key = came[key]
    return points[::-1]


def _tidy(points: list[Point]) -> list[Point]:
    """Drop repeated points and the middle points of straight runs."""
    out: list[Point] = []
    for p in points:
        if out and abs(out[-1][0] - p[0]) < 1e-6 and abs(out[-1][1] - p[1]) < 1e-6:
            continue
        if len(out) >= 2 and _collinear(out[-2], out[-1], p):
            out[-1] = p
            continue
        out.append(p)
    return out


def _collinear(a: Point, b: Point, c: Point) -> bool:
    return (abs(a[0] - b[0]) < 1e-6 and abs(b[0] - c[0]) < 1e-6) or (abs(a[1] - b[1]) < 1e-6 and abs(b[1] - c[1]) < 1e-6)


def label_spot(points: list[Point], size: tuple[float, float], index: CardIndex) -> Point:
    """Centre for an edge label of ``size``: on (or right beside) a piece of the route where the
    label covers no card; longer pieces and their middles first. If no such place exists, the
    place covering the least card area."""
    w, h = size
    pieces = sorted(zip(points, points[1:]), key=lambda ab: -(abs(ab[0][0] - ab[1][0]) + abs(ab[0][1] - ab[1][1])))
    best, best_cover = None, float("inf")
    for a, b in pieces:
        vertical = abs(a[0] - b[0]) < 1e-6
        shifts = ((0.0, 0.0), (w / 2 + 3, 0.0), (-w / 2 - 3, 0.0)) if vertical else ((0.0, 0.0), (0.0, h / 2 + 3), (0.0, -h / 2 - 3))
        for t in (0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9):
            for dx, dy in shifts:
                cx, cy = a[0] + (b[0] - a[0]) * t + dx, a[1] + (b[1] - a[1]) * t + dy
                box = (cx - w / 2 - 2, cy - h / 2 - 2, cx + w / 2 + 2, cy + h / 2 + 2)
                cover = sum(_area(box, index.boxes[k]) for k in index.near(box))
                if cover == 0:
                    return cx, cy
                if cover < best_cover:
                    best, best_cover = (cx, cy), cover
    return best if best is not None else points[0]


def _area(a: Box, b: Box) -> float:
    return max(0.0, min(a[2], b[2]) - max(a[0], b[0])) * max(0.0, min(a[3], b[3]) - max(a[1], b[1]))

def plain_route(source: Box, target: Box, rtl: bool = False) -> list[Point]:
    """A straight line between the two cards' ports, not checked against other cards: a cheap
    placeholder on big maps until ``route`` runs after the first paint."""
    start, end, _, _ = _ports(source, target, rtl)
    return [start, end]
