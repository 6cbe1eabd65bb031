import json
import subprocess
import sys

import pytest

from journeymap.cli import main
from tests.conftest import SAMPLES


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_check_accepts_every_sample(path, capsys):
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "valid journeymap" in out and "nodes" in out


def test_check_json_lists_summary_and_weak_points(capsys):
    path = next(p for p in SAMPLES if "store_fa" in p.name)
    assert main(["check", str(path), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["valid"] is True
    assert report["summary"]["nodes"] == 12 and report["summary"]["language"] == "fa"
    assert {"rule", "node_id", "severity", "message", "evidence"} <= set(report["weak_points"][0])


@pytest.mark.parametrize("content", [b"", b"{nope", b'{"format": "other"}',
                                     b'{"format": "journeymap", "schema_version": 7, "map": {}}'])
def test_check_refuses_bad_file_with_one_line_and_exit_2(tmp_path, content):
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    out = subprocess.run([sys.executable, "-m", "journeymap", "check", str(path)],
                         capture_output=True, text=True)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("journeymap: error:") and str(path) in lines[0]
    assert "Traceback" not in out.stderr
    assert path.read_bytes() == content


def test_check_unknown_period_is_a_clear_error(capsys):
    assert main(["check", str(SAMPLES[0]), "--period", "1999-Q9"]) == 2
    assert "unknown period '1999-Q9'" in capsys.readouterr().err


def test_check_missing_file(capsys, tmp_path):
    assert main(["check", str(tmp_path / "missing.json")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_import_survey_cli_all_or_nothing(tmp_path, capsys):
    path = next(p for p in SAMPLES if "store_fa" in p.name)
    work = tmp_path / "map.json"
    work.write_bytes(path.read_bytes())
    good = tmp_path / "good.csv"
    good.write_text("node,kpi,score\nتحویل مرسوله,NPS,10\nتحویل مرسوله,NPS,9\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("node,kpi,score\nتحویل مرسوله,NPS,10\nنامعلوم,NPS,4\n", encoding="utf-8")
    before = work.read_bytes()
    assert main(["import-survey", str(work), str(bad), "--period", "تابستان ۱۴۰۵"]) == 2
    assert "line 3: unknown node 'نامعلوم'" in capsys.readouterr().err
    assert work.read_bytes() == before
    out = tmp_path / "out.json"
    assert main(["import-survey", str(work), str(good), "--period", "تابستان ۱۴۰۵", "-o", str(out)]) == 0
    from journeymap.model.io import load_map

    m = next(m for m in load_map(out).measurements if m.key == ("n-delivery", "k-nps", "q-1405-2"))
    assert m.value == 100 and m.sample_size == 2


def test_diff_cli_json_names_node_ids(tmp_path, capsys):
    path = next(p for p in SAMPLES if "hotel" in p.name)
    new = tmp_path / "new.json"
    new.write_text(path.read_text(encoding="utf-8").replace('"title": "Breakfast"', '"title": "Breakfast buffet"'),
                   encoding="utf-8")
    assert main(["diff", str(path), str(new), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["nodes"]["changed"][0]["id"] == "h-breakfast"
    assert main(["diff", str(path), str(new)]) == 0
    assert "Breakfast buffet" in capsys.readouterr().out


@pytest.mark.parametrize("args", [["check"], ["export", "x.json"], ["export", "x.json", "-o", "y.pptx", "--slide", "5:4"],
                                  ["--lang", "xx"], ["check", "x.json", "--bogus"]])
def test_usage_mistakes_are_one_line_and_exit_2(args):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "journeymap", *args], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "error:" in result.stderr and "--help" in result.stderr
