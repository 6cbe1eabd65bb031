"""What the review report's tables and lists say: KPI rows from the derived readings, weak points
by stage and severity, the periods named, and what changed since the compared map."""
from __future__ import annotations

from typing import Optional

from journeymap.model.calendar import format_date
from journeymap.model.compare import format_change
from journeymap.model.messages import localize_digits
from journeymap.model.metrics import format_value
from journeymap.model.schema import JourneyMap
from journeymap.model.text import isolate
from journeymap.report_pages import Cell, number_text
from journeymap.report_words import word

SEVERITY_RANK = {"high": 0, "medium": 1, "low": 2, "info": 3}
TOP_WEAK_POINTS = 6
KPI_WIDTHS = [0.22, 0.14, 0.13, 0.07, 0.08, 0.08, 0.09, 0.1, 0.09]


def period_text(derived, period_id: Optional[str], language: str) -> str:
    """"Autumn 1405 (1405/07/01 – 1405/09/30)": the label and its dates in the map's calendar."""
    period = next((p for p in derived.map.periods if p.id == period_id), None)
    if period is None:
        return word(language, "latest")
    dates = " – ".join(format_date(d, language) for d in (period.start, period.end) if d)
    return f"{isolate(period.label)} ({localize_digits(dates, language)})" if dates else isolate(period.label)


def compared_period(ctx) -> str:
    """The period the report compares with: the compared file's, or the latest earlier one with data."""
    if ctx.compare is not None:
        from journeymap.model.derived import derive

        older = derive(ctx.compare)
        return f"{isolate(ctx.compare.title)}, {period_text(older, older.reference_period_id, ctx.lang)}"
    earlier = _previous_period_with_data(ctx.jmap, ctx.derived.reference_period_id)
    return period_text(ctx.derived, earlier, ctx.lang) if earlier else word(ctx.lang, "no_compare")


def _previous_period_with_data(jmap: JourneyMap, reference: Optional[str]) -> Optional[str]:
    ids = [p.id for p in jmap.periods]
    if reference not in ids:
        return None
    measured = {m.period_id for m in jmap.measurements}
    earlier = [p for p in ids[:ids.index(reference)] if p in measured]
    return earlier[-1] if earlier else None


def severity_counts(points) -> dict[str, int]:
    return {key: sum(1 for p in points if p.severity == key) for key in ("high", "medium", "low")}


def _journey_rank(ctx) -> dict[str, int]:
    order = {node_id: i for i, node_id in enumerate(ctx.derived.journey_order)}
    return {n.id: order.get(n.id, len(order) + i) for i, n in enumerate(ctx.jmap.nodes)}


def top_weak_points(ctx) -> list[tuple[object, str]]:
    """The open weak points to act on first: by severity, then along the journey."""
    rank, titles = _journey_rank(ctx), {n.id: n.title for n in ctx.jmap.nodes}
    ordered = sorted(ctx.open_points, key=lambda p: (SEVERITY_RANK.get(p.severity, 9), rank.get(p.node_id, 0)))
    first: dict[str, object] = {}
    for point in ordered:  # the most severe point of each touchpoint first: six places to act, not one
        first.setdefault(point.node_id, point)
    chosen = list(first.values())[:TOP_WEAK_POINTS]
    chosen += [p for p in ordered if p not in chosen][: TOP_WEAK_POINTS - len(chosen)]
    chosen.sort(key=lambda p: (SEVERITY_RANK.get(p.severity, 9), rank.get(p.node_id, 0)))
    return [(p, titles.get(p.node_id, p.node_id)) for p in chosen]


def weak_by_stage(ctx) -> list[tuple[str, list[tuple[object, str]]]]:
    """(stage name, [(weak point, node title)]) in stage order, each stage by severity then journey order."""
    nodes = {n.id: n for n in ctx.jmap.nodes}
    rank = _journey_rank(ctx)
    groups = []
    for stage in ctx.jmap.stages:
        points = [p for p in ctx.points if p.node_id in nodes and nodes[p.node_id].stage_id == stage.id]
        points.sort(key=lambda p: (p.decision is not None, SEVERITY_RANK.get(p.severity, 9), rank.get(p.node_id, 0)))
        if points:
            groups.append((stage.name, [(p, nodes[p.node_id].title) for p in points]))
    loose = [(p, p.node_id) for p in ctx.points if p.node_id not in nodes]
    if loose:
        groups.append((word(ctx.lang, "stage_none"), loose))
    return groups


