"""Persian and Arabic UI strings of the quarterly review, structure dialogs, workshop mode and undo
texts (merged into the tables of tools/translations.py). Vocabulary from shared/domain."""

FA = {
    # menus and toolbar
    "&Connect tool": "ابزار اتصال", "Compare &periods…": "مقایسه دوره‌ها…", "Compare &with…": "مقایسه با نقشه دیگر…",
    "Export review &report…": "خروجی گزارش بازبینی…", "Export review report": "خروجی گزارش بازبینی",
    "Emotion curve chart": "نمودار منحنی احساس", "Undo": "واگرد", "Redo": "انجام دوباره",
    # undo texts
    "Move": "جابه‌جایی", "Move %1 nodes": "جابه‌جایی %1 نقطه", "Add key moment": "افزودن لحظه کلیدی",
    "Add touchpoint": "افزودن نقطه تماس", "Connect": "اتصال", "Delete %1 items": "حذف %1 مورد",
    "Duplicate": "تکثیر", "Paste": "چسباندن", "Rename": "تغییر نام", "Resize lane": "تغییر ارتفاع ردیف",
    "Resize stage": "تغییر عرض مرحله", "Set emotion": "تعیین احساس",
    # compare
    "Appeared": "تازه پدید آمده", "Before": "قبل", "Change": "تغییر", "Emotion curves": "منحنی‌های احساس",
    "KPI changes": "تغییر شاخص‌ها", "Node removed": "نقطه حذف شده",
    "Not measured in the later period": "در دوره بعدی اندازه‌گیری نشده", "Now": "اکنون",
    "Resolved (measured again, no longer flagged)": "برطرف‌شده (دوباره اندازه‌گیری شد و دیگر نقطه ضعف نیست)",
    "Still open": "همچنان باز", "better": "بهتر", "no change": "بدون تغییر", "worse": "بدتر",
    "Compare %1 with %2": "مقایسه %1 با %2", "Compare periods": "مقایسه دوره‌ها", "Compare with %1": "مقایسه با %1",
    "Compare with…": "مقایسه با…", "Earlier period:": "دوره قبلی:", "Later period:": "دوره بعدی:",
    "Journey maps (*.json)": "نقشه‌های سفر (*.json)", "OK": "تأیید", "Cancel": "انصراف",
    "The map needs two periods to compare": "برای مقایسه، نقشه باید دست‌کم دو دوره داشته باشد",
    # dates
    "Pick a date": "انتخاب تاریخ",
    "“%1” has a Gregorian year, but this map uses Jalali dates, for example %2":
        "سال «%1» میلادی است، اما تاریخ‌های این نقشه شمسی است؛ برای نمونه %2",
    "“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2":
        "سال «%1» شمسی است، اما تاریخ‌های این نقشه میلادی است؛ برای نمونه %2",
    "“%1” is not a date: type year/month/day, for example %2": "«%1» تاریخ نیست؛ به شکل سال/ماه/روز بنویسید، برای نمونه %2",
    "“%1” is not a day of the calendar (for example %2)": "«%1» روزی از تقویم نیست (برای نمونه %2)",
    # structure dialogs
    "A lane is between %1 and %2 px high": "ارتفاع ردیف باید بین %1 و %2 پیکسل باشد",
    "A stage is between %1 and %2 px wide": "عرض مرحله باید بین %1 و %2 پیکسل باشد",
    "Backstage": "پشت صحنه", "Better when": "بهتر است وقتی", "Calculation": "روش محاسبه", "Channel": "کانال",
    "Colour": "رنگ", "Custom": "سفارشی", "Emotion": "احساس", "End": "پایان", "Height (px)": "ارتفاع (پیکسل)",
    "Higher is better": "بیشتر بهتر است", "Highest score": "بیشترین امتیاز", "Lower is better": "کمتر بهتر است",
    "Lowest score": "کمترین امتیاز", "Mean": "میانگین", "NPS (promoters minus detractors)": "NPS (ترویج‌کنندگان منهای منتقدان)",
    "Name": "نام", "Other": "سایر", "People (actor)": "افراد (کنشگر)", "Percent": "درصد", "Segment": "بخش مشتریان",
    "Start": "شروع", "Target": "هدف", "The lowest score must be below the highest score": "کمترین امتیاز باید از بیشترین امتیاز کمتر باشد",
    "The name cannot be empty": "نام نمی‌تواند خالی باشد", "The period ends before it starts": "پایان دوره پیش از شروع آن است",
    "This value is not allowed here": "این مقدار در اینجا مجاز نیست", "Top-2-box (percent)": "دو گزینه بالا (درصد)",
    "Unit": "واحد", "Width (px)": "عرض (پیکسل)", "“%1” is not a number": "«%1» عدد نیست",
    # survey import
    "A period named “%1” already exists: choose it above.": "دوره‌ای با نام «%1» از قبل هست؛ آن را از بالا انتخاب کنید.",
    "Choose a period…": "یک دوره انتخاب کنید…",
    "Choose the period these answers belong to, or create a new one.": "دوره‌ای را که این پاسخ‌ها به آن تعلق دارند انتخاب کنید یا دوره تازه‌ای بسازید.",
    "Existing period": "دوره موجود", "File: %1": "پرونده: %1", "Import": "وارد کردن", "New period": "دوره جدید",
    "Nothing can be imported:": "چیزی وارد نمی‌شود:", "The period ends before it starts.": "پایان دوره پیش از شروع آن است.",
    "Type a name for the new period.": "برای دوره جدید نامی بنویسید.", "for example: autumn 1405": "برای نمونه: پاییز ۱۴۰۵",
    "CSV files (*.csv);;All files (*)": "پرونده‌های CSV (*.csv);;همه پرونده‌ها (*)",
    # weak points dock
    "Accepted": "پذیرفته شد", "Dismissed": "رد شد", "Decision: %1": "تصمیم: %1", "Node: %1": "نقطه: %1",
    "Severity: %1": "شدت: %1", "Select a weak point to read why it was flagged.": "یک نقطه ضعف را انتخاب کنید تا دلیل آن را بخوانید.",
    "%1 is outside %2 … %3": "%1 بیرون از بازه %2 تا %3 است",
    "Older value: measured in %1, not in %2": "مقدار قدیمی‌تر: در %1 اندازه‌گیری شده، نه در %2",
    "%1 (older: %2)": "%1 (قدیمی‌تر: %2)",
    # workshop mode and keyboard shortcuts
    "Workshop": "کارگاه", "Exit workshop": "خروج از کارگاه", "Fit": "نمایش کل", "Previous stage": "مرحله قبل",
    "Next stage": "مرحله بعد", "Emotion keys:": "کلیدهای احساس:", "&Keyboard shortcuts": "میان‌برهای صفحه‌کلید",
    "Keyboard shortcuts": "میان‌برهای صفحه‌کلید", "Command": "فرمان", "Keys": "کلیدها", "Pan the map": "جابه‌جا کردن نقشه",
    "Space + drag, middle mouse button": "Space + کشیدن، دکمه وسط ماوس", "Zoom": "بزرگ‌نمایی و کوچک‌نمایی",
    "Mouse wheel": "چرخ ماوس",
    "Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)":
        "کارگاه: تعیین احساس کارت انتخاب‌شده (۱ = کمترین … ۵ = بیشترین)",
    "Workshop: next / previous step of the journey": "کارگاه: گام بعدی / قبلی سفر",
    "Workshop: next / previous stage": "کارگاه: مرحله بعدی / قبلی",
}

