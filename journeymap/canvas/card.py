"""The card's content: where its title, named feeling, emotion badge, KPI chips and badges go,
how they are painted (on screen and in exports alike), and which tooltip each badge has.

Type is large relative to the card so that a 12-card map at fit-all reads on a laptop and a
projector: titles 15 pt (20 px), chips 12.5 pt, the feeling 11 pt; the title is laid out with a
tight line height (the Cairo font's own line box is very tall) and elided after its last line.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextLayout, QTextOption

from journeymap.canvas import style
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH
from journeymap.model.messages import localize_digits

TITLE_POINTS, FEELING_POINTS, CHIP_POINTS, BADGE_POINTS = 15.0, 11.0, 12.5, 10.5
BAND, PAD, TOP = 5.0, 9.0, 10.0
BADGE_RADIUS = 14.0
CHIP_HEIGHT, CHIP_GAP = 24.0, 4.0
TITLE_LINE, FEELING_LINE = 1.2, 1.25  # line heights in em


@dataclass
class Chip:
    """One KPI chip: the KPI's name, its value and change, colour, dimmed when the value is older, tooltip.

    When a chip is too wide its name gives way to `short` (the KPI's standard abbreviation: NPS,
    CSAT, CES) or, without one, is shortened with "…"; never its value."""

    name: str
    value: str
    color: str
    dim: bool = False
    tip: str = ""
    short: str = ""

    @property
    def text(self) -> str:
        return f"{self.name} {self.value}".strip()

    def painted_text(self) -> str:
        """RTL names read right to left with the value as an isolated, forced left-to-right run
        (an override: Arabic-Indic digits would otherwise reorder "+٣٥ ▲٤" inside the isolate)."""
        forced = f"\u2066\u202d{self.value}\u202c\u2069"
        if self.name and style.is_rtl_text(self.name):
            return f"{self.name} {forced}"
        if any("\u0660" <= c <= "\u0669" for c in self.value):  # "CSAT ٤٨٪ ▼٧" would read "CSAT ٧▼ ٪٤٨"
            return f"{self.name} {forced}".strip()
        return self.text


@dataclass
class CardParts:
    """Positions in card coordinates (a function of the card's content and the reading direction)."""

    chips: list[tuple[QRectF, Chip]] = field(default_factory=list)
    badge: QPointF = field(default_factory=QPointF)
    star: QPointF = field(default_factory=QPointF)
    weak: QPointF = field(default_factory=QPointF)


def parts(chips: list[Chip], rtl: bool, scale: float = 1.0, language: str = "") -> CardParts:
    """Where the badges and chips go; chips that do not fit become one "+N" chip (N in the map's digits)."""
    badge = QPointF(BADGE_RADIUS + 5 if rtl else CARD_WIDTH - BADGE_RADIUS - 5, BADGE_RADIUS + 5)
    star = QPointF(CARD_WIDTH - 18 if rtl else 18, -5)
    weak = QPointF(52 if rtl else CARD_WIDTH - 52, -5)
    return CardParts(chips=_chip_rects(chips, rtl, scale, language), badge=badge, star=star, weak=weak)


def _chip_rects(chips: list[Chip], rtl: bool, scale: float, language: str = "") -> list[tuple[QRectF, Chip]]:
    metrics = QFontMetricsF(style.map_font(CHIP_POINTS * scale))
    left, right = (PAD, CARD_WIDTH - BAND - PAD) if rtl else (BAND + PAD, CARD_WIDTH - PAD)
    top = CARD_HEIGHT - 6 - CHIP_HEIGHT
    placed: list[tuple[QRectF, Chip]] = []
    x = right if rtl else left
    for i, chip in enumerate(chips):
        rest = len(chips) - i - 1
        more = metrics.horizontalAdvance(f"+{rest}") + 14 + CHIP_GAP if rest else 0.0
        room = (x - left if rtl else right - x) - more
        width = metrics.horizontalAdvance(chip.text) + 14
        value_width = metrics.horizontalAdvance(" " + chip.value) + 14
        if (width > room and placed) or value_width + metrics.horizontalAdvance("…") > room:
            hidden = chips[i:]
            tip = "\n".join(c.tip or c.text for c in hidden)
            chip = Chip("", localize_digits(f"+{len(hidden)}", language), style.KPI_NEUTRAL, False, tip)
            width = metrics.horizontalAdvance(chip.text) + 14
            placed.append((_chip_rect(x, width, top, rtl), chip))
            break
        if width > room:  # shorten the name, keep the value
            chip, width = _shortened(chip, metrics, room, value_width)
        placed.append((_chip_rect(x, width, top, rtl), chip))
        x = x - width - CHIP_GAP if rtl else x + width + CHIP_GAP
    return placed


def _shortened(chip: Chip, metrics: QFontMetricsF, room: float, value_width: float) -> tuple[Chip, float]:
    """The chip with its abbreviation when that fits ("CSAT ۶۶٪", not "رضایت…"), else its name elided."""
    tip = chip.tip or chip.text
    if chip.short:
        short = Chip(chip.short, chip.value, chip.color, chip.dim, tip)
        width = metrics.horizontalAdvance(short.text) + 14
        if width <= room:
            return short, width
    name = metrics.elidedText(chip.name, Qt.ElideRight, room - value_width)
    return Chip(name, chip.value, chip.color, chip.dim, tip), room


def _chip_rect(x: float, width: float, top: float, rtl: bool) -> QRectF:
    return QRectF(x - width if rtl else x, top, width, CHIP_HEIGHT)


def paint_title(painter: QPainter, title: str, rtl: bool, bold: bool, max_lines: int, scale: float = 1.0) -> float:
    """The title, wrapped beside the emotion badge then below it; returns the y below its last line."""
    font = style.map_font(TITLE_POINTS * scale, bold=bold)
    first = CARD_WIDTH - BAND - 2 * PAD - 2 * BADGE_RADIUS - 4
    full = CARD_WIDTH - BAND - 2 * PAD
    x_first = PAD + 2 * BADGE_RADIUS + 4 if rtl else BAND + PAD
    x_full = PAD if rtl else BAND + PAD
    lines = [(x_first, first)] + [(x_full, full)] * (max_lines - 1)
    return paint_lines(painter, title, font, lines, TOP, TITLE_LINE, rtl)


def paint_feeling(painter: QPainter, feeling: str, top: float, rtl: bool, color: QColor, scale: float = 1.0) -> None:
    font = style.map_font(FEELING_POINTS * scale)
    font.setItalic(not rtl)  # Persian and Arabic have no italics
    painter.setPen(color)
    x = PAD if rtl else BAND + PAD
    paint_lines(painter, feeling, font, [(x, CARD_WIDTH - BAND - 2 * PAD)], top, FEELING_LINE, rtl)


def paint_lines(painter: QPainter, text: str, font: QFont, lines: list[tuple[float, float]], top: float,
                line_em: float, rtl_default: bool) -> float:
    """Wrap ``text`` into at most ``len(lines)`` lines (x, width each), a tight ``line_em`` apart; the
    last line is elided with "…" when the text does not fit. Returns the y below the last line."""
    option = QTextOption(style.text_option(text, rtl_default=rtl_default))
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    metrics = QFontMetricsF(font)
    em = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * painter.device().logicalDpiY() / 72
    step = em * line_em
    layout = QTextLayout(text, font, painter.device())
    layout.setTextOption(option)
    layout.beginLayout()
    made = []
    for x, width in lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        made.append(line)
    layout.endLayout()
    if not made:
        return top
    for i, (line, (x, _)) in enumerate(zip(made, lines)):
        line.setPosition(QPointF(x, top + i * step + 0.85 * em - metrics.ascent()))
    end = made[-1].textStart() + made[-1].textLength()
    for line in made[:-1]:
        line.draw(painter, QPointF(0, 0))
    last, (x, width) = made[-1], lines[len(made) - 1]
    if end < len(text.rstrip()):
        rest = metrics.elidedText(text[last.textStart():], Qt.ElideRight, width)
        painter.setFont(font)
        box = QRectF(x, last.y(), width, metrics.height())
        single = QTextOption(option)
        single.setWrapMode(QTextOption.NoWrap)
        painter.drawText(box, rest, single)
    else:
        last.draw(painter, QPointF(0, 0))
    return top + len(made) * step + 0.2 * em


def paint_chips(painter: QPainter, placed: list[tuple[QRectF, Chip]], scale: float = 1.0) -> None:
    painter.setFont(style.map_font(CHIP_POINTS * scale))
    for rect, chip in placed:
        painter.setOpacity(0.45 if chip.dim else 1.0)
        painter.setPen(Qt.NoPen)
        painter.setBrush(QColor(chip.color))
        painter.drawRoundedRect(rect, CHIP_HEIGHT / 2, CHIP_HEIGHT / 2)
        painter.setPen(QColor("#ffffff"))
        text = chip.painted_text()
        rtl = bool(chip.name) and style.is_rtl_text(chip.name)
        painter.drawText(rect, text, style.text_option(chip.name, wrap=False, center=True) if rtl else style.number_option())
    painter.setOpacity(1.0)


def paint_badge(painter: QPainter, center: QPointF, color: QColor, text: str, scale: float = 1.0) -> None:
    """The emotion score in a coloured disc."""
    painter.setPen(QPen(QColor("#ffffff"), 1.5))
    painter.setBrush(color)
    painter.drawEllipse(center, BADGE_RADIUS, BADGE_RADIUS)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(style.map_font(BADGE_POINTS * scale, bold=True))
    r = BADGE_RADIUS
    painter.drawText(QRectF(center.x() - r, center.y() - r, 2 * r, 2 * r), text, style.number_option())


def hit(point: QPointF, center: QPointF, radius: float) -> bool:
    delta = point - center
    return delta.x() ** 2 + delta.y() ** 2 <= radius ** 2
