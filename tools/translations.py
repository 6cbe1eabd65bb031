"""Fill resources/translations/journeymap_{fa,ar}.ts from the tables below and compile .qm files.

    python tools/translations.py        # runs pyside6-lupdate on SOURCES first (--no-lupdate skips it)

Mnemonics (&) are dropped in fa/ar: Persian and Arabic keyboards rarely use them.
Vocabulary follows the CX articles in shared/domain (نقطه تماس، لحظه کلیدی، نقاط ضعف / نقطة اتصال، لحظة حاسمة).
"""
from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

FOLDER = Path(__file__).resolve().parent.parent / "journeymap" / "resources" / "translations"
EXTRA_CONTEXTS = ("MainWindow", "LegendDock", "LegendPanel")  # runtime contexts of strings lupdate files elsewhere (mixins, tr aliases)

FA = {
    "%1 answers → %2 values (%3 replace existing values)": "%1 پاسخ، %2 مقدار (%3 مقدار موجود جایگزین می‌شود)",
    "%1 items use this. Delete it and them? (You can undo.)": "%1 مورد از این استفاده می‌کنند. این و آن‌ها حذف شوند؟ (قابل واگرد است.)",
    "%1 nodes · %2 connections · %3 weak points · %4 selected": "%1 نقطه، %2 اتصال، %3 نقطه ضعف، %4 انتخاب‌شده",
    "%1 was changed by another program since you opened it. Overwrite it?": "%1 پس از باز شدن، با برنامه دیگری تغییر کرده است. روی آن نوشته شود؟",
    "&About journeymap": "درباره journeymap", "&Actual size": "اندازه واقعی", "&Close": "بستن", "&Copy": "رونوشت",
    "&Duplicate": "تکثیر", "&Edit": "ویرایش", "&Export…": "خروجی گرفتن…", "&File": "پرونده", "&Find…": "جستجو…",
    "&Fit map": "نمایش کل نقشه", "&Full screen": "تمام‌صفحه", "&Help": "راهنما", "&Import survey…": "ورود نتایج نظرسنجی…",
    "&Insert": "درج", "&KPIs…": "شاخص‌ها…", "&Lanes…": "ردیف‌ها…", "&Map": "نقشه", "&New": "جدید", "&Open…": "باز کردن…",
    "&Panels": "پنل‌ها", "&Paste": "چسباندن", "&Personas…": "پرسوناها…", "&Preferences…": "تنظیمات…", "&Quit": "خروج",
    "&Redo": "انجام دوباره", "&Rename": "تغییر نام", "&Revert": "بازگشت به نسخه ذخیره‌شده", "&Save": "ذخیره",
    "&Stages…": "مراحل…", "&Undo": "واگرد", "&View": "نما", "&Workshop mode": "حالت کارگاه",
    "About journeymap": "درباره journeymap", "Accept…": "پذیرفتن…", "Add": "افزودن", "Add &key moment": "افزودن لحظه کلیدی",
    "Add &next node": "افزودن گام بعدی", "Add &touchpoint": "افزودن نقطه تماس",
    "Add a stage and a lane first (Map menu)": "ابتدا یک مرحله و یک ردیف اضافه کنید (منوی نقشه)",
    "Alternative": "جایگزین", "Answers": "پاسخ‌ها", "Autosave failed: %1": "ذخیره خودکار انجام نشد: %1", "Browse…": "انتخاب…",
    "Cannot export": "خروجی گرفته نشد", "Cannot import survey": "نتایج نظرسنجی وارد نشد", "Cannot open map": "نقشه باز نشد",
    "Cannot recover": "بازیابی ممکن نشد", "Cannot save map": "نقشه ذخیره نشد", "Copy as &image": "رونوشت به‌صورت تصویر",
    "Cu&t": "برش", "De&lete": "حذف", "Delete": "حذف", "Description": "توضیحات", "Desired feeling": "احساس مطلوب",
    "Direction": "جهت", "Discard your changes and reload the file?": "تغییرات کنار گذاشته شود و پرونده دوباره بارگذاری شود؟",
    "Dismiss…": "رد کردن…", "Edit %1": "ویرایش %1", "Edit KPI value": "ویرایش مقدار شاخص", "Edit connection": "ویرایش اتصال",
    "Edit map": "ویرایش نقشه", "Edit node": "ویرایش نقطه", "Emotion names": "نام احساس‌ها", "Emotion note": "یادداشت احساس",
    "Entry point": "نقطه ورود", "Exit point": "نقطه خروج", "Expected emotion": "احساس مورد انتظار",
    "Export map": "خروجی گرفتن از نقشه", "Exported %1": "خروجی ذخیره شد: %1", "Exporting…": "در حال خروجی گرفتن…",
    "Fallback": "جبرانی", "Feeling": "احساس", "File": "پرونده", "File changed on disk": "پرونده روی دیسک تغییر کرده است",
    "Find node…": "جستجوی نقطه…", "Fit to map": "هم‌اندازه نقشه", "Flow": "مسیر اصلی", "From → to": "مبدأ و مقصد",
    "High": "شدید", "Import survey": "ورود نتایج نظرسنجی", "Info": "اطلاع", "Inspector": "مشخصات",
    "Interface language": "زبان رابط کاربری", "KPI": "شاخص",
    "KPI values per period; type a value, clear a cell to remove it": "مقدار شاخص‌ها در هر دوره؛ عدد را بنویسید و برای حذف، خانه را خالی کنید",
    "KPIs": "شاخص‌ها", "Key moment": "لحظه کلیدی", "Kind": "نوع", "Label": "برچسب", "Lane": "ردیف", "Lanes": "ردیف‌ها",
    "Latest data": "آخرین داده‌ها", "Left to right": "چپ به راست", "Legend": "راهنمای نقشه", "Low": "کم", "Main": "اصلی",
    "Map copied as an image": "نقشه به‌صورت تصویر رونوشت شد", "Map language": "زبان نقشه", "Medium": "متوسط",
    "Menus and docks change now; reopen windows for every label.": "منوها و پنل‌ها همین حالا تغییر می‌کنند؛ برای همه برچسب‌ها پنجره را دوباره باز کنید.",
    "Move down": "پایین‌تر", "Move up": "بالاتر",
    "Names of the emotion scores from lowest to highest, comma-separated": "نام امتیازهای احساس از کمترین تا بیشترین، جدا شده با ویرگول",
    "New": "جدید", "New from &template…": "جدید از روی الگو…", "New from template": "جدید از روی الگو", "New value": "مقدار جدید",
    "No node matches “%1”": "هیچ نقطه‌ای با «%1» پیدا نشد", "Node": "نقطه", "North star": "ستاره شمالی",
    "Note (why):": "یادداشت (دلیل):", "Nothing imported": "چیزی وارد نشد", "Old value": "مقدار قبلی",
    "Open &recent": "پرونده‌های اخیر", "Open map": "باز کردن نقشه", "Owner": "مسئول", "P&eriods…": "دوره‌ها…",
    "Page (PDF)": "صفحه (PDF)", "Period": "دوره", "Period of these answers:": "دوره این پاسخ‌ها:",
    "Period shown: KPI chips, weak points and the emotion curve": "دوره نمایش‌داده‌شده: شاخص‌ها، نقاط ضعف و منحنی احساس",
    "Periods": "دوره‌ها", "Personas": "پرسوناها", "Preferences": "تنظیمات", "Recover unsaved work": "بازیابی کار ذخیره‌نشده",
    "Reopen": "بازگشایی", "Reorder": "تغییر ترتیب", "Resolution (dpi, PNG)": "وضوح (dpi، PNG)",
    "Revert": "بازگشت به نسخه ذخیره‌شده", "Review weak point": "بررسی نقطه ضعف", "Reviewed": "بررسی‌شده",
    "Right to left": "راست به چپ", "Save &as…": "ذخیره با نام…", "Save map as": "ذخیره نقشه با نام",
    "Save the changes to this map before closing?": "تغییرات این نقشه پیش از بستن ذخیره شود؟", "Saved": "ذخیره شد",
    "Select &all": "انتخاب همه", "Stage": "مرحله", "Stages": "مراحل", "System": "زبان سیستم", "Tags": "برچسب‌ها",
    "Template": "الگو", "Title": "عنوان", "Touchpoint": "نقطه تماس", "Transparent background (PNG)": "پس‌زمینه شفاف (PNG)",
    "Unsaved changes": "تغییرات ذخیره‌نشده", "Untitled": "بی‌نام", "Weak point": "نقطه ضعف", "Weak points": "نقاط ضعف",
    "Workshop mode off": "حالت کارگاه خاموش شد",
    "Workshop mode: keys 1–5 set the emotion, Tab walks the journey": "حالت کارگاه: کلیدهای ۱ تا ۵ احساس را تعیین می‌کنند و Tab در طول سفر پیش می‌رود",
    "Workshop mode: the structure is locked": "حالت کارگاه: ساختار نقشه قفل است", "Zoom &in": "بزرگ‌نمایی",
    "Zoom &out": "کوچک‌نمایی", "comma-separated": "جدا شده با ویرگول",
    "journeymap %1 — offline customer-journey maps with explainable weak points.": "journeymap %1 — نقشه سفر مشتری بدون نیاز به اینترنت، با نقاط ضعفی که دلیلشان گفته می‌شود.",
    "journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?": "journeymap کار ذخیره‌نشده‌ای روی «%1» از جلسه‌ای که ناگهان بسته شد پیدا کرد. بازیابی شود؟",
    "n = %1": "تعداد پاسخ = %1", "not set": "تعیین نشده", "accepted": "پذیرفته", "dismissed": "رد شده",
}
AR = {
    "%1 answers → %2 values (%3 replace existing values)": "%1 إجابة، %2 قيمة (%3 منها تستبدل قيمًا موجودة)",
    "%1 items use this. Delete it and them? (You can undo.)": "يستخدم هذا العنصرَ %1 عنصرًا. هل تحذفه وتحذفها معه؟ (يمكنك التراجع.)",
    "%1 nodes · %2 connections · %3 weak points · %4 selected": "%1 نقطة، %2 اتصال، %3 نقطة ضعف، %4 محدد",
    "%1 was changed by another program since you opened it. Overwrite it?": "غيّر برنامج آخر الملف %1 بعد أن فتحته. هل تريد الكتابة فوقه؟",
    "&About journeymap": "حول journeymap", "&Actual size": "الحجم الفعلي", "&Close": "إغلاق", "&Copy": "نسخ",
    "&Duplicate": "تكرار", "&Edit": "تحرير", "&Export…": "تصدير…", "&File": "ملف", "&Find…": "بحث…",
    "&Fit map": "عرض الخريطة كاملة", "&Full screen": "ملء الشاشة", "&Help": "مساعدة", "&Import survey…": "استيراد استبيان…",
    "&Insert": "إدراج", "&KPIs…": "المؤشرات…", "&Lanes…": "الصفوف…", "&Map": "الخريطة", "&New": "جديد", "&Open…": "فتح…",
    "&Panels": "اللوحات", "&Paste": "لصق", "&Personas…": "الشخصيات…", "&Preferences…": "التفضيلات…", "&Quit": "إنهاء",
    "&Redo": "إعادة", "&Rename": "إعادة تسمية", "&Revert": "العودة إلى النسخة المحفوظة", "&Save": "حفظ",
    "&Stages…": "المراحل…", "&Undo": "تراجع", "&View": "عرض", "&Workshop mode": "وضع ورشة العمل",
    "About journeymap": "حول journeymap", "Accept…": "قبول…", "Add": "إضافة", "Add &key moment": "إضافة لحظة حاسمة",
    "Add &next node": "إضافة الخطوة التالية", "Add &touchpoint": "إضافة نقطة اتصال",
    "Add a stage and a lane first (Map menu)": "أضف مرحلة وصفًّا أولًا (قائمة الخريطة)",
    "Alternative": "بديل", "Answers": "الإجابات", "Autosave failed: %1": "تعذّر الحفظ التلقائي: %1", "Browse…": "استعراض…",
    "Cannot export": "تعذّر التصدير", "Cannot import survey": "تعذّر استيراد الاستبيان", "Cannot open map": "تعذّر فتح الخريطة",
    "Cannot recover": "تعذّرت الاستعادة", "Cannot save map": "تعذّر حفظ الخريطة", "Copy as &image": "نسخ كصورة",
    "Cu&t": "قص", "De&lete": "حذف", "Delete": "حذف", "Description": "الوصف", "Desired feeling": "الشعور المرغوب",
    "Direction": "الاتجاه", "Discard your changes and reload the file?": "هل تتجاهل تغييراتك وتعيد تحميل الملف؟",
    "Dismiss…": "رفض…", "Edit %1": "تحرير %1", "Edit KPI value": "تحرير قيمة المؤشر", "Edit connection": "تحرير الاتصال",
    "Edit map": "تحرير الخريطة", "Edit node": "تحرير النقطة", "Emotion names": "أسماء المشاعر", "Emotion note": "ملاحظة عن الشعور",
    "Entry point": "نقطة دخول", "Exit point": "نقطة خروج", "Expected emotion": "الشعور المتوقع",
    "Export map": "تصدير الخريطة", "Exported %1": "تم التصدير: %1", "Exporting…": "جارٍ التصدير…",
    "Fallback": "احتياطي", "Feeling": "الشعور", "File": "الملف", "File changed on disk": "تغيّر الملف على القرص",
    "Find node…": "ابحث عن نقطة…", "Fit to map": "بحجم الخريطة", "Flow": "المسار الرئيسي", "From → to": "من وإلى",
    "High": "مرتفع", "Import survey": "استيراد استبيان", "Info": "معلومة", "Inspector": "الخصائص",
    "Interface language": "لغة الواجهة", "KPI": "المؤشر",
    "KPI values per period; type a value, clear a cell to remove it": "قيم المؤشرات لكل فترة؛ اكتب قيمة، وامسح الخانة لحذفها",
    "KPIs": "المؤشرات", "Key moment": "لحظة حاسمة", "Kind": "النوع", "Label": "التسمية", "Lane": "الصف", "Lanes": "الصفوف",
    "Latest data": "أحدث البيانات", "Left to right": "من اليسار إلى اليمين", "Legend": "مفتاح الخريطة", "Low": "منخفض",
    "Main": "رئيسي", "Map copied as an image": "نُسخت الخريطة كصورة", "Map language": "لغة الخريطة", "Medium": "متوسط",
    "Menus and docks change now; reopen windows for every label.": "تتغير القوائم واللوحات الآن؛ أعد فتح النوافذ لتتغير كل التسميات.",
    "Move down": "تحريك لأسفل", "Move up": "تحريك لأعلى",
    "Names of the emotion scores from lowest to highest, comma-separated": "أسماء درجات الشعور من الأدنى إلى الأعلى، مفصولة بفواصل",
    "New": "جديد", "New from &template…": "جديد من قالب…", "New from template": "جديد من قالب", "New value": "القيمة الجديدة",
    "No node matches “%1”": "لا توجد نقطة تطابق «%1»", "Node": "النقطة", "North star": "نجم الشمال",
    "Note (why):": "ملاحظة (السبب):", "Nothing imported": "لم يُستورد شيء", "Old value": "القيمة السابقة",
    "Open &recent": "الملفات الأخيرة", "Open map": "فتح خريطة", "Owner": "المسؤول", "P&eriods…": "الفترات…",
    "Page (PDF)": "الصفحة (PDF)", "Period": "الفترة", "Period of these answers:": "فترة هذه الإجابات:",
    "Period shown: KPI chips, weak points and the emotion curve": "الفترة المعروضة: المؤشرات ونقاط الضعف ومنحنى الشعور",
    "Periods": "الفترات", "Personas": "الشخصيات", "Preferences": "التفضيلات", "Recover unsaved work": "استعادة العمل غير المحفوظ",
    "Reopen": "إعادة فتح", "Reorder": "إعادة الترتيب", "Resolution (dpi, PNG)": "الدقة (dpi، PNG)",
    "Revert": "العودة إلى النسخة المحفوظة", "Review weak point": "مراجعة نقطة الضعف", "Reviewed": "تمت مراجعتها",
    "Right to left": "من اليمين إلى اليسار", "Save &as…": "حفظ باسم…", "Save map as": "حفظ الخريطة باسم",
    "Save the changes to this map before closing?": "هل تحفظ تغييرات هذه الخريطة قبل الإغلاق؟", "Saved": "تم الحفظ",
    "Select &all": "تحديد الكل", "Stage": "المرحلة", "Stages": "المراحل", "System": "لغة النظام", "Tags": "الوسوم",
    "Template": "القالب", "Title": "العنوان", "Touchpoint": "نقطة اتصال", "Transparent background (PNG)": "خلفية شفافة (PNG)",
    "Unsaved changes": "تغييرات غير محفوظة", "Untitled": "بلا عنوان", "Weak point": "نقطة الضعف", "Weak points": "نقاط الضعف",
    "Workshop mode off": "أُوقف وضع ورشة العمل",
    "Workshop mode: keys 1–5 set the emotion, Tab walks the journey": "وضع ورشة العمل: المفاتيح من ١ إلى ٥ تحدد الشعور، وTab يتنقل عبر الرحلة",
    "Workshop mode: the structure is locked": "وضع ورشة العمل: هيكل الخريطة مقفل", "Zoom &in": "تكبير",
    "Zoom &out": "تصغير", "comma-separated": "مفصولة بفواصل",
    "journeymap %1 — offline customer-journey maps with explainable weak points.": "journeymap %1 — خرائط رحلة العميل دون اتصال بالإنترنت، مع نقاط ضعف مشروحة الأسباب.",
    "journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?": "عثر journeymap على عمل غير محفوظ في «%1» من جلسة انتهت فجأة. هل تستعيده؟",
    "n = %1": "عدد الإجابات = %1", "not set": "غير محدد", "accepted": "مقبول", "dismissed": "مرفوض",
}
sys.path.insert(0, str(Path(__file__).resolve().parent))
from translations_quarter import AR as AR_QUARTER, FA as FA_QUARTER, QT_CONTEXTS  # noqa: E402

