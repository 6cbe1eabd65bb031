"""Mermaid journey text, the xlsx workbook's sheets, and the example tables in docs/examples."""
from pathlib import Path

import pytest

from journeymap.interchange.data_export import write_xlsx
from journeymap.interchange.mermaid import mermaid_text
from journeymap.interchange.table_import import import_table
from journeymap.interchange.table_template import example_tables
from journeymap.model.io import load_map

ROOT = Path(__file__).parents[2]
SAMPLES = sorted((ROOT / "sample_maps").glob("*.json"))


def test_mermaid_has_a_section_per_stage_and_a_task_per_step_with_scores_1_to_5():
    jmap = load_map(ROOT / "sample_maps" / "hotel_stay_en.json")
    lines = mermaid_text(jmap).splitlines()
    assert lines[0] == "journey" and lines[1] == f"  title {jmap.title}"
    sections = [line.strip()[len("section "):] for line in lines if line.strip().startswith("section ")]
    assert sections == [s.name for s in jmap.stages if any(n.stage_id == s.id for n in jmap.nodes)]
    tasks = [line for line in lines if line.startswith("    ")]
    assert len(tasks) == len(jmap.nodes)
    for node in jmap.nodes:
        task = next(t for t in tasks if t.strip().startswith(node.title.replace(":", "꞉") + ":"))
        score = int(task.split(":")[1])
        expected = 3 if node.expected_emotion is None else node.expected_emotion.score + 3
        assert score == expected, node.title


def test_mermaid_separators_in_titles_cannot_end_a_task():
    jmap = load_map(ROOT / "sample_maps" / "hotel_stay_en.json")
    node = jmap.nodes[0].model_copy(update={"title": "Pay: now; #1,\nor later"})
    text = mermaid_text(jmap.model_copy(update={"nodes": [node, *jmap.nodes[1:]]}))
    task = next(line for line in text.splitlines() if "Pay" in line)
    assert task.count(":") == 2 and "#" not in task and "\n" not in task.strip()


def test_workbook_has_the_four_sheets_in_the_maps_language_and_direction(tmp_path):
    from openpyxl import load_workbook

    write_xlsx(load_map(ROOT / "sample_maps" / "online_store_fa.json"), tmp_path / "m.xlsx")
    book = load_workbook(tmp_path / "m.xlsx")
    assert book.sheetnames == ["گام‌ها", "شاخص‌ها", "مقادیر شاخص‌ها", "نقاط ضعف"]
    assert all(sheet.sheet_view.rightToLeft for sheet in book.worksheets)
    weak = book["نقاط ضعف"]
    assert weak.max_row > 1 and weak.cell(1, 1).value == "شدت"


@pytest.mark.parametrize("language", ["en", "fa", "ar"])
def test_example_tables_in_docs_import_and_match_the_template(language):
    path = ROOT / "docs" / "examples" / f"journey_table_{language}.xlsx"
    result = import_table(path)
    jmap = result.map
    assert jmap.language == language and not result.ignored_columns
    assert len(jmap.nodes) == len(example_tables(language)["steps"][1])
    assert sum(1 for e in jmap.edges if e.source == jmap.nodes[2].id) == 2  # the branch after checkout
    assert [k.target for k in jmap.kpis] == [80.0, 30.0]
    assert jmap.nodes[-1].is_exit


def test_blank_template_in_docs_has_the_example_header_and_no_rows():
    from journeymap.interchange.table_read import read_sheets

    steps, kpis = read_sheets(ROOT / "docs" / "examples" / "journey_table_template.xlsx")
    assert steps.header == example_tables("en")["steps"][0] and steps.rows == []
    assert kpis is not None and kpis.header == example_tables("en")["kpis"][0]
