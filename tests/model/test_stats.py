"""Intervals and significance against hand-computed numbers."""
import math

import pytest

from journeymap.model.schema import KpiDef, MeanSpread, Measurement, NpsCounts, TopBoxCount
from journeymap.model.stats import (NOT_SIGNIFICANT, SIGNIFICANT, UNKNOWN, Interval, answer_counts, change_test,
                                    format_interval, kpi_interval, mean_interval, nps_interval, nps_variance,
                                    t_quantile_975, target_confidence, wilson_interval)

NPS = KpiDef(id="nps", name="NPS", kind="nps", scale_min=0, scale_max=10, method="nps", target=40)
CSAT = KpiDef(id="csat", name="CSAT", kind="csat", scale_min=1, scale_max=5, method="top2box", target=80)
CES = KpiDef(id="ces", name="CES", kind="ces", scale_min=1, scale_max=7, method="mean", target=3.0,
             direction="lower_better")


def m(value, n=None, counts=None, period="q2"):
    return Measurement(node_id="a", kpi_id="k", period_id=period, value=value, sample_size=n, counts=counts)


def test_nps_variance_formula_by_hand():
    # 50 promoters, 30 passives, 20 detractors: var = (0.5 + 0.2 - 0.3^2) / 100 = 0.0061
    assert nps_variance(0.5, 0.2, 100) == pytest.approx(0.0061)
    interval = nps_interval(30, 0.5, 0.2, 100)
    half = 1.959964 * 100 * math.sqrt(0.0061)  # 15.31 points
    assert (interval.low, interval.high) == pytest.approx((30 - half, 30 + half), abs=1e-4)
    assert interval.low == pytest.approx(14.69, abs=0.01)


def test_nps_interval_from_stored_counts_is_clipped_to_the_scale():
    interval = kpi_interval(NPS, m(95, 20, NpsCounts(promoters=19, passives=1, detractors=0)))
    assert interval.high == 100 and interval.low < 95


def test_wilson_interval_by_hand():
    # 8 of 10: centre (0.8 + 1.96^2/20) / (1 + 1.96^2/10), the textbook (0.4902, 0.9433)
    interval = wilson_interval(0.8, 10)
    assert (interval.low, interval.high) == pytest.approx((49.02, 94.33), abs=0.01)
    assert wilson_interval(0.0, 10).low == 0.0 and wilson_interval(0.0, 10).high == pytest.approx(27.75, abs=0.01)


def test_top_box_interval_uses_the_stored_count_else_the_value():
    from_count = kpi_interval(CSAT, m(80, 10, TopBoxCount(top_box=8)))
    from_value = kpi_interval(CSAT, m(80, 10))
    assert from_count == from_value and from_count.low == pytest.approx(49.02, abs=0.01)
    assert kpi_interval(CSAT, m(80)) is None  # no n: nothing to say


def test_t_interval_by_hand():
    interval = mean_interval(4.0, 1.0, 10)  # t(9) = 2.262
    assert (interval.low, interval.high) == pytest.approx((4 - 2.262 / math.sqrt(10), 4 + 2.262 / math.sqrt(10)))
    assert kpi_interval(CES, m(4.0, 10, MeanSpread(sd=1.0))) == interval
    assert kpi_interval(CES, m(4.0, 10)) is None  # a mean without its sd


@pytest.mark.parametrize("df, expected", [(1, 12.706), (9, 2.262), (29.7, 2.045), (30, 2.042), (60, 2.000),
                                          (120, 1.980), (1000, 1.962)])
def test_t_quantiles(df, expected):
    assert t_quantile_975(df) == pytest.approx(expected, abs=0.001)


def test_nps_fall_of_14_points_with_16_answers_is_noise_with_400_it_is_not():
    small = change_test(NPS, m(45, 16, NpsCounts(promoters=9, passives=5, detractors=2), "q1"),
                        m(31, 16, NpsCounts(promoters=7, passives=7, detractors=2)))
    large = change_test(NPS, m(45, 400, NpsCounts(promoters=220, passives=140, detractors=40), "q1"),
                        m(31, 400, NpsCounts(promoters=184, passives=156, detractors=60)))
    assert small.confidence == NOT_SIGNIFICANT and large.confidence == SIGNIFICANT
    # the change's interval: -14 ± 1.96 * 100 * sqrt(0.00111875 + 0.00128475) = -14 ± 9.61
    assert (large.interval.low, large.interval.high) == pytest.approx((-23.61, -4.39), abs=0.01)


