"""Inspector edits, files (bad file keeps the current map, save/reopen), screenshot option."""
import subprocess
import sys

from PySide6.QtTest import QTest

from journeymap.model.io import load_map
from tests.editor.conftest import doc_json, sample


def test_inspector_title_typing_is_one_undo_step(window):
    window.scene.select_ids(["h-book"])
    form = window.inspector.node_form
    assert window.inspector.currentIndex() == 1
    form.title.setFocus()
    form.title.selectAll()
    QTest.keyClicks(form.title, "Book online")
    assert window.doc.node("h-book").title == "Book online"
    assert window.stack.count() == 1
    window.stack.undo()
    assert window.doc.node("h-book").title == "Book on the hotel website"
    assert form.title.text() == "Book on the hotel website"


def test_inspector_emotion_and_entry_flag(window):
    window.scene.select_ids(["h-wifi"])
    form = window.inspector.node_form
    form.score.setValue(1)
    assert window.doc.node("h-wifi").expected_emotion.score == 1
    form.exit.setChecked(True)
    assert window.doc.node("h-wifi").is_exit
    assert window.stack.count() == 2
    window.stack.undo()
    window.stack.undo()
    assert window.doc.node("h-wifi").expected_emotion.score == -1


def test_inspector_kpi_table_edit_reaches_document(window):
    window.scene.select_ids(["h-room"])
    table = window.inspector.node_form.kpis
    row = [k.id for k in window.doc.map.kpis].index("k-nps")
    table.item(row, 1).setText("۴۵")  # Persian digits are accepted
    m = next(m for m in window.doc.map.measurements if m.key == ("h-room", "k-nps", "2026-Q3"))
    assert m.value == 45
    window.stack.undo()
    assert not any(m.key == ("h-room", "k-nps", "2026-Q3") for m in window.doc.map.measurements)


def test_edge_and_map_pages(window):
    window.scene.clearSelection()
    window.scene.edge_items["e1"].setSelected(True)
    assert window.inspector.currentIndex() == 2
    window.inspector.edge_form.label.setText("x")
    window.inspector.edge_form.label.textEdited.emit("via app")
    assert window.doc.edge("e1").label == "via app"
    window.scene.clearSelection()
    assert window.inspector.currentIndex() == 0
    window.inspector.map_form.title.textEdited.emit("Hotel 2027")
    assert window.doc.map.title == "Hotel 2027"


def test_open_bad_file_shows_error_and_keeps_map(window, dialogs, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "journeymap", "schema_version": 99, "map": {}}')
    before = doc_json(window)
    assert window.open_path(str(bad)) is False
    assert dialogs.calls and dialogs.calls[-1][0] == "critical" and "newer journeymap" in dialogs.calls[-1][2]
    assert doc_json(window) == before
    assert bad.read_text().startswith('{"format"')


def test_save_and_reopen(window, tmp_path):
    path = tmp_path / "نقشه من.json"
    window.scene.select_ids(["h-book"])
    window.controller.set_emotion(["h-book"], 2)
    window.path = str(path)
    assert window.save()
    assert window.stack.isClean() and "[*]" in window.windowTitle()
    assert load_map(path).node("h-book").expected_emotion.score == 2


def test_save_notices_file_changed_on_disk(window, dialogs, tmp_path):
    path = tmp_path / "map.json"
    window.path = str(path)
    assert window.save()
    path.write_text(path.read_text().replace("Hotel stay", "Hotel STAY"))
    window.controller.set_emotion(["h-book"], 2)
    dialogs.answers.append(0)  # neither Save: cancel
    assert window.save() is False
    assert "changed by another program" in dialogs.calls[-1][2]
    assert "Hotel STAY" in path.read_text()


def test_screenshot_option_writes_png(tmp_path):
    out = tmp_path / "shot.png"
    result = subprocess.run([sys.executable, "-m", "journeymap", str(sample("store_fa")), "--screenshot", str(out)],
                            capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 50_000


def test_gui_with_bad_file_exits_2_with_one_line(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_bytes(b"\x00\x01")
    result = subprocess.run([sys.executable, "-m", "journeymap", str(bad)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_curve_dock_and_trend_chart_draw_on_demand(window, qtbot):
    window.curve_dock.show()
    qtbot.waitUntil(lambda: window.curve_panel.drawn_revision == window.doc.revision, timeout=10_000)
    window.scene.select_ids(["h-checkin"])
    trend = window.inspector.node_form.trend
    assert not trend.isHidden() and trend._key is not None
    window.scene.select_ids(["h-clean"])  # no measurements: no chart
    assert trend.isHidden()
