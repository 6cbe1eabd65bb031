"""The spreadsheet template (File → Save spreadsheet template…) and the examples in docs/examples:
a short online-store journey in English, Persian or Arabic, in the import layout.

Emotion is given both ways (a score, or a name on the scale); one row branches with ``next``.
"""
from __future__ import annotations

from pathlib import Path

from journeymap.interchange.columns import COLUMNS, KPI_COLUMNS, kpi_header, names_in
from journeymap.model.io import write_atomic
from journeymap.model.messages import base_language

KEYS = ("stage", "lane", "title", "kind", "emotion", "feeling", "owner", "next", "exit")
PERIOD = {"en": "Q3 2026", "fa": "تابستان ۱۴۰۵", "ar": "الربع الثالث 2026"}
KPIS = {"en": ("CSAT", "NPS"), "fa": ("رضایت مشتری (CSAT)", "NPS"), "ar": ("رضا العملاء (CSAT)", "NPS")}
TARGETS = {"CSAT": ("csat", "top2box", 1, 5, 80), "NPS": ("nps", "nps", 0, 10, 30)}
# (stage, lane, title, kind, emotion, feeling, owner, next, exit, CSAT, n, NPS) per language
ROWS = {
    "en": [
        ("Discover", "Social media", "Sees an ad on Instagram", "touchpoint", 1, "curious", "Marketing", "", "", "", "", ""),
        ("Discover", "Website", "Searches the site", "touchpoint", "neutral", "unsure", "Product team", "", "", 81, 240, ""),
        ("Buy", "Website", "Checkout and payment", "key moment", -1, "worried", "Payments team",
         "Order confirmation; Calls support", "", 66, 212, ""),
        ("Buy", "Email", "Order confirmation", "touchpoint", 1, "reassured", "CRM team", "Delivery", "", "", "", ""),
        ("Buy", "Phone support", "Calls support", "touchpoint", -2, "frustrated", "Call centre", "Delivery", "", 52, 96, ""),
        ("After purchase", "Delivery (backstage)", "Delivery", "key moment", "pleased", "relieved", "Logistics", "",
         "yes", 88, 310, 31),
    ],
    "fa": [
        ("آشنایی", "شبکه‌های اجتماعی", "دیدن تبلیغ در اینستاگرام", "نقطه تماس", 1, "کنجکاو", "تیم بازاریابی", "", "", "", "", ""),
        ("آشنایی", "وب‌سایت", "جستجو در سایت", "نقطه تماس", "خنثی", "سردرگم", "تیم محصول", "", "", 81, 240, ""),
        ("خرید", "وب‌سایت", "پرداخت و تسویه حساب", "لحظه کلیدی", -1, "نگران", "تیم پرداخت",
         "پیامک تأیید سفارش؛ تماس با پشتیبانی", "", 66, 212, ""),
        ("خرید", "ایمیل و پیامک", "پیامک تأیید سفارش", "نقطه تماس", 1, "آسوده", "تیم ارتباط با مشتری", "تحویل مرسوله",
         "", "", "", ""),
        ("خرید", "پشتیبانی تلفنی", "تماس با پشتیبانی", "نقطه تماس", -2, "کلافه", "مرکز تماس", "تحویل مرسوله", "",
         52, 96, ""),
        ("پس از خرید", "ارسال (پشت صحنه)", "تحویل مرسوله", "لحظه کلیدی", "راضی", "خیالش راحت", "واحد ارسال", "",
         "بله", 88, 310, 31),
    ],
    "ar": [
        ("الاستكشاف", "وسائل التواصل الاجتماعي", "مشاهدة إعلان على إنستغرام", "نقطة اتصال", 1, "فضول", "فريق التسويق",
         "", "", "", "", ""),
        ("الاستكشاف", "الموقع الإلكتروني", "البحث في الموقع", "نقطة اتصال", "محايد", "حيرة", "فريق المنتج", "", "",
         81, 240, ""),
        ("الشراء", "الموقع الإلكتروني", "الدفع وإتمام الطلب", "لحظة حاسمة", -1, "قلق", "فريق المدفوعات",
         "رسالة تأكيد الطلب؛ الاتصال بالدعم", "", 66, 212, ""),
        ("الشراء", "البريد والرسائل", "رسالة تأكيد الطلب", "نقطة اتصال", 1, "اطمئنان", "فريق علاقات العملاء",
         "استلام الطلب", "", "", "", ""),
        ("الشراء", "الدعم الهاتفي", "الاتصال بالدعم", "نقطة اتصال", -2, "إحباط", "مركز الاتصال", "استلام الطلب", "",
         52, 96, ""),
        ("ما بعد الشراء", "التوصيل (خلف الكواليس)", "استلام الطلب", "لحظة حاسمة", "راضٍ", "ارتياح", "فريق التوصيل", "",
         "نعم", 88, 310, 31),
    ],
}


def example_tables(language: str) -> dict[str, tuple[list[str], list[list[object]]]]:
    """Sheet key -> (header, rows): the steps and the KPIs sheet of the example journey."""
    lang = base_language(language) if base_language(language) in ROWS else "en"
    csat, nps = KPIS[lang]
    names = names_in(lang, COLUMNS)
    header = [names[k] for k in KEYS] + [kpi_header(csat, PERIOD[lang]), kpi_header(csat, PERIOD[lang], True),
                                         kpi_header(nps, PERIOD[lang])]
    kpi_names = names_in(lang, KPI_COLUMNS)
    kpi_rows = []
    for name in (csat, nps):
        kind, method, low, high, target = TARGETS["CSAT" if "CSAT" in name else "NPS"]
        kpi_rows.append([name, kind, method, low, high, "higher_better", target, ""])
    return {"steps": (header, [list(row) for row in ROWS[lang]]),
            "kpis": ([kpi_names[k] for k in KPI_COLUMNS], kpi_rows)}


def write_example(path: str | Path, language: str, rows: bool = True) -> Path:
    """The example journey as an .xlsx workbook in the import layout (``rows=False``: headers only)."""
    from journeymap.interchange.data_export import workbook_bytes

    tables = example_tables(language)
    if not rows:
        tables = {key: (header, []) for key, (header, _) in tables.items()}
    write_atomic(path, workbook_bytes(tables, language), keep_backup=False)
    return Path(path)