FA.update({k: v for k, v in FA_QUARTER.items() if k not in FA})
AR.update({k: v for k, v in AR_QUARTER.items() if k not in AR})
from translations_interchange import AR as AR_INTERCHANGE, FA as FA_INTERCHANGE  # noqa: E402

FA.update({k: v for k, v in FA_INTERCHANGE.items() if k not in FA})
AR.update({k: v for k, v in AR_INTERCHANGE.items() if k not in AR})
# About box and progress dialogs (issue 21)
FA.update({
    "Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.":
        "مجوز: MIT. استفاده، رونوشت، تغییر و هم‌رسانی journeymap آزاد است؛ بدون هیچ ضمانتی ارائه می‌شود.",
    "The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).":
        "قلم Cairo که برای نقشه‌ها و خروجی‌ها همراه برنامه است تحت مجوز SIL Open Font License 1.1 است (متن آن در «نمایش جزئیات…»).",
    "Writing the review report…": "در حال نوشتن گزارش بازبینی…", "Export cancelled: no file was written": "خروجی گرفتن لغو شد: هیچ پرونده‌ای نوشته نشد",
    "Reading the survey answers…": "در حال خواندن پاسخ‌های نظرسنجی…",
    "Survey import cancelled: nothing was imported": "ورود نتایج نظرسنجی لغو شد: چیزی وارد نشد",
    "Working…": "در حال انجام…", "Step %1 of %2": "گام %1 از %2", "Page %1 of %2": "صفحه %1 از %2", "Row %1 of %2": "سطر %1 از %2",
})
AR.update({
    "Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.":
        "الترخيص: MIT. يمكنك استخدام journeymap ونسخه وتعديله ومشاركته بحرية؛ ويأتي دون أي ضمان.",
    "The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).":
        "خط Cairo المرفق للخرائط والتصدير مرخّص بموجب SIL Open Font License 1.1 (نصّه في «أظهر التفاصيل…»).",
    "Writing the review report…": "جارٍ كتابة تقرير المراجعة…", "Export cancelled: no file was written": "أُلغي التصدير: لم يُكتب أي ملف",
    "Reading the survey answers…": "جارٍ قراءة إجابات الاستبيان…",
    "Survey import cancelled: nothing was imported": "أُلغي استيراد الاستبيان: لم يُستورد شيء",
    "Working…": "جارٍ العمل…", "Step %1 of %2": "الخطوة %1 من %2", "Page %1 of %2": "الصفحة %1 من %2", "Row %1 of %2": "الصف %1 من %2",
})
# weak-points dock: journey-level flags grouped by the stage or paths they concern (issue 19)
FA.update({"Stage: %1": "مرحله: %1", "Journey: paths through several stages": "سفر: مسیرهایی که از چند مرحله می‌گذرند"})
AR.update({"Stage: %1": "المرحلة: %1", "Journey: paths through several stages": "الرحلة: مسارات تمر بعدة مراحل"})
FA.update({"Show %1 more…": "نمایش %1 مورد دیگر…"})  # weak-points dock: flags come in pages
AR.update({"Show %1 more…": "عرض %1 أخرى…"})
FA.update({"Emotion known from": "منبع احساس", "Assumed (workshop guess)": "فرضی (حدس کارگاهی)", "Survey": "نظرسنجی",
           "Interviews": "مصاحبه", "Analytics": "داده‌های تحلیلی"})
