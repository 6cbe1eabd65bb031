"""Every number a user sees comes from one function: model/derived.py's KPI reading.

The reading is replaced by a marked one (value 42); the chip, the report's KPI table, the compare
view's values, the weak points and ``journeymap check --json`` must all show the mark. A view with
its own lookup would show the stored value instead and fail here.
"""
from __future__ import annotations

import dataclasses
import json

import pytest

from journeymap.model import derived as derived_module
from journeymap.model.io import load_map
from journeymap.model.messages import localize_digits
from journeymap.model.metrics import format_value
from tests.conftest import SAMPLES
from tests.editor.conftest import window  # noqa: F401 - the real main window fixture

MARK = 42.0


@pytest.fixture
def marked_readings(monkeypatch):
    original = derived_module.Derived.reading

    def marked(self, node_id, kpi_id):
        reading = original(self, node_id, kpi_id)
        if reading is None:
            return None
        return dataclasses.replace(reading, value=MARK, meets_target=False)

    monkeypatch.setattr(derived_module.Derived, "reading", marked)


def _measured_nodes(jmap):
    return sorted({m.node_id for m in jmap.measurements})


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_chips_show_the_derived_reading(path, qapp, marked_readings):
    from journeymap.canvas.scene import MapScene
    from journeymap.document import Document

    jmap = load_map(path)
    scene = MapScene(Document(jmap))
    kpis = {k.name: k for k in jmap.kpis}
    chips = [chip for node_id in _measured_nodes(jmap) for chip in scene.node_info(node_id).chips]
    assert chips
    for chip in chips:
        assert chip.value.startswith(localize_digits(format_value(kpis[chip.name], MARK), jmap.language)), chip


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_report_kpi_table_shows_the_derived_reading(path, qapp, marked_readings):
    from journeymap.report import ReportContext
    from journeymap.report_tables import kpi_table

    jmap = load_map(path)
    _headers, _widths, rows = kpi_table(ReportContext(jmap, None, None))
    kpis = {k.name: k for k in jmap.kpis}
    assert rows
    for row in rows:
        assert row[6].text == format_value(kpis[row[1].text], MARK)


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_compare_and_weak_points_use_the_derived_reading(path, marked_readings):
    from journeymap.model.compare import latest_values
    from journeymap.model.weakpoints import analyze

    jmap = load_map(path)
    assert {value for _period, value in latest_values(jmap).values()} == {MARK}
    flags = [p for p in analyze(jmap) if p.rule == "kpi_below_target"]
    assert flags and all(p.evidence["value"] == MARK for p in flags)


def test_check_json_reports_the_derived_reading(marked_readings, capsys):
    from journeymap.cli import main

    assert main(["check", str(SAMPLES[0]), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    values = [p["evidence"]["value"] for p in report["weak_points"] if p["rule"] == "kpi_below_target"]
    assert values and set(values) == {MARK}


def test_inspector_marks_the_values_the_card_shows(window):
    """Bold cells in the Inspector's KPI table are exactly the derived readings (older ones italic)."""
    doc = window.doc
    node_id = _measured_nodes(doc.map)[0]
    window.inspector.show_selection([node_id], [])
    table = window.inspector.node_form.kpis
    bold = set()
    for row in range(table.rowCount()):
        for column in range(table.columnCount()):
            item = table.item(row, column)
            if item is not None and item.font().bold():
                bold.add((doc.map.kpis[row].id, doc.map.periods[column].id, item.font().italic()))
    readings = doc.derived().readings(node_id)
    assert bold == {(r.kpi.id, r.period_id, not r.is_current) for r in readings}
