"""Text on slides: right-to-left paragraphs, the Cairo font named for Latin and complex scripts,
the slide words in the map's language, numbers with the map's digits.

python-pptx has no RTL switch: a Persian/Arabic paragraph gets ``a:pPr rtl="1" algn="r"`` and its
runs ``a:latin`` + ``a:cs`` typefaces and a ``lang``. Fonts are named, not embedded.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from journeymap.model.messages import base_language, localize_digits
from journeymap.model.text import LRI, PDI, xml_safe

FONT = "Cairo"
LANG_TAGS = {"fa": "fa-IR", "ar": "ar-SA", "en": "en-US"}
WORDS = {
    "en": {"overview": "The whole journey", "stages": "Stages", "kpi_table": "KPI values", "step": "Step",
           "severity": "Severity", "why": "Why", "decision": "Decision", "target": "Target",
           "worst": "worst moment", "end": "end", "none": "No weak points", "no_values": "No KPI values",
           "high": "high", "medium": "medium", "low": "low", "info": "info",
           "accepted": "accepted", "dismissed": "dismissed", "continues": "continues", "of": "of"},
    "fa": {"overview": "کل سفر مشتری", "stages": "مراحل", "kpi_table": "مقادیر شاخص‌ها", "step": "گام",
           "severity": "شدت", "why": "دلیل", "decision": "تصمیم", "target": "هدف",
           "worst": "بدترین لحظه", "end": "پایان", "none": "نقطه ضعفی پیدا نشد", "no_values": "شاخصی ثبت نشده",
           "high": "زیاد", "medium": "متوسط", "low": "کم", "info": "اطلاع",
           "accepted": "پذیرفته شد", "dismissed": "رد شد", "continues": "ادامه", "of": "از"},
    "ar": {"overview": "الرحلة كاملة", "stages": "المراحل", "kpi_table": "قيم المؤشرات", "step": "الخطوة",
           "severity": "الشدة", "why": "السبب", "decision": "القرار", "target": "الهدف",
           "worst": "أسوأ لحظة", "end": "النهاية", "none": "لا توجد نقاط ضعف", "no_values": "لا توجد قيم مؤشرات",
           "high": "عالية", "medium": "متوسطة", "low": "منخفضة", "info": "معلومة",
           "accepted": "مقبولة", "dismissed": "مرفوضة", "continues": "يتبع", "of": "من"},
}


def word(language: str, key: str) -> str:
    return WORDS.get(base_language(language), WORDS["en"])[key]


def legend_word(jmap, key: str) -> str:
    """The legend's words, shared with the PNG/PDF exports (canvas/presentation.py)."""
    from journeymap.canvas.presentation import label

    return label(jmap, key)


def number(text: str, language: str) -> str:
    """A number the app formatted, in the map's digits, kept left-to-right inside RTL text."""
    return f"{LRI}{localize_digits(text, language)}{PDI}"


@dataclass(frozen=True)
class Run:
    text: str
    size: float  # points
    bold: bool = False
    color: str = "1f2933"


def _hex(color: str) -> str:
    return color.lstrip("#")


A_NS = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def style_run(run, spec: Run, language: str) -> None:
    """Text and run properties written straight into ``a:rPr`` (size, bold, colour, Cairo for
    Latin and complex scripts, language): the same XML python-pptx's font setters write, without
    their per-attribute lookups (a deck has thousands of runs)."""
    run.text = xml_safe(spec.text)
    rpr = run._r.get_or_add_rPr()
    rpr.set("lang", LANG_TAGS.get(base_language(language), "en-US"))
    rpr.set("sz", str(max(100, round(spec.size * 100))))
    rpr.set("b", "1" if spec.bold else "0")
    fill = rpr.makeelement(f"{A_NS}solidFill", {})
    fill.append(fill.makeelement(f"{A_NS}srgbClr", {"val": _hex(spec.color).upper()}))
    rpr.append(fill)
    rpr.append(rpr.makeelement(f"{A_NS}latin", {"typeface": FONT}))
    rpr.append(rpr.makeelement(f"{A_NS}cs", {"typeface": FONT}))


def set_paragraphs(text_frame, paragraphs: Sequence[Sequence[Run]], language: str, rtl: bool,
                   align: Optional[str] = None) -> None:
    """Replace the frame's text: one paragraph per run list; RTL maps get rtl="1" algn="r"."""
    from pptx.enum.text import PP_ALIGN

    alignment = {"center": PP_ALIGN.CENTER, None: PP_ALIGN.RIGHT if rtl else PP_ALIGN.LEFT}[align]
    text_frame.clear()
    for index, runs in enumerate(paragraphs):
        paragraph = text_frame.paragraphs[0] if index == 0 else text_frame.add_paragraph()
        paragraph.alignment = alignment
        if rtl:
            paragraph._p.get_or_add_pPr().set("rtl", "1")
        for spec in runs:
            style_run(paragraph.add_run(), spec, language)


def frame(shape, margin: float = 0.05, anchor: str = "top", wrap: bool = True):
    """The shape's text frame with small margins (inches), no autofit, anchored ``anchor``."""
    from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE
    from pptx.util import Inches

    tf = shape.text_frame
    tf.word_wrap = wrap
    tf.auto_size = MSO_AUTO_SIZE.NONE
    tf.vertical_anchor = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE}[anchor]
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(tf, side, Inches(margin))
    return tf
