import json
import os

import pytest

from journeymap.model import io as jio
from journeymap.model.io import (InvalidMapError, MapFileError, NewerVersionError, NotJsonError,
                                 WrongFormatError, dumps_map, load_map, loads_map, save_map)
from tests.conftest import SAMPLES
from tests.model.factories import build, envelope, small_map


def as_bytes(data) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_samples_round_trip_byte_identical(path, tmp_path):
    original = path.read_bytes()
    jmap = load_map(path)
    assert dumps_map(jmap) == original
    out = tmp_path / "copy.json"
    save_map(jmap, out)
    assert out.read_bytes() == original
    assert dumps_map(load_map(out)) == original


def test_saved_file_is_plain_diffable_json():
    text = dumps_map(build(title="نقشه سفر مشتری")).decode("utf-8")
    assert "نقشه سفر مشتری" in text  # ensure_ascii=False
    assert text.startswith('{\n  "format": "journeymap",\n  "schema_version": 2,\n  "map": {\n    "id"')
    assert text.endswith("}\n")


def test_optional_fields_take_defaults():
    data = small_map()
    data["nodes"] = [{"id": "n", "title": "t", "stage_id": "s1", "lane_id": "l1"}]
    data["edges"] = []
    jmap = loads_map(as_bytes(envelope(data)))
    node = jmap.nodes[0]
    assert node.kind == "touchpoint" and node.expected_emotion is None and node.tags == []


def mutate(**changes):
    data = small_map()
    for key, value in changes.items():
        data[key] = value
    return as_bytes(envelope(data))


def node_with(**fields):
    base = {"id": "a", "title": "Ad", "stage_id": "s1", "lane_id": "l1"}
    base.update(fields)
    return [base]


BAD_FILES = {
    "empty": (b"", NotJsonError, "empty"),
    "whitespace": (b"  \n", NotJsonError, "empty"),
    "truncated": (as_bytes(envelope(small_map()))[:-40], NotJsonError, "line 1"),
    "binary": (bytes(range(256)) * 4, NotJsonError, "UTF-8"),
    "utf16": (json.dumps(envelope(small_map())).encode("utf-16"), NotJsonError, "UTF-16"),
    "not an object": (b"[1, 2, 3]", WrongFormatError, "not a journeymap file"),
    "foreign json": (b'{"type": "FeatureCollection"}', WrongFormatError, "not a journeymap file"),
    "missing version": (b'{"format": "journeymap", "map": {}}', WrongFormatError, "schema_version"),
    "newer version": (b'{"format": "journeymap", "schema_version": 9, "map": {"x": 1}}', NewerVersionError, "newer journeymap"),
    "dangling edge": (mutate(edges=[{"id": "e", "source": "a", "target": "zz"}]), InvalidMapError, "edge 'e' refers to unknown node 'zz'"),
    "duplicate id": (mutate(nodes=node_with() + node_with()), InvalidMapError, "duplicate node id 'a'"),
    "bad stage": (mutate(nodes=node_with(stage_id="nope"), edges=[]), InvalidMapError, "unknown stage 'nope'"),
    "bad lane": (mutate(nodes=node_with(lane_id="nope"), edges=[]), InvalidMapError, "unknown lane 'nope'"),
    "bad kpi": (mutate(measurements=[{"node_id": "a", "kpi_id": "nps", "period_id": "q1", "value": 3}]), InvalidMapError, "unknown KPI 'nps'"),
    "bad period": (mutate(measurements=[{"node_id": "a", "kpi_id": "csat", "period_id": "q9", "value": 3}]), InvalidMapError, "unknown period 'q9'"),
    "out of range emotion": (mutate(nodes=node_with(expected_emotion={"score": 5}), edges=[]), InvalidMapError, "outside the scale -2..2"),
    "wrong type": (mutate(nodes=node_with(x="left"), edges=[]), InvalidMapError, "map.nodes[0].x"),
    "unknown key": (mutate(colour="red"), InvalidMapError, "unknown key 'colour'"),
    "nan": (as_bytes(envelope(small_map())).replace(b'"title": "Ad"', b'"title": "Ad", "x": NaN'), InvalidMapError, "finite"),
    "value out of range": (mutate(measurements=[{"node_id": "a", "kpi_id": "csat", "period_id": "q1", "value": 140}]), InvalidMapError, "outside 0..100"),
    "deep nesting": (b"[" * 50_000 + b"]" * 50_000, NotJsonError, "JSON"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_bad_files_raise_typed_error_with_clear_message(name):
    data, error_type, fragment = BAD_FILES[name]
    with pytest.raises(error_type) as info:
        loads_map(data)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message and "Traceback" not in message


def test_utf8_bom_is_accepted():
    assert loads_map(jio.UTF8_BOM + as_bytes(envelope(small_map()))).title == "Test journey"


def test_too_large_file_is_refused(monkeypatch):
    monkeypatch.setattr(jio, "MAX_FILE_BYTES", 100)
    with pytest.raises(MapFileError, match="too large"):
        loads_map(as_bytes(envelope(small_map())))


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(jio.FileAccessError, match="does not exist"):
        load_map(tmp_path / "nope.json")
    with pytest.raises(jio.FileAccessError, match="folder"):
        load_map(tmp_path)


def test_save_keeps_backup_of_previous_version(tmp_path):
    path = tmp_path / "map.json"
    save_map(build(title="one"), path)
    save_map(build(title="two"), path)
    assert load_map(path).title == "two"
    assert load_map(tmp_path / "map.json.bak").title == "one"


def test_failed_save_keeps_old_file_and_leaves_no_temp(tmp_path, monkeypatch):
    path = tmp_path / "map.json"
    save_map(build(title="old"), path)
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(jio.FileAccessError, match="No space left"):
        save_map(build(title="new"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json"]


def test_save_into_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(jio.FileAccessError, match="cannot save"):
        save_map(build(), tmp_path / "gone" / "map.json")


def test_persian_file_name_with_spaces(tmp_path):
    path = tmp_path / "نقشه سفر ۱۴۰۵.json"
    save_map(build(title="سفر"), path)
    assert load_map(path).title == "سفر"
    assert [p.name for p in tmp_path.iterdir()] == ["نقشه سفر ۱۴۰۵.json"]
