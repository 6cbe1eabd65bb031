"""The overview: below the zoom at which cards become coloured blocks, the view shows ONE image of
the whole map instead of painting every card and arrow on every repaint.

At fit-all a 20,000-card map has 60,000 items. Painted one by one they cost hundreds of
milliseconds per repaint, and cached one by one (Qt's per-item pixmaps) hundreds of megabytes.
The overview renders the scene once per zoom level, cards and arrows in batches
(canvas/zoomed_out.py) rather than item by item, then a repaint copies the visible part of the image. A change (an edit, a selection, a hover) re-renders only
the scene region it touched, so the image never shows a stale map. During a drag or a rubber-band
selection the view paints items normally, so what moves is always drawn live.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from journeymap.canvas.items import LOD_TEXT
from journeymap.canvas.zoomed_out import paint_zoomed_out

OVERVIEW_ZOOM = LOD_TEXT  # below this zoom cards are blocks without text: one image shows them all
MAX_OVERVIEW_PIXELS = 16_000_000  # ~64 MB; a bigger map at this zoom is painted item by item
MAX_PATCHES = 24  # more changed regions than this at once: render the area they span in one pass


class Overview(QObject):
    """One image of the whole scene at the view's current zoom, kept up to date per region."""

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.image: Optional[QImage] = None
        self.zoom = 0.0
        self._scene = None
        self._dirty: list[QRectF] = []  # scene regions changed since the image was last brought up to date

    def attach(self, scene) -> None:
        """Follow ``scene``'s changes (called when the view gets its scene)."""
        if self._scene is not None:
            self._scene.changed.disconnect(self._changed)
            self._scene.sceneRectChanged.disconnect(self.drop)
        self._scene = scene
        self.drop()
        if scene is not None:
            scene.changed.connect(self._changed)
            scene.sceneRectChanged.connect(self.drop)

    def drop(self, *_args) -> None:
        self.image = None
        self._dirty = []

    def wanted(self) -> bool:
        """Show the overview: zoomed out, nothing being dragged, and the image not too big."""
        view, scene = self.view, self._scene
        zoom = view.zoom()
        if scene is None or zoom >= OVERVIEW_ZOOM or scene.mouseGrabberItem() is not None:
            return False
        if not view.rubberBandRect().isNull():
            return False
        rect = scene.sceneRect()
        return rect.width() * zoom * rect.height() * zoom <= MAX_OVERVIEW_PIXELS

    def paint(self, painter: QPainter) -> None:
        """Copy the visible part of the (up to date) image onto the viewport."""
        zoom = self.view.zoom()
        if self.image is None or abs(zoom - self.zoom) > 1e-9:
            self._render_all(zoom)
        elif self._dirty:
            self._render_dirty()
        origin = self._scene.sceneRect().topLeft()
        viewport = QRectF(self.view.viewport().rect())
        seen = self.view.mapToScene(self.view.viewport().rect()).boundingRect()
        source = QRectF((seen.x() - origin.x()) * zoom, (seen.y() - origin.y()) * zoom,
                        seen.width() * zoom, seen.height() * zoom)
        painter.fillRect(viewport, self._scene.backgroundBrush())
        painter.drawImage(viewport, self.image, source)

    def _render_all(self, zoom: float) -> None:
        rect = self._scene.sceneRect()
        self.zoom, self._dirty = zoom, []
        self.image = QImage(max(1, round(rect.width() * zoom)), max(1, round(rect.height() * zoom)),
                            QImage.Format_ARGB32_Premultiplied)
        self._render(rect)

    def _render(self, region: QRectF) -> None:
        """Re-render one scene region into the image, the items there drawn without their caches."""
        origin, zoom = self._scene.sceneRect().topLeft(), self.zoom
        target = QRectF((region.x() - origin.x()) * zoom, (region.y() - origin.y()) * zoom,
                        region.width() * zoom, region.height() * zoom).toAlignedRect()
        source = QRectF(target.x() / zoom + origin.x(), target.y() / zoom + origin.y(),
                        target.width() / zoom, target.height() / zoom)
        painter = QPainter(self.image)
        painter.setClipRect(target)
        painter.fillRect(target, QColor("#ffffff"))
        painter.setRenderHints(self.view.renderHints())
        painter.translate(target.x(), target.y())
        painter.scale(target.width() / source.width(), target.height() / source.height())
        painter.translate(-source.x(), -source.y())
        paint_zoomed_out(self._scene, painter, source)
        painter.end()

    def _changed(self, regions) -> None:
        """Note what changed; it is re-rendered at the next paint, so the many changes of one
        edit (an undo of 2,000 cards signals changes many times) cost one pass."""
        if self.image is not None:
            self._dirty.extend(QRectF(region) for region in regions)

    def _render_dirty(self) -> None:
        """Re-render the changed regions; more than MAX_PATCHES: the area they span, in one pass."""
        dirty, self._dirty = self._dirty, []
        if len(dirty) > MAX_PATCHES:
            union = dirty[0]
            for region in dirty[1:]:
                union = union.united(region)
            dirty = [union]
        for region in dirty:
            self._render(region.adjusted(-2, -2, 2, 2))
