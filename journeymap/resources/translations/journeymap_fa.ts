<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa">
  <context>
    <name />
    <message>
      <location filename="../../ui/actions.py" line="30" />
      <source>&amp;New</source>
      <translation>جدید</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="31" />
      <source>New from &amp;template…</source>
      <translation>جدید از روی الگو…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="32" />
      <source>&amp;Open…</source>
      <translation>باز کردن…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="33" />
      <source>&amp;Save</source>
      <translation>ذخیره</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="34" />
      <source>Save &amp;as…</source>
      <translation>ذخیره با نام…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="35" />
      <source>&amp;Revert</source>
      <translation>بازگشت به نسخه ذخیره‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="36" />
      <source>&amp;Import survey…</source>
      <translation>ورود نتایج نظرسنجی…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="37" />
      <source>&amp;Export…</source>
      <translation>خروجی گرفتن…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="38" />
      <source>&amp;Close</source>
      <translation>بستن</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="39" />
      <source>&amp;Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="40" />
      <source>&amp;Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="41" />
      <source>&amp;Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="42" />
      <source>Cu&amp;t</source>
      <translation>برش</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="43" />
      <source>&amp;Copy</source>
      <translation>رونوشت</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="44" />
      <source>&amp;Paste</source>
      <translation>چسباندن</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="45" />
      <source>&amp;Duplicate</source>
      <translation>تکثیر</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="46" />
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="47" />
      <source>Select &amp;all</source>
      <translation>انتخاب همه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="48" />
      <source>&amp;Rename</source>
      <translation>تغییر نام</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="49" />
      <source>&amp;Find…</source>
      <translation>جستجو…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="50" />
      <source>Copy as &amp;image</source>
      <translation>رونوشت به‌صورت تصویر</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="51" />
      <source>Add &amp;touchpoint</source>
      <translation>افزودن نقطه تماس</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="52" />
      <source>Add &amp;key moment</source>
      <translation>افزودن لحظه کلیدی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="53" />
      <source>Add &amp;next node</source>
      <translation>افزودن گام بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="54" />
      <source>&amp;Stages…</source>
      <translation>مراحل…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="55" />
      <source>&amp;Lanes…</source>
      <translation>ردیف‌ها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="56" />
      <source>&amp;Personas…</source>
      <translation>پرسوناها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="57" />
      <source>&amp;KPIs…</source>
      <translation>شاخص‌ها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="58" />
      <source>P&amp;eriods…</source>
      <translation>دوره‌ها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="59" />
      <source>Zoom &amp;in</source>
      <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="60" />
      <source>Zoom &amp;out</source>
      <translation>کوچک‌نمایی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="61" />
      <source>&amp;Actual size</source>
      <translation>اندازه واقعی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="62" />
      <source>&amp;Fit map</source>
      <translation>نمایش کل نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="63" />
      <source>&amp;Workshop mode</source>
      <translation>حالت کارگاه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="64" />
      <source>&amp;Full screen</source>
      <translation>تمام‌صفحه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="65" />
      <source>&amp;Preferences…</source>
      <translation>تنظیمات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="66" />
      <source>&amp;About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="80" />
      <source>&amp;File</source>
      <translation>پرونده</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="82" />
      <source>&amp;Edit</source>
      <translation>ویرایش</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="84" />
      <source>&amp;Insert</source>
      <translation>درج</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="85" />
      <source>&amp;Map</source>
      <translation>نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="86" />
      <source>&amp;View</source>
      <translation>نما</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="87" />
      <source>&amp;Help</source>
      <translation>راهنما</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="96" />
      <source>Open &amp;recent</source>
      <translation>پرونده‌های اخیر</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="99" />
      <source>&amp;Panels</source>
      <translation>پنل‌ها</translation>
    </message>
  </context>
  <context>
    <name>EdgeForm</name>
    <message>
      <location filename="../../ui/inspector.py" line="154" />
      <source>Flow</source>
      <translation>مسیر اصلی</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="154" />
      <source>Alternative</source>
      <translation>جایگزین</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="154" />
      <source>Fallback</source>
      <translation>جبرانی</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="156" />
      <source>From → to</source>
      <translation>مبدأ و مقصد</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="157" />
      <source>Label</source>
      <translation>برچسب</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="158" />
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="164" />
      <source>Edit connection</source>
      <translation>ویرایش اتصال</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/export_dialog.py" line="17" />
      <location filename="../../ui/export_dialog.py" line="48" />
      <source>Export map</source>
      <translation>خروجی گرفتن از نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="20" />
      <source>Browse…</source>
      <translation>انتخاب…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="31" />
      <source>Fit to map</source>
      <translation>هم‌اندازه نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="33" />
      <source>Legend</source>
      <translation>راهنمای نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="35" />
      <source>Transparent background (PNG)</source>
      <translation>پس‌زمینه شفاف (PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="37" />
      <source>File</source>
      <translation>پرونده</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="38" />
      <source>Resolution (dpi, PNG)</source>
      <translation>وضوح (dpi، PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="39" />
      <source>Page (PDF)</source>
      <translation>صفحه (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="54" />
      <source>Exporting…</source>
      <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="66" />
      <source>Cannot export</source>
      <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="69" />
      <source>Exported %1</source>
      <translation>خروجی ذخیره شد: %1</translation>
    </message>
  </context>
  <context>
    <name>FileMixin</name>
    <message>
      <location filename="../../ui/window_files.py" line="35" />
      <source>Open map</source>
      <translation>باز کردن نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="44" />
      <location filename="../../ui/window_files.py" line="136" />
      <source>Cannot open map</source>
      <translation>نقشه باز نشد</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="89" />
      <source>Save map as</source>
      <translation>ذخیره نقشه با نام</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="103" />
      <source>Cannot save map</source>
      <translation>نقشه ذخیره نشد</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="111" />
      <source>Saved</source>
      <translation>ذخیره شد</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="121" />
      <source>File changed on disk</source>
      <translation>پرونده روی دیسک تغییر کرده است</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="122" />
      <source>%1 was changed by another program since you opened it. Overwrite it?</source>
      <translation>%1 پس از باز شدن، با برنامه دیگری تغییر کرده است. روی آن نوشته شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="130" />
      <source>Revert</source>
      <translation>بازگشت به نسخه ذخیره‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="130" />
      <source>Discard your changes and reload the file?</source>
      <translation>تغییرات کنار گذاشته شود و پرونده دوباره بارگذاری شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="148" />
      <source>Autosave failed: %1</source>
      <translation>ذخیره خودکار انجام نشد: %1</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="154" />
      <source>Unsaved changes</source>
      <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="154" />
      <source>Save the changes to this map before closing?</source>
      <translation>تغییرات این نقشه پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="189" />
      <source>Recover unsaved work</source>
      <translation>بازیابی کار ذخیره‌نشده</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="190" />
      <source>journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?</source>
      <translation>journeymap کار ذخیره‌نشده‌ای روی «%1» از جلسه‌ای که ناگهان بسته شد پیدا کرد. بازیابی شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="191" />
      <source>Untitled</source>
      <translation>بی‌نام</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="202" />
      <source>Cannot recover</source>
      <translation>بازیابی ممکن نشد</translation>
    </message>
  </context>
  <context>
    <name>KpiTable</name>
    <message>
      <location filename="../../ui/kpi_table.py" line="27" />
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>مقدار شاخص‌ها در هر دوره؛ عدد را بنویسید و برای حذف، خانه را خالی کنید</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="43" />
      <source>n = %1</source>
      <translation>تعداد پاسخ = %1</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="70" />
      <source>Edit KPI value</source>
      <translation>ویرایش مقدار شاخص</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="61" />
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>دوره نمایش‌داده‌شده: شاخص‌ها، نقاط ضعف و منحنی احساس</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="63" />
      <source>Find node…</source>
      <translation>جستجوی نقطه…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="71" />
      <source>Inspector</source>
      <translation>مشخصات</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="72" />
      <source>Weak points</source>
      <translation>نقاط ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="123" />
      <source>Latest data</source>
      <translation>آخرین داده‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="144" />
      <source>Workshop mode: the structure is locked</source>
      <translation>حالت کارگاه: ساختار نقشه قفل است</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="149" />
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطه · %2 اتصال · %3 نقطه ضعف · %4 انتخاب‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="156" />
      <source>Untitled</source>
      <translation>بی‌نام</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="167" />
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>ابتدا یک مرحله و یک ردیف اضافه کنید (منوی نقشه)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="220" />
      <source>No node matches “%1”</source>
      <translation>هیچ نقطه‌ای با «%1» پیدا نشد</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 پاسخ، %2 مقدار (%3 مقدار موجود جایگزین می‌شود)</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>%1 مورد از این استفاده می‌کنند. این و آن‌ها حذف شوند؟ (قابل واگرد است.)</translation>
    </message>
    <message>
      <source>%1 was changed by another program since you opened it. Overwrite it?</source>
      <translation>%1 پس از باز شدن، با برنامه دیگری تغییر کرده است. روی آن نوشته شود؟</translation>
    </message>
    <message>
      <source>&amp;About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <source>&amp;Actual size</source>
      <translation>اندازه واقعی</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>بستن</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>رونوشت</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>تکثیر</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>ویرایش</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>خروجی گرفتن…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>پرونده</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>جستجو…</translation>
    </message>
    <message>
      <source>&amp;Fit map</source>
      <translation>نمایش کل نقشه</translation>
    </message>
    <message>
      <source>&amp;Full screen</source>
      <translation>تمام‌صفحه</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>راهنما</translation>
    </message>
    <message>
      <source>&amp;Import survey…</source>
      <translation>ورود نتایج نظرسنجی…</translation>
    </message>
    <message>
      <source>&amp;Insert</source>
      <translation>درج</translation>
    </message>
    <message>
      <source>&amp;KPIs…</source>
      <translation>شاخص‌ها…</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>ردیف‌ها…</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>نقشه</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>جدید</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>باز کردن…</translation>
    </message>
    <message>
      <source>&amp;Panels</source>
      <translation>پنل‌ها</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>چسباندن</translation>
    </message>
    <message>
      <source>&amp;Personas…</source>
      <translation>پرسوناها…</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>تنظیمات…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>تغییر نام</translation>
    </message>
    <message>
      <source>&amp;Revert</source>
      <translation>بازگشت به نسخه ذخیره‌شده</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>ذخیره</translation>
    </message>
    <message>
      <source>&amp;Stages…</source>
      <translation>مراحل…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>نما</translation>
    </message>
    <message>
      <source>&amp;Workshop mode</source>
      <translation>حالت کارگاه</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <source>Accept…</source>
      <translation>پذیرفتن…</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>افزودن</translation>
    </message>
    <message>
      <source>Add &amp;key moment</source>
      <translation>افزودن لحظه کلیدی</translation>
    </message>
    <message>
      <source>Add &amp;next node</source>
      <translation>افزودن گام بعدی</translation>
    </message>
    <message>
      <source>Add &amp;touchpoint</source>
      <translation>افزودن نقطه تماس</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>جایگزین</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>پاسخ‌ها</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>ذخیره خودکار انجام نشد: %1</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>انتخاب…</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
      <source>Cannot import survey</source>
      <translation>نتایج نظرسنجی وارد نشد</translation>
    </message>
    <message>
      <source>Cannot open map</source>
      <translation>نقشه باز نشد</translation>
    </message>
    <message>
      <source>Cannot recover</source>
      <translation>بازیابی ممکن نشد</translation>
    </message>
    <message>
      <source>Cannot save map</source>
      <translation>نقشه ذخیره نشد</translation>
    </message>
    <message>
      <source>Copy as &amp;image</source>
      <translation>رونوشت به‌صورت تصویر</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>برش</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>توضیحات</translation>
    </message>
    <message>
      <source>Desired feeling</source>
      <translation>احساس مطلوب</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>جهت</translation>
    </message>
    <message>
      <source>Discard your changes and reload the file?</source>
      <translation>تغییرات کنار گذاشته شود و پرونده دوباره بارگذاری شود؟</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رد کردن…</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>ویرایش %1</translation>
    </message>
    <message>
      <source>Edit KPI value</source>
      <translation>ویرایش مقدار شاخص</translation>
    </message>
    <message>
      <source>Edit connection</source>
      <translation>ویرایش اتصال</translation>
    </message>
    <message>
      <source>Edit map</source>
      <translation>ویرایش نقشه</translation>
    </message>
    <message>
      <source>Edit node</source>
      <translation>ویرایش نقطه</translation>
    </message>
    <message>
      <source>Emotion names</source>
      <translation>نام احساس‌ها</translation>
    </message>
    <message>
      <source>Emotion note</source>
      <translation>یادداشت احساس</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطه ورود</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطه خروج</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>احساس مورد انتظار</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>خروجی گرفتن از نقشه</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>خروجی ذخیره شد: %1</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>جبرانی</translation>
    </message>
    <message>
      <source>Feeling</source>
      <translation>احساس</translation>
    </message>
    <message>
      <source>File</source>
      <translation>پرونده</translation>
    </message>
    <message>
      <source>File changed on disk</source>
      <translation>پرونده روی دیسک تغییر کرده است</translation>
    </message>
    <message>
      <source>Fit to map</source>
      <translation>هم‌اندازه نقشه</translation>
    </message>
    <message>
      <source>Flow</source>
      <translation>مسیر اصلی</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>مبدأ و مقصد</translation>
    </message>
    <message>
      <source>High</source>
      <translation>شدید</translation>
    </message>
    <message>
      <source>Import survey</source>
      <translation>ورود نتایج نظرسنجی</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>اطلاع</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>زبان رابط کاربری</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>شاخص</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>مقدار شاخص‌ها در هر دوره؛ عدد را بنویسید و برای حذف، خانه را خالی کنید</translation>
    </message>
    <message>
      <source>KPIs</source>
      <translation>شاخص‌ها</translation>
    </message>
    <message>
      <source>Key moment</source>
      <translation>لحظه کلیدی</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>برچسب</translation>
    </message>
    <message>
      <source>Lane</source>
      <translation>ردیف</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>ردیف‌ها</translation>
    </message>
    <message>
      <source>Left to right</source>
      <translation>چپ به راست</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>راهنمای نقشه</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>کم</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>اصلی</translation>
    </message>
    <message>
      <source>Map copied as an image</source>
      <translation>نقشه به‌صورت تصویر رونوشت شد</translation>
    </message>
    <message>
      <source>Map language</source>
      <translation>زبان نقشه</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <source>Menus and docks change now; reopen windows for every label.</source>
      <translation>منوها و پنل‌ها همین حالا تغییر می‌کنند؛ برای همه برچسب‌ها پنجره را دوباره باز کنید.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>پایین‌تر</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>بالاتر</translation>
    </message>
    <message>
      <source>Names of the emotion scores from lowest to highest, comma-separated</source>
      <translation>نام امتیازهای احساس از کمترین تا بیشترین، جدا شده با ویرگول</translation>
    </message>
    <message>
      <source>New</source>
      <translation>جدید</translation>
    </message>
    <message>
      <source>New from &amp;template…</source>
      <translation>جدید از روی الگو…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جدید از روی الگو</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>مقدار جدید</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>ستاره شمالی</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>یادداشت (دلیل):</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>چیزی وارد نشد</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>مقدار قبلی</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>پرونده‌های اخیر</translation>
    </message>
    <message>
      <source>Open map</source>
      <translation>باز کردن نقشه</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>مسئول</translation>
    </message>
    <message>
      <source>P&amp;eriods…</source>
      <translation>دوره‌ها…</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>صفحه (PDF)</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>دوره</translation>
    </message>
    <message>
      <source>Period of these answers:</source>
      <translation>دوره این پاسخ‌ها:</translation>
    </message>
    <message>
      <source>Periods</source>
      <translation>دوره‌ها</translation>
    </message>
    <message>
      <source>Personas</source>
      <translation>پرسوناها</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>تنظیمات</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>بازیابی کار ذخیره‌نشده</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>بازگشایی</translation>
    </message>
    <message>
      <source>Reorder</source>
      <translation>تغییر ترتیب</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>وضوح (dpi، PNG)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>بازگشت به نسخه ذخیره‌شده</translation>
    </message>
    <message>
      <source>Review weak point</source>
      <translation>بررسی نقطه ضعف</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>بررسی‌شده</translation>
    </message>
    <message>
      <source>Right to left</source>
      <translation>راست به چپ</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>ذخیره با نام…</translation>
    </message>
    <message>
      <source>Save map as</source>
      <translation>ذخیره نقشه با نام</translation>
    </message>
    <message>
      <source>Save the changes to this map before closing?</source>
      <translation>تغییرات این نقشه پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>ذخیره شد</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>انتخاب همه</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>مرحله</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>مراحل</translation>
    </message>
    <message>
      <source>System</source>
      <translation>زبان سیستم</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>برچسب‌ها</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>الگو</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطه تماس</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>پس‌زمینه شفاف (PNG)</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
      <source>Weak point</source>
      <translation>نقطه ضعف</translation>
    </message>
    <message>
      <source>Workshop mode off</source>
      <translation>حالت کارگاه خاموش شد</translation>
    </message>
    <message>
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>حالت کارگاه: کلیدهای ۱ تا ۵ احساس را تعیین می‌کنند و Tab در طول سفر پیش می‌رود</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>کوچک‌نمایی</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>پذیرفته</translation>
    </message>
    <message>
      <source>comma-separated</source>
      <translation>جدا شده با ویرگول</translation>
    </message>
    <message>
      <source>dismissed</source>
      <translation>رد شده</translation>
    </message>
    <message>
      <source>journeymap %1 — offline customer-journey maps with explainable weak points.</source>
      <translation>journeymap %1 — نقشه سفر مشتری بدون نیاز به اینترنت، با نقاط ضعفی که دلیلشان گفته می‌شود.</translation>
    </message>
    <message>
      <source>journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?</source>
      <translation>journeymap کار ذخیره‌نشده‌ای روی «%1» از جلسه‌ای که ناگهان بسته شد پیدا کرد. بازیابی شود؟</translation>
    </message>
    <message>
      <source>n = %1</source>
      <translation>تعداد پاسخ = %1</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>تعیین نشده</translation>
    </message>
  </context>
  <context>
    <name>MapForm</name>
    <message>
      <location filename="../../ui/map_form.py" line="25" />
      <source>Left to right</source>
      <translation>چپ به راست</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="26" />
      <source>Right to left</source>
      <translation>راست به چپ</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="28" />
      <source>Names of the emotion scores from lowest to highest, comma-separated</source>
      <translation>نام امتیازهای احساس از کمترین تا بیشترین، جدا شده با ویرگول</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="29" />
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="29" />
      <source>Description</source>
      <translation>توضیحات</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>North star</source>
      <translation>ستاره شمالی</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>Map language</source>
      <translation>زبان نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>Direction</source>
      <translation>جهت</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>Emotion names</source>
      <translation>نام احساس‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="43" />
      <source>Edit map</source>
      <translation>ویرایش نقشه</translation>
    </message>
  </context>
  <context>
    <name>NodeForm</name>
    <message>
      <location filename="../../ui/inspector.py" line="30" />
      <source>Touchpoint</source>
      <translation>نقطه تماس</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="31" />
      <source>Key moment</source>
      <translation>لحظه کلیدی</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="40" />
      <source>comma-separated</source>
      <translation>جدا شده با ویرگول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="41" />
      <source>Entry point</source>
      <translation>نقطه ورود</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="41" />
      <source>Exit point</source>
      <translation>نقطه خروج</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="43" />
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="43" />
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="43" />
      <source>Description</source>
      <translation>توضیحات</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>Stage</source>
      <translation>مرحله</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>Lane</source>
      <translation>ردیف</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>Expected emotion</source>
      <translation>احساس مورد انتظار</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Feeling</source>
      <translation>احساس</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Emotion note</source>
      <translation>یادداشت احساس</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="46" />
      <source>Desired feeling</source>
      <translation>احساس مطلوب</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="46" />
      <source>Owner</source>
      <translation>مسئول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="47" />
      <source>Personas</source>
      <translation>پرسوناها</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="47" />
      <source>Tags</source>
      <translation>برچسب‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="77" />
      <source>Edit node</source>
      <translation>ویرایش نقطه</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="115" />
      <source>not set</source>
      <translation>تعیین نشده</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../ui/preferences.py" line="13" />
      <source>Preferences</source>
      <translation>تنظیمات</translation>
    </message>
    <message>
      <location filename="../../ui/preferences.py" line="15" />
      <source>System</source>
      <translation>زبان سیستم</translation>
    </message>
    <message>
      <location filename="../../ui/preferences.py" line="20" />
      <source>Interface language</source>
      <translation>زبان رابط کاربری</translation>
    </message>
    <message>
      <location filename="../../ui/preferences.py" line="21" />
      <source>Menus and docks change now; reopen windows for every label.</source>
      <translation>منوها و پنل‌ها همین حالا تغییر می‌کنند؛ برای همه برچسب‌ها پنجره را دوباره باز کنید.</translation>
    </message>
  </context>
  <context>
    <name>StructureDialog</name>
    <message>
      <location filename="../../ui/structure_dialog.py" line="39" />
      <location filename="../../ui/structure_dialog.py" line="85" />
      <source>Add</source>
      <translation>افزودن</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="39" />
      <location filename="../../ui/structure_dialog.py" line="100" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="40" />
      <source>Move up</source>
      <translation>بالاتر</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="41" />
      <source>Move down</source>
      <translation>پایین‌تر</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="79" />
      <source>Edit %1</source>
      <translation>ویرایش %1</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="84" />
      <source>New</source>
      <translation>جدید</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="96" />
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>%1 مورد از این استفاده می‌کنند. این و آن‌ها حذف شوند؟ (قابل واگرد است.)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="108" />
      <source>Reorder</source>
      <translation>تغییر ترتیب</translation>
    </message>
  </context>
  <context>
    <name>SurveyPreview</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="15" />
      <source>Import survey</source>
      <translation>ورود نتایج نظرسنجی</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>KPI</source>
      <translation>شاخص</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>Period</source>
      <translation>دوره</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>Old value</source>
      <translation>مقدار قبلی</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="24" />
      <source>New value</source>
      <translation>مقدار جدید</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="24" />
      <source>Answers</source>
      <translation>پاسخ‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="31" />
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 پاسخ، %2 مقدار (%3 مقدار موجود جایگزین می‌شود)</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../ui/template_dialog.py" line="16" />
      <source>New from template</source>
      <translation>جدید از روی الگو</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="22" />
      <source>Map language</source>
      <translation>زبان نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="23" />
      <source>Template</source>
      <translation>الگو</translation>
    </message>
  </context>
  <context>
    <name>ToolsMixin</name>
    <message>
      <location filename="../../ui/window_tools.py" line="19" />
      <source>Stages</source>
      <translation>مراحل</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="19" />
      <source>Lanes</source>
      <translation>ردیف‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="19" />
      <source>Personas</source>
      <translation>پرسوناها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="20" />
      <source>KPIs</source>
      <translation>شاخص‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="20" />
      <source>Periods</source>
      <translation>دوره‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="39" />
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>حالت کارگاه: کلیدهای ۱ تا ۵ احساس را تعیین می‌کنند و Tab در طول سفر پیش می‌رود</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="40" />
      <source>Workshop mode off</source>
      <translation>حالت کارگاه خاموش شد</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="88" />
      <source>Map copied as an image</source>
      <translation>نقشه به‌صورت تصویر رونوشت شد</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="103" />
      <source>About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="104" />
      <source>journeymap %1 — offline customer-journey maps with explainable weak points.</source>
      <translation>journeymap %1 — نقشه سفر مشتری بدون نیاز به اینترنت، با نقاط ضعفی که دلیلشان گفته می‌شود.</translation>
    </message>
  </context>
  <context>
    <name>WeakPointsPanel</name>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="53" />
      <source>Weak point</source>
      <translation>نقطه ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="53" />
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="56" />
      <source>Accept…</source>
      <translation>پذیرفتن…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="57" />
      <source>Dismiss…</source>
      <translation>رد کردن…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="58" />
      <source>Reopen</source>
      <translation>بازگشایی</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="70" />
      <source>High</source>
      <translation>شدید</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="70" />
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="70" />
      <source>Low</source>
      <translation>کم</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="71" />
      <source>Info</source>
      <translation>اطلاع</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="81" />
      <source>Reviewed</source>
      <translation>بررسی‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="109" />
      <location filename="../../ui/weakpoints_dock.py" line="120" />
      <source>Review weak point</source>
      <translation>بررسی نقطه ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="109" />
      <source>Note (why):</source>
      <translation>یادداشت (دلیل):</translation>
    </message>
  </context>
  <context>
    <name>w</name>
    <message>
      <location filename="../../ui/actions.py" line="105" />
      <source>Main</source>
      <translation>اصلی</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <location filename="../../ui/survey_dialog.py" line="57" />
      <location filename="../../ui/survey_dialog.py" line="68" />
      <source>Import survey</source>
      <translation>ورود نتایج نظرسنجی</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="52" />
      <source>Cannot import survey</source>
      <translation>نتایج نظرسنجی وارد نشد</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="57" />
      <source>Period of these answers:</source>
      <translation>دوره این پاسخ‌ها:</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="63" />
      <source>Nothing imported</source>
      <translation>چیزی وارد نشد</translation>
    </message>
  </context>
</TS>