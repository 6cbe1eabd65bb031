"""How precisely a KPI value is known: 95 % intervals and significance of falls and misses.

Pure Python (no scipy). A value's precision comes from the counts stored with its measurement
(file format version 2):

- NPS: promoters, passives, detractors. With p_P, p_D their shares of n answers the variance of
  the NPS (as a fraction) is ``(p_P + p_D - (p_P - p_D)^2) / n``; the interval is
  ``NPS ± 1.96 · 100 · sqrt(var)``.
- top-2-box and percent: the share of hits ``p`` and n (the stored top-box count, else the value
  itself: for a share the value and n *are* the counts). Wilson score interval.
- mean: n and the standard deviation; Student-t interval with n - 1 degrees of freedom.

A flag is ``significant`` when the 95 % interval (of the value against a target, of the change
between two periods) leaves no doubt, ``not_significant`` when it does, ``unknown`` without counts.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from journeymap.model.schema import KpiDef, MeanSpread, Measurement, NpsCounts, TopBoxCount

LEVEL = 0.95
Z95 = 1.959963984540054  # two-sided 95 % quantile of the normal distribution
SIGNIFICANT, NOT_SIGNIFICANT, UNKNOWN = "significant", "not_significant", "unknown"

# Student t, two-sided 95 % (the 0.975 quantile), for 1..30 degrees of freedom.
_T975 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160,
         2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056,
         2.052, 2.048, 2.045, 2.042)


@dataclass(frozen=True)
class Interval:
    """A 95 % interval in the KPI's units."""

    low: float
    high: float
    level: float = LEVEL

    def as_dict(self) -> dict:
        return {"low": round(self.low, 2), "high": round(self.high, 2), "level": self.level}


@dataclass(frozen=True)
class Precision:
    """What the counts say about one value: its standard error (KPI units) and the test inputs."""

    method: str
    n: int
    se: float
    share: Optional[float] = None  # proportion of hits (top-2-box / percent)
    df: Optional[float] = None  # degrees of freedom (means)
    sd: Optional[float] = None


@dataclass(frozen=True)
class ChangeTest:
    confidence: str
    interval: Optional[Interval] = None  # 95 % interval of the change (new - old), KPI units