AR.update({"Emotion known from": "مصدر الشعور", "Assumed (workshop guess)": "مفترض (تخمين ورشة العمل)", "Survey": "استبيان",
           "Interviews": "مقابلات", "Analytics": "بيانات تحليلية"})
# start-up and recovery notes (issue 14)
FA.update({"The saved window layout was damaged; it has been reset.": "چیدمان ذخیره‌شده پنجره خراب بود و به حالت پیش‌فرض برگشت.",
           "Autosave is off: the data folder is not writable (%1).": "ذخیره خودکار خاموش است: در پوشه داده‌ها نمی‌توان نوشت (%1).",
           "Skipped %1 damaged recovery file(s).": "%1 پرونده بازیابی خراب نادیده گرفته شد."})
AR.update({"The saved window layout was damaged; it has been reset.": "كان تخطيط النافذة المحفوظ تالفًا، فأُعيد إلى الوضع الافتراضي.",
           "Autosave is off: the data folder is not writable (%1).": "الحفظ التلقائي متوقف: لا يمكن الكتابة في مجلد البيانات (%1).",
           "Skipped %1 damaged recovery file(s).": "تم تخطي %1 من ملفات الاستعادة التالفة."})
# weak-point review dialog (Accept…/Dismiss…)
FA.update({"Accept weak point": "پذیرفتن نقطه ضعف", "Dismiss weak point": "رد کردن نقطه ضعف", "Card: %1": "کارت: %1"})
AR.update({"Accept weak point": "قبول نقطة الضعف", "Dismiss weak point": "رفض نقطة الضعف", "Card: %1": "البطاقة: %1"})
# key names in the shortcuts window (Qt's QShortcut context; qtbase_fa/ar leave these in English)
QT_CONTEXTS["fa"]["QShortcut"] = {"Backspace": "پس‌بر", "Tab": "جهش", "Backtab": "جهش معکوس", "Space": "فاصله",
                                  "Esc": "گریز", "Return": "ورود", "Enter": "ورود", "Ins": "درج", "Del": "حذف",
                                  "Home": "خانه", "End": "پایان", "PgUp": "صفحه‌بالا", "PgDown": "صفحه‌پایین"}
