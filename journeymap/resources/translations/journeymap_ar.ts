<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ar">
  <context>
    <name />
    <message>
      <location filename="../../ui/actions.py" line="30" />
      <source>&amp;New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="31" />
      <source>New from &amp;template…</source>
      <translation>جديد من قالب…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="32" />
      <source>&amp;Open…</source>
      <translation>فتح…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="33" />
      <source>&amp;Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="34" />
      <source>Save &amp;as…</source>
      <translation>حفظ باسم…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="35" />
      <source>&amp;Revert</source>
      <translation>العودة إلى النسخة المحفوظة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="36" />
      <source>&amp;Import survey…</source>
      <translation>استيراد استبيان…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="37" />
      <source>&amp;Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="38" />
      <source>&amp;Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="39" />
      <source>&amp;Quit</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="40" />
      <source>&amp;Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="41" />
      <source>&amp;Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="42" />
      <source>Cu&amp;t</source>
      <translation>قص</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="43" />
      <source>&amp;Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="44" />
      <source>&amp;Paste</source>
      <translation>لصق</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="45" />
      <source>&amp;Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="46" />
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="47" />
      <source>Select &amp;all</source>
      <translation>تحديد الكل</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="48" />
      <source>&amp;Rename</source>
      <translation>إعادة تسمية</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="49" />
      <source>&amp;Find…</source>
      <translation>بحث…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="50" />
      <source>Copy as &amp;image</source>
      <translation>نسخ كصورة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="51" />
      <source>Add &amp;touchpoint</source>
      <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="52" />
      <source>Add &amp;key moment</source>
      <translation>إضافة لحظة حاسمة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="53" />
      <source>Add &amp;next node</source>
      <translation>إضافة الخطوة التالية</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="54" />
      <source>&amp;Stages…</source>
      <translation>المراحل…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="55" />
      <source>&amp;Lanes…</source>
      <translation>الصفوف…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="56" />
      <source>&amp;Personas…</source>
      <translation>الشخصيات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="57" />
      <source>&amp;KPIs…</source>
      <translation>المؤشرات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="58" />
      <source>P&amp;eriods…</source>
      <translation>الفترات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="59" />
      <source>Zoom &amp;in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="60" />
      <source>Zoom &amp;out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="61" />
      <source>&amp;Actual size</source>
      <translation>الحجم الفعلي</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="62" />
      <source>&amp;Fit map</source>
      <translation>عرض الخريطة كاملة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="63" />
      <source>&amp;Workshop mode</source>
      <translation>وضع ورشة العمل</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="64" />
      <source>&amp;Full screen</source>
      <translation>ملء الشاشة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="65" />
      <source>&amp;Preferences…</source>
      <translation>التفضيلات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="66" />
      <source>&amp;About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="80" />
      <source>&amp;File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="82" />
      <source>&amp;Edit</source>
      <translation>تحرير</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="84" />
      <source>&amp;Insert</source>
      <translation>إدراج</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="85" />
      <source>&amp;Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="86" />
      <source>&amp;View</source>
      <translation>عرض</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="87" />
      <source>&amp;Help</source>
      <translation>مساعدة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="96" />
      <source>Open &amp;recent</source>
      <translation>الملفات الأخيرة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="99" />
      <source>&amp;Panels</source>
      <translation>اللوحات</translation>
    </message>
  </context>
  <context>
    <name>EdgeForm</name>
    <message>
      <location filename="../../ui/inspector.py" line="154" />
      <source>Flow</source>
      <translation>المسار الرئيسي</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="154" />
      <source>Alternative</source>
      <translation>بديل</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="154" />
      <source>Fallback</source>
      <translation>احتياطي</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="156" />
      <source>From → to</source>
      <translation>من وإلى</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="157" />
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="158" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="164" />
      <source>Edit connection</source>
      <translation>تحرير الاتصال</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/export_dialog.py" line="17" />
      <location filename="../../ui/export_dialog.py" line="48" />
      <source>Export map</source>
      <translation>تصدير الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="20" />
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="31" />
      <source>Fit to map</source>
      <translation>بحجم الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="33" />
      <source>Legend</source>
      <translation>مفتاح الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="35" />
      <source>Transparent background (PNG)</source>
      <translation>خلفية شفافة (PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="37" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="38" />
      <source>Resolution (dpi, PNG)</source>
      <translation>الدقة (dpi، PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="39" />
      <source>Page (PDF)</source>
      <translation>الصفحة (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="54" />
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="66" />
      <source>Cannot export</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="69" />
      <source>Exported %1</source>
      <translation>تم التصدير: %1</translation>
    </message>
  </context>
  <context>
    <name>FileMixin</name>
    <message>
      <location filename="../../ui/window_files.py" line="35" />
      <source>Open map</source>
      <translation>فتح خريطة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="44" />
      <location filename="../../ui/window_files.py" line="136" />
      <source>Cannot open map</source>
      <translation>تعذّر فتح الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="89" />
      <source>Save map as</source>
      <translation>حفظ الخريطة باسم</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="103" />
      <source>Cannot save map</source>
      <translation>تعذّر حفظ الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="111" />
      <source>Saved</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="121" />
      <source>File changed on disk</source>
      <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="122" />
      <source>%1 was changed by another program since you opened it. Overwrite it?</source>
      <translation>غيّر برنامج آخر الملف %1 بعد أن فتحته. هل تريد الكتابة فوقه؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="130" />
      <source>Revert</source>
      <translation>العودة إلى النسخة المحفوظة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="130" />
      <source>Discard your changes and reload the file?</source>
      <translation>هل تتجاهل تغييراتك وتعيد تحميل الملف؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="148" />
      <source>Autosave failed: %1</source>
      <translation>تعذّر الحفظ التلقائي: %1</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="154" />
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="154" />
      <source>Save the changes to this map before closing?</source>
      <translation>هل تحفظ تغييرات هذه الخريطة قبل الإغلاق؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="189" />
      <source>Recover unsaved work</source>
      <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="190" />
      <source>journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?</source>
      <translation>عثر journeymap على عمل غير محفوظ في «%1» من جلسة انتهت فجأة. هل تستعيده؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="191" />
      <source>Untitled</source>
      <translation>بلا عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="202" />
      <source>Cannot recover</source>
      <translation>تعذّرت الاستعادة</translation>
    </message>
  </context>
  <context>
    <name>KpiTable</name>
    <message>
      <location filename="../../ui/kpi_table.py" line="27" />
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>قيم المؤشرات لكل فترة؛ اكتب قيمة، وامسح الخانة لحذفها</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="43" />
      <source>n = %1</source>
      <translation>عدد الإجابات = %1</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="70" />
      <source>Edit KPI value</source>
      <translation>تحرير قيمة المؤشر</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="61" />
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>الفترة المعروضة: المؤشرات ونقاط الضعف ومنحنى الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="63" />
      <source>Find node…</source>
      <translation>ابحث عن نقطة…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="71" />
      <source>Inspector</source>
      <translation>الخصائص</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="72" />
      <source>Weak points</source>
      <translation>نقاط الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="123" />
      <source>Latest data</source>
      <translation>أحدث البيانات</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="144" />
      <source>Workshop mode: the structure is locked</source>
      <translation>وضع ورشة العمل: هيكل الخريطة مقفل</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="149" />
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطة · %2 اتصال · %3 نقطة ضعف · %4 محدد</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="156" />
      <source>Untitled</source>
      <translation>بلا عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="167" />
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>أضف مرحلة وصفًّا أولًا (قائمة الخريطة)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="220" />
      <source>No node matches “%1”</source>
      <translation>لا توجد نقطة تطابق «%1»</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 إجابة، %2 قيمة (%3 منها تستبدل قيمًا موجودة)</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>يستخدم هذا العنصرَ %1 عنصرًا. هل تحذفه وتحذفها معه؟ (يمكنك التراجع.)</translation>
    </message>
    <message>
      <source>%1 was changed by another program since you opened it. Overwrite it?</source>
      <translation>غيّر برنامج آخر الملف %1 بعد أن فتحته. هل تريد الكتابة فوقه؟</translation>
    </message>
    <message>
      <source>&amp;About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <source>&amp;Actual size</source>
      <translation>الحجم الفعلي</translation>
    </message>
    <message>
      <source>&amp;Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <source>&amp;Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <source>&amp;Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <source>&amp;Edit</source>
      <translation>تحرير</translation>
    </message>
    <message>
      <source>&amp;Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <source>&amp;Find…</source>
      <translation>بحث…</translation>
    </message>
    <message>
      <source>&amp;Fit map</source>
      <translation>عرض الخريطة كاملة</translation>
    </message>
    <message>
      <source>&amp;Full screen</source>
      <translation>ملء الشاشة</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>مساعدة</translation>
    </message>
    <message>
      <source>&amp;Import survey…</source>
      <translation>استيراد استبيان…</translation>
    </message>
    <message>
      <source>&amp;Insert</source>
      <translation>إدراج</translation>
    </message>
    <message>
      <source>&amp;KPIs…</source>
      <translation>المؤشرات…</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>الصفوف…</translation>
    </message>
    <message>
      <source>&amp;Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <source>&amp;New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <source>&amp;Open…</source>
      <translation>فتح…</translation>
    </message>
    <message>
      <source>&amp;Panels</source>
      <translation>اللوحات</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>لصق</translation>
    </message>
    <message>
      <source>&amp;Personas…</source>
      <translation>الشخصيات…</translation>
    </message>
    <message>
      <source>&amp;Preferences…</source>
      <translation>التفضيلات…</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>إعادة تسمية</translation>
    </message>
    <message>
      <source>&amp;Revert</source>
      <translation>العودة إلى النسخة المحفوظة</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <source>&amp;Stages…</source>
      <translation>المراحل…</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>&amp;View</source>
      <translation>عرض</translation>
    </message>
    <message>
      <source>&amp;Workshop mode</source>
      <translation>وضع ورشة العمل</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <source>Accept…</source>
      <translation>قبول…</translation>
    </message>
    <message>
      <source>Add</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <source>Add &amp;key moment</source>
      <translation>إضافة لحظة حاسمة</translation>
    </message>
    <message>
      <source>Add &amp;next node</source>
      <translation>إضافة الخطوة التالية</translation>
    </message>
    <message>
      <source>Add &amp;touchpoint</source>
      <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>بديل</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>تعذّر الحفظ التلقائي: %1</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <source>Cannot import survey</source>
      <translation>تعذّر استيراد الاستبيان</translation>
    </message>
    <message>
      <source>Cannot open map</source>
      <translation>تعذّر فتح الخريطة</translation>
    </message>
    <message>
      <source>Cannot recover</source>
      <translation>تعذّرت الاستعادة</translation>
    </message>
    <message>
      <source>Cannot save map</source>
      <translation>تعذّر حفظ الخريطة</translation>
    </message>
    <message>
      <source>Copy as &amp;image</source>
      <translation>نسخ كصورة</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>قص</translation>
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
      <translation>الوصف</translation>
    </message>
    <message>
      <source>Desired feeling</source>
      <translation>الشعور المرغوب</translation>
    </message>
    <message>
      <source>Direction</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <source>Discard your changes and reload the file?</source>
      <translation>هل تتجاهل تغييراتك وتعيد تحميل الملف؟</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <source>Edit %1</source>
      <translation>تحرير %1</translation>
    </message>
    <message>
      <source>Edit KPI value</source>
      <translation>تحرير قيمة المؤشر</translation>
    </message>
    <message>
      <source>Edit connection</source>
      <translation>تحرير الاتصال</translation>
    </message>
    <message>
      <source>Edit map</source>
      <translation>تحرير الخريطة</translation>
    </message>
    <message>
      <source>Edit node</source>
      <translation>تحرير النقطة</translation>
    </message>
    <message>
      <source>Emotion names</source>
      <translation>أسماء المشاعر</translation>
    </message>
    <message>
      <source>Emotion note</source>
      <translation>ملاحظة عن الشعور</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطة دخول</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطة خروج</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>الشعور المتوقع</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>تصدير الخريطة</translation>
    </message>
    <message>
      <source>Exported %1</source>
      <translation>تم التصدير: %1</translation>
    </message>
    <message>
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>احتياطي</translation>
    </message>
    <message>
      <source>Feeling</source>
      <translation>الشعور</translation>
    </message>
    <message>
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <source>File changed on disk</source>
      <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
      <source>Fit to map</source>
      <translation>بحجم الخريطة</translation>
    </message>
    <message>
      <source>Flow</source>
      <translation>المسار الرئيسي</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>من وإلى</translation>
    </message>
    <message>
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <source>Import survey</source>
      <translation>استيراد استبيان</translation>
    </message>
    <message>
      <source>Info</source>
      <translation>معلومة</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>لغة الواجهة</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>قيم المؤشرات لكل فترة؛ اكتب قيمة، وامسح الخانة لحذفها</translation>
    </message>
    <message>
      <source>KPIs</source>
      <translation>المؤشرات</translation>
    </message>
    <message>
      <source>Key moment</source>
      <translation>لحظة حاسمة</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <source>Lane</source>
      <translation>الصف</translation>
    </message>
    <message>
      <source>Lanes</source>
      <translation>الصفوف</translation>
    </message>
    <message>
      <source>Left to right</source>
      <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
      <source>Legend</source>
      <translation>مفتاح الخريطة</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>رئيسي</translation>
    </message>
    <message>
      <source>Map copied as an image</source>
      <translation>نُسخت الخريطة كصورة</translation>
    </message>
    <message>
      <source>Map language</source>
      <translation>لغة الخريطة</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <source>Menus and docks change now; reopen windows for every label.</source>
      <translation>تتغير القوائم واللوحات الآن؛ أعد فتح النوافذ لتتغير كل التسميات.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>تحريك لأسفل</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>تحريك لأعلى</translation>
    </message>
    <message>
      <source>Names of the emotion scores from lowest to highest, comma-separated</source>
      <translation>أسماء درجات الشعور من الأدنى إلى الأعلى، مفصولة بفواصل</translation>
    </message>
    <message>
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <source>New from &amp;template…</source>
      <translation>جديد من قالب…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جديد من قالب</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>نجم الشمال</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>ملاحظة (السبب):</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>لم يُستورد شيء</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>القيمة السابقة</translation>
    </message>
    <message>
      <source>Open &amp;recent</source>
      <translation>الملفات الأخيرة</translation>
    </message>
    <message>
      <source>Open map</source>
      <translation>فتح خريطة</translation>
    </message>
    <message>
      <source>Owner</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <source>P&amp;eriods…</source>
      <translation>الفترات…</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>الصفحة (PDF)</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <source>Period of these answers:</source>
      <translation>فترة هذه الإجابات:</translation>
    </message>
    <message>
      <source>Periods</source>
      <translation>الفترات</translation>
    </message>
    <message>
      <source>Personas</source>
      <translation>الشخصيات</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>التفضيلات</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>إعادة فتح</translation>
    </message>
    <message>
      <source>Reorder</source>
      <translation>إعادة الترتيب</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>الدقة (dpi، PNG)</translation>
    </message>
    <message>
      <source>Revert</source>
      <translation>العودة إلى النسخة المحفوظة</translation>
    </message>
    <message>
      <source>Review weak point</source>
      <translation>مراجعة نقطة الضعف</translation>
    </message>
    <message>
      <source>Reviewed</source>
      <translation>تمت مراجعتها</translation>
    </message>
    <message>
      <source>Right to left</source>
      <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
      <source>Save &amp;as…</source>
      <translation>حفظ باسم…</translation>
    </message>
    <message>
      <source>Save map as</source>
      <translation>حفظ الخريطة باسم</translation>
    </message>
    <message>
      <source>Save the changes to this map before closing?</source>
      <translation>هل تحفظ تغييرات هذه الخريطة قبل الإغلاق؟</translation>
    </message>
    <message>
      <source>Saved</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>تحديد الكل</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>المراحل</translation>
    </message>
    <message>
      <source>System</source>
      <translation>لغة النظام</translation>
    </message>
    <message>
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطة اتصال</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>خلفية شفافة (PNG)</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <source>Weak point</source>
      <translation>نقطة الضعف</translation>
    </message>
    <message>
      <source>Workshop mode off</source>
      <translation>أُوقف وضع ورشة العمل</translation>
    </message>
    <message>
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>وضع ورشة العمل: المفاتيح من 1 إلى 5 تحدد الشعور، وTab يتنقل عبر الرحلة</translation>
    </message>
    <message>
      <source>Zoom &amp;in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <source>Zoom &amp;out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <source>accepted</source>
      <translation>مقبول</translation>
    </message>
    <message>
      <source>comma-separated</source>
      <translation>مفصولة بفواصل</translation>
    </message>
    <message>
      <source>dismissed</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>journeymap %1 — offline customer-journey maps with explainable weak points.</source>
      <translation>journeymap %1 — خرائط رحلة العميل دون اتصال بالإنترنت، مع نقاط ضعف مشروحة الأسباب.</translation>
    </message>
    <message>
      <source>journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?</source>
      <translation>عثر journeymap على عمل غير محفوظ في «%1» من جلسة انتهت فجأة. هل تستعيده؟</translation>
    </message>
    <message>
      <source>n = %1</source>
      <translation>عدد الإجابات = %1</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
  </context>
  <context>
    <name>MapForm</name>
    <message>
      <location filename="../../ui/map_form.py" line="25" />
      <source>Left to right</source>
      <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="26" />
      <source>Right to left</source>
      <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="28" />
      <source>Names of the emotion scores from lowest to highest, comma-separated</source>
      <translation>أسماء درجات الشعور من الأدنى إلى الأعلى، مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="29" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="29" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>North star</source>
      <translation>نجم الشمال</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>Map language</source>
      <translation>لغة الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>Direction</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>Emotion names</source>
      <translation>أسماء المشاعر</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="43" />
      <source>Edit map</source>
      <translation>تحرير الخريطة</translation>
    </message>
  </context>
  <context>
    <name>NodeForm</name>
    <message>
      <location filename="../../ui/inspector.py" line="30" />
      <source>Touchpoint</source>
      <translation>نقطة اتصال</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="31" />
      <source>Key moment</source>
      <translation>لحظة حاسمة</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="40" />
      <source>comma-separated</source>
      <translation>مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="41" />
      <source>Entry point</source>
      <translation>نقطة دخول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="41" />
      <source>Exit point</source>
      <translation>نقطة خروج</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="43" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="43" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="43" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>Lane</source>
      <translation>الصف</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>Expected emotion</source>
      <translation>الشعور المتوقع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Feeling</source>
      <translation>الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Emotion note</source>
      <translation>ملاحظة عن الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="46" />
      <source>Desired feeling</source>
      <translation>الشعور المرغوب</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="46" />
      <source>Owner</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="47" />
      <source>Personas</source>
      <translation>الشخصيات</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="47" />
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="77" />
      <source>Edit node</source>
      <translation>تحرير النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="115" />
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
  </context>
  <context>
    <name>PreferencesDialog</name>
    <message>
      <location filename="../../ui/preferences.py" line="13" />
      <source>Preferences</source>
      <translation>التفضيلات</translation>
    </message>
    <message>
      <location filename="../../ui/preferences.py" line="15" />
      <source>System</source>
      <translation>لغة النظام</translation>
    </message>
    <message>
      <location filename="../../ui/preferences.py" line="20" />
      <source>Interface language</source>
      <translation>لغة الواجهة</translation>
    </message>
    <message>
      <location filename="../../ui/preferences.py" line="21" />
      <source>Menus and docks change now; reopen windows for every label.</source>
      <translation>تتغير القوائم واللوحات الآن؛ أعد فتح النوافذ لتتغير كل التسميات.</translation>
    </message>
  </context>
  <context>
    <name>StructureDialog</name>
    <message>
      <location filename="../../ui/structure_dialog.py" line="39" />
      <location filename="../../ui/structure_dialog.py" line="85" />
      <source>Add</source>
      <translation>إضافة</translation>
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
      <translation>تحريك لأعلى</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="41" />
      <source>Move down</source>
      <translation>تحريك لأسفل</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="79" />
      <source>Edit %1</source>
      <translation>تحرير %1</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="84" />
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="96" />
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>يستخدم هذا العنصرَ %1 عنصرًا. هل تحذفه وتحذفها معه؟ (يمكنك التراجع.)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="108" />
      <source>Reorder</source>
      <translation>إعادة الترتيب</translation>
    </message>
  </context>
  <context>
    <name>SurveyPreview</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="15" />
      <source>Import survey</source>
      <translation>استيراد استبيان</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>KPI</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="23" />
      <source>Old value</source>
      <translation>القيمة السابقة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="24" />
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="24" />
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="31" />
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 إجابة، %2 قيمة (%3 منها تستبدل قيمًا موجودة)</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../ui/template_dialog.py" line="16" />
      <source>New from template</source>
      <translation>جديد من قالب</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="22" />
      <source>Map language</source>
      <translation>لغة الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="23" />
      <source>Template</source>
      <translation>القالب</translation>
    </message>
  </context>
  <context>
    <name>ToolsMixin</name>
    <message>
      <location filename="../../ui/window_tools.py" line="19" />
      <source>Stages</source>
      <translation>المراحل</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="19" />
      <source>Lanes</source>
      <translation>الصفوف</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="19" />
      <source>Personas</source>
      <translation>الشخصيات</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="20" />
      <source>KPIs</source>
      <translation>المؤشرات</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="20" />
      <source>Periods</source>
      <translation>الفترات</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="39" />
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>وضع ورشة العمل: المفاتيح من 1 إلى 5 تحدد الشعور، وTab يتنقل عبر الرحلة</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="40" />
      <source>Workshop mode off</source>
      <translation>أُوقف وضع ورشة العمل</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="88" />
      <source>Map copied as an image</source>
      <translation>نُسخت الخريطة كصورة</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="103" />
      <source>About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="104" />
      <source>journeymap %1 — offline customer-journey maps with explainable weak points.</source>
      <translation>journeymap %1 — خرائط رحلة العميل دون اتصال بالإنترنت، مع نقاط ضعف مشروحة الأسباب.</translation>
    </message>
  </context>
  <context>
    <name>WeakPointsPanel</name>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="53" />
      <source>Weak point</source>
      <translation>نقطة الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="53" />
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="56" />
      <source>Accept…</source>
      <translation>قبول…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="57" />
      <source>Dismiss…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="58" />
      <source>Reopen</source>
      <translation>إعادة فتح</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="70" />
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="70" />
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="70" />
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="71" />
      <source>Info</source>
      <translation>معلومة</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="81" />
      <source>Reviewed</source>
      <translation>تمت مراجعتها</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="109" />
      <location filename="../../ui/weakpoints_dock.py" line="120" />
      <source>Review weak point</source>
      <translation>مراجعة نقطة الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="109" />
      <source>Note (why):</source>
      <translation>ملاحظة (السبب):</translation>
    </message>
  </context>
  <context>
    <name>w</name>
    <message>
      <location filename="../../ui/actions.py" line="105" />
      <source>Main</source>
      <translation>رئيسي</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <location filename="../../ui/survey_dialog.py" line="57" />
      <location filename="../../ui/survey_dialog.py" line="68" />
      <source>Import survey</source>
      <translation>استيراد استبيان</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="52" />
      <source>Cannot import survey</source>
      <translation>تعذّر استيراد الاستبيان</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="57" />
      <source>Period of these answers:</source>
      <translation>فترة هذه الإجابات:</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="63" />
      <source>Nothing imported</source>
      <translation>لم يُستورد شيء</translation>
    </message>
  </context>
</TS>