"""Weak-point message templates in the map's language, and localised digits for display.

The vocabulary follows the Persian and Arabic CX articles the product is built from
(نقطه تماس، لحظه کلیدی، قاعده اوج-پایان / نقاط الاتصال، اللحظة الحاسمة، قاعدة الذروة والنهاية).
"""
from __future__ import annotations

import re

from journeymap.model.text import isolate

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
        # statistics (stats.py) and journey-level rules (journey_rules.py)
        "within_noise": ", but with {n} answers this is within noise ({interval})",
        "within_noise_change": ", but with {n} answers this is within noise",
        "ending_trend": "Along the main path the expected emotion falls over the last {steps} steps into the exit "
        "({scores}): finish strong, the end shapes how the whole journey is remembered",
        "fragmented_pain": "{count} separate painful stretches in the stage “{stage}”: combine the pain into one "
        "episode, customers remember each stretch on its own",
        "channel_switches": "A path from “{entry}” to “{exit}” changes channel {count} times ({lanes}): every "
        "switch is effort for the customer",
        "rework_loop": "Customers can be sent back to “{title}” and go round again ({count} steps in the loop): "
        "rework costs effort and trust",
        "omnichannel_gap": "In “{stage}” the channels feel different: emotion {low} in {low_lane} against {high} "
        "in {high_lane}; customers expect one consistent experience",
        "omnichannel_gap_kpi": "In “{stage}” {kpi} differs between channels: {low} in {low_lane} against {high} "
        "in {high_lane}",
        "single_point_of_failure": "Every path from entry to exit passes through this step: {reasons}. If it "
        "fails, every customer is affected",
        "spof_negative": "customers are expected to feel negative here (emotion {score})",
        "spof_missed": "{kpi} misses its target",
        "spof_unmeasured": "no KPI is measured here",
        "assumed_emotion": "The expected emotion at this key moment (“{feeling}”, {score}) is a workshop guess, "
        "not backed by any measurement in {periods}: check it with a survey, interviews or analytics",
        "list_separator": "; ",
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
        "within_noise": "، اما با {n} پاسخ این تفاوت در حد نوسان تصادفی است ({interval})",
        "within_noise_change": "، اما با {n} پاسخ این تفاوت در حد نوسان تصادفی است",
        "ending_trend": "در مسیر اصلی، احساس مورد انتظار در {steps} گام آخر تا نقطه خروج پیوسته افت می‌کند "
        "({scores})؛ سفر را قوی تمام کنید، پایان سفر خاطره کل آن را می‌سازد",
        "fragmented_pain": "{count} بخش دردناک جدا از هم در مرحله «{stage}»؛ دردها را در یک بخش جمع کنید، "
        "مشتری هر بخش را جداگانه به خاطر می‌سپارد",
        "channel_switches": "مسیری از «{entry}» تا «{exit}» {count} بار کانال عوض می‌کند ({lanes})؛ هر تغییر کانال "
        "تلاش مشتری را بیشتر می‌کند",
        "rework_loop": "مشتری ممکن است به «{title}» برگردانده شود و دوباره همان مسیر را برود ({count} گام در این "
        "چرخه)؛ دوباره‌کاری تلاش مشتری را بالا می‌برد و اعتماد را کم می‌کند",
        "omnichannel_gap": "در مرحله «{stage}» تجربه در کانال‌ها هماهنگ نیست: احساس {low} در {low_lane} در برابر "
        "{high} در {high_lane}؛ مشتری در همه کانال‌ها تجربه‌ای یکپارچه انتظار دارد",
        "omnichannel_gap_kpi": "در مرحله «{stage}» {kpi} در کانال‌ها متفاوت است: {low} در {low_lane} در برابر "
        "{high} در {high_lane}",
        "single_point_of_failure": "همه مسیرها از ورود تا خروج از این گام می‌گذرند: {reasons}. اگر این گام "
        "خراب شود، همه مشتریان آسیب می‌بینند",
        "spof_negative": "احساس مورد انتظار مشتری اینجا منفی است (احساس {score})",
        "spof_missed": "{kpi} به هدف نرسیده است",
        "spof_unmeasured": "هیچ شاخصی اینجا اندازه‌گیری نمی‌شود",
        "assumed_emotion": "احساس مورد انتظار در این لحظه کلیدی («{feeling}»، {score}) حدس کارگاهی است و هیچ "
        "اندازه‌گیری در {periods} پشتوانه آن نیست؛ آن را با نظرسنجی، مصاحبه یا داده‌های تحلیلی بسنجید",
        "list_separator": "؛ ",
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
        "small_sample": "عدد الإجابات {n} فقط لـ{kpi} في {period}؛ فسّر هذه القيمة بحذر",  # no number-noun agreement to get wrong
        "in_period": " في {period}",
        "no_feeling": "سلبي",
        "good_feeling": "إيجابي",
        "within_noise": "، لكن عدد الإجابات {n} فقط، فهذا الفرق ضمن التذبذب العشوائي ({interval})",
        "within_noise_change": "، لكن عدد الإجابات {n} فقط، فهذا الفرق ضمن التذبذب العشوائي",
        "ending_trend": "على المسار الرئيسي ينخفض الشعور المتوقع في آخر {steps} خطوات حتى نقطة الخروج ({scores})؛ "
        "اختم الرحلة بقوة، فالنهاية تصنع ذكرى الرحلة كلها",
        "fragmented_pain": "{count} مقاطع مؤلمة منفصلة في مرحلة «{stage}»؛ اجمع الألم في مقطع واحد، فالعميل يتذكر "
        "كل مقطع على حدة",
        "channel_switches": "مسار من «{entry}» إلى «{exit}» يغيّر القناة {count} مرات ({lanes})؛ كل تغيير للقناة "
        "يزيد جهد العميل",
        "rework_loop": "قد يُعاد العميل إلى «{title}» ليمر بالخطوات نفسها مرة أخرى ({count} خطوات في الحلقة)؛ "
        "إعادة العمل تزيد جهد العميل وتضعف ثقته",
        "omnichannel_gap": "في مرحلة «{stage}» لا تتسق التجربة بين القنوات: الشعور {low} في {low_lane} مقابل "
        "{high} في {high_lane}؛ يتوقع العميل تجربة موحدة في كل القنوات",
        "omnichannel_gap_kpi": "في مرحلة «{stage}» يختلف {kpi} بين القنوات: {low} في {low_lane} مقابل {high} "
        "في {high_lane}",
        "single_point_of_failure": "كل المسارات من الدخول إلى الخروج تمر بهذه الخطوة: {reasons}. إن تعثرت "
        "تأثر كل العملاء",
        "spof_negative": "يُتوقع أن يكون شعور العميل هنا سلبيًا (الشعور {score})",
        "spof_missed": "{kpi} لم يبلغ هدفه",
        "spof_unmeasured": "لا يُقاس هنا أي مؤشر",
        "assumed_emotion": "الشعور المتوقع في هذه اللحظة الحاسمة («{feeling}»، {score}) تخمين من ورشة عمل ولا "
        "يسنده أي قياس في {periods}؛ تحقق منه باستبيان أو مقابلات أو بيانات تحليلية",
        "list_separator": "؛ ",
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


