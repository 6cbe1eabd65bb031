"""`journeymap check`: confidence and intervals on KPI flags, journey-level rules, format version."""
import json

import pytest

from journeymap.cli import main
from journeymap.model.io import save_map
from journeymap.model.journey_rules import JOURNEY_RULES
from journeymap.model.schema import JourneyMap
from tests.conftest import ROOT, SAMPLES
from tests.model.factories import small_map

KPI_RULES = ("kpi_below_target", "kpi_falling")


def check_json(path, capsys, *extra) -> dict:
    assert main(["check", str(path), "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_list_confidence_on_kpi_flags_and_journey_rules(path, capsys):
    report = check_json(path, capsys)
    points = report["weak_points"]
    kpi_points = [p for p in points if p["rule"] in KPI_RULES]
    assert kpi_points and all(p["confidence"] in ("significant", "not_significant", "unknown") for p in kpi_points)
    for point in kpi_points:
        if point["confidence"] == "unknown":
            assert point["interval"] is None
        else:
            assert point["interval"]["low"] <= point["evidence"]["value"] <= point["interval"]["high"]
    assert any(p["rule"] in JOURNEY_RULES for p in points)
    assert all(p["evidence"]["node_ids"] for p in points if p["rule"] in JOURNEY_RULES)
    assert report["summary"]["file_version"] == report["summary"]["format_version"] == 2


def nps_map(n: int, counts_q1, counts_q2) -> JourneyMap:
    data = small_map(kpis=[{"id": "nps", "name": "NPS", "kind": "nps", "scale_min": 0, "scale_max": 10,
                            "method": "nps"}])
    data["measurements"] = [
        {"node_id": "a", "kpi_id": "nps", "period_id": "q1", "value": 45, "sample_size": n,
         "counts": dict(zip(("promoters", "passives", "detractors"), counts_q1))},
        {"node_id": "a", "kpi_id": "nps", "period_id": "q2", "value": 31, "sample_size": n,
         "counts": dict(zip(("promoters", "passives", "detractors"), counts_q2))},
    ]
    return JourneyMap.model_validate(data)


def test_a_fall_of_14_points_with_16_answers_is_reported_as_noise(tmp_path, capsys):
    path = tmp_path / "small.json"
    save_map(nps_map(16, (9, 5, 2), (7, 7, 2)), path)
    [falling] = [p for p in check_json(path, capsys)["weak_points"] if p["rule"] == "kpi_falling"]
    assert falling["confidence"] == "not_significant" and falling["severity"] == "low"
    assert falling["message"].endswith("to +31 in \u20682026-Q2\u2069, but with 16 answers this is within noise")
    assert falling["evidence"]["change_interval"]["low"] < -14 < 0 < falling["evidence"]["change_interval"]["high"]


def test_the_same_fall_with_400_answers_is_significant(tmp_path, capsys):
    path = tmp_path / "large.json"
    save_map(nps_map(400, (220, 140, 40), (184, 156, 60)), path)
    [falling] = [p for p in check_json(path, capsys)["weak_points"] if p["rule"] == "kpi_falling"]
    assert falling["confidence"] == "significant" and falling["severity"] == "medium"
    assert "noise" not in falling["message"]


def test_version_1_file_says_its_format_and_counts(capsys):
    path = ROOT / "tests" / "model" / "fixtures" / "hotel_stay_v1.json"
    before = path.read_bytes()
    report = check_json(path, capsys)
    assert report["summary"]["file_version"] == 1 and report["summary"]["format_version"] == 2
    assert report["summary"]["measurements_with_counts"] == 0
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "format:   version 1, opened as version 2" in out and "0 with survey counts" in out
    assert path.read_bytes() == before
