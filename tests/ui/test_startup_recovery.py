"""Start-up survives damaged settings and an unwritable data folder; recovery reads each entry on its
own and knows a live window by its lock, not by a pid that may have been reused."""
import json
import os
import time

from PySide6.QtWidgets import QLabel

from journeymap.ui import files
from tests.model.factories import build


def new_window(qtbot, jmap=None):
    from journeymap.ui.main_window import MainWindow

    win = MainWindow(jmap)
    qtbot.addWidget(win)
    return win


def startup_warning(win) -> str:
    label = win.statusBar().findChild(QLabel, "startup_warning")
    return label.text() if label is not None else ""


def test_a_truncated_saved_window_state_is_dropped_with_a_note(qtbot):
    first = new_window(qtbot)
    first.show()
    first.close()  # saves geometry and state
    ini = os.environ["JOURNEYMAP_SETTINGS_FILE"]
    text = open(ini, encoding="utf-8", errors="surrogateescape").read()
    start = text.index("state=")
    with open(ini, "w", encoding="utf-8", errors="surrogateescape") as handle:
        handle.write(text[:start + 40] + "\n")  # cut inside the @ByteArray(...) value
    win = new_window(qtbot)  # before: TypeError in restoreState, on every launch
    assert "window layout was damaged" in startup_warning(win)
    assert files.settings().value("window/state") is None
    assert "damaged" not in startup_warning(new_window(qtbot))  # the damaged value is gone for good


def test_an_unwritable_data_folder_turns_autosave_off_visibly(qtbot, tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("JOURNEYMAP_DATA_DIR", str(blocker / "journeymap"))  # mkdir fails, even as root
    win = new_window(qtbot, build())  # before: PermissionError / NotADirectoryError from the autosaver
    assert "Autosave is off" in startup_warning(win)
    win.stack.resetClean()  # unsaved changes
    win.autosave()  # never raises; the status bar says why
    assert "Autosave failed" in win.statusBar().currentMessage()


def _entry(folder, token, meta, data=b"") -> None:
    (folder / f"{token}.meta.json").write_text(meta if isinstance(meta, str) else json.dumps(meta), "utf-8")
    if data is not None:
        (folder / f"{token}.json").write_bytes(data)


def test_bad_recovery_entries_are_skipped_and_the_good_one_is_offered(tmp_path):
    from journeymap.model.io import dumps_map

    folder = files.data_dir() / "recovery"
    folder.mkdir(parents=True, exist_ok=True)
    good = dumps_map(build(title="Mine"))
    _entry(folder, "a-bad-pid", {"pid": "x", "title": "t", "saved_at": 1}, good)
    _entry(folder, "b-list", [1, 2], good)
    _entry(folder, "c-bad-date", {"title": "t", "saved_at": "yesterday"}, good)
    _entry(folder, "d-title", {"title": ["t"], "saved_at": 1}, good)
    _entry(folder, "e-folder", {"title": "t", "saved_at": 1}, None)
    (folder / "e-folder.json").mkdir()
    _entry(folder, "f-junk", "{not json", good)
    _entry(folder, "z-good", {"title": "Mine", "saved_at": time.time(), "original": None, "pid": 1}, good)
    notes = []
    found = files.pending_recoveries(notes)  # before: ValueError from int("x"), nothing offered
    # the pid is no longer consulted ("x" is harmless); pid 1 is alive but is not a journeymap window
    assert [r.title for r in found] == ["t", "Mine"]
    assert found[1].load().title == "Mine"
    assert len(notes) == 5 and all(":" in n for n in notes)


def test_a_live_window_keeps_its_recovery_and_a_closed_one_releases_it(qtbot):
    win = new_window(qtbot, build(title="Open elsewhere"))
    win.autosaver.save(win.doc.map, None)
    assert files.pending_recoveries() == []  # its lock is held: a running window, not a crash
    win.autosaver.release()  # as after a crash: the kernel drops the lock with the process
    assert [r.title for r in files.pending_recoveries()] == ["Open elsewhere"]
