"""Editable PowerPoint deck of a map (python-pptx): title, overview, one slide per group of stages,
weak points, KPI values.

Everything is a native shape with editable text; arrows are connectors attached to the cards.
Numbers come from ``values.derived`` (the one source) and are shown with the map's digits.
16:9 by default, 4:3 on request. python-pptx is imported here, when a deck is written.
"""
from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path
from typing import Optional

from journeymap.interchange import values
from journeymap.interchange.slide_layout import Box, SlideGrid
from journeymap.interchange.slide_map import DASHES, MapSlide, add_box, emu, style_line
from journeymap.interchange.slide_text import (
    Run,
    frame,
    legend_word,
    number,
    set_paragraphs,
    word,
)
from journeymap.model.io import write_atomic
from journeymap.model.messages import localize_digits
from journeymap.model.metrics import format_value
from journeymap.model.schema import JourneyMap

SLIDE_SIZES = {"16:9": (13.333, 7.5), "4:3": (10.0, 7.5)}
MARGIN = 0.3
TOP = 0.75  # below the slide heading
LEGEND_H = 0.45
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}


class Deck:
    """The map, its derived numbers and weak points, and the slides built from them."""

    def __init__(self, prs, jmap: JourneyMap, period_id: Optional[str]):
        from journeymap.canvas import style
        from journeymap.model.weakpoints import analyze

        self.prs, self.map, self.style = prs, jmap, style
        self.lang, self.rtl = jmap.language, jmap.is_rtl()
        self.width, self.height = prs.slide_width / 914400, prs.slide_height / 914400
        self.nodes = {n.id: n for n in jmap.nodes}
        self.derived = values.derived(jmap, period_id)
        self.curve_path = self.derived.main_path
        self.worst, self.last = self.derived.worst_moment, set(self.derived.last_moments)
        self.weak_points = sorted(analyze(jmap, period_id), key=lambda p: SEVERITY_ORDER[p.severity])
        self.weak_by_node = defaultdict(list)
        for point in self.weak_points:
            self.weak_by_node[point.node_id].append(point)
        self.edge_colors = {kind: color for kind, (color, _) in style.EDGE_STYLES.items()}

    def new_slide(self, heading: str, sub: str = ""):
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[6])  # blank
        slide.shapes.turbo_add_enabled = True  # new shape ids from a counter, not a scan of the slide
        box = slide.shapes.add_textbox(emu(MARGIN), emu(0.15), emu(self.width - 2 * MARGIN), emu(0.5))
        box.name = "heading"
        runs = [Run(heading, 20, True)] + ([Run("   " + sub, 12, False, self.style.MUTED_TEXT)] if sub else [])
        set_paragraphs(frame(box, 0.02, "middle"), [runs], self.lang, self.rtl)
        return slide

    def reading_text(self, reading) -> str:
        return number(format_value(reading.kpi, reading.value), self.lang)

    def reading_color(self, reading) -> str:
        if not reading.is_current:
            return self.style.MUTED_TEXT
        return {True: self.style.KPI_GOOD, False: self.style.KPI_BAD}.get(reading.meets_target, self.style.KPI_NEUTRAL)

    def chips(self, node_id: str, size: float) -> list[Run]:
        runs = []
        for reading in self.derived.readings(node_id):
            kpi = reading.kpi
            name = kpi.kind.upper() if kpi.kind != "custom" else kpi.name[:10]
            older = "" if reading.is_current else f" ({reading.period_label})"
            runs.append(Run(("  " if runs else "") + f"{name} {self.reading_text(reading)}{older}", size, True,
                            self.reading_color(reading)))
        return runs

    # -- slides --
    def title_slide(self) -> None:
        slide = self.prs.slides.add_slide(self.prs.slide_layouts[6])
        slide.shapes.turbo_add_enabled = True
        box = slide.shapes.add_textbox(emu(0.8), emu(1.6), emu(self.width - 1.6), emu(4.6))
        box.name = "title"
        period = self.derived.reference_period_id
        labels = {p.id: p.label for p in self.map.periods}
        separator = "، " if self.rtl else ", "
        lines = [[Run(self.map.title, 34, True)], [Run(" ", 12)],
                 [Run(legend_word(self.map, "period") + ": ", 16, True),
                  Run(labels[period] if period else legend_word(self.map, "latest"), 16)]]
        if self.map.personas:
            lines.append([Run(legend_word(self.map, "personas") + ": ", 16, True),
                          Run(separator.join(p.name for p in self.map.personas), 16)])
        if self.map.north_star:
            lines.append([Run(legend_word(self.map, "north_star") + ": ", 16, True), Run(self.map.north_star, 16)])
        set_paragraphs(frame(box, 0.1, "middle"), lines, self.lang, self.rtl, "center")

    def map_slides(self) -> None:
        grid = SlideGrid(self.map)
        area = Box(MARGIN, TOP, self.width - 2 * MARGIN, self.height - TOP - LEGEND_H - 0.1)
        slide = self.new_slide(word(self.lang, "overview"), self.map.title)
        MapSlide(self, slide, grid.layout([s.id for s in self.map.stages], area, markers=False)).draw()
        self.legend(slide)
        groups = grid.groups(area.w, area.h)
        if len(groups) == 1:  # the overview already shows every stage at the readable size
            return
        names = {s.id: s.name for s in self.map.stages}
        for index, group in enumerate(groups):
            page = number(f"{index + 1}/{len(groups)}", self.lang)
            slide = self.new_slide(" · ".join(names[s] for s in group), f"{word(self.lang, 'stages')} {page}")
            MapSlide(self, slide, grid.layout(group, area, markers=True)).draw()
            self.legend(slide)

    def legend_items(self) -> list[tuple[str, object, str]]:
        """(symbol, its detail, label) in reading order."""
        style, scale = self.style, self.map.emotion_scale
        items = [("card", ("touchpoint", style.CARD_BORDER, 0.75), legend_word(self.map, "touchpoint")),
                 ("card", ("key_moment", style.KEY_MOMENT_BORDER, 2.0), legend_word(self.map, "key_moment"))]
        items += [("dot", score, scale.labels.get(score) or localize_digits(f"{score:+d}", self.lang))
                  for score in range(scale.min, scale.max + 1)]
        items += [("line", kind, legend_word(self.map, kind)) for kind in ("flow", "alternative", "fallback")]
        return items + [("badge", None, legend_word(self.map, "weak"))]

    def legend(self, slide) -> None:
        """Legend shapes along the bottom from the reading start, shrunk to fit the slide's width."""
        from pptx.enum.shapes import MSO_SHAPE

        style, items = self.style, self.legend_items()
        symbol_w = {"card": 0.34, "dot": 0.16, "line": 0.4, "badge": 0.18}
        label_w = [0.1 + len(label) * 8 * 0.5 / 72 for _, _, label in items]
        natural = sum(symbol_w[kind] + 0.28 + w for (kind, _, _), w in zip(items, label_w))
        f = min(1.0, (self.width - 2 * MARGIN) / natural)
        y, cursor = self.height - LEGEND_H + 0.08, MARGIN

        def place(width: float) -> float:
            nonlocal cursor
            x = self.width - cursor - width * f if self.rtl else cursor
            cursor += (width + 0.08) * f
            return x

        for (kind, detail, label), width in zip(items, label_w):
            size = symbol_w[kind]
            if kind == "card":
                name, border, line_pt = detail
                add_box(slide, MSO_SHAPE.ROUNDED_RECTANGLE, Box(place(size), y, size * f, 0.2 * f), f"legend:{name}",
                        style.CARD_FILL, border, line_pt)
            elif kind == "line":
                x = place(size)
                line = slide.shapes.add_connector(1, emu(x), emu(y + 0.1 * f), emu(x + size * f), emu(y + 0.1 * f))
                line.name = f"legend:{detail}"
                style_line(line.line, self.edge_colors[detail], 1.25, DASHES[detail], arrow=True)
            else:
                color = style.SEVERITY_COLORS["high"] if kind == "badge" else \
                    style.EMOTION_COLORS.get(max(-2, min(2, detail)), "#9aa5b1")
                add_box(slide, MSO_SHAPE.OVAL, Box(place(size), y + 0.02 * f, size * f, size * f),
                        f"legend:{kind}{'' if detail is None else detail}", color, None)
            box = slide.shapes.add_textbox(emu(place(width)), emu(y - 0.03), emu(width * f), emu(0.26))
            box.name = "legend:label"
            set_paragraphs(frame(box, 0.0, "middle", wrap=False), [[Run(label, 8 * f, False, style.MUTED_TEXT)]],
                           self.lang, self.rtl)
            cursor += 0.12 * f


def deck_bytes(jmap: JourneyMap, period_id: Optional[str] = None, slide: str = "16:9") -> bytes:
    from pptx import Presentation

    from journeymap.interchange.slide_tables import kpi_slides, weak_point_slides

    prs = Presentation()
    width, height = SLIDE_SIZES[slide]
    prs.slide_width, prs.slide_height = emu(width), emu(height)
    prs.core_properties.title = jmap.title
    prs.core_properties.language = {"fa": "fa-IR", "ar": "ar-SA"}.get(jmap.language, "en-US")
    deck = Deck(prs, jmap, period_id)
    deck.title_slide()
    deck.map_slides()
    weak_point_slides(deck)
    kpi_slides(deck)
    buffer = io.BytesIO()
    prs.save(buffer)
    return buffer.getvalue()


def write_pptx(jmap: JourneyMap, path: str | Path, period_id: Optional[str] = None, slide: str = "16:9") -> list[Path]:
    write_atomic(path, deck_bytes(jmap, period_id, slide), keep_backup=False)
    return [Path(path)]
