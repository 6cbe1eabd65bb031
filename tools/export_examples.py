"""Regenerate the export examples in docs/images and the example review report in docs/report.

    python tools/export_examples.py

docs/report: the Persian store sample with the autumn survey (docs/examples/survey_autumn_1405.csv)
imported as a new quarter, compared with the sample as it was; the PDF and every page at 70 dpi
(pdftoppm). docs/images: each sample exported as PNG (120 dpi) and the first detail page of the
Persian sample on A4 (a map split into an overview and blocks of stages).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from journeymap.export import export_map  # noqa: E402
from journeymap.model.io import load_map  # noqa: E402
from journeymap.report import write_report  # noqa: E402

SAMPLES = ("online_store_fa", "bank_support_ar", "hotel_stay_en")


def report_example(folder: Path) -> None:
    target = ROOT / "docs" / "report"
    for old in target.glob("page-*.png"):
        old.unlink()
    source = ROOT / "sample_maps" / "online_store_fa.json"
    autumn = folder / "autumn.json"
    subprocess.run([sys.executable, "-m", "journeymap", "import-survey", str(source),
                    str(ROOT / "docs" / "examples" / "survey_autumn_1405.csv"), "--new-period", "پاییز ۱۴۰۵",
                    "--start", "1405/07/01", "--end", "1405/09/30", "-o", str(autumn)], check=True)
    pdf = target / "example_report_fa.pdf"
    pages = write_report(load_map(autumn), str(pdf), compare=load_map(source))
    subprocess.run(["pdftoppm", "-r", "70", "-png", str(pdf), str(target / "page")], check=True)
    for path in target.glob("page-0*.png"):  # pdftoppm pads to two digits from 10 pages on
        path.rename(path.with_name(f"page-{int(path.stem.split('-')[1])}.png"))
    print(f"{pdf.relative_to(ROOT)}: {pages} pages")


def image_examples(folder: Path) -> None:
    images = ROOT / "docs" / "images"
    for name in SAMPLES:
        jmap = load_map(ROOT / "sample_maps" / f"{name}.json")
        export_map(jmap, str(images / f"export_{name}.png"), dpi=120)
    jmap = load_map(ROOT / "sample_maps" / "online_store_fa.json")
    pdf = folder / "a4.pdf"
    export_map(jmap, str(pdf), page="A4")
    subprocess.run(["pdftoppm", "-r", "110", "-png", "-f", "2", "-l", "2", "-singlefile", str(pdf),
                    str(images / "export_a4_block_fa")], check=True)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        report_example(Path(folder))
        image_examples(Path(folder))


if __name__ == "__main__":
    main()
