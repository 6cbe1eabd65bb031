"""Pure geometry of the stage x lane grid.

A node's ``x``/``y`` in the file are offsets of its card's top-left corner from its cell's
reading-start corner (top-left in LTR maps, top-right in RTL maps). So a node follows its cell
when a stage is resized or reordered, and an RTL map is the mirror image of the LTR one.
Scene coordinates place the first stage at the left (LTR) or at the right (RTL).
"""
from __future__ import annotations

from dataclasses import dataclass

from journeymap.model.schema import JourneyMap, Node

HEADER_HEIGHT = 56.0  # stage headers along the top
LANE_HEADER_WIDTH = 150.0  # lane headers at the reading start (left in LTR, right in RTL)
CURVE_HEIGHT = 150.0  # the emotion-curve strip below the lanes
CARD_WIDTH = 196.0
CARD_HEIGHT = 112.0
SNAP = 10.0
CELL_PADDING = 12.0


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.x + self.w and self.y <= py < self.y + self.h

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h


class Grid:
    """Stage columns and lane rows of one map, in scene coordinates."""

    def __init__(self, jmap: JourneyMap):
        self.rtl = jmap.is_rtl()
        self.stage_ids = [s.id for s in jmap.stages]
        self.lane_ids = [lane.id for lane in jmap.lanes]
        self.body_width = sum(s.width for s in jmap.stages)
        self.lanes_height = sum(lane.height for lane in jmap.lanes)
        self._stage_x: dict[str, tuple[float, float]] = {}
        self._lane_y: dict[str, tuple[float, float]] = {}
        x = 0.0
        for stage in jmap.stages:
            left = self.body_left + (self.body_width - x - stage.width if self.rtl else x)
            self._stage_x[stage.id] = (left, stage.width)
            x += stage.width
        y = HEADER_HEIGHT
        for lane in jmap.lanes:
            self._lane_y[lane.id] = (y, lane.height)
            y += lane.height

    @property
    def body_left(self) -> float:
        return 0.0 if self.rtl else LANE_HEADER_WIDTH

    @property
    def total_width(self) -> float:
        return self.body_width + LANE_HEADER_WIDTH

    @property
    def curve_rect(self) -> Rect:
        return Rect(self.body_left, HEADER_HEIGHT + self.lanes_height, self.body_width, CURVE_HEIGHT)

    @property
    def total_height(self) -> float:
        return HEADER_HEIGHT + self.lanes_height + CURVE_HEIGHT

    def stage_rect(self, stage_id: str) -> Rect:
        left, width = self._stage_x[stage_id]
        return Rect(left, 0.0, width, HEADER_HEIGHT)

    def lane_rect(self, lane_id: str) -> Rect:
        top, height = self._lane_y[lane_id]
        left = self.body_width if self.rtl else 0.0
        return Rect(left, top, LANE_HEADER_WIDTH, height)

    def cell_rect(self, stage_id: str, lane_id: str) -> Rect:
        left, width = self._stage_x[stage_id]
        top, height = self._lane_y[lane_id]
        return Rect(left, top, width, height)

    def cell_at(self, px: float, py: float) -> tuple[str, str] | None:
        """(stage_id, lane_id) of the cell under a scene point, or None outside the grid."""
        stage = next((s for s, (l, w) in self._stage_x.items() if l <= px < l + w), None)
        lane = next((i for i, (t, h) in self._lane_y.items() if t <= py < t + h), None)
        return (stage, lane) if stage and lane else None

    def nearest_cell(self, px: float, py: float) -> tuple[str, str] | None:
        """Like cell_at, but clamps a point outside the grid to the nearest cell."""
        if not self.stage_ids or not self.lane_ids:
            return None
        left = min(max(px, self.body_left), self.body_left + self.body_width - 1)
        top = min(max(py, HEADER_HEIGHT), HEADER_HEIGHT + self.lanes_height - 1)
        return self.cell_at(left, top)

    def node_scene_pos(self, node: Node) -> tuple[float, float]:
        """Scene position of a node card's top-left corner."""
        return self.offset_to_scene(node.stage_id, node.lane_id, node.x, node.y)

    def offset_to_scene(self, stage_id: str, lane_id: str, x: float, y: float) -> tuple[float, float]:
        cell = self.cell_rect(stage_id, lane_id)
        sx = cell.right - x - CARD_WIDTH if self.rtl else cell.x + x
        return (sx, cell.y + y)

    def scene_to_offset(self, stage_id: str, lane_id: str, sx: float, sy: float) -> tuple[float, float]:
        """Inverse of offset_to_scene (for the card's top-left at ``sx, sy``)."""
        cell = self.cell_rect(stage_id, lane_id)
        x = cell.right - sx - CARD_WIDTH if self.rtl else sx - cell.x
        return (x, sy - cell.y)

    def place_card(self, sx: float, sy: float) -> tuple[str, str, float, float] | None:
        """Where a card dropped with its top-left at (sx, sy) lands: its cell and snapped offset.

        The cell is the one under the card's centre; the offset is snapped to the grid step and
        clamped so that the card stays inside the cell.
        """
        cell_ids = self.nearest_cell(sx + CARD_WIDTH / 2, sy + CARD_HEIGHT / 2)
        if cell_ids is None:
            return None
        stage_id, lane_id = cell_ids
        x, y = self.scene_to_offset(stage_id, lane_id, sx, sy)
        cell = self.cell_rect(stage_id, lane_id)
        x = clamp(snap(x), 0.0, max(0.0, cell.w - CARD_WIDTH))
        y = clamp(snap(y), 0.0, max(0.0, cell.h - CARD_HEIGHT))
        return stage_id, lane_id, x, y


def snap(value: float, step: float = SNAP) -> float:
    return round(value / step) * step


def clamp(value: float, low: float, high: float) -> float:
    return max(low, min(high, value))
