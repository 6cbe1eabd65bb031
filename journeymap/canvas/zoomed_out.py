"""Paint a region of the scene as the items paint themselves when zoomed out, in batches.

Below ``LOD_TEXT`` a card is a block of its emotion colour, an arrow a one-pixel line without its
arrowhead, and arrow labels are not drawn. Painting 60,000 items one by one through Python costs
seconds; here cards are filled and arrows drawn as polylines in one loop each, with one pen per
arrow style, and only the few other items (grid, curve, editor overlays) paint themselves. The
editor's overview image (editor/overview.py) is rendered with this. Exports never use it.
"""
from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journeymap.canvas import style
from journeymap.canvas.items import ZOOMED_OUT_EDGE_PENS, EdgeItem, EdgeLabelItem, NodeItem
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH


def paint_zoomed_out(scene, painter: QPainter, region: QRectF) -> None:
    """Paint the items of ``scene`` within ``region`` (scene coordinates) onto ``painter``, whose
    world transform maps the scene to the device at a zoom below ``LOD_TEXT``."""
    items = scene.items(region, Qt.IntersectsItemBoundingRect, Qt.AscendingOrder)
    cards, edges, below, above = [], [], [], []
    for item in items:
        if not item.isVisible():
            continue
        if isinstance(item, NodeItem):
            cards.append(item)
        elif isinstance(item, EdgeItem):
            edges.append(item)
        elif not isinstance(item, EdgeLabelItem):  # labels are not drawn at this zoom
            (below if item.zValue() < EDGE_Z else above).append(item)
    for item in below:
        _paint_item(painter, item, region)
    _paint_edges(painter, edges)
    _paint_cards(painter, scene, cards)
    for item in above:
        _paint_item(painter, item, region)


EDGE_Z = 5.0  # arrows sit above the grid and the curve, below labels and cards (items.py)


def _paint_edges(painter: QPainter, edges: list) -> None:
    by_pen = defaultdict(list)
    for edge in edges:
        by_pen[(edge.kind, edge.isSelected())].append(edge)
    painter.setRenderHint(QPainter.Antialiasing, False)
    painter.setBrush(Qt.NoBrush)
    for (kind, selected), group in by_pen.items():
        painter.setPen(ZOOMED_OUT_EDGE_PENS[(kind, selected)])
        for edge in group:
            painter.drawPolyline(edge.zoomed_out_line())


def _paint_cards(painter: QPainter, scene, cards: list) -> None:
    selection = QColor(style.SELECTION)
    for item in cards:
        pos = item.pos()
        color = selection if item.isSelected() else scene.block_color(item.node_id)
        painter.fillRect(QRectF(pos.x(), pos.y(), CARD_WIDTH, CARD_HEIGHT), color)


def _paint_item(painter: QPainter, item: QGraphicsItem, region: QRectF) -> None:
    option = QStyleOptionGraphicsItem()
    option.exposedRect = item.mapRectFromScene(region).intersected(item.boundingRect())
    option.rect = item.boundingRect().toAlignedRect()
    painter.save()
    painter.setTransform(item.sceneTransform(), True)
    item.paint(painter, option, None)
    painter.restore()
