"""SVG that renders the same in journeymap, librsvg and a browser.

librsvg ignores @font-face and every renderer shapes Persian and Arabic its own way, so the
visible text is drawn as glyph outlines: a paint device whose engine hands everything to Qt's
SVG generator, except text, which Qt's default engine turns into filled paths (shaped by Qt, with
the bundled Cairo font). A searchable copy of the text follows as invisible ``<text>`` elements,
one per whole run (a card title is one element), with its direction and anchor set.
"""
from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from PySide6.QtGui import QPaintDevice, QPaintEngine, QPainter

from journeymap.canvas import style


class ForwardingEngine(QPaintEngine):
    """Paints onto ``inner`` (a QPainter on a QSvgGenerator); text arrives here as paths."""

    def __init__(self, inner: QPainter):
        super().__init__(QPaintEngine.AllFeatures)
        self.inner = inner

    def begin(self, device) -> bool:
        return True

    def end(self) -> bool:
        return True

    def type(self):
        return QPaintEngine.User

    def updateState(self, state) -> None:
        flags, inner = state.state(), self.inner
        if flags & QPaintEngine.DirtyPen:
            inner.setPen(state.pen())
        if flags & QPaintEngine.DirtyBrush:
            inner.setBrush(state.brush())
        if flags & QPaintEngine.DirtyBrushOrigin:
            inner.setBrushOrigin(state.brushOrigin())
        if flags & QPaintEngine.DirtyTransform:
            inner.setTransform(state.transform())
        if flags & QPaintEngine.DirtyOpacity:
            inner.setOpacity(state.opacity())
        if flags & QPaintEngine.DirtyClipEnabled:
            inner.setClipping(state.isClipEnabled())
        if flags & QPaintEngine.DirtyClipPath:
            inner.setClipPath(state.clipPath(), state.clipOperation())
        if flags & QPaintEngine.DirtyClipRegion:
            inner.setClipRegion(state.clipRegion(), state.clipOperation())

    def drawPath(self, path) -> None:
        self.inner.drawPath(path)

    def drawPolygon(self, points, mode) -> None:
        if mode == QPaintEngine.PolylineMode:
            self.inner.drawPolyline(points)
        else:
            self.inner.drawPolygon(points, _fill_rule(mode))

    def drawPixmap(self, rect, pixmap, source) -> None:
        self.inner.drawPixmap(rect, pixmap, source)

    def drawImage(self, rect, image, source, flags=None) -> None:
        self.inner.drawImage(rect, image, source)


def _fill_rule(mode):
    from PySide6.QtCore import Qt

    return Qt.OddEvenFill if mode == QPaintEngine.OddEvenMode else Qt.WindingFill


class OutlineDevice(QPaintDevice):
    """A paint device of ``width`` x ``height`` units at 96 dpi whose text becomes outlines."""

    def __init__(self, inner: QPainter, width: int, height: int):
        super().__init__()
        self.engine = ForwardingEngine(inner)
        self.size = (width, height)

    def paintEngine(self):
        return self.engine

    def metric(self, metric):
        width, height = self.size
        values = {QPaintDevice.PdmWidth: width, QPaintDevice.PdmHeight: height,
                  QPaintDevice.PdmWidthMM: round(width * 25.4 / 96), QPaintDevice.PdmHeightMM: round(height * 25.4 / 96),
                  QPaintDevice.PdmDpiX: 96, QPaintDevice.PdmDpiY: 96, QPaintDevice.PdmPhysicalDpiX: 96,
                  QPaintDevice.PdmPhysicalDpiY: 96, QPaintDevice.PdmDepth: 32, QPaintDevice.PdmNumColors: 0xFFFFFF,
                  QPaintDevice.PdmDevicePixelRatio: 1,
                  QPaintDevice.PdmDevicePixelRatioScaled: round(QPaintDevice.devicePixelRatioFScale())}
        return values.get(metric, 0)


@dataclass(frozen=True)
class TextRun:
    """One whole piece of text and where it sits in the SVG (user units)."""

    text: str
    x: float  # the anchor point: left edge (LTR) or right edge (RTL)
    y: float  # baseline
    size: float  # font size in user units
    rtl: bool


def text_layer(runs: list[TextRun]) -> str:
    """Invisible, searchable ``<text>`` elements (one per run) to insert before ``</svg>``."""
    lines = ['<g id="searchable-text" fill-opacity="0" stroke="none" '
             f'font-family={quoteattr(style.MAP_FONT_FAMILY + ", sans-serif")}>']
    for run in runs:
        direction = 'direction="rtl" text-anchor="end" unicode-bidi="embed"' if run.rtl else 'text-anchor="start"'
        lines.append(f'<text x="{run.x:.1f}" y="{run.y:.1f}" font-size="{run.size:.1f}" {direction} '
                     f'xml:space="preserve">{escape(run.text)}</text>')
    lines.append("</g>")
    return "\n".join(lines)


def insert_text_layer(path: str, runs: list[TextRun]) -> None:
    with open(path, encoding="utf-8") as handle:
        svg = handle.read()
    end = svg.rfind("</svg>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(svg[:end] + text_layer(runs) + "\n" + svg[end:])
