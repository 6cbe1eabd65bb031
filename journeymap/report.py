"""The quarterly review report: a multi-page PDF in the map's language.

Pages: cover (title, north star, period, date), the map, the emotion curve (peak and end marked,
older curve overlaid when comparing), KPI table with targets and trends, weak points with reasons
and decisions, and the changes since the compared file. Text is drawn by Qt (shaped, searchable).
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Optional

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter

from journeymap.canvas import style
from journeymap.export import ExportError, atomic_output, ensure_app, new_pdf_writer, painting
from journeymap.model.compare import diff_maps
from journeymap.model.messages import base_language, localize_digits
from journeymap.model.metrics import format_value, improvement, meets_target
from journeymap.model.schema import JourneyMap
from journeymap.model.weakpoints import analyze

TEXT = {
    "en": {"report": "Quarterly customer-journey review", "north_star": "North star", "period": "Period",
           "latest": "latest data", "curve": "Emotion curve along the main path", "kpis": "KPIs: targets and trends",
           "node": "Node", "kpi": "KPI", "target": "Target", "now": "Now", "before": "Before", "trend": "Trend",
           "weak": "Weak points", "decision": "Decision", "changes": "Changes since the compared map",
           "no_changes": "No differences.", "summary": "{nodes} nodes · {edges} connections · {weak} open weak points",
           "accepted": "accepted", "dismissed": "dismissed", "open": "open",
           "delta": "{node} — {kpi}: {old} ({old_period}) → {new} ({new_period}), {verdict}", "improved": "better", "worse": "worse", "same": "same", "new_weak": "New weak point", "resolved": "Resolved", "added": "Added", "removed": "Removed", "changed": "Changed"},
    "fa": {"report": "گزارش بازبینی فصلی سفر مشتری", "north_star": "ستاره شمالی", "period": "دوره",
           "latest": "آخرین داده‌ها", "curve": "منحنی احساس در مسیر اصلی", "kpis": "شاخص‌ها: هدف و روند",
           "node": "نقطه تماس", "kpi": "شاخص", "target": "هدف", "now": "اکنون", "before": "قبل", "trend": "روند",
           "weak": "نقاط ضعف", "decision": "تصمیم", "changes": "تغییرات نسبت به نقشه مقایسه‌شده",
           "no_changes": "تفاوتی نیست.", "summary": "{nodes} نقطه · {edges} اتصال · {weak} نقطه ضعف باز",
           "accepted": "پذیرفته", "dismissed": "رد شده", "open": "باز",
           "delta": "{node} — {kpi}: {old} ({old_period}) ← {new} ({new_period})، {verdict}", "improved": "بهتر شده", "worse": "بدتر شده", "same": "بدون تغییر", "new_weak": "نقطه ضعف تازه", "resolved": "برطرف شده", "added": "افزوده شده", "removed": "حذف شده", "changed": "تغییر کرده"},
    "ar": {"report": "مراجعة ربع سنوية لرحلة العميل", "north_star": "نجم الشمال", "period": "الفترة",
           "latest": "أحدث البيانات", "curve": "منحنى الشعور على المسار الرئيسي", "kpis": "المؤشرات: الأهداف والاتجاهات",
           "node": "نقطة الاتصال", "kpi": "المؤشر", "target": "الهدف", "now": "الآن", "before": "قبل", "trend": "الاتجاه",
           "weak": "نقاط الضعف", "decision": "القرار", "changes": "التغييرات منذ الخريطة المقارنة",
           "no_changes": "لا توجد فروق.", "summary": "{nodes} نقطة · {edges} اتصال · {weak} نقطة ضعف مفتوحة",
           "accepted": "مقبول", "dismissed": "مرفوض", "open": "مفتوح",
           "delta": "{node} — {kpi}: {old} ({old_period}) ← {new} ({new_period})، {verdict}", "improved": "تحسّن", "worse": "تراجع", "same": "دون تغيير", "new_weak": "نقطة ضعف جديدة", "resolved": "تمت معالجتها", "added": "أُضيف", "removed": "حُذف", "changed": "تغيّر"},
}
PAGE_MARGIN = 48.0


class PageWriter:
    """Writes lines of text top to bottom, right-aligned for RTL maps, starting new pages as needed."""

    def __init__(self, writer, painter: QPainter, jmap: JourneyMap):
        self.writer, self.painter, self.jmap = writer, painter, jmap
        self.rtl = jmap.is_rtl()
        self.page = QRectF(painter.viewport()).adjusted(PAGE_MARGIN, PAGE_MARGIN, -PAGE_MARGIN, -PAGE_MARGIN)
        self.y = self.page.top()
        self.pages = 1

    def new_page(self) -> None:
        self.writer.newPage()
        self.pages += 1
        self.y = self.page.top()

    def text(self, text: str, size: float = 11, bold: bool = False, color: str = style.TEXT, gap: float = 6) -> None:
        text = localize_digits(text, self.jmap.language)
        font = style.map_font(size, bold)
        self.painter.setFont(font)
        option = style.text_option(text, rtl_default=self.rtl)
        bounds = self.painter.boundingRect(QRectF(self.page.left(), 0, self.page.width(), 10_000), text, option)
        if self.y + bounds.height() > self.page.bottom():
            self.new_page()
        self.painter.setPen(QColor(color))
        self.painter.drawText(QRectF(self.page.left(), self.y, self.page.width(), bounds.height() + 4), text, option)
        self.y += bounds.height() + gap

    def columns(self, cells: list[str], widths: list[float], bold: bool = False, colors: Optional[list[str]] = None) -> None:
        """One table row; columns run right to left in RTL maps."""
        self.painter.setFont(style.map_font(9, bold))
        height = 22.0
        if self.y + height > self.page.bottom():
            self.new_page()
        x = self.page.right() if self.rtl else self.page.left()
        for i, (cell, share) in enumerate(zip(cells, widths)):
            width = self.page.width() * share
            left = x - width if self.rtl else x
            cell = localize_digits(cell, self.jmap.language)
            self.painter.setPen(QColor((colors or [])[i] if colors and colors[i] else style.TEXT))
            self.painter.drawText(QRectF(left + 3, self.y, width - 6, height), cell,
                                  style.text_option(cell, wrap=False, rtl_default=self.rtl))
            x = left if self.rtl else x + width
        self.y += height

    def svg(self, data: bytes, height: float) -> None:
        from PySide6.QtSvg import QSvgRenderer

        renderer = QSvgRenderer(QByteArray(data))
        size = renderer.defaultSize()
        width = min(self.page.width(), height * size.width() / max(1, size.height()))
        if self.y + height > self.page.bottom():
            self.new_page()
        renderer.render(self.painter, QRectF(self.page.center().x() - width / 2, self.y, width, height))
        self.y += height + 12


def _t(jmap: JourneyMap, key: str) -> str:
    return TEXT.get(base_language(jmap.language), TEXT["en"])[key]


def _cover(pw: PageWriter, jmap: JourneyMap, period_label: str, points) -> None:
    from journeymap.canvas.presentation import today_text

    pw.y += 120
    pw.text(_t(jmap, "report"), 14, color=style.MUTED_TEXT)
    pw.text(jmap.title, 26, bold=True, gap=18)
    if jmap.north_star:
        pw.text(f"{_t(jmap, 'north_star')}: {jmap.north_star}", 14, gap=12)
    pw.text(f"{_t(jmap, 'period')}: {period_label}", 12)
    pw.text(today_text(jmap.language), 12, color=style.MUTED_TEXT, gap=18)
    if jmap.description:
        pw.text(jmap.description, 11, gap=12)
    open_count = sum(1 for p in points if p.decision is None)
    pw.text(_t(jmap, "summary").format(nodes=len(jmap.nodes), edges=len(jmap.edges), weak=open_count), 12)
    for persona in jmap.personas:
        pw.text(f"• {persona.name} ({persona.segment})" if persona.segment else f"• {persona.name}", 10)


def _kpi_rows(pw: PageWriter, jmap: JourneyMap, period_id: Optional[str]) -> None:
    pw.text(_t(jmap, "kpis"), 16, bold=True, gap=10)
    widths = [0.34, 0.26, 0.1, 0.1, 0.1, 0.1]
    pw.columns([_t(jmap, k) for k in ("node", "kpi", "target", "before", "now", "trend")], widths, bold=True)
    for node, kpi, values in _kpi_series(jmap, period_id):
        now = values[-1]
        before = values[-2] if len(values) > 1 else None
        change = improvement(kpi, before, now) if before is not None else 0
        arrow = "" if before is None else ("▲" if now > before else "▼" if now < before else "=")
        trend_color = style.KPI_GOOD if change > 0 else (style.KPI_BAD if change < 0 else None)
        verdict = meets_target(kpi, now)
        now_color = None if verdict is None else (style.KPI_GOOD if verdict else style.KPI_BAD)
        pw.columns([node.title, kpi.name, "—" if kpi.target is None else format_value(kpi, kpi.target),
                    "" if before is None else format_value(kpi, before), format_value(kpi, now),
                    f"{arrow} {abs(now - before):g}" if before is not None else ""],
                   widths, colors=[None, None, None, None, now_color, trend_color])


def _kpi_series(jmap: JourneyMap, period_id: Optional[str]):
    """(node, KPI, values in period order up to the chosen period), indexed once: O(measurements)."""
    rank = {p.id: i for i, p in enumerate(jmap.periods)}
    limit = rank.get(period_id, len(rank)) if period_id else len(rank)
    series: dict[tuple[str, str], list] = defaultdict(list)
    for m in jmap.measurements:
        if rank[m.period_id] <= limit:
            series[(m.node_id, m.kpi_id)].append((rank[m.period_id], m.value))
    for node in jmap.nodes:
        for kpi in jmap.kpis:
            values = series.get((node.id, kpi.id))
            if values:
                yield node, kpi, [value for _, value in sorted(values)]


def _weak_points(pw: PageWriter, jmap: JourneyMap, points) -> None:
    pw.text(_t(jmap, "weak"), 16, bold=True, gap=10)
    titles = {n.id: n.title for n in jmap.nodes}
    for point in points:
        decision = _t(jmap, point.decision) if point.decision else _t(jmap, "open")
        note = f" — {point.decision_note}" if point.decision_note else ""
        pw.text(f"[{decision}] {titles[point.node_id]}: {point.message}{note}", 10,
                color=style.SEVERITY_COLORS[point.severity] if point.decision is None else style.MUTED_TEXT, gap=4)


def change_lines(jmap: JourneyMap, result: dict) -> list[tuple[str, str]]:
    """(text, colour) lines describing diff_maps in the map's language."""
    kpis = {k.id: k for k in jmap.kpis}
    lines = []
    for key, color in (("added", style.KPI_GOOD), ("removed", style.KPI_BAD), ("changed", style.TEXT)):
        for entry in result["nodes"][key]:
            lines.append((f"{_t(jmap, key)}: {entry['label']}", color))
    for d in result["kpi_deltas"]:
        kpi = kpis[d["kpi_id"]]
        text = _t(jmap, "delta").format(node=d["node"], kpi=d["kpi"], old=format_value(kpi, d["old"]),
                                         old_period=d["old_period"], new=format_value(kpi, d["new"]),
                                         new_period=d["new_period"], verdict=_t(jmap, d["verdict"]))
        lines.append((text, {"improved": style.KPI_GOOD, "worse": style.KPI_BAD}.get(d["verdict"], style.TEXT)))
    titles = {n.id: n.title for n in jmap.nodes}
    for key in ("new", "resolved"):
        for p in result["weak_points"][key]:
            label = _t(jmap, "new_weak" if key == "new" else "resolved")
            color = style.SEVERITY_COLORS[p["severity"]] if key == "new" else style.KPI_GOOD
            lines.append((f"{label} — {titles.get(p['node_id'], p['node_id'])}: {p['message']}", color))
    return lines