def test_share_fall_uses_pooled_two_proportion_test():
    # 90% -> 80% of 100 each: pooled 0.85, se = 100 * sqrt(0.85 * 0.15 * 0.02) = 5.05, half 9.90
    result = change_test(CSAT, m(90, 100, period="q1"), m(80, 100))
    assert result.confidence == SIGNIFICANT
    assert result.interval.high == pytest.approx(-10 + 9.897, abs=0.01)
    assert change_test(CSAT, m(90, 100, period="q1"), m(82, 100)).confidence == NOT_SIGNIFICANT


def test_mean_change_uses_welch():
    old, new = m(2.0, 30, MeanSpread(sd=1.0), "q1"), m(2.6, 30, MeanSpread(sd=1.0))
    # se = sqrt(2/30) = 0.258, df = 58, t = 2.002: half 0.517 < 0.6
    assert change_test(CES, old, new).confidence == SIGNIFICANT
    assert change_test(CES, old, m(2.4, 30, MeanSpread(sd=1.0))).confidence == NOT_SIGNIFICANT


def test_without_counts_confidence_is_unknown():
    assert change_test(NPS, m(45, 16, period="q1"), m(31, 16)).confidence == UNKNOWN
    assert target_confidence(NPS, m(31, 16)) == (UNKNOWN, None)


def test_target_miss_is_significant_only_when_the_whole_interval_misses():
    clear = m(30, 400, NpsCounts(promoters=180, passives=160, detractors=60))  # 30 ± 7.7 < 40
    noisy = m(30, 20, NpsCounts(promoters=9, passives=8, detractors=3))
    assert target_confidence(NPS, clear)[0] == SIGNIFICANT
    assert target_confidence(NPS, noisy)[0] == NOT_SIGNIFICANT
    # lower is better: a CES of 3.5 misses 3.0 beyond doubt only when the interval's low end is above it
    assert target_confidence(CES, m(3.5, 400, MeanSpread(sd=1.0)))[0] == SIGNIFICANT
    assert target_confidence(CES, m(3.5, 10, MeanSpread(sd=1.0)))[0] == NOT_SIGNIFICANT


def test_answer_counts_from_raw_answers():
    assert answer_counts(NPS, [10, 9, 8, 7, 6, 0]) == NpsCounts(promoters=2, passives=2, detractors=2)
    assert answer_counts(CSAT, [5, 4, 3, 1]) == TopBoxCount(top_box=2)
    assert answer_counts(CES, [1, 2, 3]) == MeanSpread(sd=1.0)
    assert answer_counts(CES, [4]) is None


def test_format_interval_in_three_languages():
    interval = Interval(22.4, 40.2)
    assert format_interval(NPS, interval, "en") == "95% interval +22 to +40"
    fa = format_interval(NPS, interval, "fa")
    assert "۲۲" in fa and "۴۰" in fa and "\u2066+۲۲\u2069" in fa and "22" not in fa
    assert "٢٢" in format_interval(NPS, interval, "ar")
    assert format_interval(NPS, None, "en") == ""


def test_survey_import_stores_the_counts_and_they_survive_a_save(tmp_path):
    from journeymap.model.io import load_map, save_map
    from journeymap.model.survey import import_survey
    from tests.model.factories import build

    kpis = [{"id": "nps", "name": "NPS", "kind": "nps", "scale_min": 0, "scale_max": 10, "method": "nps"},
            {"id": "csat", "name": "CSAT", "kind": "csat", "scale_min": 1, "scale_max": 5, "method": "top2box"},
            {"id": "ces", "name": "CES", "kind": "ces", "scale_min": 1, "scale_max": 7, "method": "mean"}]
    rows = "node,kpi,period,score\n" + "".join(f"b,NPS,q1,{s}\n" for s in (10, 9, 9, 8, 7, 6, 3)) \
        + "".join(f"b,CSAT,q1,{s}\n" for s in (5, 4, 2)) + "".join(f"b,CES,q1,{s}\n" for s in (2, 4, 6))
    jmap = import_survey(build(kpis=kpis), rows.encode())
    counts = {m.kpi_id: (m.value, m.sample_size, m.counts) for m in jmap.measurements}
    assert counts["nps"] == (round(100 * (3 - 2) / 7, 2), 7, NpsCounts(promoters=3, passives=2, detractors=2))
    assert counts["csat"] == (round(200 / 3, 2), 3, TopBoxCount(top_box=2))
    assert counts["ces"] == (4.0, 3, MeanSpread(sd=2.0))
    path = tmp_path / "m.json"
    save_map(jmap, path)
    assert [m.counts for m in load_map(path).measurements] == [m.counts for m in jmap.measurements]


