"""Markup never runs: a map and a CSV with ``<img src="file://…">`` in every text field show it literally
in every widget, tooltip and dialog, and Qt never asks for the image."""
import json

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import Qt, QTextDocument  # QtGui's Qt namespace has mightBeRichText
from PySide6.QtWidgets import QLabel, QTableWidget, QToolTip, QTreeWidget, QWidget

from journeymap.model.io import dumps_map, load_map
from journeymap.model.schema import JourneyMap
from journeymap.ui.plain_text import escaped_tooltip
from tests.model.factories import small_map


class ResourceProbe(QTextDocument):
    """A QTextDocument that records every resource (image) the rich text asks for."""

    def __init__(self):
        super().__init__()
        self.requested = []

    def loadResource(self, kind, url):  # noqa: N802 - Qt virtual
        self.requested.append(url.toString())
        return super().loadResource(kind, url)


@pytest.fixture
def payload(tmp_path):
    from PySide6.QtGui import QImage

    probe = tmp_path / "probe.png"
    QImage(4, 4, QImage.Format_RGB32).save(str(probe))
    return f'<img src="file://{probe}"> <b>bold</b> &amp;'


def hostile_map(payload: str) -> dict:
    data = small_map(title=payload, description=payload, north_star=payload)
    for item in data["stages"] + data["lanes"]:
        item["name"] = payload
    for node in data["nodes"]:
        node.update(title=payload, description=payload, desired_feeling=payload, owner=payload, tags=[payload])
        node["expected_emotion"] = {"score": -2, "feeling": payload, "note": payload}
    data["edges"][0]["label"] = payload
    data["kpis"][0].update(name=payload, unit=payload)
    data["periods"][0]["label"] = payload
    data["personas"] = [{"id": "p", "name": payload, "description": payload, "segment": payload}]
    data["emotion_scale"] = {"min": -2, "max": 2, "labels": {"-2": payload}}
    data["measurements"] = [{"node_id": "b", "kpi_id": "csat", "period_id": "q1", "value": 10, "sample_size": 3}]
    return data


def shows_literally(text: str, payload: str, rich: bool) -> bool:
    """``text`` displays ``payload`` as characters (never as an image tag), and asks for no resource."""
    if not rich:
        return True
    probe = ResourceProbe()
    probe.setHtml(text)
    probe.size()  # lay out: images would be requested now
    return not probe.requested and (payload not in text or "<img" not in probe.toHtml().split("<body")[-1])


def tooltips(widget: QWidget) -> list[str]:
    tips = [widget.toolTip()]
    if isinstance(widget, QTreeWidget):
        from PySide6.QtWidgets import QTreeWidgetItemIterator

        iterator = QTreeWidgetItemIterator(widget)
        while iterator.value():
            item = iterator.value()
            tips += [item.toolTip(c) for c in range(widget.columnCount())]
            iterator += 1
    if isinstance(widget, QTableWidget):
        tips += [widget.item(r, c).toolTip() for r in range(widget.rowCount()) for c in range(widget.columnCount())
                 if widget.item(r, c)]
    return [t for t in tips if t]


def check_widgets(root: QWidget, payload: str) -> int:
    """Every label and tooltip under ``root`` that holds the payload shows it literally; how many did."""
    seen = 0
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QLabel) and "<img" in widget.text():
            seen += 1
            # PlainText, not AutoText: Qt's guess depends on where the first "<" falls in the text
            assert widget.textFormat() == Qt.PlainText, f"{type(widget).__name__} {widget.text()!r}"
        for tip in tooltips(widget):
            if "img" in tip:
                seen += 1
                assert shows_literally(tip, payload, Qt.mightBeRichText(tip)), tip
    return seen


