"""The review report read back from the PDF: KPI numbers under their own headers in Persian and
Arabic (pdftotext -bbox), named periods, page numbers, no empty pages, stale values never "now",
changes that say what changed, and the compared curve matched by node id."""
import re
from xml.etree import ElementTree

import pytest

from journeymap.model.schema import JourneyMap
from journeymap.report import write_report
from tests.export_support import fonts_embedded, pdf_text, qpdf_check, run, searchable
from tests.model.factories import small_map

HEADERS = 9  # touchpoint, KPI, measured in, answers, target, before, value, change, trend
DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩", "en": "0123456789"}


def kpi_map(language: str, **overrides) -> JourneyMap:
    """One measured touchpoint: 77 % before, 66 % now from 123 answers, target 88 %."""
    data = small_map(language=language, direction="ltr" if language == "en" else "rtl", **overrides)
    data["periods"] = [{"id": "q1", "label": "Q1", "start": "2026-01-01", "end": "2026-03-31"},
                       {"id": "q2", "label": "Q2", "start": "2026-04-01", "end": "2026-06-30"},
                       {"id": "q3", "label": "Q3"}]
    data["kpis"][0]["target"] = 88
    data["measurements"] = [{"node_id": "b", "kpi_id": "csat", "period_id": "q1", "value": 77, "sample_size": 95},
                            {"node_id": "b", "kpi_id": "csat", "period_id": "q2", "value": 66, "sample_size": 123}]
    return JourneyMap.model_validate(data)


def local(number: str, language: str) -> str:
    return number.translate(str.maketrans("0123456789", DIGITS[language]))


