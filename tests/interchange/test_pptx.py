"""Editable PowerPoint export, checked with real clients: LibreOffice converts every deck to PDF
(card titles must come out whole), python-pptx reads the shapes back (cards, connectors attached
to the cards, RTL paragraphs, the map's digits)."""
from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from journeymap.cli import main
from journeymap.interchange.slides import write_pptx
from journeymap.model.io import load_map
from journeymap.resources import resource_path

SAMPLES = sorted((Path(__file__).parents[2] / "sample_maps").glob("*.json"))
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
IGNORED = "\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u0640"


def require(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed (apt-get install libreoffice-impress poppler-utils)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.fixture(scope="module")
def decks(tmp_path_factory) -> dict[str, tuple]:
    """name -> (map, .pptx path): every sample at 16:9, and the widest one at 4:3 (split into groups)."""
    out = tmp_path_factory.mktemp("decks")
    made = {}
    for sample in SAMPLES:
        jmap = load_map(sample)
        write_pptx(jmap, out / f"{sample.stem}.pptx")
        made[sample.stem] = (jmap, out / f"{sample.stem}.pptx")
    jmap = load_map(SAMPLES[0].with_name("omnichannel_retail_en.json"))
    write_pptx(jmap, out / "omnichannel_4x3.pptx", slide="4:3")
    made["omnichannel_4x3"] = (jmap, out / "omnichannel_4x3.pptx")
    return made


@pytest.fixture(scope="module")
def pdf_texts(decks, tmp_path_factory) -> dict[str, tuple[str, int]]:
    """name -> (pdftotext text, page count), converting all decks in one LibreOffice run."""
    soffice, pdftotext = require("soffice"), require("pdftotext")
    work = tmp_path_factory.mktemp("soffice")
    fonts = work / "fonts.conf"  # LibreOffice finds the bundled Cairo font, as an installed app would
    fonts.write_text('<?xml version="1.0"?><fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf'
                     f'</include><dir>{resource_path("fonts")}</dir></fontconfig>', encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(fonts)}
    command = [soffice, f"-env:UserInstallation={(work / 'profile').as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work), *(str(p) for _, p in decks.values())]
    subprocess.run(command, env=env, capture_output=True, timeout=900, check=True)
    texts = {}
    for name in decks:
        pdf = work / f"{name}.pdf"
        assert pdf.exists(), f"LibreOffice did not convert {name}.pptx"
        text = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
        pages = text.count("\f")
        texts[name] = (text, pages)
    return texts


def squeeze(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if not c.isspace() and c not in IGNORED)


def comes_out_whole(title: str, text: str) -> bool:
    """The title's characters appear together: exactly, or for RTL text as one contiguous run in
    which pdftotext swapped the letters of ligatures (it writes لا as ال)."""
    wanted = squeeze(title)
    if wanted in text:
        return True
    if not any(unicodedata.bidirectional(c) in ("R", "AL") for c in wanted):
        return False
    need, size = Counter(wanted), len(wanted)
    window = Counter(text[:size])
    for start in range(len(text) - size + 1):
        if window == need:
            return True
        if start + size < len(text):
            window[text[start]] -= 1
            window[text[start + size]] += 1
    return False


@pytest.mark.slow
def test_libreoffice_opens_every_deck_and_card_titles_come_out_whole(decks, pdf_texts):
    for name, (jmap, path) in decks.items():
        from pptx import Presentation

        text, pages = pdf_texts[name]
        assert pages == len(Presentation(str(path)).slides), name
        flat = squeeze(text)
        whole = [n.title for n in jmap.nodes if comes_out_whole(n.title, flat)]
        assert len(whole) >= 0.95 * len(jmap.nodes), (name, {n.title for n in jmap.nodes} - set(whole))
        assert squeeze(jmap.title) in flat or comes_out_whole(jmap.title, flat)


def shapes_named(slide, prefix: str) -> dict[str, object]:
    return {s.name[len(prefix):]: s for s in slide.shapes if s.name.startswith(prefix)}


def connection(connector, end: str) -> str | None:
    found = connector._element.findall(f"./{P}nvCxnSpPr/{P}cNvCxnSpPr/{A}{end}")
    return found[0].get("id") if found else None


def test_overview_has_a_card_per_step_and_a_connector_per_link_attached_to_its_cards(decks):
    from pptx import Presentation

    for name, (jmap, path) in decks.items():
        overview = Presentation(str(path)).slides[1]
        cards = shapes_named(overview, "card:")
        edges = shapes_named(overview, "edge:")
        assert sorted(cards) == sorted(n.id for n in jmap.nodes), name
        assert sorted(edges) == sorted(e.id for e in jmap.edges), name
        for edge in jmap.edges:
            connector = edges[edge.id]
            assert connection(connector, "stCxn") == str(cards[edge.source].shape_id), (name, edge.id)
            assert connection(connector, "endCxn") == str(cards[edge.target].shape_id), (name, edge.id)
            assert connector._element.find(f".//{A}tailEnd") is not None  # an arrow


def test_detail_slides_show_every_card_once_and_links_across_slides_end_at_markers(decks):
    from pptx import Presentation

    jmap, path = decks["omnichannel_4x3"]
    deck = Presentation(str(path))
    assert (deck.slide_width, deck.slide_height) == (9144000, 6858000)  # 4:3
    details = [s for s in deck.slides if s.shapes and shapes_named(s, "card:") and s != deck.slides[1]]
    assert len(details) >= 2, "a 4-stage map needs more than one 4:3 detail slide"
    seen = Counter(node_id for slide in details for node_id in shapes_named(slide, "card:"))
    assert seen == Counter(n.id for n in jmap.nodes)
    for slide in details:
        cards, markers = shapes_named(slide, "card:"), shapes_named(slide, "marker:")
        by_id = {str(s.shape_id): s.name for s in slide.shapes}
        touching = [e for e in jmap.edges if e.source in cards or e.target in cards]
        assert sorted(shapes_named(slide, "edge:")) == sorted(e.id for e in touching)
        for edge in touching:
            connector = shapes_named(slide, "edge:")[edge.id]
            for end, node_id in (("stCxn", edge.source), ("endCxn", edge.target)):
                expected = "card:" if node_id in cards else "marker:"
                assert by_id[connection(connector, end)] == expected + node_id
        assert set(markers) <= {n.id for n in jmap.nodes} - set(cards)


def paragraphs_of(shape):
    return [p for p in shape.text_frame.paragraphs if p.text.strip()]


@pytest.mark.parametrize("name, rtl", [("online_store_fa", True), ("bank_support_ar", True), ("hotel_stay_en", False)])
def test_rtl_maps_get_rtl_paragraphs_the_cairo_font_and_mirrored_stages(decks, name, rtl):
    from pptx import Presentation

    jmap, path = decks[name]
    overview = Presentation(str(path)).slides[1]
    for card in shapes_named(overview, "card:").values():
        for paragraph in paragraphs_of(card):
            ppr = paragraph._p.find(f"{A}pPr")
            assert (ppr.get("rtl") == "1") is rtl
            assert ppr.get("algn") == ("r" if rtl else "l")
            for run in paragraph._p.findall(f"{A}r"):
                assert run.find(f"{A}rPr/{A}latin").get("typeface") == "Cairo"
                assert run.find(f"{A}rPr/{A}cs").get("typeface") == "Cairo"
    stages = shapes_named(overview, "stage:")
    first, second = stages[jmap.stages[0].id], stages[jmap.stages[1].id]
    assert (first.left > second.left) is rtl


def test_numbers_keep_the_maps_digits(decks):
    from pptx import Presentation

    _, path = decks["online_store_fa"]
    deck = Presentation(str(path))
    dots = shapes_named(deck.slides[1], "emotion:")
    assert dots and all(not any(c.isascii() and c.isdigit() for c in s.text_frame.text) for s in dots.values())
    table_slide = deck.slides[-1]
    table = next(s for s in table_slide.shapes if s.has_table).table
    cells = [table.cell(r, c).text_frame.text for r in range(1, len(table.rows)) for c in range(len(table.columns) - 1)]
    numbers = [t for t in cells if any(c.isdigit() for c in t)]
    assert numbers and all("۰" <= ch <= "۹" for t in numbers for ch in t if ch.isdigit())


def test_cli_exports_a_4x3_deck_and_refuses_an_unknown_format(tmp_path, capsys):
    out = tmp_path / "deck.pptx"
    assert main(["export", str(SAMPLES[0]), "-o", str(out), "--slide", "4:3"]) == 0
    from pptx import Presentation

    assert Presentation(str(out)).slide_width == 9144000
    assert main(["export", str(SAMPLES[0]), "-o", str(tmp_path / "deck.key")]) == 2
    assert "choose" in capsys.readouterr().err


def test_rtl_tables_run_from_the_right(decks):
    from pptx import Presentation

    from journeymap.interchange.slide_text import legend_word, word

    for name, rtl in (("online_store_fa", True), ("hotel_stay_en", False)):
        jmap, path = decks[name]
        slides = Presentation(str(path)).slides
        heading = legend_word(jmap, "weak")
        weak_slide = next(s for s in slides if "heading" in [sh.name for sh in s.shapes]
                          and shapes_named(s, "heading")[""].text_frame.text.startswith(heading))
        table = next(sh for sh in weak_slide.shapes if sh.has_table).table
        first, last = table.cell(0, 0).text_frame.text, table.cell(0, len(table.columns) - 1).text_frame.text
        expected = (word(jmap.language, "decision"), word(jmap.language, "severity"))
        assert (first, last) == (expected if rtl else expected[::-1])


def test_emotion_curve_is_a_freeform_through_the_main_path_with_the_worst_moment_marked(decks):
    from pptx import Presentation

    from journeymap.model.derived import derive

    jmap, path = decks["hotel_stay_en"]
    derived = derive(jmap)
    overview = Presentation(str(path)).slides[1]
    expected = [n for n in derived.main_path if derived.emotion(n) is not None]
    points, cards = shapes_named(overview, "curve-point:"), shapes_named(overview, "card:")
    assert sorted(points) == sorted(expected)
    curve = next(s for s in overview.shapes if s.name == "curve")
    vertices = curve._element.findall(f".//{A}moveTo") + curve._element.findall(f".//{A}lnTo")
    assert len(vertices) == len(expected)
    for node_id in expected:  # each point sits under its card, higher emotion higher up
        assert abs((points[node_id].left + points[node_id].width / 2) - (cards[node_id].left + cards[node_id].width / 2)) < 2
    by_score = sorted(expected, key=derived.emotion)
    assert points[by_score[0]].top > points[by_score[-1]].top
    assert derived.worst_moment and set(shapes_named(overview, "curve-label:")) >= {derived.worst_moment}


def test_rtl_markers_for_earlier_stages_sit_right_of_the_stages(tmp_path):
    from pptx import Presentation

    jmap = load_map(SAMPLES[0].with_name("online_store_fa.json"))
    write_pptx(jmap, tmp_path / "fa.pptx", slide="4:3")
    stage_order = [s.id for s in jmap.stages]
    checked = 0
    for slide in list(Presentation(str(tmp_path / "fa.pptx")).slides)[2:]:
        cards, stages = shapes_named(slide, "card:"), shapes_named(slide, "stage:")
        if not cards or len(stages) == len(stage_order):
            continue
        first = min(stage_order.index(s) for s in stages)
        body_left = min(s.left for s in stages.values())
        body_right = max(s.left + s.width for s in stages.values())
        for node_id, marker in shapes_named(slide, "marker:").items():
            earlier = stage_order.index(jmap.node(node_id).stage_id) < first
            assert (marker.left >= body_right) if earlier else (marker.left + marker.width <= body_left)
            checked += 1
    assert checked
