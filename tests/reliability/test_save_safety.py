"""Saving never leaves a broken file: SIGKILL during save, failing disks, vanished folders."""
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from journeymap.model import io as jio
from journeymap.model.io import FileAccessError, load_map, save_map
from tests.conftest import ROOT, SAMPLES
from tests.model.factories import build

KILLS = 25


def test_sigkill_during_save_leaves_old_or_new_complete(tmp_path):
    path = tmp_path / "big.json"
    titles = set()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rng = random.Random(3)
    survived = 0
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(Path(__file__).with_name("save_child.py")), str(path)],
                                 stdout=subprocess.PIPE, env=env)
        assert child.stdout.readline().strip() == b"ready"
        time.sleep(rng.uniform(0.05, 0.6))
        child.send_signal(signal.SIGKILL)
        child.wait()
        if path.exists():
            jmap = load_map(path)  # always a complete version
            titles.add(jmap.title)
            assert len(jmap.nodes) == 3000
            survived += 1
        leftovers = [p.name for p in tmp_path.iterdir() if p.name not in ("big.json", "big.json.bak")]
        for name in leftovers:  # a killed save may leave its temp file, never a damaged map
            assert name.startswith(".big.json.")
            (tmp_path / name).unlink()
    assert survived >= KILLS - 3
    assert titles


def test_read_only_target_is_a_clear_error_and_keeps_old(tmp_path, monkeypatch):
    path = tmp_path / "map.json"
    save_map(build(title="old"), path)

    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(jio.os, "replace", refuse)
    with pytest.raises(FileAccessError, match="Permission denied"):
        save_map(build(title="new"), path)
    monkeypatch.undo()
    assert load_map(path).title == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["map.json"]


def test_paths_with_persian_spaces_and_dots_stay_where_chosen(tmp_path):
    folder = tmp_path / "کارگاه ۱" / "sub"
    folder.mkdir(parents=True)
    path = folder / ".." / "نقشه سفر (نسخه ۲).json"
    save_map(build(), path)
    assert (tmp_path / "کارگاه ۱" / "نقشه سفر (نسخه ۲).json").exists()
    assert load_map(path).title == "Test journey"


def test_loading_never_follows_paths_or_runs_code(tmp_path):
    text = SAMPLES[0].read_text(encoding="utf-8").replace('"description": "', '"description": "../../etc/passwd __import__(\'os\') ', 1)
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    jmap = load_map(path)
    assert jmap.description.startswith("../../etc/passwd")  # plain text, nothing more
