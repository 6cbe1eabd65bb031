"""The emotion curve a user sees (pure Python): where each step's point sits, the score a dragged
point lands on, and where the curve's labels go (off the line, off the dots, off each other)."""
import pytest

from journeymap.model import graph as jgraph
from journeymap.model.curve_layout import (MARGIN_Y, CurvePoint, _boxes_overlap, _label_candidates, _Obstacles,
                                           _segment_hits_box, curve_points, place_labels, score_at, score_y)
from journeymap.model.layout import Grid, Rect
from tests.model.test_layout_grid import grid_map

STRIP = Rect(100.0, 400.0, 800.0, 150.0)  # a curve strip: scores live between y 422 and 528
BOX = Rect(0.0, 0.0, 10.0, 10.0)
BIG = Rect(0.0, 0.0, 1000.0, 1000.0)


def point(node_id: str, x: float, y: float) -> CurvePoint:
    return CurvePoint(node_id, x, y, 0, True)


V_SHAPE = [point("p", 100.0, 100.0), point("q", 200.0, 200.0), point("r", 300.0, 100.0)]


def test_scores_run_from_the_best_at_the_top_to_the_worst_at_the_bottom_inside_the_margins():
    assert MARGIN_Y == 22.0
    assert [score_y(STRIP, s, -2, 2) for s in (2, 1, 0, -1, -2)] == [422.0, 448.5, 475.0, 501.5, 528.0]
    assert score_y(STRIP, 0.5, -2, 2) == 461.75  # the dashed middle line of an odd scale
    assert [score_y(STRIP, s, 1, 5) for s in (5, 3, 1)] == [422.0, 475.0, 528.0]


def test_a_dragged_point_takes_the_nearest_score_on_the_scale():
    assert [score_at(STRIP, score_y(STRIP, s, -2, 2), -2, 2) for s in range(-2, 3)] == [-2, -1, 0, 1, 2]
    assert [score_at(STRIP, score_y(STRIP, s, 1, 7), 1, 7) for s in range(1, 8)] == list(range(1, 8))
    assert score_at(STRIP, 461.0, -2, 2) == 1 and score_at(STRIP, 462.5, -2, 2) == 0  # either side of 461.75
    assert score_at(STRIP, 488.0, -2, 2) == 0 and score_at(STRIP, 489.0, -2, 2) == -1


def test_a_point_dragged_beyond_the_strip_stops_at_the_scale_ends():
    assert score_at(STRIP, 0.0, -2, 2) == 2 and score_at(STRIP, 5000.0, -2, 2) == -2
    assert score_at(STRIP, 400.0, 1, 5) == 5 and score_at(STRIP, 550.0, 1, 5) == 1


def test_a_strip_no_taller_than_its_margins_does_not_divide_by_zero():
    flat = Rect(0.0, 0.0, 100.0, 40.0)  # 40 - 2 * 22 < 1: one scene unit per whole scale
    assert score_at(flat, 22.4, -2, 2) == 0
    assert (score_at(flat, 22.0, -2, 2), score_at(flat, 22.7, -2, 2), score_at(flat, 22.9, -2, 2)) == (2, -1, -2)


def test_points_follow_the_journey_order_and_are_spread_across_their_stage():
    jmap = grid_map()  # stages 150..450 and 450..950, curve strip from y 376
    points = curve_points(jmap, Grid(jmap), ["a", "b", "c"], ["a", "b"])
    assert points == [CurvePoint("a", 300.0, 424.5, 1, True), CurvePoint("b", 575.0, 451.0, 0, True),
                      CurvePoint("c", 825.0, 424.5, 1, False)]


def test_a_step_never_goes_back_to_an_earlier_stage_column():
    jmap = grid_map()
    points = curve_points(jmap, Grid(jmap), ["b", "a", "c"], [])
    assert [p.node_id for p in points] == ["b", "a", "c"]  # a (stage 1) joins b's column, in journey order
    assert [round(p.x, 3) for p in points] == [533.333, 700.0, 866.667]
    assert not any(p.on_main_path for p in points)


