"""Colours, fonts and render options shared by the canvas and the exports."""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextOption

from journeymap.resources import resource_path

MAP_FONT_FAMILY = "Cairo"
FALLBACK_FAMILIES = ["Cairo", "Noto Sans", "DejaVu Sans", "Sans Serif"]

EMOTION_COLORS = {-2: "#d64545", -1: "#f08c3a", 0: "#9aa5b1", 1: "#7cc47f", 2: "#2e9e5b"}
EMOTION_FACES = {-2: "☹", -1: "🙁", 0: "😐", 1: "🙂", 2: "😀"}
# One meaning per colour (issue 16): red-to-green is the emotion scale only; weak points are magenta
# (with a count badge), KPI verdicts blue / brown (told apart with red-green colour blindness too,
# and marked with a check or cross), arrows grey with the kind in the line style.
SEVERITY_COLORS = {"high": "#8e0152", "medium": "#c51b7d", "low": "#de77ae", "info": "#7f8c8d"}
EDGE_STYLES = {  # colour, Qt pen style
    "flow": ("#4a5563", Qt.SolidLine),
    "alternative": ("#5d6d7e", Qt.DashLine),
    "fallback": ("#5d6d7e", Qt.DotLine),
}
KPI_GOOD, KPI_BAD, KPI_NEUTRAL = "#1f5fa8", "#a14f00", "#5f6b7a"
CARD_FILL = "#ffffff"
CARD_BORDER = "#b9c2cc"
KEY_MOMENT_BORDER = "#6b4bd6"
SELECTION = "#1e88e5"
GRID_HEADER = "#eef1f5"
GRID_LINE = "#d5dbe2"
LANE_FILLS = {"channel": "#fbfcfd", "actor": "#f7fbf7", "backstage": "#f6f4fb", "emotion": "#fff9f0", "other": "#fafafa"}
TEXT = "#1f2933"
MUTED_TEXT = "#5f6b7a"


@dataclass
class RenderOptions:
    """How to draw: on screen (selection, handles) or for export (a clean presentation piece)."""

    export: bool = False
    period_id: Optional[str] = None  # None: the latest period with data
    font_scale: float = 1.0  # workshop mode draws larger text
    show_weak_points: bool = True


_fonts_registered = False


def register_fonts() -> str:
    """Register the bundled Cairo font with Qt (once); returns the family name to use."""
    global _fonts_registered
    if not _fonts_registered:
        for path in sorted(resource_path("fonts").glob("*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
        _fonts_registered = True
    return MAP_FONT_FAMILY


@lru_cache(maxsize=64)
def map_font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(FALLBACK_FAMILIES)
    font.setPointSizeF(point_size)
    font.setBold(bold)
    font.setHintingPreference(QFont.PreferNoHinting)
    return font


@lru_cache(maxsize=4096)
def is_rtl_text(text: str) -> bool:
    """True when the first strong character is right-to-left (Persian, Arabic, Hebrew)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


@lru_cache(maxsize=16384)
def text_option(text: str, wrap: bool = True, center: bool = False, rtl_default: bool = False) -> QTextOption:
    """Alignment and direction for a piece of map text: RTL text aligns right (absolutely).

    Cached: painting thousands of cards reuses the same few options (callers never modify them).
    """
    rtl = is_rtl_text(text) if any(not c.isspace() for c in text) else rtl_default
    option = QTextOption()
    option.setTextDirection(Qt.RightToLeft if rtl else Qt.LeftToRight)
    horizontal = Qt.AlignHCenter if center else (Qt.AlignRight if rtl else Qt.AlignLeft)
    option.setAlignment(horizontal | Qt.AlignAbsolute | Qt.AlignTop)
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere if wrap else QTextOption.NoWrap)
    return option


def feeling_color(emotion: QColor) -> QColor:
    """The named feeling's text colour: the emotion colour, dark enough to read on a white card."""
    return emotion.darker(150) if emotion.lightness() > 110 else emotion


@lru_cache(maxsize=16)
def emotion_color(score: Optional[int]) -> QColor:
    """The colour of an emotion score on the −2…+2 band (shared: callers never modify it)."""
    if score is None:
        return QColor("#d8dde3")
    return QColor(EMOTION_COLORS.get(max(-2, min(2, score)), "#9aa5b1"))


@lru_cache(maxsize=1)
def number_option() -> QTextOption:
    """Centred, always left-to-right: signed numbers and KPI chips read the same in any script."""
    option = QTextOption(Qt.AlignCenter)
    option.setTextDirection(Qt.LeftToRight)
    option.setWrapMode(QTextOption.NoWrap)
    return option
