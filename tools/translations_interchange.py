"""Persian and Arabic UI strings of the PowerPoint / spreadsheet interchange (merged into the tables
of tools/translations.py). Vocabulary from shared/domain."""

FA = {
    "New from sprea&dsheet…": "نقشه جدید از صفحه‌گسترده…", "Save spreadsheet te&mplate…": "ذخیره الگوی صفحه‌گسترده…",
    "Widescreen 16:9": "عریض ۱۶:۹", "Standard 4:3": "استاندارد ۴:۳", "Slides (PowerPoint)": "اسلایدها (پاورپوینت)",
    "New map from spreadsheet": "نقشه جدید از صفحه‌گسترده", "Cannot import spreadsheet": "صفحه‌گسترده وارد نشد",
    "%1 rows cannot be imported; nothing was imported.": "%1 ردیف قابل ورود نیست؛ هیچ چیزی وارد نشد.",
    "Save spreadsheet template": "ذخیره الگوی صفحه‌گسترده",
    "Cannot save spreadsheet template": "الگوی صفحه‌گسترده ذخیره نشد", "Saved %1": "%1 ذخیره شد",
}
AR = {
    "New from sprea&dsheet…": "خريطة جديدة من جدول بيانات…", "Save spreadsheet te&mplate…": "حفظ قالب جدول البيانات…",
    "Widescreen 16:9": "عريض ١٦:٩", "Standard 4:3": "قياسي ٤:٣", "Slides (PowerPoint)": "الشرائح (باوربوينت)",
    "New map from spreadsheet": "خريطة جديدة من جدول بيانات", "Cannot import spreadsheet": "تعذر استيراد جدول البيانات",
    "%1 rows cannot be imported; nothing was imported.": "لا يمكن استيراد %1 من الصفوف؛ لم يُستورد أي شيء.",
    "Save spreadsheet template": "حفظ قالب جدول البيانات",
    "Cannot save spreadsheet template": "تعذر حفظ قالب جدول البيانات", "Saved %1": "حُفظ %1",
}
