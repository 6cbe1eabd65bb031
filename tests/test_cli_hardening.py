"""Hostile or accidental input: every command ends in one line and exit 2, never hangs, never
overwrites an input, and never lets map or CSV text act on the terminal."""
import json
import os
import signal
import subprocess
import sys
import time
import xml.dom.minidom

import pytest

from journeymap.cli import main
from journeymap.model import survey
from journeymap.model.io import dumps_map, load_map
from tests.model.factories import build, small_map

RUN = [sys.executable, "-m", "journeymap"]


def run(*args, timeout=120, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*RUN, *map(str, args)], capture_output=True, text=True, timeout=timeout, **kw)


def write_map(path, **overrides):
    path.write_bytes(dumps_map(build(**overrides)))
    return path


def one_error_line(out: subprocess.CompletedProcess) -> str:
    assert out.returncode == 2, (out.returncode, out.stderr[-2000:])
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("journeymap: error:"), out.stderr
    return lines[0]


# -- 2. bounded reads ---------------------------------------------------------------------------

def test_check_refuses_a_device_at_once():
    start = time.monotonic()
    line = one_error_line(run("check", "/dev/zero", timeout=20))  # before: 30 s and 10.9 GB
    assert "not a regular file" in line and time.monotonic() - start < 15


def test_check_refuses_a_fifo_without_a_writer(tmp_path):
    fifo = tmp_path / "m.json"
    os.mkfifo(fifo)
    assert "not a regular file" in one_error_line(run("check", fifo, timeout=20))  # before: blocked forever


def test_import_survey_refuses_a_csv_over_the_limit(tmp_path, monkeypatch, capsys):
    path = write_map(tmp_path / "m.json")
    csv = tmp_path / "a.csv"
    csv.write_text("node,kpi,period,score\n" + "b,csat,q1,5\n" * 200, encoding="utf-8")
    monkeypatch.setattr(survey, "MAX_CSV_BYTES", 1000)
    before = path.read_bytes()
    assert main(["import-survey", str(path), str(csv)]) == 2
    assert "too large" in capsys.readouterr().err
    assert path.read_bytes() == before


def test_many_bad_csv_rows_print_twenty_then_a_count(tmp_path):
    path = write_map(tmp_path / "m.json")
    csv = tmp_path / "a.csv"
    csv.write_text("node,kpi,period,score\n" + "zz,csat,q1,5\n" * 5000, encoding="utf-8")
    line = one_error_line(run("import-survey", path, csv))  # before: one line per bad row
    assert "5000 bad rows" in line and "(and 4980 more)" in line
    assert line.count("unknown node") == 20


def test_a_huge_emotion_scale_is_refused_in_one_line(tmp_path):
    path = tmp_path / "m.json"
    data = json.loads(dumps_map(build()))
    data["map"]["emotion_scale"] = {"min": -2_000_000_000, "max": 2_000_000_000, "labels": {}}
    path.write_text(json.dumps(data), encoding="utf-8")
    assert "emotion_scale.min" in one_error_line(run("check", path))
    assert "emotion_scale.min" in one_error_line(run("export", path, "-o", tmp_path / "x.png"))
    assert not (tmp_path / "x.png").exists()


# -- 5. matplotlib math text; 11. no stray warnings ----------------------------------------------

def test_report_with_dollar_titles_and_a_vertical_tab_is_clean(tmp_path):
    nodes = small_map()["nodes"]
    nodes[0]["title"], nodes[1]["title"] = "Save $$ with the annual plan", "Pay $10 or $20 fee\v"
    path = write_map(tmp_path / "m.json", nodes=nodes)
    out = run("report", path, "-o", tmp_path / "r.pdf")
    assert out.returncode == 0, out.stderr[-3000:]  # before: exit 1, matplotlib ParseException
    assert out.stderr == ""  # before: "Glyph 11 missing from font(s)" and similar chatter


def test_the_emotion_curve_shows_dollars_literally_in_well_formed_svg():
    from journeymap.charts.curves import emotion_curve_svg

    nodes = small_map()["nodes"]
    nodes[0]["title"], nodes[1]["title"] = "Save $$ with the plan", "Pay $10 or $20 fee\v"
    svg = emotion_curve_svg(build(nodes=nodes))
    xml.dom.minidom.parseString(svg)  # before: a \v made the curve page silently blank
    assert b"Pay $10 or" in svg and b"$20 fee" in svg and b"Save $$ with" in svg  # tick labels wrap


# -- 6. inputs never overwritten ----------------------------------------------------------------

def test_outputs_that_are_inputs_are_refused(tmp_path):
    path = write_map(tmp_path / "m.json")
    old = write_map(tmp_path / "old.pdf")  # a map that happens to have the report's suffix
    csv = tmp_path / "a.json"
    csv.write_text("node,kpi,period,score\nb,csat,q1,5\n", encoding="utf-8")
    link = tmp_path / "link.svg"
    link.symlink_to(path)
    saved = {p: p.read_bytes() for p in (path, old, csv)}
    for args in (["report", path, "-o", old, "--compare", old],
                 ["import-survey", path, csv, "-o", csv],
                 ["export", link, "-o", link],
                 ["export", path, "-o", tmp_path / "." / "m.json"]):
        line = one_error_line(run(*args))
        assert "is one of the inputs" in line or "must end in" in line, line
    assert {p: p.read_bytes() for p in saved} == saved
    assert "is one of the inputs" in one_error_line(run("report", old, "-o", old))