AR = {
    "&Connect tool": "أداة الربط", "Compare &periods…": "مقارنة الفترات…", "Compare &with…": "مقارنة مع خريطة أخرى…",
    "Export review &report…": "تصدير تقرير المراجعة…", "Export review report": "تصدير تقرير المراجعة",
    "Emotion curve chart": "مخطط منحنى الشعور", "Undo": "تراجع", "Redo": "إعادة",
    "Move": "نقل", "Move %1 nodes": "نقل %1 نقطة", "Add key moment": "إضافة لحظة حاسمة",
    "Add touchpoint": "إضافة نقطة اتصال", "Connect": "ربط", "Delete %1 items": "حذف %1 عنصر",
    "Duplicate": "تكرار", "Paste": "لصق", "Rename": "إعادة تسمية", "Resize lane": "تغيير ارتفاع الصف",
    "Resize stage": "تغيير عرض المرحلة", "Set emotion": "تحديد الشعور",
    "Appeared": "ظهرت حديثًا", "Before": "قبل", "Change": "التغيّر", "Emotion curves": "منحنيات الشعور",
    "KPI changes": "تغيّرات المؤشرات", "Node removed": "حُذفت النقطة",
    "Not measured in the later period": "لم تُقَس في الفترة اللاحقة", "Now": "الآن",
    "Resolved (measured again, no longer flagged)": "تمت معالجتها (قيست من جديد ولم تعد نقطة ضعف)",
    "Still open": "ما زالت قائمة", "better": "أفضل", "no change": "دون تغيير", "worse": "أسوأ",
    "Compare %1 with %2": "مقارنة %1 مع %2", "Compare periods": "مقارنة الفترات", "Compare with %1": "مقارنة مع %1",
    "Compare with…": "مقارنة مع…", "Earlier period:": "الفترة السابقة:", "Later period:": "الفترة اللاحقة:",
    "Journey maps (*.json)": "خرائط الرحلة (*.json)", "OK": "موافق", "Cancel": "إلغاء",
    "The map needs two periods to compare": "تحتاج الخريطة إلى فترتين على الأقل للمقارنة",
    "Pick a date": "اختر تاريخًا",
    "“%1” has a Gregorian year, but this map uses Jalali dates, for example %2":
        "السنة في «%1» ميلادية، لكن تواريخ هذه الخريطة هجرية شمسية، مثل %2",
    "“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2":
        "السنة في «%1» هجرية شمسية، لكن تواريخ هذه الخريطة ميلادية، مثل %2",
    "“%1” is not a date: type year/month/day, for example %2": "«%1» ليس تاريخًا؛ اكتب السنة/الشهر/اليوم، مثل %2",
    "“%1” is not a day of the calendar (for example %2)": "«%1» ليس يومًا في التقويم (مثل %2)",
    "A lane is between %1 and %2 px high": "ارتفاع الصف بين %1 و%2 بكسل",
    "A stage is between %1 and %2 px wide": "عرض المرحلة بين %1 و%2 بكسل",
    "Backstage": "خلف الكواليس", "Better when": "الأفضل عندما", "Calculation": "طريقة الحساب", "Channel": "قناة",
    "Colour": "اللون", "Custom": "مخصص", "Emotion": "الشعور", "End": "النهاية", "Height (px)": "الارتفاع (بكسل)",
    "Higher is better": "الأعلى أفضل", "Highest score": "أعلى درجة", "Lower is better": "الأدنى أفضل",
    "Lowest score": "أدنى درجة", "Mean": "المتوسط", "NPS (promoters minus detractors)": "NPS (المروّجون ناقص المنتقدين)",
    "Name": "الاسم", "Other": "أخرى", "People (actor)": "أشخاص (فاعل)", "Percent": "نسبة مئوية", "Segment": "شريحة العملاء",
    "Start": "البداية", "Target": "الهدف", "The lowest score must be below the highest score": "يجب أن تكون أدنى درجة أقل من أعلى درجة",
    "The name cannot be empty": "لا يمكن أن يكون الاسم فارغًا", "The period ends before it starts": "تنتهي الفترة قبل أن تبدأ",
    "This value is not allowed here": "هذه القيمة غير مسموح بها هنا", "Top-2-box (percent)": "أعلى خيارين (نسبة مئوية)",
    "Unit": "الوحدة", "Width (px)": "العرض (بكسل)", "“%1” is not a number": "«%1» ليس رقمًا",
    "A period named “%1” already exists: choose it above.": "توجد فترة باسم «%1»؛ اخترها من الأعلى.",
    "Choose a period…": "اختر فترة…",
    "Choose the period these answers belong to, or create a new one.": "اختر الفترة التي تنتمي إليها هذه الإجابات، أو أنشئ فترة جديدة.",
    "Existing period": "فترة موجودة", "File: %1": "الملف: %1", "Import": "استيراد", "New period": "فترة جديدة",
    "Nothing can be imported:": "لا يمكن استيراد شيء:", "The period ends before it starts.": "تنتهي الفترة قبل أن تبدأ.",
    "Type a name for the new period.": "اكتب اسمًا للفترة الجديدة.", "for example: autumn 1405": "مثلًا: خريف ٢٠٢٦",
    "CSV files (*.csv);;All files (*)": "ملفات CSV (*.csv);;كل الملفات (*)",
    "Accepted": "مقبولة", "Dismissed": "مرفوضة", "Decision: %1": "القرار: %1", "Node: %1": "النقطة: %1",
    "Severity: %1": "الخطورة: %1", "Select a weak point to read why it was flagged.": "اختر نقطة ضعف لتقرأ سبب رصدها.",
    "%1 is outside %2 … %3": "%1 خارج النطاق من %2 إلى %3",
    "Older value: measured in %1, not in %2": "قيمة أقدم: قيست في %1 وليس في %2",
    "%1 (older: %2)": "%1 (أقدم: %2)",
    "Workshop": "ورشة العمل", "Exit workshop": "الخروج من ورشة العمل", "Fit": "عرض الكل", "Previous stage": "المرحلة السابقة",
    "Next stage": "المرحلة التالية", "Emotion keys:": "مفاتيح الشعور:", "&Keyboard shortcuts": "اختصارات لوحة المفاتيح",
    "Keyboard shortcuts": "اختصارات لوحة المفاتيح", "Command": "الأمر", "Keys": "المفاتيح", "Pan the map": "تحريك الخريطة",
    "Space + drag, middle mouse button": "Space + السحب، زر الفأرة الأوسط", "Zoom": "التكبير والتصغير",
    "Mouse wheel": "عجلة الفأرة",
    "Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)":
        "ورشة العمل: تحديد شعور البطاقة المحددة (١ = الأدنى … ٥ = الأعلى)",
    "Workshop: next / previous step of the journey": "ورشة العمل: الخطوة التالية / السابقة في الرحلة",
    "Workshop: next / previous stage": "ورشة العمل: المرحلة التالية / السابقة",
}

# Qt's own dialogs: strings that PySide6's qtbase_fa.qm / qtbase_ar.qm leave in English (non-native
# file dialog). Installed with our translations, which Qt consults after its own.
QT_CONTEXTS = {
    "fa": {"QFileDialog": {"&Look in:": "پوشه:", "Files of &type:": "نوع پرونده:", "Look in:": "پوشه:",
                           "Files of type:": "نوع پرونده:"}},
    "ar": {"QFileDialog": {"&Look in:": "المجلد:", "Files of &type:": "نوع الملفات:", "Look in:": "المجلد:",
                           "Files of type:": "نوع الملفات:"}},
}
