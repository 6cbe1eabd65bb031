"""Compact specs of the sample maps (vocabulary from shared/domain). Built by build_samples.py.

Node rows: (id, kind, title, stage, lane, score, feeling, desired feeling, owner, flags).
Measurement rows: (node, kpi, values per period, sample sizes per period).
"""
TP, KM = "touchpoint", "key_moment"


def _kpi(kid, name, kind, lo, hi, method, target, direction="higher_better", unit=""):
    return {"id": kid, "name": name, "kind": kind, "scale_min": lo, "scale_max": hi, "direction": direction,
            "method": method, "target": target, "unit": unit}


STORE_FA = {
    "id": "sample-store-fa", "language": "fa", "survey_source": "نظرسنجی پس از خرید",
    "title": "نقشه سفر مشتری فروشگاه اینترنتی",
    "description": "سفر مشتری از دیدن تبلیغ در اینستاگرام تا تحویل سفارش و پشتیبانی پس از خرید",
    "north_star": "هر سفارش بی‌دردسر و به‌موقع به دست مشتری برسد، در همه کانال‌ها با یک تجربه یکپارچه",
    "personas": [
        {"id": "p-maryam", "name": "مریم، خریدار پرمشغله", "description": "از موبایل خرید می‌کند و وقت کمی دارد",
         "segment": "طلایی", "color": "#d4a017"},
        {"id": "p-reza", "name": "رضا، مشتری تازه‌وارد", "description": "اولین خرید اینترنتی‌اش از ماست",
         "segment": "برنزی", "color": "#b87333"},
    ],
    "stages": [("s-pre", "پیش از خرید"), ("s-buy", "خرید"), ("s-post", "پس از خرید")],
    "lanes": [("l-social", "شبکه‌های اجتماعی", "channel"), ("l-web", "وب‌سایت و اپلیکیشن", "channel"),
              ("l-msg", "ایمیل و پیامک", "channel"), ("l-phone", "تماس تلفنی", "channel"),
              ("l-ops", "انبار و ارسال (پشت صحنه)", "backstage")],
    "nodes": [
        ("n-insta", TP, "دیدن تبلیغ در اینستاگرام", "s-pre", "l-social", 1, "کنجکاو", "هیجان‌زده", "تیم بازاریابی", "entry"),
        ("n-search", TP, "جستجو در سایت", "s-pre", "l-web", 0, "سردرگم", "مطمئن", "تیم محصول"),
        ("n-reviews", TP, "مقایسه محصولات و خواندن نظرات", "s-pre", "l-web", 1, "مطمئن", "مطمئن", "تیم محتوا"),
        ("n-cart", TP, "افزودن به سبد خرید", "s-buy", "l-web", 1, "راضی", "راضی", "تیم محصول"),
        ("n-checkout", KM, "پرداخت و تسویه حساب", "s-buy", "l-web", -1, "نگران", "آسوده‌خاطر", "تیم پرداخت"),
        ("n-sms", TP, "پیامک تأیید سفارش", "s-buy", "l-msg", 1, "آسوده", "آسوده‌خاطر", "تیم ارتباط با مشتری"),
        ("n-pack", TP, "آماده‌سازی و ارسال سفارش", "s-buy", "l-ops", None, "", "", "انبار"),
        ("n-track", TP, "پیگیری سفارش در سایت", "s-post", "l-web", 0, "منتظر", "در جریان", "تیم محصول"),
        ("n-delivery", KM, "تحویل مرسوله", "s-post", "l-ops", -2, "ناامید از تأخیر", "خوشحال", "واحد ارسال"),
        ("n-call", KM, "تماس با پشتیبانی", "s-post", "l-phone", -1, "کلافه", "شنیده‌شده", "مرکز تماس"),
        ("n-return", TP, "درخواست مرجوعی کالا", "s-post", "l-web", -1, "بی‌اعتماد", "مطمئن", "خدمات پس از فروش"),
        ("n-survey", TP, "نظرسنجی پس از خرید", "s-post", "l-msg", 1, "قدردانی‌شده", "وفادار", "تیم تجربه مشتری", "exit"),
    ],
    "node_personas": {"n-insta": ["p-maryam", "p-reza"], "n-checkout": ["p-reza"], "n-delivery": ["p-maryam"]},
    "edges": [
        ("n-insta", "n-search", "flow", "کلیک روی تبلیغ"), ("n-search", "n-reviews", "flow", ""),
        ("n-reviews", "n-cart", "flow", ""), ("n-cart", "n-checkout", "flow", ""),
        ("n-checkout", "n-sms", "flow", "پرداخت موفق"), ("n-checkout", "n-call", "fallback", "خطای درگاه"),
        ("n-sms", "n-pack", "flow", ""), ("n-pack", "n-track", "flow", ""), ("n-track", "n-delivery", "flow", ""),
        ("n-delivery", "n-survey", "flow", ""), ("n-delivery", "n-call", "alternative", "تأخیر در ارسال"),
        ("n-call", "n-return", "alternative", "کالای معیوب"), ("n-call", "n-survey", "flow", ""),
        ("n-return", "n-survey", "flow", ""),
    ],
    "kpis": [
        _kpi("k-nps", "شاخص خالص ترویج‌کنندگان (NPS)", "nps", 0, 10, "nps", 30),
        _kpi("k-csat", "رضایت مشتری (CSAT)", "csat", 1, 5, "top2box", 80, unit="%"),
        _kpi("k-ces", "شاخص تلاش مشتری (CES)", "ces", 1, 7, "mean", 5.5),
    ],
    "periods": [
        {"id": "q-1405-1", "label": "بهار ۱۴۰۵", "start": "2026-03-21", "end": "2026-06-21"},
        {"id": "q-1405-2", "label": "تابستان ۱۴۰۵", "start": "2026-06-22", "end": "2026-09-22"},
    ],
    "measurements": [
        ("n-checkout", "k-csat", [78, 66], [240, 212]), ("n-checkout", "k-ces", [4.9, 4.6], [240, 212]),
        ("n-delivery", "k-nps", [12, -4], [310, 288]), ("n-delivery", "k-csat", [71, 62], [310, 288]),
        ("n-call", "k-ces", [4.1, 4.8], [96, 104]), ("n-call", "k-csat", [58, 64], [96, 104]),
        ("n-search", "k-ces", [5.2, 5.6], [180, 190]), ("n-reviews", "k-csat", [86, 88], [150, 162]),
        ("n-survey", "k-nps", [24, 21], [420, 401]), ("n-return", "k-csat", [None, 52], [None, 18]),
    ],
}

