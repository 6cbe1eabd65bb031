"""Metric values checked against hand-computed numbers."""
import pytest

from journeymap.model.metrics import MetricError, compute, mean, meets_target, nps, percent, top2box
from journeymap.model.schema import KpiDef


def test_nps_hand_computed():
    # 3 promoters (9, 10, 9), 2 passives (7, 8), 5 detractors (0..6): (3 - 5) / 10 = -20
    assert nps([9, 10, 9, 7, 8, 0, 3, 6, 5, 6]) == pytest.approx(-20.0)


def test_nps_all_passives_is_zero_and_single_answer():
    assert nps([7, 8, 7, 8]) == 0
    assert nps([10]) == 100
    assert nps([6]) == -100


def test_csat_top2box_on_scales():
    assert top2box([1, 2, 3, 4, 5], 1, 5) == 40.0  # 4 and 5
    assert top2box([6, 7, 5, 1], 1, 7) == 50.0  # 6 and 7
    assert top2box([9, 10, 8, 8], 1, 10) == 50.0  # 9 and 10


def test_ces_direction():
    effort = KpiDef(id="ces", name="CES", kind="ces", scale_min=1, scale_max=5, method="top2box", direction="lower_better")
    assert compute(effort, [1, 2, 3, 5]).value == 50.0  # bottom two boxes: 1 and 2 are "low effort"
    easy = KpiDef(id="ces7", name="CES", kind="ces", scale_min=1, scale_max=7, method="mean")
    result = compute(easy, [7, 6, 5])
    assert result.value == 6.0 and result.sample_size == 3 and result.direction == "higher_better"


def test_custom_mean_and_percent():
    assert mean([1, 2, 3, 4], 1, 5) == 2.5
    assert percent([1, 0, 1, 1], 0, 1) == 75.0


@pytest.mark.parametrize("scores", [[11], [-1], [float("nan")], []])
def test_out_of_scale_answers_are_errors(scores):
    with pytest.raises(MetricError):
        nps(scores)


def test_meets_target_honours_direction():
    lower = KpiDef(id="c", name="CES", scale_min=1, scale_max=5, direction="lower_better", target=2.5)
    higher = KpiDef(id="s", name="CSAT", method="top2box", target=80)
    assert meets_target(lower, 2.0) and not meets_target(lower, 3.0)
    assert meets_target(higher, 80) and not meets_target(higher, 79.9)
    assert meets_target(KpiDef(id="x", name="x"), 3) is None


def test_a_value_exactly_on_a_lower_is_better_target_meets_it():
    """CES 2.5 with a target of 2.5 is on target (the chip is not shown as off target)."""
    effort = KpiDef(id="c", name="CES", scale_min=1, scale_max=5, direction="lower_better", target=2.5)
    assert meets_target(effort, 2.5) is True and meets_target(effort, 2.51) is False


def test_a_custom_percent_kpi_counts_answers_at_the_scale_maximum():
    """"Did you find what you needed?" yes/no on 0..1: 3 of 4 said yes -> 75 %, kept with its scale."""
    found = KpiDef(id="f", name="Found it", kind="custom", scale_min=0, scale_max=1, method="percent")
    result = compute(found, [1, 0, 1, 1])
    assert (result.value, result.sample_size, result.method) == (75.0, 4, "percent")
    assert (result.scale_min, result.scale_max) == (0, 1)
    with pytest.raises(MetricError, match="outside the scale 0..1"):
        compute(found, [2])


def test_empty_answers_say_so():
    with pytest.raises(MetricError, match="no answers"):
        compute(KpiDef(id="s", name="CSAT", method="top2box"), [])


@pytest.mark.parametrize("method,expected", [("nps", 10.0), ("top2box", 5.0), ("percent", 5.0), ("mean", 0.3)])
def test_falling_is_measured_in_the_kpis_own_units(method, expected):
    """NPS falls by points, top-2-box and percent KPIs by percentage points, means by scale steps."""
    from journeymap.model.metrics import falling_threshold
    from journeymap.model.schema import Rules

    scale = {"scale_min": 0, "scale_max": 10} if method == "nps" else {}
    assert falling_threshold(KpiDef(id="k", name="K", method=method, **scale), Rules()) == expected


@pytest.mark.parametrize("method,value,text", [("nps", 12.4, "+12"), ("nps", -3, "-3"), ("top2box", 78.4, "78%"),
                                               ("percent", 50, "50%"), ("mean", 2.44, "2.4")])
def test_values_are_written_as_each_method_reads(method, value, text):
    from journeymap.model.metrics import format_value

    scale = {"scale_min": 0, "scale_max": 10} if method == "nps" else {}
    assert format_value(KpiDef(id="k", name="K", method=method, **scale), value) == text
