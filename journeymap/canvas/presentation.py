"""A presentation piece of a map: title band, the map itself, and a legend, in the map's language.

Used by every export format and the report. The map is drawn from a fresh scene with export
options (no selection, no cached bitmaps, so PDF and SVG stay vector).
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QCalendar, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journeymap.canvas import style
from journeymap.canvas.scene import MapScene
from journeymap.document import Document
from journeymap.model.messages import base_language, localize_digits
from journeymap.model.schema import JourneyMap
from journeymap.model.weakpoints import analyze

MARGIN = 40.0
HEADER = 96.0
LEGEND = 64.0

TEXT = {
    "en": {"touchpoint": "Touchpoint", "key_moment": "Key moment", "emotion": "Expected emotion",
           "on_target": "KPI on target", "off_target": "KPI off target", "no_target": "No target",
           "weak": "Weak points", "flow": "Flow", "alternative": "Alternative", "fallback": "Fallback",
           "period": "Period", "latest": "latest data", "personas": "Personas", "north_star": "North star"},
    "fa": {"touchpoint": "نقطه تماس", "key_moment": "لحظه کلیدی", "emotion": "احساس مورد انتظار",
           "on_target": "شاخص در حد هدف", "off_target": "شاخص زیر هدف", "no_target": "بدون هدف",
           "weak": "نقاط ضعف", "flow": "مسیر اصلی", "alternative": "مسیر جایگزین", "fallback": "مسیر جبرانی",
           "period": "دوره", "latest": "آخرین داده‌ها", "personas": "پرسوناها", "north_star": "ستاره شمالی"},
    "ar": {"touchpoint": "نقطة اتصال", "key_moment": "لحظة حاسمة", "emotion": "الشعور المتوقع",
           "on_target": "المؤشر ضمن الهدف", "off_target": "المؤشر دون الهدف", "no_target": "بلا هدف",
           "weak": "نقاط الضعف", "flow": "المسار الرئيسي", "alternative": "مسار بديل", "fallback": "مسار احتياطي",
           "period": "الفترة", "latest": "أحدث البيانات", "personas": "الشخصيات", "north_star": "نجم الشمال"},
}


def label(jmap: JourneyMap, key: str) -> str:
    return TEXT.get(base_language(jmap.language), TEXT["en"])[key]


def today_text(language: str) -> str:
    """Today's date in the map's language: Jalali calendar with Persian digits for fa."""
    lang = base_language(language)
    if lang == "fa":
        return QLocale(QLocale.Persian, QLocale.Iran).toString(QDate.currentDate(), QLocale.LongFormat,
                                                              QCalendar(QCalendar.System.Jalali))
    if lang == "ar":
        return QLocale(QLocale.Arabic, QLocale.Egypt).toString(QDate.currentDate(), "d MMMM yyyy")
    return QDate.currentDate().toString("d MMMM yyyy")


class Presentation:
    """Lays out and paints title band + map + legend for one map and period."""

    def __init__(self, jmap: JourneyMap, period_id: Optional[str] = None, legend: bool = True):
        self.jmap = jmap.model_copy(deep=True)  # the export never touches the caller's map
        self.period_id = period_id
        self.legend = legend
        self.doc = Document(self.jmap)
        self.scene = MapScene(self.doc, style.RenderOptions(export=True, period_id=period_id))
        self.scene.set_weak_points(analyze(self.jmap, period_id))
        self.scene.curve_item.recompute()
        self.map_rect = self.scene.items_bounding_rect()

    @property
    def size(self) -> tuple[float, float]:
        width = self.map_rect.width() + 2 * MARGIN
        height = self.map_rect.height() + 2 * MARGIN + HEADER + (LEGEND if self.legend else 0)
        return width, height

    def paint(self, painter: QPainter, target: QRectF, background: Optional[QColor] = QColor("#ffffff")) -> None:
        """Paint the whole piece scaled into ``target`` (aspect ratio kept, centred)."""
        width, height = self.size
        scale = min(target.width() / width, target.height() / height)
        painter.save()
        painter.translate(target.x() + (target.width() - width * scale) / 2,
                          target.y() + (target.height() - height * scale) / 2)
        painter.scale(scale, scale)
        if background is not None:
            painter.fillRect(QRectF(0, 0, width, height), background)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        self._paint_header(painter, width)
        map_target = QRectF(MARGIN, MARGIN + HEADER, self.map_rect.width(), self.map_rect.height())
        self.scene.render(painter, map_target, self.map_rect)
        if self.legend:
            self._paint_legend(painter, QRectF(MARGIN, map_target.bottom() + 16, self.map_rect.width(), LEGEND - 16))
        painter.restore()

    def _rtl(self) -> bool:
        return self.jmap.is_rtl()

    def _paint_header(self, painter: QPainter, width: float) -> None:
        jmap = self.jmap
        rect = QRectF(MARGIN, MARGIN, width - 2 * MARGIN, HEADER - 16)
        painter.setPen(QColor(style.TEXT))
        painter.setFont(style.map_font(20, bold=True))
        painter.drawText(QRectF(rect.x(), rect.y(), rect.width(), 40), jmap.title,
                         style.text_option(jmap.title, wrap=False, rtl_default=self._rtl()))
        period = next((p.label for p in jmap.periods if p.id == self.period_id), label(jmap, "latest"))
        parts = [f"{label(jmap, 'period')}: {period}", today_text(jmap.language)]
        if jmap.personas:
            parts.append(f"{label(jmap, 'personas')}: " + "، ".join(p.name for p in jmap.personas)
                         if self._rtl() else f"{label(jmap, 'personas')}: " + ", ".join(p.name for p in jmap.personas))
        if jmap.north_star:
            parts.append(f"{label(jmap, 'north_star')}: {jmap.north_star}")
        subtitle = localize_digits("  ·  ".join(parts), jmap.language)
        painter.setPen(QColor(style.MUTED_TEXT))
        painter.setFont(style.map_font(10))
        painter.drawText(QRectF(rect.x(), rect.y() + 42, rect.width(), 36), subtitle,
                         style.text_option(subtitle, rtl_default=self._rtl()))

    def _legend_entries(self) -> list[tuple[str, str, object]]:
        jmap = self.jmap
        scale = jmap.emotion_scale
        entries: list[tuple[str, str, object]] = [
            ("card", label(jmap, "touchpoint"), style.CARD_BORDER),
            ("card", label(jmap, "key_moment"), style.KEY_MOMENT_BORDER),
        ]
        for score in range(scale.min, scale.max + 1):
            name = scale.labels.get(score, "")
            text = localize_digits(f"{score:+d}" if score else "0", jmap.language) + (f" {name}" if name else "")
            entries.append(("dot", text, style.emotion_color(round(-2 + 4 * (score - scale.min) / (scale.max - scale.min)))))
        entries += [("chip", label(jmap, "on_target"), style.KPI_GOOD), ("chip", label(jmap, "off_target"), style.KPI_BAD),
                    ("dot", label(jmap, "weak"), style.SEVERITY_COLORS["high"])]
        entries += [("line", label(jmap, kind), kind) for kind in ("flow", "alternative", "fallback")]
        return entries

    def _paint_legend(self, painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.setBrush(QColor("#fbfcfd"))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setFont(style.map_font(9))
        metrics = painter.fontMetrics()
        rtl = self._rtl()
        x = rect.right() - 16 if rtl else rect.x() + 16
        y = rect.center().y()
        for kind, text, color in self._legend_entries():
            width = 30 + metrics.horizontalAdvance(text) + 18
            left = x - width if rtl else x
            self._legend_symbol(painter, kind, color, QPointF(left + (width - 14 if rtl else 12), y))
            text_rect = QRectF(left + (2 if rtl else 28), y - 12, width - 32, 24)
            painter.setPen(QColor(style.TEXT))
            painter.drawText(text_rect, text, style.text_option(text, wrap=False, rtl_default=rtl))
            x = x - width if rtl else x + width

    def _legend_symbol(self, painter: QPainter, kind: str, color, center: QPointF) -> None:
        if kind == "line":
            hue, pen_style = style.EDGE_STYLES[color]
            painter.setPen(QPen(QColor(hue), 2, pen_style))
            painter.drawLine(center - QPointF(11, 0), center + QPointF(11, 0))
            return
        painter.setPen(QPen(QColor(color), 2.5) if kind == "card" else Qt.NoPen)
        painter.setBrush(QColor("#ffffff") if kind == "card" else QColor(color))
        if kind == "card":
            painter.drawRoundedRect(QRectF(center.x() - 11, center.y() - 8, 22, 16), 4, 4)
        elif kind == "chip":
            painter.drawRoundedRect(QRectF(center.x() - 11, center.y() - 6, 22, 12), 6, 6)
        else:
            painter.drawEllipse(center, 7, 7)