BANK_AR = {
    "id": "sample-bank-ar", "language": "ar", "survey_source": "استبيان ما بعد التواصل",
    "title": "رحلة العميل في خدمة عملاء البنك: الإبلاغ عن عملية مشبوهة",
    "description": "من إشعار العملية المشبوهة إلى استرداد المبلغ وإصدار بطاقة جديدة",
    "north_star": "يشعر العميل بالأمان وبأن البنك يقف إلى جانبه من أول تواصل",
    "personas": [
        {"id": "p-khaled", "name": "خالد، عميل بلاتيني", "description": "صاحب أعمال يستخدم البطاقة يوميًا",
         "segment": "بلاتيني", "color": "#6c7a89"},
        {"id": "p-noura", "name": "نورة، عميلة جديدة", "description": "فتحت حسابها قبل ثلاثة أشهر",
         "segment": "فضي", "color": "#8e44ad"},
    ],
    "stages": [("s-detect", "اكتشاف المشكلة"), ("s-contact", "التواصل مع البنك"), ("s-resolve", "الحل والمتابعة")],
    "lanes": [("l-app", "التطبيق والموقع", "channel"), ("l-call", "مركز الاتصال", "channel"),
              ("l-branch", "الفرع", "channel"), ("l-back", "الأنظمة الداخلية", "backstage")],
    "nodes": [
        ("b-alert", TP, "إشعار بعملية مشبوهة", "s-detect", "l-app", -1, "قلق", "مطمئن", "فريق مكافحة الاحتيال", "entry"),
        ("b-login", TP, "تسجيل الدخول إلى التطبيق", "s-detect", "l-app", 0, "متوتر", "واثق", "فريق القنوات الرقمية"),
        ("b-faq", TP, "البحث في الأسئلة الشائعة", "s-detect", "l-app", -1, "محتار", "مُرشَد", "فريق المحتوى"),
        ("b-wait", KM, "الانتظار على خط مركز الاتصال", "s-contact", "l-call", -2, "غاضب", "مُقدَّر", "مركز الاتصال"),
        ("b-verify", TP, "التحقق من الهوية", "s-contact", "l-call", -1, "منزعج", "آمن", "مركز الاتصال"),
        ("b-freeze", KM, "تجميد البطاقة فورًا", "s-contact", "l-app", 1, "مرتاح", "آمن", "فريق القنوات الرقمية"),
        ("b-branch", TP, "زيارة الفرع", "s-contact", "l-branch", 0, "صبور", "مُرحَّب به", "شبكة الفروع"),
        ("b-claim", TP, "فتح بلاغ اعتراض", "s-contact", "l-call", 0, "متردد", "واثق", "مركز الاتصال"),
        ("b-review", TP, "مراجعة البلاغ", "s-resolve", "l-back", None, "", "", "إدارة المنازعات"),
        ("b-sms", KM, "رسالة نصية بحل البلاغ واسترداد المبلغ", "s-resolve", "l-app", 2, "سعيد", "ممتن", "إدارة المنازعات"),
        ("b-card", TP, "استلام بطاقة جديدة", "s-resolve", "l-branch", 1, "راضٍ", "راضٍ", "شبكة الفروع"),
        ("b-survey", TP, "استبيان رضا العملاء", "s-resolve", "l-call", 0, "محايد", "مُقدَّر", "فريق تجربة العملاء", "exit"),
    ],
    "node_personas": {"b-alert": ["p-khaled", "p-noura"], "b-wait": ["p-khaled"], "b-faq": ["p-noura"]},
    "edges": [
        ("b-alert", "b-login", "flow", ""), ("b-login", "b-freeze", "flow", "تجميد ذاتي"),
        ("b-login", "b-faq", "alternative", ""), ("b-faq", "b-wait", "flow", "لم يجد الإجابة"),
        ("b-alert", "b-wait", "alternative", "اتصال مباشر"), ("b-wait", "b-verify", "flow", ""),
        ("b-verify", "b-claim", "flow", ""), ("b-freeze", "b-claim", "flow", ""),
        ("b-wait", "b-branch", "fallback", "انقطاع المكالمة"), ("b-branch", "b-claim", "flow", ""),
        ("b-claim", "b-review", "flow", ""), ("b-review", "b-sms", "flow", ""), ("b-sms", "b-card", "flow", ""),
        ("b-card", "b-survey", "flow", ""),
    ],
    "kpis": [
        _kpi("k-nps", "صافي نقاط الترويج (NPS)", "nps", 0, 10, "nps", 20),
        _kpi("k-csat", "رضا العملاء (CSAT)", "csat", 1, 5, "top2box", 75, unit="%"),
        _kpi("k-ces", "جهد العميل (CES)", "ces", 1, 5, "mean", 2.5, direction="lower_better"),
        _kpi("k-fcr", "الحل من أول اتصال", "custom", 0, 1, "percent", 70, unit="%"),
    ],
    "periods": [
        {"id": "q2-2026", "label": "الربع الثاني 2026", "start": "2026-04-01", "end": "2026-06-30"},
        {"id": "q3-2026", "label": "الربع الثالث 2026", "start": "2026-07-01", "end": "2026-09-30"},
    ],
    "measurements": [
        ("b-wait", "k-ces", [3.4, 3.9], [520, 498]), ("b-wait", "k-csat", [55, 48], [520, 498]),
        ("b-verify", "k-ces", [2.9, 2.7], [520, 498]), ("b-claim", "k-fcr", [61, 58], [410, 395]),
        ("b-freeze", "k-csat", [88, 91], [260, 340]), ("b-sms", "k-nps", [31, 35], [380, 366]),
        ("b-survey", "k-nps", [14, 9], [640, 612]), ("b-branch", "k-csat", [79, 81], [22, 25]),
    ],
}

