"""The stage x lane grid a user sees (pure Python): where stages, lanes, cells and the emotion-curve
strip are in LTR and RTL maps, which cell a point falls in, and where a dropped card lands."""
import pytest

from journeymap.model.layout import (CARD_HEIGHT, CARD_WIDTH, CURVE_HEIGHT, HEADER_HEIGHT, LANE_HEADER_WIDTH,
                                     Grid, Rect, clamp, snap)
from journeymap.model.schema import JourneyMap
from tests.model.factories import small_map

# stage s1 is 300 wide, s2 500; lane l1 is 120 high, l2 200: every edge below is a distinct number
STAGES = [{"id": "s1", "name": "Before", "width": 300}, {"id": "s2", "name": "During", "width": 500}]
LANES = [{"id": "l1", "name": "Web", "height": 120}, {"id": "l2", "name": "Phone", "height": 200}]


def grid_map(direction: str = "ltr", **overrides) -> JourneyMap:
    data = small_map(direction=direction, stages=STAGES, lanes=LANES)
    data.update(overrides)
    return JourneyMap.model_validate(data)


@pytest.fixture
def ltr() -> Grid:
    return Grid(grid_map("ltr"))


@pytest.fixture
def rtl() -> Grid:
    return Grid(grid_map("rtl"))


def test_the_layout_constants_a_user_sees():
    assert (HEADER_HEIGHT, LANE_HEADER_WIDTH, CURVE_HEIGHT, CARD_WIDTH, CARD_HEIGHT) == (56.0, 150.0, 150.0, 196.0, 112.0)


def test_rect_contains_its_top_left_edges_but_not_its_bottom_right_ones():
    r = Rect(10.0, 20.0, 30.0, 40.0)
    assert (r.right, r.bottom) == (40.0, 60.0)
    assert r.contains(10.0, 20.0) and r.contains(39.9, 59.9)
    assert not r.contains(40.0, 30.0) and not r.contains(20.0, 60.0)
    assert not r.contains(9.9, 30.0) and not r.contains(20.0, 19.9)


def test_ltr_stages_run_left_to_right_after_the_lane_headers(ltr):
    assert not ltr.rtl and ltr.stage_ids == ["s1", "s2"] and ltr.lane_ids == ["l1", "l2"]
    assert ltr.stage_rect("s1") == Rect(150.0, 0.0, 300.0, 56.0)
    assert ltr.stage_rect("s2") == Rect(450.0, 0.0, 500.0, 56.0)
    assert (ltr.body_left, ltr.body_width, ltr.total_width) == (150.0, 800.0, 950.0)


def test_rtl_stages_run_right_to_left_with_the_lane_headers_on_the_right(rtl):
    assert rtl.rtl
    assert rtl.stage_rect("s1") == Rect(500.0, 0.0, 300.0, 56.0)
    assert rtl.stage_rect("s2") == Rect(0.0, 0.0, 500.0, 56.0)
    assert rtl.lane_rect("l1") == Rect(800.0, 56.0, 150.0, 120.0)
    assert (rtl.body_left, rtl.total_width) == (0.0, 950.0)


def test_lanes_stack_under_the_header_and_the_curve_strip_under_the_lanes(ltr, rtl):
    assert ltr.lane_rect("l1") == Rect(0.0, 56.0, 150.0, 120.0)
    assert ltr.lane_rect("l2") == Rect(0.0, 176.0, 150.0, 200.0)
    assert ltr.lanes_height == 320.0 and ltr.total_height == 526.0
    assert ltr.curve_rect == Rect(150.0, 376.0, 800.0, 150.0)
    assert rtl.curve_rect == Rect(0.0, 376.0, 800.0, 150.0)


