"""A presentation piece of a map: title band, the map (or one block of it), and a legend, in the
map's language.

Used by every export format and the report. The map is drawn from a fresh scene with export
options (no selection, no level-of-detail shortcuts, no cached bitmaps: PDF and SVG stay vector).
A block of stages (and lanes) is drawn with the lane headers, the stage headers and the curve
strip repeated, and a small locator map in the title band shows where the block sits.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPagedPaintDevice, QPainter, QPen

from journeymap.canvas import style
from journeymap.canvas.legend import Legend, label
from journeymap.canvas.scene import MapScene
from journeymap.document import Document
from journeymap.export_pages import Block
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, HEADER_HEIGHT, LANE_HEADER_WIDTH
from journeymap.model.messages import localize_digits
from journeymap.model.schema import JourneyMap
from journeymap.model.text import isolate
from journeymap.model.weakpoints import analyze

MARGIN = 40.0
HEADER = 118.0
LOCATOR = QRectF(0, 0, 220, 84)
MIN_WIDTH = 1100.0
SEPARATOR = "  |  "  # never "·": in Cairo it looks exactly like the Persian zero


def card_points(name: str, default: float) -> float:
    """A size or offset of the card design (canvas/card.py); ``default`` until that module exists."""
    try:
        from journeymap.canvas import card
    except ImportError:  # pragma: no cover - the card redesign lands separately
        return default
    return getattr(card, name, default)


def today_text(language: str) -> str:
    """Today's date in the map's language: Jalali calendar with Persian digits for fa."""
    import datetime as dt

    from journeymap.model.calendar import format_date

    return localize_digits(format_date(dt.date.today(), language), language)


class Presentation:
    """Lays out and paints title band + map block + legend for one map and period."""

    def __init__(self, jmap: JourneyMap, period_id: Optional[str] = None, legend: bool = True):
        self.doc = Document(jmap.detached())  # the export never touches the caller's map
        self.jmap = self.doc.map  # as drawn: cards off their cell are put back, as on screen
        self.period_id = period_id
        self.legend = legend
        self.scene = MapScene(self.doc, style.RenderOptions(export=True, period_id=period_id))
        self.scene.set_weak_points(analyze(self.jmap, period_id, self.doc.derived(period_id)))
        self.scene.curve_item.recompute()
        self.grid = self.scene.grid
        self.map_rect = self.scene.items_bounding_rect()
        self.legend_box = Legend(self.jmap, self.scene)

    @property
    def whole(self) -> Block:
        return Block(tuple(s.id for s in self.jmap.stages), tuple(lane.id for lane in self.jmap.lanes))

    @property
    def size(self) -> tuple[float, float]:
        return self.block_size(self.whole)

    # ---- geometry ----
    def _columns(self, block: Block) -> list[tuple[float, float]]:
        """Scene x ranges drawn side by side: lane headers and the block's stages, in reading order."""
        rects = [self.grid.stage_rect(s) for s in block.stage_ids]
        left = self.grid.body_left  # a map without stages: an empty body
        body = (min(r.x for r in rects), max(r.right for r in rects)) if rects else (left, left)
        lanes = (self.grid.body_width, self.grid.body_width + LANE_HEADER_WIDTH) if self.grid.rtl else (0.0, LANE_HEADER_WIDTH)
        return [body, lanes] if self.grid.rtl else [lanes, body]

    def _rows(self, block: Block) -> list[tuple[float, float]]:
        """Scene y ranges drawn one below the other: stage headers, the block's lanes, the curve strip."""
        rows = [(0.0, HEADER_HEIGHT)]
        if block.lane_ids:
            rects = [self.grid.lane_rect(lane) for lane in block.lane_ids]
            rows.append((min(r.y for r in rects), max(r.bottom for r in rects)))
        last_lane = self.jmap.lanes[-1].id if self.jmap.lanes else None
        if not self.jmap.lanes or last_lane in block.lane_ids:
            curve = self.grid.curve_rect
            rows.append((curve.y, curve.bottom))
        return rows

    def map_size(self, block: Block) -> tuple[float, float]:
        return (sum(b - a for a, b in self._columns(block)), sum(b - a for a, b in self._rows(block)))

    def block_size(self, block: Block) -> tuple[float, float]:
        width, height = self.map_size(block)
        width = max(width, MIN_WIDTH)  # a block of one narrow stage keeps a readable title band and legend
        legend = self.legend_box.height(width) + 16 if self.legend else 0
        return width + 2 * MARGIN, height + 2 * MARGIN + HEADER + legend

    def frame(self) -> tuple[float, float]:
        """What a page adds around the grid body at scale 1 (for the page plan)."""
        width, height = self.block_size(self.whole)
        return width - self.grid.body_width, height - self.grid.lanes_height

    # ---- painting ----
    def paint(self, painter: QPainter, target: QRectF, background: Optional[QColor] = QColor("#ffffff"),
              block: Optional[Block] = None) -> float:
        """Paint the piece (or ``block``) scaled into ``target`` (aspect ratio kept, centred); returns the scale."""
        block = block or self.whole
        width, height = self.block_size(block)
        scale = min(target.width() / width, target.height() / height)
        painter.save()
        painter.translate(target.x() + (target.width() - width * scale) / 2,
                          target.y() + (target.height() - height * scale) / 2)
        painter.scale(scale, scale)
        if background is not None:
            painter.fillRect(QRectF(0, 0, width, height), background)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        self._paint_header(painter, width, block)
        room = width - 2 * MARGIN
        map_width = self.map_size(block)[0]
        left = MARGIN + (room - map_width if self.grid.rtl else 0)  # a narrow block sits at the reading start
        _, map_height = self._paint_map(painter, QPointF(left, MARGIN + HEADER), block)
        if self.legend:
            self.legend_box.paint(painter, QRectF(MARGIN, MARGIN + HEADER + map_height + 16, room,
                                                  self.legend_box.height(room)))
        painter.restore()
        return scale

    def _paint_map(self, painter: QPainter, origin: QPointF, block: Block) -> tuple[float, float]:
        if block.stage_ids == self.whole.stage_ids and block.lane_ids == self.whole.lane_ids:
            source = QRectF(0, 0, self.grid.total_width, self.grid.total_height)  # one pass over the items
            self.scene.render(painter, QRectF(origin, source.size()), source, Qt.IgnoreAspectRatio)
            if isinstance(painter.device(), QPagedPaintDevice):
                self._paint_hidden_titles(painter, origin, block)
            return source.width(), source.height()
        y = origin.y()
        for top, bottom in self._rows(block):
            x = origin.x()
            for left, right in self._columns(block):
                source = QRectF(left, top, right - left, bottom - top)
                self.scene.render(painter, QRectF(x, y, source.width(), source.height()), source,
                                  Qt.IgnoreAspectRatio)
                x += source.width()
            y += bottom - top
        if isinstance(painter.device(), QPagedPaintDevice):
            self._paint_hidden_titles(painter, origin, block)
        return x - origin.x(), y - origin.y()

    def _paint_hidden_titles(self, painter: QPainter, origin: QPointF, block: Block) -> None:
        """PDF: a card title shortened with "…" on the card is also written whole, invisibly, over the
        card, so that searching the PDF finds it (as the SVG's searchable copy does)."""
        title_pt = card_points("TITLE_POINTS", 9.5)
        # the title's first line shares the card with the emotion badge: measure every line that narrow
        width = CARD_WIDTH - card_points("BAND", 5.0) - 2 * card_points("PAD", 9.0) - 2 * card_points("BADGE_RADIUS", 12.0) - 4
        regular, bold = QFontMetricsF(style.map_font(title_pt)), QFontMetricsF(style.map_font(title_pt, bold=True))
        painter.save()
        painter.setPen(QColor(0, 0, 0, 0))
        for node in self.jmap.nodes:
            if node.stage_id not in block.stage_ids or node.lane_id not in block.lane_ids:
                continue
            metrics = regular if node.kind != "key_moment" else bold
            if metrics.horizontalAdvance(node.title) <= 1.6 * width:  # two lines hold it: shown whole on the card
                continue
            at = self._piece_point(self.scene.node_items[node.id].pos(), origin, block)
            painter.setFont(style.map_font(4))  # tiny and just below the card: apart from any visible text
            painter.drawText(QRectF(at.x() + 8, at.y() + CARD_HEIGHT + 1, CARD_WIDTH - 16, 8), node.title,
                             style.text_option(node.title, wrap=False, rtl_default=self.jmap.is_rtl()))
        painter.restore()

    def _piece_point(self, scene_point: QPointF, origin: QPointF, block: Block) -> QPointF:
        """Where a scene point of the block lands on the piece."""
        x, y = origin.x(), origin.y()
        for left, right in self._columns(block):
            if left <= scene_point.x() < right:
                x += scene_point.x() - left
                break
            x += right - left
        for top, bottom in self._rows(block):
            if top <= scene_point.y() < bottom:
                y += scene_point.y() - top
                break
            y += bottom - top
        return QPointF(x, y)

    def _paint_header(self, painter: QPainter, width: float, block: Block) -> None:
        jmap, rtl = self.jmap, self.jmap.is_rtl()
        locator = not (block.stage_ids == self.whole.stage_ids and block.lane_ids == self.whole.lane_ids)
        room = width - 2 * MARGIN - (LOCATOR.width() + 16 if locator else 0)
        left = MARGIN + (LOCATOR.width() + 16 if locator and rtl else 0)
        painter.setPen(QColor(style.TEXT))
        painter.setFont(style.map_font(22, bold=True))
        painter.drawText(QRectF(left, MARGIN - 6, room, 44), jmap.title,
                         style.text_option(jmap.title, wrap=False, rtl_default=rtl))
        painter.setPen(QColor(style.MUTED_TEXT))
        painter.setFont(style.map_font(12))
        elide = QFontMetricsF(painter.font()).elidedText
        lines = [elide(self.subtitle(), Qt.ElideRight, room)] + ([self.block_caption(block)] if block.count > 1 else [])
        for i, line in enumerate(lines):
            painter.drawText(QRectF(left, MARGIN + 40 + 30 * i, room, 30), line,
                             style.text_option(line, wrap=False, rtl_default=rtl))
        if locator:
            x = MARGIN if rtl else width - MARGIN - LOCATOR.width()
            self.paint_locator(painter, QRectF(x, MARGIN, LOCATOR.width(), LOCATOR.height()), block)

    def period_label(self) -> str:
        """The chosen period, or the latest one with data (named, not "latest data")."""
        from journeymap.model.derived import derive

        reference = derive(self.jmap, self.period_id).reference_period_id
        return next((p.label for p in self.jmap.periods if p.id == reference), label(self.jmap, "latest"))

    def subtitle(self) -> str:
        jmap = self.jmap
        parts = [f"{label(jmap, 'period')}: {isolate(self.period_label())}", today_text(jmap.language)]
        if jmap.personas:
            comma = "، " if jmap.is_rtl() else ", "
            parts.append(f"{label(jmap, 'personas')}: " + comma.join(isolate(p.name) for p in jmap.personas))
        if jmap.north_star:
            parts.append(f"{label(jmap, 'north_star')}: {isolate(jmap.north_star)}")
        return SEPARATOR.join(parts)

    def block_caption(self, block: Block) -> str:
        """"Page 2 of 5: Stage A – Stage C" (or "Overview") in the map's language, digits localized."""
        jmap = self.jmap
        names = {s.id: s.name for s in jmap.stages}
        page = localize_digits(label(jmap, "page_of").format(n=block.number, count=block.count), jmap.language)
        if block.overview:
            return f"{page}: {label(jmap, 'overview')}"
        first, last = names[block.stage_ids[0]], names[block.stage_ids[-1]]
        stages = isolate(first) if first == last else f"{isolate(first)} – {isolate(last)}"
        return f"{page}: {label(jmap, 'stages')} {stages}"

    def paint_locator(self, painter: QPainter, rect: QRectF, block: Block) -> None:
        """The whole grid in miniature (cards as dots in their emotion colour), the block framed."""
        grid = self.grid
        scale = min(rect.width() / grid.total_width, rect.height() / grid.total_height)
        painter.save()
        painter.translate(rect.x() + (rect.width() - grid.total_width * scale) / 2, rect.y())
        painter.scale(scale, scale)
        whole = QRectF(0, 0, grid.total_width, grid.total_height)
        painter.setPen(QPen(QColor(style.GRID_LINE), 0))
        painter.setBrush(QColor("#f4f6f8"))
        painter.drawRect(whole)
        painter.setPen(Qt.NoPen)
        for node in self.jmap.nodes:
            item = self.scene.node_items[node.id]
            painter.setBrush(self.scene.node_info(node.id).emotion_color)
            painter.drawRect(item.mapRectToScene(item.card_rect()))
        frame = self._block_scene_rect(block)
        painter.setBrush(Qt.NoBrush)
        pen = QPen(QColor(style.SELECTION), 3 / scale)
        painter.setPen(pen)
        painter.drawRect(frame)
        painter.restore()

    def _block_scene_rect(self, block: Block) -> QRectF:
        (left, right) = self._columns(block)[0 if self.grid.rtl else 1]
        rows = self._rows(block)
        top = rows[1][0] if len(rows) > 1 else rows[0][0]
        return QRectF(left, top, right - left, rows[-1][1] - top)

    def text_runs(self) -> list:
        """The whole map's text as whole runs in piece coordinates (for the SVG's searchable copy)."""
        from journeymap.export_svg import TextRun
        from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH

        px = 96 / 72
        jmap, grid, rtl = self.jmap, self.grid, self.jmap.is_rtl()
        width = self.size[0]
        origin = QPointF(MARGIN, MARGIN + HEADER)

        def run(text: str, left: float, right: float, y: float, points: float) -> TextRun:
            is_rtl = style.is_rtl_text(text) if text.strip() else rtl
            return TextRun(text, right if is_rtl else left, y, points * px, is_rtl)

        runs = [run(jmap.title, MARGIN, width - MARGIN, MARGIN + 26, 22), run(self.subtitle(), MARGIN, width - MARGIN, MARGIN + 62, 12)]
        for stage in jmap.stages:
            rect = grid.stage_rect(stage.id)
            runs.append(run(stage.name, origin.x() + rect.x + 8, origin.x() + rect.right - 8, origin.y() + 30, 11))
        for lane in jmap.lanes:
            rect = grid.lane_rect(lane.id)
            runs.append(run(lane.name, origin.x() + rect.x + 10, origin.x() + rect.right - 10, origin.y() + rect.y + 28, 9.5))
        for node in jmap.nodes:
            pos = self.scene.node_items[node.id].pos() + origin
            inset = card_points("BAND", 5.0) + card_points("PAD", 9.0)
            runs.append(run(node.title, pos.x() + inset, pos.x() + CARD_WIDTH - inset,
                            pos.y() + card_points("TOP", 7.0) + 20, card_points("TITLE_POINTS", 9.5)))
            for chip in self.scene.node_info(node.id).chips:
                text = f"{chip.name} {chip.value}" if hasattr(chip, "value") else chip[0]
                runs.append(TextRun(text, pos.x() + inset, pos.y() + CARD_HEIGHT - 12,
                                    card_points("CHIP_POINTS", 7.0) * px, False))
        return runs
