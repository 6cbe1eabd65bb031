"""The emotion-curve strip: every step with an expected emotion in journey order along the reading
direction, the main path as a solid line and the other steps (branches) hollow on a dashed line;
the worst and end markers are the derived worst moment and last moments (the nodes the weak
points name). A point can be dragged up or down to set that step's emotion (see tools.py)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from journeymap.canvas import style
from journeymap.model import curve_layout
from journeymap.model.layout import Rect

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.canvas.scene import MapScene

LINE_COLOR = "#34495e"
BRANCH_COLOR = "#8795a1"
MARKER_RING = "#1f2933"
DOT, MARKER = 6.5, 10.0
LABEL_POINTS = 12.0
MANY_STEPS = 400  # longer curves draw the line and the markers only


class CurveItem(QGraphicsItem):
    """Draws the curve from scene data; recomputed (debounced) when nodes or edges change."""

    def __init__(self):
        super().__init__()
        self.setZValue(2)
        self.points: list[curve_layout.CurvePoint] = []
        self.worst: Optional[str] = None
        self.last: list[str] = []
        self.labels: dict[str, Rect] = {}
        self.dragging: Optional[tuple[str, float]] = None  # node id, y while a point is dragged

    def map_scene(self) -> "MapScene":
        return self.scene()  # type: ignore[return-value]

    def boundingRect(self) -> QRectF:
        if not self.scene():
            return QRectF()
        rect = self.map_scene().grid.curve_rect
        return QRectF(rect.x, rect.y, rect.w, rect.h)

    def recompute(self) -> None:
        scene = self.map_scene()
        order, main_path, worst, last = scene.journey_facts()
        self.points = curve_layout.curve_points(scene.doc.map, scene.grid, order, main_path)
        shown = {p.node_id for p in self.points}
        self.worst = worst if worst in shown else None
        self.last = [n for n in last if n in shown]
        metrics = QFontMetricsF(style.map_font(LABEL_POINTS, bold=True))
        wanted = []
        if self.worst:
            wanted.append(("worst", self.worst, metrics.horizontalAdvance(scene.curve_label("worst")) + 10, metrics.height()))
        for node_id in self.last:
            wanted.append((f"end:{node_id}", node_id, metrics.horizontalAdvance(scene.curve_label("end")) + 10, metrics.height()))
        self.labels = curve_layout.place_labels(self.points, wanted, scene.grid.curve_rect, MARKER + 2)
        self.update()

    def point_at(self, pos: QPointF) -> Optional[str]:
        """The step whose point is under a scene position (for dragging its emotion)."""
        for p in self.points:
            if (p.x - pos.x()) ** 2 + (p.y - pos.y()) ** 2 <= (MARKER + 3) ** 2:
                return p.node_id
        return None

    def score_for(self, y: float) -> int:
        scale = self.map_scene().doc.map.emotion_scale
        return curve_layout.score_at(self.map_scene().grid.curve_rect, y, scale.min, scale.max)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.map_scene()
        rect = scene.grid.curve_rect
        painter.setRenderHint(QPainter.Antialiasing)
        scale = scene.doc.map.emotion_scale
        mid = curve_layout.score_y(rect, (scale.min + scale.max) / 2, scale.min, scale.max)
        painter.setPen(QPen(QColor(style.GRID_LINE), 1, Qt.DashLine))
        painter.drawLine(QPointF(rect.x, mid), QPointF(rect.x + rect.w, mid))
        points = [self._dragged(p) for p in self.points]
        if not points:
            return
        self._paint_lines(painter, points)
        if len(points) <= MANY_STEPS:
            for p in points:
                self._paint_dot(painter, p)
        self._paint_markers(painter, points, scene)

    def _dragged(self, p: curve_layout.CurvePoint) -> curve_layout.CurvePoint:
        if self.dragging and self.dragging[0] == p.node_id:
            y = self.dragging[1]
            return curve_layout.CurvePoint(p.node_id, p.x, y, self.score_for(y), p.on_main_path)
        return p

    def _paint_lines(self, painter: QPainter, points: list) -> None:
        every = QPainterPath(QPointF(points[0].x, points[0].y))
        for p in points[1:]:
            every.lineTo(p.x, p.y)
        painter.setBrush(Qt.NoBrush)
        painter.setPen(QPen(QColor(BRANCH_COLOR), 1.4, Qt.DashLine))
        painter.drawPath(every)
        main = [p for p in points if p.on_main_path]
        if len(main) > 1:
            path = QPainterPath(QPointF(main[0].x, main[0].y))
            for p in main[1:]:
                path.lineTo(p.x, p.y)
            painter.setPen(QPen(QColor(LINE_COLOR), 2.6))
            painter.drawPath(path)

    def _paint_dot(self, painter: QPainter, p) -> None:
        color = style.emotion_color(p.score)
        if p.on_main_path:
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(color)
        else:  # a branch step: hollow
            painter.setPen(QPen(color, 2.5))
            painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(QPointF(p.x, p.y), DOT, DOT)

    def _paint_markers(self, painter: QPainter, points: list, scene) -> None:
        where = {p.node_id: p for p in points}
        painter.setFont(style.map_font(LABEL_POINTS, bold=True))
        for key, rect in self.labels.items():
            node_id = self.worst if key == "worst" else key.split(":", 1)[1]
            p = where[node_id]
            painter.setPen(QPen(QColor(MARKER_RING), 2.2))
            painter.setBrush(style.emotion_color(p.score))
            painter.drawEllipse(QPointF(p.x, p.y), MARKER, MARKER)
            text = scene.curve_label("worst" if key == "worst" else "end")
            box = QRectF(rect.x, rect.y, rect.w, rect.h)
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(MARKER_RING if key == "worst" else style.MUTED_TEXT))
            painter.drawText(box, text, style.text_option(text, wrap=False, center=True))
