"""EditorScene: the map scene plus the editing gestures of the current tool.

Tools: select (default; drag a card's handle to connect) and connect (drag from anywhere on a card).
Adding is a gesture in either tool: double-click a cell, or the T / K / Enter keys.
A drag moves the cards live; the release pushes ONE move command for all selected cards.
"""
from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from journeymap.canvas.items import EdgeItem, NodeItem
from journeymap.canvas.scene import MapScene
from journeymap.canvas.style import SELECTION
from journeymap.editor.controller import EditorController
from journeymap.editor.resize import BorderResizer

TOOLS = ("select", "connect")


class EditorScene(MapScene):
    toolChanged = Signal(str)

    def __init__(self, doc, controller: EditorController, options=None, parent=None):
        self.controller = controller
        self.tool = "select"
        self._connect_from: str | None = None
        self._rubber_line: QGraphicsLineItem | None = None
        self._curve_drag: str | None = None  # node id of the curve point being dragged
        self.resizer = BorderResizer(self)
        super().__init__(doc, options, parent)

    def set_tool(self, tool: str) -> None:
        if tool not in TOOLS:
            raise ValueError(tool)
        self.tool = tool
        self.toolChanged.emit(tool)

    def node_at(self, scene_pos: QPointF) -> NodeItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def handle_at(self, scene_pos: QPointF) -> NodeItem | None:
        """The card whose connect handle is under a scene point (the handle overhangs the card)."""
        area = QRectF(scene_pos.x() - 10, scene_pos.y() - 10, 20, 20)
        for item in self.items(area):
            if isinstance(item, NodeItem) and item.on_handle(item.mapFromScene(scene_pos)):
                return item
        return None

    def selected_node_ids(self) -> list[str]:
        return [i.node_id for i in self.selectedItems() if isinstance(i, NodeItem)]

    def selected_edge_ids(self) -> list[str]:
        return [i.edge_id for i in self.selectedItems() if isinstance(i, EdgeItem)]

    def select_ids(self, node_ids: list[str]) -> None:
        self.clearSelection()
        for node_id in node_ids:
            item = self.node_items.get(node_id)
            if item is not None:
                item.setSelected(True)

    # ---- mouse gestures ----
    def mousePressEvent(self, event) -> None:
        if event.button() != Qt.LeftButton:
            return super().mousePressEvent(event)
        pos = event.scenePos()
        self._curve_drag = self.curve_item.point_at(pos)
        if self._curve_drag is not None:  # drag a curve point up or down: that step's emotion
            self.curve_item.dragging = (self._curve_drag, pos.y())
            self.curve_item.update()
            event.accept()
            return
        if self.resizer.start(pos):
            event.accept()
            return
        handle = self.handle_at(pos)
        if handle is not None:
            self._start_connect(handle, pos)
            event.accept()
            return
        item = self.node_at(pos)
        if item is not None and self.tool == "connect":
            self._start_connect(item, pos)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._curve_drag is not None:
            rect = self.grid.curve_rect
            y = min(max(event.scenePos().y(), rect.y), rect.bottom)
            self.curve_item.dragging = (self._curve_drag, y)
            self.curve_item.update()
            event.accept()
            return
        if self.resizer.active is not None:
            self.resizer.move(event.scenePos())
            event.accept()
            return
        if self._rubber_line is not None:
            line = self._rubber_line.line()
            self._rubber_line.setLine(QLineF(line.p1(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)  # Qt drags the selected cards
        if event.buttons() & Qt.LeftButton:
            self.follow_moved_cards()

    def mouseReleaseEvent(self, event) -> None:
        if self._curve_drag is not None:
            self._finish_curve_drag()
            event.accept()
            return
        if self.resizer.active is not None:
            self.resizer.finish(event.scenePos())
            event.accept()
            return
        if self._rubber_line is not None:
            self._finish_connect(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if event.button() == Qt.LeftButton:
            self.commit_drag()

    def mouseDoubleClickEvent(self, event) -> None:
        item = self.node_at(event.scenePos())
        if item is not None:
            self.controller.renameRequested.emit(item.node_id)
        elif self.grid.cell_at(event.scenePos().x(), event.scenePos().y()):
            self._add_and_rename(event.scenePos(), "touchpoint")
        event.accept()

    def _add_and_rename(self, pos: QPointF, kind: str) -> None:
        node_id = self.controller.add_node_at(pos, self.grid, kind)
        if node_id:
            self.select_ids([node_id])
            self.controller.renameRequested.emit(node_id)

    def _finish_curve_drag(self) -> None:
        """Release of a curve point: one "Set emotion" command when the score changed, else nothing."""
        node_id, y = self.curve_item.dragging
        self._curve_drag, self.curve_item.dragging = None, None
        emotion = self.doc.node(node_id).expected_emotion
        score = self.curve_item.score_for(y)
        if emotion is None or score != emotion.score:
            self.controller.set_emotion([node_id], score)
        self.curve_item.update()

    def _start_connect(self, item: NodeItem, pos: QPointF) -> None:
        self._connect_from = item.node_id
        start = item.mapToScene(item.handle_center())
        self._rubber_line = QGraphicsLineItem(QLineF(start, pos))
        pen = QPen(QColor(SELECTION), 2, Qt.DashLine)
        pen.setCosmetic(True)
        self._rubber_line.setPen(pen)
        self._rubber_line.setZValue(100)
        self.addItem(self._rubber_line)

    def _finish_connect(self, pos: QPointF) -> None:
        self.removeItem(self._rubber_line)
        self._rubber_line = None
        source, self._connect_from = self._connect_from, None
        target = self.node_at(pos)
        if source and target is not None and target.node_id != source:
            self.controller.connect(source, target.node_id)

    def commit_drag(self) -> None:
        """After a drag: snap the moved cards to the grid and push one move command."""
        places = {}
        for node_id in self.selected_node_ids():
            item = self.node_items[node_id]
            expected = QPointF(*self.grid.node_scene_pos(self.doc.node(node_id)))
            if (item.pos() - expected).manhattanLength() < 0.5:
                continue
            place = self.grid.place_card(item.pos().x(), item.pos().y())
            if place is not None:
                places[node_id] = place
        moved = bool(places) and self.controller.move(places)
        if places and not moved:  # a tiny drag snapped back to where it was
            for node_id in places:
                self._on_node_changed(node_id)
