"""Geometry on every sample, template and a generated 300-node map: no two cards intersect and no
arrow passes under a card, after load, add, paste, move and resize (real scene, real commands)."""
import pytest
from PySide6.QtCore import QPointF

from tests.canvas.scenes import arrows_under_cards, editor_scene, items_follow_document
from tests.model.geometry import all_maps, intersecting_pairs, outside_cell

MAPS = all_maps()


def assert_tidy(scene, step: str) -> None:
    jmap = scene.doc.map
    assert intersecting_pairs(jmap) == [], step
    assert outside_cell(jmap) == [], step
    assert items_follow_document(scene), step
    assert arrows_under_cards(scene) == [], step


@pytest.mark.parametrize("name,jmap", MAPS, ids=[name for name, _ in MAPS])
def test_no_overlaps_and_no_arrow_under_a_card_through_edits(qtbot, name, jmap):
    scene = editor_scene(jmap)
    assert_tidy(scene, "load")
    controller, doc = scene.controller, scene.doc
    first = doc.map.nodes[0]
    for _ in range(3):
        controller.add_node_in_cell(first.stage_id, first.lane_id)
    last_stage = doc.map.stages[-1].id
    in_last = next((n for n in doc.map.nodes if n.stage_id == last_stage), None)
    if in_last is not None:
        new_id = controller.add_next(in_last.id)
        assert doc.node(new_id).stage_id == last_stage  # inside the grid, in the last stage
    assert_tidy(scene, "add")
    some = [n.id for n in doc.map.nodes[:3]]
    controller.copy(some)
    assert len(controller.paste()) == len(some)
    controller.duplicate(some)
    assert_tidy(scene, "paste")
    a, b = doc.map.nodes[0], doc.map.nodes[1]
    controller.move({b.id: (a.stage_id, a.lane_id, a.x, a.y)})  # dropped right on another card
    assert_tidy(scene, "move")
    border = scene.grid.stage_rect(doc.map.stages[0].id)
    edge_x = border.x if scene.grid.rtl else border.right
    assert scene.resizer.start(QPointF(edge_x, 10))
    scene.resizer.finish(QPointF(edge_x + (2000 if scene.grid.rtl else -2000), 10))  # shrink hard
    assert_tidy(scene, "resize")
