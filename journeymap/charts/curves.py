"""matplotlib charts (Figure OO API, no pyplot), imported lazily: emotion curve and KPI trends.

Charts are rendered to SVG with text kept as text, so Qt draws (and shapes) Persian/Arabic labels
and the report's PDF keeps them searchable.
"""
from __future__ import annotations

import io
import warnings
from typing import Optional

from journeymap.model import graph as jgraph
from journeymap.model.messages import base_language, localize_digits
from journeymap.model.schema import JourneyMap
from journeymap.model.text import xml_safe_bytes

LABELS = {
    "en": {"emotion": "Expected emotion", "measured": "Measured satisfaction (CSAT %)", "worst": "worst",
           "end": "end", "older": "compared map", "value": "value", "target": "target"},
    "fa": {"emotion": "احساس مورد انتظار", "measured": "رضایت اندازه‌گیری‌شده (٪)", "worst": "بدترین لحظه",
           "end": "پایان", "older": "نقشه مقایسه‌شده", "value": "مقدار", "target": "هدف"},
    "ar": {"emotion": "الشعور المتوقع", "measured": "الرضا المقيس (٪)", "worst": "أسوأ لحظة",
           "end": "النهاية", "older": "الخريطة المقارنة", "value": "القيمة", "target": "الهدف"},
}


MAX_LABELS = 30
MAX_DETAILED = 200


def _labels(jmap: JourneyMap) -> dict:
    return LABELS.get(base_language(jmap.language), LABELS["en"])


def _figure(width: float, height: float):
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=100)
    figure.patch.set_facecolor("white")
    return figure


USER_TEXT_RC = {"text.usetex": False, "text.parse_math": False}  # "$10 or $20" is money, not math


def _svg(figure) -> bytes:
    import matplotlib
    from matplotlib.text import Text

    buffer = io.BytesIO()
    with matplotlib.rc_context({"svg.fonttype": "none", "font.family": ["Cairo", "DejaVu Sans"], **USER_TEXT_RC}):
        for text in figure.findobj(Text):
            text.set_parse_math(False)
        with warnings.catch_warnings():  # Qt draws the text; matplotlib's own font may lack its glyphs
            warnings.filterwarnings("ignore", message="Glyph .* missing from")
            figure.savefig(buffer, format="svg", bbox_inches="tight")
    return xml_safe_bytes(buffer.getvalue())  # a pasted \v would make the SVG unreadable


def curve_points(jmap: JourneyMap) -> list[tuple[str, int, Optional[float]]]:
    """(title, expected score, measured CSAT-like % or None) along the main path."""
    path = jgraph.main_path(jmap, jgraph.build_graph(jmap))
    nodes = {n.id: n for n in jmap.nodes}
    percent_kpis = {k.id for k in jmap.kpis if k.method in ("top2box", "percent") and k.direction == "higher_better"}
    measured: dict[str, float] = {}
    rank = {p.id: i for i, p in enumerate(jmap.periods)}
    for m in sorted(jmap.measurements, key=lambda m: rank[m.period_id]):
        if m.kpi_id in percent_kpis:
            measured[m.node_id] = m.value
    return [(nodes[n].title, nodes[n].expected_emotion.score, measured.get(n))
            for n in path if nodes[n].expected_emotion is not None]


def emotion_curve_svg(jmap: JourneyMap, older: Optional[JourneyMap] = None, width: float = 10, height: float = 4.2) -> bytes:
    """The emotion curve with the worst moment and the end marked (peak-end), older curve overlaid."""
    labels = _labels(jmap)
    points = curve_points(jmap)
    figure = _figure(width, height)
    axes = figure.add_subplot(111)
    xs = list(range(len(points)))
    scores = [p[1] for p in points]
    detailed = len(points) <= MAX_DETAILED  # markers and bars only where they can be told apart
    axes.plot(xs, scores, marker="o" if detailed else None, color="#34495e", linewidth=2.2 if detailed else 0.8,
              label=labels["emotion"])
    if older is not None:
        old_points = curve_points(older)
        axes.plot(range(len(old_points)), [p[1] for p in old_points], marker="o", color="#95a5a6",
                  linestyle="--", linewidth=1.5, label=labels["older"])
    if points:
        worst = min(xs, key=lambda i: scores[i])
        axes.annotate(labels["worst"], (worst, scores[worst]), textcoords="offset points", xytext=(0, -18),
                      ha="center", color="#c0392b")
        axes.annotate(labels["end"], (xs[-1], scores[-1]), textcoords="offset points", xytext=(0, 10), ha="center")
    measured = [(i, p[2]) for i, p in enumerate(points) if p[2] is not None]
    if measured and detailed:
        twin = axes.twinx()
        twin.bar([i for i, _ in measured], [v for _, v in measured], alpha=0.18, color="#2e9e5b", width=0.5)
        twin.set_ylim(0, 100)
        twin.set_ylabel(labels["measured"])
    scale = jmap.emotion_scale
    axes.set_ylim(scale.min - 0.5, scale.max + 0.5)
    axes.set_yticks(range(scale.min, scale.max + 1))
    axes.set_yticklabels([localize_digits(str(s), jmap.language) for s in range(scale.min, scale.max + 1)])
    rtl = jmap.is_rtl()
    step = max(1, len(points) // MAX_LABELS)  # long journeys: label every n-th step only
    axes.set_xticks(xs[::step])
    axes.set_xticklabels([p[0][:22] for p in points[::step]], rotation=-35 if rtl else 35,
                         ha="left" if rtl else "right", fontsize=8)
    if rtl:
        axes.invert_xaxis()  # time flows right to left, as on the map
    axes.axhline(0, color="#bdc3c7", linewidth=1, linestyle=":")
    axes.set_ylabel(labels["emotion"])
    axes.legend(loc="upper right", fontsize=8)
    axes.grid(axis="y", alpha=0.3)
    return _svg(figure)


def kpi_trend_svg(jmap: JourneyMap, node_id: str, width: float = 4.5, height: float = 2.6) -> bytes:
    """Each KPI of one node across periods, with its target as a dashed line."""
    labels = _labels(jmap)
    figure = _figure(width, height)
    axes = figure.add_subplot(111)
    periods = [p.id for p in jmap.periods]
    for kpi in jmap.kpis:
        values = {m.period_id: m.value for m in jmap.measurements if m.node_id == node_id and m.kpi_id == kpi.id}
        if not values:
            continue
        xs = [i for i, p in enumerate(periods) if p in values]
        line = axes.plot(xs, [values[periods[i]] for i in xs], marker="o", label=kpi.name)[0]
        if kpi.target is not None:
            axes.axhline(kpi.target, color=line.get_color(), linestyle="--", linewidth=1, alpha=0.6)
    axes.set_xticks(range(len(periods)))
    axes.set_xticklabels([p.label for p in jmap.periods], fontsize=8)
    axes.set_ylabel(labels["value"])
    if axes.lines:
        axes.legend(fontsize=7)
    axes.grid(alpha=0.3)
    return _svg(figure)
