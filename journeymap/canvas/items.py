"""Scene items. They hold an id, read their data from the scene's document and only paint.

Items never write the model: a drag moves them live, and the editor turns the release into one
command on the document.
"""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem

from journeymap.canvas import card, style
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, HEADER_HEIGHT, LANE_HEADER_WIDTH

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.canvas.scene import MapScene

HANDLE_RADIUS = 7.0
LOD_TEXT = 0.35  # below this zoom, cards are drawn without text


def _lod(painter: QPainter) -> float:
    return QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())


class NodeItem(QGraphicsItem):
    """A touchpoint or key-moment card."""

    def __init__(self, node_id: str):
        super().__init__()
        self.node_id = node_id
        self.setFlags(QGraphicsItem.ItemIsSelectable | QGraphicsItem.ItemIsMovable)  # no itemChange override:
        # a Python itemChange runs ~10 times per card while a map opens; the scene follows drags itself
        self.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)

    def map_scene(self) -> "MapScene":
        return self.scene()  # type: ignore[return-value]

    def boundingRect(self) -> QRectF:
        return QRectF(-4, -18, CARD_WIDTH + 8, CARD_HEIGHT + 22)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT), 10, 10)
        return path

    def card_rect(self) -> QRectF:
        return QRectF(0, 0, CARD_WIDTH, CARD_HEIGHT)

    def handle_center(self) -> QPointF:
        """The connect handle sits on the card's trailing side (right in LTR, left in RTL)."""
        x = 0.0 if self.map_scene().rtl else CARD_WIDTH
        return QPointF(x, CARD_HEIGHT / 2)

    def on_handle(self, local: QPointF) -> bool:
        delta = local - self.handle_center()
        return delta.x() ** 2 + delta.y() ** 2 <= (HANDLE_RADIUS + 4) ** 2

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.map_scene()
        selected = self.isSelected() and not scene.options.export
        if not scene.options.export and _lod(painter) < LOD_TEXT:  # screen only: a coloured block per card
            painter.fillRect(self.card_rect(), QColor(style.SELECTION) if selected else scene.block_color(self.node_id))
            return
        info = scene.node_info(self.node_id)
        node = scene.doc.node(self.node_id)
        painter.setRenderHint(QPainter.Antialiasing)
        self._paint_card(painter, node, info, selected)
        painter.setRenderHint(QPainter.TextAntialiasing)
        self._paint_text(painter, node, info, scene)
        if selected and not scene.options.export:
            painter.setPen(QPen(QColor(style.SELECTION), 1.5))
            painter.setBrush(QColor("#ffffff"))
            painter.drawEllipse(self.handle_center(), HANDLE_RADIUS, HANDLE_RADIUS)

    def _paint_card(self, painter: QPainter, node, info, selected: bool) -> None:
        rect = self.card_rect()
        key = node.kind == "key_moment"
        border = QColor(style.SELECTION if selected else (style.KEY_MOMENT_BORDER if key else style.CARD_BORDER))
        compare = getattr(self.map_scene(), "compare_status", None)
        if compare:  # compare view: the border says added / changed / unchanged
            border = QColor(compare.get(self.node_id, style.CARD_BORDER))
            key = True
        painter.setPen(QPen(border, 3.0 if key or selected else 1.2))
        painter.setBrush(QColor("#faf8ff" if key else style.CARD_FILL))
        painter.drawRoundedRect(rect, 8, 8)
        band = QRectF(rect.right() - card.BAND - 2, 6, card.BAND, rect.height() - 12) if info.rtl \
            else QRectF(2, 6, card.BAND, rect.height() - 12)
        painter.setPen(Qt.NoPen)
        painter.setBrush(info.emotion_color)
        painter.drawRoundedRect(band, 2, 2)

    def _paint_text(self, painter: QPainter, node, info, scene) -> None:
        scale = scene.options.font_scale
        rtl = info.rtl
        layout = card.parts(info.chips, rtl, scale, scene.doc.map.language)
        painter.setPen(QColor(style.TEXT))
        lines = 2 if info.chips or info.feeling else 3
        bottom = card.paint_title(painter, node.title, rtl, node.kind == "key_moment", lines, scale)
        if info.feeling:
            card.paint_feeling(painter, info.feeling, bottom, rtl, style.feeling_color(info.emotion_color), scale)
        card.paint_badge(painter, layout.badge, info.emotion_color, info.emotion_text, scale)
        card.paint_chips(painter, layout.chips, scale)
        if node.kind == "key_moment":
            self._paint_star(painter, layout.star)
        if info.weak_points and scene.options.show_weak_points:
            self._paint_weak_marker(painter, info, layout.weak)

    def _paint_star(self, painter: QPainter, center: QPointF) -> None:
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(style.KEY_MOMENT_BORDER))
        painter.drawEllipse(center, 10, 10)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(style.map_font(9, bold=True))
        painter.drawText(QRectF(center.x() - 10, center.y() - 10, 20, 20), Qt.AlignCenter, "★")

    def _paint_weak_marker(self, painter: QPainter, info, center: QPointF) -> None:
        painter.setPen(QPen(QColor("#ffffff"), 1.5))
        painter.setBrush(QColor(style.SEVERITY_COLORS[info.weak_points[0].severity]))
        painter.drawEllipse(center, 11, 11)
        painter.setFont(style.map_font(9, bold=True))
        painter.drawText(QRectF(center.x() - 11, center.y() - 11, 22, 22), Qt.AlignCenter, info.weak_text)

    # ---- tooltips: every badge says what it is (user text escaped, never rich text) ----
    def hoverMoveEvent(self, event) -> None:
        self.setToolTip(self.tooltip_at(event.pos()))
        super().hoverMoveEvent(event)

    def tooltip_at(self, point: QPointF) -> str:
        """The tooltip for the part of the card under ``point`` (card coordinates), as escaped rich text."""
        scene = self.map_scene()
        info = scene.node_info(self.node_id)
        node = scene.doc.node(self.node_id)
        layout = card.parts(info.chips, info.rtl, scene.options.font_scale, scene.doc.map.language)
        if info.weak_points and card.hit(point, layout.weak, 12):
            lines = [tr("Weak points:")] + [f"• {p.message}" for p in info.weak_points]
        elif node.kind == "key_moment" and card.hit(point, layout.star, 11):
            lines = [tr("Key moment: a moment that makes or breaks the journey")]
        elif card.hit(point, layout.badge, card.BADGE_RADIUS + 2):
            lines = [info.emotion_tip]
        else:
            chip = next((c for rect, c in layout.chips if rect.contains(point)), None)
            lines = (chip.tip or chip.text).split("\n") if chip else [node.title] + ([info.feeling] if info.feeling else [])
        return rich_tooltip(lines)