def test_points_are_listed_by_column_then_journey_order():
    jmap = grid_map()
    points = curve_points(jmap, Grid(jmap), ["a", "c", "b", "unknown"], ["c"])
    assert [(p.node_id, p.x, p.on_main_path) for p in points] == [("a", 300.0, False), ("c", 575.0, True),
                                                                  ("b", 825.0, False)]


def test_rtl_points_run_from_the_right():
    jmap = grid_map("rtl")  # stage 1 is 500..800, stage 2 is 0..500
    points = curve_points(jmap, Grid(jmap), ["a", "b", "c"], ["c"])
    assert [(p.node_id, p.x, p.y) for p in points] == [("a", 650.0, 424.5), ("b", 375.0, 451.0), ("c", 125.0, 424.5)]


def test_steps_without_an_expected_emotion_have_no_point_and_the_map_scale_sets_the_height():
    data_map = grid_map(emotion_scale={"min": -3, "max": 3})
    jmap = data_map.model_copy(update={"nodes": [data_map.nodes[0],
                                                 data_map.nodes[1].model_copy(update={"expected_emotion": None}),
                                                 data_map.nodes[2]]})
    points = curve_points(jmap, Grid(jmap), ["a", "b", "c"], [])
    # a alone in stage 1; c alone in stage 2; score 1 of -3..3 is 2/6 of 106 below the top margin
    assert [(p.node_id, p.x, round(p.y, 3), p.score) for p in points] == [("a", 300.0, 433.333, 1),
                                                                          ("c", 700.0, 433.333, 1)]


@pytest.mark.parametrize("a,b", [((-5.0, 5.0), (15.0, 5.0)), ((15.0, 5.0), (-5.0, 5.0)), ((5.0, -5.0), (5.0, 15.0)),
                                 ((5.0, 15.0), (5.0, -5.0)), ((2.0, 2.0), (3.0, 3.0)), ((-4.0, 5.5), (3.0, 12.5)),
                                 ((12.0, -3.0), (-3.0, 12.0)), ((-5.0, 5.0), (0.0, 5.0)), ((10.0, 5.0), (20.0, 5.0)),
                                 ((5.0, -5.0), (5.0, 0.0)), ((5.0, 10.0), (5.0, 20.0)), ((-5.0, 0.0), (15.0, 0.0)),
                                 ((10.0, -5.0), (10.0, 15.0)), ((-5.0, 5.0), (5.0, 15.0)),
                                 ((5.0, -5.0), (5.5, 15.0))])
def test_a_segment_through_or_touching_a_box_hits_it(a, b):
    assert _segment_hits_box(a, b, BOX)


@pytest.mark.parametrize("a,b", [((-5.0, -5.0), (-1.0, 20.0)), ((11.0, -5.0), (20.0, 20.0)), ((-5.0, -5.0), (20.0, -1.0)),
                                 ((-5.0, 11.0), (20.0, 20.0)), ((-4.0, 7.0), (3.0, 14.0)), ((3.0, 14.0), (-4.0, 7.0)),
                                 ((7.0, -4.0), (14.0, 3.0)), ((-6.0, 3.0), (3.0, -6.0)), ((14.0, 7.0), (7.0, 14.0)),
                                 ((-5.0, 5.0), (-0.1, 5.0)), ((5.0, 10.1), (5.0, 30.0))])
def test_a_segment_that_passes_beside_a_box_misses_it(a, b):
    assert not _segment_hits_box(a, b, BOX)


def test_boxes_overlap_only_when_they_share_area():
    assert _boxes_overlap(BOX, Rect(9.9, 9.9, 5.0, 5.0)) and _boxes_overlap(Rect(-4.9, -4.9, 5.0, 5.0), BOX)
    assert _boxes_overlap(BOX, Rect(2.0, 2.0, 1.0, 1.0)) and _boxes_overlap(Rect(-5.0, -5.0, 20.0, 20.0), BOX)
    for side in (Rect(10.0, 0.0, 5.0, 5.0), Rect(-5.0, 0.0, 5.0, 5.0), Rect(0.0, 10.0, 5.0, 5.0), Rect(0.0, -5.0, 5.0, 5.0)):
        assert not _boxes_overlap(BOX, side) and not _boxes_overlap(side, BOX)  # touching is not overlapping


