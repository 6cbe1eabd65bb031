"""New maps: a blank map and "new from template" (e-commerce, bank, telecom support, hotel, SaaS
onboarding) in English, Persian or Arabic. Pure Python (no Qt): the templates are plain data.

Each text is a tuple (en, fa, ar); vocabulary from the CX articles in shared/domain.
"""
from __future__ import annotations

from journeymap.model.ids import new_id
from journeymap.model.schema import JourneyMap

LANGS = ("en", "fa", "ar")
EMOTIONS = {
    "en": {-2: "angry", -1: "annoyed", 0: "neutral", 1: "pleased", 2: "delighted"},
    "fa": {-2: "خشمگین", -1: "ناراضی", 0: "خنثی", 1: "راضی", 2: "شاد"},
    "ar": {-2: "غاضب", -1: "مستاء", 0: "محايد", 1: "راضٍ", 2: "سعيد"},
}
COMMON_KPIS = [
    ("nps", ("NPS", "شاخص خالص ترویج‌کنندگان (NPS)", "صافي نقاط الترويج (NPS)"), "nps", 0, 10, "nps", 30.0, "higher_better"),
    ("csat", ("CSAT", "رضایت مشتری (CSAT)", "رضا العملاء (CSAT)"), "csat", 1, 5, "top2box", 80.0, "higher_better"),
    ("ces", ("CES (effort)", "شاخص تلاش مشتری (CES)", "جهد العميل (CES)"), "ces", 1, 5, "mean", 2.0, "lower_better"),
]
BLANK = {
    "title": ("New journey map", "نقشه سفر مشتری جدید", "خريطة رحلة عميل جديدة"),
    "stages": [("Before", "پیش از خرید", "قبل الشراء"), ("During", "خرید", "الشراء"), ("After", "پس از خرید", "بعد الشراء")],
    "lanes": [("Digital", "کانال‌های دیجیتال", "القنوات الرقمية"), ("People", "کارکنان", "الموظفون"),
              ("Backstage", "پشت صحنه", "خلف الكواليس")],
    "nodes": [],
}
TEMPLATES = {
    "ecommerce": {
        "name": ("Online store", "فروشگاه اینترنتی", "متجر إلكتروني"),
        "stages": [("Pre-purchase", "پیش از خرید", "ما قبل الشراء"), ("Purchase", "خرید", "الشراء"),
                   ("Post-purchase", "پس از خرید", "ما بعد الشراء")],
        "lanes": [("Social media", "شبکه‌های اجتماعی", "وسائل التواصل الاجتماعي"), ("Website", "وب‌سایت", "الموقع الإلكتروني"),
                  ("Phone support", "پشتیبانی تلفنی", "الدعم الهاتفي"), ("Delivery (backstage)", "ارسال (پشت صحنه)", "التوصيل (خلف الكواليس)")],
        "nodes": [(0, 0, "touchpoint", ("Sees an ad", "دیدن تبلیغ", "مشاهدة الإعلان"), 1),
                  (0, 1, "touchpoint", ("Searches the site", "جستجو در سایت", "البحث في الموقع"), 0),
                  (1, 1, "key_moment", ("Checkout and payment", "پرداخت و تسویه حساب", "الدفع وإتمام الطلب"), -1),
                  (2, 3, "key_moment", ("Delivery", "تحویل سفارش", "استلام الطلب"), 0)],
    },
    "bank": {
        "name": ("Bank account opening", "افتتاح حساب بانکی", "فتح حساب مصرفي"),
        "stages": [("Explore", "آشنایی", "الاستكشاف"), ("Apply", "درخواست", "التقديم"), ("Onboard", "شروع استفاده", "البدء")],
        "lanes": [("App & web", "اپلیکیشن و وب", "التطبيق والموقع"), ("Branch", "شعبه", "الفرع"),
                  ("Call centre", "مرکز تماس", "مركز الاتصال"), ("Back office", "پشتیبانی داخلی", "المكتب الخلفي")],
        "nodes": [(0, 0, "touchpoint", ("Compares accounts", "مقایسه حساب‌ها", "مقارنة الحسابات"), 0),
                  (1, 0, "key_moment", ("Identity check", "احراز هویت", "التحقق من الهوية"), -1),
                  (1, 3, "touchpoint", ("Application review", "بررسی درخواست", "مراجعة الطلب"), 0),
                  (2, 1, "key_moment", ("Receives the card", "دریافت کارت", "استلام البطاقة"), 1)],
    },
    "telecom": {
        "name": ("Telecom support", "پشتیبانی اپراتور تلفن همراه", "دعم شركة الاتصالات"),
        "stages": [("Problem", "بروز مشکل", "ظهور المشكلة"), ("Contact", "تماس با پشتیبانی", "التواصل مع الدعم"),
                   ("Resolution", "رفع مشکل", "حل المشكلة")],
        "lanes": [("App", "اپلیکیشن", "التطبيق"), ("Call centre", "مرکز تماس", "مركز الاتصال"),
                  ("Store", "دفتر خدمات", "مكتب الخدمات"), ("Network team (backstage)", "تیم شبکه (پشت صحنه)", "فريق الشبكة (خلف الكواليس)")],
        "nodes": [(0, 0, "touchpoint", ("Notices slow internet", "متوجه کندی اینترنت می‌شود", "يلاحظ بطء الإنترنت"), -1),
                  (1, 1, "key_moment", ("Waits on the line", "انتظار پشت خط", "الانتظار على الخط"), -2),
                  (2, 3, "touchpoint", ("Fault fixed", "رفع خرابی", "إصلاح العطل"), 0),
                  (2, 0, "touchpoint", ("Resolution message", "پیامک رفع مشکل", "رسالة حل المشكلة"), 1)],
    },
    "hotel": {
        "name": ("Hotel stay", "اقامت در هتل", "الإقامة في الفندق"),
        "stages": [("Booking", "رزرو", "الحجز"), ("Arrival", "ورود", "الوصول"), ("Stay", "اقامت", "الإقامة"),
                   ("Departure", "خروج", "المغادرة")],
        "lanes": [("Website", "وب‌سایت", "الموقع الإلكتروني"), ("Front desk", "پذیرش", "الاستقبال"),
                  ("Room", "اتاق", "الغرفة"), ("Housekeeping (backstage)", "خانه‌داری (پشت صحنه)", "التدبير الفندقي (خلف الكواليس)")],
        "nodes": [(0, 0, "touchpoint", ("Books a room", "رزرو اتاق", "حجز غرفة"), 1),
                  (1, 1, "key_moment", ("Check-in", "پذیرش و تحویل اتاق", "تسجيل الدخول"), 0),
                  (2, 2, "key_moment", ("First look at the room", "اولین دیدن اتاق", "النظرة الأولى إلى الغرفة"), 2),
                  (3, 1, "touchpoint", ("Check-out and bill", "تسویه و خروج", "تسجيل المغادرة والفاتورة"), 0)],
    },
    "saas": {
        "name": ("SaaS onboarding", "شروع کار با نرم‌افزار ابری", "بدء استخدام البرمجيات السحابية"),
        "stages": [("Sign-up", "ثبت‌نام", "التسجيل"), ("First value", "اولین نتیجه", "أول قيمة"), ("Adoption", "استفاده مستمر", "الاعتماد")],
        "lanes": [("Product", "محصول", "المنتج"), ("Email", "ایمیل", "البريد الإلكتروني"),
                  ("Customer success", "موفقیت مشتری", "نجاح العملاء"), ("Billing (backstage)", "صورتحساب (پشت صحنه)", "الفوترة (خلف الكواليس)")],
        "nodes": [(0, 0, "touchpoint", ("Creates an account", "ساخت حساب کاربری", "إنشاء حساب"), 1),
                  (0, 1, "touchpoint", ("Welcome email", "ایمیل خوشامد", "رسالة الترحيب"), 1),
                  (1, 0, "key_moment", ("First project set up", "راه‌اندازی اولین پروژه", "إعداد أول مشروع"), -1),
                  (2, 3, "key_moment", ("Trial ends: first invoice", "پایان دوره آزمایشی و اولین صورتحساب", "نهاية الفترة التجريبية وأول فاتورة"), -1)],
    },
}


