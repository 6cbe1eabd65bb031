"""Reading is bounded while reading; saving keeps what the file is (mode, symlink, limits, locks)."""
import fcntl
import os
import stat
import subprocess
import sys
import textwrap

import pytest

from journeymap.model import filelock
from journeymap.model import io as jio
from journeymap.model.io import FileAccessError, MapFileError, load_map, read_bytes, save_map
from tests.model.factories import build


def _load_in_child(path: str) -> subprocess.CompletedProcess:
    code = textwrap.dedent(f"""
        from journeymap.model.io import MapFileError, load_map
        try:
            load_map({path!r})
        except MapFileError as exc:
            print(exc)
    """)
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20)


def test_a_device_is_refused_without_reading_it():
    # before: the size check saw 0 bytes and read /dev/zero until memory ran out
    out = _load_in_child("/dev/zero")
    assert "not a regular file" in out.stdout


def test_a_fifo_without_a_writer_is_refused_instead_of_blocking(tmp_path):
    fifo = tmp_path / "map.json"
    os.mkfifo(fifo)
    out = _load_in_child(str(fifo))  # before: blocked forever in open()
    assert "not a regular file" in out.stdout


def test_a_file_longer_than_its_reported_size_is_cut_at_the_limit():
    # /proc files report size 0, as a file growing while it is read reports its old size
    with pytest.raises(MapFileError, match="too large"):
        read_bytes("/proc/self/smaps", limit=4096, kind="a survey")


def test_a_file_within_the_limit_is_read_whole(tmp_path):
    path = tmp_path / "a.bin"
    path.write_bytes(b"x" * 5000)
    assert read_bytes(path, limit=5000) == b"x" * 5000
    with pytest.raises(MapFileError, match="too large"):
        read_bytes(path, limit=4999)


@pytest.mark.parametrize("mode", [0o644, 0o664, 0o640])
def test_save_keeps_the_permission_bits(tmp_path, mode):
    path = tmp_path / "m.json"
    save_map(build(), path)
    os.chmod(path, mode)
    save_map(build(title="Changed"), path)
    assert stat.S_IMODE(os.stat(path).st_mode) == mode  # before: always 0600


def test_a_new_file_gets_the_umask_mode(tmp_path):
    old = os.umask(0o022)
    try:
        save_map(build(), tmp_path / "new.json")
    finally:
        os.umask(old)
    assert stat.S_IMODE(os.stat(tmp_path / "new.json").st_mode) == 0o644


def test_a_read_only_file_is_refused_and_unchanged(tmp_path):
    path = tmp_path / "m.json"
    save_map(build(), path)
    before = path.read_bytes()
    os.chmod(path, 0o444)
    with pytest.raises(FileAccessError, match="read-only"):
        save_map(build(title="Changed"), path)
    assert path.read_bytes() == before
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o444


def test_save_writes_through_a_symlink_to_its_target(tmp_path):
    real_dir = tmp_path / "real"
    real_dir.mkdir()
    target = real_dir / "m.json"
    save_map(build(), target)
    link = tmp_path / "link.json"
    link.symlink_to(target)
    save_map(build(title="Through the link"), link)
    assert link.is_symlink()
    assert load_map(target).title == "Through the link"
    backup = real_dir / "m.json.bak"
    assert backup.is_file() and not backup.is_symlink()
    assert load_map(backup).title == "Test journey"
    assert not (tmp_path / "link.json.bak").exists()
    assert sorted(p.name for p in real_dir.iterdir()) == ["m.json", "m.json.bak"]


def test_save_refuses_a_file_it_could_not_load_again(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    save_map(build(), path)
    before = path.read_bytes()
    monkeypatch.setattr(jio, "MAX_FILE_BYTES", 1000)
    with pytest.raises(FileAccessError, match="over the"):
        save_map(build(description="x" * 2000), path)
    assert path.read_bytes() == before


def test_a_250_byte_file_name_saves_twice_with_its_backup(tmp_path):
    name = "ن" * 120 + "ab.json"  # 240 + 7 = 247 bytes
    name = name[:-5] + "x" * (250 - len(name.encode())) + ".json"
    assert len(name.encode()) == 250
    path = tmp_path / name
    save_map(build(), path)
    save_map(build(title="Second"), path)  # before: the temp-file name exceeded 255 bytes
    assert load_map(path).title == "Second"
    names = [p.name for p in tmp_path.iterdir()]
    assert all(len(n.encode()) <= 255 for n in names)
    assert len(names) == 2, names  # the map and its backup, no temp or lock files left


def test_a_save_waits_for_another_writer_and_then_is_told(tmp_path, monkeypatch):
    path = tmp_path / "m.json"
    save_map(build(), path)
    before = path.read_bytes()
    monkeypatch.setattr(filelock, "LOCK_TIMEOUT", 0.3)
    holder = os.open(filelock.lock_path(path), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)  # as another process saving the same file
        with pytest.raises(FileAccessError, match="another journeymap"):
            save_map(build(title="Mine"), path)
        assert path.read_bytes() == before
    finally:
        os.close(holder)
    save_map(build(title="Mine"), path)
    assert load_map(path).title == "Mine"


def test_concurrent_saves_from_two_processes_both_complete(tmp_path):
    path = tmp_path / "m.json"
    save_map(build(), path)
    code = textwrap.dedent(f"""
        import sys
        from journeymap.model.io import load_map, save_map
        from journeymap.model.filelock import file_lock
        from journeymap.model.schema import updated
        for i in range(15):
            with file_lock({str(path)!r}):
                jmap = load_map({str(path)!r})
                save_map(updated(jmap, description=jmap.description + sys.argv[1]), {str(path)!r})
    """)
    procs = [subprocess.Popen([sys.executable, "-c", code, tag]) for tag in "ab"]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    text = load_map(path).description
    assert sorted(text) == sorted("a" * 15 + "b" * 15)  # no update lost


@pytest.mark.parametrize("where, value", [
    (("emotion_scale",), {"min": -2_000_000_000, "max": 2_000_000_000}),
    (("emotion_scale",), {"min": -2, "max": 2**40}),
    (("nodes", 0, "expected_emotion"), {"score": 2**40}),
    (("rules",), {"emotion_dip_steps": 10**12}),
    (("rules",), {"small_sample": 2**40}),
    (("kpis", 0, "scale_max"), 1e300),
    (("stages",), [{"id": f"s{i}", "name": "x"} for i in range(2001)]),
])
def test_numbers_that_drive_allocation_are_bounded(where, value):
    import json

    from journeymap.model.io import InvalidMapError, dumps_map, loads_map

    data = json.loads(dumps_map(build()))
    holder = data["map"]
    for key in where[:-1]:
        holder = holder[key]
    holder[where[-1]] = value
    with pytest.raises(InvalidMapError):  # before: 6 GB allocations, MemoryError, OverflowError in Qt
        loads_map(json.dumps(data).encode())
