"""The table slides of a deck: weak points (with decisions) and KPI values of the chosen period.

Native PowerPoint tables; on RTL maps the columns run from the right and every paragraph is RTL.
Long tables continue on further slides (``1/2``, ``2/2`` in the heading).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from journeymap.interchange.slide_map import emu
from journeymap.interchange.slide_text import (
    Run,
    legend_word,
    number,
    set_paragraphs,
    word,
)

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.interchange.slides import Deck

WEAK_ROWS = 9
KPI_ROWS = 10
HEADER_FILL = "eef1f5"


def chunks(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def add_table(deck: "Deck", slide, header: Sequence[str], rows: list[list[list[Run]]], widths: Sequence[float]):
    """A table under the heading; ``rows`` hold run lists per cell; RTL maps run right to left."""
    from pptx.dml.color import RGBColor
    from pptx.util import Inches

    order = list(range(len(header)))[::-1] if deck.rtl else list(range(len(header)))
    total = deck.width - 0.6
    shape = slide.shapes.add_table(len(rows) + 1, len(header), emu(0.3), emu(0.85), emu(total),
                                   emu(0.4 * (len(rows) + 1)))
    shape.name = "table"
    table = shape.table
    fractions = [widths[i] / sum(widths) for i in order]
    for column, fraction in zip(table.columns, fractions):
        column.width = emu(total * fraction)
    for col, logical in enumerate(order):
        cell = table.cell(0, col)
        cell.fill.solid()
        cell.fill.fore_color.rgb = RGBColor.from_string(HEADER_FILL)
        set_paragraphs(cell.text_frame, [[Run(header[logical], 11, True)]], deck.lang, deck.rtl)
        for r, row in enumerate(rows, start=1):
            body = table.cell(r, col)
            body.fill.solid()
            body.fill.fore_color.rgb = RGBColor.from_string("ffffff" if r % 2 else "f7f9fb")
            body.margin_left = body.margin_right = Inches(0.06)
            set_paragraphs(body.text_frame, [row[logical]], deck.lang, deck.rtl)
    return table


def weak_point_slides(deck: "Deck") -> None:
    lang = deck.lang
    header = [word(lang, "severity"), word(lang, "step"), word(lang, "why"), word(lang, "decision")]
    pages = chunks(deck.weak_points, WEAK_ROWS)
    for index, page in enumerate(pages):
        sub = number(f"{index + 1}/{len(pages)}", lang) if len(pages) > 1 else ""
        slide = deck.new_slide(legend_word(deck.map, "weak"), sub)
        if not page:
            box = slide.shapes.add_textbox(emu(0.3), emu(1.0), emu(deck.width - 0.6), emu(0.6))
            set_paragraphs(box.text_frame, [[Run(word(lang, "none"), 16)]], lang, deck.rtl)
            continue
        rows = []
        for point in page:
            decision = word(lang, point.decision) if point.decision else ""
            if point.decision_note:
                decision += ": " + point.decision_note
            rows.append([[Run(word(lang, point.severity), 10, True, deck.style.SEVERITY_COLORS[point.severity])],
                         [Run(deck.nodes[point.node_id].title, 10, True)], [Run(point.message, 10)],
                         [Run(decision, 10)]])
        add_table(deck, slide, header, rows, (1.1, 2.6, 6.4, 2.4))


def kpi_slides(deck: "Deck") -> None:
    lang, kpis = deck.lang, deck.map.kpis
    order = [n for n in deck.derived.journey_order if deck.derived.readings(n)]
    header = [word(lang, "step")] + [k.name for k in kpis]
    target = [[Run(word(lang, "target"), 10, True, deck.style.MUTED_TEXT)]]
    for kpi in kpis:
        from journeymap.model.metrics import format_value

        text = "" if kpi.target is None else number(format_value(kpi, kpi.target), lang)
        target.append([Run(text, 10, True, deck.style.MUTED_TEXT)])
    pages = chunks(order, KPI_ROWS)
    for index, page in enumerate(pages):
        sub = number(f"{index + 1}/{len(pages)}", lang) if len(pages) > 1 else ""
        slide = deck.new_slide(word(lang, "kpi_table"), sub)
        if not page or not kpis:
            box = slide.shapes.add_textbox(emu(0.3), emu(1.0), emu(deck.width - 0.6), emu(0.6))
            set_paragraphs(box.text_frame, [[Run(word(lang, "no_values"), 16)]], lang, deck.rtl)
            continue
        rows = [target] + [_kpi_row(deck, node_id) for node_id in page]
        add_table(deck, slide, header, rows, (3.0,) + (1.6,) * len(kpis))


def _kpi_row(deck: "Deck", node_id: str) -> list[list[Run]]:
    readings = {r.kpi.id: r for r in deck.derived.readings(node_id)}
    row = [[Run(deck.nodes[node_id].title, 10, True)]]
    for kpi in deck.map.kpis:
        reading = readings.get(kpi.id)
        if reading is None:
            row.append([Run("", 10)])
            continue
        runs = [Run(deck.reading_text(reading), 11, True, deck.reading_color(reading))]
        if not reading.is_current:
            runs.append(Run(f" ({reading.period_label})", 8, False, deck.style.MUTED_TEXT))
        row.append(runs)
    return row