def tr(text: str) -> str:
    return QCoreApplication.translate("Canvas", text)


def rich_tooltip(lines: list[str]) -> str:
    """Plain lines as a rich-text tooltip whose every character shows literally (``<img …>`` too)."""
    return "<qt>" + "<br>".join(html.escape(line) for line in lines) + "</qt>"


CORNER_RADIUS = 10.0
EDGE_LABEL_POINTS = 10.5


def label_size(label: str) -> tuple[float, float]:
    """Width and height of an edge label's box in scene units (the router keeps it off cards)."""
    metrics = QFontMetricsF(style.map_font(EDGE_LABEL_POINTS))
    return min(190.0, metrics.horizontalAdvance(label) + 14), metrics.height() + 2


def rounded_path(points: list[tuple[float, float]], radius: float) -> QPainterPath:
    """A polyline whose corners are rounded (each radius at most half of the shorter neighbouring piece)."""
    path = QPainterPath(QPointF(*points[0]))
    for i in range(1, len(points) - 1):
        (px, py), (cx, cy), (nx, ny) = points[i - 1], points[i], points[i + 1]
        before = abs(cx - px) + abs(cy - py)
        after = abs(nx - cx) + abs(ny - cy)
        r = min(radius, before / 2, after / 2)
        if r < 0.5:
            path.lineTo(cx, cy)
            continue
        path.lineTo(cx - (cx - px) / before * r, cy - (cy - py) / before * r)
        path.quadTo(cx, cy, cx + (nx - cx) / after * r, cy + (ny - cy) / after * r)
    path.lineTo(QPointF(*points[-1]))
    return path


def _line(points: list[tuple[float, float]]) -> QPainterPath:
    """A straight arrow: most of them (and the cheapest to build)."""
    path = QPainterPath(QPointF(*points[0]))
    path.lineTo(*points[-1])
    return path


def _edge_pen(kind: str, selected: bool, cosmetic: bool, width: float = 1.6) -> QPen:
    color, pen_style = style.EDGE_STYLES[kind]
    pen = QPen(QColor(style.SELECTION if selected else color), 2.5 if selected else width, pen_style)
    pen.setCosmetic(cosmetic)
    return pen


EDGE_PENS = {(kind, selected, cosmetic): _edge_pen(kind, selected, cosmetic)
             for kind in style.EDGE_STYLES for selected in (False, True) for cosmetic in (False, True)}