def test_an_output_suffix_must_match_the_format(tmp_path):
    path = write_map(tmp_path / "m.json")
    assert "must end in .pdf" in one_error_line(run("report", path, "-o", tmp_path / "r.png"))
    assert "must end in .json" in one_error_line(run("import-survey", path, tmp_path / "a.csv",
                                                     "-o", tmp_path / "out.csv"))
    assert not (tmp_path / "r.png").exists() and not (tmp_path / "out.csv").exists()


# -- 9. control characters ------------------------------------------------------------------------

HOSTILE = "\x1b]0;pwned\x07\x1b[2J\u202eevil"


def test_check_escapes_terminal_controls_and_bidi_overrides(tmp_path, capsys):
    path = write_map(tmp_path / "m.json", title=HOSTILE)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out and "\u202e" not in out
    assert "\\x1b]0;pwned\\x07\\x1b[2J\\u202eevil" in out
    assert main(["check", str(path), "--json"]) == 0
    text = capsys.readouterr().out
    assert "\x1b" not in text and "\u202e" not in text
    assert json.loads(text)["summary"]["title"] == HOSTILE  # the JSON still says exactly the title


def test_a_newline_in_a_title_cannot_forge_diff_lines(tmp_path, capsys):
    old = write_map(tmp_path / "old.json")
    nodes = small_map()["nodes"]
    nodes[0]["title"] = "Ad\n+ node forged: fake"
    new = write_map(tmp_path / "new.json", nodes=nodes)
    assert main(["diff", str(old), str(new)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert not any(line.startswith("+ node forged") for line in lines)
    assert any("Ad\\n+ node forged: fake" in line for line in lines)


def test_a_newline_in_an_id_keeps_the_error_on_one_line(tmp_path):
    data = json.loads(dumps_map(build()))
    data["map"]["edges"][0]["target"] = "ghost\nline two\x1b[2J"
    path = tmp_path / "m.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    line = one_error_line(run("check", path))  # before: three lines and a raw escape sequence
    assert "\x1b" not in line and "ghost\\nline two\\x1b[2J" in line


def test_svg_export_with_a_vertical_tab_is_well_formed_xml(tmp_path):
    nodes = small_map()["nodes"]
    nodes[0]["title"] = "Pasted\vfrom Excel\x0c"
    path = write_map(tmp_path / "m.json", nodes=nodes, title="Title\v", description="d\x01")
    out = run("export", path, "-o", tmp_path / "m.svg")
    assert out.returncode == 0, out.stderr
    xml.dom.minidom.parse(str(tmp_path / "m.svg"))  # before: ExpatError, not well-formed


# -- 10. long file names; killed exports --------------------------------------------------------------

def test_250_byte_file_names_export_and_report(tmp_path):
    stem = "ن" * 120
    path = write_map(tmp_path / (stem + "x" * (250 - 240 - 5) + ".json"))
    assert len(path.name.encode()) == 250
    for suffix in (".svg", ".png", ".pdf"):
        out_path = tmp_path / (stem + "y" * (250 - 240 - 4) + suffix)
        assert len(out_path.name.encode()) == 250
        args = ["report" if suffix == ".pdf" else "export", path, "-o", out_path]
        out = run(*args)
        assert out.returncode == 0, out.stderr  # before: OSError traceback (temp name > 255 bytes)
        assert out_path.stat().st_size > 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_terminated_export_leaves_no_temp_file(tmp_path):
    from benchmarks.synthetic import synthetic_map

    path = tmp_path / "big.json"
    path.write_bytes(dumps_map(synthetic_map(3000)))
    proc = subprocess.Popen([*RUN, "export", str(path), "-o", str(tmp_path / "big.svg")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]:
        assert proc.poll() is None and time.monotonic() < deadline, "the export never started writing"
        time.sleep(0.02)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.json"]  # before: .big.tmp-PID.svg stayed


# -- 11. smaller ----------------------------------------------------------------------------------------

def test_check_json_into_a_closed_pipe_is_quiet(tmp_path):
    from benchmarks.synthetic import synthetic_map

    path = tmp_path / "big.json"
    path.write_bytes(dumps_map(synthetic_map(400)))
    proc = subprocess.Popen([*RUN, "check", str(path), "--json"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.read(10)
    proc.stdout.close()  # as `| head -c 10` does
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


def test_two_imports_into_one_map_at_once_both_land(tmp_path):
    path = write_map(tmp_path / "m.json")
    for trial in range(3):
        csvs = []
        for node in ("a", "b", "c"):
            csv = tmp_path / f"{node}{trial}.csv"
            csv.write_text(f"node,kpi,period,score\n{node},csat,q{1 + trial % 2},5\n", encoding="utf-8")
            csvs.append(csv)
        procs = [subprocess.Popen([*RUN, "import-survey", str(path), str(c)], stderr=subprocess.PIPE) for c in csvs]
        assert [p.wait(timeout=120) for p in procs] == [0, 0, 0]
        keys = {(m.node_id, m.period_id) for m in load_map(path).measurements}
        assert {(n, f"q{1 + trial % 2}") for n in "abc"} <= keys, keys  # before: lost imports