QT_CONTEXTS["ar"]["QShortcut"] = {"Backspace": "حذف للخلف", "Tab": "جدولة", "Backtab": "جدولة عكسية", "Space": "مسافة",
                                  "Esc": "هروب", "Return": "إدخال", "Enter": "إدخال", "Ins": "إدراج", "Del": "حذف",
                                  "Home": "البداية", "End": "النهاية", "PgUp": "الصفحة السابقة",
                                  "PgDown": "الصفحة التالية"}
for _language in ("fa", "ar"):  # modifiers as printed on the keys: a translated "Ctrl+Shift" reorders in an RTL run
    QT_CONTEXTS[_language]["QShortcut"].update({"Ctrl": "Ctrl", "Shift": "Shift", "Alt": "Alt", "Meta": "Meta"})
# compare periods: a flag "resolved" on fewer answers than the analysis trusts
FA.update({"Resolved (few answers): %1": "برطرف‌شده (با پاسخ‌های کم): %1"})
AR.update({"Resolved (few answers): %1": "تمت معالجتها (بإجابات قليلة): %1"})
TABLES = {"fa": FA, "ar": AR}
ROOT = FOLDER.parent.parent.parent
SOURCES = ("journeymap/ui/*.py", "journeymap/editor/*.py", "journeymap/canvas/*.py", "journeymap/commands.py")


