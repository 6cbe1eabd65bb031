"""Shared by the export and report tests: real tools (poppler, qpdf, librsvg), text normalisation,
and a generated 7-stage map (wider than any sample) in Persian."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from journeymap.model.schema import JourneyMap

MARKS = re.compile(r"[\u064b-\u065f\u0670\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\s]")


def need_tool(name: str) -> str:
    """The tool's path; a missing tool fails the test under CI (it must be installed) and skips it elsewhere."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt: poppler-utils, qpdf, librsvg2-bin)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def run(*args: str) -> str:
    need_tool(args[0])
    return subprocess.run(args, capture_output=True, text=True, check=True, timeout=120).stdout


def searchable(text: str) -> str:
    """Text made comparable: NFKC (presentation forms -> letters), no marks, isolates or spaces."""
    return MARKS.sub("", unicodedata.normalize("NFKC", text))


def pdf_text(path: Path, first: int = 0, last: int = 0) -> str:
    pages = ["-f", str(first), "-l", str(last)] if first else []
    return run("pdftotext", *pages, str(path), "-")


def titles_found(jmap: JourneyMap, text: str) -> tuple[int, list[str]]:
    """How many card titles occur whole in ``text`` (after NFKC), and the ones missing."""
    flat = searchable(text).replace("-", "")  # pdftotext joins "check-" + "out" as "checkout"
    missing = [n.title for n in jmap.nodes if searchable(n.title).replace("-", "") not in flat]
    return len(jmap.nodes) - len(missing), missing


def fonts_embedded(path: Path) -> list[str]:
    """pdffonts rows whose font is not embedded (empty when all are)."""
    rows = run("pdffonts", str(path)).splitlines()[2:]
    assert rows, "no fonts in the PDF"
    return [row for row in rows if row.split()[-5] != "yes"]


def qpdf_check(path: Path) -> None:
    need_tool("qpdf")
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-800:] + result.stderr[-800:]


STAGES_FA = ["آگاهی", "جستجو", "مقایسه", "خرید", "پرداخت", "تحویل", "پشتیبانی"]
LANES_FA = ["شبکه‌های اجتماعی", "وب‌سایت و اپلیکیشن", "تماس تلفنی", "انبار (پشت صحنه)"]
TITLES_FA = ["دیدن تبلیغ در اینستاگرام", "جستجوی محصول", "خواندن نظرات خریداران", "افزودن به سبد خرید",
             "تأیید با 3D Secure", "ارسال 24h", "تماس با پشتیبانی", "پیامک پیگیری سفارش", "بسته‌بندی سفارش",
             "بازگشت کالا", "نظرسنجی پس از خرید", "مقایسه قیمت‌ها", "ثبت‌نام در سایت", "دریافت کد تخفیف"]


def seven_stage_map(stage_count: int = 7) -> JourneyMap:
    """27 cards over 7 stages and 4 lanes (Persian, RTL), KPIs in two periods: wider than one A4 page.
    (``stage_count`` 14: the stages twice, 55 cards, wider than a slide.)"""
    names = (STAGES_FA * 2)[:stage_count]
    stages = [{"id": f"s{i}", "name": f"{name} {i + 1}" if stage_count > 7 else name} for i, name in enumerate(names)]
    lanes = [{"id": f"l{i}", "name": name, "kind": "backstage" if i == 3 else "channel"} for i, name in enumerate(LANES_FA)]
    nodes, edges, measurements = [], [], []
    count = 4 * stage_count - 1
    for i in range(count):
        stage, lane = i // 4, i % 4
        nodes.append({"id": f"n{i}", "title": f"{TITLES_FA[i % len(TITLES_FA)]} {i}", "stage_id": f"s{stage}",
                      "lane_id": f"l{lane}", "kind": "key_moment" if i % 9 == 4 else "touchpoint",
                      "is_entry": i == 0, "is_exit": i == count - 1,
                      "x": 12.0, "y": 12.0 + 0 * i, "expected_emotion": {"score": (i * 3) % 5 - 2}})
        if i:
            edges.append({"id": f"e{i}", "source": f"n{i - 1}", "target": f"n{i}"})
        for period, shift in (("q1", 0), ("q2", 4)):
            measurements.append({"node_id": f"n{i}", "kpi_id": "csat", "period_id": period,
                                 "value": 55 + (i * 7) % 40 + shift, "sample_size": 120 + i})
    data = {"id": "seven", "title": "نقشه هفت‌مرحله‌ای فروشگاه", "language": "fa", "direction": "rtl",
            "stages": stages, "lanes": lanes, "nodes": nodes, "edges": edges,
            "kpis": [{"id": "csat", "name": "رضایت (CSAT)", "kind": "csat", "scale_min": 1, "scale_max": 5,
                      "method": "top2box", "target": 80}],
            "periods": [{"id": "q1", "label": "بهار ۱۴۰۵"}, {"id": "q2", "label": "تابستان ۱۴۰۵"}],
            "measurements": measurements}
    return JourneyMap.model_validate(data)
