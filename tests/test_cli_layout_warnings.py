"""`journeymap check` reports cards outside their cell as warnings (exit 0) and never modifies the file."""
import json
import subprocess
import sys

from tests.conftest import SAMPLES


def run(*args):
    return subprocess.run([sys.executable, "-m", "journeymap", *args], capture_output=True, text=True)


def test_check_warns_about_a_card_outside_its_cell(tmp_path):
    data = json.loads(next(p for p in SAMPLES if "hotel" in p.name).read_text(encoding="utf-8"))
    data["map"]["nodes"][0]["x"] = 4000.0
    path = tmp_path / "stray.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    before = path.read_bytes()
    result = run("check", str(path), "--json")
    assert result.returncode == 0, result.stderr
    warnings = json.loads(result.stdout)["warnings"]
    assert [(w["kind"], w["node_id"]) for w in warnings] == [("card_outside", data["map"]["nodes"][0]["id"])]
    text = run("check", str(path))
    assert text.returncode == 0 and "warning:" in text.stdout and "outside its cell" in text.stdout
    assert path.read_bytes() == before


def test_samples_have_no_layout_warnings():
    for path in SAMPLES:
        result = run("check", str(path), "--json")
        assert result.returncode == 0 and json.loads(result.stdout)["warnings"] == [], path
