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
      <source>New from sprea&amp;dsheet…</source>
      <translation>خريطة جديدة من جدول بيانات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="33" />
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>حفظ قالب جدول البيانات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="34" />
      <source>&amp;Open…</source>
      <translation>فتح…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="35" />
      <source>&amp;Save</source>
      <translation>حفظ</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="36" />
      <source>Save &amp;as…</source>
      <translation>حفظ باسم…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="37" />
      <source>&amp;Revert</source>
      <translation>العودة إلى النسخة المحفوظة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="38" />
      <source>&amp;Import survey…</source>
      <translation>استيراد استبيان…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="39" />
      <source>&amp;Export…</source>
      <translation>تصدير…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="40" />
      <source>Export review &amp;report…</source>
      <translation>تصدير تقرير المراجعة…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="41" />
      <source>Compare &amp;with…</source>
      <translation>مقارنة مع خريطة أخرى…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="42" />
      <source>Compare &amp;periods…</source>
      <translation>مقارنة الفترات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="43" />
      <source>&amp;Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="44" />
      <source>&amp;Quit</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="45" />
      <source>&amp;Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="46" />
      <source>&amp;Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="47" />
      <source>Cu&amp;t</source>
      <translation>قص</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="48" />
      <source>&amp;Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="49" />
      <source>&amp;Paste</source>
      <translation>لصق</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="50" />
      <source>&amp;Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="51" />
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="52" />
      <source>Select &amp;all</source>
      <translation>تحديد الكل</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="53" />
      <source>&amp;Rename</source>
      <translation>إعادة تسمية</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="54" />
      <source>&amp;Find…</source>
      <translation>بحث…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="55" />
      <source>Copy as &amp;image</source>
      <translation>نسخ كصورة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="56" />
      <source>Add &amp;touchpoint</source>
      <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="57" />
      <source>Add &amp;key moment</source>
      <translation>إضافة لحظة حاسمة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="58" />
      <source>Add &amp;next node</source>
      <translation>إضافة الخطوة التالية</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="59" />
      <source>&amp;Connect tool</source>
      <translation>أداة الربط</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="60" />
      <source>&amp;Stages…</source>
      <translation>المراحل…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="61" />
      <source>&amp;Lanes…</source>
      <translation>الصفوف…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="62" />
      <source>&amp;Personas…</source>
      <translation>الشخصيات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="63" />
      <source>&amp;KPIs…</source>
      <translation>المؤشرات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="64" />
      <source>P&amp;eriods…</source>
      <translation>الفترات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="65" />
      <source>Zoom &amp;in</source>
      <translation>تكبير</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="66" />
      <source>Zoom &amp;out</source>
      <translation>تصغير</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="67" />
      <source>&amp;Actual size</source>
      <translation>الحجم الفعلي</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="68" />
      <source>&amp;Fit map</source>
      <translation>عرض الخريطة كاملة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="69" />
      <source>&amp;Workshop mode</source>
      <translation>وضع ورشة العمل</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="70" />
      <source>&amp;Full screen</source>
      <translation>ملء الشاشة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="71" />
      <source>&amp;Preferences…</source>
      <translation>التفضيلات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="72" />
      <source>&amp;About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="73" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="77" />
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="78" />
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="90" />
      <source>&amp;File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="93" />
      <source>&amp;Edit</source>
      <translation>تحرير</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="95" />
      <source>&amp;Insert</source>
      <translation>إدراج</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="96" />
      <source>&amp;Map</source>
      <translation>الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="97" />
      <source>&amp;View</source>
      <translation>عرض</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="98" />
      <source>&amp;Help</source>
      <translation>مساعدة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="107" />
      <source>Open &amp;recent</source>
      <translation>الملفات الأخيرة</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="110" />
      <source>&amp;Panels</source>
      <translation>اللوحات</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="103" />
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>الشعور المتوقع %1 (لون الشريط الجانبي للبطاقة وشارتها)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="106" />
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطة اتصال: خطوة في الرحلة (العنوان ثم اسم الشعور)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="107" />
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة (شارة ★): لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="109" />
      <source>No expected emotion yet</source>
      <translation>لا يوجد شعور متوقع بعد</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="110" />
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>مؤشر يبلغ الهدف: الاسم والقيمة والتغيّر ▲/▼ منذ الفترة السابقة</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="111" />
      <source>KPI off target</source>
      <translation>مؤشر دون الهدف</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="112" />
      <source>KPI without a target</source>
      <translation>مؤشر بلا هدف</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="113" />
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>شارة باهتة: قيمة من فترة سابقة (تلميحها يذكر الفترة)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="114" />
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: مؤشرات أكثر مما تتسع له البطاقة (مرّر المؤشر لرؤيتها)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="115" />
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف البطاقة: العدد؛ ولون الأشد (أرجواني داكن مرتفع، أرجواني متوسط، وردي منخفض)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="116" />
      <source>Flow: the usual next step</source>
      <translation>المسار الرئيسي: الخطوة التالية المعتادة</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="117" />
      <source>Alternative path</source>
      <translation>مسار بديل</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="118" />
      <source>Fallback path (when something fails)</source>
      <translation>مسار احتياطي (عند حدوث خلل)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="119" />
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنى الشعور: المسار الرئيسي بترتيب الرحلة</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="120" />
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنى الشعور: خطوات خارج المسار الرئيسي (فروع)، مجوّفة على خط متقطع</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="121" />
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطة محاطة بحلقة: أسوأ لحظة أو نهاية الرحلة</translation>
    </message>
    <message>
      <location filename="../../canvas/items.py" line="141" />
      <source>Weak points:</source>
      <translation>نقاط الضعف:</translation>
    </message>
    <message>
      <location filename="../../canvas/items.py" line="143" />
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة: لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../canvas/scene.py" line="34" />
      <source>No expected emotion yet</source>
      <translation>لا يوجد شعور متوقع بعد</translation>
    </message>
    <message>
      <location filename="../../canvas/scene.py" line="35" />
      <source>Expected emotion: {score}</source>
      <translation>الشعور المتوقع: {score}</translation>
    </message>
    <message>
      <location filename="../../canvas/scene.py" line="159" />
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، قيست في {period} (لا قيمة في {reference})</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <location filename="../../commands.py" line="148" />
      <source>Move</source>
      <translation>نقل</translation>
    </message>
    <message>
      <location filename="../../commands.py" line="149" />
      <source>Move %1 nodes</source>
      <translation>نقل %1 نقطة</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <location filename="../../ui/compare_view.py" line="45" />
      <source>Weak points</source>
      <translation>نقاط الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="46" />
      <source>KPI changes</source>
      <translation>تغيّرات المؤشرات</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="47" />
      <source>Emotion curves</source>
      <translation>منحنيات الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="57" />
      <source>Appeared</source>
      <translation>ظهرت حديثًا</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="57" />
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>تمت معالجتها (قيست من جديد ولم تعد نقطة ضعف)</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="58" />
      <source>Still open</source>
      <translation>ما زالت قائمة</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="58" />
      <source>Not measured in the later period</source>
      <translation>لم تُقَس في الفترة اللاحقة</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="59" />
      <source>Node removed</source>
      <translation>حُذفت النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="62" />
      <source>better</source>
      <translation>أفضل</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="62" />
      <source>worse</source>
      <translation>أسوأ</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="62" />
      <source>no change</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <location filename="../../ui/compare_view.py" line="90" />
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>KPI</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>Now</source>
      <translation>الآن</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>Change</source>
      <translation>التغيّر</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="90" />
      <source>Weak point</source>
      <translation>نقطة الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="97" />
      <source>Resolved (few answers): %1</source>
      <translation>تمت معالجتها (بإجابات قليلة): %1</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../ui/date_field.py" line="20" />
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» ليس تاريخًا؛ اكتب السنة/الشهر/اليوم، مثل %2</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="21" />
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» ليس يومًا في التقويم (مثل %2)</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="22" />
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>السنة في «%1» هجرية شمسية، لكن تواريخ هذه الخريطة ميلادية، مثل %2</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="24" />
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>السنة في «%1» ميلادية، لكن تواريخ هذه الخريطة هجرية شمسية، مثل %2</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="43" />
      <source>Pick a date</source>
      <translation>اختر تاريخًا</translation>
    </message>
  </context>
  <context>
    <name>EdgeForm</name>
    <message>
      <location filename="../../ui/inspector.py" line="168" />
      <source>Flow</source>
      <translation>المسار الرئيسي</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="168" />
      <source>Alternative</source>
      <translation>بديل</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="168" />
      <source>Fallback</source>
      <translation>احتياطي</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="170" />
      <source>From → to</source>
      <translation>من وإلى</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="171" />
      <source>Label</source>
      <translation>التسمية</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="172" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="178" />
      <source>Edit connection</source>
      <translation>تحرير الاتصال</translation>
    </message>
  </context>
  <context>
    <name>EditorController</name>
    <message>
      <location filename="../../editor/controller.py" line="91" />
      <source>Add key moment</source>
      <translation>إضافة لحظة حاسمة</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="91" />
      <source>Add touchpoint</source>
      <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="132" />
      <source>Rename</source>
      <translation>إعادة تسمية</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="146" />
      <source>Set emotion</source>
      <translation>تحديد الشعور</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="165" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="165" />
      <source>Delete %1 items</source>
      <translation>حذف %1 عنصر</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="174" />
      <source>Connect</source>
      <translation>ربط</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="190" />
      <source>Paste</source>
      <translation>لصق</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="194" />
      <source>Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <location filename="../../editor/resize.py" line="84" />
      <source>Resize stage</source>
      <translation>تغيير عرض المرحلة</translation>
    </message>
    <message>
      <location filename="../../editor/resize.py" line="85" />
      <source>Resize lane</source>
      <translation>تغيير ارتفاع الصف</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/export_dialog.py" line="18" />
      <location filename="../../ui/export_dialog.py" line="53" />
      <source>Export map</source>
      <translation>تصدير الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="21" />
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="32" />
      <source>Fit to map</source>
      <translation>بحجم الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="34" />
      <source>Legend</source>
      <translation>مفتاح الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="36" />
      <source>Transparent background (PNG)</source>
      <translation>خلفية شفافة (PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="38" />
      <source>Widescreen 16:9</source>
      <translation>عريض ١٦:٩</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="38" />
      <source>Standard 4:3</source>
      <translation>قياسي ٤:٣</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="41" />
      <source>File</source>
      <translation>الملف</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="42" />
      <source>Resolution (dpi, PNG)</source>
      <translation>الدقة (dpi، PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="43" />
      <source>Page (PDF)</source>
      <translation>الصفحة (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="44" />
      <source>Slides (PowerPoint)</source>
      <translation>الشرائح (باوربوينت)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="64" />
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="75" />
      <source>Export cancelled: no file was written</source>
      <translation>أُلغي التصدير: لم يُكتب أي ملف</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="78" />
      <source>Cannot export</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="80" />
      <source>Exported %1</source>
      <translation>تم التصدير: %1</translation>
    </message>
  </context>
  <context>
    <name>FileMixin</name>
    <message>
      <location filename="../../ui/window_files.py" line="45" />
      <source>Open map</source>
      <translation>فتح خريطة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="54" />
      <location filename="../../ui/window_files.py" line="146" />
      <source>Cannot open map</source>
      <translation>تعذّر فتح الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="99" />
      <source>Save map as</source>
      <translation>حفظ الخريطة باسم</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="113" />
      <source>Cannot save map</source>
      <translation>تعذّر حفظ الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="121" />
      <source>Saved</source>
      <translation>تم الحفظ</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="131" />
      <source>File changed on disk</source>
      <translation>تغيّر الملف على القرص</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="132" />
      <source>%1 was changed by another program since you opened it. Overwrite it?</source>
      <translation>غيّر برنامج آخر الملف %1 بعد أن فتحته. هل تريد الكتابة فوقه؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="140" />
      <source>Revert</source>
      <translation>العودة إلى النسخة المحفوظة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="140" />
      <source>Discard your changes and reload the file?</source>
      <translation>هل تتجاهل تغييراتك وتعيد تحميل الملف؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="158" />
      <source>Autosave failed: %1</source>
      <translation>تعذّر الحفظ التلقائي: %1</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="164" />
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="164" />
      <source>Save the changes to this map before closing?</source>
      <translation>هل تحفظ تغييرات هذه الخريطة قبل الإغلاق؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="194" />
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>كان تخطيط النافذة المحفوظ تالفًا، فأُعيد إلى الوضع الافتراضي.</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="202" />
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>الحفظ التلقائي متوقف: لا يمكن الكتابة في مجلد البيانات (%1).</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="218" />
      <source>Recover unsaved work</source>
      <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="219" />
      <source>journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?</source>
      <translation>عثر journeymap على عمل غير محفوظ في «%1» من جلسة انتهت فجأة. هل تستعيده؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="220" />
      <source>Untitled</source>
      <translation>بلا عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="227" />
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>تم تخطي %1 من ملفات الاستعادة التالفة.</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="234" />
      <source>Cannot recover</source>
      <translation>تعذّرت الاستعادة</translation>
    </message>
  </context>
  <context>
    <name>KpiTable</name>
    <message>
      <location filename="../../ui/kpi_table.py" line="33" />
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>قيم المؤشرات لكل فترة؛ اكتب قيمة، وامسح الخانة لحذفها</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="50" />
      <source>n = %1</source>
      <translation>عدد الإجابات = %1</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="80" />
      <source>Older value: measured in %1, not in %2</source>
      <translation>قيمة أقدم: قيست في %1 وليس في %2</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="85" />
      <source>%1 (older)</source>
      <translation>%1 (أقدم)</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="112" />
      <source>“%1” is not a number</source>
      <translation>«%1» ليس رقمًا</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="116" />
      <source>%1 is outside %2 … %3</source>
      <translation>%1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="123" />
      <source>Edit KPI value</source>
      <translation>تحرير قيمة المؤشر</translation>
    </message>
  </context>
  <context>
    <name>LegendDock</name>
    <message>
      <location filename="../../editor/legend_dock.py" line="128" />
      <source>Legend</source>
      <translation>مفتاح الخريطة</translation>
    </message>
    <message>
      <source>%1 (older)</source>
      <translation>%1 (أقدم)</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 إجابة، %2 قيمة (%3 منها تستبدل قيمًا موجودة)</translation>
    </message>
    <message>
      <source>%1 is outside %2 … %3</source>
      <translation>%1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>يستخدم هذا العنصرَ %1 عنصرًا. هل تحذفه وتحذفها معه؟ (يمكنك التراجع.)</translation>
    </message>
    <message>
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطة، %2 اتصال، %3 نقطة ضعف، %4 محدد</translation>
    </message>
    <message>
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>لا يمكن استيراد %1 من الصفوف؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 من القيم المحفوظة لهذا المؤشر لا تناسب طريقة حسابه أو مقياسه الجديد. هل تمسحها؟ (يمكنك التراجع.)</translation>
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
      <source>&amp;Connect tool</source>
      <translation>أداة الربط</translation>
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
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>الصفوف…</translation>
    </message>
    <message>
      <source>&amp;Legend</source>
      <translation>مفتاح الخريطة</translation>
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
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: مؤشرات أكثر مما تتسع له البطاقة (مرّر المؤشر لرؤيتها)</translation>
    </message>
    <message>
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع الصف بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>توجد فترة باسم «%1»؛ اخترها من الأعلى.</translation>
    </message>
    <message>
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض المرحلة بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <source>Accept weak point</source>
      <translation>قبول نقطة الضعف</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>مقبولة</translation>
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
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>أضف مرحلة وصفًّا أولًا (قائمة الخريطة)</translation>
    </message>
    <message>
      <source>Add key moment</source>
      <translation>إضافة لحظة حاسمة</translation>
    </message>
    <message>
      <source>Add touchpoint</source>
      <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>بديل</translation>
    </message>
    <message>
      <source>Alternative path</source>
      <translation>مسار بديل</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>بيانات تحليلية</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <source>Appeared</source>
      <translation>ظهرت حديثًا</translation>
    </message>
    <message>
      <source>Assumed (workshop guess)</source>
      <translation>مفترض (تخمين ورشة العمل)</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>تعذّر الحفظ التلقائي: %1</translation>
    </message>
    <message>
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>الحفظ التلقائي متوقف: لا يمكن الكتابة في مجلد البيانات (%1).</translation>
    </message>
    <message>
      <source>Backstage</source>
      <translation>خلف الكواليس</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>Better when</source>
      <translation>الأفضل عندما</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Calculation</source>
      <translation>طريقة الحساب</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <source>Cannot import spreadsheet</source>
      <translation>تعذر استيراد جدول البيانات</translation>
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
      <source>Cannot save spreadsheet template</source>
      <translation>تعذر حفظ قالب جدول البيانات</translation>
    </message>
    <message>
      <source>Card: %1</source>
      <translation>البطاقة: %1</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>التغيّر</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>قناة</translation>
    </message>
    <message>
      <source>Choose a period…</source>
      <translation>اختر فترة…</translation>
    </message>
    <message>
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>اختر الفترة التي تنتمي إليها هذه الإجابات، أو أنشئ فترة جديدة.</translation>
    </message>
    <message>
      <source>Choose two different periods</source>
      <translation>اختر فترتين مختلفتين</translation>
    </message>
    <message>
      <source>Clear values</source>
      <translation>مسح القيم</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <source>Compare %1 with %2</source>
      <translation>مقارنة %1 مع %2</translation>
    </message>
    <message>
      <source>Compare &amp;periods…</source>
      <translation>مقارنة الفترات…</translation>
    </message>
    <message>
      <source>Compare &amp;with…</source>
      <translation>مقارنة مع خريطة أخرى…</translation>
    </message>
    <message>
      <source>Compare periods</source>
      <translation>مقارنة الفترات</translation>
    </message>
    <message>
      <source>Compare with %1</source>
      <translation>مقارنة مع %1</translation>
    </message>
    <message>
      <source>Compare with…</source>
      <translation>مقارنة مع…</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>ربط</translation>
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
      <source>Custom</source>
      <translation>مخصص</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Decision: %1</source>
      <translation>القرار: %1</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete %1 items</source>
      <translation>حذف %1 عنصر</translation>
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
      <source>Dismiss weak point</source>
      <translation>رفض نقطة الضعف</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <source>Earlier period:</source>
      <translation>الفترة السابقة:</translation>
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
      <source>Emotion</source>
      <translation>الشعور</translation>
    </message>
    <message>
      <source>Emotion curve chart</source>
      <translation>مخطط منحنى الشعور</translation>
    </message>
    <message>
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنى الشعور: خطوات خارج المسار الرئيسي (فروع)، مجوّفة على خط متقطع</translation>
    </message>
    <message>
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنى الشعور: المسار الرئيسي بترتيب الرحلة</translation>
    </message>
    <message>
      <source>Emotion curves</source>
      <translation>منحنيات الشعور</translation>
    </message>
    <message>
      <source>Emotion keys:</source>
      <translation>مفاتيح الشعور:</translation>
    </message>
    <message>
      <source>Emotion known from</source>
      <translation>مصدر الشعور</translation>
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
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطة دخول</translation>
    </message>
    <message>
      <source>Existing period</source>
      <translation>فترة موجودة</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطة خروج</translation>
    </message>
    <message>
      <source>Exit workshop</source>
      <translation>الخروج من ورشة العمل</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>الشعور المتوقع</translation>
    </message>
    <message>
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>الشعور المتوقع %1 (لون الشريط الجانبي للبطاقة وشارتها)</translation>
    </message>
    <message>
      <source>Expected emotion: {score}</source>
      <translation>الشعور المتوقع: {score}</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written</source>
      <translation>أُلغي التصدير: لم يُكتب أي ملف</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>تصدير الخريطة</translation>
    </message>
    <message>
      <source>Export review &amp;report…</source>
      <translation>تصدير تقرير المراجعة…</translation>
    </message>
    <message>
      <source>Export review report</source>
      <translation>تصدير تقرير المراجعة</translation>
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
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>شارة باهتة: قيمة من فترة سابقة (تلميحها يذكر الفترة)</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>احتياطي</translation>
    </message>
    <message>
      <source>Fallback path (when something fails)</source>
      <translation>مسار احتياطي (عند حدوث خلل)</translation>
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
      <source>File: %1</source>
      <translation>الملف: %1</translation>
    </message>
    <message>
      <source>Find node…</source>
      <translation>ابحث عن نقطة…</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>عرض الكل</translation>
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
      <source>Flow: the usual next step</source>
      <translation>المسار الرئيسي: الخطوة التالية المعتادة</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>من وإلى</translation>
    </message>
    <message>
      <source>Height (px)</source>
      <translation>الارتفاع (بكسل)</translation>
    </message>
    <message>
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>الأعلى أفضل</translation>
    </message>
    <message>
      <source>Highest score</source>
      <translation>أعلى درجة</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
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
      <source>Inspector</source>
      <translation>الخصائص</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>لغة الواجهة</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>مقابلات</translation>
    </message>
    <message>
      <source>Journey maps (*.json)</source>
      <translation>خرائط الرحلة (*.json)</translation>
    </message>
    <message>
      <source>Journey: paths through several stages</source>
      <translation>الرحلة: مسارات تمر بعدة مراحل</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <source>KPI changes</source>
      <translation>تغيّرات المؤشرات</translation>
    </message>
    <message>
      <source>KPI off target</source>
      <translation>مؤشر دون الهدف</translation>
    </message>
    <message>
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>مؤشر يبلغ الهدف: الاسم والقيمة والتغيّر ▲/▼ منذ الفترة السابقة</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>قيم المؤشرات لكل فترة؛ اكتب قيمة، وامسح الخانة لحذفها</translation>
    </message>
    <message>
      <source>KPI without a target</source>
      <translation>مؤشر بلا هدف</translation>
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
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة (شارة ★): لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
    <message>
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة: لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
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
      <source>Later period:</source>
      <translation>الفترة اللاحقة:</translation>
    </message>
    <message>
      <source>Latest data</source>
      <translation>أحدث البيانات</translation>
    </message>
    <message>
      <source>Left to right</source>
      <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>الترخيص: MIT. يمكنك استخدام journeymap ونسخه وتعديله ومشاركته بحرية؛ ويأتي دون أي ضمان.</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>الأدنى أفضل</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>أدنى درجة</translation>
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
      <source>Mean</source>
      <translation>المتوسط</translation>
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
      <source>Mouse wheel</source>
      <translation>عجلة الفأرة</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>نقل</translation>
    </message>
    <message>
      <source>Move %1 nodes</source>
      <translation>نقل %1 نقطة</translation>
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
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (المروّجون ناقص المنتقدين)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
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
      <source>New from sprea&amp;dsheet…</source>
      <translation>خريطة جديدة من جدول بيانات…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جديد من قالب</translation>
    </message>
    <message>
      <source>New map from spreadsheet</source>
      <translation>خريطة جديدة من جدول بيانات</translation>
    </message>
    <message>
      <source>New period</source>
      <translation>فترة جديدة</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <source>Next stage</source>
      <translation>المرحلة التالية</translation>
    </message>
    <message>
      <source>No expected emotion yet</source>
      <translation>لا يوجد شعور متوقع بعد</translation>
    </message>
    <message>
      <source>No node matches “%1”</source>
      <translation>لا توجد نقطة تطابق «%1»</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <source>Node removed</source>
      <translation>حُذفت النقطة</translation>
    </message>
    <message>
      <source>Node: %1</source>
      <translation>النقطة: %1</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>نجم الشمال</translation>
    </message>
    <message>
      <source>Not changed: the map would become invalid (%1)</source>
      <translation>لم يُغيَّر شيء: كانت الخريطة ستصبح غير صالحة (%1)</translation>
    </message>
    <message>
      <source>Not measured in the later period</source>
      <translation>لم تُقَس في الفترة اللاحقة</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>ملاحظة (السبب):</translation>
    </message>
    <message>
      <source>Nothing can be imported:</source>
      <translation>لا يمكن استيراد شيء:</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>لم يُستورد شيء</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>الآن</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>موافق</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>القيمة السابقة</translation>
    </message>
    <message>
      <source>Older value: measured in %1, not in %2</source>
      <translation>قيمة أقدم: قيست في %1 وليس في %2</translation>
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
      <source>Other</source>
      <translation>أخرى</translation>
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
      <source>Page %1 of %2</source>
      <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>الصفحة (PDF)</translation>
    </message>
    <message>
      <source>Pan the map</source>
      <translation>تحريك الخريطة</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>لصق</translation>
    </message>
    <message>
      <source>People (actor)</source>
      <translation>أشخاص (فاعل)</translation>
    </message>
    <message>
      <source>Percent</source>
      <translation>نسبة مئوية</translation>
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
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>الفترة المعروضة: المؤشرات ونقاط الضعف ومنحنى الشعور</translation>
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
      <source>Pick a date</source>
      <translation>اختر تاريخًا</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>التفضيلات</translation>
    </message>
    <message>
      <source>Previous stage</source>
      <translation>المرحلة السابقة</translation>
    </message>
    <message>
      <source>Reading the survey answers…</source>
      <translation>جارٍ قراءة إجابات الاستبيان…</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>إعادة تسمية</translation>
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
      <source>Resize lane</source>
      <translation>تغيير ارتفاع الصف</translation>
    </message>
    <message>
      <source>Resize stage</source>
      <translation>تغيير عرض المرحلة</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>الدقة (dpi، PNG)</translation>
    </message>
    <message>
      <source>Resolved (few answers): %1</source>
      <translation>تمت معالجتها (بإجابات قليلة): %1</translation>
    </message>
    <message>
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>تمت معالجتها (قيست من جديد ولم تعد نقطة ضعف)</translation>
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
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطة محاطة بحلقة: أسوأ لحظة أو نهاية الرحلة</translation>
    </message>
    <message>
      <source>Row %1 of %2</source>
      <translation>الصف %1 من %2</translation>
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
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>حفظ قالب جدول البيانات…</translation>
    </message>
    <message>
      <source>Save spreadsheet template</source>
      <translation>حفظ قالب جدول البيانات</translation>
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
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>شريحة العملاء</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>تحديد الكل</translation>
    </message>
    <message>
      <source>Select a weak point to read why it was flagged.</source>
      <translation>اختر نقطة ضعف لتقرأ سبب رصدها.</translation>
    </message>
    <message>
      <source>Set emotion</source>
      <translation>تحديد الشعور</translation>
    </message>
    <message>
      <source>Severity: %1</source>
      <translation>الخطورة: %1</translation>
    </message>
    <message>
      <source>Show %1 more…</source>
      <translation>عرض %1 أخرى…</translation>
    </message>
    <message>
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>تم تخطي %1 من ملفات الاستعادة التالفة.</translation>
    </message>
    <message>
      <source>Slides (PowerPoint)</source>
      <translation>الشرائح (باوربوينت)</translation>
    </message>
    <message>
      <source>Space + drag, middle mouse button</source>
      <translation>Space + السحب، زر الفأرة الأوسط</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Stage: %1</source>
      <translation>المرحلة: %1</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>المراحل</translation>
    </message>
    <message>
      <source>Standard 4:3</source>
      <translation>قياسي ٤:٣</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>ما زالت قائمة</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>استبيان</translation>
    </message>
    <message>
      <source>Survey import cancelled: nothing was imported</source>
      <translation>أُلغي استيراد الاستبيان: لم يُستورد شيء</translation>
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
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>خط Cairo المرفق للخرائط والتصدير مرخّص بموجب SIL Open Font License 1.1 (نصّه في «أظهر التفاصيل…»).</translation>
    </message>
    <message>
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>في الملف عمود للفترة: تذهب كل إجابة إلى الفترة المذكورة فيها.</translation>
    </message>
    <message>
      <source>The lowest score must be below the highest score</source>
      <translation>يجب أن تكون أدنى درجة أقل من أعلى درجة</translation>
    </message>
    <message>
      <source>The map needs two periods to compare</source>
      <translation>تحتاج الخريطة إلى فترتين على الأقل للمقارنة</translation>
    </message>
    <message>
      <source>The name cannot be empty</source>
      <translation>لا يمكن أن يكون الاسم فارغًا</translation>
    </message>
    <message>
      <source>The period ends before it starts</source>
      <translation>تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>كان تخطيط النافذة المحفوظ تالفًا، فأُعيد إلى الوضع الافتراضي.</translation>
    </message>
    <message>
      <source>This value is not allowed here</source>
      <translation>هذه القيمة غير مسموح بها هنا</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Top-2-box (percent)</source>
      <translation>أعلى خيارين (نسبة مئوية)</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطة اتصال</translation>
    </message>
    <message>
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطة اتصال: خطوة في الرحلة (العنوان ثم اسم الشعور)</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>خلفية شفافة (PNG)</translation>
    </message>
    <message>
      <source>Type a name for the new period.</source>
      <translation>اكتب اسمًا للفترة الجديدة.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>بلا عنوان</translation>
    </message>
    <message>
      <source>Weak point</source>
      <translation>نقطة الضعف</translation>
    </message>
    <message>
      <source>Weak points</source>
      <translation>نقاط الضعف</translation>
    </message>
    <message>
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف البطاقة: العدد؛ ولون الأشد (أرجواني داكن مرتفع، أرجواني متوسط، وردي منخفض)</translation>
    </message>
    <message>
      <source>Weak points:</source>
      <translation>نقاط الضعف:</translation>
    </message>
    <message>
      <source>Widescreen 16:9</source>
      <translation>عريض ١٦:٩</translation>
    </message>
    <message>
      <source>Width (px)</source>
      <translation>العرض (بكسل)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>جارٍ العمل…</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>ورشة العمل</translation>
    </message>
    <message>
      <source>Workshop mode off</source>
      <translation>أُوقف وضع ورشة العمل</translation>
    </message>
    <message>
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>وضع ورشة العمل: المفاتيح من ١ إلى ٥ تحدد الشعور، وTab يتنقل عبر الرحلة</translation>
    </message>
    <message>
      <source>Workshop mode: the structure is locked</source>
      <translation>وضع ورشة العمل: هيكل الخريطة مقفل</translation>
    </message>
    <message>
      <source>Workshop: next / previous stage</source>
      <translation>ورشة العمل: المرحلة التالية / السابقة</translation>
    </message>
    <message>
      <source>Workshop: next / previous step of the journey</source>
      <translation>ورشة العمل: الخطوة التالية / السابقة في الرحلة</translation>
    </message>
    <message>
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>ورشة العمل: تحديد شعور البطاقة المحددة (١ = الأدنى … ٥ = الأعلى)</translation>
    </message>
    <message>
      <source>Writing the review report…</source>
      <translation>جارٍ كتابة تقرير المراجعة…</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>التكبير والتصغير</translation>
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
      <source>better</source>
      <translation>أفضل</translation>
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
      <source>for example: autumn 1405</source>
      <translation>مثلًا: خريف ٢٠٢٦</translation>
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
      <source>no change</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>أسوأ</translation>
    </message>
    <message>
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، قيست في {period} (لا قيمة في {reference})</translation>
    </message>
    <message>
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>السنة في «%1» ميلادية، لكن تواريخ هذه الخريطة هجرية شمسية، مثل %2</translation>
    </message>
    <message>
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>السنة في «%1» هجرية شمسية، لكن تواريخ هذه الخريطة ميلادية، مثل %2</translation>
    </message>
    <message>
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» ليس تاريخًا؛ اكتب السنة/الشهر/اليوم، مثل %2</translation>
    </message>
    <message>
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» ليس يومًا في التقويم (مثل %2)</translation>
    </message>
    <message>
      <source>“%1” is not a number</source>
      <translation>«%1» ليس رقمًا</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="64" />
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>الفترة المعروضة: المؤشرات ونقاط الضعف ومنحنى الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="66" />
      <source>Find node…</source>
      <translation>ابحث عن نقطة…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="74" />
      <source>Inspector</source>
      <translation>الخصائص</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="75" />
      <source>Weak points</source>
      <translation>نقاط الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="79" />
      <source>Emotion curve chart</source>
      <translation>مخطط منحنى الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="137" />
      <source>Latest data</source>
      <translation>أحدث البيانات</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="161" />
      <source>Not changed: the map would become invalid (%1)</source>
      <translation>لم يُغيَّر شيء: كانت الخريطة ستصبح غير صالحة (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="165" />
      <source>Workshop mode: the structure is locked</source>
      <translation>وضع ورشة العمل: هيكل الخريطة مقفل</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="170" />
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطة، %2 اتصال، %3 نقطة ضعف، %4 محدد</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>Untitled</source>
      <translation>بلا عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="188" />
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>أضف مرحلة وصفًّا أولًا (قائمة الخريطة)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="247" />
      <source>No node matches “%1”</source>
      <translation>لا توجد نقطة تطابق «%1»</translation>
    </message>
    <message>
      <source>%1 (older)</source>
      <translation>%1 (أقدم)</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 إجابة، %2 قيمة (%3 منها تستبدل قيمًا موجودة)</translation>
    </message>
    <message>
      <source>%1 is outside %2 … %3</source>
      <translation>%1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>يستخدم هذا العنصرَ %1 عنصرًا. هل تحذفه وتحذفها معه؟ (يمكنك التراجع.)</translation>
    </message>
    <message>
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>لا يمكن استيراد %1 من الصفوف؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 من القيم المحفوظة لهذا المؤشر لا تناسب طريقة حسابه أو مقياسه الجديد. هل تمسحها؟ (يمكنك التراجع.)</translation>
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
      <source>&amp;Connect tool</source>
      <translation>أداة الربط</translation>
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
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>الصفوف…</translation>
    </message>
    <message>
      <source>&amp;Legend</source>
      <translation>مفتاح الخريطة</translation>
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
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: مؤشرات أكثر مما تتسع له البطاقة (مرّر المؤشر لرؤيتها)</translation>
    </message>
    <message>
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع الصف بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>توجد فترة باسم «%1»؛ اخترها من الأعلى.</translation>
    </message>
    <message>
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض المرحلة بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <source>Accept weak point</source>
      <translation>قبول نقطة الضعف</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>مقبولة</translation>
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
      <source>Add key moment</source>
      <translation>إضافة لحظة حاسمة</translation>
    </message>
    <message>
      <source>Add touchpoint</source>
      <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>بديل</translation>
    </message>
    <message>
      <source>Alternative path</source>
      <translation>مسار بديل</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>بيانات تحليلية</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <source>Appeared</source>
      <translation>ظهرت حديثًا</translation>
    </message>
    <message>
      <source>Assumed (workshop guess)</source>
      <translation>مفترض (تخمين ورشة العمل)</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>تعذّر الحفظ التلقائي: %1</translation>
    </message>
    <message>
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>الحفظ التلقائي متوقف: لا يمكن الكتابة في مجلد البيانات (%1).</translation>
    </message>
    <message>
      <source>Backstage</source>
      <translation>خلف الكواليس</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>Better when</source>
      <translation>الأفضل عندما</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Calculation</source>
      <translation>طريقة الحساب</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <source>Cannot import spreadsheet</source>
      <translation>تعذر استيراد جدول البيانات</translation>
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
      <source>Cannot save spreadsheet template</source>
      <translation>تعذر حفظ قالب جدول البيانات</translation>
    </message>
    <message>
      <source>Card: %1</source>
      <translation>البطاقة: %1</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>التغيّر</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>قناة</translation>
    </message>
    <message>
      <source>Choose a period…</source>
      <translation>اختر فترة…</translation>
    </message>
    <message>
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>اختر الفترة التي تنتمي إليها هذه الإجابات، أو أنشئ فترة جديدة.</translation>
    </message>
    <message>
      <source>Choose two different periods</source>
      <translation>اختر فترتين مختلفتين</translation>
    </message>
    <message>
      <source>Clear values</source>
      <translation>مسح القيم</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <source>Compare %1 with %2</source>
      <translation>مقارنة %1 مع %2</translation>
    </message>
    <message>
      <source>Compare &amp;periods…</source>
      <translation>مقارنة الفترات…</translation>
    </message>
    <message>
      <source>Compare &amp;with…</source>
      <translation>مقارنة مع خريطة أخرى…</translation>
    </message>
    <message>
      <source>Compare periods</source>
      <translation>مقارنة الفترات</translation>
    </message>
    <message>
      <source>Compare with %1</source>
      <translation>مقارنة مع %1</translation>
    </message>
    <message>
      <source>Compare with…</source>
      <translation>مقارنة مع…</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>ربط</translation>
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
      <source>Custom</source>
      <translation>مخصص</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Decision: %1</source>
      <translation>القرار: %1</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete %1 items</source>
      <translation>حذف %1 عنصر</translation>
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
      <source>Dismiss weak point</source>
      <translation>رفض نقطة الضعف</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <source>Earlier period:</source>
      <translation>الفترة السابقة:</translation>
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
      <source>Emotion</source>
      <translation>الشعور</translation>
    </message>
    <message>
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنى الشعور: خطوات خارج المسار الرئيسي (فروع)، مجوّفة على خط متقطع</translation>
    </message>
    <message>
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنى الشعور: المسار الرئيسي بترتيب الرحلة</translation>
    </message>
    <message>
      <source>Emotion curves</source>
      <translation>منحنيات الشعور</translation>
    </message>
    <message>
      <source>Emotion keys:</source>
      <translation>مفاتيح الشعور:</translation>
    </message>
    <message>
      <source>Emotion known from</source>
      <translation>مصدر الشعور</translation>
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
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطة دخول</translation>
    </message>
    <message>
      <source>Existing period</source>
      <translation>فترة موجودة</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطة خروج</translation>
    </message>
    <message>
      <source>Exit workshop</source>
      <translation>الخروج من ورشة العمل</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>الشعور المتوقع</translation>
    </message>
    <message>
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>الشعور المتوقع %1 (لون الشريط الجانبي للبطاقة وشارتها)</translation>
    </message>
    <message>
      <source>Expected emotion: {score}</source>
      <translation>الشعور المتوقع: {score}</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written</source>
      <translation>أُلغي التصدير: لم يُكتب أي ملف</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>تصدير الخريطة</translation>
    </message>
    <message>
      <source>Export review &amp;report…</source>
      <translation>تصدير تقرير المراجعة…</translation>
    </message>
    <message>
      <source>Export review report</source>
      <translation>تصدير تقرير المراجعة</translation>
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
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>شارة باهتة: قيمة من فترة سابقة (تلميحها يذكر الفترة)</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>احتياطي</translation>
    </message>
    <message>
      <source>Fallback path (when something fails)</source>
      <translation>مسار احتياطي (عند حدوث خلل)</translation>
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
      <source>File: %1</source>
      <translation>الملف: %1</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>عرض الكل</translation>
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
      <source>Flow: the usual next step</source>
      <translation>المسار الرئيسي: الخطوة التالية المعتادة</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>من وإلى</translation>
    </message>
    <message>
      <source>Height (px)</source>
      <translation>الارتفاع (بكسل)</translation>
    </message>
    <message>
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>الأعلى أفضل</translation>
    </message>
    <message>
      <source>Highest score</source>
      <translation>أعلى درجة</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
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
      <source>Interviews</source>
      <translation>مقابلات</translation>
    </message>
    <message>
      <source>Journey maps (*.json)</source>
      <translation>خرائط الرحلة (*.json)</translation>
    </message>
    <message>
      <source>Journey: paths through several stages</source>
      <translation>الرحلة: مسارات تمر بعدة مراحل</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <source>KPI changes</source>
      <translation>تغيّرات المؤشرات</translation>
    </message>
    <message>
      <source>KPI off target</source>
      <translation>مؤشر دون الهدف</translation>
    </message>
    <message>
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>مؤشر يبلغ الهدف: الاسم والقيمة والتغيّر ▲/▼ منذ الفترة السابقة</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>قيم المؤشرات لكل فترة؛ اكتب قيمة، وامسح الخانة لحذفها</translation>
    </message>
    <message>
      <source>KPI without a target</source>
      <translation>مؤشر بلا هدف</translation>
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
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة (شارة ★): لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
    <message>
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة: لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
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
      <source>Later period:</source>
      <translation>الفترة اللاحقة:</translation>
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
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>الترخيص: MIT. يمكنك استخدام journeymap ونسخه وتعديله ومشاركته بحرية؛ ويأتي دون أي ضمان.</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>الأدنى أفضل</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>أدنى درجة</translation>
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
      <source>Mean</source>
      <translation>المتوسط</translation>
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
      <source>Mouse wheel</source>
      <translation>عجلة الفأرة</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>نقل</translation>
    </message>
    <message>
      <source>Move %1 nodes</source>
      <translation>نقل %1 نقطة</translation>
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
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (المروّجون ناقص المنتقدين)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
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
      <source>New from sprea&amp;dsheet…</source>
      <translation>خريطة جديدة من جدول بيانات…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جديد من قالب</translation>
    </message>
    <message>
      <source>New map from spreadsheet</source>
      <translation>خريطة جديدة من جدول بيانات</translation>
    </message>
    <message>
      <source>New period</source>
      <translation>فترة جديدة</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <source>Next stage</source>
      <translation>المرحلة التالية</translation>
    </message>
    <message>
      <source>No expected emotion yet</source>
      <translation>لا يوجد شعور متوقع بعد</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <source>Node removed</source>
      <translation>حُذفت النقطة</translation>
    </message>
    <message>
      <source>Node: %1</source>
      <translation>النقطة: %1</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>نجم الشمال</translation>
    </message>
    <message>
      <source>Not measured in the later period</source>
      <translation>لم تُقَس في الفترة اللاحقة</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>ملاحظة (السبب):</translation>
    </message>
    <message>
      <source>Nothing can be imported:</source>
      <translation>لا يمكن استيراد شيء:</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>لم يُستورد شيء</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>الآن</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>موافق</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>القيمة السابقة</translation>
    </message>
    <message>
      <source>Older value: measured in %1, not in %2</source>
      <translation>قيمة أقدم: قيست في %1 وليس في %2</translation>
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
      <source>Other</source>
      <translation>أخرى</translation>
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
      <source>Page %1 of %2</source>
      <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>الصفحة (PDF)</translation>
    </message>
    <message>
      <source>Pan the map</source>
      <translation>تحريك الخريطة</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>لصق</translation>
    </message>
    <message>
      <source>People (actor)</source>
      <translation>أشخاص (فاعل)</translation>
    </message>
    <message>
      <source>Percent</source>
      <translation>نسبة مئوية</translation>
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
      <source>Pick a date</source>
      <translation>اختر تاريخًا</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>التفضيلات</translation>
    </message>
    <message>
      <source>Previous stage</source>
      <translation>المرحلة السابقة</translation>
    </message>
    <message>
      <source>Reading the survey answers…</source>
      <translation>جارٍ قراءة إجابات الاستبيان…</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>إعادة تسمية</translation>
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
      <source>Resize lane</source>
      <translation>تغيير ارتفاع الصف</translation>
    </message>
    <message>
      <source>Resize stage</source>
      <translation>تغيير عرض المرحلة</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>الدقة (dpi، PNG)</translation>
    </message>
    <message>
      <source>Resolved (few answers): %1</source>
      <translation>تمت معالجتها (بإجابات قليلة): %1</translation>
    </message>
    <message>
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>تمت معالجتها (قيست من جديد ولم تعد نقطة ضعف)</translation>
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
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطة محاطة بحلقة: أسوأ لحظة أو نهاية الرحلة</translation>
    </message>
    <message>
      <source>Row %1 of %2</source>
      <translation>الصف %1 من %2</translation>
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
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>حفظ قالب جدول البيانات…</translation>
    </message>
    <message>
      <source>Save spreadsheet template</source>
      <translation>حفظ قالب جدول البيانات</translation>
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
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>شريحة العملاء</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>تحديد الكل</translation>
    </message>
    <message>
      <source>Select a weak point to read why it was flagged.</source>
      <translation>اختر نقطة ضعف لتقرأ سبب رصدها.</translation>
    </message>
    <message>
      <source>Set emotion</source>
      <translation>تحديد الشعور</translation>
    </message>
    <message>
      <source>Severity: %1</source>
      <translation>الخطورة: %1</translation>
    </message>
    <message>
      <source>Show %1 more…</source>
      <translation>عرض %1 أخرى…</translation>
    </message>
    <message>
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>تم تخطي %1 من ملفات الاستعادة التالفة.</translation>
    </message>
    <message>
      <source>Slides (PowerPoint)</source>
      <translation>الشرائح (باوربوينت)</translation>
    </message>
    <message>
      <source>Space + drag, middle mouse button</source>
      <translation>Space + السحب، زر الفأرة الأوسط</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Stage: %1</source>
      <translation>المرحلة: %1</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>المراحل</translation>
    </message>
    <message>
      <source>Standard 4:3</source>
      <translation>قياسي ٤:٣</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>ما زالت قائمة</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>استبيان</translation>
    </message>
    <message>
      <source>Survey import cancelled: nothing was imported</source>
      <translation>أُلغي استيراد الاستبيان: لم يُستورد شيء</translation>
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
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>خط Cairo المرفق للخرائط والتصدير مرخّص بموجب SIL Open Font License 1.1 (نصّه في «أظهر التفاصيل…»).</translation>
    </message>
    <message>
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>في الملف عمود للفترة: تذهب كل إجابة إلى الفترة المذكورة فيها.</translation>
    </message>
    <message>
      <source>The lowest score must be below the highest score</source>
      <translation>يجب أن تكون أدنى درجة أقل من أعلى درجة</translation>
    </message>
    <message>
      <source>The map needs two periods to compare</source>
      <translation>تحتاج الخريطة إلى فترتين على الأقل للمقارنة</translation>
    </message>
    <message>
      <source>The name cannot be empty</source>
      <translation>لا يمكن أن يكون الاسم فارغًا</translation>
    </message>
    <message>
      <source>The period ends before it starts</source>
      <translation>تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>كان تخطيط النافذة المحفوظ تالفًا، فأُعيد إلى الوضع الافتراضي.</translation>
    </message>
    <message>
      <source>This value is not allowed here</source>
      <translation>هذه القيمة غير مسموح بها هنا</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Top-2-box (percent)</source>
      <translation>أعلى خيارين (نسبة مئوية)</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطة اتصال</translation>
    </message>
    <message>
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطة اتصال: خطوة في الرحلة (العنوان ثم اسم الشعور)</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>خلفية شفافة (PNG)</translation>
    </message>
    <message>
      <source>Type a name for the new period.</source>
      <translation>اكتب اسمًا للفترة الجديدة.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
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
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف البطاقة: العدد؛ ولون الأشد (أرجواني داكن مرتفع، أرجواني متوسط، وردي منخفض)</translation>
    </message>
    <message>
      <source>Weak points:</source>
      <translation>نقاط الضعف:</translation>
    </message>
    <message>
      <source>Widescreen 16:9</source>
      <translation>عريض ١٦:٩</translation>
    </message>
    <message>
      <source>Width (px)</source>
      <translation>العرض (بكسل)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>جارٍ العمل…</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>ورشة العمل</translation>
    </message>
    <message>
      <source>Workshop mode off</source>
      <translation>أُوقف وضع ورشة العمل</translation>
    </message>
    <message>
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>وضع ورشة العمل: المفاتيح من ١ إلى ٥ تحدد الشعور، وTab يتنقل عبر الرحلة</translation>
    </message>
    <message>
      <source>Workshop: next / previous stage</source>
      <translation>ورشة العمل: المرحلة التالية / السابقة</translation>
    </message>
    <message>
      <source>Workshop: next / previous step of the journey</source>
      <translation>ورشة العمل: الخطوة التالية / السابقة في الرحلة</translation>
    </message>
    <message>
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>ورشة العمل: تحديد شعور البطاقة المحددة (١ = الأدنى … ٥ = الأعلى)</translation>
    </message>
    <message>
      <source>Writing the review report…</source>
      <translation>جارٍ كتابة تقرير المراجعة…</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>التكبير والتصغير</translation>
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
      <source>better</source>
      <translation>أفضل</translation>
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
      <source>for example: autumn 1405</source>
      <translation>مثلًا: خريف ٢٠٢٦</translation>
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
      <source>no change</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>أسوأ</translation>
    </message>
    <message>
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، قيست في {period} (لا قيمة في {reference})</translation>
    </message>
    <message>
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>السنة في «%1» ميلادية، لكن تواريخ هذه الخريطة هجرية شمسية، مثل %2</translation>
    </message>
    <message>
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>السنة في «%1» هجرية شمسية، لكن تواريخ هذه الخريطة ميلادية، مثل %2</translation>
    </message>
    <message>
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» ليس تاريخًا؛ اكتب السنة/الشهر/اليوم، مثل %2</translation>
    </message>
    <message>
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» ليس يومًا في التقويم (مثل %2)</translation>
    </message>
    <message>
      <source>“%1” is not a number</source>
      <translation>«%1» ليس رقمًا</translation>
    </message>
  </context>
  <context>
    <name>MapForm</name>
    <message>
      <location filename="../../ui/map_form.py" line="26" />
      <source>Left to right</source>
      <translation>من اليسار إلى اليمين</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="27" />
      <source>Right to left</source>
      <translation>من اليمين إلى اليسار</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="29" />
      <source>Names of the emotion scores from lowest to highest, comma-separated</source>
      <translation>أسماء درجات الشعور من الأدنى إلى الأعلى، مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>North star</source>
      <translation>نجم الشمال</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>Map language</source>
      <translation>لغة الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="32" />
      <source>Direction</source>
      <translation>الاتجاه</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="32" />
      <source>Emotion names</source>
      <translation>أسماء المشاعر</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="44" />
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
      <location filename="../../ui/inspector.py" line="38" />
      <source>Assumed (workshop guess)</source>
      <translation>مفترض (تخمين ورشة العمل)</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="38" />
      <source>Survey</source>
      <translation>استبيان</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="39" />
      <source>Interviews</source>
      <translation>مقابلات</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="39" />
      <source>Analytics</source>
      <translation>بيانات تحليلية</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>comma-separated</source>
      <translation>مفصولة بفواصل</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Entry point</source>
      <translation>نقطة دخول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Exit point</source>
      <translation>نقطة خروج</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="50" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="50" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="50" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="51" />
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="51" />
      <source>Lane</source>
      <translation>الصف</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="51" />
      <source>Expected emotion</source>
      <translation>الشعور المتوقع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="52" />
      <source>Feeling</source>
      <translation>الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="52" />
      <source>Emotion note</source>
      <translation>ملاحظة عن الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="53" />
      <source>Emotion known from</source>
      <translation>مصدر الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="54" />
      <source>Desired feeling</source>
      <translation>الشعور المرغوب</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="54" />
      <source>Owner</source>
      <translation>المسؤول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="55" />
      <source>Personas</source>
      <translation>الشخصيات</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="55" />
      <source>Tags</source>
      <translation>الوسوم</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="87" />
      <source>Edit node</source>
      <translation>تحرير النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="126" />
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
  </context>
  <context>
    <name>PeriodPairDialog</name>
    <message>
      <location filename="../../ui/compare_view.py" line="141" />
      <source>Compare periods</source>
      <translation>مقارنة الفترات</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="151" />
      <source>Choose two different periods</source>
      <translation>اختر فترتين مختلفتين</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="154" />
      <source>Earlier period:</source>
      <translation>الفترة السابقة:</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="155" />
      <source>Later period:</source>
      <translation>الفترة اللاحقة:</translation>
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
    <name>Progress</name>
    <message>
      <location filename="../../ui/progress.py" line="26" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="28" />
      <source>Working…</source>
      <translation>جارٍ العمل…</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="59" />
      <source>Step %1 of %2</source>
      <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="60" />
      <source>Page %1 of %2</source>
      <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="61" />
      <source>Row %1 of %2</source>
      <translation>الصف %1 من %2</translation>
    </message>
  </context>
  <context>
    <name>ReviewNoteDialog</name>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="17" />
      <source>Accept weak point</source>
      <translation>قبول نقطة الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="17" />
      <source>Dismiss weak point</source>
      <translation>رفض نقطة الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="20" />
      <source>Card: %1</source>
      <translation>البطاقة: %1</translation>
    </message>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="26" />
      <location filename="../../ui/review_note_dialog.py" line="33" />
      <source>Note (why):</source>
      <translation>ملاحظة (السبب):</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="26" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="30" />
      <source>Command</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="30" />
      <source>Keys</source>
      <translation>المفاتيح</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="47" />
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="47" />
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="53" />
      <source>Pan the map</source>
      <translation>تحريك الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="53" />
      <source>Space + drag, middle mouse button</source>
      <translation>Space + السحب، زر الفأرة الأوسط</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="54" />
      <source>Zoom</source>
      <translation>التكبير والتصغير</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="54" />
      <source>Mouse wheel</source>
      <translation>عجلة الفأرة</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="55" />
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>ورشة العمل: تحديد شعور البطاقة المحددة (١ = الأدنى … ٥ = الأعلى)</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="56" />
      <source>Workshop: next / previous step of the journey</source>
      <translation>ورشة العمل: الخطوة التالية / السابقة في الرحلة</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="58" />
      <source>Workshop: next / previous stage</source>
      <translation>ورشة العمل: المرحلة التالية / السابقة</translation>
    </message>
  </context>
  <context>
    <name>StructureDialog</name>
    <message>
      <location filename="../../ui/structure_dialog.py" line="72" />
      <location filename="../../ui/structure_dialog.py" line="235" />
      <source>Add</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="72" />
      <location filename="../../ui/structure_dialog.py" line="251" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="73" />
      <source>Move up</source>
      <translation>تحريك لأعلى</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="74" />
      <source>Move down</source>
      <translation>تحريك لأسفل</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="88" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="88" />
      <source>Width (px)</source>
      <translation>العرض (بكسل)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="89" />
      <source>Height (px)</source>
      <translation>الارتفاع (بكسل)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="89" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="89" />
      <source>Segment</source>
      <translation>شريحة العملاء</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="90" />
      <source>Description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="90" />
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="90" />
      <source>Lowest score</source>
      <translation>أدنى درجة</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="91" />
      <source>Highest score</source>
      <translation>أعلى درجة</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="91" />
      <source>Better when</source>
      <translation>الأفضل عندما</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="92" />
      <source>Calculation</source>
      <translation>طريقة الحساب</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="92" />
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="92" />
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="93" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="93" />
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="98" />
      <source>Channel</source>
      <translation>قناة</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="98" />
      <source>People (actor)</source>
      <translation>أشخاص (فاعل)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="99" />
      <source>Backstage</source>
      <translation>خلف الكواليس</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="99" />
      <source>Emotion</source>
      <translation>الشعور</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="99" />
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="101" />
      <source>Custom</source>
      <translation>مخصص</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="103" />
      <source>Higher is better</source>
      <translation>الأعلى أفضل</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="103" />
      <source>Lower is better</source>
      <translation>الأدنى أفضل</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="104" />
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (المروّجون ناقص المنتقدين)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="104" />
      <source>Top-2-box (percent)</source>
      <translation>أعلى خيارين (نسبة مئوية)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="105" />
      <source>Mean</source>
      <translation>المتوسط</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="105" />
      <source>Percent</source>
      <translation>نسبة مئوية</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="157" />
      <source>“%1” is not a number</source>
      <translation>«%1» ليس رقمًا</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="164" />
      <source>The name cannot be empty</source>
      <translation>لا يمكن أن يكون الاسم فارغًا</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="191" />
      <source>Edit %1</source>
      <translation>تحرير %1</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="200" />
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 من القيم المحفوظة لهذا المؤشر لا تناسب طريقة حسابه أو مقياسه الجديد. هل تمسحها؟ (يمكنك التراجع.)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="205" />
      <source>Clear values</source>
      <translation>مسح القيم</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="213" />
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض المرحلة بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="216" />
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع الصف بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="219" />
      <source>The lowest score must be below the highest score</source>
      <translation>يجب أن تكون أدنى درجة أقل من أعلى درجة</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="221" />
      <source>The period ends before it starts</source>
      <translation>تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="222" />
      <source>This value is not allowed here</source>
      <translation>هذه القيمة غير مسموح بها هنا</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="234" />
      <source>New</source>
      <translation>جديد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="246" />
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>يستخدم هذا العنصرَ %1 عنصرًا. هل تحذفه وتحذفها معه؟ (يمكنك التراجع.)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="259" />
      <source>Reorder</source>
      <translation>إعادة الترتيب</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="31" />
      <location filename="../../ui/survey_dialog.py" line="168" />
      <source>Import survey</source>
      <translation>استيراد استبيان</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="38" />
      <source>File: %1</source>
      <translation>الملف: %1</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>KPI</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>Period</source>
      <translation>الفترة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>Old value</source>
      <translation>القيمة السابقة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="47" />
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="47" />
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="53" />
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="61" />
      <source>Existing period</source>
      <translation>فترة موجودة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="62" />
      <source>New period</source>
      <translation>فترة جديدة</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="67" />
      <source>Choose a period…</source>
      <translation>اختر فترة…</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="71" />
      <source>for example: autumn 1405</source>
      <translation>مثلًا: خريف ٢٠٢٦</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="75" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="76" />
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="89" />
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>في الملف عمود للفترة: تذهب كل إجابة إلى الفترة المذكورة فيها.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="114" />
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>اختر الفترة التي تنتمي إليها هذه الإجابات، أو أنشئ فترة جديدة.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="117" />
      <source>Type a name for the new period.</source>
      <translation>اكتب اسمًا للفترة الجديدة.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="119" />
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>توجد فترة باسم «%1»؛ اخترها من الأعلى.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="125" />
      <source>The period ends before it starts.</source>
      <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="137" />
      <source>Nothing can be imported:</source>
      <translation>لا يمكن استيراد شيء:</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="161" />
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 إجابة، %2 قيمة (%3 منها تستبدل قيمًا موجودة)</translation>
    </message>
  </context>
  <context>
    <name>TableFiles</name>
    <message>
      <location filename="../../ui/table_files.py" line="32" />
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>لا يمكن استيراد %1 من الصفوف؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="42" />
      <source>New map from spreadsheet</source>
      <translation>خريطة جديدة من جدول بيانات</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="46" />
      <source>Cannot import spreadsheet</source>
      <translation>تعذر استيراد جدول البيانات</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="67" />
      <source>Save spreadsheet template</source>
      <translation>حفظ قالب جدول البيانات</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="76" />
      <source>Cannot save spreadsheet template</source>
      <translation>تعذر حفظ قالب جدول البيانات</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="78" />
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../ui/template_dialog.py" line="17" />
      <source>New from template</source>
      <translation>جديد من قالب</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="24" />
      <source>Map language</source>
      <translation>لغة الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="25" />
      <source>Template</source>
      <translation>القالب</translation>
    </message>
  </context>
  <context>
    <name>ToolsMixin</name>
    <message>
      <location filename="../../ui/window_tools.py" line="15" />
      <source>Stages</source>
      <translation>المراحل</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="15" />
      <source>Lanes</source>
      <translation>الصفوف</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="15" />
      <source>Personas</source>
      <translation>الشخصيات</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="16" />
      <source>KPIs</source>
      <translation>المؤشرات</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="16" />
      <source>Periods</source>
      <translation>الفترات</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="42" />
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>وضع ورشة العمل: المفاتيح من ١ إلى ٥ تحدد الشعور، وTab يتنقل عبر الرحلة</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="43" />
      <source>Workshop mode off</source>
      <translation>أُوقف وضع ورشة العمل</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="178" />
      <source>Export review report</source>
      <translation>تصدير تقرير المراجعة</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="182" />
      <source>Writing the review report…</source>
      <translation>جارٍ كتابة تقرير المراجعة…</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="185" />
      <source>Export cancelled: no file was written</source>
      <translation>أُلغي التصدير: لم يُكتب أي ملف</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="188" />
      <source>Cannot export</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="190" />
      <source>Exported %1</source>
      <translation>تم التصدير: %1</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="197" />
      <source>Map copied as an image</source>
      <translation>نُسخت الخريطة كصورة</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="232" />
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>الترخيص: MIT. يمكنك استخدام journeymap ونسخه وتعديله ومشاركته بحرية؛ ويأتي دون أي ضمان.</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="233" />
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>خط Cairo المرفق للخرائط والتصدير مرخّص بموجب SIL Open Font License 1.1 (نصّه في «أظهر التفاصيل…»).</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="236" />
      <source>About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="231" />
      <source>journeymap %1 — offline customer-journey maps with explainable weak points.</source>
      <translation>journeymap %1 — خرائط رحلة العميل دون اتصال بالإنترنت، مع نقاط ضعف مشروحة الأسباب.</translation>
    </message>
  </context>
  <context>
    <name>WeakPointsPanel</name>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="49" />
      <source>Weak point</source>
      <translation>نقطة الضعف</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="49" />
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="67" />
      <source>Accept…</source>
      <translation>قبول…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="68" />
      <source>Dismiss…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="69" />
      <source>Reopen</source>
      <translation>إعادة فتح</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="83" />
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="83" />
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="83" />
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="84" />
      <source>Info</source>
      <translation>معلومة</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="87" />
      <source>Accepted</source>
      <translation>مقبولة</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="87" />
      <source>Dismissed</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="96" />
      <source>Reviewed</source>
      <translation>تمت مراجعتها</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="102" />
      <source>Journey: paths through several stages</source>
      <translation>الرحلة: مسارات تمر بعدة مراحل</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="104" />
      <source>Stage: %1</source>
      <translation>المرحلة: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="155" />
      <source>Show %1 more…</source>
      <translation>عرض %1 أخرى…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="172" />
      <source>Select a weak point to read why it was flagged.</source>
      <translation>اختر نقطة ضعف لتقرأ سبب رصدها.</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="174" />
      <source>Node: %1</source>
      <translation>النقطة: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="175" />
      <source>Severity: %1</source>
      <translation>الخطورة: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="177" />
      <source>Decision: %1</source>
      <translation>القرار: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="217" />
      <source>Review weak point</source>
      <translation>مراجعة نقطة الضعف</translation>
    </message>
  </context>
  <context>
    <name>WorkshopBar</name>
    <message>
      <location filename="../../ui/workshop.py" line="58" />
      <source>Workshop</source>
      <translation>ورشة العمل</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="61" />
      <source>Exit workshop</source>
      <translation>الخروج من ورشة العمل</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="62" />
      <source>Fit</source>
      <translation>عرض الكل</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="63" />
      <source>Previous stage</source>
      <translation>المرحلة السابقة</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="64" />
      <source>Next stage</source>
      <translation>المرحلة التالية</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="82" />
      <source>Emotion keys:</source>
      <translation>مفاتيح الشعور:</translation>
    </message>
  </context>
  <context>
    <name>dock</name>
    <message>
      <location filename="../../editor/legend_dock.py" line="142" />
      <source>&amp;Legend</source>
      <translation>مفتاح الخريطة</translation>
    </message>
  </context>
  <context>
    <name>w</name>
    <message>
      <location filename="../../ui/actions.py" line="127" />
      <source>Main</source>
      <translation>رئيسي</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="180" />
      <source>Import survey</source>
      <translation>استيراد استبيان</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="181" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="189" />
      <source>Reading the survey answers…</source>
      <translation>جارٍ قراءة إجابات الاستبيان…</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="196" />
      <source>Survey import cancelled: nothing was imported</source>
      <translation>أُلغي استيراد الاستبيان: لم يُستورد شيء</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="199" />
      <source>Cannot import survey</source>
      <translation>تعذّر استيراد الاستبيان</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="122" />
      <source>Compare with…</source>
      <translation>مقارنة مع…</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="123" />
      <source>Journey maps (*.json)</source>
      <translation>خرائط الرحلة (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="129" />
      <source>Cannot open map</source>
      <translation>تعذّر فتح الخريطة</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="132" />
      <source>Compare with %1</source>
      <translation>مقارنة مع %1</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="174" />
      <source>The map needs two periods to compare</source>
      <translation>تحتاج الخريطة إلى فترتين على الأقل للمقارنة</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="185" />
      <source>Compare %1 with %2</source>
      <translation>مقارنة %1 مع %2</translation>
    </message>
  </context>
  <context>
    <name>LegendPanel</name>
    <message>
      <source>%1 (older)</source>
      <translation>%1 (أقدم)</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 إجابة، %2 قيمة (%3 منها تستبدل قيمًا موجودة)</translation>
    </message>
    <message>
      <source>%1 is outside %2 … %3</source>
      <translation>%1 خارج النطاق من %2 إلى %3</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>يستخدم هذا العنصرَ %1 عنصرًا. هل تحذفه وتحذفها معه؟ (يمكنك التراجع.)</translation>
    </message>
    <message>
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطة، %2 اتصال، %3 نقطة ضعف، %4 محدد</translation>
    </message>
    <message>
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>لا يمكن استيراد %1 من الصفوف؛ لم يُستورد أي شيء.</translation>
    </message>
    <message>
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 من القيم المحفوظة لهذا المؤشر لا تناسب طريقة حسابه أو مقياسه الجديد. هل تمسحها؟ (يمكنك التراجع.)</translation>
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
      <source>&amp;Connect tool</source>
      <translation>أداة الربط</translation>
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
      <source>&amp;Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>الصفوف…</translation>
    </message>
    <message>
      <source>&amp;Legend</source>
      <translation>مفتاح الخريطة</translation>
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
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: مؤشرات أكثر مما تتسع له البطاقة (مرّر المؤشر لرؤيتها)</translation>
    </message>
    <message>
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع الصف بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>توجد فترة باسم «%1»؛ اخترها من الأعلى.</translation>
    </message>
    <message>
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض المرحلة بين %1 و%2 بكسل</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>حول journeymap</translation>
    </message>
    <message>
      <source>Accept weak point</source>
      <translation>قبول نقطة الضعف</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>مقبولة</translation>
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
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>أضف مرحلة وصفًّا أولًا (قائمة الخريطة)</translation>
    </message>
    <message>
      <source>Add key moment</source>
      <translation>إضافة لحظة حاسمة</translation>
    </message>
    <message>
      <source>Add touchpoint</source>
      <translation>إضافة نقطة اتصال</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>بديل</translation>
    </message>
    <message>
      <source>Alternative path</source>
      <translation>مسار بديل</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>بيانات تحليلية</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>الإجابات</translation>
    </message>
    <message>
      <source>Appeared</source>
      <translation>ظهرت حديثًا</translation>
    </message>
    <message>
      <source>Assumed (workshop guess)</source>
      <translation>مفترض (تخمين ورشة العمل)</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>تعذّر الحفظ التلقائي: %1</translation>
    </message>
    <message>
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>الحفظ التلقائي متوقف: لا يمكن الكتابة في مجلد البيانات (%1).</translation>
    </message>
    <message>
      <source>Backstage</source>
      <translation>خلف الكواليس</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>Better when</source>
      <translation>الأفضل عندما</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>ملفات CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
      <source>Calculation</source>
      <translation>طريقة الحساب</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>تعذّر التصدير</translation>
    </message>
    <message>
      <source>Cannot import spreadsheet</source>
      <translation>تعذر استيراد جدول البيانات</translation>
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
      <source>Cannot save spreadsheet template</source>
      <translation>تعذر حفظ قالب جدول البيانات</translation>
    </message>
    <message>
      <source>Card: %1</source>
      <translation>البطاقة: %1</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>التغيّر</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>قناة</translation>
    </message>
    <message>
      <source>Choose a period…</source>
      <translation>اختر فترة…</translation>
    </message>
    <message>
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>اختر الفترة التي تنتمي إليها هذه الإجابات، أو أنشئ فترة جديدة.</translation>
    </message>
    <message>
      <source>Choose two different periods</source>
      <translation>اختر فترتين مختلفتين</translation>
    </message>
    <message>
      <source>Clear values</source>
      <translation>مسح القيم</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>اللون</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>الأمر</translation>
    </message>
    <message>
      <source>Compare %1 with %2</source>
      <translation>مقارنة %1 مع %2</translation>
    </message>
    <message>
      <source>Compare &amp;periods…</source>
      <translation>مقارنة الفترات…</translation>
    </message>
    <message>
      <source>Compare &amp;with…</source>
      <translation>مقارنة مع خريطة أخرى…</translation>
    </message>
    <message>
      <source>Compare periods</source>
      <translation>مقارنة الفترات</translation>
    </message>
    <message>
      <source>Compare with %1</source>
      <translation>مقارنة مع %1</translation>
    </message>
    <message>
      <source>Compare with…</source>
      <translation>مقارنة مع…</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>ربط</translation>
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
      <source>Custom</source>
      <translation>مخصص</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Decision: %1</source>
      <translation>القرار: %1</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete %1 items</source>
      <translation>حذف %1 عنصر</translation>
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
      <source>Dismiss weak point</source>
      <translation>رفض نقطة الضعف</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>مرفوضة</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>تكرار</translation>
    </message>
    <message>
      <source>Earlier period:</source>
      <translation>الفترة السابقة:</translation>
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
      <source>Emotion</source>
      <translation>الشعور</translation>
    </message>
    <message>
      <source>Emotion curve chart</source>
      <translation>مخطط منحنى الشعور</translation>
    </message>
    <message>
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنى الشعور: خطوات خارج المسار الرئيسي (فروع)، مجوّفة على خط متقطع</translation>
    </message>
    <message>
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنى الشعور: المسار الرئيسي بترتيب الرحلة</translation>
    </message>
    <message>
      <source>Emotion curves</source>
      <translation>منحنيات الشعور</translation>
    </message>
    <message>
      <source>Emotion keys:</source>
      <translation>مفاتيح الشعور:</translation>
    </message>
    <message>
      <source>Emotion known from</source>
      <translation>مصدر الشعور</translation>
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
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطة دخول</translation>
    </message>
    <message>
      <source>Existing period</source>
      <translation>فترة موجودة</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطة خروج</translation>
    </message>
    <message>
      <source>Exit workshop</source>
      <translation>الخروج من ورشة العمل</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>الشعور المتوقع</translation>
    </message>
    <message>
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>الشعور المتوقع %1 (لون الشريط الجانبي للبطاقة وشارتها)</translation>
    </message>
    <message>
      <source>Expected emotion: {score}</source>
      <translation>الشعور المتوقع: {score}</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written</source>
      <translation>أُلغي التصدير: لم يُكتب أي ملف</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>تصدير الخريطة</translation>
    </message>
    <message>
      <source>Export review &amp;report…</source>
      <translation>تصدير تقرير المراجعة…</translation>
    </message>
    <message>
      <source>Export review report</source>
      <translation>تصدير تقرير المراجعة</translation>
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
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>شارة باهتة: قيمة من فترة سابقة (تلميحها يذكر الفترة)</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>احتياطي</translation>
    </message>
    <message>
      <source>Fallback path (when something fails)</source>
      <translation>مسار احتياطي (عند حدوث خلل)</translation>
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
      <source>File: %1</source>
      <translation>الملف: %1</translation>
    </message>
    <message>
      <source>Find node…</source>
      <translation>ابحث عن نقطة…</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>عرض الكل</translation>
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
      <source>Flow: the usual next step</source>
      <translation>المسار الرئيسي: الخطوة التالية المعتادة</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>من وإلى</translation>
    </message>
    <message>
      <source>Height (px)</source>
      <translation>الارتفاع (بكسل)</translation>
    </message>
    <message>
      <source>High</source>
      <translation>مرتفع</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>الأعلى أفضل</translation>
    </message>
    <message>
      <source>Highest score</source>
      <translation>أعلى درجة</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
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
      <source>Inspector</source>
      <translation>الخصائص</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>لغة الواجهة</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>مقابلات</translation>
    </message>
    <message>
      <source>Journey maps (*.json)</source>
      <translation>خرائط الرحلة (*.json)</translation>
    </message>
    <message>
      <source>Journey: paths through several stages</source>
      <translation>الرحلة: مسارات تمر بعدة مراحل</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>المؤشر</translation>
    </message>
    <message>
      <source>KPI changes</source>
      <translation>تغيّرات المؤشرات</translation>
    </message>
    <message>
      <source>KPI off target</source>
      <translation>مؤشر دون الهدف</translation>
    </message>
    <message>
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>مؤشر يبلغ الهدف: الاسم والقيمة والتغيّر ▲/▼ منذ الفترة السابقة</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>قيم المؤشرات لكل فترة؛ اكتب قيمة، وامسح الخانة لحذفها</translation>
    </message>
    <message>
      <source>KPI without a target</source>
      <translation>مؤشر بلا هدف</translation>
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
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة (شارة ★): لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
    <message>
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظة حاسمة: لحظة تصنع الرحلة أو تفسدها</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>المفاتيح</translation>
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
      <source>Later period:</source>
      <translation>الفترة اللاحقة:</translation>
    </message>
    <message>
      <source>Latest data</source>
      <translation>أحدث البيانات</translation>
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
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>الترخيص: MIT. يمكنك استخدام journeymap ونسخه وتعديله ومشاركته بحرية؛ ويأتي دون أي ضمان.</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>منخفض</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>الأدنى أفضل</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>أدنى درجة</translation>
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
      <source>Mean</source>
      <translation>المتوسط</translation>
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
      <source>Mouse wheel</source>
      <translation>عجلة الفأرة</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>نقل</translation>
    </message>
    <message>
      <source>Move %1 nodes</source>
      <translation>نقل %1 نقطة</translation>
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
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (المروّجون ناقص المنتقدين)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
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
      <source>New from sprea&amp;dsheet…</source>
      <translation>خريطة جديدة من جدول بيانات…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جديد من قالب</translation>
    </message>
    <message>
      <source>New map from spreadsheet</source>
      <translation>خريطة جديدة من جدول بيانات</translation>
    </message>
    <message>
      <source>New period</source>
      <translation>فترة جديدة</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>القيمة الجديدة</translation>
    </message>
    <message>
      <source>Next stage</source>
      <translation>المرحلة التالية</translation>
    </message>
    <message>
      <source>No expected emotion yet</source>
      <translation>لا يوجد شعور متوقع بعد</translation>
    </message>
    <message>
      <source>No node matches “%1”</source>
      <translation>لا توجد نقطة تطابق «%1»</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>النقطة</translation>
    </message>
    <message>
      <source>Node removed</source>
      <translation>حُذفت النقطة</translation>
    </message>
    <message>
      <source>Node: %1</source>
      <translation>النقطة: %1</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>نجم الشمال</translation>
    </message>
    <message>
      <source>Not changed: the map would become invalid (%1)</source>
      <translation>لم يُغيَّر شيء: كانت الخريطة ستصبح غير صالحة (%1)</translation>
    </message>
    <message>
      <source>Not measured in the later period</source>
      <translation>لم تُقَس في الفترة اللاحقة</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>ملاحظة (السبب):</translation>
    </message>
    <message>
      <source>Nothing can be imported:</source>
      <translation>لا يمكن استيراد شيء:</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>لم يُستورد شيء</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>الآن</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>موافق</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>القيمة السابقة</translation>
    </message>
    <message>
      <source>Older value: measured in %1, not in %2</source>
      <translation>قيمة أقدم: قيست في %1 وليس في %2</translation>
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
      <source>Other</source>
      <translation>أخرى</translation>
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
      <source>Page %1 of %2</source>
      <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>الصفحة (PDF)</translation>
    </message>
    <message>
      <source>Pan the map</source>
      <translation>تحريك الخريطة</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>لصق</translation>
    </message>
    <message>
      <source>People (actor)</source>
      <translation>أشخاص (فاعل)</translation>
    </message>
    <message>
      <source>Percent</source>
      <translation>نسبة مئوية</translation>
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
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>الفترة المعروضة: المؤشرات ونقاط الضعف ومنحنى الشعور</translation>
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
      <source>Pick a date</source>
      <translation>اختر تاريخًا</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>التفضيلات</translation>
    </message>
    <message>
      <source>Previous stage</source>
      <translation>المرحلة السابقة</translation>
    </message>
    <message>
      <source>Reading the survey answers…</source>
      <translation>جارٍ قراءة إجابات الاستبيان…</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>استعادة العمل غير المحفوظ</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>إعادة تسمية</translation>
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
      <source>Resize lane</source>
      <translation>تغيير ارتفاع الصف</translation>
    </message>
    <message>
      <source>Resize stage</source>
      <translation>تغيير عرض المرحلة</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>الدقة (dpi، PNG)</translation>
    </message>
    <message>
      <source>Resolved (few answers): %1</source>
      <translation>تمت معالجتها (بإجابات قليلة): %1</translation>
    </message>
    <message>
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>تمت معالجتها (قيست من جديد ولم تعد نقطة ضعف)</translation>
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
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطة محاطة بحلقة: أسوأ لحظة أو نهاية الرحلة</translation>
    </message>
    <message>
      <source>Row %1 of %2</source>
      <translation>الصف %1 من %2</translation>
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
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>حفظ قالب جدول البيانات…</translation>
    </message>
    <message>
      <source>Save spreadsheet template</source>
      <translation>حفظ قالب جدول البيانات</translation>
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
      <source>Saved %1</source>
      <translation>حُفظ %1</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>شريحة العملاء</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>تحديد الكل</translation>
    </message>
    <message>
      <source>Select a weak point to read why it was flagged.</source>
      <translation>اختر نقطة ضعف لتقرأ سبب رصدها.</translation>
    </message>
    <message>
      <source>Set emotion</source>
      <translation>تحديد الشعور</translation>
    </message>
    <message>
      <source>Severity: %1</source>
      <translation>الخطورة: %1</translation>
    </message>
    <message>
      <source>Show %1 more…</source>
      <translation>عرض %1 أخرى…</translation>
    </message>
    <message>
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>تم تخطي %1 من ملفات الاستعادة التالفة.</translation>
    </message>
    <message>
      <source>Slides (PowerPoint)</source>
      <translation>الشرائح (باوربوينت)</translation>
    </message>
    <message>
      <source>Space + drag, middle mouse button</source>
      <translation>Space + السحب، زر الفأرة الأوسط</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>المرحلة</translation>
    </message>
    <message>
      <source>Stage: %1</source>
      <translation>المرحلة: %1</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>المراحل</translation>
    </message>
    <message>
      <source>Standard 4:3</source>
      <translation>قياسي ٤:٣</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>ما زالت قائمة</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>استبيان</translation>
    </message>
    <message>
      <source>Survey import cancelled: nothing was imported</source>
      <translation>أُلغي استيراد الاستبيان: لم يُستورد شيء</translation>
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
      <source>Target</source>
      <translation>الهدف</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>القالب</translation>
    </message>
    <message>
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>خط Cairo المرفق للخرائط والتصدير مرخّص بموجب SIL Open Font License 1.1 (نصّه في «أظهر التفاصيل…»).</translation>
    </message>
    <message>
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>في الملف عمود للفترة: تذهب كل إجابة إلى الفترة المذكورة فيها.</translation>
    </message>
    <message>
      <source>The lowest score must be below the highest score</source>
      <translation>يجب أن تكون أدنى درجة أقل من أعلى درجة</translation>
    </message>
    <message>
      <source>The map needs two periods to compare</source>
      <translation>تحتاج الخريطة إلى فترتين على الأقل للمقارنة</translation>
    </message>
    <message>
      <source>The name cannot be empty</source>
      <translation>لا يمكن أن يكون الاسم فارغًا</translation>
    </message>
    <message>
      <source>The period ends before it starts</source>
      <translation>تنتهي الفترة قبل أن تبدأ</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>تنتهي الفترة قبل أن تبدأ.</translation>
    </message>
    <message>
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>كان تخطيط النافذة المحفوظ تالفًا، فأُعيد إلى الوضع الافتراضي.</translation>
    </message>
    <message>
      <source>This value is not allowed here</source>
      <translation>هذه القيمة غير مسموح بها هنا</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>Top-2-box (percent)</source>
      <translation>أعلى خيارين (نسبة مئوية)</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطة اتصال</translation>
    </message>
    <message>
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطة اتصال: خطوة في الرحلة (العنوان ثم اسم الشعور)</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>خلفية شفافة (PNG)</translation>
    </message>
    <message>
      <source>Type a name for the new period.</source>
      <translation>اكتب اسمًا للفترة الجديدة.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>الوحدة</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>بلا عنوان</translation>
    </message>
    <message>
      <source>Weak point</source>
      <translation>نقطة الضعف</translation>
    </message>
    <message>
      <source>Weak points</source>
      <translation>نقاط الضعف</translation>
    </message>
    <message>
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف البطاقة: العدد؛ ولون الأشد (أرجواني داكن مرتفع، أرجواني متوسط، وردي منخفض)</translation>
    </message>
    <message>
      <source>Weak points:</source>
      <translation>نقاط الضعف:</translation>
    </message>
    <message>
      <source>Widescreen 16:9</source>
      <translation>عريض ١٦:٩</translation>
    </message>
    <message>
      <source>Width (px)</source>
      <translation>العرض (بكسل)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>جارٍ العمل…</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>ورشة العمل</translation>
    </message>
    <message>
      <source>Workshop mode off</source>
      <translation>أُوقف وضع ورشة العمل</translation>
    </message>
    <message>
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>وضع ورشة العمل: المفاتيح من ١ إلى ٥ تحدد الشعور، وTab يتنقل عبر الرحلة</translation>
    </message>
    <message>
      <source>Workshop mode: the structure is locked</source>
      <translation>وضع ورشة العمل: هيكل الخريطة مقفل</translation>
    </message>
    <message>
      <source>Workshop: next / previous stage</source>
      <translation>ورشة العمل: المرحلة التالية / السابقة</translation>
    </message>
    <message>
      <source>Workshop: next / previous step of the journey</source>
      <translation>ورشة العمل: الخطوة التالية / السابقة في الرحلة</translation>
    </message>
    <message>
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>ورشة العمل: تحديد شعور البطاقة المحددة (١ = الأدنى … ٥ = الأعلى)</translation>
    </message>
    <message>
      <source>Writing the review report…</source>
      <translation>جارٍ كتابة تقرير المراجعة…</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>التكبير والتصغير</translation>
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
      <source>better</source>
      <translation>أفضل</translation>
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
      <source>for example: autumn 1405</source>
      <translation>مثلًا: خريف ٢٠٢٦</translation>
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
      <source>no change</source>
      <translation>دون تغيير</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>غير محدد</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>أسوأ</translation>
    </message>
    <message>
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، قيست في {period} (لا قيمة في {reference})</translation>
    </message>
    <message>
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>السنة في «%1» ميلادية، لكن تواريخ هذه الخريطة هجرية شمسية، مثل %2</translation>
    </message>
    <message>
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>السنة في «%1» هجرية شمسية، لكن تواريخ هذه الخريطة ميلادية، مثل %2</translation>
    </message>
    <message>
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» ليس تاريخًا؛ اكتب السنة/الشهر/اليوم، مثل %2</translation>
    </message>
    <message>
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» ليس يومًا في التقويم (مثل %2)</translation>
    </message>
    <message>
      <source>“%1” is not a number</source>
      <translation>«%1» ليس رقمًا</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>المجلد:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>نوع الملفات:</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>المجلد:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>نوع الملفات:</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <source>Backspace</source>
      <translation>حذف للخلف</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>جدولة</translation>
    </message>
    <message>
      <source>Backtab</source>
      <translation>جدولة عكسية</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>مسافة</translation>
    </message>
    <message>
      <source>Esc</source>
      <translation>هروب</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>إدخال</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>إدخال</translation>
    </message>
    <message>
      <source>Ins</source>
      <translation>إدراج</translation>
    </message>
    <message>
      <source>Del</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>PgUp</source>
      <translation>الصفحة السابقة</translation>
    </message>
    <message>
      <source>PgDown</source>
      <translation>الصفحة التالية</translation>
    </message>
    <message>
      <source>Ctrl</source>
      <translation>Ctrl</translation>
    </message>
    <message>
      <source>Shift</source>
      <translation>Shift</translation>
    </message>
    <message>
      <source>Alt</source>
      <translation>Alt</translation>
    </message>
    <message>
      <source>Meta</source>
      <translation>Meta</translation>
    </message>
  </context>
</TS>