"""A file is judged by its envelope the same way whichever load path reads it."""
import json

import pytest

from journeymap.model.io import MapFileError, WrongFormatError, loads_map
from tests.model.factories import envelope, small_map


def with_version(version: str, **changes) -> bytes:
    text = json.dumps(envelope(small_map(**changes)))
    return text.replace('"schema_version": 2', f'"schema_version": {version}', 1).encode()


@pytest.mark.parametrize("version", ["2.0", "1.0", '"2"', "true", "2.5"])
def test_a_schema_version_that_is_not_a_whole_number_is_refused_whatever_the_content(version):
    # before: "2.0" loaded when the rest of the file was valid (the one-pass path accepted it) and was
    # refused as "no valid schema_version" when anything else in the file was wrong
    for data in (with_version(version), with_version(version, direction="sideways")):
        with pytest.raises(WrongFormatError) as info:
            loads_map(data)
        assert str(info.value) == "the file has no valid schema_version"


def test_a_whole_number_version_loads_and_an_invalid_map_names_its_own_problem():
    assert loads_map(with_version("2")).title == "Test journey"
    with pytest.raises(MapFileError) as info:
        loads_map(with_version("2", direction="sideways"))
    assert str(info.value) == "map.direction: Input should be 'ltr' or 'rtl'"
