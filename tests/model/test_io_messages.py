"""The exact one-line message a user reads when a map file cannot be loaded, read or saved."""
import json

import pytest

from journeymap.model import io as jio
from journeymap.model import migrations
from journeymap.model.io import (
    InvalidMapError,
    MapFileError,
    NewerVersionError,
    NotJsonError,
    WrongFormatError,
    format_location,
    loads_map,
)
from tests.model.factories import envelope, small_map

MB = 1024 * 1024


def refusal(data: bytes) -> tuple[type, str]:
    with pytest.raises(MapFileError) as info:
        loads_map(data)
    return type(info.value), str(info.value)


def file_of(data: dict) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


@pytest.mark.parametrize("data, error, message", [
    (b"", NotJsonError, "the file is empty"),
    (jio.UTF8_BOM + b" \n\t", NotJsonError, "the file is empty"),
    (b'{"a": "\xff"}', NotJsonError, "not UTF-8 text (byte 7): is it a binary or UTF-16 file?"),
    (jio.UTF8_BOM + b'{"ab": "\xff"}', NotJsonError, "not UTF-8 text (byte 8): is it a binary or UTF-16 file?"),
    (b'{"format": "journeymap",\n  x}', NotJsonError,
     "not valid JSON at line 2, column 3: Expecting property name enclosed in double quotes"),
    (b"[1, 2]", WrongFormatError, 'not a journeymap file (no "format": "journeymap" at the top)'),
    (b'{"format": "JourneyMap", "schema_version": 2}', WrongFormatError,
     'not a journeymap file (no "format": "journeymap" at the top)'),
    (b'{"format": "journeymap", "map": {}}', WrongFormatError, "the file has no valid schema_version"),
    (b'{"format": "journeymap", "schema_version": true}', WrongFormatError, "the file has no valid schema_version"),
    (b'{"format": "journeymap", "schema_version": "2"}', WrongFormatError, "the file has no valid schema_version"),
    (b'{"format": "journeymap", "schema_version": 3}', NewerVersionError,
     "made by a newer journeymap (schema_version 3; this version reads up to 2): update journeymap to open it"),
    (b'{"format": "journeymap", "schema_version": 0}', WrongFormatError, "schema_version 0 is not a journeymap version"),
    (b'{"format": "journeymap", "schema_version": -4}', WrongFormatError,
     "schema_version -4 is not a journeymap version"),
])
def test_a_file_that_is_not_a_readable_map_says_why(data, error, message):
    assert refusal(data) == (error, message)


def test_json_too_big_to_read_is_refused_with_the_start_of_the_reason():
    kind, message = refusal(b"1" * 5000)
    assert kind is NotJsonError
    assert message == ("not readable JSON: Exceeds the limit (4300 digits) for integer string conversion: value has "
                       "5000 digits; use sys.set_int_max_str_digits() t")


def test_an_old_version_no_step_can_upgrade_is_refused_by_the_migration(monkeypatch):
    monkeypatch.delitem(migrations.STEPS, 1)
    data = envelope(small_map())
    data["schema_version"] = 1
    assert refusal(file_of(data)) == (WrongFormatError, "no upgrade from schema_version 1 to 2")


def test_invalid_content_names_where_and_how_many_more_problems():
    data = small_map()
    data["nodes"][0]["x"] = "left"
    assert refusal(file_of(envelope(data)))[1] == \
        "map.nodes[0].x: Input should be a valid number, unable to parse string as a number"
    data["nodes"][1]["y"] = "top"
    assert refusal(file_of(envelope(data)))[1] == \
        "map.nodes[0].x: Input should be a valid number, unable to parse string as a number (and 1 more problems)"
    data["nodes"][2]["colour"] = "red"
    assert refusal(file_of(envelope(data))) == (InvalidMapError, ("map.nodes[0].x: Input should be a valid number, "
                                                                 "unable to parse string as a number (and 2 more problems)"))


def test_an_unknown_key_is_named_with_its_place():
    data = small_map()
    data["nodes"][2]["colour"] = "red"
    assert refusal(file_of(envelope(data))) == (InvalidMapError, "map.nodes[2].colour: unknown key 'colour'")
    top = envelope(small_map())
    top["extra"] = 1
    assert refusal(file_of(top)) == (InvalidMapError, "extra: unknown key 'extra'")


def test_a_broken_reference_is_reported_for_the_map_without_the_validators_name():
    data = small_map()
    data["nodes"].append(data["nodes"][0])
    assert refusal(file_of(envelope(data))) == (InvalidMapError, "map: duplicate node id 'a'")


def test_invalid_content_is_shown_on_one_line_with_controls_escaped():
    data = small_map()
    data["nodes"].append({**data["nodes"][0], "id": "x\ny", "stage_id": "s\x1b9"})
    assert refusal(file_of(envelope(data)))[1] == "map: node 'x\\ny' refers to unknown stage 's\\x1b9'"


@pytest.mark.parametrize("loc, text", [((), "file"), (("map", "nodes", 3, "title"), "map.nodes[3].title"),
                                       ((0, "x"), "[0].x"), (("map",), "map"), (("a", 1, 2), "a[1][2]")])
def test_a_location_reads_like_a_path_into_the_file(loc, text):
    assert format_location(loc) == text


def test_a_file_over_the_size_limit_is_refused_by_its_size_in_whole_megabytes(monkeypatch):
    monkeypatch.setattr(jio, "MAX_FILE_BYTES", 3 * MB)
    assert refusal(b" " * (3 * MB + 100)) == (MapFileError, "the file is too large (3 MB) for a journey map")
    valid = file_of(envelope(small_map()))
    monkeypatch.setattr(jio, "MAX_FILE_BYTES", len(valid))
    assert loads_map(valid).title == "Test journey"  # exactly at the limit: read


def test_a_map_with_a_byte_order_mark_loads_like_one_without():
    plain = file_of(envelope(small_map(title="نقشه")))
    assert loads_map(jio.UTF8_BOM + plain) == loads_map(plain)
    assert loads_map(plain).title == "نقشه"
