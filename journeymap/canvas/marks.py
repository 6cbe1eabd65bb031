"""Marks drawn as shapes (not glyphs: the bundled Cairo font has no ▲ ▼ ✓ ✗): trend, verdict and
severity. Shape and colour both carry the meaning, so it survives colour blindness and greyscale."""
from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from journeymap.canvas import style

MARK_COLORS = {"up": style.KPI_NEUTRAL, "down": style.KPI_NEUTRAL, "check": style.KPI_GOOD, "cross": style.KPI_BAD,
               **style.SEVERITY_COLORS}


def draw_mark(p: QPainter, mark: str, center: QPointF, r: float) -> None:
    """▲ ▼ ✓ ✗ and a severity triangle with "!" as paths: shape and colour both carry the meaning."""
    p.save()
    color = QColor(MARK_COLORS.get(mark, style.MUTED_TEXT))
    x, y = center.x(), center.y()
    if mark in ("up", "down"):
        s = -1 if mark == "up" else 1
        p.setPen(Qt.NoPen)
        p.setBrush(color)
        p.drawPolygon(QPolygonF([QPointF(x, y + s * r), QPointF(x - r, y - s * r * 0.8), QPointF(x + r, y - s * r * 0.8)]))
    elif mark in ("check", "cross"):
        p.setPen(QPen(color, r * 0.45, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        path = QPainterPath()
        if mark == "check":
            path.moveTo(x - r, y)
            path.lineTo(x - r * 0.3, y + r * 0.7)
            path.lineTo(x + r, y - r * 0.8)
        else:
            path.moveTo(x - r * 0.8, y - r * 0.8)
            path.lineTo(x + r * 0.8, y + r * 0.8)
            path.moveTo(x + r * 0.8, y - r * 0.8)
            path.lineTo(x - r * 0.8, y + r * 0.8)
        p.drawPath(path)
    else:  # severity: a triangle, fuller for higher severity, with "!"
        p.setPen(QPen(color, 1.2))
        p.setBrush(color if mark in ("high", "medium") else Qt.NoBrush)
        p.drawPolygon(QPolygonF([QPointF(x, y - r * 1.1), QPointF(x - r * 1.1, y + r * 0.9), QPointF(x + r * 1.1, y + r * 0.9)]))
        p.setPen(QPen(QColor("#ffffff") if mark in ("high", "medium") else color, r * 0.3, Qt.SolidLine, Qt.RoundCap))
        p.drawLine(QPointF(x, y - r * 0.4), QPointF(x, y + r * 0.25))
        p.drawPoint(QPointF(x, y + r * 0.6))
    p.restore()
