"""Page furniture of the review report: a writer that flows text and tables down A4 pages with a
running header and page numbers, in the map's reading direction.

Numbers in tables are isolated left-to-right (LRI … PDI) and every cell is aligned at its
column's reading start, so in Persian and Arabic each number sits under its own header. Marks
(trend arrows, on/off target, severity) are drawn shapes next to words, never colour alone and
never glyphs the bundled Cairo font lacks.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from typing import Optional, Sequence

from PySide6.QtCore import QByteArray, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF, QTextOption

from journeymap.canvas import style
from journeymap.canvas.legend import TEXT as LEGEND_TEXT
from journeymap.canvas.marks import draw_mark
from journeymap.model.messages import base_language, localize_digits
from journeymap.model.text import LRI, PDI

MARGIN = 42.0
HEADER_BAND = 26.0
FOOTER_BAND = 22.0


@dataclass
class Cell:
    text: str = ""
    number: bool = False  # shown left-to-right, isolated, in the map's digits
    mark: Optional[str] = None  # up, down, check, cross, high, medium, low
    spark: Sequence[float] = field(default_factory=tuple)
    color: Optional[str] = None
    muted: bool = False


def number_text(text: str, language: str) -> str:
    """A number the app formatted, in the map's digits, kept left-to-right inside RTL text."""
    return f"{LRI}{localize_digits(text, language)}{PDI}"


