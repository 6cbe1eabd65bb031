"""GUI-level safety: failed saves keep the work, crash recovery, odd and big maps."""
import os
import subprocess
import sys
import time

import pytest

from journeymap.model.io import load_map
from journeymap.model.schema import JourneyMap
from tests.conftest import ROOT, SAMPLES


def test_failed_save_keeps_document_unsaved(qtbot, dialogs, tmp_path):
    from journeymap.ui.main_window import MainWindow

    win = MainWindow(load_map(SAMPLES[0]))
    qtbot.addWidget(win)
    win.controller.set_emotion([win.doc.map.nodes[0].id], 2)
    win.path = str(tmp_path / "vanished" / "map.json")
    assert win.save() is False
    assert dialogs.calls[-1][0] == "critical" and "cannot save" in dialogs.calls[-1][2]
    assert not win.stack.isClean() and win.isWindowModified()


CHILD = r"""
import os, sys, time
from journeymap.app import create_app
from journeymap.model.io import load_map
app = create_app("en")
from journeymap.ui.main_window import MainWindow
win = MainWindow(load_map(sys.argv[1]), sys.argv[1])
win.show()
node = win.doc.map.nodes[0].id
win.controller.rename(node, "RECOVER ME")
deadline = time.time() + 20
while time.time() < deadline:
    app.processEvents()
    time.sleep(0.02)
    if list((win.autosaver.data_path.parent).glob("*.json")):
        print("autosaved", flush=True)
        break
while True:
    time.sleep(1)
"""


def test_crash_recovery_restores_edits_and_cleans_up(qtbot, dialogs, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from journeymap.ui import files
    from journeymap.ui.main_window import MainWindow

    work = tmp_path / "map.json"
    work.write_bytes(SAMPLES[0].read_bytes())
    env = {**os.environ, "JOURNEYMAP_AUTOSAVE_MS": "200", "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(work)], stdout=subprocess.PIPE, env=env)
    try:
        assert child.stdout.readline().strip() == b"autosaved"
    finally:
        child.kill()
        child.wait()
    pending = files.pending_recoveries()
    assert len(pending) == 1 and pending[0].original == str(work)
    win = MainWindow()
    qtbot.addWidget(win)
    dialogs.answers.append(QMessageBox.Yes)
    win.offer_recovery()
    assert win.doc.map.nodes[0].title == "RECOVER ME"
    assert win.path == str(work) and win.isWindowModified()
    assert load_map(work).nodes[0].title != "RECOVER ME"  # the user's file is untouched until they save
    assert win.save()
    assert load_map(work).nodes[0].title == "RECOVER ME"
    assert files.pending_recoveries() == []
    assert list((files.data_dir() / "recovery").glob("*")) == []


def odd_maps() -> dict:
    base = load_map(SAMPLES[0]).model_dump()
    long_title = dict(base)
    long_title["nodes"] = [dict(n, title="عنوان بسیار طولانی 🙂 mixed English متن " * 25) for n in base["nodes"]]
    only_stages = {"id": "s", "title": "Only stages", "stages": base["stages"]}
    empty = {"id": "e", "title": ""}
    return {"long titles, emoji, mixed direction": long_title, "only stages": only_stages, "empty": empty}


@pytest.mark.parametrize("name", list(odd_maps()))
def test_odd_maps_open_edit_export(qtbot, tmp_path, name):
    from journeymap.export import export_map
    from journeymap.ui.main_window import MainWindow

    jmap = JourneyMap.model_validate(odd_maps()[name])
    win = MainWindow(jmap)
    qtbot.addWidget(win)
    win.show()
    win.add_node("touchpoint")
    win.view.fit_all()
    win.view.viewport().repaint()
    export_map(win.doc.map, str(tmp_path / "out.svg"))
    export_map(win.doc.map, str(tmp_path / "out.png"), dpi=60)
    assert (tmp_path / "out.svg").stat().st_size > 0


def test_twenty_thousand_nodes_open_edit_export(qtbot, tmp_path):
    from benchmarks.synthetic import synthetic_map
    from journeymap.export import export_map
    from journeymap.ui.main_window import MainWindow

    jmap = synthetic_map(20000)
    start = time.perf_counter()
    win = MainWindow(jmap)
    qtbot.addWidget(win)
    win.show()
    win.view.viewport().repaint()
    win.scene.select_ids(["n100"])
    win.add_next()
    assert len(win.doc.map.nodes) == 20001
    win.stack.undo()
    export_map(win.doc.map, str(tmp_path / "big.svg"))
    assert time.perf_counter() - start < 120