def bbox_words(path, page: int) -> list[tuple[str, float, float, float]]:
    """(text, xMin, yMin, xMax) of every word pdftotext finds on ``page``."""
    html = run("pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(path), "-")
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [(w.text or "", float(w.get("xMin")), float(w.get("yMin")), float(w.get("xMax"))) for w in root.iter("word")]


def header_columns(words, row_y: float, rtl: bool) -> list[tuple[float, float]]:
    """Column x ranges read off the header row above ``row_y``: glyph clusters, each column running from
    its header's reading start to the next header's."""
    header_y = max(y for _, _, y, _ in words if y < row_y - 5)
    glyphs = sorted((x0, x1) for _, x0, y, x1 in words if abs(y - header_y) < 1)
    clusters = [list(glyphs[0])]
    for x0, x1 in glyphs[1:]:
        if x0 - clusters[-1][1] > 6:
            clusters.append([x0, x1])
        else:
            clusters[-1][1] = max(clusters[-1][1], x1)
    assert len(clusters) == HEADERS, clusters
    if rtl:  # each header sits at its column's right edge; the column ends where the next one starts
        clusters.sort(key=lambda c: -c[1])
        edges = [c[1] + 4 for c in clusters] + [0.0]
        return [(edges[i + 1], edges[i]) for i in range(HEADERS)]
    clusters.sort(key=lambda c: c[0])
    edges = [c[0] - 4 for c in clusters] + [10_000.0]
    return [(edges[i], edges[i + 1]) for i in range(HEADERS)]


def find_row(path, first: str, others: list[str], pages: int) -> tuple[list, float]:
    """The words of the page, and the y of the line holding ``first`` and all ``others`` (a table row)."""
    for page in range(1, pages + 1):
        words = bbox_words(path, page)
        for text, _, y, _ in words:
            line = [t for t, _, yy, _ in words if abs(yy - y) < 1]
            if text == first and all(any(o in t for t in line) for o in others):
                return words, y
    raise AssertionError(f"no line with {first} and {others}")


@pytest.mark.parametrize("language", ["fa", "ar", "en"])
def test_each_kpi_number_lies_in_its_headers_column(language, tmp_path, qapp):
    out = tmp_path / "report.pdf"
    pages = write_report(kpi_map(language), str(out))
    sample = local("123", language)
    words, row_y = find_row(out, sample, [local(n, language) for n in ("66", "77", "88")], pages)
    columns = header_columns(words, row_y, rtl=language != "en")
    expected = {sample: 3, local("88", language): 4, local("77", language): 5, local("66", language): 6}
    row = [(t, x0, x1) for t, x0, y, x1 in words if abs(y - row_y) < 1]
    for number, column in expected.items():
        cell = next(((t, x0, x1) for t, x0, x1 in row if number in t), None)
        assert cell is not None, f"{number} not in the row {row}"
        center = (cell[1] + cell[2]) / 2
        left, right = columns[column]
        assert left <= center <= right, f"{cell[0]} at {center:.0f} is not in column {column} {columns[column]}"


def test_cover_names_the_period_and_the_compared_one_with_jalali_dates(tmp_path, qapp):
    out = tmp_path / "report.pdf"
    write_report(kpi_map("fa"), str(out))
    cover = searchable(pdf_text(out, 1, 1))
    assert searchable("Q2") in cover and searchable("۱۴۰۵/۰۱/۱۱") in cover  # 2026-04-01 in the Jalali calendar
    assert searchable("در مقایسه با") in cover and searchable("Q1") in cover


def test_pages_are_numbered_headed_embedded_and_valid(tmp_path, qapp):
    out = tmp_path / "report.pdf"
    pages = write_report(kpi_map("en"), str(out))
    text = pdf_text(out)
    for page in range(2, pages + 1):
        assert f"Page {page} of {pages}" in text
    assert len(re.findall(r"Test journey\s+\|\s+Q2", text)) == pages - 1  # the running header, not on the cover
    assert fonts_embedded(out) == []
    qpdf_check(out)


def test_a_map_without_kpis_has_no_kpi_page(tmp_path, qapp):
    out = tmp_path / "report.pdf"
    pages = write_report(JourneyMap.model_validate(small_map(kpis=[], measurements=[])), str(out))
    text = pdf_text(out)
    assert "KPIs: values" not in text
    assert pages == len([p for p in text.split("\f") if p.strip()])  # no blank page


def test_a_period_without_data_never_shows_older_values_as_now(tmp_path, qapp):
    out = tmp_path / "report.pdf"
    write_report(kpi_map("en"), str(out), period_id="q3")
    text = pdf_text(out)
    assert "Q2 (older)" in text  # the value is shown with the period it came from, marked older
    assert "is 66% in" not in text  # and the KPI rules do not judge it as this period's value


def test_changes_say_what_changed(tmp_path, qapp):
    new = kpi_map("en")
    old_data = new.model_dump(mode="json")
    old_data["nodes"][1]["title"] = "Pay"
    old_data["nodes"][1]["expected_emotion"] = {"score": -2}
    old_data["measurements"] = [m for m in old_data["measurements"] if m["period_id"] == "q1"]
    out = tmp_path / "report.pdf"
    write_report(new, str(out), compare=JourneyMap.model_validate(old_data))
    text = " ".join(pdf_text(out).split())
    assert "title: Pay → Checkout" in text
    assert "expected emotion: -2 → 0" in text
    assert "CSAT: 77% (Q1) → 66% (Q2), worse" in text


def test_compared_curve_is_matched_by_node_id():
    from journeymap.charts.curves import _older_scores

    old_data = small_map()
    old_data["nodes"] = old_data["nodes"][1:]  # the first step was removed: the others keep their values
    old_data["edges"] = old_data["edges"][1:]
    old_data["nodes"][0]["expected_emotion"] = {"score": -1}
    assert _older_scores(JourneyMap.model_validate(old_data), ["a", "b", "c"]) == [None, -1.0, 1.0]


def test_user_text_keeps_its_digits_and_no_separator_looks_like_a_persian_zero(tmp_path, qapp):
    from tests.export_support import seven_stage_map

    out = tmp_path / "report.pdf"
    write_report(seven_stage_map(), str(out))
    text = pdf_text(out)
    assert "3D Secure" in text and "24h" in text  # before: "۳D Secure", "۲۴h"
    assert "۳D" not in text and "۲۴h" not in text
    assert "·" not in text  # in Cairo "·" looks exactly like "۰"
    assert searchable("صفحه ۲ از") in searchable(text)  # page numbers in the map's digits