def t_quantile_975(df: float) -> float:
    """The 0.975 quantile of Student's t: a table up to 30 degrees of freedom (rounded down, so
    never too narrow), then the Cornish-Fisher expansion (error below 0.001)."""
    if df < 1:
        raise ValueError("a t quantile needs at least one degree of freedom")
    if df < 30:
        return _T975[int(math.floor(df)) - 1]
    z = Z95
    terms = ((z ** 3 + z) / 4,
             (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96,
             (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384,
             (79 * z ** 9 + 776 * z ** 7 + 1482 * z ** 5 - 1920 * z ** 3 - 945 * z) / 92160)
    return z + sum(term / df ** (i + 1) for i, term in enumerate(terms))


def answer_counts(kpi: KpiDef, scores: Sequence[float]) -> Optional[NpsCounts | TopBoxCount | MeanSpread]:
    """What a survey value is computed from, stored with it (schema v2): promoters, passives and
    detractors for NPS; hits for top-2-box and percent; the sample standard deviation for a mean
    (None for a single answer, which has none). ``scores`` are already checked against the scale."""
    from journeymap.model.metrics import top_box_threshold

    if kpi.method == "nps":
        promoters = sum(1 for s in scores if s >= 9)
        detractors = sum(1 for s in scores if s <= 6)
        return NpsCounts(promoters=promoters, passives=len(scores) - promoters - detractors, detractors=detractors)
    if kpi.method == "top2box":
        if kpi.direction == "lower_better":
            return TopBoxCount(top_box=sum(1 for s in scores if s <= kpi.scale_min + 1))
        return TopBoxCount(top_box=sum(1 for s in scores if s >= top_box_threshold(kpi.scale_min, kpi.scale_max)))
    if kpi.method == "percent":
        return TopBoxCount(top_box=sum(1 for s in scores if s >= kpi.scale_max))
    if len(scores) < 2:
        return None
    mean = math.fsum(scores) / len(scores)
    return MeanSpread(sd=round(math.sqrt(math.fsum((s - mean) ** 2 for s in scores) / (len(scores) - 1)), 4))


def nps_variance(p_promoters: float, p_detractors: float, n: int) -> float:
    """Variance of the NPS as a fraction (-1..1): (p_P + p_D - (p_P - p_D)^2) / n."""
    return (p_promoters + p_detractors - (p_promoters - p_detractors) ** 2) / n


def nps_interval(value: float, p_promoters: float, p_detractors: float, n: int) -> Interval:
    half = Z95 * 100 * math.sqrt(nps_variance(p_promoters, p_detractors, n))
    return Interval(max(-100.0, value - half), min(100.0, value + half))


def wilson_interval(share: float, n: int, z: float = Z95) -> Interval:
    """Wilson score interval of a proportion ``share`` (0..1) of ``n`` answers, in percent."""
    denominator = 1 + z * z / n
    centre = (share + z * z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return Interval(100 * max(0.0, centre - half), 100 * min(1.0, centre + half))


def mean_interval(mean: float, sd: float, n: int) -> Interval:
    """Student-t interval of a mean of ``n`` answers with standard deviation ``sd``."""
    half = t_quantile_975(n - 1) * sd / math.sqrt(n)
    return Interval(mean - half, mean + half)


def precision(kpi: KpiDef, m: Measurement) -> Optional[Precision]:
    """The precision of ``m``'s value from its counts; None when the counts are missing or do not
    fit the KPI's method (an NPS without promoters/detractors, a mean without its sd)."""
    n, counts = m.sample_size, m.counts
    if not n:
        return None
    if kpi.method == "nps" and isinstance(counts, NpsCounts):
        var = nps_variance(counts.promoters / n, counts.detractors / n, n)
        return Precision("nps", n, 100 * math.sqrt(var))
    if kpi.method in ("top2box", "percent") and (counts is None or isinstance(counts, TopBoxCount)):
        share = counts.top_box / n if counts is not None else min(1.0, max(0.0, m.value / 100))
        return Precision("share", n, 100 * math.sqrt(share * (1 - share) / n), share=share)
    if kpi.method == "mean" and isinstance(counts, MeanSpread) and n >= 2:
        return Precision("mean", n, counts.sd / math.sqrt(n), df=n - 1, sd=counts.sd)
    return None


def kpi_interval(kpi: KpiDef, m: Measurement) -> Optional[Interval]:
    """The 95 % interval around ``m.value`` (clipped to the KPI's range); None without counts."""
    p = precision(kpi, m)
    if p is None:
        return None
    if p.method == "nps":
        counts = m.counts
        interval = nps_interval(m.value, counts.promoters / p.n, counts.detractors / p.n, p.n)
    elif p.method == "share":
        interval = wilson_interval(p.share, p.n)
    else:
        interval = mean_interval(m.value, p.sd, p.n)
    low, high = kpi.value_range()
    return Interval(max(low, interval.low), min(high, interval.high))


def target_confidence(kpi: KpiDef, m: Measurement) -> tuple[str, Optional[Interval]]:
    """Is a missed target beyond doubt? Significant when the whole interval misses it."""
    interval = kpi_interval(kpi, m)
    if interval is None or kpi.target is None:
        return UNKNOWN, interval
    if kpi.direction == "lower_better":
        missed = interval.low > kpi.target
    else:
        missed = interval.high < kpi.target
    return (SIGNIFICANT if missed else NOT_SIGNIFICANT), interval


def change_test(kpi: KpiDef, old: Measurement, new: Measurement) -> ChangeTest:
    """Is the change from ``old`` to ``new`` more than noise (two-sided, 95 %)?

    NPS: the two variances add. Shares: pooled two-proportion z test. Means: Welch's t test.
    """
    a, b = precision(kpi, old), precision(kpi, new)
    if a is None or b is None or a.method != b.method:
        return ChangeTest(UNKNOWN)
    change = new.value - old.value
    if a.method == "share":
        pooled = (a.share * a.n + b.share * b.n) / (a.n + b.n)
        se = 100 * math.sqrt(pooled * (1 - pooled) * (1 / a.n + 1 / b.n))
        critical = Z95
    else:
        se = math.hypot(a.se, b.se)
        critical = Z95 if a.method == "nps" else t_quantile_975(_welch_df(a, b))
    half = critical * se
    confidence = SIGNIFICANT if abs(change) > half else NOT_SIGNIFICANT
    return ChangeTest(confidence, Interval(change - half, change + half))


def _welch_df(a: Precision, b: Precision) -> float:
    """Welch-Satterthwaite degrees of freedom of the difference of two means."""
    va, vb = a.se ** 2, b.se ** 2
    if va + vb == 0:
        return float(min(a.df, b.df))
    return (va + vb) ** 2 / (va ** 2 / a.df + vb ** 2 / b.df)


INTERVAL_TEXT = {
    "en": "95% interval {low} to {high}",
    "fa": "بازه اطمینان ۹۵٪: {low} تا {high}",
    "ar": "فترة الثقة ٩٥٪: من {low} إلى {high}",
}


def format_interval(kpi: KpiDef, interval: Optional[Interval], lang: str) -> str:
    """The interval for people ("95% interval +22 to +40"), digits localised, numbers isolated
    (LRI…PDI) so that signs stay with their numbers in right-to-left text. "" without an interval."""
    from journeymap.model.messages import base_language, localize_digits
    from journeymap.model.metrics import format_value

    if interval is None:
        return ""
    language = base_language(lang)
    text = INTERVAL_TEXT.get(language, INTERVAL_TEXT["en"])
    low, high = format_value(kpi, interval.low), format_value(kpi, interval.high)
    if language in ("fa", "ar"):
        low, high = f"\u2066{low}\u2069", f"\u2066{high}\u2069"
    return localize_digits(text.format(low=low, high=high), lang)
