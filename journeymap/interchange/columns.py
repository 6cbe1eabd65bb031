"""The spreadsheet layout shared by import and export: column and sheet names in en/fa/ar.

One row per step. A header cell is matched after normalisation (NFKC, case-folded, ZWNJ and
repeated spaces removed) against the names of every language, so a Persian header works in an
English map and the other way round. KPI columns are ``NAME [PERIOD]`` (value) and
``NAME [PERIOD] (n)`` (number of answers).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Optional

from journeymap.model.messages import base_language

# canonical key -> (en, fa, ar); the first name of each is what an export writes
COLUMNS: dict[str, tuple[str, str, str]] = {
    "id": ("id", "شناسه", "المعرف"),
    "stage": ("stage", "مرحله", "المرحلة"),
    "lane": ("lane", "کانال", "القناة"),
    "lane_kind": ("lane kind", "نوع کانال", "نوع القناة"),
    "title": ("title", "عنوان", "العنوان"),
    "kind": ("kind", "نوع", "النوع"),
    "emotion": ("emotion", "احساس", "الشعور"),
    "feeling": ("feeling", "توصیف احساس", "وصف الشعور"),
    "emotion_source": ("emotion known from", "منبع احساس", "مصدر الشعور"),
    "desired_feeling": ("desired feeling", "احساس مطلوب", "الشعور المرغوب"),
    "owner": ("owner", "مسئول", "المسؤول"),
    "description": ("description", "توضیحات", "الوصف"),
    "entry": ("entry", "ورودی", "نقطة دخول"),
    "exit": ("exit", "خروجی", "نقطة خروج"),
    "journey": ("journey", "سفر", "الرحلة"),
    "next": ("next", "بعدی", "التالي"),
    "alternative": ("alternative", "مسیر جایگزین", "مسار بديل"),
    "fallback": ("fallback", "مسیر جبرانی", "مسار احتياطي"),
}
ALIASES: dict[str, tuple[str, ...]] = {  # extra accepted spellings
    "lane": ("channel", "lane/channel", "کانال/بازیگر", "لاین", "المسار"),
    "title": ("step", "گام", "الخطوة"),
    "emotion": ("emotion score", "امتیاز احساس", "درجة الشعور"),
    "emotion_source": ("emotion source", "source of emotion"),
    "owner": ("مالک", "مسؤول"),
    "stage": ("phase", "فاز", "مرحلة"),
    "next": ("next step", "گام بعدی", "الخطوة التالية"),
}
REQUIRED = ("stage", "lane", "title")

SHEETS: dict[str, tuple[str, str, str]] = {
    "steps": ("steps", "گام‌ها", "الخطوات"),
    "kpis": ("KPIs", "شاخص‌ها", "المؤشرات"),
    "kpi_values": ("KPI values", "مقادیر شاخص‌ها", "قيم المؤشرات"),
    "weak_points": ("weak points", "نقاط ضعف", "نقاط الضعف"),
}
KPI_COLUMNS: dict[str, tuple[str, str, str]] = {
    "name": ("name", "نام", "الاسم"),
    "kind": ("kind", "نوع", "النوع"),
    "method": ("method", "روش", "الطريقة"),
    "scale_min": ("scale min", "کمینه مقیاس", "أدنى المقياس"),
    "scale_max": ("scale max", "بیشینه مقیاس", "أعلى المقياس"),
    "direction": ("direction", "جهت", "الاتجاه"),
    "target": ("target", "هدف", "الهدف"),
    "unit": ("unit", "واحد", "الوحدة"),
}
VALUE_COLUMNS: dict[str, tuple[str, str, str]] = {
    "step_id": ("step id", "شناسه گام", "معرف الخطوة"),
    "step": ("step", "گام", "الخطوة"),
    "kpi": ("KPI", "شاخص", "المؤشر"),
    "period": ("period", "دوره", "الفترة"),
    "value": ("value", "مقدار", "القيمة"),
    "n": ("n", "تعداد پاسخ", "عدد الإجابات"),
    "target": ("target", "هدف", "الهدف"),
    "meets_target": ("meets target", "در حد هدف", "يحقق الهدف"),
    "source": ("source", "منبع", "المصدر"),
}
WEAK_COLUMNS: dict[str, tuple[str, str, str]] = {
    "severity": ("severity", "شدت", "الشدة"),
    "rule": ("rule", "قاعده", "القاعدة"),
    "step_id": ("step id", "شناسه گام", "معرف الخطوة"),
    "step": ("step", "گام", "الخطوة"),
    "message": ("why", "دلیل", "السبب"),
    "decision": ("decision", "تصمیم", "القرار"),
    "note": ("note", "یادداشت", "ملاحظة"),
}
KINDS: dict[str, tuple[str, ...]] = {
    "touchpoint": ("touchpoint", "touch point", "نقطه تماس", "نقطة اتصال", "نقطة تواصل"),
    "key_moment": ("key moment", "key_moment", "moment of truth", "لحظه کلیدی", "لحظه حقیقت",
                   "لحظة حاسمة", "لحظة الحقيقة"),
}
EMOTION_SOURCES: dict[str, tuple[str, ...]] = {  # the Inspector's words (tools/translations.py)
    "assumed": ("assumed", "فرضی", "مفترض"),
    "survey": ("survey", "نظرسنجی", "استبيان"),
    "interviews": ("interviews", "مصاحبه", "مقابلات"),
    "analytics": ("analytics", "داده‌های تحلیلی", "بيانات تحليلية"),
}
KIND_NAMES = {"touchpoint": ("touchpoint", "نقطه تماس", "نقطة اتصال"),
              "key_moment": ("key moment", "لحظه کلیدی", "لحظة حاسمة")}
YES = ("yes", "y", "true", "1", "x", "✓", "بله", "آری", "بلی", "نعم")
NO = ("", "no", "n", "false", "0", "خیر", "نه", "لا")
END_OF_JOURNEY = ("-", "—", "end", "پایان", "نهاية", "النهاية")
KPI_HEADER = re.compile(r"^(?P<name>.+?)\s*\[(?P<period>[^\]]+)\]\s*(?P<n>\(\s*n\s*\))?$")
LIST_SEPARATORS = re.compile(r"[;\n؛]")
LANG_INDEX = {"en": 0, "fa": 1, "ar": 2}


def normalize(text: object) -> str:
    """How header cells and names are compared: NFKC, case-folded, no ZWNJ, single spaces."""
    text = unicodedata.normalize("NFKC", str(text or "")).replace("\u200c", " ").replace("\u200f", "")
    return " ".join(text.split()).casefold()


def names_in(language: str, table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    """Key -> the name an export writes for ``language`` (English when not fa/ar)."""
    index = LANG_INDEX.get(base_language(language), 0)
    return {key: names[index] for key, names in table.items()}


def _lookup(table: dict[str, tuple[str, ...]], *extra: dict[str, tuple[str, ...]]) -> dict[str, str]:
    found: dict[str, str] = {}
    for source in (table, *extra):
        for key, names in source.items():
            for name in names:
                found.setdefault(normalize(name), key)
    return found


_COLUMN_LOOKUP = _lookup(COLUMNS, ALIASES)
_KIND_LOOKUP = _lookup(KINDS)


def column_key(header: object) -> Optional[str]:
    return _COLUMN_LOOKUP.get(normalize(header))


def key_in(table: dict[str, tuple[str, ...]], text: object) -> Optional[str]:
    return _lookup(table).get(normalize(text))


def kind_key(text: object) -> Optional[str]:
    return _KIND_LOOKUP.get(normalize(text)) if normalize(text) else "touchpoint"


def parse_flag(text: object) -> Optional[bool]:
    value = normalize(text)
    if value in YES:
        return True
    if value in NO:
        return False
    return None


def split_list(text: object) -> list[str]:
    return [part.strip() for part in LIST_SEPARATORS.split(str(text or "")) if part.strip()]


def kpi_header(name: str, period: str, sample_size: bool = False) -> str:
    return f"{name} [{period}]" + (" (n)" if sample_size else "")


def parse_kpi_header(header: object) -> Optional[tuple[str, str, bool]]:
    """(KPI name, period label, is the n column) for ``NAME [PERIOD]`` / ``NAME [PERIOD] (n)``."""
    match = KPI_HEADER.match(unicodedata.normalize("NFC", str(header or "")).strip())
    if not match:
        return None
    return match["name"].strip(), match["period"].strip(), bool(match["n"])
