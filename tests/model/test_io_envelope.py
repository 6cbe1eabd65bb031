"""The fast load path makes the same envelope checks as the careful one."""
import json
import subprocess
import sys

import pytest

from journeymap.model.io import WrongFormatError, dumps_map, loads_map
from tests.model.factories import build


def _without(key: str) -> bytes:
    data = json.loads(dumps_map(build()))
    del data[key]
    return json.dumps(data).encode()


@pytest.mark.parametrize("key", ["schema_version", "format"])
def test_a_file_without_its_envelope_field_is_refused(key):
    with pytest.raises(WrongFormatError):
        loads_map(_without(key))


def test_check_says_so_in_one_line_and_exits_2(tmp_path):
    path = tmp_path / "m.json"
    path.write_bytes(_without("schema_version"))
    result = subprocess.run([sys.executable, "-m", "journeymap", "check", str(path)], capture_output=True, text=True)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1 and "schema_version" in result.stderr
    assert path.read_bytes() == _without("schema_version")