class ReportPages:
    """Flows headings, paragraphs, tables and charts onto pages; draws header and page number on each."""

    def __init__(self, writer, painter: QPainter, rtl: bool, language: str, running: str, total: Optional[int]):
        self.writer, self.painter, self.rtl, self.language = writer, painter, rtl, language
        self.running, self.total = running, total
        self.page_words = LEGEND_TEXT.get(base_language(language), LEGEND_TEXT["en"])["page_of"]
        self.area = QRectF(painter.viewport()).adjusted(MARGIN, MARGIN + HEADER_BAND, -MARGIN, -MARGIN - FOOTER_BAND)
        self.full = QRectF(painter.viewport())
        self.number = 0
        self.y = self.area.top()
        self.blank = True

    # ---- pages ----
    def start_page(self, furniture: bool = True) -> None:
        if self.number:
            self.writer.newPage()
        self.number += 1
        self.y = self.area.top()
        self.blank = True
        if furniture:
            self._furniture()

    def _furniture(self) -> None:
        p = self.painter
        p.setPen(QPen(QColor(style.GRID_LINE), 0.8))
        p.drawLine(QPointF(self.area.left(), MARGIN + HEADER_BAND - 8), QPointF(self.area.right(), MARGIN + HEADER_BAND - 8))
        p.setPen(QColor(style.MUTED_TEXT))
        p.setFont(style.map_font(8.5))
        p.drawText(QRectF(self.area.left(), MARGIN - 2, self.area.width(), 18), self.running,
                   style.text_option(self.running, wrap=False, rtl_default=self.rtl))
        # "Page 7 of 9" in words: Arabic-Indic digits around " / " would read 9 / 7 (bidi rule N1)
        text = localize_digits(self.page_words.format(n=self.number, count=self.total or "…"), self.language)
        option = QTextOption(Qt.AlignHCenter | Qt.AlignVCenter)
        p.drawText(QRectF(self.area.left(), self.area.bottom() + 6, self.area.width(), FOOTER_BAND), text, option)

    def ensure(self, height: float) -> None:
        if not self.blank and self.y + height > self.area.bottom():
            self.start_page()

    # ---- text ----
    def _option(self, text: str, wrap: bool = True) -> QTextOption:
        """Direction from the first strong letter; text without letters (a date, a number) follows the page."""
        if not any(unicodedata.bidirectional(c) in ("L", "R", "AL") for c in text):
            text = ""
        return style.text_option(text, wrap=wrap, rtl_default=self.rtl)

    def text(self, text: str, size: float = 10.5, bold: bool = False, color: str = style.TEXT, gap: float = 6,
             indent: float = 0) -> None:
        p = self.painter
        p.setFont(style.map_font(size, bold))
        rect = QRectF(self.area.left() + (0 if self.rtl else indent), 0, self.area.width() - indent, 10_000)
        bounds = p.boundingRect(rect, text, self._option(text))
        self.ensure(bounds.height())
        p.setPen(QColor(color))
        rect.moveTop(self.y)
        rect.setHeight(bounds.height() + 2)
        p.drawText(rect, text, self._option(text))
        self.y += bounds.height() + gap
        self.blank = False

    def heading(self, text: str, size: float = 16) -> None:
        self.ensure(90)  # a heading never ends a page
        self.text(text, size, bold=True, gap=10)

    def marked_line(self, mark: str, text: str, size: float = 10.5, color: str = style.TEXT) -> None:
        """A line of text with a drawn mark at its reading start."""
        p = self.painter
        p.setFont(style.map_font(size))
        width = self.area.width() - 22
        bounds = p.boundingRect(QRectF(0, 0, width, 10_000), text, self._option(text))
        self.ensure(bounds.height())
        x_mark = self.area.right() - 8 if self.rtl else self.area.left() + 8
        draw_mark(p, mark, QPointF(x_mark, self.y + 11), 6)
        left = self.area.left() if self.rtl else self.area.left() + 22
        p.setPen(QColor(color))
        p.setFont(style.map_font(size))
        p.drawText(QRectF(left, self.y, width, bounds.height() + 2), text, self._option(text))
        self.y += bounds.height() + 4
        self.blank = False

    # ---- tables ----
    def table(self, headers: Sequence[str], widths: Sequence[float], rows: Sequence[Sequence[Cell]],
              size: float = 9.5) -> None:
        """A table whose header row repeats on every page it spans; columns run in reading order."""
        self._row([Cell(h) for h in headers], widths, size, bold=True)
        for row in rows:
            if self.y + 26 > self.area.bottom():
                self.start_page()
                self._row([Cell(h) for h in headers], widths, size, bold=True)
            self._row(row, widths, size)

    def column_rects(self, widths: Sequence[float], height: float) -> list[QRectF]:
        rects, x = [], self.area.right() if self.rtl else self.area.left()
        for share in widths:
            width = self.area.width() * share
            left = x - width if self.rtl else x
            rects.append(QRectF(left, self.y, width, height))
            x = left if self.rtl else x + width
        return rects

    def _row(self, cells: Sequence[Cell], widths: Sequence[float], size: float, bold: bool = False) -> None:
        p = self.painter
        p.setFont(style.map_font(size, bold))
        rects = self.column_rects(widths, 10_000)
        heights = [p.boundingRect(r.adjusted(4, 0, -4, 0), c.text, self._option(c.text)).height()
                   for r, c in zip(rects, cells)]
        height = max([20.0] + [h + 6 for h in heights])
        self.ensure(height)
        rects = self.column_rects(widths, height)
        if bold:
            p.fillRect(QRectF(self.area.left(), self.y, self.area.width(), height), QColor(style.GRID_HEADER))
        for rect, cell in zip(rects, cells):
            self._cell(rect, cell, size, bold)
        p.setPen(QPen(QColor(style.GRID_LINE), 0.6))
        p.drawLine(QPointF(self.area.left(), self.y + height), QPointF(self.area.right(), self.y + height))
        self.y += height
        self.blank = False

    def _cell(self, rect: QRectF, cell: Cell, size: float, bold: bool) -> None:
        p = self.painter
        inner = rect.adjusted(4, 3, -4, -3)
        if cell.mark:
            center = QPointF(inner.right() - 6 if self.rtl else inner.left() + 6, inner.top() + 9)
            draw_mark(p, cell.mark, center, 5)
            inner = inner.adjusted(0, 0, -16, 0) if self.rtl else inner.adjusted(16, 0, 0, 0)
        if cell.spark:
            sparkline(p, cell.spark, QRectF(inner.x(), inner.y() + 1, min(inner.width(), 70), 14), self.rtl)
            return
        text = number_text(cell.text, self.language) if cell.number and cell.text else cell.text
        p.setFont(style.map_font(size, bold))
        p.setPen(QColor(cell.color or (style.MUTED_TEXT if cell.muted else style.TEXT)))
        option = QTextOption(self._option(cell.text))
        if cell.number:  # aligned like the column's header: at the reading start
            option.setTextDirection(Qt.LeftToRight)
            option.setAlignment((Qt.AlignRight if self.rtl else Qt.AlignLeft) | Qt.AlignAbsolute | Qt.AlignTop)
        p.drawText(inner, text, option)

    # ---- charts ----
    def svg(self, data: bytes, height: float) -> None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(data))
        size = renderer.defaultSize()
        width = min(self.area.width(), height * size.width() / max(1, size.height()))
        height = width * size.height() / max(1, size.width())
        self.ensure(height)
        renderer.render(self.painter, QRectF(self.area.center().x() - width / 2, self.y, width, height))
        self.y += height + 12
        self.blank = False


def sparkline(p: QPainter, values: Sequence[float], rect: QRectF, rtl: bool) -> None:
    """Values over periods as a small line (time runs in reading direction), the last one dotted."""
    if len(values) < 2:
        if values:
            p.setPen(Qt.NoPen)
            p.setBrush(QColor(style.MUTED_TEXT))
            p.drawEllipse(QPointF(rect.right() - 3 if rtl else rect.left() + 3, rect.center().y()), 2.2, 2.2)
        return
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = rect.width() / (len(values) - 1)
    points = [QPointF(rect.right() - i * step if rtl else rect.left() + i * step,
                      rect.bottom() - (v - low) / span * rect.height()) for i, v in enumerate(values)]
    p.save()
    p.setPen(QPen(QColor(style.MUTED_TEXT), 1.1))
    p.drawPolyline(QPolygonF(points))
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(style.TEXT))
    p.drawEllipse(points[-1], 2.2, 2.2)
    p.restore()
