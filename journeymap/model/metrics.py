"""KPI values from raw survey answers: NPS, CSAT top-2-box, CES, custom mean/percent.

Every result keeps the method, scale, direction and sample size with the value. Answers outside
the KPI's scale are errors, never clipped.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from journeymap.model.schema import KpiDef


class MetricError(ValueError):
    """Answers that cannot produce a KPI value (empty, out of scale, not finite)."""


@dataclass(frozen=True)
class MetricResult:
    value: float
    sample_size: int
    method: str
    scale_min: float
    scale_max: float
    direction: str


def _checked(scores: Sequence[float], low: float, high: float) -> list[float]:
    if not scores:
        raise MetricError("no answers")
    for score in scores:
        if not math.isfinite(score) or not low <= score <= high:
            raise MetricError(f"answer {score:g} is outside the scale {low:g}..{high:g}")
    return list(scores)


def nps(scores: Sequence[float]) -> float:
    """% promoters (9-10) minus % detractors (0-6), on 0-10 answers: -100..+100."""
    answers = _checked(scores, 0, 10)
    promoters = sum(1 for s in answers if s >= 9)
    detractors = sum(1 for s in answers if s <= 6)
    return 100.0 * (promoters - detractors) / len(answers)


def top_box_threshold(low: float, high: float) -> float:
    """The lowest answer in the top two boxes: 1-5 -> 4, 1-7 -> 6, 1-10 -> 9."""
    return high - 1


def top2box(scores: Sequence[float], low: float, high: float, lower_better: bool = False) -> float:
    """% of answers in the best two boxes of the scale (the bottom two when lower is better)."""
    answers = _checked(scores, low, high)
    if lower_better:
        hits = sum(1 for s in answers if s <= low + 1)
    else:
        hits = sum(1 for s in answers if s >= top_box_threshold(low, high))
    return 100.0 * hits / len(answers)


def mean(scores: Sequence[float], low: float, high: float) -> float:
    answers = _checked(scores, low, high)
    return sum(answers) / len(answers)


def percent(scores: Sequence[float], low: float, high: float) -> float:
    """% of answers at the scale's maximum (e.g. "yes" on a 0-1 scale)."""
    answers = _checked(scores, low, high)
    return 100.0 * sum(1 for s in answers if s >= high) / len(answers)


def compute(kpi: KpiDef, scores: Sequence[float]) -> MetricResult:
    """The KPI's value from raw answers, with its method and direction."""
    lower_better = kpi.direction == "lower_better"
    if kpi.method == "nps":
        value = nps(scores)
    elif kpi.method == "top2box":
        value = top2box(scores, kpi.scale_min, kpi.scale_max, lower_better)
    elif kpi.method == "percent":
        value = percent(scores, kpi.scale_min, kpi.scale_max)
    else:
        value = mean(scores, kpi.scale_min, kpi.scale_max)
    return MetricResult(round(value, 2), len(scores), kpi.method, kpi.scale_min, kpi.scale_max, kpi.direction)


def meets_target(kpi: KpiDef, value: float) -> bool | None:
    """True/False against the KPI's target honouring its direction; None without a target."""
    if kpi.target is None:
        return None
    return value <= kpi.target if kpi.direction == "lower_better" else value >= kpi.target


def improvement(kpi: KpiDef, old: float, new: float) -> float:
    """Signed change where positive always means better (direction-aware)."""
    delta = new - old
    return -delta if kpi.direction == "lower_better" else delta


def falling_threshold(kpi: KpiDef, rules) -> float:
    """How much worse a value must get, in the KPI's units, to count as falling."""
    if kpi.method == "nps":
        return rules.kpi_falling_points
    if kpi.method in ("top2box", "percent"):
        return rules.kpi_falling_percent
    return rules.kpi_falling_mean


def format_value(kpi: KpiDef, value: float) -> str:
    """Short text of a value: "NPS +12", "78%", "2.4"."""
    if kpi.method == "nps":
        return f"{value:+.0f}"
    if kpi.method in ("top2box", "percent"):
        return f"{value:.0f}%"
    return f"{value:.1f}"
