"""What version a map file says it was saved with, and the message when no upgrade exists."""
import pytest

from journeymap.model import migrations


def test_missing_step_names_both_versions():
    with pytest.raises(migrations.MigrationError) as caught:
        migrations.migrate({}, 2, to_version=3)
    assert str(caught.value) == "no upgrade from schema_version 2 to 3"


def test_version_is_read_from_the_head_even_when_the_rest_is_cut_off():
    truncated = b'{"format": "journeymap", "schema_version": 3, "map": {"title": "half'
    assert migrations.stored_version(truncated) == 3
    assert migrations.stored_version(b'\xef\xbb\xbf' + truncated) == 3


def test_head_is_looked_for_in_the_first_200_bytes_only():
    def head_ending_at(length):
        prefix = b'{"format": "journeymap", "schema_version": 4'
        return prefix + b" " * (length - len(prefix) - 1) + b', "map": {'  # not valid JSON afterwards

    assert migrations.stored_version(head_ending_at(200)) == 4  # the comma is the 200th byte
    assert migrations.stored_version(head_ending_at(201)) is None


@pytest.mark.parametrize("value", ['"2"', "true", "2.0", "null", "[2]"])
def test_version_that_is_not_a_whole_number_is_unknown(value):
    data = b'{"map": {}, "schema_version": ' + value.encode() + b', "format": "journeymap"}'
    assert migrations.stored_version(data) is None


def test_unparseable_file_has_no_version():
    assert migrations.stored_version(b'{"map": ') is None
    assert migrations.stored_version(b"[1, 2]") is None
    assert migrations.stored_version(b"\xff\xfe") is None