def test_counts_must_add_up():
    with pytest.raises(ValueError, match="promoters \\+ passives \\+ detractors = 15, but sample_size is 16"):
        m(40, 16, NpsCounts(promoters=8, passives=4, detractors=3))
    with pytest.raises(ValueError, match="top_box 17 is more than sample_size 16"):
        m(40, 16, TopBoxCount(top_box=17))
    with pytest.raises(ValueError, match="counts need a sample_size"):
        m(4.0, None, MeanSpread(sd=1.0))


# Tests that kill mutation survivors (docs/mutation.md).
PERCENT = KpiDef(id="ok", name="Solved", kind="custom", scale_min=0, scale_max=1, method="percent", target=90)
CES_TOP = KpiDef(id="effort", name="Effort", kind="custom", scale_min=1, scale_max=5, method="top2box",
                 direction="lower_better")


def test_interval_as_dict_rounds_both_ends_to_two_decimals():
    assert Interval(14.6949, 45.3051).as_dict() == {"low": 14.69, "high": 45.31, "level": 0.95}


@pytest.mark.parametrize("df, expected", [(30, 2.0423), (40, 2.0211), (60, 2.0003), (120, 1.9799),
                                          (1000, 1.9623), (29.9, 2.045), (1, 12.706)])
def test_t_quantiles_beyond_the_table_to_four_decimals(df, expected):
    assert t_quantile_975(df) == pytest.approx(expected, abs=2e-4)


def test_answer_counts_lower_is_better_and_percent_count_each_hit_once():
    assert answer_counts(CES_TOP, [1, 2, 2, 3, 5]).top_box == 3  # 1 and 2 are the best two boxes
    assert answer_counts(PERCENT, [1, 1, 0, 1]).top_box == 3  # a yes is the scale's top answer
    assert answer_counts(CSAT, [1, 3, 4, 5, 5]).top_box == 3


def test_answer_counts_sd_of_two_answers_and_kept_to_four_decimals():
    assert answer_counts(CES, [2, 4]).sd == pytest.approx(1.4142)
    assert answer_counts(CES, [1, 2, 4]).sd == 1.5275  # sqrt(7/3) = 1.527525...
    assert answer_counts(CES, [3]) is None


def test_nps_interval_never_leaves_minus_100_to_100():
    assert nps_interval(95, 0.95, 0.0, 20).high == 100.0
    assert nps_interval(-95, 0.0, 0.95, 20).low == -100.0


def test_mean_interval_half_width_grows_with_the_spread():
    interval = mean_interval(3.0, 2.0, 4)  # t(3) = 3.182, 3.182 * 2 / sqrt(4)
    assert (interval.low, interval.high) == pytest.approx((3.0 - 3.182, 3.0 + 3.182))


def test_share_precision_from_counts_by_hand():
    from journeymap.model.stats import precision

    p = precision(CSAT, m(80, 100, TopBoxCount(top_box=80)))
    assert (p.method, p.share, p.se) == ("share", 0.8, pytest.approx(4.0))  # 100 * sqrt(0.8 * 0.2 / 100)
    third = precision(PERCENT, m(33, 3, TopBoxCount(top_box=1)))  # the count, not the rounded value
    assert third.share == pytest.approx(1 / 3)
    assert precision(PERCENT, m(120, 10)).share == 1.0  # a value beyond 100 % counts as all