HOTEL_EN = {
    "id": "sample-hotel-en", "language": "en", "survey_source": "post-stay survey",
    "title": "Hotel stay: from booking to the return visit",
    "description": "A city-hotel guest journey for business and leisure travellers",
    "north_star": "Every guest leaves feeling recognised and wants to come back",
    "personas": [
        {"id": "p-sara", "name": "Sara, business traveller", "description": "Two nights a month, arrives late",
         "segment": "gold", "color": "#d4a017"},
        {"id": "p-family", "name": "The Okafor family", "description": "Holiday with two children",
         "segment": "silver", "color": "#3498db"},
    ],
    "stages": [("s-plan", "Dreaming & booking"), ("s-arrive", "Arrival"), ("s-stay", "Stay"),
               ("s-leave", "Departure & after")],
    "lanes": [("l-web", "Website & app", "channel"), ("l-email", "Email & messages", "channel"),
              ("l-desk", "Front desk", "actor"), ("l-room", "Room & facilities", "channel"),
              ("l-house", "Housekeeping (backstage)", "backstage")],
    "nodes": [
        ("h-compare", TP, "Compare hotels on a travel site", "s-plan", "l-web", 0, "unsure", "confident", "Marketing", "entry"),
        ("h-book", KM, "Book on the hotel website", "s-plan", "l-web", 1, "pleased", "confident", "E-commerce"),
        ("h-confirm", TP, "Booking confirmation email", "s-plan", "l-email", 1, "reassured", "reassured", "Reservations"),
        ("h-pre", TP, "Pre-arrival message with directions", "s-arrive", "l-email", 1, "looked after", "looked after", "Guest relations"),
        ("h-checkin", KM, "Check-in queue at the front desk", "s-arrive", "l-desk", -2, "frustrated", "welcomed", "Front office"),
        ("h-room", KM, "First look at the room", "s-arrive", "l-room", 2, "delighted", "delighted", "Rooms division"),
        ("h-clean", TP, "Room cleaning", "s-stay", "l-house", None, "", "", "Housekeeping"),
        ("h-wifi", TP, "Wi-Fi and workspace", "s-stay", "l-room", -1, "annoyed", "productive", "IT"),
        ("h-breakfast", TP, "Breakfast", "s-stay", "l-room", 1, "pleased", "pampered", "Food & beverage"),
        ("h-request", TP, "Request through the app", "s-stay", "l-web", 0, "hopeful", "heard", "Guest relations"),
        ("h-checkout", KM, "Express check-out and bill", "s-leave", "l-desk", -1, "irritated by extra charges", "relieved", "Front office"),
        ("h-survey", TP, "Post-stay survey", "s-leave", "l-email", 0, "indifferent", "valued", "Guest experience", "exit"),
    ],
    "node_personas": {"h-checkin": ["p-sara", "p-family"], "h-wifi": ["p-sara"], "h-breakfast": ["p-family"]},
    "edges": [
        ("h-compare", "h-book", "flow", ""), ("h-book", "h-confirm", "flow", ""), ("h-confirm", "h-pre", "flow", ""),
        ("h-pre", "h-checkin", "flow", ""), ("h-checkin", "h-room", "flow", ""), ("h-room", "h-wifi", "flow", ""),
        ("h-room", "h-breakfast", "flow", ""), ("h-wifi", "h-request", "alternative", "report a problem"),
        ("h-clean", "h-room", "flow", "daily"), ("h-breakfast", "h-checkout", "flow", ""),
        ("h-request", "h-checkout", "flow", ""), ("h-checkout", "h-survey", "flow", ""),
    ],
    "kpis": [
        _kpi("k-nps", "NPS", "nps", 0, 10, "nps", 40),
        _kpi("k-csat", "CSAT", "csat", 1, 5, "top2box", 85, unit="%"),
        _kpi("k-ces", "CES (made it easy)", "ces", 1, 7, "top2box", 70, unit="%"),
    ],
    "periods": [
        {"id": "2026-Q2", "label": "2026-Q2", "start": "2026-04-01", "end": "2026-06-30"},
        {"id": "2026-Q3", "label": "2026-Q3", "start": "2026-07-01", "end": "2026-09-30"},
    ],
    "measurements": [
        ("h-book", "k-ces", [74, 77], [210, 230]), ("h-checkin", "k-csat", [68, 57], [180, 176]),
        ("h-room", "k-csat", [92, 93], [180, 176]), ("h-wifi", "k-csat", [61, 63], [120, 131]),
        ("h-checkout", "k-ces", [58, 49], [170, 168]), ("h-survey", "k-nps", [38, 31], [260, 244]),
        ("h-breakfast", "k-csat", [88, 86], [14, 19]),
    ],
}

