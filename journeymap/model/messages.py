"""Weak-point message templates in the map's language, and localised digits for display.

The vocabulary follows the Persian and Arabic CX articles the product is built from
(نقطه تماس، لحظه کلیدی، قاعده اوج-پایان / نقاط الاتصال، اللحظة الحاسمة، قاعدة الذروة والنهاية).
"""
from __future__ import annotations

import re

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "kpi_below_target": "{kpi} is {value} in {period}, missing the target of {target}",
        "kpi_falling": "{kpi} fell from {old} in {old_period} to {value} in {period}",
        "negative_emotion": "Customers are expected to feel {feeling} here (emotion {score})",
        "emotion_dip": "Emotion drops by {drop} steps after “{prev}”",
        "peak_end_worst": "The worst moment of the journey (emotion {score}): by the peak-end rule "
        "it weighs most on how customers remember it",
        "peak_end_last": "The journey ends below neutral (emotion {score}): the last moment shapes "
        "the memory of the whole journey",
        "expectation_gap": "Expected to feel good ({feeling}), but {kpi} is {value} against a target of {target}",
        "key_moment_unmeasured": "A key moment with no KPI measured{in_period}",
        "dead_end": "Dead end: no way on from here, and it is not marked as an exit",
        "unreachable": "Customers cannot reach this from any entry point",
        "small_sample": "Only {n} answers for {kpi} in {period}: treat the value with care",
        "in_period": " in {period}",
        "no_feeling": "negative",
        "good_feeling": "positive",
    },
    "fa": {
        "kpi_below_target": "{kpi} در {period} برابر {value} است و به هدف {target} نرسیده است",
        "kpi_falling": "{kpi} از {old} در {old_period} به {value} در {period} افت کرده است",
        "negative_emotion": "انتظار می‌رود مشتری اینجا احساس «{feeling}» داشته باشد (احساس {score})",
        "emotion_dip": "احساس مشتری پس از «{prev}» {drop} پله افت می‌کند",
        "peak_end_worst": "بدترین لحظه سفر (احساس {score})؛ طبق قاعده اوج-پایان بیشترین اثر را "
        "بر خاطره مشتری از سفر دارد",
        "peak_end_last": "سفر با احساس منفی ({score}) تمام می‌شود؛ طبق قاعده اوج-پایان لحظه پایانی "
        "خاطره کل سفر را می‌سازد",
        "expectation_gap": "انتظار احساس خوب («{feeling}») می‌رود، اما {kpi} برابر {value} است و هدف {target}",
        "key_moment_unmeasured": "لحظه کلیدی بدون هیچ شاخص اندازه‌گیری‌شده{in_period}",
        "dead_end": "بن‌بست: از اینجا راهی به ادامه سفر نیست و نقطه خروج هم نیست",
        "unreachable": "مشتری از هیچ نقطه ورودی به اینجا نمی‌رسد",
        "small_sample": "فقط {n} پاسخ برای {kpi} در {period}؛ این عدد را با احتیاط تفسیر کنید",
        "in_period": " در {period}",
        "no_feeling": "منفی",
        "good_feeling": "مثبت",
    },
    "ar": {
        "kpi_below_target": "{kpi} في {period} يساوي {value} ولم يبلغ الهدف {target}",
        "kpi_falling": "انخفض {kpi} من {old} في {old_period} إلى {value} في {period}",
        "negative_emotion": "يُتوقع أن يشعر العميل هنا بـ«{feeling}» (الشعور {score})",
        "emotion_dip": "ينخفض شعور العميل {drop} درجات بعد «{prev}»",
        "peak_end_worst": "أسوأ لحظة في الرحلة (الشعور {score})؛ وفق قاعدة الذروة والنهاية هي الأكثر "
        "تأثيرًا في ذاكرة العميل",
        "peak_end_last": "تنتهي الرحلة بشعور سلبي ({score})؛ وفق قاعدة الذروة والنهاية تصنع اللحظة "
        "الأخيرة ذكرى الرحلة كلها",
        "expectation_gap": "يُتوقع شعور إيجابي («{feeling}») لكن {kpi} يساوي {value} والهدف {target}",
        "key_moment_unmeasured": "لحظة حاسمة بلا أي مؤشر مقيس{in_period}",
        "dead_end": "طريق مسدود: لا مسار بعد هذه النقطة وليست نقطة خروج",
        "unreachable": "لا يصل العميل إلى هنا من أي نقطة دخول",
        "small_sample": "{n} إجابات فقط لـ{kpi} في {period}؛ فسّر هذه القيمة بحذر",
        "in_period": " في {period}",
        "no_feeling": "سلبي",
        "good_feeling": "إيجابي",
    },
}

DIGITS = {"fa": "۰۱۲۳۴۵۶۷۸۹", "ar": "٠١٢٣٤٥٦٧٨٩"}
_DECIMAL_POINT = re.compile(r"(?<=\d)\.(?=\d)")


def base_language(language: str) -> str:
    return language.split("-")[0].split("_")[0].lower()


def localize_digits(text: str, language: str) -> str:
    """Display text with Persian (fa) or Arabic-Indic (ar) digits; never used on stored data."""
    digits = DIGITS.get(base_language(language))
    if not digits:
        return text
    text = _DECIMAL_POINT.sub("٫", text).replace("%", "٪")
    return text.translate(str.maketrans("0123456789", digits))


def template(rule_or_key: str, language: str) -> str:
    table = TEMPLATES.get(base_language(language), TEMPLATES["en"])
    return table[rule_or_key]


def render(rule: str, language: str, **fields: object) -> str:
    """The rule's message in ``language`` (en when there is no translation), digits localised."""
    text = template(rule, language).format(**{k: _text(v) for k, v in fields.items()})
    return localize_digits(text, language)


def _text(value: object) -> str:
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


NEW_NODE_TITLES = {
    "en": {"touchpoint": "New touchpoint", "key_moment": "New key moment"},
    "fa": {"touchpoint": "نقطه تماس جدید", "key_moment": "لحظه کلیدی جدید"},
    "ar": {"touchpoint": "نقطة اتصال جديدة", "key_moment": "لحظة حاسمة جديدة"},
}


def new_node_title(kind: str, language: str) -> str:
    return NEW_NODE_TITLES.get(base_language(language), NEW_NODE_TITLES["en"])[kind]
