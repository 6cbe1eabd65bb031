"""Export of every sample to PNG, PDF and SVG; Persian/Arabic text stays searchable in PDFs."""
import re
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET

import pytest

from journeymap.export import ExportError, export_map
from journeymap.model.io import dumps_map, load_map
from tests.conftest import SAMPLES

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
TASHKEEL = re.compile(r"[\u064b-\u065f\u0670\u200c\u200d\u200e\u200f\u202a-\u202e\s]")


def searchable(text: str) -> str:
    """pdftotext output made comparable: NFKC (presentation forms -> letters), no marks or spaces."""
    return TASHKEEL.sub("", unicodedata.normalize("NFKC", text))


@pytest.fixture(params=SAMPLES, ids=lambda p: p.stem)
def sample_map(request):
    return load_map(request.param)


def test_png_is_large_enough_for_slides(sample_map, tmp_path, qapp):
    from PySide6.QtGui import QImage

    out = tmp_path / "map.png"
    before = dumps_map(sample_map)
    export_map(sample_map, str(out))
    image = QImage(str(out))
    assert max(image.width(), image.height()) >= 2000
    assert dumps_map(sample_map) == before  # export never changes the document


def test_svg_is_well_formed_with_text(sample_map, tmp_path, qapp):
    out = tmp_path / "map.svg"
    export_map(sample_map, str(out))
    root = ET.parse(out).getroot()
    texts = "".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert sample_map.nodes[0].title.split()[0] in texts


@needs_poppler
def test_pdf_text_is_searchable_and_fonts_embedded(sample_map, tmp_path, qapp):
    out = tmp_path / "map.pdf"
    export_map(sample_map, str(out))
    text = searchable(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout)
    words = {w for n in sample_map.nodes for w in n.title.split() if len(w) > 2}
    found = {w for w in words if searchable(w) in text}
    assert len(found) >= 0.9 * len(words), sorted(words - found)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # emb column
    assert any("Cairo" in line for line in fonts)


@needs_poppler
def test_pdf_page_sizes(tmp_path, qapp):
    jmap = load_map(SAMPLES[0])
    for page in ("A4", "A3"):
        out = tmp_path / f"{page}.pdf"
        export_map(jmap, str(out), page=page)
        info = subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True).stdout
        size = re.search(r"Page size:\s+(\d+\.?\d*) x (\d+\.?\d*) pts", info)
        assert size, info
        points = sorted(float(v) for v in size.groups())
        expected = {"A4": [595.3, 841.9], "A3": [841.9, 1190.6]}[page]
        assert all(abs(a - b) < 2 for a, b in zip(points, expected)), (page, points)


def test_bad_output_paths_are_clear_errors(tmp_path, qapp):
    jmap = load_map(SAMPLES[0])
    with pytest.raises(ExportError, match="png, .pdf or .svg"):
        export_map(jmap, str(tmp_path / "map.docx"))
    with pytest.raises(ExportError, match="does not exist"):
        export_map(jmap, str(tmp_path / "missing" / "map.png"))


def test_cli_export_and_bad_file(tmp_path):
    out = tmp_path / "out.svg"
    ok = subprocess.run([sys.executable, "-m", "journeymap", "export", str(SAMPLES[0]), "-o", str(out)],
                        capture_output=True, text=True, timeout=120)
    assert ok.returncode == 0 and out.exists()
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    result = subprocess.run([sys.executable, "-m", "journeymap", "export", str(bad), "-o", str(tmp_path / "x.png")],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.png").exists()
