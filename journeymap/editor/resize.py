"""Resize stages and lanes by dragging their borders in the header bands: one command per drag."""
from __future__ import annotations

import math
from typing import Optional

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem

from journeymap.canvas.style import SELECTION
from journeymap.model.layout import HEADER_HEIGHT
from journeymap.model.schema import updated
from journeymap.model.slots import content_size

GRAB = 6.0  # how close to a border the pointer must be, in scene units
LIMITS = {"stages": (120.0, 5000.0), "lanes": (110.0, 3000.0)}


class BorderResizer:
    """Finds the border under the pointer, shows a guide while dragging, commits on release."""

    def __init__(self, scene):
        self.scene = scene
        self.active: Optional[tuple[str, str, float, float]] = None  # list name, id, start, size
        self.guide: Optional[QGraphicsLineItem] = None

    def border_at(self, pos: QPointF) -> Optional[tuple[str, str]]:
        grid, jmap = self.scene.grid, self.scene.doc.map
        if 0 <= pos.y() <= HEADER_HEIGHT:
            for stage in jmap.stages:
                rect = grid.stage_rect(stage.id)
                edge = rect.x if grid.rtl else rect.right
                if abs(pos.x() - edge) <= GRAB:
                    return ("stages", stage.id)
        for lane in jmap.lanes:
            rect = grid.lane_rect(lane.id)
            if rect.x <= pos.x() <= rect.right and abs(pos.y() - rect.bottom) <= GRAB:
                return ("lanes", lane.id)
        return None

    def start(self, pos: QPointF) -> bool:
        found = self.border_at(pos)
        if found is None:
            return False
        name, item_id = found
        item = next(i for i in getattr(self.scene.doc.map, name) if i.id == item_id)
        size = item.width if name == "stages" else item.height
        self.active = (name, item_id, pos.x() if name == "stages" else pos.y(), size)
        self.guide = QGraphicsLineItem()
        pen = QPen(QColor(SELECTION), 2, Qt.DashLine)
        pen.setCosmetic(True)
        self.guide.setPen(pen)
        self.guide.setZValue(100)
        self.scene.addItem(self.guide)
        self.move(pos)
        return True

    def new_size(self, pos: QPointF) -> float:
        """The dragged size, rounded to 10, never so small that a card would leave its cell."""
        name, item_id, start, size = self.active
        delta = (pos.x() - start) * (-1 if self.scene.grid.rtl else 1) if name == "stages" else pos.y() - start
        low, high = LIMITS[name]
        low = max(low, math.ceil(content_size(self.scene.doc.map, name, item_id) / 10) * 10)
        return max(low, round(min(high, size + delta) / 10) * 10)

    def move(self, pos: QPointF) -> None:
        name = self.active[0]
        grid = self.scene.grid
        if name == "stages":
            self.guide.setLine(QLineF(pos.x(), 0, pos.x(), grid.total_height))
        else:
            self.guide.setLine(QLineF(0, pos.y(), grid.total_width, pos.y()))

    def finish(self, pos: QPointF) -> None:
        name, item_id, _, size = self.active
        new = self.new_size(pos)
        self.scene.removeItem(self.guide)
        self.guide, self.active = None, None
        if new == size:
            return
        field = "width" if name == "stages" else "height"
        items = [updated(i, **{field: new}) if i.id == item_id else i for i in getattr(self.scene.doc.map, name)]
        text = (QCoreApplication.translate("EditorController", "Resize stage") if name == "stages" else
                QCoreApplication.translate("EditorController", "Resize lane"))
        self.scene.controller.set_structure(name, items, text)
