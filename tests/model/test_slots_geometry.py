"""Exact slot geometry: where a card fits, the nearest free slot, a full cell growing its lane, the size
a stage or lane needs for its cards, and what ``settle`` moves where (pure Python)."""
import pytest

from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, CELL_PADDING
from journeymap.model.schema import JourneyMap
from journeymap.model.slots import (
    GAP,
    Occupancy,
    content_size,
    grown_lanes,
    grown_stages,
    misplaced,
    settle,
)
from tests.model.factories import build, small_map


def big_cell_map(**overrides):
    """Stage s1 1000 wide, lane l1 600 high; card a at (0, 0) in that cell, b and c elsewhere."""
    data = small_map(stages=[{"id": "s1", "name": "A", "width": 1000}, {"id": "s2", "name": "B"}],
                     lanes=[{"id": "l1", "name": "Web", "height": 600}, {"id": "l2", "name": "Phone"}])
    data["nodes"][0].update(x=0.0, y=0.0)
    data.update(overrides)
    return JourneyMap.model_validate(data)


def test_a_card_fits_anywhere_inside_an_empty_cell_and_nowhere_beyond_it():
    occupancy = Occupancy(build())  # cell s1/l2 is empty: 320 wide, 170 high
    right, bottom = 320 - CARD_WIDTH, 170 - CARD_HEIGHT
    assert occupancy.fits("s1", "l2", 0, 0) and occupancy.fits("s1", "l2", right, bottom)
    assert not occupancy.fits("s1", "l2", -0.5, 0) and not occupancy.fits("s1", "l2", 0, -0.5)
    assert not occupancy.fits("s1", "l2", right + 0.5, 0) and not occupancy.fits("s1", "l2", 0, bottom + 0.5)


def test_a_card_must_keep_the_gutter_from_every_card_of_its_cell():
    occupancy = Occupancy(big_cell_map())  # a at (0, 0)
    assert occupancy.fits("s1", "l1", CARD_WIDTH + GAP, 0)
    assert not occupancy.fits("s1", "l1", CARD_WIDTH + GAP - 1, 0)
    assert occupancy.fits("s1", "l1", 0, CARD_HEIGHT + GAP)
    assert not occupancy.fits("s1", "l1", 0, CARD_HEIGHT + GAP - 1)
    assert not occupancy.fits("s1", "l1", CARD_WIDTH + GAP - 1, CARD_HEIGHT + GAP - 1)
    assert occupancy.fits("s1", "l1", CARD_WIDTH, 0, gap=0) and not occupancy.fits("s1", "l1", CARD_WIDTH - 1, 0, gap=0)


def test_the_nearest_free_slot_is_the_nearest_lattice_point():
    occupancy = Occupancy(big_cell_map(), exclude=["a"])
    assert occupancy.nearest_free("s1", "l1", 333, 247) == (330.0, 250.0)
    assert occupancy.nearest_free("s1", "l1", 118, 482) == (120.0, 480.0)
    assert occupancy.nearest_free("s1", "l1", 5000, 5000) == (1000 - CARD_WIDTH, 600 - CARD_HEIGHT)  # flush, off-lattice
    assert occupancy.nearest_free("s1", "l1", -80, -80) == (0.0, 0.0)


def test_the_nearest_free_slot_steps_past_a_taken_one():
    occupancy = Occupancy(big_cell_map())  # a at (0, 0): the next free x is 216, on the lattice 220
    assert occupancy.nearest_free("s1", "l1", 100, 0) == (220.0, 0.0)
    assert occupancy.nearest_free("s1", "l1", 10, 0) == (10.0, 140.0)
    assert occupancy.nearest_free("s1", "l1", 0, 60) == (0.0, 140.0)


def test_a_cell_barely_wider_or_higher_than_a_card_has_exactly_one_row_or_column():
    jmap = big_cell_map(stages=[{"id": "s1", "name": "A", "width": 196.5}, {"id": "s2", "name": "B", "width": 200}],
                        lanes=[{"id": "l1", "name": "Web", "height": 112}, {"id": "l2", "name": "Phone", "height": 116}])
    occupancy = Occupancy(jmap, exclude=["a", "b", "c"])
    assert occupancy.nearest_free("s1", "l1", 100, 100) == (0.5, 0.0)
    assert occupancy.nearest_free("s2", "l2", 100, 100) == (4.0, 4.0)
    assert occupancy.nearest_free("s2", "l2", -100, -100) == (0.0, 0.0)
    exact = Occupancy(big_cell_map(stages=[{"id": "s1", "name": "A", "width": CARD_WIDTH}, {"id": "s2", "name": "B"}]),
                      exclude=["a"])
    assert exact.nearest_free("s1", "l1", 50, 47) == (0.0, 50.0)  # exactly a card wide: one column


