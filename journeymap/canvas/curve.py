"""The emotion-curve strip: expected emotions along the main path, worst and last moments marked."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from journeymap.canvas import style
from journeymap.model.layout import CARD_WIDTH

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.canvas.scene import MapScene


class CurveItem(QGraphicsItem):
    """Draws the curve from scene data; recomputed (debounced) when nodes or edges change."""

    def __init__(self):
        super().__init__()
        self.setZValue(2)
        self.points: list[tuple[QPointF, int, str]] = []  # position, score, node id

    def map_scene(self) -> "MapScene":
        return self.scene()  # type: ignore[return-value]

    def boundingRect(self) -> QRectF:
        if not self.scene():
            return QRectF()
        rect = self.map_scene().grid.curve_rect
        return QRectF(rect.x, rect.y, rect.w, rect.h)

    def recompute(self) -> None:
        scene = self.map_scene()
        jmap, grid = scene.doc.map, scene.grid
        rect = grid.curve_rect
        low, high = jmap.emotion_scale.min, jmap.emotion_scale.max
        points = []
        for node_id in scene.curve_path():
            node = scene.doc.node(node_id)
            if node.expected_emotion is None:
                continue
            sx, _ = grid.node_scene_pos(node)
            score = node.expected_emotion.score
            y = rect.y + 18 + (high - score) / (high - low) * (rect.h - 36)
            points.append((QPointF(sx + CARD_WIDTH / 2, y), score, node_id))
        self.points = points
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.map_scene()
        rect = scene.grid.curve_rect
        painter.setRenderHint(QPainter.Antialiasing)
        mid = rect.y + rect.h / 2
        painter.setPen(QPen(QColor(style.GRID_LINE), 1, Qt.DashLine))
        painter.drawLine(QPointF(rect.x, mid), QPointF(rect.x + rect.w, mid))
        if not self.points:
            return
        path = QPainterPath(self.points[0][0])
        for point, _, _ in self.points[1:]:
            path.lineTo(point)
        painter.setPen(QPen(QColor("#34495e"), 2.2))
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(path)
        worst = min(self.points, key=lambda p: p[1])
        for point, score, node_id in self.points:
            painter.setPen(QPen(QColor("#ffffff"), 1.5))
            painter.setBrush(style.emotion_color(score))
            radius = 9.0 if (point, score, node_id) in (worst, self.points[-1]) else 6.0
            painter.drawEllipse(point, radius, radius)
        self._mark(painter, worst[0], scene.curve_label("worst"), worst[1] < 0)
        self._mark(painter, self.points[-1][0], scene.curve_label("end"), True)

    def _mark(self, painter: QPainter, point: QPointF, text: str, show: bool) -> None:
        if not show:
            return
        painter.setFont(style.map_font(7.5, bold=True))
        painter.setPen(QColor(style.MUTED_TEXT))
        rect = self.map_scene().grid.curve_rect
        top = point.y() + 10 if point.y() < rect.y + rect.h / 2 else point.y() - 28
        painter.drawText(QRectF(point.x() - 60, top, 120, 18), text,
                         style.text_option(text, wrap=False, center=True))
