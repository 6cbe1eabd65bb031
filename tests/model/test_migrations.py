import json

import pytest

from journeymap.model import migrations
from journeymap.model.io import WrongFormatError, loads_map
from tests.model.factories import envelope, small_map


def test_current_version_needs_no_step():
    data = envelope(small_map())
    assert migrations.migrate(dict(data), 1) == data


def test_steps_chain_in_order(monkeypatch):
    calls = []

    def step(n):
        def run(data):
            calls.append(n)
            data.setdefault("trail", []).append(n)
            return data
        return run

    monkeypatch.setattr(migrations, "STEPS", {1: step(1), 2: step(2)})
    out = migrations.migrate({"schema_version": 1}, 1, to_version=3)
    assert calls == [1, 2] and out["schema_version"] == 3 and out["trail"] == [1, 2]


def test_missing_step_is_an_error():
    with pytest.raises(migrations.MigrationError):
        migrations.migrate({}, 1, to_version=2)


def test_old_version_without_upgrade_is_refused():
    raw = envelope(small_map())
    raw["schema_version"] = 0
    with pytest.raises(WrongFormatError, match="not a journeymap version"):
        loads_map(json.dumps(raw).encode())
