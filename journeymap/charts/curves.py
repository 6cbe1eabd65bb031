"""matplotlib charts (Figure OO API, no pyplot), imported lazily: emotion curve and KPI trends.

Charts are rendered to SVG with text kept as text, so Qt draws (and shapes) Persian/Arabic labels
and the report's PDF keeps them searchable.
"""
from __future__ import annotations

import io
import warnings
from typing import Optional

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


def _derived(jmap: JourneyMap, derived=None):
    if derived is not None:
        return derived
    from journeymap.model.derived import derive

    return derive(jmap)


def curve_points(jmap: JourneyMap, derived=None) -> list[tuple[str, str, int, Optional[float]]]:
    """(node id, title, expected score, measured CSAT-like % in the reference period or None) along the main path."""
    derived = _derived(jmap, derived)
    nodes = {n.id: n for n in jmap.nodes}
    percent_kpis = [k.id for k in jmap.kpis if k.method in ("top2box", "percent") and k.direction == "higher_better"]
    points = []
    for node_id in derived.main_path:
        score = derived.emotion(node_id)
        if score is None:
            continue
        readings = [derived.reading(node_id, k) for k in percent_kpis]
        measured = next((r.value for r in readings if r is not None and r.is_current), None)
        points.append((node_id, nodes[node_id].title, score, measured))
    return points


def short_label(title: str, width: int = 13, lines: int = 2) -> str:
    """A tick label: the title wrapped onto ``lines`` lines, the rest cut with "…" (never mid-word if avoidable)."""
    import textwrap

    wrapped = textwrap.wrap(title, width) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = wrapped[-1][: width - 1].rstrip() + "…"
    return "\n".join(wrapped)


def _use_map_font(jmap: JourneyMap) -> None:
    """Cairo for every chart (Persian, Arabic and Latin alike), registered with matplotlib once."""
    from matplotlib import font_manager

    from journeymap.resources import resource_path

    known = {f.fname for f in font_manager.fontManager.ttflist}
    for path in resource_path("fonts").glob("*.ttf"):
        if str(path) not in known:
            font_manager.fontManager.addfont(str(path))


def localized_formatter(language: str, fmt: str = "{:g}"):
    """A tick formatter writing numbers in the map's digits (Persian ۰-۹, Arabic ٠-٩), signs kept."""
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: localize_digits(fmt.format(value) if value else "0", language))


def _older_scores(older: JourneyMap, node_ids: list[str]) -> list[Optional[float]]:
    """The compared map's expected emotion for the same nodes, matched by node id (None where it had none)."""
    nodes = {n.id: n for n in older.nodes}
    return [float(nodes[n].expected_emotion.score) if n in nodes and nodes[n].expected_emotion else None
            for n in node_ids]


def emotion_curve_svg(jmap: JourneyMap, older: Optional[JourneyMap] = None, width: float = 10, height: float = 4.2,
                      derived=None) -> bytes:
    """The emotion curve with the worst moment and the end marked (peak-end), older curve overlaid by node id."""
    _use_map_font(jmap)
    derived = _derived(jmap, derived)
    labels = _labels(jmap)
    points = curve_points(jmap, derived)
    figure = _figure(width, height)
    axes = figure.add_subplot(111)
    xs = list(range(len(points)))
    scores = [p[2] for p in points]
    detailed = len(points) <= MAX_DETAILED  # markers and bars only where they can be told apart
    axes.plot(xs, scores, marker="o" if detailed else None, color="#34495e", linewidth=2.2 if detailed else 0.8,
              label=labels["emotion"])
    if older is not None:
        axes.plot(xs, _older_scores(older, [p[0] for p in points]), marker="s", color="#7f8c8d",
                  linestyle="--", linewidth=1.5, label=labels["older"])
    ids = [p[0] for p in points]
    if derived.worst_moment in ids:
        worst = ids.index(derived.worst_moment)
        axes.plot([worst], [scores[worst]], marker="v", markersize=11, color="#b2182b", linestyle="none")
        axes.annotate(labels["worst"], (worst, scores[worst]), textcoords="offset points", xytext=(0, -22),
                      ha="center", color="#b2182b")
    if points:
        axes.annotate(labels["end"], (xs[-1], scores[-1]), textcoords="offset points", xytext=(0, 10), ha="center")
    measured = [(i, p[3]) for i, p in enumerate(points) if p[3] is not None]
    if measured and detailed:
        twin = axes.twinx()
        twin.bar([i for i, _ in measured], [v for _, v in measured], alpha=0.18, color="#2166ac", width=0.5)
        twin.set_ylim(0, 100)
        twin.set_ylabel(labels["measured"])
        twin.yaxis.set_major_formatter(localized_formatter(jmap.language))
    scale = jmap.emotion_scale
    axes.set_ylim(scale.min - 0.6, scale.max + 0.6)
    axes.set_yticks(range(scale.min, scale.max + 1))
    axes.yaxis.set_major_formatter(localized_formatter(jmap.language, "{:+g}"))
    step = max(1, -(-len(points) // 12))  # at most 12 labels, horizontal (searchable), wrapped
    axes.set_xticks(xs[::step])
    axes.set_xticklabels([short_label(p[1]) for p in points[::step]], fontsize=7)
    if jmap.is_rtl():
        axes.invert_xaxis()  # time flows right to left, as on the map
    axes.axhline(0, color="#bdc3c7", linewidth=1, linestyle=":")
    axes.set_ylabel(labels["emotion"])
    axes.legend(loc="lower center", bbox_to_anchor=(0.5, 1.01), ncol=2, fontsize=8, frameon=False)  # above, never on the data
    axes.grid(axis="y", alpha=0.3)
    return _svg(figure)


def kpi_trend_svg(jmap: JourneyMap, node_id: str, width: float = 4.5, height: float = 2.6) -> bytes:
    """Each KPI of one node across periods, with its target as a dashed line."""
    _use_map_font(jmap)
    labels = _labels(jmap)
    figure = _figure(width, height)
    axes = figure.add_subplot(111)
    periods = [p.id for p in jmap.periods]
    from journeymap.model.derived import derive

    history = derive(jmap, periods[-1] if periods else None)  # every period: the last one is the reference
    for kpi in jmap.kpis:
        values = {m.period_id: m.value for m in history.series(node_id, kpi.id)}
        if not values:
            continue
        xs = [i for i, p in enumerate(periods) if p in values]
        line = axes.plot(xs, [values[periods[i]] for i in xs], marker="o", label=kpi.name)[0]
        if kpi.target is not None:
            axes.axhline(kpi.target, color=line.get_color(), linestyle="--", linewidth=1, alpha=0.6)
    axes.set_xticks(range(len(periods)))
    axes.set_xticklabels([p.label for p in jmap.periods], fontsize=8)
    axes.set_ylabel(labels["value"])
    axes.yaxis.set_major_formatter(localized_formatter(jmap.language))
    if axes.lines:
        axes.legend(fontsize=7)
    axes.grid(alpha=0.3)
    return _svg(figure)