def test_a_cell_smaller_than_a_card_has_no_free_slot():
    jmap = big_cell_map(stages=[{"id": "s1", "name": "A", "width": 150}, {"id": "s2", "name": "B"}],
                        lanes=[{"id": "l1", "name": "Web", "height": 600}, {"id": "l2", "name": "Phone", "height": 111}])
    occupancy = Occupancy(jmap, exclude=["a", "b", "c"])
    assert occupancy.nearest_free("s1", "l1", 0, 0) is None  # too narrow
    assert occupancy.nearest_free("s2", "l2", 0, 0) is None  # too low
    assert occupancy.nearest_free("s2", "l1", 0, 0) == (0.0, 0.0)


def test_placing_into_an_empty_cell_claims_the_nearest_slot():
    occupancy = Occupancy(big_cell_map(), exclude=["a"])
    assert occupancy.place("s1", "l1", 333, 247) == (330.0, 250.0)
    assert occupancy.cells[("s1", "l1")] == [(330.0, 250.0)]
    assert occupancy.widths["s1"] == 1000 and occupancy.heights["l1"] == 600


def test_a_full_cell_grows_its_lane_by_one_row_below_its_cards():
    occupancy = Occupancy(build())  # s1/l1: 320 x 170 with a at (20, 40): full
    assert occupancy.place("s1", "l1", 5000, 0) == (320 - CARD_WIDTH, 170.0)  # below a: 40 + 112 + 20, snapped
    assert occupancy.heights["l1"] == 170.0 + CARD_HEIGHT + GAP
    assert occupancy.place("s1", "l1", -50, 0) == (0.0, 300.0)  # 170 + 132, snapped


def test_a_lane_lower_than_a_card_grows_to_hold_one():
    jmap = build(lanes=[{"id": "l1", "name": "Web"}, {"id": "l2", "name": "Phone", "height": 111}])
    occupancy = Occupancy(jmap, exclude=["c"])
    assert occupancy.place("s1", "l2", 47, 0) == (50.0, 30.0)  # the default top offset
    assert occupancy.heights["l2"] == 30.0 + CARD_HEIGHT + GAP
    assert grown_lanes(jmap, occupancy)[1].height == 162.0
    assert grown_lanes(jmap, occupancy)[0] is jmap.lanes[0]  # untouched lanes are the same items


def test_a_stage_narrower_than_a_card_widens_to_a_card_and_its_padding():
    jmap = build(stages=[{"id": "s1", "name": "A", "width": 150}, {"id": "s2", "name": "B"}])
    occupancy = Occupancy(jmap, exclude=["a"])
    assert occupancy.place("s1", "l1", 500, 0) == (2 * CELL_PADDING, 0.0)
    assert occupancy.widths["s1"] == CARD_WIDTH + 2 * CELL_PADDING == 220.0
    stages = grown_stages(jmap, occupancy)
    assert [s.width for s in stages] == [220.0, 320.0] and stages[1] is jmap.stages[1]


def test_content_size_is_the_far_edge_of_the_last_card_plus_padding():
    data = small_map()
    data["nodes"][0].update(x=100.0, y=7.0)
    data["nodes"][1].update(x=40.0, y=50.0)
    data["nodes"][2].update(x=300.0, y=25.0)
    jmap = build(nodes=data["nodes"], stages=[*data["stages"], {"id": "s3", "name": "Empty"}],
                 lanes=[*data["lanes"], {"id": "l3", "name": "Empty"}])
    assert content_size(jmap, "stages", "s1") == 100 + CARD_WIDTH + CELL_PADDING
    assert content_size(jmap, "stages", "s2") == 300 + CARD_WIDTH + CELL_PADDING
    assert content_size(jmap, "lanes", "l1") == 50 + CARD_HEIGHT + CELL_PADDING
    assert content_size(jmap, "lanes", "l2") == 25 + CARD_HEIGHT + CELL_PADDING
    assert content_size(jmap, "stages", "s3") == 0.0 and content_size(jmap, "lanes", "l3") == 0.0