def test_a_long_segment_is_found_from_every_strip_it_crosses():
    obstacles = _Obstacles([point("a", 0.0, 100.0), point("b", 1000.0, 100.0)], 10.0)
    for x in (50.0, 250.0, 450.0, 650.0, 850.0, 985.0):
        assert obstacles.crosses_curve(Rect(x, 90.0, 10.0, 20.0)), x
    assert not obstacles.crosses_curve(Rect(500.0, 120.0, 10.0, 20.0))
    assert not obstacles.crosses_curve(Rect(1100.0, 90.0, 10.0, 20.0))


def test_a_dot_covers_its_radius_around_the_point():
    obstacles = _Obstacles([point("a", 400.0, 100.0), point("b", 800.0, 300.0)], 10.0)
    assert obstacles.covers_dot(Rect(409.0, 109.0, 5.0, 5.0)) and obstacles.covers_dot(Rect(386.0, 86.0, 5.0, 5.0))
    assert not obstacles.covers_dot(Rect(410.0, 100.0, 5.0, 5.0)) and not obstacles.covers_dot(Rect(385.0, 100.0, 5.0, 5.0))
    assert not obstacles.covers_dot(Rect(400.0, 110.0, 5.0, 5.0)) and not obstacles.covers_dot(Rect(400.0, 85.0, 5.0, 5.0))
    assert obstacles.covers_dot(Rect(795.0, 291.0, 2.0, 2.0))  # the last point has its dot too
    assert not obstacles.covers_dot(Rect(1500.0, 100.0, 5.0, 5.0))  # nothing in that strip
    wide = _Obstacles([point("c", 395.0, 100.0)], 10.0)  # its dot spans two strips (385..405)
    assert wide.covers_dot(Rect(401.0, 95.0, 3.0, 3.0)) and wide.covers_dot(Rect(388.0, 95.0, 3.0, 3.0))


def test_label_candidates_go_above_below_beside_diagonal_then_further_out():
    near = _label_candidates(point("a", 100.0, 100.0), 40.0, 20.0, 10.0)
    assert near[:8] == [Rect(80.0, 67.0, 40.0, 20.0), Rect(80.0, 113.0, 40.0, 20.0), Rect(113.0, 90.0, 40.0, 20.0),
                        Rect(47.0, 90.0, 40.0, 20.0), Rect(110.0, 70.0, 40.0, 20.0), Rect(50.0, 70.0, 40.0, 20.0),
                        Rect(110.0, 110.0, 40.0, 20.0), Rect(50.0, 110.0, 40.0, 20.0)]
    # each far box moves its centre away from the point by 1.8 times the near box's offset
    far = [(round(b.x + 20.0 - 100.0, 6), round(b.y + 10.0 - 100.0, 6)) for b in near[8:]]
    assert far == [(0.0, -41.4), (0.0, 41.4), (59.4, 0.0), (-59.4, 0.0), (54.0, -36.0), (-54.0, -36.0),
                   (54.0, 36.0), (-54.0, 36.0)]
    assert all((b.w, b.h) == (40.0, 20.0) for b in near) and len(near) == 16


def test_a_label_goes_above_its_point_when_that_is_free():
    placed = place_labels([point("a", 500.0, 500.0)], [("worst", "a", 60.0, 20.0)], BIG)
    assert placed == {"worst": Rect(470.0, 467.0, 60.0, 20.0)}  # default radius 10, 3 units apart


def test_a_label_that_would_cross_the_line_goes_below():
    assert place_labels(V_SHAPE, [("end", "q", 60.0, 20.0)], BIG) == {"end": Rect(170.0, 213.0, 60.0, 20.0)}