def lupdate() -> None:
    """Extract the UI strings of SOURCES into both .ts files (obsolete entries dropped)."""
    files = sorted(str(f.relative_to(ROOT)) for pattern in SOURCES for f in ROOT.glob(pattern))
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    targets = [str((FOLDER / f"journeymap_{lang}.ts").relative_to(ROOT)) for lang in TABLES]
    subprocess.run([str(tool), *files, "-no-obsolete", "-ts", *targets], check=True, capture_output=True, cwd=ROOT)


def add_qt_contexts(root, language: str) -> None:
    """Our translations of Qt's own strings that its qtbase_*.qm leaves in English."""
    for name, table in QT_CONTEXTS.get(language, {}).items():
        context = next((c for c in root.findall("context") if c.find("name").text == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.find("source").text for m in context.findall("message")}
        for source, text in table.items():
            if source not in present:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = text


def fill(language: str) -> list[str]:
    path = FOLDER / f"journeymap_{language}.ts"
    tree = ET.parse(path)
    root = tree.getroot()
    root.set("language", language)
    table = TABLES[language]
    missing = []
    sources = set()
    for context in root.findall("context"):
        for message in context.findall("message"):
            source = message.find("source").text
            sources.add(source)
            translation = message.find("translation")
            if source in table:
                translation.text = table[source]
                translation.attrib.pop("type", None)
            else:
                missing.append(source)
    for name in EXTRA_CONTEXTS:
        context = next((c for c in root.findall("context") if c.find("name").text == name), None)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
        present = {m.find("source").text for m in context.findall("message")}
        for source in sorted((sources | set(table)) - present):
            if source in table:
                message = ET.SubElement(context, "message")
                ET.SubElement(message, "source").text = source
                ET.SubElement(message, "translation").text = table[source]
    add_qt_contexts(root, language)
    ET.indent(tree)
    tree.write(path, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(path), "-qm", str(path.with_suffix(".qm"))], check=True, capture_output=True)
    return missing


if __name__ == "__main__":
    if "--no-lupdate" not in sys.argv:
        lupdate()
    for lang in TABLES:
        missing = fill(lang)
        print(lang, "untranslated:", missing or "none")