USER_TEXT_FIELDS = frozenset({"kpi", "period", "old_period", "feeling", "prev", "in_period", "node", "title",
                              "stage", "entry", "exit", "lanes", "low_lane", "high_lane", "periods"})


def render(rule: str, language: str, **fields: object) -> str:
    """The rule's message in ``language`` (en when there is no translation), digits localised.

    User text (KPI names, period labels, feelings, titles) is bidi-isolated (FSI…PDI) so that an
    RTL name or an unclosed U+202E cannot reorder the sentence, and its digits are never rewritten.
    """
    values = {k: isolate(str(v)) if k in USER_TEXT_FIELDS and v else localize_digits_outside_isolates(_text(v), language)
              for k, v in fields.items()}
    return localize_digits(template(rule, language), language).format(**values)


def localize_digits_outside_isolates(text: str, language: str) -> str:
    """Localised digits except inside FSI/LRI/RLI … PDI (user text already rendered into a part)."""
    openers = "\u2066\u2067\u2068"
    if not any(c in text for c in openers):
        return localize_digits(text, language)
    parts, depth, start = [], 0, 0
    for i, char in enumerate(text):
        if char in openers:
            if depth == 0:
                parts.append(localize_digits(text[start:i], language))
                start = i
            depth += 1
        elif char == "\u2069" and depth:
            depth -= 1
            if depth == 0:
                parts.append(text[start:i + 1])
                start = i + 1
    parts.append(text[start:] if depth else localize_digits(text[start:], language))
    return "".join(parts)


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
