import json
from pathlib import Path

import pytest

from journeymap.model import migrations
from journeymap.model.io import WrongFormatError, dumps_map, load_map, loads_map, save_map
from journeymap.model.schema import SCHEMA_VERSION
from tests.model.factories import envelope, small_map

V1_FILE = Path(__file__).parent / "fixtures" / "hotel_stay_v1.json"  # saved by journeymap 1 (schema_version 1)


def test_current_version_needs_no_step():
    data = envelope(small_map())
    data["schema_version"] = SCHEMA_VERSION
    assert migrations.migrate(json.loads(json.dumps(data)), SCHEMA_VERSION) == data


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
        migrations.migrate({}, 2, to_version=3)


def test_old_version_without_upgrade_is_refused():
    raw = envelope(small_map())
    raw["schema_version"] = 0
    with pytest.raises(WrongFormatError, match="not a journeymap version"):
        loads_map(json.dumps(raw).encode())


def test_version_1_file_loads_unchanged_without_counts():
    raw = json.loads(V1_FILE.read_bytes())
    assert raw["schema_version"] == 1
    jmap = load_map(V1_FILE)
    assert [m.value for m in jmap.measurements] == [m["value"] for m in raw["map"]["measurements"]]
    assert [m.sample_size for m in jmap.measurements] == [m["sample_size"] for m in raw["map"]["measurements"]]
    assert all(m.counts is None for m in jmap.measurements)
    emotions = [n.expected_emotion for n in jmap.nodes if n.expected_emotion]
    assert emotions and all(e.emotion_source == "assumed" for e in emotions)
    assert [n.title for n in jmap.nodes] == [n["title"] for n in raw["map"]["nodes"]]
    assert jmap.rules.disabled == [] and jmap.rules.channel_switches == 3


def test_version_1_file_is_saved_as_version_2_and_round_trips(tmp_path):
    original = V1_FILE.read_bytes()
    out = tmp_path / "hotel.json"
    save_map(load_map(V1_FILE), out)
    assert V1_FILE.read_bytes() == original  # the input is never modified
    saved = json.loads(out.read_bytes())
    assert saved["schema_version"] == 2 == SCHEMA_VERSION
    assert '"emotion_source": "assumed"' in out.read_text("utf-8")
    old = json.loads(original)["map"]
    for node in old["nodes"]:  # the only content change: the emotions' source is said out loud
        if node["expected_emotion"]:
            node["expected_emotion"]["emotion_source"] = "assumed"
    for measurement in old["measurements"]:
        measurement["counts"] = None
    old["rules"].update({"ending_trend_steps": 3, "channel_switches": 3, "omnichannel_gap_emotion": 2,
                         "assumed_emotion_periods": 2, "disabled": []})
    assert saved["map"] == old
    again = dumps_map(load_map(out))
    assert again == out.read_bytes()  # version 2 is stable: load -> save is byte-identical


def test_migration_step_tolerates_odd_shapes():
    data = {"schema_version": 1, "map": {"nodes": [None, {"expected_emotion": None}, {"expected_emotion": {"score": 1}}]}}
    out = migrations.migrate(data, 1)
    assert out["map"]["nodes"][2]["expected_emotion"] == {"score": 1, "emotion_source": "assumed"}
    assert migrations.migrate({"schema_version": 1, "map": []}, 1)["schema_version"] == 2


def test_stored_version_is_what_the_file_says():
    assert migrations.stored_version(V1_FILE.read_bytes()) == 1
    assert migrations.stored_version(dumps_map(load_map(V1_FILE))) == 2
    spaced = b'{"map": {"title": "\\"schema_version\\": 7"}, "schema_version": 1, "format": "journeymap"}'
    assert migrations.stored_version(spaced) == 1
