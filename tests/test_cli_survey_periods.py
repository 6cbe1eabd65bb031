"""import-survey --new-period / --period: answers land in the quarter the user named, errors are one line."""
import datetime as dt
import subprocess
import sys

import pytest

from journeymap.cli import main
from journeymap.model.io import load_map
from tests.conftest import SAMPLES

AUTUMN = "پاییز ۱۴۰۵"


@pytest.fixture
def work(tmp_path):
    path = next(p for p in SAMPLES if "store_fa" in p.name)
    target = tmp_path / "map.json"
    target.write_bytes(path.read_bytes())
    csv = tmp_path / "autumn.csv"
    csv.write_text("node,kpi,score\nتحویل مرسوله,NPS,10\nتحویل مرسوله,NPS,9\n", encoding="utf-8")
    return target, csv


def test_new_period_is_created_with_jalali_dates_and_receives_the_answers(work, capsys):
    path, csv = work
    assert main(["import-survey", str(path), str(csv), "--new-period", AUTUMN,
                 "--start", "۱۴۰۵/۰۷/۰۱", "--end", "1405/09/30"]) == 0
    jmap = load_map(path)
    period = jmap.periods[-1]
    assert (period.label, period.start, period.end) == (AUTUMN, dt.date(2026, 9, 23), dt.date(2026, 12, 21))
    values = [m for m in jmap.measurements if m.period_id == period.id]
    assert [(m.node_id, m.value, m.sample_size) for m in values] == [("n-delivery", 100, 2)]
    summer = [m for m in jmap.measurements if m.period_id == "q-1405-2" and m.node_id == "n-delivery"
              and m.kpi_id == "k-nps"]
    assert all(m.value != 100 for m in summer)  # summer untouched


def test_new_period_that_exists_is_refused_and_the_file_is_unchanged(work, capsys):
    path, csv = work
    before = path.read_bytes()
    assert main(["import-survey", str(path), str(csv), "--new-period", "تابستان ۱۴۰۵"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "already exists" in err[0] and "--period" in err[0]
    assert path.read_bytes() == before


def test_period_by_id_or_label(work, capsys):
    path, csv = work
    assert main(["import-survey", str(path), str(csv), "--period", "q-1405-1"]) == 0
    assert any(m.period_id == "q-1405-1" and m.value == 100 for m in load_map(path).measurements)


@pytest.mark.parametrize("extra,needle", [
    ([], "no period column"),
    (["--period", AUTUMN], "unknown period"),
    (["--new-period", AUTUMN, "--start", "2026-13-01"], "not a day"),
    (["--new-period", AUTUMN, "--start", "1405/09/01", "--end", "1405/07/01"], "before it starts"),
    (["--period", "بهار ۱۴۰۵", "--start", "2026-01-01"], "--start and --end go with --new-period"),
    (["--period", "بهار ۱۴۰۵", "--new-period", AUTUMN], "not both"),
])
def test_every_error_is_one_line_exit_2_and_no_write(work, extra, needle):
    path, csv = work
    before = path.read_bytes()
    out = subprocess.run([sys.executable, "-m", "journeymap", "import-survey", str(path), str(csv), *extra],
                         capture_output=True, text=True, check=False)
    lines = out.stderr.strip().splitlines()
    assert out.returncode == 2 and len(lines) == 1 and needle in lines[0], out.stderr
    assert path.read_bytes() == before


def test_many_bad_rows_still_one_line(work):
    path, csv = work
    csv.write_text("node,kpi,score\n" + "".join(f"nobody{i},NPS,4\n" for i in range(23)), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "journeymap", "import-survey", str(path), str(csv),
                          "--period", "بهار ۱۴۰۵"], capture_output=True, text=True, check=False)
    assert out.returncode == 2 and len(out.stderr.strip().splitlines()) == 1 and "23 bad rows" in out.stderr


def test_diff_json_groups_weak_points_like_the_compare_view(work, tmp_path, capsys):
    import json

    path, csv = work
    newer = tmp_path / "newer.json"
    assert main(["import-survey", str(path), str(csv), "--new-period", AUTUMN, "-o", str(newer)]) == 0
    capsys.readouterr()
    assert main(["diff", str(path), str(newer), "--json"]) == 0
    weak = json.loads(capsys.readouterr().out)["weak_points"]
    assert {"appeared", "resolved", "still_open", "not_measured"} <= set(weak)
    # autumn measured only the delivery NPS: summer's other KPI flags are "not measured", not "resolved"
    assert weak["not_measured"] and all(p["node_id"] == "n-delivery" for p in weak["resolved"])
    assert all("node_title" in p for p in weak["not_measured"])