def _pick(texts: tuple, language: str) -> str:
    return texts[LANGS.index(language)] if language in LANGS else texts[0]


def _build(spec: dict, language: str, title: str) -> JourneyMap:
    stages = [{"id": new_id("s"), "name": _pick(t, language)} for t in spec["stages"]]
    lanes = [{"id": new_id("l"), "name": _pick(t, language)} for t in spec["lanes"]]
    nodes, edges = [], []
    for index, (stage, lane, kind, texts, score) in enumerate(spec["nodes"]):
        node_id = new_id("n")
        nodes.append({"id": node_id, "kind": kind, "title": _pick(texts, language), "stage_id": stages[stage]["id"],
                      "lane_id": lanes[lane]["id"], "x": 12.0, "y": 40.0,
                      "expected_emotion": {"score": score, "feeling": EMOTIONS[language if language in LANGS else "en"][score]},
                      "is_entry": index == 0, "is_exit": index == len(spec["nodes"]) - 1})
        if index:
            edges.append({"id": new_id("e"), "source": nodes[index - 1]["id"], "target": node_id})
    kpis = [{"id": kid, "name": _pick(names, language), "kind": kind, "scale_min": lo, "scale_max": hi, "method": method,
             "target": target, "direction": direction} for kid, names, kind, lo, hi, method, target, direction in COMMON_KPIS]
    return JourneyMap.model_validate({
        "id": new_id("m"), "title": title, "language": language, "direction": "rtl" if language in ("fa", "ar") else "ltr",
        "emotion_scale": {"min": -2, "max": 2, "labels": EMOTIONS.get(language, EMOTIONS["en"])},
        "stages": stages, "lanes": lanes, "nodes": nodes, "edges": edges, "kpis": kpis,
    })


def blank_map(language: str = "en") -> JourneyMap:
    return _build(BLANK, language, _pick(BLANK["title"], language))


def template_names(language: str) -> dict[str, str]:
    return {key: _pick(spec["name"], language) for key, spec in TEMPLATES.items()}


def from_template(key: str, language: str) -> JourneyMap:
    spec = TEMPLATES[key]
    return _build(spec, language, _pick(spec["name"], language))
