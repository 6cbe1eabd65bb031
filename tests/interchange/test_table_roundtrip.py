"""Spreadsheet export -> import gives the same steps, links and values (every sample, xlsx and csv);
bad tables are refused row by row and nothing is written."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.interchange.data_export import csv_paths, write_csv, write_xlsx
from journeymap.interchange.table_import import TableImportError, import_table
from journeymap.model.io import load_map

SAMPLES = sorted((Path(__file__).parents[2] / "sample_maps").glob("*.json"))


def steps_of(jmap) -> set[tuple]:
    stages = {s.id: s.name for s in jmap.stages}
    lanes = {x.id: (x.name, x.kind) for x in jmap.lanes}
    return {(n.title, n.kind, stages[n.stage_id], lanes[n.lane_id],
             n.expected_emotion.score if n.expected_emotion else None,
             n.expected_emotion.feeling if n.expected_emotion else "",
             n.expected_emotion.emotion_source if n.expected_emotion else None, n.desired_feeling, n.owner,
             n.description, n.is_entry, n.is_exit) for n in jmap.nodes}


def links_of(jmap) -> set[tuple]:
    titles = {n.id: n.title for n in jmap.nodes}
    return {(titles[e.source], titles[e.target], e.kind) for e in jmap.edges}


def values_of(jmap) -> set[tuple]:
    titles = {n.id: n.title for n in jmap.nodes}
    kpis = {k.id: (k.name, k.kind, k.method, k.scale_min, k.scale_max, k.direction, k.target) for k in jmap.kpis}
    periods = {p.id: p.label for p in jmap.periods}
    return {(titles[m.node_id], kpis[m.kpi_id], periods[m.period_id], m.value, m.sample_size)
            for m in jmap.measurements}


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.stem)
def test_export_then_import_gives_the_same_steps_links_and_values(sample, suffix, tmp_path):
    original = load_map(sample)
    out = tmp_path / f"table{suffix}"
    (write_xlsx if suffix == ".xlsx" else write_csv)(original, out)
    imported = import_table(out).map
    assert imported.language == original.language and imported.direction == original.direction
    assert [s.name for s in imported.stages] == [s.name for s in original.stages]
    assert steps_of(imported) == steps_of(original)
    assert links_of(imported) == links_of(original)
    assert values_of(imported) == values_of(original)
    assert [p.label for p in imported.periods] == [p.label for p in original.periods]


def test_csv_export_writes_one_file_per_table(tmp_path):
    jmap = load_map(SAMPLES[0])
    written = write_csv(jmap, tmp_path / "out.csv")
    assert sorted(p.name for p in written) == sorted(p.name for p in csv_paths(tmp_path / "out.csv").values())
    for path in written:
        rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
        assert len(rows[0]) > 3  # a header


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


GOOD_HEADER = ["stage", "lane", "title", "kind", "emotion", "feeling", "owner", "next", "CSAT [Q3 2026]"]


def test_rows_follow_each_other_and_next_gives_branches(tmp_path):
    table = write_rows(tmp_path / "t.csv", [
        GOOD_HEADER,
        ["Find", "Web", "Search", "touchpoint", "1", "curious", "Web team", "", "81"],
        ["Find", "Web", "Compare", "key moment", "annoyed", "unsure", "", "Pay; Call us", ""],
        ["Buy", "Web", "Pay", "touchpoint", "+2", "relieved", "", "-", "90%"],
        ["Buy", "Phone", "Call us", "touchpoint", "−2", "angry", "", "", ""],
    ])
    jmap = import_table(table).map
    assert links_of(jmap) == {("Search", "Compare", "flow"), ("Compare", "Pay", "flow"), ("Compare", "Call us", "flow")}
    scores = {n.title: n.expected_emotion.score for n in jmap.nodes}
    assert scores == {"Search": 1, "Compare": -1, "Pay": 2, "Call us": -2}
    assert {n.title: n.kind for n in jmap.nodes}["Compare"] == "key_moment"
    csat = jmap.kpis[0]
    assert (csat.kind, csat.method) == ("csat", "top2box")
    assert sorted(m.value for m in jmap.measurements) == [81.0, 90.0]


def test_persian_headers_and_digits(tmp_path):
    table = write_rows(tmp_path / "جدول.csv", [
        ["مرحله", "کانال", "عنوان", "نوع", "احساس", "NPS [بهار ۱۴۰۵]"],
        ["خرید", "وب‌سایت", "پرداخت", "لحظه کلیدی", "ناراضی", "−۱۲"],
    ])
    jmap = import_table(table).map
    assert (jmap.language, jmap.direction) == ("fa", "rtl")
    assert jmap.nodes[0].expected_emotion.score == -1 and jmap.nodes[0].kind == "key_moment"
    assert jmap.measurements[0].value == -12.0 and jmap.periods[0].label == "بهار ۱۴۰۵"


BAD_ROWS = [
    GOOD_HEADER,
    ["Find", "Web", "Search", "touchpoint", "1", "", "", "", "80"],          # row 2: good
    ["Find", "Web", "Browse", "journey step", "1", "", "", "", ""],          # row 3: unknown kind
    ["Find", "Web", "Compare", "touchpoint", "3", "", "", "", ""],           # row 4: emotion out of scale
    ["Buy", "Web", "Pay", "touchpoint", "0", "", "", "", "lots"],            # row 5: bad number
    ["Buy", "Web", "", "touchpoint", "0", "", "", "", ""],                   # row 6: empty title
    ["Find", "Web", "Search", "touchpoint", "0", "", "", "", ""],            # row 7: duplicate step
    ["Buy", "Phone", "Call", "touchpoint", "0", "", "", "Refund", ""],       # row 8: unknown next
    ["Buy", "Phone", "Chat", "touchpoint", "0", "", "", "", "140"],          # row 9: value out of range
]


def test_bad_table_gives_one_line_per_bad_row(tmp_path):
    table = write_rows(tmp_path / "bad.csv", BAD_ROWS)
    with pytest.raises(TableImportError) as info:
        import_table(table)
    errors = {e.row: str(e) for e in info.value.errors}
    assert sorted(errors) == [3, 4, 5, 6, 7, 8, 9]
    assert "unknown kind 'journey step'" in errors[3]
    assert "outside the scale -2..2" in errors[4]
    assert "'lots'" in errors[5] and "not a number" in errors[5]
    assert "title is empty" in errors[6]
    assert "duplicate step 'Search' (row 2)" in errors[7]
    assert "unknown next step 'Refund'" in errors[8]
    assert "140 is outside 0..100" in errors[9]


def test_cli_import_table_refuses_a_bad_table_and_writes_nothing(tmp_path, capsys):
    table = write_rows(tmp_path / "bad.csv", BAD_ROWS)
    out = tmp_path / "map.json"
    assert main(["import-table", str(table), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len([line for line in err if " row " in line]) == 7
    assert "Traceback" not in "\n".join(err)
    assert not out.exists()


def test_cli_import_table_writes_a_map_that_loads(tmp_path, capsys):
    table = write_rows(tmp_path / "good.csv", BAD_ROWS[:2])
    out = tmp_path / "map.json"
    assert main(["import-table", str(table), "-o", str(out), "--lang", "ar"]) == 0
    jmap = load_map(out)
    assert jmap.language == "ar" and jmap.direction == "rtl" and [n.title for n in jmap.nodes] == ["Search"]


def test_not_a_workbook_is_one_clear_error(tmp_path, capsys):
    fake = tmp_path / "fake.xlsx"
    fake.write_bytes(b"not a zip")
    assert main(["import-table", str(fake), "-o", str(tmp_path / "m.json")]) == 2
    err = capsys.readouterr().err
    assert "not an .xlsx workbook" in err and err.count("\n") == 1


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_emotion_sources_and_control_characters_survive_the_round_trip(language, tmp_path):
    original = load_map(SAMPLES[0])
    sources = ["survey", "interviews", "analytics", "assumed"]
    nodes = []
    for i, node in enumerate(original.nodes):
        emotion = node.expected_emotion or None
        if emotion is not None:
            emotion = emotion.model_copy(update={"emotion_source": sources[i % 4]})
        nodes.append(node.model_copy(update={"expected_emotion": emotion, "owner": node.owner + "\x0b"}))
    jmap = original.model_copy(update={"nodes": nodes, "language": language})
    write_xlsx(jmap, tmp_path / "t.xlsx")
    imported = import_table(tmp_path / "t.xlsx").map
    expected = {(n.title, n.expected_emotion.emotion_source) for n in nodes if n.expected_emotion}
    assert {(n.title, n.expected_emotion.emotion_source) for n in imported.nodes if n.expected_emotion} == expected
    assert {n.owner for n in imported.nodes} == {n.owner.rstrip("\x0b") for n in nodes}  # XML cannot hold \v


def test_journeys_link_only_their_own_rows_and_an_exit_ends_the_order(tmp_path):
    table = write_rows(tmp_path / "t.csv", [
        ["stage", "lane", "title", "journey", "exit"],
        ["A", "Web", "Browse", "buyer", ""],
        ["A", "Phone", "Call", "caller", ""],
        ["B", "Web", "Pay", "buyer", "yes"],
        ["B", "Web", "Review", "buyer", ""],
        ["B", "Phone", "Hang up", "caller", ""],
    ])
    jmap = import_table(table).map
    assert links_of(jmap) == {("Browse", "Pay", "flow"), ("Call", "Hang up", "flow")}
    assert [n.title for n in jmap.nodes if n.is_exit] == ["Pay"]


def test_kpis_sheet_n_columns_and_ambiguous_links_are_checked(tmp_path):
    steps = write_rows(tmp_path / "t.csv", [
        ["stage", "lane", "title", "next", "Wait [Q1]", "Wait [Q1] (n)", "Speed [Q1] (n)"],
        ["A", "Web", "Ask", "Answer", "4", "12", ""],
        ["A", "Web", "Answer", "", "", "", "7"],
        ["B", "Web", "Answer", "", "2.5", "1.5", ""],
    ])
    write_rows(tmp_path / "t.kpis.csv", [["name", "method", "scale min", "scale max", "direction"],
                                         ["Wait", "median", "0", "10", "lower_better"]])
    with pytest.raises(TableImportError) as info:
        import_table(steps)
    errors = {(e.sheet, e.row): str(e) for e in info.value.errors}
    assert sorted(errors) == [("t", 2), ("t", 3), ("t", 4), ("t.kpis", 2)]
    assert "method 'median' is not one of" in errors[("t.kpis", 2)]
    assert "next step 'Answer' is ambiguous" in errors[("t", 2)]
    assert "n for Speed [Q1] without a value" in errors[("t", 3)]
    assert "n 1.5 for Wait [Q1] is not a whole number" in errors[("t", 4)]


def test_a_custom_kpi_gets_a_scale_that_holds_its_values(tmp_path):
    table = write_rows(tmp_path / "t.csv", [["stage", "lane", "title", "Wait minutes [Q1]"],
                                            ["A", "Web", "Ask", "250"], ["A", "Web", "Wait", "-3"]])
    kpi = import_table(table).map.kpis[0]
    assert (kpi.kind, kpi.method) == ("custom", "mean") and kpi.scale_min <= -3 and kpi.scale_max >= 250


def test_a_kpi_column_without_values_defines_the_kpi_and_a_table_without_rows_is_refused(tmp_path):
    table = write_rows(tmp_path / "t.csv", [["stage", "lane", "title", "CSAT [Q1]", "NPS [Q1]"],
                                            ["A", "Web", "Ask", "", "12"]])
    jmap = import_table(table).map
    assert [k.kind for k in jmap.kpis] == ["csat", "nps"] and len(jmap.measurements) == 1
    empty = write_rows(tmp_path / "empty.csv", [["stage", "lane", "title"]])
    with pytest.raises(TableImportError) as info:
        import_table(empty)
    assert "no steps" in str(info.value.errors[0])