def test_every_widget_and_tooltip_of_a_hostile_map_shows_markup_literally(qtbot, tmp_path, payload):
    from journeymap.ui.main_window import MainWindow

    path = tmp_path / "m.json"
    path.write_bytes(dumps_map(JourneyMap.model_validate(hostile_map(payload))))
    win = MainWindow(load_map(path), str(path))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.runner.run_now()
    for node_id in ("a", "b", "c"):
        win.scene.select_ids([node_id])
        qtbot.wait(10)
        for item in win.scene.items():
            if hasattr(item, "tooltip_at"):
                rect = item.boundingRect()
                for x in range(0, int(rect.width()), 8):
                    for y in range(0, int(rect.height()), 8):
                        tip = item.tooltip_at(QPointF(rect.left() + x, rect.top() + y))
                        assert shows_literally(tip, payload, Qt.mightBeRichText(tip)), tip
    assert check_widgets(win, payload) > 0


def test_an_unknown_key_named_with_markup_opens_a_plain_error_box(window, dialogs, tmp_path, payload):
    data = json.loads(dumps_map(window.doc.map))
    data["map"][payload] = 1
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert window.open_path(str(bad)) is False
    (kind, _title, text), = dialogs.calls
    assert kind == "critical" and payload in text
    assert dialogs.formats == [Qt.PlainText]  # before: QMessageBox.critical guessed rich text


def test_survey_errors_quoting_markup_show_it_literally(rtl_window, tmp_path, payload):
    from journeymap.ui.survey_dialog import import_survey_interactive

    csv = tmp_path / "answers.csv"
    csv.write_text(f"node,kpi,period,score\n{payload.replace(',', ' ')},NPS,{payload},5\n", encoding="utf-8")
    dialog = import_survey_interactive(rtl_window, str(csv), confirm=False)
    dialog.use_existing.setChecked(True)
    dialog.existing.setCurrentIndex(1)
    assert "<img" in dialog.problem.text()
    assert check_widgets(dialog, payload) >= 1  # before: the problem label rendered the image


def test_compare_tooltips_show_markup_literally(window, payload):
    from journeymap import commands
    from journeymap.model.schema import Period
    from journeymap.ui.compare_view import compare_periods

    doc = window.doc
    first = doc.map.nodes[0]
    window.controller.push(commands.SetStructureCommand(doc, "periods", [*doc.map.periods, Period(id="q-x", label="x")], "x"))
    kpi = doc.map.kpis[0]
    window.controller.push(commands.SetStructureCommand(doc, "kpis", [kpi.model_copy(update={"name": payload}),
                                                                       *doc.map.kpis[1:]], "x"))
    dialog = compare_periods(window, doc.map.periods[0].id, "q-x")
    assert first is not None and check_widgets(dialog, payload) >= 1  # before: raw rich tooltip


def test_a_refused_kpi_value_quoting_markup_is_an_escaped_tooltip(rtl_window, payload):
    from journeymap.ui.kpi_table import KpiTable

    rtl_window.scene.select_ids(["n-checkout"])
    table = rtl_window.inspector.findChild(KpiTable)
    table.show_node("n-checkout")
    table.item(0, 0).setText(payload)
    tip = QToolTip.text()
    assert table.refusal and "<img" in table.refusal
    assert shows_literally(tip, payload, Qt.mightBeRichText(tip)) and "&lt;img" in tip


def test_escaped_tooltip_keeps_lines_and_shows_every_character():
    tip = escaped_tooltip(["a <b>", "&amp; c"])
    probe = ResourceProbe()
    probe.setHtml(tip)
    assert probe.toPlainText() == "a <b>\n&amp; c"
    assert escaped_tooltip("") == ""


def test_the_survey_dialog_refuses_a_device_at_once(rtl_window, dialogs):
    from journeymap.ui.survey_dialog import import_survey_interactive

    assert import_survey_interactive(rtl_window, "/dev/zero", confirm=False) is None  # before: read forever
    (kind, _title, text), = dialogs.calls
    assert kind == "critical" and "not a regular file" in text
