"""Where cards may sit: the nearest free slot in a cell, and putting loaded cards back in place.

Pure Python. Positions are node offsets inside a cell (see layout.py). A slot is free when a card
placed there stays inside the cell and keeps ``GAP`` from every other card of the cell (the gap is
the gutter the arrows are routed through). When a cell is full its lane grows by one row.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Optional

from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, CELL_PADDING, SNAP, snap
from journeymap.model.schema import JourneyMap, Node

GAP = 20.0  # free space kept between two cards
DEFAULT_TOP = 30.0  # a new card's preferred offset from the top of its cell
BUCKET = 256.0
COPIED_LISTS = ("personas", "edges", "kpis", "periods", "measurements", "reviews")  # never shared with the input


@dataclass(frozen=True)
class Misplaced:
    """A card that ``settle`` had to move: why, and where it went."""

    node_id: str
    reason: str  # "outside" (beyond its cell) or "overlap" (on another card)
    old: tuple[float, float]
    new: tuple[float, float]


class Occupancy:
    """The cards of each cell (top-left offsets), with the cell sizes; a working copy to place into."""

    def __init__(self, jmap: JourneyMap, exclude: Iterable[str] = ()):
        skip = set(exclude)
        self.widths = {s.id: s.width for s in jmap.stages}
        self.heights = {lane.id: lane.height for lane in jmap.lanes}
        self.cells: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for node in jmap.nodes:
            if node.id not in skip:
                self.add(node.stage_id, node.lane_id, node.x, node.y)

    def add(self, stage_id: str, lane_id: str, x: float, y: float) -> None:
        self.cells.setdefault((stage_id, lane_id), []).append((x, y))

    def fits(self, stage_id: str, lane_id: str, x: float, y: float, gap: float = GAP) -> bool:
        """True when a card at (x, y) is inside the cell and ``gap`` away from every card in it."""
        if x < 0 or y < 0 or x + CARD_WIDTH > self.widths[stage_id] or y + CARD_HEIGHT > self.heights[lane_id]:
            return False
        for ox, oy in self.cells.get((stage_id, lane_id), ()):
            if abs(ox - x) < CARD_WIDTH + gap and abs(oy - y) < CARD_HEIGHT + gap:
                return False
        return True

    def nearest_free(self, stage_id: str, lane_id: str, want_x: float, want_y: float) -> Optional[tuple[float, float]]:
        """The free position nearest to (want_x, want_y) on the snap lattice, or None if the cell is full."""
        max_x = self.widths[stage_id] - CARD_WIDTH
        max_y = self.heights[lane_id] - CARD_HEIGHT
        if max_x < 0 or max_y < 0:
            return None
        xs = _lattice(max_x)
        ys = _lattice(max_y)
        candidates = sorted(((x - want_x) ** 2 + (y - want_y) ** 2, x, y) for x in xs for y in ys)
        for _, x, y in candidates:
            if self.fits(stage_id, lane_id, x, y):
                return x, y
        return None

    def place(self, stage_id: str, lane_id: str, want_x: float, want_y: float) -> tuple[float, float]:
        """Claim the nearest free slot; grow the lane by one row below its cards when the cell is full
        (and a stage narrower than a card to a card's width)."""
        self.widths[stage_id] = max(self.widths[stage_id], CARD_WIDTH + 2 * CELL_PADDING)
        found = self.nearest_free(stage_id, lane_id, want_x, want_y)
        if found is None:
            cards = self.cells.get((stage_id, lane_id), [])
            y = snap(max((oy + CARD_HEIGHT + GAP for _, oy in cards), default=DEFAULT_TOP))
            x = min(max(0.0, snap(want_x)), self.widths[stage_id] - CARD_WIDTH)
            self.heights[lane_id] = max(self.heights[lane_id], y + CARD_HEIGHT + GAP)
            found = (x, y)
        self.add(stage_id, lane_id, *found)
        return found


def content_size(jmap: JourneyMap, name: str, item_id: str) -> float:
    """The smallest width of a stage (name "stages") or height of a lane ("lanes") that keeps its cards
    inside with a padding (the gutter arrows run in between two cells)."""
    if name == "stages":
        return max((n.x + CARD_WIDTH + CELL_PADDING for n in jmap.nodes if n.stage_id == item_id), default=0.0)
    return max((n.y + CARD_HEIGHT + CELL_PADDING for n in jmap.nodes if n.lane_id == item_id), default=0.0)


def _lattice(maximum: float) -> list[float]:
    """Offsets 0, SNAP, 2·SNAP … up to ``maximum`` (and ``maximum`` itself, flush with the far side)."""
    values = [i * SNAP for i in range(int(maximum // SNAP) + 1)]
    if maximum - values[-1] > 1e-6:
        values.append(maximum)
    return values


def default_offset() -> tuple[float, float]:
    """Where a card wants to go when nothing says otherwise: the cell's reading-start corner."""
    return CELL_PADDING, DEFAULT_TOP


def grown_lanes(jmap: JourneyMap, occupancy: Occupancy) -> list:
    """The map's lanes with the heights the occupancy grew them to (equal items where none grew)."""
    return [lane if lane.height >= occupancy.heights[lane.id]
            else lane.model_copy(update={"height": occupancy.heights[lane.id]}) for lane in jmap.lanes]


def grown_stages(jmap: JourneyMap, occupancy: Occupancy) -> list:
    return [stage if stage.width >= occupancy.widths[stage.id]
            else stage.model_copy(update={"width": occupancy.widths[stage.id]}) for stage in jmap.stages]


def _overlaps_bucketed(nodes: list[Node]) -> set[str]:
    """Ids of cards that overlap an earlier card of the same cell (spatial buckets: O(n))."""
    seen: dict[tuple, list[Node]] = {}
    bad: set[str] = set()
    for node in nodes:
        bx, by = int(node.x // BUCKET), int(node.y // BUCKET)
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for other in seen.get((node.stage_id, node.lane_id, bx + dx, by + dy), ()):
                    if abs(other.x - node.x) < CARD_WIDTH and abs(other.y - node.y) < CARD_HEIGHT:
                        bad.add(node.id)
        if node.id not in bad:
            seen.setdefault((node.stage_id, node.lane_id, bx, by), []).append(node)
    return bad


def misplaced(jmap: JourneyMap) -> tuple[set[str], set[str]]:
    """(cards outside their cell, cards overlapping an earlier card) — a fast check, nothing moved."""
    widths = {s.id: s.width for s in jmap.stages}
    heights = {lane.id: lane.height for lane in jmap.lanes}
    outside = {n.id for n in jmap.nodes
               if n.x < 0 or n.y < 0 or n.x + CARD_WIDTH > widths[n.stage_id] or n.y + CARD_HEIGHT > heights[n.lane_id]}
    return outside, _overlaps_bucketed(jmap.nodes)


def settle(jmap: JourneyMap) -> tuple[JourneyMap, list[Misplaced]]:
    """Put every card inside its cell and off other cards; returns the (new) map and what moved.

    The input map is not modified; when nothing needs to move it is returned as is. Lanes too
    short for a card, or whose cells are full, grow.
    """
    outside, overlapping = misplaced(jmap)
    if not outside and not overlapping:
        return jmap, []
    bad = outside | overlapping
    occupancy = Occupancy(jmap, exclude=bad)
    moves: list[Misplaced] = []
    nodes = []
    for node in jmap.nodes:
        if node.id not in bad:
            nodes.append(node)
            continue
        x, y = occupancy.place(node.stage_id, node.lane_id, node.x, node.y)
        reason = "outside" if node.id in outside else "overlap"
        moves.append(Misplaced(node.id, reason, (node.x, node.y), (x, y)))
        nodes.append(node.model_copy(update={"x": x, "y": y}))
    lists = {name: list(getattr(jmap, name)) for name in COPIED_LISTS}
    fixed = jmap.model_copy(update={**lists, "nodes": nodes, "lanes": grown_lanes(jmap, occupancy),
                                    "stages": grown_stages(jmap, occupancy)})
    return fixed, moves
