"""PDF exports read by real clients: every sample and a 7-stage map, on fit, A4, A3 and 16:9 pages.

pdftotext must find the card titles whole (a title cut into fragments or drawn as blocks is not
found), pdffonts must show every font embedded, qpdf --check must pass, and a card title on a
detail page must print at 9 pt or more (a map that does not fit is split, never shrunk below that).
"""
import re
from xml.etree import ElementTree

import pytest

from journeymap.export import export_map
from journeymap.export_pages import MIN_TITLE_PT, card_type_points
from journeymap.model.io import load_map
from tests.conftest import SAMPLES
from tests.export_support import (fonts_embedded, pdf_text, qpdf_check, run, seven_stage_map, titles_found)

MAPS = {p.stem: (lambda p=p: load_map(p)) for p in SAMPLES} | {"seven_stages_fa": seven_stage_map}
PAGES = ("fit", "A4", "A3", "16:9")


@pytest.fixture(scope="module", params=sorted(MAPS))
def jmap(request):
    return MAPS[request.param]()


@pytest.mark.parametrize("page", PAGES)
def test_pdf_titles_whole_fonts_embedded_and_valid(jmap, page, tmp_path, qapp):
    out = tmp_path / "map.pdf"
    export_map(jmap, str(out), page=page)
    found, missing = titles_found(jmap, pdf_text(out))
    assert found >= 0.95 * len(jmap.nodes), missing
    assert fonts_embedded(out) == []
    qpdf_check(out)


def _word_heights(path, first: int, last: int, words: set[str]) -> list[float]:
    """Heights (pt) of the pdftotext -bbox words that belong to card titles, on pages first..last."""
    html = run("pdftotext", "-bbox", "-f", str(first), "-l", str(last), str(path), "-")
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", html).replace('xmlns="http://www.w3.org/1999/xhtml"', ""))
    return [float(w.get("yMax")) - float(w.get("yMin")) for w in root.iter("word") if w.text in words]


def test_titles_print_at_9_pt_or_more_on_every_detail_page(tmp_path, qapp):
    """The 7-stage map on A4: split into pages whose title words are as tall as 9-pt text or taller."""
    jmap = load_map(next(p for p in SAMPLES if "hotel" in p.name))
    elsewhere = " ".join([jmap.title, jmap.north_star] + [p.name for p in jmap.personas] + [s.name for s in jmap.stages]
                         + [lane.name for lane in jmap.lanes] + [e.label for e in jmap.edges]).lower()
    words = {w for n in jmap.nodes for w in n.title.split() if len(w) > 3 and w.isascii() and w.lower() not in elsewhere}
    natural = tmp_path / "fit.pdf"  # scale 1: titles at the card's own point size
    export_map(jmap, str(natural))
    at_scale_one = max(_word_heights(natural, 1, 1, words))
    out = tmp_path / "a4.pdf"
    export_map(jmap, str(out), page="A4", portrait=True)
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(out))).group(1))
    assert pages >= 2, "a map too wide for A4 portrait must be split"
    title_pt, _ = card_type_points()
    heights = _word_heights(out, 2, pages, words)  # page 1 is the overview
    smallest = min(h for h in heights if h > 0.4 * max(heights))  # not the 4-pt invisible search copies
    assert smallest / at_scale_one * title_pt >= MIN_TITLE_PT - 0.05
    found, missing = titles_found(jmap, pdf_text(out, 2, pages))
    assert not missing  # every card is on some detail page


def test_split_pages_name_their_stages_and_page_numbers(tmp_path, qapp):
    jmap = seven_stage_map()
    out = tmp_path / "a4.pdf"
    export_map(jmap, str(out), page="A4")
    text = pdf_text(out)
    pages = int(re.search(r"Pages:\s+(\d+)", run("pdfinfo", str(out))).group(1))
    assert pages >= 3  # the overview and at least two blocks of stages
    from tests.export_support import searchable

    assert searchable("صفحه ۱ از") in searchable(text)  # "Page 1 of N" (pdftotext reorders the colon after N)
    assert searchable(f"صفحه {'۰۱۲۳۴۵۶۷۸۹'[pages]} از") in searchable(text)
    assert searchable("نمای کلی نقشه") in searchable(text)


def test_report_titles_whole_fonts_embedded_and_valid(jmap, tmp_path, qapp):
    from journeymap.report import write_report

    out = tmp_path / "report.pdf"
    write_report(jmap, str(out))
    found, missing = titles_found(jmap, pdf_text(out))
    assert found >= 0.95 * len(jmap.nodes), missing
    assert fonts_embedded(out) == []
    qpdf_check(out)
