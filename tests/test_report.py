"""Review report: pages, searchable text, comparison; matplotlib stays out of app start."""
import re
import shutil
import subprocess
import sys

import pytest

from journeymap.model.io import load_map
from journeymap.report import change_lines, write_report
from journeymap.model.compare import diff_maps
from tests.conftest import SAMPLES
from tests.test_export import searchable


def sample(name):
    return load_map(next(p for p in SAMPLES if name in p.name))


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_report_pages_and_searchable_persian_text(tmp_path, qapp):
    jmap = sample("store_fa")
    older = jmap.model_copy(deep=True)
    older.measurements = [m for m in older.measurements if m.period_id != "q-1405-2"]
    out = tmp_path / "report.pdf"
    pages = write_report(jmap, str(out), compare=older)
    assert pages >= 7  # cover, summary, map, curve, KPIs, weak points, changes
    info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
    assert re.search(rf"Pages:\s+{pages}\n", info)
    text = searchable(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout)
    for phrase in ("گزارش بازبینی فصلی سفر مشتری", "ستاره شمالی", "نقاط ضعف", "تحویل مرسوله"):
        assert searchable(phrase) in text


def test_change_lines_are_in_the_map_language():
    jmap = sample("store_fa")
    older = jmap.model_copy(deep=True)
    older.measurements = [m for m in older.measurements if m.period_id != "q-1405-2"]
    lines = [text for text, _ in change_lines(jmap, diff_maps(older, jmap))]
    assert lines and all("KPI" not in line or "(" in line for line in lines)
    assert any("برطرف شده" in line or "نقطه ضعف تازه" in line or "بدتر شده" in line for line in lines)


def test_trend_verdict_honours_direction():
    jmap = sample("bank_support_ar")
    from journeymap.model.compare import diff_periods

    result = {(d["node_id"], d["kpi_id"]): d for d in diff_periods(jmap, "q2-2026", "q3-2026")["kpi_deltas"]}
    assert result[("b-wait", "k-ces")]["verdict"] == "worse"  # effort went up: worse (lower is better)
    assert result[("b-verify", "k-ces")]["verdict"] == "improved"


def test_matplotlib_not_imported_at_app_start(tmp_path):
    code = (
        "import os, sys\nos.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from journeymap.app import create_app\nfrom journeymap.model.io import load_map\n"
        f"jmap = load_map({str(SAMPLES[0])!r})\napp = create_app('en')\n"
        "from journeymap.ui.main_window import MainWindow\nw = MainWindow(jmap)\nw.show()\napp.processEvents()\n"
        "w.runner.run_now()\napp.processEvents()\n"
        "print('matplotlib' in sys.modules)\nw.stack.setClean()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr[-1000:]


def test_compare_view_colours_nodes(qtbot):
    from journeymap.ui.compare_view import STATUS_COLORS, CompareDialog

    new = sample("hotel")
    data = new.model_dump()
    data["nodes"] = [n for n in data["nodes"] if n["id"] != "h-survey"]
    data["edges"] = [e for e in data["edges"] if "h-survey" not in (e["source"], e["target"])]
    data["measurements"] = [m for m in data["measurements"] if m["node_id"] != "h-survey"]
    data["nodes"][0]["title"] = "Compare hotels online"
    older = type(new).model_validate(data)
    dialog = CompareDialog(None, new, diff_maps(older, new), older, "compare")
    qtbot.addWidget(dialog)
    status = dialog.scene.compare_status
    assert status["h-survey"] == STATUS_COLORS["added"]
    assert status["h-compare"] == STATUS_COLORS["changed"]
    assert status["h-room"] == STATUS_COLORS["unchanged"]