RETAIL_EN = {
    "id": "sample-retail-en", "language": "en", "survey_source": "relationship survey",
    "title": "Omnichannel electronics retail: buy a laptop online, collect in store",
    "description": "Web, social, email, phone and store working as one journey",
    "north_star": "One consistent experience online and offline, whatever the channel",
    "personas": [
        {"id": "p-omid", "name": "Omid, student", "description": "Price-sensitive, researches on social media",
         "segment": "bronze", "color": "#b87333"},
        {"id": "p-lena", "name": "Lena, small-business owner", "description": "Buys for a team of five",
         "segment": "platinum", "color": "#6c7a89"},
    ],
    "stages": [("s-discover", "Discover"), ("s-choose", "Choose"), ("s-buy", "Buy & collect"), ("s-use", "Use & support")],
    "lanes": [("l-social", "Social media", "channel"), ("l-web", "Web shop", "channel"), ("l-email", "Email", "channel"),
              ("l-phone", "Phone", "channel"), ("l-store", "Store", "channel")],
    "nodes": [
        ("r-video", TP, "Review video on social media", "s-discover", "l-social", 1, "curious", "inspired", "Social team", "entry"),
        ("r-newsletter", TP, "Newsletter offer", "s-discover", "l-email", 0, "indifferent", "tempted", "CRM"),
        ("r-filter", TP, "Filter and compare laptops", "s-choose", "l-web", 1, "in control", "in control", "Web team"),
        ("r-stock", KM, "Check stock in my store", "s-choose", "l-web", -1, "unsure", "certain", "Web team"),
        ("r-advice", TP, "Ask an advisor by phone", "s-choose", "l-phone", 1, "helped", "helped", "Contact centre"),
        ("r-pay", TP, "Pay online", "s-buy", "l-web", 1, "pleased", "pleased", "Payments"),
        ("r-ready", TP, "“Ready for collection” email", "s-buy", "l-email", 1, "excited", "excited", "CRM"),
        ("r-collect", KM, "Collect at the store counter", "s-buy", "l-store", -1, "kept waiting", "valued", "Store ops"),
        ("r-setup", TP, "Set-up help in store", "s-use", "l-store", 2, "delighted", "delighted", "Store ops"),
        ("r-fault", KM, "Report a fault by phone", "s-use", "l-phone", -2, "angry", "heard", "Contact centre"),
        ("r-social-complaint", TP, "Complain on social media", "s-use", "l-social", -2, "ignored", "heard", "Social team"),
        ("r-loyalty", TP, "Loyalty points email", "s-use", "l-email", 0, "neutral", "appreciated", "CRM", "exit"),
    ],
    "node_personas": {"r-video": ["p-omid"], "r-advice": ["p-lena"], "r-fault": ["p-lena", "p-omid"]},
    "edges": [
        ("r-video", "r-filter", "flow", ""), ("r-newsletter", "r-filter", "flow", ""),
        ("r-filter", "r-stock", "flow", ""), ("r-filter", "r-advice", "alternative", "needs advice"),
        ("r-advice", "r-pay", "flow", ""), ("r-stock", "r-pay", "flow", ""), ("r-pay", "r-ready", "flow", ""),
        ("r-ready", "r-collect", "flow", ""), ("r-collect", "r-setup", "flow", ""), ("r-setup", "r-loyalty", "flow", ""),
        ("r-setup", "r-fault", "fallback", "device fault"), ("r-fault", "r-social-complaint", "fallback", "no callback"),
    ],
    "kpis": [
        _kpi("k-nps", "NPS", "nps", 0, 10, "nps", 35),
        _kpi("k-csat", "CSAT", "csat", 1, 5, "top2box", 80, unit="%"),
        _kpi("k-ces", "CES (effort)", "ces", 1, 5, "mean", 2.0, direction="lower_better"),
    ],
    "periods": [
        {"id": "2026-Q1", "label": "2026-Q1", "start": "2026-01-01", "end": "2026-03-31"},
        {"id": "2026-Q2", "label": "2026-Q2", "start": "2026-04-01", "end": "2026-06-30"},
        {"id": "2026-Q3", "label": "2026-Q3", "start": "2026-07-01", "end": "2026-09-30"},
    ],
    "measurements": [
        ("r-stock", "k-ces", [2.4, 2.6, 2.9], [150, 160, 170]), ("r-collect", "k-csat", [81, 74, 69], [200, 210, 190]),
        ("r-setup", "k-csat", [94, 95, 95], [80, 85, 90]), ("r-fault", "k-ces", [3.8, 3.5, 3.6], [60, 64, 58]),
        ("r-pay", "k-csat", [90, 91, 89], [300, 320, 310]), ("r-loyalty", "k-nps", [33, 36, 28], [500, 520, 480]),
    ],
}

SPECS = {"online_store_fa": STORE_FA, "bank_support_ar": BANK_AR, "hotel_stay_en": HOTEL_EN,
         "omnichannel_retail_en": RETAIL_EN}
