"""Geometry of the emotion curve (pure Python).

Every step with an expected emotion is a point, in journey order along the reading direction
(left to right, or right to left on RTL maps), and x never goes back: a step sits in its stage's
column unless an earlier step of the journey already sits further on, then it joins that column.
Steps sharing a column are spread evenly across it. Labels are placed where they cross neither
the line nor each other.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Optional

from journeymap.model.layout import Grid, Rect
from journeymap.model.schema import JourneyMap

MARGIN_Y = 22.0  # free band above the top score and below the bottom score


@dataclass(frozen=True)
class CurvePoint:
    node_id: str
    x: float
    y: float
    score: int
    on_main_path: bool


def score_y(rect: Rect, score: float, low: int, high: int) -> float:
    """The y of a score in the curve strip (best at the top)."""
    return rect.y + MARGIN_Y + (high - score) / (high - low) * (rect.h - 2 * MARGIN_Y)


def score_at(rect: Rect, y: float, low: int, high: int) -> int:
    """The score nearest to a y in the curve strip (dragging a point)."""
    fraction = (y - rect.y - MARGIN_Y) / max(1.0, rect.h - 2 * MARGIN_Y)
    return max(low, min(high, round(high - fraction * (high - low))))


def curve_points(jmap: JourneyMap, grid: Grid, order: list[str], main_path: list[str]) -> list[CurvePoint]:
    """The curve's points in journey ``order``; x strictly along the reading direction."""
    nodes = {n.id: n for n in jmap.nodes}
    stage_index = {s.id: i for i, s in enumerate(jmap.stages)}
    on_main = set(main_path)
    steps = [nodes[i] for i in order if i in nodes and nodes[i].expected_emotion is not None]
    columns: list[list] = [[] for _ in jmap.stages]
    column = 0
    for node in steps:
        column = max(column, stage_index[node.stage_id])
        columns[column].append(node)
    rect = grid.curve_rect
    low, high = jmap.emotion_scale.min, jmap.emotion_scale.max
    points = []
    for stage, members in zip(jmap.stages, columns):
        cell = grid.stage_rect(stage.id)
        for k, node in enumerate(members):
            fraction = (k + 0.5) / len(members)
            x = cell.right - fraction * cell.w if grid.rtl else cell.x + fraction * cell.w
            score = node.expected_emotion.score
            points.append(CurvePoint(node.id, x, score_y(rect, score, low, high), score, node.id in on_main))
    return points


def _segment_hits_box(a: tuple[float, float], b: tuple[float, float], box: Rect) -> bool:
    """True when segment a-b passes through the box (exact: Liang-Barsky clipping, O(1))."""
    if max(a[0], b[0]) < box.x or min(a[0], b[0]) > box.right or max(a[1], b[1]) < box.y or min(a[1], b[1]) > box.bottom:
        return False
    dx, dy = b[0] - a[0], b[1] - a[1]
    low, high = 0.0, 1.0
    for p, q in ((-dx, a[0] - box.x), (dx, box.right - a[0]), (-dy, a[1] - box.y), (dy, box.bottom - a[1])):
        if p == 0:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            low = max(low, t)
        else:
            high = min(high, t)
        if low > high:
            return False
    return True


def _boxes_overlap(a: Rect, b: Rect) -> bool:
    return a.x < b.right and b.x < a.right and a.y < b.bottom and b.y < a.bottom


class _Obstacles:
    """The curve's segments and dots in vertical strips of ``STRIP`` scene units, so a label box
    is tested only against what lies in its own strips (a 5,000-step curve has 5,000 segments)."""

    STRIP = 200.0

    def __init__(self, points: list[CurvePoint], radius: float):
        self.segments: dict[int, list[tuple[tuple[float, float], tuple[float, float]]]] = defaultdict(list)
        self.dots: dict[int, list[Rect]] = defaultdict(list)
        for a, b in zip(points, points[1:]):
            for strip in self._strips(min(a.x, b.x), max(a.x, b.x)):
                self.segments[strip].append(((a.x, a.y), (b.x, b.y)))
        for p in points:
            dot = Rect(p.x - radius, p.y - radius, 2 * radius, 2 * radius)
            for strip in self._strips(dot.x, dot.right):
                self.dots[strip].append(dot)

    def _strips(self, left: float, right: float) -> range:
        return range(int(left // self.STRIP), int(right // self.STRIP) + 1)

    def crosses_curve(self, box: Rect) -> bool:
        return any(_segment_hits_box(a, b, box) for strip in self._strips(box.x, box.right)
                   for a, b in self.segments.get(strip, ()))

    def covers_dot(self, box: Rect) -> bool:
        return any(_boxes_overlap(box, dot) for strip in self._strips(box.x, box.right)
                   for dot in self.dots.get(strip, ()))


def place_labels(points: list[CurvePoint], wanted: list[tuple[str, str, float, float]], bounds: Rect,
                 radius: float = 10.0) -> dict[str, Rect]:
    """Boxes for labels (key, node id, width, height) next to their points, off the curve's segments
    (all of them, in journey order), off the points and off each other; inside ``bounds`` where possible."""
    where = {p.node_id: p for p in points}
    obstacles = _Obstacles(points, radius)
    placed: dict[str, Rect] = {}
    for key, node_id, w, h in wanted:
        p = where.get(node_id)
        if p is None:
            continue
        best: Optional[Rect] = None
        for box in _label_candidates(p, w, h, radius):
            inside = box.x >= bounds.x and box.right <= bounds.right and box.y >= bounds.y and box.bottom <= bounds.bottom
            free = not obstacles.crosses_curve(box)
            apart = not obstacles.covers_dot(box) and not any(_boxes_overlap(box, other) for other in placed.values())
            if inside and free and apart:
                best = box
                break
            if best is None and free and apart:
                best = box
        placed[key] = best or _label_candidates(p, w, h, radius)[0]
    return placed


def _label_candidates(p: CurvePoint, w: float, h: float, r: float) -> list[Rect]:
    """Above, below, beside, then diagonally, then further out."""
    near = [Rect(p.x - w / 2, p.y - r - 3 - h, w, h), Rect(p.x - w / 2, p.y + r + 3, w, h),
            Rect(p.x + r + 3, p.y - h / 2, w, h), Rect(p.x - r - 3 - w, p.y - h / 2, w, h),
            Rect(p.x + r, p.y - r - h, w, h), Rect(p.x - r - w, p.y - r - h, w, h),
            Rect(p.x + r, p.y + r, w, h), Rect(p.x - r - w, p.y + r, w, h)]
    far = [Rect(box.x + (box.x + w / 2 - p.x) * 0.8, box.y + (box.y + h / 2 - p.y) * 0.8, w, h) for box in near]
    return near + far
