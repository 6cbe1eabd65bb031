"""The quarterly review report: a multi-page A4 PDF in the map's language.

Pages: cover (the period and the period it is compared with, Jalali dates for Persian maps), a
summary of the top weak points, the map (one page when readable, else an overview and one page
per block of stages), the emotion curve, the KPI table (only when there are KPI values), weak
points grouped by stage, and what changed since the compared file. Every value, period and the
worst moment come from ``journeymap.model.derived``; text is drawn by Qt (shaped, searchable).
"""
from __future__ import annotations

from typing import Callable, Optional

from PySide6.QtGui import QColor, QPageLayout, QPageSize

from journeymap.canvas import style
from journeymap.export import ExportError, atomic_output, ensure_app, new_pdf_writer, painting
from journeymap.model.compare import diff_maps
from journeymap.model.schema import JourneyMap
from journeymap.model.text import isolate
from journeymap.model.weakpoints import analyze
from journeymap.report_pages import ReportPages, number_text
from journeymap.report_tables import (change_lines, compared_period, kpi_table, period_text, severity_counts,
                                      top_weak_points, weak_by_stage)
from journeymap.report_words import word

Section = Callable[[ReportPages], None]


class ReportContext:
    """What every section reads: the map, its derived numbers for the chosen period, the weak points."""

    def __init__(self, jmap: JourneyMap, period_id: Optional[str], compare: Optional[JourneyMap]):
        from journeymap.model.derived import derive

        self.jmap, self.compare = jmap, compare
        self.derived = derive(jmap, period_id)
        self.lang = jmap.language
        self.points = analyze(jmap, period_id)
        self.open_points = [p for p in self.points if p.decision is None]

    def w(self, key: str) -> str:
        return word(self.lang, key)

    def n(self, value) -> str:
        return number_text(str(value), self.lang)


def _cover(ctx: ReportContext, pw: ReportPages) -> None:
    jmap = ctx.jmap
    pw.y += 90
    pw.text(ctx.w("report"), 14, color=style.MUTED_TEXT)
    pw.text(jmap.title, 26, bold=True, gap=18)
    pw.text(f"{ctx.w('period')}: {period_text(ctx.derived, ctx.derived.reference_period_id, ctx.lang)}", 13, bold=True)
    pw.text(f"{ctx.w('compared')}: {compared_period(ctx)}", 12, gap=14)
    if jmap.north_star:
        pw.text(f"{ctx.w('north_star')}: {isolate(jmap.north_star)}", 12, gap=12)
    from journeymap.canvas.presentation import today_text

    pw.text(today_text(jmap.language), 11, color=style.MUTED_TEXT, gap=14)
    if jmap.description:
        pw.text(jmap.description, 10.5, gap=12)
    pw.text(ctx.w("counts").format(nodes=ctx.n(len(jmap.nodes)), edges=ctx.n(len(jmap.edges)),
                                   weak=ctx.n(len(ctx.open_points))), 11)
    for persona in jmap.personas:
        pw.text(f"• {persona.name} ({persona.segment})" if persona.segment else f"• {persona.name}", 10.5, gap=3)


def _summary(ctx: ReportContext, pw: ReportPages) -> None:
    pw.heading(ctx.w("summary"))
    counts = severity_counts(ctx.open_points)
    pw.text(ctx.w("severity_counts").format(**{k: ctx.n(v) for k, v in counts.items()}), 11.5, gap=12)
    top = top_weak_points(ctx)
    pw.text(ctx.w("top"), 13, bold=True, gap=8)
    if not top:
        pw.text(ctx.w("no_weak"), 11)
    for point, title in top:
        pw.marked_line(point.severity, f"{ctx.w(point.severity)} — {isolate(title)}: {point.message}", 11)


def _map_pages(ctx: ReportContext, pw: ReportPages) -> None:
    """The map on this page, or an overview here and one more page per block of stages."""
    from PySide6.QtCore import QRectF

    from journeymap.canvas.presentation import Presentation
    from journeymap.export import print_plan

    piece = Presentation(ctx.jmap, ctx.derived.period_id)
    for i, block in enumerate(print_plan(piece, "A4").blocks):
        if i:
            pw.start_page()
        piece.paint(pw.painter, QRectF(pw.area), QColor("#ffffff"), block)
        pw.blank = False