def _changes(pw: PageWriter, jmap: JourneyMap, older: JourneyMap) -> None:
    pw.text(_t(jmap, "changes"), 16, bold=True, gap=10)
    lines = change_lines(jmap, diff_maps(older, jmap))
    for text, color in lines or [(_t(jmap, "no_changes"), style.TEXT)]:
        pw.text(text, 10, color=color, gap=4)


def _sections(jmap: JourneyMap, period_id: Optional[str], compare: Optional[JourneyMap]) -> list:
    """The report's sections in order, each a function of the PageWriter that starts on a new page."""
    from journeymap.canvas.presentation import Presentation
    from journeymap.charts.curves import emotion_curve_svg

    points = analyze(jmap, period_id)
    period_label = next((p.label for p in jmap.periods if p.id == period_id), _t(jmap, "latest"))

    def curve(pw: PageWriter) -> None:
        pw.text(_t(jmap, "curve"), 16, bold=True, gap=10)
        pw.svg(emotion_curve_svg(jmap, compare), pw.page.height() * 0.8)

    sections = [lambda pw: _cover(pw, jmap, period_label, points),
                lambda pw: Presentation(jmap, period_id).paint(pw.painter, pw.page), curve,
                lambda pw: _kpi_rows(pw, jmap, period_id), lambda pw: _weak_points(pw, jmap, points)]
    if compare is not None:
        sections.append(lambda pw: _changes(pw, jmap, compare))
    return sections


def write_report(jmap: JourneyMap, path: str, period_id: Optional[str] = None, compare: Optional[JourneyMap] = None,
                 progress: Optional[Callable[[int, int], object]] = None) -> int:
    """Write the report PDF; returns the number of pages. ``progress(done, total)`` is called before each
    section and at the end; an exception it raises (the GUI's Cancel) leaves no file behind."""
    ensure_app()
    sections = _sections(jmap, period_id, compare)
    with atomic_output(path) as tmp:
        writer = new_pdf_writer(tmp, jmap.title)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape, QPageLayout().margins()))
        with painting(writer, path) as painter:
            pw = PageWriter(writer, painter, jmap)
            for done, section in enumerate(sections):
                if progress is not None:
                    progress(done, len(sections))
                if done:
                    pw.new_page()
                section(pw)
            pages = pw.pages
            if progress is not None:
                progress(len(sections), len(sections))
        del writer
    if pages < 1:
        raise ExportError(f"cannot write {path}")
    return pages
