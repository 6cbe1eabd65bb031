"""Where things go on a map slide, in inches. Pure Python.

The slide keeps the map's structure but not its pixel spacing: each card keeps its column and row
inside its cell (ranked from the map's offsets), stages are as wide as their most crowded cell and
lanes as tall as theirs, so a slide holds more at a readable size. RTL maps are mirrored: the
first stage at the right, lane headers at the right, card columns from the right.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH
from journeymap.model.pagination import stage_groups
from journeymap.model.schema import JourneyMap

CARD_W, CARD_H = 1.55, 0.84  # a card at full size (inches); its title is TITLE_PT points
TITLE_PT = 9.0
GAP = 0.14
STAGE_H = 0.38
LANE_W = 1.2
CURVE_H = 0.85
MARKER_W = 1.0  # the margin for "continues on another slide" markers


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def cx(self) -> float:
        return self.x + self.w / 2

    @property
    def cy(self) -> float:
        return self.y + self.h / 2


@dataclass
class MapLayout:
    scale: float
    rtl: bool
    stage_ids: list[str]
    cards: dict[str, Box] = field(default_factory=dict)
    stages: dict[str, Box] = field(default_factory=dict)
    lanes: dict[str, Box] = field(default_factory=dict)  # lane headers
    bands: dict[str, Box] = field(default_factory=dict)  # whole lane rows (under the cards)
    curve: Box = Box(0, 0, 0, 0)
    body: Box = Box(0, 0, 0, 0)  # the stage columns (without lane headers and markers)


def _ranks(values: list[float], step: float) -> dict[float, int]:
    """Rank offsets: a new column/row starts where an offset is at least half a card further."""
    ranks, rank, last = {}, -1, None
    for value in sorted(set(values)):
        if last is None or value - last >= step / 2:
            rank += 1
            last = value
        ranks[value] = rank
    return ranks


def cell_slots(jmap: JourneyMap) -> dict[str, tuple[int, int]]:
    """(column, row) of every card inside its cell."""
    cells = defaultdict(list)
    for node in jmap.nodes:
        cells[(node.stage_id, node.lane_id)].append(node)
    slots = {}
    for nodes in cells.values():
        cols = _ranks([n.x for n in nodes], CARD_WIDTH)
        rows = _ranks([n.y for n in nodes], CARD_HEIGHT)
        slots.update({n.id: (cols[n.x], rows[n.y]) for n in nodes})
    return slots


class SlideGrid:
    """Column counts per stage and row counts per lane of one map (shared by all its slides)."""

    def __init__(self, jmap: JourneyMap):
        self.map = jmap
        self.slots = cell_slots(jmap)
        self.cols = {s.id: 1 for s in jmap.stages}
        self.rows = {lane.id: 1 for lane in jmap.lanes}
        for node in jmap.nodes:
            col, row = self.slots[node.id]
            self.cols[node.stage_id] = max(self.cols[node.stage_id], col + 1)
            self.rows[node.lane_id] = max(self.rows[node.lane_id], row + 1)

    def stage_width(self, stage_id: str) -> float:
        return self.cols[stage_id] * CARD_W + (self.cols[stage_id] + 1) * GAP

    def lane_height(self, lane_id: str) -> float:
        return self.rows[lane_id] * CARD_H + (self.rows[lane_id] + 1) * GAP

    def natural_height(self) -> float:
        return STAGE_H + sum(self.lane_height(lane.id) for lane in self.map.lanes) + CURVE_H

    def groups(self, area_w: float, area_h: float) -> list[list[str]]:
        """Stages per detail slide: as many as fit at the scale the lanes' height allows (≤ 1)."""
        scale = min(1.0, area_h / self.natural_height())
        available = area_w / scale - LANE_W - 2 * MARKER_W
        ids = [s.id for s in self.map.stages]
        return [[ids[i] for i in group] for group in stage_groups([self.stage_width(i) for i in ids], available)]

    def layout(self, stage_ids: Sequence[str], area: Box, markers: bool) -> MapLayout:
        margin = MARKER_W if markers else 0.0
        natural_w = LANE_W + sum(self.stage_width(s) for s in stage_ids) + 2 * margin
        scale = min(1.0, area.w / natural_w, area.h / self.natural_height())
        left = area.x + (area.w - natural_w * scale) / 2
        out = MapLayout(scale, self.map.is_rtl(), list(stage_ids))
        body_w = sum(self.stage_width(s) for s in stage_ids) * scale
        # reading start -> end: lane headers, markers strip, stages, markers strip (mirrored in RTL)
        body_x = left + margin * scale if out.rtl else left + (LANE_W + margin) * scale
        lanes_x = body_x + body_w + margin * scale if out.rtl else left
        out.body = Box(body_x, area.y, body_w, self.natural_height() * scale)
        self._place_stages(out, area.y)
        self._place_lanes(out, lanes_x, area.y + STAGE_H * scale)
        self._place_cards(out)
        lanes_bottom = area.y + (self.natural_height() - CURVE_H) * scale
        out.curve = Box(body_x, lanes_bottom, body_w, CURVE_H * scale)
        return out

    def _place_stages(self, out: MapLayout, top: float) -> None:
        x = out.body.x + (out.body.w if out.rtl else 0.0)
        for stage_id in out.stage_ids:
            width = self.stage_width(stage_id) * out.scale
            if out.rtl:
                x -= width
            out.stages[stage_id] = Box(x, top, width, STAGE_H * out.scale)
            if not out.rtl:
                x += width

    def _place_lanes(self, out: MapLayout, lanes_x: float, top: float) -> None:
        y = top
        for lane in self.map.lanes:
            height = self.lane_height(lane.id) * out.scale
            out.lanes[lane.id] = Box(lanes_x, y, LANE_W * out.scale, height)
            band_x = out.body.x if out.rtl else lanes_x + LANE_W * out.scale  # across the markers strip
            band_w = lanes_x - out.body.x if out.rtl else out.body.x + out.body.w - band_x
            out.bands[lane.id] = Box(band_x, y, band_w, height)
            y += height

    def _place_cards(self, out: MapLayout) -> None:
        s = out.scale
        for node in self.map.nodes:
            stage = out.stages.get(node.stage_id)
            if stage is None:
                continue
            col, row = self.slots[node.id]
            offset = GAP + col * (CARD_W + GAP)
            x = stage.x + stage.w - (offset + CARD_W) * s if out.rtl else stage.x + offset * s
            y = out.bands[node.lane_id].y + (GAP + row * (CARD_H + GAP)) * s
            out.cards[node.id] = Box(x, y, CARD_W * s, CARD_H * s)


def curve_y(box: Box, score: int, low: int, high: int) -> float:
    """The height of an emotion score in the curve strip (best at the top)."""
    pad = box.h * 0.15
    return box.y + pad + (high - score) / (high - low) * (box.h - 2 * pad)
