"""Page presets and the page plan of a map export: one page when the map is readable on it, else
an overview page plus one page per block of stages (and of lanes, for a tall map). Pure Python.

Units: "scene units" are the map's pixels at 96 dpi; a page is measured in the same units
(1 unit = 1/96 inch), so a scale of 1.0 prints a 15 pt card title at 15 pt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Sequence

from journeymap.model.pagination import stage_groups

UNITS_PER_MM = 96 / 25.4
PAGE_SIZES_MM = {  # landscape width x height
    "A4": (297.0, 210.0),
    "A3": (420.0, 297.0),
    "Letter": (279.4, 215.9),
    "Tabloid": (431.8, 279.4),
    "16:9": (338.67, 190.5),  # a 13.33 x 7.5 inch slide, as PowerPoint's widescreen
}
PAGE_CHOICES = ("fit",) + tuple(PAGE_SIZES_MM)
PAGE_MARGIN_MM = 10.0

# Smallest readable sizes at the output's real size (issue 16): on paper in points, on a
# 1920-pixel-wide slide in pixels.
MIN_TITLE_PT, MIN_CHIP_PT = 9.0, 7.0
MIN_TITLE_PX, MIN_CHIP_PX = 14.0, 11.0
SLIDE_WIDTH_PX = 1920.0


def card_type_points() -> tuple[float, float]:
    """The card title and KPI chip sizes the canvas paints (points at scale 1)."""
    from journeymap.canvas import presentation

    return presentation.card_points("TITLE_POINTS", 9.5), presentation.card_points("CHIP_POINTS", 7.0)


def min_paper_scale(title_pt: float, chip_pt: float) -> float:
    """Smallest scale at which titles and chips keep their minimum point size on paper."""
    return max(MIN_TITLE_PT / title_pt, MIN_CHIP_PT / chip_pt)


def min_image_scale(title_pt: float, chip_pt: float, image_width: float, image_height: float) -> float:
    """Smallest scale keeping titles ≥ 14 px and chips ≥ 11 px on a 1920-wide slide (proportionally on others)."""
    px = 96 / 72
    factor = max(image_width, image_height) / SLIDE_WIDTH_PX
    return factor * max(MIN_TITLE_PX / (title_pt * px), MIN_CHIP_PX / (chip_pt * px))


def page_size_units(page: str, portrait: bool = False) -> tuple[float, float]:
    """A page preset's size in scene units (landscape unless ``portrait``)."""
    if page not in PAGE_SIZES_MM:
        raise ValueError(f"unknown page {page!r}: choose one of {', '.join(PAGE_CHOICES)}")
    width, height = PAGE_SIZES_MM[page]
    if portrait:
        width, height = height, width
    return width * UNITS_PER_MM, height * UNITS_PER_MM


@dataclass(frozen=True)
class Block:
    """A part of the map on one page: stage ids and lane ids (all of them for the whole map)."""

    stage_ids: tuple[str, ...]
    lane_ids: tuple[str, ...]
    overview: bool = False  # the whole map, shrunk, before the detail pages
    number: int = 1
    count: int = 1


@dataclass
class PagePlan:
    blocks: list[Block] = field(default_factory=list)

    @property
    def split(self) -> bool:
        return len(self.blocks) > 1


def balanced_groups(sizes: Sequence[float], room: float) -> list[list[int]]:
    """As few consecutive groups as ``stage_groups`` makes, but evened out: [3, 2] lanes, not [4, 1]."""
    groups = stage_groups(sizes, room)
    if len(groups) <= 1:
        return groups
    target = sum(sizes) / len(groups)
    for slack in (1.0, 1.1, 1.2, 1.35):
        trial = stage_groups(sizes, max(target * slack, max(sizes)))
        if len(trial) == len(groups) and all(sum(sizes[i] for i in g) <= room for g in trial):
            return trial
    return groups


def plan_pages(stage_widths: Sequence[tuple[str, float]], lane_heights: Sequence[tuple[str, float]],
               frame: tuple[float, float], area: tuple[float, float], min_scale: float,
               extra_height: Optional[float] = None,
               occupied: Optional[set[tuple[str, str]]] = None) -> PagePlan:
    """Which blocks of the map go on which page.

    ``frame`` is the width and height the page adds around the grid body at scale 1 (lane headers,
    stage headers, curve strip, title band, legend, margins); ``area`` the printable page size.
    The whole map goes on one page when it is readable there (scale ≥ ``min_scale``); otherwise an
    overview page comes first and the stages (and, for a tall map, the lanes) are cut into blocks
    that fit at ``min_scale``. ``extra_height``: the lanes' frame height when it differs from ``frame``.
    ``occupied``: the (stage, lane) cells holding cards; a block without any is left out (no empty pages).
    """
    stages = [s for s, _ in stage_widths]
    lanes = [lane for lane, _ in lane_heights]
    body_w = sum(w for _, w in stage_widths)
    body_h = sum(h for _, h in lane_heights)
    fit = min(area[0] / (body_w + frame[0]), area[1] / (body_h + frame[1]))
    if fit >= min_scale or not stages:
        return PagePlan([Block(tuple(stages), tuple(lanes))])
    width_room = max(1.0, area[0] / min_scale - frame[0])
    height_room = max(1.0, area[1] / min_scale - (extra_height if extra_height is not None else frame[1]))
    stage_blocks = balanced_groups([w for _, w in stage_widths], width_room)
    lane_blocks = balanced_groups([h for _, h in lane_heights], height_room) if lanes else [[]]
    blocks = [(tuple(stages[i] for i in s), tuple(lanes[i] for i in ln)) for s in stage_blocks for ln in lane_blocks]
    if occupied is not None:
        blocks = [b for b in blocks if any((s, ln) in occupied for s in b[0] for ln in b[1])] or blocks
    count = len(blocks) + 1
    plan = PagePlan([Block(tuple(stages), tuple(lanes), overview=True, number=1, count=count)])
    plan.blocks += [Block(s, ln, number=i + 2, count=count) for i, (s, ln) in enumerate(blocks)]
    return plan
