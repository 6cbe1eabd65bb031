"""The export legend: explains every mark that appears on the exported map (and only those),
in the map's language, wrapped onto as many rows as the width needs."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QTextOption

from journeymap.canvas import style
from journeymap.canvas.marks import draw_mark
from journeymap.model.messages import base_language, localize_digits
from journeymap.model.schema import JourneyMap

TEXT = {
    "en": {"touchpoint": "Touchpoint", "key_moment": "Key moment", "emotion": "Expected emotion",
           "on_target": "KPI on target", "off_target": "KPI off target", "no_target": "KPI without target",
           "older": "Value from an earlier period (faded)",
           "weak": "Weak points (count)", "flow": "Flow", "alternative": "Alternative", "fallback": "Fallback",
           "period": "Period", "latest": "latest data", "personas": "Personas", "north_star": "North star",
           "page_of": "Page {n} of {count}", "overview": "overview of the whole map", "stages": "stages"},
    "fa": {"touchpoint": "نقطه تماس", "key_moment": "لحظه کلیدی", "emotion": "احساس مورد انتظار",
           "on_target": "شاخص در حد هدف", "off_target": "شاخص زیر هدف", "no_target": "شاخص بدون هدف",
           "older": "مقدار دوره‌های قبل (کم‌رنگ)",
           "weak": "نقاط ضعف (تعداد)", "flow": "مسیر اصلی", "alternative": "مسیر جایگزین", "fallback": "مسیر جبرانی",
           "period": "دوره", "latest": "آخرین داده‌ها", "personas": "پرسوناها", "north_star": "ستاره شمالی",
           "page_of": "صفحه {n} از {count}", "overview": "نمای کلی نقشه", "stages": "مراحل"},
    "ar": {"touchpoint": "نقطة اتصال", "key_moment": "لحظة حاسمة", "emotion": "الشعور المتوقع",
           "on_target": "المؤشر ضمن الهدف", "off_target": "المؤشر دون الهدف", "no_target": "مؤشر بلا هدف",
           "older": "قيمة من فترة سابقة (باهتة)",
           "weak": "نقاط الضعف (العدد)", "flow": "المسار الرئيسي", "alternative": "مسار بديل", "fallback": "مسار احتياطي",
           "period": "الفترة", "latest": "أحدث البيانات", "personas": "الشخصيات", "north_star": "نجم الشمال",
           "page_of": "الصفحة {n} من {count}", "overview": "نظرة عامة على الخريطة", "stages": "المراحل"},
}
FONT_POINTS = 12.0
ROW = 30.0
PAD = 14.0
SYMBOL = 44.0


def label(jmap: JourneyMap, key: str) -> str:
    return TEXT.get(base_language(jmap.language), TEXT["en"])[key]


@dataclass(frozen=True)
class Entry:
    kind: str  # card, key, badge, chip, weak, line
    text: str
    color: object  # a colour, or the edge kind for lines
    dim: bool = False


class Legend:
    """The entries for one exported map, and their layout in rows."""

    def __init__(self, jmap: JourneyMap, scene):
        self.jmap, self.scene = jmap, scene
        self.rtl = jmap.is_rtl()
        self.entries = self._entries()
        self.metrics = QFontMetricsF(style.map_font(FONT_POINTS))

    def _entries(self) -> list[Entry]:
        jmap, scene = self.jmap, self.scene
        kinds = {n.kind for n in jmap.nodes}
        entries = []
        if "touchpoint" in kinds:
            entries.append(Entry("card", label(jmap, "touchpoint"), style.CARD_BORDER))
        if "key_moment" in kinds:
            entries.append(Entry("key", label(jmap, "key_moment"), style.KEY_MOMENT_BORDER))
        infos = [scene.node_info(n.id) for n in jmap.nodes]
        badges = {}
        for node, info in zip(jmap.nodes, infos):
            if node.expected_emotion is not None:
                badges[node.expected_emotion.score] = info
        if badges:  # "Expected emotion:" once, then each score that occurs with its name
            entries.append(Entry("caption", f"{label(jmap, 'emotion')}:", None))
        for score in sorted(badges):
            name = jmap.emotion_scale.labels.get(score, "")
            entries.append(Entry("badge", f"{badges[score].emotion_text}\t{name}", badges[score].emotion_color))
        chips = [chip for info in infos for chip in info.chips]
        for key, color in (("on_target", style.KPI_GOOD), ("off_target", style.KPI_BAD), ("no_target", style.KPI_NEUTRAL)):
            if any(_chip_color(c) == color for c in chips):
                entries.append(Entry("chip", label(jmap, key), color))
        if any(getattr(c, "dim", False) for c in chips):
            entries.append(Entry("chip", label(jmap, "older"), style.KPI_NEUTRAL, dim=True))
        if any(info.weak_points for info in infos):
            entries.append(Entry("weak", label(jmap, "weak"), style.SEVERITY_COLORS["high"]))
        edge_kinds = {e.kind for e in jmap.edges}
        entries += [Entry("line", label(jmap, kind), kind) for kind in ("flow", "alternative", "fallback")
                    if kind in edge_kinds]
        return entries

    def _width(self, entry: Entry) -> float:
        caption = self.metrics.horizontalAdvance(self._caption(entry))
        if entry.kind == "caption":
            return caption + 12
        return SYMBOL + 8 + caption + (24 if caption else 0)

    def _caption(self, entry: Entry) -> str:
        return entry.text.split("\t")[-1]

    def rows(self, width: float) -> list[list[Entry]]:
        rows: list[list[Entry]] = [[]]
        used = 0.0
        for entry in self.entries:
            need = self._width(entry)
            if rows[-1] and used + need > width - 2 * PAD:
                rows.append([])
                used = 0.0
            rows[-1].append(entry)
            used += need
        return rows if rows[0] else []

    def height(self, width: float) -> float:
        rows = self.rows(width)
        return len(rows) * ROW + 2 * PAD - 8 if rows else 0.0

    def paint(self, painter: QPainter, rect: QRectF) -> None:
        rows = self.rows(rect.width())
        if not rows:
            return
        painter.save()
        painter.setPen(QPen(QColor(style.GRID_LINE), 1))
        painter.setBrush(QColor("#fbfcfd"))
        painter.drawRoundedRect(rect, 8, 8)
        painter.setFont(style.map_font(FONT_POINTS))
        for i, row in enumerate(rows):
            y = rect.y() + PAD + i * ROW + ROW / 2 - 4
            x = rect.right() - PAD if self.rtl else rect.x() + PAD
            for entry in row:
                width = self._width(entry)
                left = x - width if self.rtl else x
                symbol = QPointF(left + width - SYMBOL / 2 if self.rtl else left + SYMBOL / 2, y)
                text = self._caption(entry)
                if entry.kind == "caption":
                    box = QRectF(left, y - ROW / 2, width, ROW)
                else:
                    self._symbol(painter, entry, symbol)
                    box = QRectF(left + (0 if self.rtl else SYMBOL + 8), y - ROW / 2, width - SYMBOL - 8, ROW)
                painter.setPen(QColor(style.TEXT))
                option = QTextOption(style.text_option(text, wrap=False, rtl_default=self.rtl))  # a copy: cached options are shared
                option.setAlignment(option.alignment() & ~Qt.AlignTop | Qt.AlignVCenter)
                painter.drawText(box, text, option)
                x = x - width if self.rtl else x + width
        painter.restore()

    def _symbol(self, painter: QPainter, entry: Entry, center: QPointF) -> None:
        if entry.kind == "line":
            hue, pen_style = style.EDGE_STYLES[entry.color]
            painter.setPen(QPen(QColor(hue), 2.2, pen_style))
            painter.drawLine(center - QPointF(13, 0), center + QPointF(13, 0))
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(hue))
            tip = center + QPointF(-14 if self.rtl else 14, 0)
            back = -7 if not self.rtl else 7
            painter.drawPolygon([tip, tip + QPointF(back, -4), tip + QPointF(back, 4)])
            return
        painter.setOpacity(0.45 if entry.dim else 1.0)
        if entry.kind in ("card", "key"):
            painter.setPen(QPen(QColor(entry.color), 3.0 if entry.kind == "key" else 1.4))
            painter.setBrush(QColor("#faf8ff" if entry.kind == "key" else "#ffffff"))
            painter.drawRoundedRect(QRectF(center.x() - 13, center.y() - 9, 26, 18), 4, 4)
        elif entry.kind == "chip":
            painter.setPen(Qt.NoPen)
            painter.setBrush(QColor(entry.color))
            chip = center + QPointF(7 if self.rtl else -7, 0)
            painter.drawRoundedRect(QRectF(chip.x() - 13, chip.y() - 7, 26, 14), 7, 7)
            verdict = {style.KPI_GOOD: "check", style.KPI_BAD: "cross"}.get(entry.color)
            if verdict and not entry.dim:  # the verdict as a shape beside the chip, not by colour alone
                draw_mark(painter, verdict, center + QPointF(-15 if self.rtl else 15, 0), 5)
        else:  # badge (emotion score) or weak-point count: a disc with its figure
            painter.setPen(QPen(QColor("#ffffff"), 1.2))
            painter.setBrush(QColor(entry.color))
            painter.drawEllipse(center, 12, 12)
            figure = entry.text.split("\t")[0] if entry.kind == "badge" else localize_digits("1", self.jmap.language)
            painter.setPen(QColor("#ffffff"))
            painter.setFont(style.map_font(9.5, bold=True))
            painter.drawText(QRectF(center.x() - 12, center.y() - 12, 24, 24), figure, style.number_option())
            painter.setFont(style.map_font(FONT_POINTS))
        painter.setOpacity(1.0)


def _chip_color(chip) -> str:
    return chip.color if hasattr(chip, "color") else chip[1]