def overlapping(first: tuple[float, float], second: tuple[float, float]) -> set[str]:
    """The overlap set of misplaced() when b sits at ``first`` and a, checked after it, at ``second``."""
    data = big_cell_map().model_dump()
    data["nodes"][1].update(stage_id="s1", lane_id="l1", x=first[0], y=first[1])
    data["nodes"][0].update(x=second[0], y=second[1])
    nodes = [data["nodes"][1], data["nodes"][0], data["nodes"][2]]
    return misplaced(build(stages=data["stages"], lanes=data["lanes"], nodes=nodes))[1]


@pytest.mark.parametrize("first, second", [((250.0, 0.0), (260.0, 0.0)), ((260.0, 0.0), (250.0, 0.0)),
                                           ((0.0, 0.0), (195.0, 0.0)), ((0.0, 250.0), (0.0, 260.0)),
                                           ((0.0, 260.0), (0.0, 250.0)), ((0.0, 0.0), (0.0, 111.0))])
def test_overlapping_cards_are_found_across_bucket_borders_in_both_directions(first, second):
    assert overlapping(first, second) == {"a"}


def test_cards_that_only_touch_do_not_overlap():
    data = big_cell_map().model_dump()
    data["nodes"][1].update(stage_id="s1", lane_id="l1", x=CARD_WIDTH, y=0.0)
    data["nodes"][2].update(stage_id="s1", lane_id="l1", x=0.0, y=CARD_HEIGHT)
    assert misplaced(build(**{k: data[k] for k in ("stages", "lanes", "nodes")})) == (set(), set())


def test_a_card_is_outside_when_any_edge_leaves_its_cell():
    data = small_map()
    positions = {"a": (-0.5, 0.0), "b": (0.0, 0.0), "c": (320 - CARD_WIDTH, 170 - CARD_HEIGHT)}
    for node in data["nodes"]:
        node["x"], node["y"] = positions[node["id"]]
    assert misplaced(build(nodes=data["nodes"]))[0] == {"a"}
    for nudge, expected in (((0, -0.5), {"b"}), ((0.5, 0), {"c"}), ((0, 0.5), {"c"})):
        nodes = [dict(n) for n in data["nodes"]]
        nodes[0].update(x=0.0)
        target = nodes[1] if expected == {"b"} else nodes[2]
        target["x"] += nudge[0]
        target["y"] += nudge[1]
        assert misplaced(build(nodes=nodes))[0] == expected, nudge


def test_settle_moves_an_overlapping_card_to_the_nearest_slot_next_to_the_one_it_covered():
    data = small_map(stages=[{"id": "s1", "name": "A", "width": 700}, {"id": "s2", "name": "B"}])
    data["nodes"][1].update(stage_id="s1", x=50.0, y=40.0)  # on a, which is at (20, 40)
    fixed, moves = settle(build(**data))
    assert [(m.node_id, m.reason, m.old, m.new) for m in moves] == [("b", "overlap", (50.0, 40.0), (240.0, 40.0))]
    assert (fixed.nodes[1].x, fixed.nodes[1].y) == (240.0, 40.0)


def test_settle_grows_the_lane_of_a_full_cell_and_a_stage_narrower_than_a_card():
    data = small_map(stages=[{"id": "s1", "name": "A"}, {"id": "s2", "name": "B", "width": 150}])
    data["nodes"][1].update(stage_id="s1", x=50.0, y=40.0)  # on a: s1/l1 is full
    jmap = build(**data)
    fixed, moves = settle(jmap)
    assert [(m.node_id, m.reason, m.new) for m in moves] == [("b", "overlap", (50.0, 170.0)),
                                                             ("c", "outside", (20.0, 40.0))]
    assert [lane.height for lane in fixed.lanes] == [170.0 + CARD_HEIGHT + GAP, 170.0]
    assert [stage.width for stage in fixed.stages] == [320.0, CARD_WIDTH + 2 * CELL_PADDING]
    assert [lane.height for lane in jmap.lanes] == [170.0, 170.0] and jmap.stages[1].width == 150
