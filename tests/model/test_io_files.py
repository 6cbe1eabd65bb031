"""Reading and saving files: the exact message for each refusal, temp and backup file names, never a
half-written file or a leftover temp file."""
import os
import re
import threading

import pytest

from journeymap.model import io as jio
from journeymap.model.io import (
    InvalidMapError,
    MapFileError,
    dumps_map,
    hidden_sibling,
    load_map,
    read_bytes,
    save_map,
    write_atomic,
)
from tests.model.factories import build

MB = 1024 * 1024


def message(call, *args, **kwargs) -> str:
    with pytest.raises(MapFileError) as info:
        call(*args, **kwargs)
    return str(info.value)


def test_reading_a_folder_a_device_or_a_missing_file_says_so(tmp_path):
    assert message(read_bytes, tmp_path) == f"{tmp_path} is a folder, not a journey map file"
    assert message(read_bytes, "/dev/null", kind="a survey") == \
        "/dev/null is not a regular file (a device, pipe or socket), not a survey file"
    assert message(read_bytes, tmp_path / "gone.json") == f"{tmp_path / 'gone.json'} does not exist"
    long_name = tmp_path / ("a" * 300)
    assert message(read_bytes, long_name) == f"cannot read {long_name}: File name too long"


def test_a_file_that_fails_while_being_read_gives_the_systems_reason():
    assert message(read_bytes, "/proc/self/mem") == "cannot read /proc/self/mem: Input/output error"


def test_a_fifo_without_a_writer_is_refused_at_once(tmp_path):
    fifo = tmp_path / "map.json"
    os.mkfifo(fifo)
    result = []
    reader = threading.Thread(target=lambda: result.append(message(read_bytes, fifo)), daemon=True)
    reader.start()
    reader.join(timeout=5)
    blocked = reader.is_alive()
    if blocked:  # waiting in open() for a writer: let it go before failing
        os.close(os.open(fifo, os.O_WRONLY))
        reader.join()
    assert not blocked
    assert result == [f"{fifo} is not a regular file (a device, pipe or socket), not a journey map file"]


def test_a_file_of_several_chunks_is_read_whole_and_one_over_the_limit_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    data = bytes(range(256)) * (6 * 1024 + 7)  # 1.5 MB and a bit: two reads
    path.write_bytes(data)
    assert read_bytes(path, limit=len(data)) == data
    limit = 3 * MB + 100  # 3.0001 MB: "over 3 MB"
    path.write_bytes(b"x" * (limit + 1))
    assert message(read_bytes, path, limit=limit, kind="a survey") == \
        "the file is too large (over 3 MB) for a survey file"


def test_saving_data_over_the_limit_names_both_sizes_and_writes_nothing(tmp_path):
    path = tmp_path / "m.json"
    assert message(write_atomic, path, b"x" * (3 * MB + 100), limit=2 * MB + 100) == \
        "cannot save m.json: 3 MB is over the 2 MB a journey map may have (it could not be opened again)"
    assert list(tmp_path.iterdir()) == []
    write_atomic(path, b"x" * 10, limit=10)  # exactly at the limit: saved
    assert path.read_bytes() == b"x" * 10


def test_write_atomic_keeps_the_previous_version_unless_told_not_to(tmp_path):
    path = tmp_path / "notes.txt"
    write_atomic(path, b"one")
    write_atomic(path, b"two")
    assert path.read_bytes() == b"two" and (tmp_path / "notes.txt.bak").read_bytes() == b"one"
    save_map(build(title="A"), tmp_path / "m.json", keep_backup=False)
    save_map(build(title="B"), tmp_path / "m.json", keep_backup=False)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "notes.txt", "notes.txt.bak"]


def test_the_temp_file_is_hidden_next_to_the_map_and_removed_when_the_write_fails(tmp_path, monkeypatch):
    name = "m" * 250  # a 250-byte name: the temp name is shortened to 255 bytes exactly
    seen = []

    def full_disk(fd):
        seen.append(([p.name for p in tmp_path.iterdir()], set(jio.PENDING_TEMP_FILES)))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    for target in ("m.json", name):
        assert message(write_atomic, tmp_path / target, b"data") == f"cannot save {target}: No space left on device"
    (short, short_pending), (long, long_pending) = seen
    assert len(short) == 1 and re.fullmatch(r"\.m\.json\.[a-z0-9_]{8}\.tmp", short[0])
    assert short_pending == {str(tmp_path / short[0])}
    assert long_pending == {str(tmp_path / long[0])}
    assert len(long) == 1 and len(long[0].encode()) == 255 and long[0].startswith("." + "m" * 241 + ".")
    assert list(tmp_path.iterdir()) == [] and jio.PENDING_TEMP_FILES == set()