def test_mean_precision_from_two_answers_has_one_degree_of_freedom():
    from journeymap.model.stats import precision

    p = precision(CES, m(3.0, 2, MeanSpread(sd=1.0)))
    assert (p.method, p.df, p.sd) == ("mean", 1, 1.0)
    assert kpi_interval(CES, m(3.0, 2, MeanSpread(sd=1.0))).high == 7.0  # 12.706 / sqrt(2): clipped


@pytest.mark.parametrize("direction", ["lower_better", "higher_better"])
def test_a_target_exactly_on_the_interval_end_is_not_a_sure_miss(direction):
    measurement = m(3.0, 25, MeanSpread(sd=1.0))
    kpi = CES.model_copy(update={"direction": direction})
    interval = kpi_interval(kpi, measurement)
    edge = interval.low if direction == "lower_better" else interval.high
    assert target_confidence(kpi.model_copy(update={"target": edge}), measurement)[0] == NOT_SIGNIFICANT


def test_change_with_counts_on_one_side_only_is_unknown():
    counted = m(30, 100, NpsCounts(promoters=50, passives=30, detractors=20))
    assert change_test(NPS, counted, m(20, 100)).confidence == UNKNOWN
    assert change_test(NPS, m(20, 100), counted).confidence == UNKNOWN


def test_mean_change_uses_student_t_with_welch_degrees_of_freedom():
    equal = change_test(CES, m(3.0, 5, MeanSpread(sd=1.0)), m(4.0, 5, MeanSpread(sd=1.0)))
    half = 2.306 * math.sqrt(0.4)  # df = 8
    assert (equal.interval.low, equal.interval.high) == pytest.approx((1 - half, 1 + half))
    unequal = change_test(CES, m(3.0, 5, MeanSpread(sd=1.0)), m(4.0, 10, MeanSpread(sd=3.0)))
    half = 2.179 * math.sqrt(0.2 + 0.9)  # df = 1.1^2 / (0.2^2 / 4 + 0.9^2 / 9) = 12.1
    assert (unequal.interval.low, unequal.interval.high) == pytest.approx((1 - half, 1 + half))


def test_change_without_spread_is_exact():
    fall = change_test(CES, m(3.0, 5, MeanSpread(sd=0.0)), m(2.0, 5, MeanSpread(sd=0.0)))
    assert fall.confidence == SIGNIFICANT and (fall.interval.low, fall.interval.high) == (-1.0, -1.0)
    same = change_test(CES, m(3.0, 5, MeanSpread(sd=0.0)), m(3.0, 5, MeanSpread(sd=0.0)))
    assert same.confidence == NOT_SIGNIFICANT


def test_format_interval_arabic_isolates_numbers_and_unknown_languages_read_english():
    interval = Interval(22.0, 40.0)
    assert format_interval(NPS, interval, "ar") == "فترة الثقة ٩٥٪: من \u2066+٢٢\u2069 إلى \u2066+٤٠\u2069"
    assert format_interval(NPS, interval, "de") == "95% interval +22 to +40"


@pytest.mark.parametrize("df, expected", [(30, 2.042272456), (40, 2.021075390), (60, 2.000297822),
                                          (120, 1.979930405), (1000, 1.962339081)])
def test_t_quantiles_beyond_the_table_to_seven_decimals(df, expected):
    assert t_quantile_975(df) == pytest.approx(expected, abs=1e-7)


def _t_cdf(x: float, df: int, steps: int = 2000) -> float:
    """P(T <= x) for Student's t by Simpson's rule on its density: an independent check of the table."""
    scale = math.exp(math.lgamma((df + 1) / 2) - math.lgamma(df / 2)) / math.sqrt(df * math.pi)
    h = x / steps
    total = sum((1 if i in (0, steps) else 4 if i % 2 else 2) * (1 + (i * h) ** 2 / df) ** (-(df + 1) / 2)
                for i in range(steps + 1))
    return 0.5 + scale * total * h / 3


def test_every_tabled_t_quantile_leaves_2_5_percent_in_the_tail():
    for df in range(1, 30):
        assert _t_cdf(t_quantile_975(df), df) == pytest.approx(0.975, abs=2e-4), df
    with pytest.raises(ValueError, match="a t quantile needs at least one degree of freedom"):
        t_quantile_975(0.5)
