"""Copy and paste of nodes (with the edges between them) through the system clipboard.

The fragment travels as JSON under a private MIME type, so it pastes between two windows (or two
running copies) of the app; the titles go along as plain text for other programs.
"""
from __future__ import annotations

import atexit
import json
from typing import Optional

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from journeymap.model.ids import new_id
from journeymap.model.schema import Edge, JourneyMap, Node

MIME_TYPE = "application/x-journeymap-fragment+json"
PASTE_OFFSET = 20.0


def fragment(jmap: JourneyMap, node_ids: list[str]) -> dict:
    wanted = set(node_ids)
    nodes = [n.model_dump(mode="json") for n in jmap.nodes if n.id in wanted]
    edges = [e.model_dump(mode="json") for e in jmap.edges if e.source in wanted and e.target in wanted]
    return {"nodes": nodes, "edges": edges}


def put(jmap: JourneyMap, node_ids: list[str]) -> None:
    data = fragment(jmap, node_ids)
    if not data["nodes"]:
        return
    mime = QMimeData()
    mime.setData(MIME_TYPE, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(n["title"] for n in data["nodes"]))
    QGuiApplication.clipboard().setMimeData(mime)
    _clear_at_exit()


_registered = False


def _clear_at_exit() -> None:
    """Let Qt free our QMimeData while the application still exists (else a crash at exit)."""
    global _registered
    if not _registered:
        _registered = True
        atexit.register(_release_clipboard)
        app = QGuiApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(_release_clipboard)


def _release_clipboard() -> None:
    app = QGuiApplication.instance()
    if app is not None:
        clipboard = app.clipboard()
        if clipboard.mimeData() is not None and clipboard.mimeData().hasFormat(MIME_TYPE):
            clipboard.clear()


def take(jmap: JourneyMap) -> Optional[tuple[list[Node], list[Edge]]]:
    """The clipboard's fragment, re-identified and fitted to ``jmap``; None if there is none."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is None or not mime.hasFormat(MIME_TYPE):
        return None
    try:
        data = json.loads(bytes(mime.data(MIME_TYPE)).decode("utf-8"))
        return clone(jmap, data)
    except (ValueError, TypeError, KeyError):
        return None


def clone(jmap: JourneyMap, data: dict) -> tuple[list[Node], list[Edge]]:
    """New ids, an offset, and references that exist in ``jmap`` (else the first stage/lane)."""
    if not jmap.stages or not jmap.lanes:
        return [], []
    stages, lanes = {s.id for s in jmap.stages}, {lane.id for lane in jmap.lanes}
    personas = {p.id for p in jmap.personas}
    id_map: dict[str, str] = {}
    nodes = []
    for raw in data.get("nodes", []):
        node = Node.model_validate(raw)
        id_map[node.id] = new_id("n")
        nodes.append(node.model_copy(update={
            "id": id_map[node.id],
            "stage_id": node.stage_id if node.stage_id in stages else jmap.stages[0].id,
            "lane_id": node.lane_id if node.lane_id in lanes else jmap.lanes[0].id,
            "x": node.x + PASTE_OFFSET, "y": node.y + PASTE_OFFSET,
            "persona_ids": [p for p in node.persona_ids if p in personas],
        }))
    edges = []
    for raw in data.get("edges", []):
        edge = Edge.model_validate(raw)
        if edge.source in id_map and edge.target in id_map:
            edges.append(edge.model_copy(update={"id": new_id("e"), "source": id_map[edge.source],
                                                 "target": id_map[edge.target]}))
    return nodes, edges