def test_a_terminated_process_removes_the_temp_file_of_a_write_in_progress(tmp_path, monkeypatch):
    def terminated(fd):
        jio.remove_pending_temp_files()  # what the SIGTERM handler does
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", terminated)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(tmp_path / "m.json", b"data")
    assert list(tmp_path.iterdir()) == []


def test_saving_into_a_missing_folder_names_the_folder(tmp_path):
    assert message(write_atomic, tmp_path / "gone" / "m.json", b"x") == \
        f"cannot save in {tmp_path / 'gone'}: No such file or directory"
    assert message(save_map, build(), tmp_path / "gone" / "m.json") == "cannot save m.json: No such file or directory"


def test_saving_over_something_that_is_not_a_file_is_refused(tmp_path):
    (tmp_path / "folder.json").mkdir()
    assert message(write_atomic, tmp_path / "folder.json", b"x") == "cannot save folder.json: it is not a regular file"
    (tmp_path / "plain").write_bytes(b"x")
    assert message(write_atomic, tmp_path / "plain" / "m.json", b"x") == "cannot save m.json: Not a directory"


def test_a_file_marked_read_only_for_everyone_is_refused_even_if_executable(tmp_path):
    path = tmp_path / "m.json"
    path.write_bytes(b"old")
    os.chmod(path, 0o445)
    assert message(write_atomic, path, b"new") == \
        "m.json is read-only: nothing was saved; save it under another name or make it writable first"
    assert path.read_bytes() == b"old"


def test_a_backup_of_a_long_name_is_shortened_to_fit_and_a_stale_temp_backup_is_removed(tmp_path):
    name = "b" * 250 + ".json"  # 255 bytes
    path = tmp_path / name
    path.write_bytes(b"one")
    stale = tmp_path / ("." + "b" * 246 + ".bak.tmp")  # left by a killed save
    stale.write_bytes(b"stale")
    write_atomic(path, b"two")
    backup = "b" * 250 + "." + ".bak"  # the name cut to 251 bytes
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, backup])
    assert (tmp_path / backup).read_bytes() == b"one"
    write_atomic(tmp_path / "m.json", b"1")
    (tmp_path / ".m.json.bak.tmp").write_bytes(b"stale")
    old_inode = (tmp_path / "m.json").stat().st_ino
    write_atomic(tmp_path / "m.json", b"2")
    assert not (tmp_path / ".m.json.bak.tmp").exists() and (tmp_path / "m.json.bak").read_bytes() == b"1"
    assert (tmp_path / "m.json.bak").stat().st_ino == old_inode  # the old file itself, hard-linked, not a copy


def test_without_hard_links_the_backup_is_a_copy(tmp_path, monkeypatch):
    def no_links(source, target):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    write_atomic(tmp_path / "m.json", b"one")
    write_atomic(tmp_path / "m.json", b"two")
    assert (tmp_path / "m.json.bak").read_bytes() == b"one"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.json.bak"]


def test_when_the_backup_cannot_replace_its_place_nothing_is_saved_and_nothing_left(tmp_path):
    path = tmp_path / "m.json"
    path.write_bytes(b"old")
    (tmp_path / "m.json.bak").mkdir()
    (tmp_path / "m.json.bak" / "keep").write_bytes(b"")
    assert message(write_atomic, path, b"new") == "cannot save m.json: Is a directory"
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "m.json.bak"]


def test_a_hidden_sibling_name_fits_in_255_bytes():
    assert hidden_sibling(jio.Path("/x/m.json"), ".lock") == jio.Path("/x/.m.json.lock")
    long = hidden_sibling(jio.Path("/x") / ("c" * 300), ".lock")
    assert long == jio.Path("/x") / ("." + "c" * 249 + ".lock") and len(long.name) == 255


def test_an_invalid_map_is_never_saved_and_the_reason_is_given(tmp_path, monkeypatch):
    jmap = build()
    broken = jmap.model_copy(update={"nodes": [*jmap.nodes, jmap.nodes[0].model_copy(update={"id": "x",
                                                                                            "stage_id": "s9"})]})
    expected = "not saved, the map is invalid: map: node 'x' refers to unknown stage 's9'"
    assert message(save_map, broken, tmp_path / "m.json") == expected
    monkeypatch.setattr(jio, "MAX_FILE_BYTES", len(dumps_map(broken)))  # exactly at the limit: still checked
    with pytest.raises(InvalidMapError):
        save_map(broken, tmp_path / "m.json")
    assert list(tmp_path.iterdir()) == []
    save_map(jmap, tmp_path / "ok.json")
    assert load_map(tmp_path / "ok.json") == jmap
