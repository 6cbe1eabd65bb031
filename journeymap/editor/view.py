"""MapView: zoom (wheel, pinch, keys), pan (middle drag, space-drag), rubber band, fit-all."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmapCache
from PySide6.QtWidgets import QGraphicsView

from journeymap.canvas.card import TITLE_POINTS
from journeymap.editor.overview import Overview

MIN_ZOOM, MAX_ZOOM = 0.05, 4.0
ZOOM_STEP = 1.2
READABLE_TITLE_PX = 11.0  # a card title at least this tall on screen


def readable_zoom(view) -> float:
    """The lowest zoom at which card titles are READABLE_TITLE_PX on this view's screen."""
    title_px = TITLE_POINTS * view.logicalDpiY() / 72
    return READABLE_TITLE_PX / title_px


class MapView(QGraphicsView):
    zoomChanged = Signal(float)

    def __init__(self, scene=None, parent=None):
        super().__init__(scene, parent)
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 96 * 1024))  # the cards on screen; zoomed out: overview
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.DontAdjustForAntialiasing, True)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setFocusPolicy(Qt.StrongFocus)
        self.viewport().grabGesture(Qt.PinchGesture)
        self._space_down = False
        self._pan_origin: QPointF | None = None
        self.overview = Overview(self)  # zoomed out: one image of the map, not 60,000 item paints
        self.overview.attach(scene)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        if self.overview.wanted():
            painter = QPainter(self.viewport())
            self.overview.paint(painter)
            painter.end()
            return
        super().paintEvent(event)

    # ---- zoom ----
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        current = self.zoom()
        if current and abs(factor - current) > 1e-6:
            self.scale(factor / current, factor / current)
            self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_all(self) -> None:
        scene = self.scene()
        if scene is None:
            return
        self.fitInView(scene.items_bounding_rect(), Qt.KeepAspectRatio)
        if self.zoom() > 1.0:
            self.set_zoom(1.0)
        self.zoomChanged.emit(self.zoom())

    def show_map(self) -> None:
        """On opening: the whole map if it fits at a readable zoom, else its reading-start corner
        (top left, or top right on right-to-left maps) at that zoom."""
        scene = self.scene()
        if scene is None:
            return
        self.fit_all()
        readable = readable_zoom(self)
        if self.zoom() >= readable:
            return
        self.set_zoom(readable)
        rect = scene.items_bounding_rect()
        half_w = self.viewport().width() / self.zoom() / 2
        half_h = self.viewport().height() / self.zoom() / 2
        x = rect.right() - half_w if scene.rtl else rect.left() + half_w
        self.centerOn(QPointF(x, rect.top() + half_h))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ShiftModifier:
            return super().wheelEvent(event)  # Shift+wheel scrolls
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.set_zoom(self.zoom() * (ZOOM_STEP ** steps))
        event.accept()

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.NativeGesture and event.gestureType() == Qt.ZoomNativeGesture:
            self.set_zoom(self.zoom() * (1.0 + event.value()))
            return True
        if event.type() == QEvent.Gesture:
            pinch = event.gesture(Qt.PinchGesture)
            if pinch is not None:
                self.set_zoom(self.zoom() * pinch.scaleFactor())
                return True
        return super().viewportEvent(event)

    # ---- pan: middle button, or space + left button ----
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space_down = True
            self.viewport().setCursor(Qt.OpenHandCursor)
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._space_down = False
            self.viewport().unsetCursor()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MiddleButton or (event.button() == Qt.LeftButton and self._space_down):
            self._pan_origin = event.position()
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan_origin is not None:
            delta = event.position() - self._pan_origin
            self._pan_origin = event.position()
            self.pan_by(-delta.x(), -delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._pan_origin is not None:
            self._pan_origin = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def pan_by(self, dx: float, dy: float) -> None:
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setValue(h.value() + round(dx))
        v.setValue(v.value() + round(dy))
