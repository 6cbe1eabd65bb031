"""The emotion curve: every step with an emotion, in journey order along the reading direction,
never doubling back; worst and end markers are the nodes the weak points name."""
import pytest

from journeymap.model import graph as jgraph
from journeymap.model.schema import Edge, Emotion, Node
from journeymap.model.weakpoints import analyze
from tests.canvas.scenes import editor_scene
from tests.model.geometry import all_maps

MAPS = all_maps()


@pytest.mark.parametrize("name,jmap", MAPS, ids=[name for name, _ in MAPS])
def test_curve_runs_in_journey_order_along_the_reading_direction(qtbot, name, jmap):
    scene = editor_scene(jmap)
    curve, doc = scene.curve_item, scene.doc
    order = jgraph.journey_order(doc.map, doc.graph())
    with_emotion = [n for n in order if doc.node(n).expected_emotion is not None]
    assert [p.node_id for p in curve.points] == with_emotion
    xs = [p.x for p in curve.points]
    forward = [-x for x in xs] if doc.map.is_rtl() else xs
    assert all(a < b for a, b in zip(forward, forward[1:])), "the curve never doubles back"
    rect = scene.grid.curve_rect
    assert all(rect.x <= x <= rect.right for x in xs)


@pytest.mark.parametrize("name,jmap", MAPS, ids=[name for name, _ in MAPS])
def test_curve_markers_are_the_weak_points_nodes(qtbot, name, jmap):
    scene = editor_scene(jmap)
    points = analyze(scene.doc.map)
    worst = [p.node_id for p in points if p.rule == "peak_end_worst"]
    last = {p.node_id for p in points if p.rule == "peak_end_last"}
    assert ([scene.curve_item.worst] if scene.curve_item.worst else []) == worst
    negative_ends = {n for n in scene.curve_item.last
                     if scene.doc.node(n).expected_emotion.score < 0 and scene.doc.graph().in_degree(n) > 0}
    assert negative_ends == last


def test_curve_labels_cross_neither_the_line_nor_each_other(qtbot):
    from journeymap.model.curve_layout import _boxes_overlap, _segment_hits_box

    for name, jmap in MAPS:
        curve = editor_scene(jmap).curve_item
        segments = list(zip([(p.x, p.y) for p in curve.points], [(p.x, p.y) for p in curve.points[1:]]))
        boxes = list(curve.labels.values())
        assert not any(_segment_hits_box(a, b, box) for a, b in segments for box in boxes), name
        assert not any(_boxes_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]), name


def test_an_unconnected_card_never_erases_the_curve(qtbot):
    scene = editor_scene(MAPS[0][1])
    before = len(scene.curve_item.points)
    stage, lane = scene.doc.map.stages[0].id, scene.doc.map.lanes[0].id
    node_id = scene.controller.add_node_in_cell(stage, lane)
    scene.controller.set_emotion([node_id], 1)
    scene.curve_item.recompute()
    assert len(scene.curve_item.points) == before + 1
    assert node_id in {p.node_id for p in scene.curve_item.points}