def test_a_second_label_on_the_same_point_keeps_off_the_first_and_unknown_nodes_get_none():
    wanted = [("x", "zz", 5.0, 5.0), ("worst", "q", 60.0, 20.0), ("end", "q", 60.0, 20.0)]
    placed = place_labels(V_SHAPE, wanted, BIG)
    assert placed == {"worst": Rect(170.0, 213.0, 60.0, 20.0), "end": Rect(213.0, 190.0, 60.0, 20.0)}


def test_a_label_keeps_off_another_point_dot():
    a, c, b = point("A", 100.0, 100.0), point("C", 100.0, 400.0), point("B", 135.0, 75.0)
    # above: B's dot; below and right: the line A-C and C-B; left is free
    assert place_labels([a, c, b], [("k", "A", 60.0, 20.0)], BIG) == {"k": Rect(27.0, 90.0, 60.0, 20.0)}
    assert place_labels([a, c, b], [("k", "A", 60.0, 20.0)], BIG, radius=4.0)["k"] == Rect(70.0, 73.0, 60.0, 20.0)


def test_a_label_stays_inside_the_strip_where_it_can():
    placed = place_labels([point("a", 200.0, 20.0)], [("end", "a", 60.0, 20.0)], BIG)
    assert placed == {"end": Rect(170.0, 33.0, 60.0, 20.0)}  # above would leave the strip at the top
    exact = Rect(170.0, 0.0, 60.0, 53.0)  # the strip's edges touch the box below: still inside
    assert place_labels([point("a", 200.0, 20.0)], [("end", "a", 60.0, 20.0)], exact) == placed
    top = Rect(0.0, 167.0, 1000.0, 1000.0)  # touches the box above the point at (200, 200)
    assert place_labels([point("a", 200.0, 200.0)], [("end", "a", 60.0, 20.0)], top) == {"end": Rect(170.0, 167.0, 60.0, 20.0)}
    # one unit short on any side: nothing is inside, so the first free place (above) is taken
    for bounds in (Rect(171.0, 0.0, 59.0, 53.0), Rect(170.0, 0.0, 59.0, 53.0), Rect(170.0, 0.0, 60.0, 52.0)):
        assert place_labels([point("a", 200.0, 20.0)], [("end", "a", 60.0, 20.0)], bounds) == \
            {"end": Rect(170.0, -13.0, 60.0, 20.0)}


def test_with_no_room_in_the_strip_the_first_free_place_outside_wins():
    tiny = Rect(0.0, 0.0, 1.0, 1.0)
    assert place_labels(V_SHAPE, [("end", "q", 60.0, 20.0)], tiny) == {"end": Rect(170.0, 213.0, 60.0, 20.0)}


def test_with_no_free_place_at_all_the_label_goes_above():
    zigzag = [point(f"z{i}", -3000.0 + 20.0 * i, -3000.0 if i % 2 else 3000.0) for i in range(301)]
    zigzag.insert(151, point("mid", 10.0, 0.0))  # a line every 10 units around it
    placed = place_labels(zigzag, [("worst", "mid", 50.0, 20.0)], BIG)
    assert placed == {"worst": Rect(-15.0, -33.0, 50.0, 20.0)}


def test_curves_of_the_sample_maps_run_forward_inside_the_strip():
    from tests.model.geometry import all_maps

    for name, jmap in all_maps():
        graph = jgraph.build_graph(jmap)
        order = jgraph.journey_order(jmap, graph)
        grid = Grid(jmap)
        points = curve_points(jmap, grid, order, jgraph.main_path(jmap, graph))
        assert [p.node_id for p in points] == [n for n in order if jmap.node(n).expected_emotion is not None], name
        xs = [-p.x if grid.rtl else p.x for p in points]
        assert all(a < b for a, b in zip(xs, xs[1:])), name
        rect = grid.curve_rect
        assert all(rect.x <= p.x <= rect.right and rect.y + 22 <= p.y <= rect.bottom - 22 for p in points), name