def kpi_table(ctx) -> tuple[list[str], list[float], list[list[Cell]]]:
    """Headers, column widths and rows: one row per node and KPI with a reading for the period."""
    w = ctx.w
    headers = [w("node"), w("kpi"), w("measured_in"), w("sample"), w("target"), w("before"), w("value"),
               w("change"), w("trend")]
    rows = []
    rank = _journey_rank(ctx)
    for node in sorted(ctx.jmap.nodes, key=lambda n: rank[n.id]):
        for reading in ctx.derived.readings(node.id):
            rows.append(_kpi_row(ctx, node.title, reading))
    return headers, KPI_WIDTHS, rows


def _kpi_row(ctx, title: str, reading) -> list[Cell]:
    kpi, lang = reading.kpi, ctx.lang
    stale = not reading.is_current
    period = isolate(reading.period_label) + (f" ({word(lang, 'older')})" if stale else "")
    target = "—" if kpi.target is None else format_value(kpi, kpi.target)
    before = "" if reading.previous_value is None else format_value(kpi, reading.previous_value)
    verdict = None if reading.meets_target is None else ("check" if reading.meets_target else "cross")
    change, mark = "", None
    if reading.change is not None:
        better = (reading.improvement or 0) > 0
        mark = None if reading.change == 0 else ("up" if reading.change > 0 else "down")
        change = number_text(format_change(kpi, reading.change), lang)
        change = f"{change} {word(lang, 'improved' if better else 'worse')}" if reading.change else change
    series = [m.value for m in ctx.derived.series(reading.node_id, kpi.id)]
    sample = "" if reading.sample_size is None else str(reading.sample_size)
    return [Cell(title), Cell(kpi.name), Cell(period, muted=stale), Cell(sample, number=True),
            Cell(target, number=True), Cell(before, number=True),
            Cell(format_value(kpi, reading.value), number=True, mark=verdict, muted=stale),
            Cell(change, mark=mark), Cell("", spark=series)]


def _field_text(jmap: JourneyMap, field: str, old, new) -> str:
    lang = jmap.language
    if field == "title":
        return word(lang, "from_to").format(what=word(lang, "field_title"), old=isolate(str(old)), new=isolate(str(new)))
    if field == "expected_emotion":
        def score(value):
            return "—" if not value else number_text(f"{value.get('score', 0):+d}" if value.get("score") else "0", lang)
        return word(lang, "from_to").format(what=word(lang, "field_emotion"), old=score(old), new=score(new))
    return ""


def change_lines(jmap: JourneyMap, result: dict) -> list[tuple[str, Optional[str]]]:
    """(text, mark) lines saying what changed, in the map's language: node title and emotion old → new,
    KPI values old → new with a verdict, weak points new or resolved."""
    lang, kpis = jmap.language, {k.id: k for k in jmap.kpis}
    lines: list[tuple[str, Optional[str]]] = []
    for key, mark in (("added", "up"), ("removed", "down")):
        for entry in result["nodes"][key]:
            lines.append((f"{word(lang, key)}: {isolate(entry['label'])}", mark))
    for entry in result["nodes"]["changed"]:
        details = [t for t in (_field_text(jmap, f, *v) for f, v in entry["fields"].items()) if t]
        others = [f for f in entry["fields"] if f not in ("title", "expected_emotion")]
        if others:
            details.append(f"{word(lang, 'field_other')}: {', '.join(others)}")
        lines.append((f"{word(lang, 'changed')} — {isolate(entry['label'])}: " + "؛ ".join(details)
                      if jmap.is_rtl() else f"{word(lang, 'changed')} — {isolate(entry['label'])}: " + "; ".join(details),
                      None))
    for d in result["kpi_deltas"]:
        kpi = kpis.get(d["kpi_id"])
        if kpi is None:
            continue
        text = word(lang, "delta").format(node=isolate(d["node"]), kpi=isolate(d["kpi"]),
                                          old=number_text(format_value(kpi, d["old"]), lang),
                                          old_period=isolate(d["old_period"]),
                                          new=number_text(format_value(kpi, d["new"]), lang),
                                          new_period=isolate(d["new_period"]), verdict=word(lang, d["verdict"]))
        lines.append((text, {"improved": "check", "worse": "cross"}.get(d["verdict"])))
    titles = {n.id: n.title for n in jmap.nodes}
    for key, group in (("new_weak", "appeared"), ("resolved", "resolved")):
        for p in result["weak_points"].get(group, []):
            mark = p["severity"] if key == "new_weak" else "check"
            lines.append((f"{word(lang, key)} — {isolate(titles.get(p['node_id'], p['node_id']))}: {p['message']}", mark))
    return lines