def _curve(ctx: ReportContext, pw: ReportPages) -> None:
    from journeymap.charts.curves import emotion_curve_svg

    pw.heading(ctx.w("curve"))
    pw.svg(emotion_curve_svg(ctx.jmap, ctx.compare, derived=ctx.derived), pw.area.bottom() - pw.y - 10)


def _kpis(ctx: ReportContext, pw: ReportPages) -> None:
    headers, widths, rows = kpi_table(ctx)
    pw.heading(ctx.w("kpis"))
    pw.table(headers, widths, rows)


def _weak(ctx: ReportContext, pw: ReportPages) -> None:
    pw.heading(ctx.w("weak"))
    for stage_name, points in weak_by_stage(ctx):
        pw.ensure(60)
        pw.text(stage_name, 12.5, bold=True, gap=4)
        for point, title in points:
            decision = ctx.w(point.decision) if point.decision else ctx.w("open")
            note = f" — {point.decision_note}" if point.decision_note else ""
            text = f"{ctx.w(point.severity)} | {decision} — {isolate(title)}: {point.message}{note}"
            pw.marked_line(point.severity, text, 10, style.TEXT if point.decision is None else style.MUTED_TEXT)
        pw.y += 6


def _changes(ctx: ReportContext, pw: ReportPages) -> None:
    pw.heading(ctx.w("changes"))
    lines = change_lines(ctx.jmap, diff_maps(ctx.compare, ctx.jmap))
    for text, mark in lines or [(ctx.w("no_changes"), None)]:
        if mark:
            pw.marked_line(mark, text, 10)
        else:
            pw.text(text, 10, gap=4)


def sections(ctx: ReportContext) -> list[tuple[Section, bool]]:
    """(section, with running header) in order, each starting a page; sections with nothing to show are left out."""
    result: list[tuple[Section, bool]] = [(lambda pw: _cover(ctx, pw), False), (lambda pw: _summary(ctx, pw), True),
                                          (lambda pw: _map_pages(ctx, pw), True)]
    if any(n.expected_emotion is not None for n in ctx.jmap.nodes):
        result.append((lambda pw: _curve(ctx, pw), True))
    if ctx.jmap.kpis and ctx.jmap.measurements:
        result.append((lambda pw: _kpis(ctx, pw), True))
    if ctx.points:
        result.append((lambda pw: _weak(ctx, pw), True))
    if ctx.compare is not None:
        result.append((lambda pw: _changes(ctx, pw), True))
    return result


def _paint(ctx: ReportContext, path: str, total: Optional[int], progress) -> int:
    running = f"{ctx.jmap.title}  |  {period_text(ctx.derived, ctx.derived.reference_period_id, ctx.lang)}"
    parts = sections(ctx)
    writer = new_pdf_writer(path, ctx.jmap.title)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QPageLayout().margins()))
    with painting(writer, path) as painter:
        pw = ReportPages(writer, painter, ctx.jmap.is_rtl(), ctx.lang, running, total)
        for done, (section, furniture) in enumerate(parts):
            if progress is not None:
                progress(done, len(parts))
            pw.start_page(furniture)
            section(pw)
        if progress is not None:
            progress(len(parts), len(parts))
    del writer
    return pw.number


def write_report(jmap: JourneyMap, path: str, period_id: Optional[str] = None, compare: Optional[JourneyMap] = None,
                 progress: Optional[Callable[[int, int], object]] = None) -> int:
    """Write the report PDF; returns the number of pages. ``progress(done, total)`` is called before each
    section and at the end; an exception it raises (the GUI's Cancel) leaves no file behind."""
    ensure_app()
    ctx = ReportContext(jmap, period_id, compare)
    with atomic_output(path) as tmp:
        total = _paint(ctx, tmp, None, None)  # first pass: count the pages for "n / N"
        pages = _paint(ctx, tmp, total, progress)
    if pages < 1:
        raise ExportError(f"cannot write {path}")
    return pages