# Zoomed out (below LOD_TEXT, screen only) an arrow is a one-pixel line: Qt draws those on its fast
# path, about three times faster than 1.6 px, which matters for 40,000 arrows at fit-all.
ZOOMED_OUT_EDGE_PENS = {(kind, selected): _edge_pen(kind, selected, True, 1.0)
                        for kind in style.EDGE_STYLES for selected in (False, True)}


class EdgeItem(QGraphicsItem):
    """An arrow between two cards, styled by edge kind, with its label at the middle.

    The kind and label are copied onto the item by the scene when the edge is added or changed,
    so painting (10,000 edges at fit-all) does no document lookups.
    """

    def __init__(self, edge_id: str, kind: str = "flow", label: str = ""):
        super().__init__()
        self.edge_id = edge_id
        self.kind, self.label = kind, label
        self.setFlags(QGraphicsItem.ItemIsSelectable)
        self.setZValue(5)
        self._path: "QPainterPath | None" = None  # built on first paint (see _drawn)
        self._arrow: "QPolygonF | None" = None
        self.polyline: "QPolygonF | None" = None  # the zoomed-out overview's line (canvas/zoomed_out.py)
        self._bounds = QRectF()  # Qt asks for it several times per paint: computed once per route
        self.points: list[tuple[float, float]] = []
        self._label_pos = QPointF()
        self.label_item: "EdgeLabelItem | None" = None  # the scene adds one for labelled arrows

    def map_scene(self) -> "MapScene":
        return self.scene()  # type: ignore[return-value]

    def set_route(self, points: list[tuple[float, float]], label_at: tuple[float, float]) -> None:
        """An orthogonal polyline (from routing.route) and the label's centre. The drawn path and
        arrowhead are built when the arrow is first painted (a 20,000-card map opens with 40,000
        arrows, of which a screen shows a hundred); the bounding box comes from the points."""
        self.prepareGeometryChange()
        if self.label_item is not None:  # before the label moves: Qt repaints where it was
            self.label_item.prepareGeometryChange()
        self.points = points
        self._path, self._arrow, self.polyline = None, None, None
        xs, ys = [x for x, _ in points], [y for _, y in points]
        self._bounds = QRectF(min(xs) - 14, min(ys) - 14, max(xs) - min(xs) + 28, max(ys) - min(ys) + 28)
        self._label_pos = QPointF(*label_at)
        if self.label_item is not None:
            self.label_item.moved()

    def _drawn(self) -> tuple[QPainterPath, QPolygonF]:
        """The path with rounded corners and the arrowhead, built on first use per route."""
        if self._path is None:
            points = self.points or [(0.0, 0.0), (0.0, 0.0)]
            self._path = rounded_path(points, CORNER_RADIUS) if len(points) > 2 else _line(points)
            (ax, ay), (bx, by) = points[-2], points[-1]
            length = max(1e-6, abs(bx - ax) + abs(by - ay))
            tx, ty = (bx - ax) / length, (by - ay) / length
            self._arrow = QPolygonF([QPointF(bx, by), QPointF(bx - 11 * tx - 5.5 * ty, by - 11 * ty + 5.5 * tx),
                                     QPointF(bx - 11 * tx + 5.5 * ty, by - 11 * ty - 5.5 * tx)])
        return self._path, self._arrow

    def zoomed_out_line(self) -> QPolygonF:
        """The route as a polygon without rounded corners, kept until the route changes."""
        if self.polyline is None:
            self.polyline = QPolygonF([QPointF(x, y) for x, y in self.points or [(0.0, 0.0), (0.0, 0.0)]])
        return self.polyline

    @property
    def label_pos(self) -> QPointF:
        return self._label_pos

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self._drawn()[0])

    def paint(self, painter: QPainter, option, widget=None) -> None:
        export = self.map_scene().options.export
        selected = self.isSelected() and not export
        lod = 1.0 if export else _lod(painter)  # exports never take the screen's shortcuts
        pen = EDGE_PENS[(self.kind, selected, not export)] if lod >= LOD_TEXT else ZOOMED_OUT_EDGE_PENS[(self.kind, selected)]
        painter.setRenderHint(QPainter.Antialiasing, lod >= LOD_TEXT)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        if lod < LOD_TEXT:  # zoomed far out: the bare route is enough (the overview draws the same)
            painter.drawPolyline(self.zoomed_out_line())
            return
        path, arrow = self._drawn()
        painter.drawPath(path)
        painter.setPen(Qt.NoPen)
        painter.setBrush(pen.color())
        painter.drawPolygon(arrow)


