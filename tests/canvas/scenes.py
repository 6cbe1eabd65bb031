"""Real editor scenes on real documents for the canvas geometry tests (no mocks)."""
from __future__ import annotations

from PySide6.QtGui import QUndoStack

from journeymap.document import Document
from journeymap.editor.controller import EditorController
from journeymap.editor.tools import EditorScene
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH
from journeymap.model.routing import CardIndex


def editor_scene(jmap):
    doc = Document(jmap.model_copy(deep=True))
    stack = QUndoStack()
    controller = EditorController(doc, stack)
    scene = EditorScene(doc, controller)
    scene.route_pending()
    scene.curve_item.recompute()
    return scene


def arrows_under_cards(scene) -> list[tuple[str, str]]:
    """(edge id, card id) for every arrow piece passing under a card that is not one of its ends
    (the end pieces may touch only their own cards; inner pieces may touch no card)."""
    index = CardIndex()
    for node_id, item in scene.node_items.items():
        pos = item.pos()
        index.set(node_id, (pos.x(), pos.y(), pos.x() + CARD_WIDTH, pos.y() + CARD_HEIGHT))
    bad = []
    for edge_id, item in scene.edge_items.items():
        edge = scene.doc.edge(edge_id)
        pieces = list(zip(item.points, item.points[1:]))
        for i, (a, b) in enumerate(pieces):
            ends = (edge.source, edge.target) if i in (0, len(pieces) - 1) else ()
            for card_id in index.boxes:
                others = tuple(k for k in index.boxes if k != card_id)
                if card_id not in ends and index.blocked(a, b, others, clear=0.0):
                    bad.append((edge_id, card_id))
    return bad


def items_follow_document(scene) -> bool:
    return all(abs(item.pos().x() - scene.grid.node_scene_pos(scene.doc.node(node_id))[0]) < 0.01
               and abs(item.pos().y() - scene.grid.node_scene_pos(scene.doc.node(node_id))[1]) < 0.01
               for node_id, item in scene.node_items.items())