def test_a_cell_is_its_stage_column_crossed_with_its_lane_row(ltr, rtl):
    assert ltr.cell_rect("s1", "l1") == Rect(150.0, 56.0, 300.0, 120.0)
    assert ltr.cell_rect("s2", "l2") == Rect(450.0, 176.0, 500.0, 200.0)
    assert rtl.cell_rect("s1", "l2") == Rect(500.0, 176.0, 300.0, 200.0)
    assert rtl.cell_rect("s2", "l1") == Rect(0.0, 56.0, 500.0, 120.0)


def test_cell_at_finds_the_cell_under_a_point_edges_included(ltr):
    assert ltr.cell_at(150.0, 56.0) == ("s1", "l1")
    assert ltr.cell_at(449.9, 175.9) == ("s1", "l1")
    assert ltr.cell_at(450.0, 176.0) == ("s2", "l2")
    assert ltr.cell_at(949.9, 375.9) == ("s2", "l2")


@pytest.mark.parametrize("point", [(149.9, 100.0), (950.0, 100.0), (300.0, 55.9), (300.0, 376.0),
                                   (50.0, 20.0), (2000.0, 2000.0)])
def test_cell_at_is_none_outside_the_grid_even_when_one_axis_is_inside(ltr, point):
    assert ltr.cell_at(*point) is None


def test_cell_at_in_an_rtl_map_reads_the_first_stage_on_the_right(rtl):
    assert rtl.cell_at(799.9, 60.0) == ("s1", "l1")
    assert rtl.cell_at(500.0, 60.0) == ("s1", "l1")
    assert rtl.cell_at(499.9, 200.0) == ("s2", "l2")
    assert rtl.cell_at(0.0, 200.0) == ("s2", "l2")
    assert rtl.cell_at(800.0, 60.0) is None  # the lane headers


@pytest.mark.parametrize("point,cell", [((-1000.0, -1000.0), ("s1", "l1")), ((5000.0, 5000.0), ("s2", "l2")),
                                        ((5000.0, -50.0), ("s2", "l1")), ((-50.0, 5000.0), ("s1", "l2")),
                                        ((300.0, 100.0), ("s1", "l1")), ((949.5, 375.5), ("s2", "l2"))])
def test_nearest_cell_clamps_a_point_outside_the_grid_to_the_closest_cell(ltr, point, cell):
    assert ltr.nearest_cell(*point) == cell


def test_nearest_cell_in_rtl_clamps_left_of_the_grid_to_the_last_stage(rtl):
    assert rtl.nearest_cell(-300.0, 100.0) == ("s2", "l1")
    assert rtl.nearest_cell(3000.0, 3000.0) == ("s1", "l2")  # past the lane headers: the first stage


def test_a_map_without_lanes_or_stages_has_no_cell():
    assert Grid(JourneyMap(id="m", title="t", stages=[{"id": "s", "name": "S"}])).nearest_cell(200.0, 100.0) is None
    assert Grid(JourneyMap(id="m", title="t", lanes=[{"id": "l", "name": "L"}])).nearest_cell(200.0, 100.0) is None
    assert Grid(JourneyMap(id="m", title="t", lanes=[{"id": "l", "name": "L"}])).place_card(200.0, 100.0) is None


def test_a_node_offset_is_from_its_cell_reading_start_corner(ltr, rtl):
    node = grid_map().node("c")  # s2 / l2, default offset 20, 40
    assert (node.x, node.y) == (20.0, 40.0)
    assert ltr.node_scene_pos(node) == (470.0, 216.0)
    assert rtl.node_scene_pos(node) == (500.0 - 20.0 - 196.0, 216.0)  # mirrored: from the cell's right edge
    assert ltr.offset_to_scene("s1", "l1", 7.0, 3.0) == (157.0, 59.0)
    assert rtl.offset_to_scene("s1", "l1", 7.0, 3.0) == (800.0 - 7.0 - 196.0, 59.0)