class EdgeLabelItem(QGraphicsItem):
    """An arrow's label, where the router put it: above every arrow (so none covers it), below cards."""

    def __init__(self, edge: EdgeItem):
        super().__init__()
        self.edge = edge
        self.setZValue(6)

    def label_rect(self) -> QRectF:
        width, height = label_size(self.edge.label)
        center = self.edge.label_pos
        return QRectF(center.x() - width / 2, center.y() - height / 2, width, height)

    def boundingRect(self) -> QRectF:
        return self.label_rect().adjusted(-1, -1, 1, 1)

    def moved(self) -> None:
        """The arrow has put the label somewhere else (it called prepareGeometryChange first)."""
        self.update()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.scene()
        if not scene.options.export and _lod(painter) < LOD_TEXT:
            return
        label, rect = self.edge.label, self.label_rect()
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setFont(style.map_font(EDGE_LABEL_POINTS))
        painter.setBrush(QColor(255, 255, 255, 240))
        painter.setPen(QPen(QColor(style.EDGE_STYLES[self.edge.kind][0]), 1))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setPen(QColor(style.TEXT))
        painter.drawText(rect, label, style.text_option(label, wrap=False, center=True))


class GridItem(QGraphicsItem):
    """Stage columns with headers, lane rows with headers, and the emotion-curve strip frame."""

    def __init__(self):
        super().__init__()
        self.setZValue(0)  # not cached: a map-sized pixmap would cost more than a few rectangles
        self.setFlag(QGraphicsItem.ItemUsesExtendedStyleOption)  # paint only the exposed stages and lanes

    def map_scene(self) -> "MapScene":
        return self.scene()  # type: ignore[return-value]

    def boundingRect(self) -> QRectF:
        grid = self.map_scene().grid if self.scene() else None
        return QRectF(0, 0, grid.total_width, grid.total_height) if grid else QRectF()

    def paint(self, painter: QPainter, option, widget=None) -> None:
        scene = self.map_scene()
        grid, jmap = scene.grid, scene.doc.map
        painter.setRenderHint(QPainter.TextAntialiasing)
        exposed = option.exposedRect  # a dragged card repaints a small region: skip the rest
        for lane in jmap.lanes:
            rect = grid.lane_rect(lane.id)
            if rect.y < exposed.bottom() and exposed.top() < rect.bottom:
                self._paint_lane(painter, grid, lane, scene.rtl)
        for stage in jmap.stages:
            rect = grid.stage_rect(stage.id)
            if rect.x < exposed.right() and exposed.left() < rect.right:
                self._paint_stage(painter, grid, stage)
        curve = grid.curve_rect
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.setBrush(QColor("#fffdf8"))
        painter.drawRect(QRectF(curve.x, curve.y, curve.w, curve.h))
        label_rect = QRectF(grid.body_width if scene.rtl else 0, curve.y, LANE_HEADER_WIDTH, curve.h)
        painter.setBrush(QColor(style.GRID_HEADER))
        painter.drawRect(label_rect)
        painter.setPen(QColor(style.MUTED_TEXT))
        painter.setFont(style.map_font(12, bold=True))
        text = scene.curve_title()
        painter.drawText(label_rect.adjusted(10, 10, -10, -10), text, style.text_option(text, rtl_default=scene.rtl))

    def _paint_lane(self, painter: QPainter, grid, lane, rtl: bool) -> None:
        header = grid.lane_rect(lane.id)
        body_left = grid.body_left
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.setBrush(QColor(style.LANE_FILLS.get(lane.kind, "#fafafa")))
        painter.drawRect(QRectF(body_left, header.y, grid.body_width, header.h))
        painter.setBrush(QColor(style.GRID_HEADER))
        painter.drawRect(QRectF(header.x, header.y, header.w, header.h))
        painter.setPen(QColor(style.TEXT))
        painter.setFont(style.map_font(12, bold=True))
        painter.drawText(QRectF(header.x + 10, header.y + 10, header.w - 20, header.h - 20), lane.name,
                         style.text_option(lane.name, rtl_default=rtl))

    def _paint_stage(self, painter: QPainter, grid, stage) -> None:
        rect = grid.stage_rect(stage.id)
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.setBrush(QColor(style.GRID_HEADER))
        painter.drawRect(QRectF(rect.x, rect.y, rect.w, HEADER_HEIGHT))
        painter.drawLine(QPointF(rect.x, HEADER_HEIGHT), QPointF(rect.x, grid.total_height))
        painter.setPen(QColor(style.TEXT))
        painter.setFont(style.map_font(14, bold=True))
        painter.drawText(QRectF(rect.x + 8, 4, rect.w - 16, HEADER_HEIGHT - 12), stage.name,
                         style.text_option(stage.name, center=True))