def test_scene_to_offset_undoes_offset_to_scene_in_both_directions(ltr, rtl):
    assert ltr.scene_to_offset("s2", "l2", 470.0, 216.0) == (20.0, 40.0)
    assert rtl.scene_to_offset("s2", "l2", 284.0, 216.0) == (20.0, 40.0)
    assert rtl.scene_to_offset("s1", "l1", 550.0, 70.0) == (800.0 - 550.0 - 196.0, 14.0)
    for grid in (ltr, rtl):
        for offset in ((0.0, 0.0), (33.0, 71.0), (250.0, 5.0)):
            assert grid.scene_to_offset("s2", "l1", *grid.offset_to_scene("s2", "l1", *offset)) == offset


def test_a_dropped_card_lands_in_the_cell_under_its_centre_snapped_to_ten(ltr):
    assert ltr.place_card(457.0, 183.0) == ("s2", "l2", 10.0, 10.0)
    assert ltr.place_card(150.0 + 33.0, 176.0 + 44.0) == ("s1", "l2", 30.0, 40.0)
    # top-left in s1 / l1, but the centre is over s2 / l2: the centre decides
    assert ltr.place_card(440.0, 170.0) == ("s2", "l2", 0.0, 0.0)
    assert ltr.place_card(370.0, 131.0) == ("s2", "l2", 0.0, 0.0)  # 98 and 56 (half a card) past s1 / l1


def test_a_dropped_card_is_clamped_inside_its_cell(ltr):
    # right/bottom: at most cell size minus card size (500 - 196, 200 - 112), not snapped further
    assert ltr.place_card(900.0, 400.0) == ("s2", "l2", 304.0, 88.0)
    assert ltr.place_card(-500.0, -500.0) == ("s1", "l1", 0.0, 0.0)
    assert ltr.place_card(150.0 + 94.0, 56.0 + 6.0) == ("s1", "l1", 90.0, 8.0)  # the lane allows 120 - 112 = 8
    assert ltr.place_card(150.0 + 110.0, 56.0) == ("s1", "l1", 104.0, 0.0)  # 300 - 196, not snapped


def test_a_card_dropped_in_an_rtl_map_snaps_from_the_cell_right_edge(rtl):
    # s1 is 500..800; a card whose right edge is 27 from the cell's right edge has offset 27 -> 30
    assert rtl.place_card(800.0 - 27.0 - 196.0, 176.0 + 12.0) == ("s1", "l2", 30.0, 10.0)
    assert rtl.place_card(-400.0, 176.0) == ("s2", "l2", 304.0, 0.0)


def test_a_cell_smaller_than_a_card_puts_it_at_the_corner():
    tight = Grid(grid_map(stages=[{"id": "s1", "name": "A", "width": 120}, {"id": "s2", "name": "B", "width": 120}],
                          lanes=[{"id": "l1", "name": "W", "height": 110}, {"id": "l2", "name": "P", "height": 110}]))
    assert tight.place_card(160.0, 60.0) == ("s1", "l1", 0.0, 0.0)
    assert tight.place_card(165.0, 76.0) == ("s1", "l1", 0.0, 0.0)  # offsets 15 and 20 still give the corner
    assert tight.place_card(170.0 + 120.0, 60.0) == ("s2", "l1", 0.0, 0.0)


def test_snap_rounds_to_the_nearest_step_half_to_even():
    assert [snap(v) for v in (0.0, 4.9, 5.1, 14.0, 15.0, 25.0, -4.0, -6.0)] == [0, 0, 10, 10, 20, 20, 0, -10]
    assert snap(7.0, 5.0) == 5.0 and snap(8.0, 5.0) == 10.0 and snap(33.0, step=25.0) == 25.0


def test_clamp_keeps_a_value_between_its_bounds():
    assert (clamp(5.0, 0.0, 10.0), clamp(-1.0, 0.0, 10.0), clamp(11.0, 0.0, 10.0)) == (5.0, 0.0, 10.0)
    assert (clamp(0.0, 0.0, 10.0), clamp(10.0, 0.0, 10.0)) == (0.0, 10.0)
