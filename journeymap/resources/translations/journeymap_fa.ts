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
      <source>New from sprea&amp;dsheet…</source>
      <translation>نقشه جدید از صفحه‌گسترده…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="33" />
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>ذخیره الگوی صفحه‌گسترده…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="34" />
      <source>&amp;Open…</source>
      <translation>باز کردن…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="35" />
      <source>&amp;Save</source>
      <translation>ذخیره</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="36" />
      <source>Save &amp;as…</source>
      <translation>ذخیره با نام…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="37" />
      <source>&amp;Revert</source>
      <translation>بازگشت به نسخه ذخیره‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="38" />
      <source>&amp;Import survey…</source>
      <translation>ورود نتایج نظرسنجی…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="39" />
      <source>&amp;Export…</source>
      <translation>خروجی گرفتن…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="40" />
      <source>Export review &amp;report…</source>
      <translation>خروجی گزارش بازبینی…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="41" />
      <source>Compare &amp;with…</source>
      <translation>مقایسه با نقشه دیگر…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="42" />
      <source>Compare &amp;periods…</source>
      <translation>مقایسه دوره‌ها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="43" />
      <source>&amp;Close</source>
      <translation>بستن</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="44" />
      <source>&amp;Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="45" />
      <source>&amp;Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="46" />
      <source>&amp;Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="47" />
      <source>Cu&amp;t</source>
      <translation>برش</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="48" />
      <source>&amp;Copy</source>
      <translation>رونوشت</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="49" />
      <source>&amp;Paste</source>
      <translation>چسباندن</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="50" />
      <source>&amp;Duplicate</source>
      <translation>تکثیر</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="51" />
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="52" />
      <source>Select &amp;all</source>
      <translation>انتخاب همه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="53" />
      <source>&amp;Rename</source>
      <translation>تغییر نام</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="54" />
      <source>&amp;Find…</source>
      <translation>جستجو…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="55" />
      <source>Copy as &amp;image</source>
      <translation>رونوشت به‌صورت تصویر</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="56" />
      <source>Add &amp;touchpoint</source>
      <translation>افزودن نقطه تماس</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="57" />
      <source>Add &amp;key moment</source>
      <translation>افزودن لحظه کلیدی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="58" />
      <source>Add &amp;next node</source>
      <translation>افزودن گام بعدی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="59" />
      <source>&amp;Connect tool</source>
      <translation>ابزار اتصال</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="60" />
      <source>&amp;Stages…</source>
      <translation>مراحل…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="61" />
      <source>&amp;Lanes…</source>
      <translation>ردیف‌ها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="62" />
      <source>&amp;Personas…</source>
      <translation>پرسوناها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="63" />
      <source>&amp;KPIs…</source>
      <translation>شاخص‌ها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="64" />
      <source>P&amp;eriods…</source>
      <translation>دوره‌ها…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="65" />
      <source>Zoom &amp;in</source>
      <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="66" />
      <source>Zoom &amp;out</source>
      <translation>کوچک‌نمایی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="67" />
      <source>&amp;Actual size</source>
      <translation>اندازه واقعی</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="68" />
      <source>&amp;Fit map</source>
      <translation>نمایش کل نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="69" />
      <source>&amp;Workshop mode</source>
      <translation>حالت کارگاه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="70" />
      <source>&amp;Full screen</source>
      <translation>تمام‌صفحه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="71" />
      <source>&amp;Preferences…</source>
      <translation>تنظیمات…</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="72" />
      <source>&amp;About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="73" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="77" />
      <source>Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="78" />
      <source>Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="90" />
      <source>&amp;File</source>
      <translation>پرونده</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="93" />
      <source>&amp;Edit</source>
      <translation>ویرایش</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="95" />
      <source>&amp;Insert</source>
      <translation>درج</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="96" />
      <source>&amp;Map</source>
      <translation>نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="97" />
      <source>&amp;View</source>
      <translation>نما</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="98" />
      <source>&amp;Help</source>
      <translation>راهنما</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="107" />
      <source>Open &amp;recent</source>
      <translation>پرونده‌های اخیر</translation>
    </message>
    <message>
      <location filename="../../ui/actions.py" line="110" />
      <source>&amp;Panels</source>
      <translation>پنل‌ها</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="103" />
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>احساس مورد انتظار %1 (رنگ نوار کناری و نشان کارت)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="106" />
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطه تماس: گامی از سفر (عنوان و سپس نام احساس)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="107" />
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی (نشان ★): لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="109" />
      <source>No expected emotion yet</source>
      <translation>هنوز احساس مورد انتظاری تعیین نشده</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="110" />
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>شاخص در حد هدف: نام، مقدار و تغییر ▲/▼ نسبت به دوره قبل</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="111" />
      <source>KPI off target</source>
      <translation>شاخص پایین‌تر از هدف</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="112" />
      <source>KPI without a target</source>
      <translation>شاخص بدون هدف</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="113" />
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>برچسب کم‌رنگ: مقداری از دوره‌ای قدیمی‌تر (راهنمای آن نام دوره را می‌گوید)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="114" />
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: شاخص‌هایی بیش از جای کارت (نشانگر را رویش نگه دارید)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="115" />
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف کارت: تعداد؛ رنگ شدیدترین (ارغوانی تیره شدید، ارغوانی متوسط، صورتی کم)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="116" />
      <source>Flow: the usual next step</source>
      <translation>مسیر اصلی: گام بعدی معمول</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="117" />
      <source>Alternative path</source>
      <translation>مسیر جایگزین</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="118" />
      <source>Fallback path (when something fails)</source>
      <translation>مسیر جبرانی (وقتی چیزی خراب می‌شود)</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="119" />
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنی احساس: مسیر اصلی به ترتیب سفر</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="120" />
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنی احساس: گام‌های بیرون از مسیر اصلی (شاخه‌ها)، توخالی روی خط‌چین</translation>
    </message>
    <message>
      <location filename="../../editor/legend_dock.py" line="121" />
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطه حلقه‌دار: بدترین لحظه یا پایان سفر</translation>
    </message>
    <message>
      <location filename="../../canvas/items.py" line="141" />
      <source>Weak points:</source>
      <translation>نقاط ضعف:</translation>
    </message>
    <message>
      <location filename="../../canvas/items.py" line="143" />
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی: لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
  </context>
  <context>
    <name>Canvas</name>
    <message>
      <location filename="../../canvas/scene.py" line="34" />
      <source>No expected emotion yet</source>
      <translation>هنوز احساس مورد انتظاری تعیین نشده</translation>
    </message>
    <message>
      <location filename="../../canvas/scene.py" line="35" />
      <source>Expected emotion: {score}</source>
      <translation>احساس مورد انتظار: {score}</translation>
    </message>
    <message>
      <location filename="../../canvas/scene.py" line="159" />
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، اندازه‌گیری‌شده در {period} (بدون مقدار در {reference})</translation>
    </message>
  </context>
  <context>
    <name>Commands</name>
    <message>
      <location filename="../../commands.py" line="148" />
      <source>Move</source>
      <translation>جابه‌جایی</translation>
    </message>
    <message>
      <location filename="../../commands.py" line="149" />
      <source>Move %1 nodes</source>
      <translation>جابه‌جایی %1 نقطه</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <location filename="../../ui/compare_view.py" line="45" />
      <source>Weak points</source>
      <translation>نقاط ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="46" />
      <source>KPI changes</source>
      <translation>تغییر شاخص‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="47" />
      <source>Emotion curves</source>
      <translation>منحنی‌های احساس</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="57" />
      <source>Appeared</source>
      <translation>تازه پدید آمده</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="57" />
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>برطرف‌شده (دوباره اندازه‌گیری شد و دیگر نقطه ضعف نیست)</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="58" />
      <source>Still open</source>
      <translation>همچنان باز</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="58" />
      <source>Not measured in the later period</source>
      <translation>در دوره بعدی اندازه‌گیری نشده</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="59" />
      <source>Node removed</source>
      <translation>نقطه حذف شده</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="62" />
      <source>better</source>
      <translation>بهتر</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="62" />
      <source>worse</source>
      <translation>بدتر</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="62" />
      <source>no change</source>
      <translation>بدون تغییر</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <location filename="../../ui/compare_view.py" line="90" />
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>KPI</source>
      <translation>شاخص</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>Now</source>
      <translation>اکنون</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="67" />
      <source>Change</source>
      <translation>تغییر</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="90" />
      <source>Weak point</source>
      <translation>نقطه ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="97" />
      <source>Resolved (few answers): %1</source>
      <translation>برطرف‌شده (با پاسخ‌های کم): %1</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../ui/date_field.py" line="20" />
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» تاریخ نیست؛ به شکل سال/ماه/روز بنویسید، برای نمونه %2</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="21" />
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» روزی از تقویم نیست (برای نمونه %2)</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="22" />
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>سال «%1» شمسی است، اما تاریخ‌های این نقشه میلادی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="24" />
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>سال «%1» میلادی است، اما تاریخ‌های این نقشه شمسی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <location filename="../../ui/date_field.py" line="43" />
      <source>Pick a date</source>
      <translation>انتخاب تاریخ</translation>
    </message>
  </context>
  <context>
    <name>EdgeForm</name>
    <message>
      <location filename="../../ui/inspector.py" line="168" />
      <source>Flow</source>
      <translation>مسیر اصلی</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="168" />
      <source>Alternative</source>
      <translation>جایگزین</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="168" />
      <source>Fallback</source>
      <translation>جبرانی</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="170" />
      <source>From → to</source>
      <translation>مبدأ و مقصد</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="171" />
      <source>Label</source>
      <translation>برچسب</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="172" />
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="178" />
      <source>Edit connection</source>
      <translation>ویرایش اتصال</translation>
    </message>
  </context>
  <context>
    <name>EditorController</name>
    <message>
      <location filename="../../editor/controller.py" line="91" />
      <source>Add key moment</source>
      <translation>افزودن لحظه کلیدی</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="91" />
      <source>Add touchpoint</source>
      <translation>افزودن نقطه تماس</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="132" />
      <source>Rename</source>
      <translation>تغییر نام</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="146" />
      <source>Set emotion</source>
      <translation>تعیین احساس</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="165" />
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="165" />
      <source>Delete %1 items</source>
      <translation>حذف %1 مورد</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="174" />
      <source>Connect</source>
      <translation>اتصال</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="190" />
      <source>Paste</source>
      <translation>چسباندن</translation>
    </message>
    <message>
      <location filename="../../editor/controller.py" line="194" />
      <source>Duplicate</source>
      <translation>تکثیر</translation>
    </message>
    <message>
      <location filename="../../editor/resize.py" line="84" />
      <source>Resize stage</source>
      <translation>تغییر عرض مرحله</translation>
    </message>
    <message>
      <location filename="../../editor/resize.py" line="85" />
      <source>Resize lane</source>
      <translation>تغییر ارتفاع ردیف</translation>
    </message>
  </context>
  <context>
    <name>ExportDialog</name>
    <message>
      <location filename="../../ui/export_dialog.py" line="18" />
      <location filename="../../ui/export_dialog.py" line="53" />
      <source>Export map</source>
      <translation>خروجی گرفتن از نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="21" />
      <source>Browse…</source>
      <translation>انتخاب…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="32" />
      <source>Fit to map</source>
      <translation>هم‌اندازه نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="34" />
      <source>Legend</source>
      <translation>راهنمای نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="36" />
      <source>Transparent background (PNG)</source>
      <translation>پس‌زمینه شفاف (PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="38" />
      <source>Widescreen 16:9</source>
      <translation>عریض ۱۶:۹</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="38" />
      <source>Standard 4:3</source>
      <translation>استاندارد ۴:۳</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="41" />
      <source>File</source>
      <translation>پرونده</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="42" />
      <source>Resolution (dpi, PNG)</source>
      <translation>وضوح (dpi، PNG)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="43" />
      <source>Page (PDF)</source>
      <translation>صفحه (PDF)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="44" />
      <source>Slides (PowerPoint)</source>
      <translation>اسلایدها (پاورپوینت)</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="64" />
      <source>Exporting…</source>
      <translation>در حال خروجی گرفتن…</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="75" />
      <source>Export cancelled: no file was written</source>
      <translation>خروجی گرفتن لغو شد: هیچ پرونده‌ای نوشته نشد</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="78" />
      <source>Cannot export</source>
      <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
      <location filename="../../ui/export_dialog.py" line="80" />
      <source>Exported %1</source>
      <translation>خروجی ذخیره شد: %1</translation>
    </message>
  </context>
  <context>
    <name>FileMixin</name>
    <message>
      <location filename="../../ui/window_files.py" line="45" />
      <source>Open map</source>
      <translation>باز کردن نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="54" />
      <location filename="../../ui/window_files.py" line="146" />
      <source>Cannot open map</source>
      <translation>نقشه باز نشد</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="99" />
      <source>Save map as</source>
      <translation>ذخیره نقشه با نام</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="113" />
      <source>Cannot save map</source>
      <translation>نقشه ذخیره نشد</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="121" />
      <source>Saved</source>
      <translation>ذخیره شد</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="131" />
      <source>File changed on disk</source>
      <translation>پرونده روی دیسک تغییر کرده است</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="132" />
      <source>%1 was changed by another program since you opened it. Overwrite it?</source>
      <translation>%1 پس از باز شدن، با برنامه دیگری تغییر کرده است. روی آن نوشته شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="140" />
      <source>Revert</source>
      <translation>بازگشت به نسخه ذخیره‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="140" />
      <source>Discard your changes and reload the file?</source>
      <translation>تغییرات کنار گذاشته شود و پرونده دوباره بارگذاری شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="158" />
      <source>Autosave failed: %1</source>
      <translation>ذخیره خودکار انجام نشد: %1</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="164" />
      <source>Unsaved changes</source>
      <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="164" />
      <source>Save the changes to this map before closing?</source>
      <translation>تغییرات این نقشه پیش از بستن ذخیره شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="194" />
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>چیدمان ذخیره‌شده پنجره خراب بود و به حالت پیش‌فرض برگشت.</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="202" />
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>ذخیره خودکار خاموش است: در پوشه داده‌ها نمی‌توان نوشت (%1).</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="218" />
      <source>Recover unsaved work</source>
      <translation>بازیابی کار ذخیره‌نشده</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="219" />
      <source>journeymap found unsaved work on “%1” from a session that ended unexpectedly. Recover it?</source>
      <translation>journeymap کار ذخیره‌نشده‌ای روی «%1» از جلسه‌ای که ناگهان بسته شد پیدا کرد. بازیابی شود؟</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="220" />
      <source>Untitled</source>
      <translation>بی‌نام</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="227" />
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>%1 پرونده بازیابی خراب نادیده گرفته شد.</translation>
    </message>
    <message>
      <location filename="../../ui/window_files.py" line="234" />
      <source>Cannot recover</source>
      <translation>بازیابی ممکن نشد</translation>
    </message>
  </context>
  <context>
    <name>KpiTable</name>
    <message>
      <location filename="../../ui/kpi_table.py" line="33" />
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>مقدار شاخص‌ها در هر دوره؛ عدد را بنویسید و برای حذف، خانه را خالی کنید</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="50" />
      <source>n = %1</source>
      <translation>تعداد پاسخ = %1</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="80" />
      <source>Older value: measured in %1, not in %2</source>
      <translation>مقدار قدیمی‌تر: در %1 اندازه‌گیری شده، نه در %2</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="85" />
      <source>%1 (older)</source>
      <translation>%1 (قدیمی‌تر)</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="112" />
      <source>“%1” is not a number</source>
      <translation>«%1» عدد نیست</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="116" />
      <source>%1 is outside %2 … %3</source>
      <translation>%1 بیرون از بازه %2 تا %3 است</translation>
    </message>
    <message>
      <location filename="../../ui/kpi_table.py" line="123" />
      <source>Edit KPI value</source>
      <translation>ویرایش مقدار شاخص</translation>
    </message>
  </context>
  <context>
    <name>LegendDock</name>
    <message>
      <location filename="../../editor/legend_dock.py" line="128" />
      <source>Legend</source>
      <translation>راهنمای نقشه</translation>
    </message>
    <message>
      <source>%1 (older)</source>
      <translation>%1 (قدیمی‌تر)</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 پاسخ، %2 مقدار (%3 مقدار موجود جایگزین می‌شود)</translation>
    </message>
    <message>
      <source>%1 is outside %2 … %3</source>
      <translation>%1 بیرون از بازه %2 تا %3 است</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>%1 مورد از این استفاده می‌کنند. این و آن‌ها حذف شوند؟ (قابل واگرد است.)</translation>
    </message>
    <message>
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطه، %2 اتصال، %3 نقطه ضعف، %4 انتخاب‌شده</translation>
    </message>
    <message>
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>%1 ردیف قابل ورود نیست؛ هیچ چیزی وارد نشد.</translation>
    </message>
    <message>
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 مقدار ذخیره‌شده این شاخص با روش محاسبه یا مقیاس تازه‌اش جور نیست. پاک شوند؟ (قابل واگرد است.)</translation>
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
      <source>&amp;Connect tool</source>
      <translation>ابزار اتصال</translation>
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
      <source>&amp;Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>ردیف‌ها…</translation>
    </message>
    <message>
      <source>&amp;Legend</source>
      <translation>راهنمای نقشه</translation>
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
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: شاخص‌هایی بیش از جای کارت (نشانگر را رویش نگه دارید)</translation>
    </message>
    <message>
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع ردیف باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>دوره‌ای با نام «%1» از قبل هست؛ آن را از بالا انتخاب کنید.</translation>
    </message>
    <message>
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض مرحله باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <source>Accept weak point</source>
      <translation>پذیرفتن نقطه ضعف</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>پذیرفته شد</translation>
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
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>ابتدا یک مرحله و یک ردیف اضافه کنید (منوی نقشه)</translation>
    </message>
    <message>
      <source>Add key moment</source>
      <translation>افزودن لحظه کلیدی</translation>
    </message>
    <message>
      <source>Add touchpoint</source>
      <translation>افزودن نقطه تماس</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>جایگزین</translation>
    </message>
    <message>
      <source>Alternative path</source>
      <translation>مسیر جایگزین</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>داده‌های تحلیلی</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>پاسخ‌ها</translation>
    </message>
    <message>
      <source>Appeared</source>
      <translation>تازه پدید آمده</translation>
    </message>
    <message>
      <source>Assumed (workshop guess)</source>
      <translation>فرضی (حدس کارگاهی)</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>ذخیره خودکار انجام نشد: %1</translation>
    </message>
    <message>
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>ذخیره خودکار خاموش است: در پوشه داده‌ها نمی‌توان نوشت (%1).</translation>
    </message>
    <message>
      <source>Backstage</source>
      <translation>پشت صحنه</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>Better when</source>
      <translation>بهتر است وقتی</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>انتخاب…</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>پرونده‌های CSV (*.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
      <source>Calculation</source>
      <translation>روش محاسبه</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>انصراف</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
      <source>Cannot import spreadsheet</source>
      <translation>صفحه‌گسترده وارد نشد</translation>
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
      <source>Cannot save spreadsheet template</source>
      <translation>الگوی صفحه‌گسترده ذخیره نشد</translation>
    </message>
    <message>
      <source>Card: %1</source>
      <translation>کارت: %1</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>تغییر</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>کانال</translation>
    </message>
    <message>
      <source>Choose a period…</source>
      <translation>یک دوره انتخاب کنید…</translation>
    </message>
    <message>
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>دوره‌ای را که این پاسخ‌ها به آن تعلق دارند انتخاب کنید یا دوره تازه‌ای بسازید.</translation>
    </message>
    <message>
      <source>Choose two different periods</source>
      <translation>دو دوره متفاوت انتخاب کنید</translation>
    </message>
    <message>
      <source>Clear values</source>
      <translation>پاک کردن مقدارها</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>رنگ</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>فرمان</translation>
    </message>
    <message>
      <source>Compare %1 with %2</source>
      <translation>مقایسه %1 با %2</translation>
    </message>
    <message>
      <source>Compare &amp;periods…</source>
      <translation>مقایسه دوره‌ها…</translation>
    </message>
    <message>
      <source>Compare &amp;with…</source>
      <translation>مقایسه با نقشه دیگر…</translation>
    </message>
    <message>
      <source>Compare periods</source>
      <translation>مقایسه دوره‌ها</translation>
    </message>
    <message>
      <source>Compare with %1</source>
      <translation>مقایسه با %1</translation>
    </message>
    <message>
      <source>Compare with…</source>
      <translation>مقایسه با…</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>اتصال</translation>
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
      <source>Custom</source>
      <translation>سفارشی</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Decision: %1</source>
      <translation>تصمیم: %1</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete %1 items</source>
      <translation>حذف %1 مورد</translation>
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
      <source>Dismiss weak point</source>
      <translation>رد کردن نقطه ضعف</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رد کردن…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>تکثیر</translation>
    </message>
    <message>
      <source>Earlier period:</source>
      <translation>دوره قبلی:</translation>
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
      <source>Emotion</source>
      <translation>احساس</translation>
    </message>
    <message>
      <source>Emotion curve chart</source>
      <translation>نمودار منحنی احساس</translation>
    </message>
    <message>
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنی احساس: گام‌های بیرون از مسیر اصلی (شاخه‌ها)، توخالی روی خط‌چین</translation>
    </message>
    <message>
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنی احساس: مسیر اصلی به ترتیب سفر</translation>
    </message>
    <message>
      <source>Emotion curves</source>
      <translation>منحنی‌های احساس</translation>
    </message>
    <message>
      <source>Emotion keys:</source>
      <translation>کلیدهای احساس:</translation>
    </message>
    <message>
      <source>Emotion known from</source>
      <translation>منبع احساس</translation>
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
      <source>End</source>
      <translation>پایان</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطه ورود</translation>
    </message>
    <message>
      <source>Existing period</source>
      <translation>دوره موجود</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطه خروج</translation>
    </message>
    <message>
      <source>Exit workshop</source>
      <translation>خروج از کارگاه</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>احساس مورد انتظار</translation>
    </message>
    <message>
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>احساس مورد انتظار %1 (رنگ نوار کناری و نشان کارت)</translation>
    </message>
    <message>
      <source>Expected emotion: {score}</source>
      <translation>احساس مورد انتظار: {score}</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written</source>
      <translation>خروجی گرفتن لغو شد: هیچ پرونده‌ای نوشته نشد</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>خروجی گرفتن از نقشه</translation>
    </message>
    <message>
      <source>Export review &amp;report…</source>
      <translation>خروجی گزارش بازبینی…</translation>
    </message>
    <message>
      <source>Export review report</source>
      <translation>خروجی گزارش بازبینی</translation>
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
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>برچسب کم‌رنگ: مقداری از دوره‌ای قدیمی‌تر (راهنمای آن نام دوره را می‌گوید)</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>جبرانی</translation>
    </message>
    <message>
      <source>Fallback path (when something fails)</source>
      <translation>مسیر جبرانی (وقتی چیزی خراب می‌شود)</translation>
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
      <source>File: %1</source>
      <translation>پرونده: %1</translation>
    </message>
    <message>
      <source>Find node…</source>
      <translation>جستجوی نقطه…</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>نمایش کل</translation>
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
      <source>Flow: the usual next step</source>
      <translation>مسیر اصلی: گام بعدی معمول</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>مبدأ و مقصد</translation>
    </message>
    <message>
      <source>Height (px)</source>
      <translation>ارتفاع (پیکسل)</translation>
    </message>
    <message>
      <source>High</source>
      <translation>شدید</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>بیشتر بهتر است</translation>
    </message>
    <message>
      <source>Highest score</source>
      <translation>بیشترین امتیاز</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>وارد کردن</translation>
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
      <source>Inspector</source>
      <translation>مشخصات</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>زبان رابط کاربری</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>مصاحبه</translation>
    </message>
    <message>
      <source>Journey maps (*.json)</source>
      <translation>نقشه‌های سفر (*.json)</translation>
    </message>
    <message>
      <source>Journey: paths through several stages</source>
      <translation>سفر: مسیرهایی که از چند مرحله می‌گذرند</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>شاخص</translation>
    </message>
    <message>
      <source>KPI changes</source>
      <translation>تغییر شاخص‌ها</translation>
    </message>
    <message>
      <source>KPI off target</source>
      <translation>شاخص پایین‌تر از هدف</translation>
    </message>
    <message>
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>شاخص در حد هدف: نام، مقدار و تغییر ▲/▼ نسبت به دوره قبل</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>مقدار شاخص‌ها در هر دوره؛ عدد را بنویسید و برای حذف، خانه را خالی کنید</translation>
    </message>
    <message>
      <source>KPI without a target</source>
      <translation>شاخص بدون هدف</translation>
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
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی (نشان ★): لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
    <message>
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی: لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>کلیدها</translation>
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
      <source>Later period:</source>
      <translation>دوره بعدی:</translation>
    </message>
    <message>
      <source>Latest data</source>
      <translation>آخرین داده‌ها</translation>
    </message>
    <message>
      <source>Left to right</source>
      <translation>چپ به راست</translation>
    </message>
    <message>
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>مجوز: MIT. استفاده، رونوشت، تغییر و هم‌رسانی journeymap آزاد است؛ بدون هیچ ضمانتی ارائه می‌شود.</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>کم</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>کمتر بهتر است</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>کمترین امتیاز</translation>
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
      <source>Mean</source>
      <translation>میانگین</translation>
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
      <source>Mouse wheel</source>
      <translation>چرخ ماوس</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>جابه‌جایی</translation>
    </message>
    <message>
      <source>Move %1 nodes</source>
      <translation>جابه‌جایی %1 نقطه</translation>
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
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (ترویج‌کنندگان منهای منتقدان)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>نام</translation>
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
      <source>New from sprea&amp;dsheet…</source>
      <translation>نقشه جدید از صفحه‌گسترده…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جدید از روی الگو</translation>
    </message>
    <message>
      <source>New map from spreadsheet</source>
      <translation>نقشه جدید از صفحه‌گسترده</translation>
    </message>
    <message>
      <source>New period</source>
      <translation>دوره جدید</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>مقدار جدید</translation>
    </message>
    <message>
      <source>Next stage</source>
      <translation>مرحله بعد</translation>
    </message>
    <message>
      <source>No expected emotion yet</source>
      <translation>هنوز احساس مورد انتظاری تعیین نشده</translation>
    </message>
    <message>
      <source>No node matches “%1”</source>
      <translation>هیچ نقطه‌ای با «%1» پیدا نشد</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <source>Node removed</source>
      <translation>نقطه حذف شده</translation>
    </message>
    <message>
      <source>Node: %1</source>
      <translation>نقطه: %1</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>ستاره شمالی</translation>
    </message>
    <message>
      <source>Not changed: the map would become invalid (%1)</source>
      <translation>تغییری داده نشد: نقشه نامعتبر می‌شد (%1)</translation>
    </message>
    <message>
      <source>Not measured in the later period</source>
      <translation>در دوره بعدی اندازه‌گیری نشده</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>یادداشت (دلیل):</translation>
    </message>
    <message>
      <source>Nothing can be imported:</source>
      <translation>چیزی وارد نمی‌شود:</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>چیزی وارد نشد</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>اکنون</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>تأیید</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>مقدار قبلی</translation>
    </message>
    <message>
      <source>Older value: measured in %1, not in %2</source>
      <translation>مقدار قدیمی‌تر: در %1 اندازه‌گیری شده، نه در %2</translation>
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
      <source>Other</source>
      <translation>سایر</translation>
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
      <source>Page %1 of %2</source>
      <translation>صفحه %1 از %2</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>صفحه (PDF)</translation>
    </message>
    <message>
      <source>Pan the map</source>
      <translation>جابه‌جا کردن نقشه</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>چسباندن</translation>
    </message>
    <message>
      <source>People (actor)</source>
      <translation>افراد (کنشگر)</translation>
    </message>
    <message>
      <source>Percent</source>
      <translation>درصد</translation>
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
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>دوره نمایش‌داده‌شده: شاخص‌ها، نقاط ضعف و منحنی احساس</translation>
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
      <source>Pick a date</source>
      <translation>انتخاب تاریخ</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>تنظیمات</translation>
    </message>
    <message>
      <source>Previous stage</source>
      <translation>مرحله قبل</translation>
    </message>
    <message>
      <source>Reading the survey answers…</source>
      <translation>در حال خواندن پاسخ‌های نظرسنجی…</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>بازیابی کار ذخیره‌نشده</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>تغییر نام</translation>
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
      <source>Resize lane</source>
      <translation>تغییر ارتفاع ردیف</translation>
    </message>
    <message>
      <source>Resize stage</source>
      <translation>تغییر عرض مرحله</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>وضوح (dpi، PNG)</translation>
    </message>
    <message>
      <source>Resolved (few answers): %1</source>
      <translation>برطرف‌شده (با پاسخ‌های کم): %1</translation>
    </message>
    <message>
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>برطرف‌شده (دوباره اندازه‌گیری شد و دیگر نقطه ضعف نیست)</translation>
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
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطه حلقه‌دار: بدترین لحظه یا پایان سفر</translation>
    </message>
    <message>
      <source>Row %1 of %2</source>
      <translation>سطر %1 از %2</translation>
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
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>ذخیره الگوی صفحه‌گسترده…</translation>
    </message>
    <message>
      <source>Save spreadsheet template</source>
      <translation>ذخیره الگوی صفحه‌گسترده</translation>
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
      <source>Saved %1</source>
      <translation>%1 ذخیره شد</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>بخش مشتریان</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>انتخاب همه</translation>
    </message>
    <message>
      <source>Select a weak point to read why it was flagged.</source>
      <translation>یک نقطه ضعف را انتخاب کنید تا دلیل آن را بخوانید.</translation>
    </message>
    <message>
      <source>Set emotion</source>
      <translation>تعیین احساس</translation>
    </message>
    <message>
      <source>Severity: %1</source>
      <translation>شدت: %1</translation>
    </message>
    <message>
      <source>Show %1 more…</source>
      <translation>نمایش %1 مورد دیگر…</translation>
    </message>
    <message>
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>%1 پرونده بازیابی خراب نادیده گرفته شد.</translation>
    </message>
    <message>
      <source>Slides (PowerPoint)</source>
      <translation>اسلایدها (پاورپوینت)</translation>
    </message>
    <message>
      <source>Space + drag, middle mouse button</source>
      <translation>Space + کشیدن، دکمه وسط ماوس</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>مرحله</translation>
    </message>
    <message>
      <source>Stage: %1</source>
      <translation>مرحله: %1</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>مراحل</translation>
    </message>
    <message>
      <source>Standard 4:3</source>
      <translation>استاندارد ۴:۳</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>شروع</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>گام %1 از %2</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>همچنان باز</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>نظرسنجی</translation>
    </message>
    <message>
      <source>Survey import cancelled: nothing was imported</source>
      <translation>ورود نتایج نظرسنجی لغو شد: چیزی وارد نشد</translation>
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
      <source>Target</source>
      <translation>هدف</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>الگو</translation>
    </message>
    <message>
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>قلم Cairo که برای نقشه‌ها و خروجی‌ها همراه برنامه است تحت مجوز SIL Open Font License 1.1 است (متن آن در «نمایش جزئیات…»).</translation>
    </message>
    <message>
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>پرونده ستون دوره دارد: هر پاسخ به دوره‌ای می‌رود که در آن نوشته شده است.</translation>
    </message>
    <message>
      <source>The lowest score must be below the highest score</source>
      <translation>کمترین امتیاز باید از بیشترین امتیاز کمتر باشد</translation>
    </message>
    <message>
      <source>The map needs two periods to compare</source>
      <translation>برای مقایسه، نقشه باید دست‌کم دو دوره داشته باشد</translation>
    </message>
    <message>
      <source>The name cannot be empty</source>
      <translation>نام نمی‌تواند خالی باشد</translation>
    </message>
    <message>
      <source>The period ends before it starts</source>
      <translation>پایان دوره پیش از شروع آن است</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>پایان دوره پیش از شروع آن است.</translation>
    </message>
    <message>
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>چیدمان ذخیره‌شده پنجره خراب بود و به حالت پیش‌فرض برگشت.</translation>
    </message>
    <message>
      <source>This value is not allowed here</source>
      <translation>این مقدار در اینجا مجاز نیست</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <source>Top-2-box (percent)</source>
      <translation>دو گزینه بالا (درصد)</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطه تماس</translation>
    </message>
    <message>
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطه تماس: گامی از سفر (عنوان و سپس نام احساس)</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>پس‌زمینه شفاف (PNG)</translation>
    </message>
    <message>
      <source>Type a name for the new period.</source>
      <translation>برای دوره جدید نامی بنویسید.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>واحد</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>بی‌نام</translation>
    </message>
    <message>
      <source>Weak point</source>
      <translation>نقطه ضعف</translation>
    </message>
    <message>
      <source>Weak points</source>
      <translation>نقاط ضعف</translation>
    </message>
    <message>
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف کارت: تعداد؛ رنگ شدیدترین (ارغوانی تیره شدید، ارغوانی متوسط، صورتی کم)</translation>
    </message>
    <message>
      <source>Weak points:</source>
      <translation>نقاط ضعف:</translation>
    </message>
    <message>
      <source>Widescreen 16:9</source>
      <translation>عریض ۱۶:۹</translation>
    </message>
    <message>
      <source>Width (px)</source>
      <translation>عرض (پیکسل)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>در حال انجام…</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>کارگاه</translation>
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
      <source>Workshop mode: the structure is locked</source>
      <translation>حالت کارگاه: ساختار نقشه قفل است</translation>
    </message>
    <message>
      <source>Workshop: next / previous stage</source>
      <translation>کارگاه: مرحله بعدی / قبلی</translation>
    </message>
    <message>
      <source>Workshop: next / previous step of the journey</source>
      <translation>کارگاه: گام بعدی / قبلی سفر</translation>
    </message>
    <message>
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>کارگاه: تعیین احساس کارت انتخاب‌شده (۱ = کمترین … ۵ = بیشترین)</translation>
    </message>
    <message>
      <source>Writing the review report…</source>
      <translation>در حال نوشتن گزارش بازبینی…</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>بزرگ‌نمایی و کوچک‌نمایی</translation>
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
      <source>better</source>
      <translation>بهتر</translation>
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
      <source>for example: autumn 1405</source>
      <translation>برای نمونه: پاییز ۱۴۰۵</translation>
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
      <source>no change</source>
      <translation>بدون تغییر</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>تعیین نشده</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>بدتر</translation>
    </message>
    <message>
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، اندازه‌گیری‌شده در {period} (بدون مقدار در {reference})</translation>
    </message>
    <message>
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>سال «%1» میلادی است، اما تاریخ‌های این نقشه شمسی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>سال «%1» شمسی است، اما تاریخ‌های این نقشه میلادی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» تاریخ نیست؛ به شکل سال/ماه/روز بنویسید، برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» روزی از تقویم نیست (برای نمونه %2)</translation>
    </message>
    <message>
      <source>“%1” is not a number</source>
      <translation>«%1» عدد نیست</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="64" />
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>دوره نمایش‌داده‌شده: شاخص‌ها، نقاط ضعف و منحنی احساس</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="66" />
      <source>Find node…</source>
      <translation>جستجوی نقطه…</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="74" />
      <source>Inspector</source>
      <translation>مشخصات</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="75" />
      <source>Weak points</source>
      <translation>نقاط ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="79" />
      <source>Emotion curve chart</source>
      <translation>نمودار منحنی احساس</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="137" />
      <source>Latest data</source>
      <translation>آخرین داده‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="161" />
      <source>Not changed: the map would become invalid (%1)</source>
      <translation>تغییری داده نشد: نقشه نامعتبر می‌شد (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="165" />
      <source>Workshop mode: the structure is locked</source>
      <translation>حالت کارگاه: ساختار نقشه قفل است</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="170" />
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطه، %2 اتصال، %3 نقطه ضعف، %4 انتخاب‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="177" />
      <source>Untitled</source>
      <translation>بی‌نام</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="188" />
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>ابتدا یک مرحله و یک ردیف اضافه کنید (منوی نقشه)</translation>
    </message>
    <message>
      <location filename="../../ui/main_window.py" line="247" />
      <source>No node matches “%1”</source>
      <translation>هیچ نقطه‌ای با «%1» پیدا نشد</translation>
    </message>
    <message>
      <source>%1 (older)</source>
      <translation>%1 (قدیمی‌تر)</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 پاسخ، %2 مقدار (%3 مقدار موجود جایگزین می‌شود)</translation>
    </message>
    <message>
      <source>%1 is outside %2 … %3</source>
      <translation>%1 بیرون از بازه %2 تا %3 است</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>%1 مورد از این استفاده می‌کنند. این و آن‌ها حذف شوند؟ (قابل واگرد است.)</translation>
    </message>
    <message>
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>%1 ردیف قابل ورود نیست؛ هیچ چیزی وارد نشد.</translation>
    </message>
    <message>
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 مقدار ذخیره‌شده این شاخص با روش محاسبه یا مقیاس تازه‌اش جور نیست. پاک شوند؟ (قابل واگرد است.)</translation>
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
      <source>&amp;Connect tool</source>
      <translation>ابزار اتصال</translation>
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
      <source>&amp;Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>ردیف‌ها…</translation>
    </message>
    <message>
      <source>&amp;Legend</source>
      <translation>راهنمای نقشه</translation>
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
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: شاخص‌هایی بیش از جای کارت (نشانگر را رویش نگه دارید)</translation>
    </message>
    <message>
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع ردیف باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>دوره‌ای با نام «%1» از قبل هست؛ آن را از بالا انتخاب کنید.</translation>
    </message>
    <message>
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض مرحله باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <source>Accept weak point</source>
      <translation>پذیرفتن نقطه ضعف</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>پذیرفته شد</translation>
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
      <source>Add key moment</source>
      <translation>افزودن لحظه کلیدی</translation>
    </message>
    <message>
      <source>Add touchpoint</source>
      <translation>افزودن نقطه تماس</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>جایگزین</translation>
    </message>
    <message>
      <source>Alternative path</source>
      <translation>مسیر جایگزین</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>داده‌های تحلیلی</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>پاسخ‌ها</translation>
    </message>
    <message>
      <source>Appeared</source>
      <translation>تازه پدید آمده</translation>
    </message>
    <message>
      <source>Assumed (workshop guess)</source>
      <translation>فرضی (حدس کارگاهی)</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>ذخیره خودکار انجام نشد: %1</translation>
    </message>
    <message>
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>ذخیره خودکار خاموش است: در پوشه داده‌ها نمی‌توان نوشت (%1).</translation>
    </message>
    <message>
      <source>Backstage</source>
      <translation>پشت صحنه</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>Better when</source>
      <translation>بهتر است وقتی</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>انتخاب…</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>پرونده‌های CSV (*.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
      <source>Calculation</source>
      <translation>روش محاسبه</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>انصراف</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
      <source>Cannot import spreadsheet</source>
      <translation>صفحه‌گسترده وارد نشد</translation>
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
      <source>Cannot save spreadsheet template</source>
      <translation>الگوی صفحه‌گسترده ذخیره نشد</translation>
    </message>
    <message>
      <source>Card: %1</source>
      <translation>کارت: %1</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>تغییر</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>کانال</translation>
    </message>
    <message>
      <source>Choose a period…</source>
      <translation>یک دوره انتخاب کنید…</translation>
    </message>
    <message>
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>دوره‌ای را که این پاسخ‌ها به آن تعلق دارند انتخاب کنید یا دوره تازه‌ای بسازید.</translation>
    </message>
    <message>
      <source>Choose two different periods</source>
      <translation>دو دوره متفاوت انتخاب کنید</translation>
    </message>
    <message>
      <source>Clear values</source>
      <translation>پاک کردن مقدارها</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>رنگ</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>فرمان</translation>
    </message>
    <message>
      <source>Compare %1 with %2</source>
      <translation>مقایسه %1 با %2</translation>
    </message>
    <message>
      <source>Compare &amp;periods…</source>
      <translation>مقایسه دوره‌ها…</translation>
    </message>
    <message>
      <source>Compare &amp;with…</source>
      <translation>مقایسه با نقشه دیگر…</translation>
    </message>
    <message>
      <source>Compare periods</source>
      <translation>مقایسه دوره‌ها</translation>
    </message>
    <message>
      <source>Compare with %1</source>
      <translation>مقایسه با %1</translation>
    </message>
    <message>
      <source>Compare with…</source>
      <translation>مقایسه با…</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>اتصال</translation>
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
      <source>Custom</source>
      <translation>سفارشی</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Decision: %1</source>
      <translation>تصمیم: %1</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete %1 items</source>
      <translation>حذف %1 مورد</translation>
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
      <source>Dismiss weak point</source>
      <translation>رد کردن نقطه ضعف</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رد کردن…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>تکثیر</translation>
    </message>
    <message>
      <source>Earlier period:</source>
      <translation>دوره قبلی:</translation>
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
      <source>Emotion</source>
      <translation>احساس</translation>
    </message>
    <message>
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنی احساس: گام‌های بیرون از مسیر اصلی (شاخه‌ها)، توخالی روی خط‌چین</translation>
    </message>
    <message>
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنی احساس: مسیر اصلی به ترتیب سفر</translation>
    </message>
    <message>
      <source>Emotion curves</source>
      <translation>منحنی‌های احساس</translation>
    </message>
    <message>
      <source>Emotion keys:</source>
      <translation>کلیدهای احساس:</translation>
    </message>
    <message>
      <source>Emotion known from</source>
      <translation>منبع احساس</translation>
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
      <source>End</source>
      <translation>پایان</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطه ورود</translation>
    </message>
    <message>
      <source>Existing period</source>
      <translation>دوره موجود</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطه خروج</translation>
    </message>
    <message>
      <source>Exit workshop</source>
      <translation>خروج از کارگاه</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>احساس مورد انتظار</translation>
    </message>
    <message>
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>احساس مورد انتظار %1 (رنگ نوار کناری و نشان کارت)</translation>
    </message>
    <message>
      <source>Expected emotion: {score}</source>
      <translation>احساس مورد انتظار: {score}</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written</source>
      <translation>خروجی گرفتن لغو شد: هیچ پرونده‌ای نوشته نشد</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>خروجی گرفتن از نقشه</translation>
    </message>
    <message>
      <source>Export review &amp;report…</source>
      <translation>خروجی گزارش بازبینی…</translation>
    </message>
    <message>
      <source>Export review report</source>
      <translation>خروجی گزارش بازبینی</translation>
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
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>برچسب کم‌رنگ: مقداری از دوره‌ای قدیمی‌تر (راهنمای آن نام دوره را می‌گوید)</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>جبرانی</translation>
    </message>
    <message>
      <source>Fallback path (when something fails)</source>
      <translation>مسیر جبرانی (وقتی چیزی خراب می‌شود)</translation>
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
      <source>File: %1</source>
      <translation>پرونده: %1</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>نمایش کل</translation>
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
      <source>Flow: the usual next step</source>
      <translation>مسیر اصلی: گام بعدی معمول</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>مبدأ و مقصد</translation>
    </message>
    <message>
      <source>Height (px)</source>
      <translation>ارتفاع (پیکسل)</translation>
    </message>
    <message>
      <source>High</source>
      <translation>شدید</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>بیشتر بهتر است</translation>
    </message>
    <message>
      <source>Highest score</source>
      <translation>بیشترین امتیاز</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>وارد کردن</translation>
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
      <source>Interviews</source>
      <translation>مصاحبه</translation>
    </message>
    <message>
      <source>Journey maps (*.json)</source>
      <translation>نقشه‌های سفر (*.json)</translation>
    </message>
    <message>
      <source>Journey: paths through several stages</source>
      <translation>سفر: مسیرهایی که از چند مرحله می‌گذرند</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>شاخص</translation>
    </message>
    <message>
      <source>KPI changes</source>
      <translation>تغییر شاخص‌ها</translation>
    </message>
    <message>
      <source>KPI off target</source>
      <translation>شاخص پایین‌تر از هدف</translation>
    </message>
    <message>
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>شاخص در حد هدف: نام، مقدار و تغییر ▲/▼ نسبت به دوره قبل</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>مقدار شاخص‌ها در هر دوره؛ عدد را بنویسید و برای حذف، خانه را خالی کنید</translation>
    </message>
    <message>
      <source>KPI without a target</source>
      <translation>شاخص بدون هدف</translation>
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
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی (نشان ★): لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
    <message>
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی: لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>کلیدها</translation>
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
      <source>Later period:</source>
      <translation>دوره بعدی:</translation>
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
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>مجوز: MIT. استفاده، رونوشت، تغییر و هم‌رسانی journeymap آزاد است؛ بدون هیچ ضمانتی ارائه می‌شود.</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>کم</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>کمتر بهتر است</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>کمترین امتیاز</translation>
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
      <source>Mean</source>
      <translation>میانگین</translation>
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
      <source>Mouse wheel</source>
      <translation>چرخ ماوس</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>جابه‌جایی</translation>
    </message>
    <message>
      <source>Move %1 nodes</source>
      <translation>جابه‌جایی %1 نقطه</translation>
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
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (ترویج‌کنندگان منهای منتقدان)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>نام</translation>
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
      <source>New from sprea&amp;dsheet…</source>
      <translation>نقشه جدید از صفحه‌گسترده…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جدید از روی الگو</translation>
    </message>
    <message>
      <source>New map from spreadsheet</source>
      <translation>نقشه جدید از صفحه‌گسترده</translation>
    </message>
    <message>
      <source>New period</source>
      <translation>دوره جدید</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>مقدار جدید</translation>
    </message>
    <message>
      <source>Next stage</source>
      <translation>مرحله بعد</translation>
    </message>
    <message>
      <source>No expected emotion yet</source>
      <translation>هنوز احساس مورد انتظاری تعیین نشده</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <source>Node removed</source>
      <translation>نقطه حذف شده</translation>
    </message>
    <message>
      <source>Node: %1</source>
      <translation>نقطه: %1</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>ستاره شمالی</translation>
    </message>
    <message>
      <source>Not measured in the later period</source>
      <translation>در دوره بعدی اندازه‌گیری نشده</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>یادداشت (دلیل):</translation>
    </message>
    <message>
      <source>Nothing can be imported:</source>
      <translation>چیزی وارد نمی‌شود:</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>چیزی وارد نشد</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>اکنون</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>تأیید</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>مقدار قبلی</translation>
    </message>
    <message>
      <source>Older value: measured in %1, not in %2</source>
      <translation>مقدار قدیمی‌تر: در %1 اندازه‌گیری شده، نه در %2</translation>
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
      <source>Other</source>
      <translation>سایر</translation>
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
      <source>Page %1 of %2</source>
      <translation>صفحه %1 از %2</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>صفحه (PDF)</translation>
    </message>
    <message>
      <source>Pan the map</source>
      <translation>جابه‌جا کردن نقشه</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>چسباندن</translation>
    </message>
    <message>
      <source>People (actor)</source>
      <translation>افراد (کنشگر)</translation>
    </message>
    <message>
      <source>Percent</source>
      <translation>درصد</translation>
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
      <source>Pick a date</source>
      <translation>انتخاب تاریخ</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>تنظیمات</translation>
    </message>
    <message>
      <source>Previous stage</source>
      <translation>مرحله قبل</translation>
    </message>
    <message>
      <source>Reading the survey answers…</source>
      <translation>در حال خواندن پاسخ‌های نظرسنجی…</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>بازیابی کار ذخیره‌نشده</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>تغییر نام</translation>
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
      <source>Resize lane</source>
      <translation>تغییر ارتفاع ردیف</translation>
    </message>
    <message>
      <source>Resize stage</source>
      <translation>تغییر عرض مرحله</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>وضوح (dpi، PNG)</translation>
    </message>
    <message>
      <source>Resolved (few answers): %1</source>
      <translation>برطرف‌شده (با پاسخ‌های کم): %1</translation>
    </message>
    <message>
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>برطرف‌شده (دوباره اندازه‌گیری شد و دیگر نقطه ضعف نیست)</translation>
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
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطه حلقه‌دار: بدترین لحظه یا پایان سفر</translation>
    </message>
    <message>
      <source>Row %1 of %2</source>
      <translation>سطر %1 از %2</translation>
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
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>ذخیره الگوی صفحه‌گسترده…</translation>
    </message>
    <message>
      <source>Save spreadsheet template</source>
      <translation>ذخیره الگوی صفحه‌گسترده</translation>
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
      <source>Saved %1</source>
      <translation>%1 ذخیره شد</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>بخش مشتریان</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>انتخاب همه</translation>
    </message>
    <message>
      <source>Select a weak point to read why it was flagged.</source>
      <translation>یک نقطه ضعف را انتخاب کنید تا دلیل آن را بخوانید.</translation>
    </message>
    <message>
      <source>Set emotion</source>
      <translation>تعیین احساس</translation>
    </message>
    <message>
      <source>Severity: %1</source>
      <translation>شدت: %1</translation>
    </message>
    <message>
      <source>Show %1 more…</source>
      <translation>نمایش %1 مورد دیگر…</translation>
    </message>
    <message>
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>%1 پرونده بازیابی خراب نادیده گرفته شد.</translation>
    </message>
    <message>
      <source>Slides (PowerPoint)</source>
      <translation>اسلایدها (پاورپوینت)</translation>
    </message>
    <message>
      <source>Space + drag, middle mouse button</source>
      <translation>Space + کشیدن، دکمه وسط ماوس</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>مرحله</translation>
    </message>
    <message>
      <source>Stage: %1</source>
      <translation>مرحله: %1</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>مراحل</translation>
    </message>
    <message>
      <source>Standard 4:3</source>
      <translation>استاندارد ۴:۳</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>شروع</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>گام %1 از %2</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>همچنان باز</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>نظرسنجی</translation>
    </message>
    <message>
      <source>Survey import cancelled: nothing was imported</source>
      <translation>ورود نتایج نظرسنجی لغو شد: چیزی وارد نشد</translation>
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
      <source>Target</source>
      <translation>هدف</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>الگو</translation>
    </message>
    <message>
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>قلم Cairo که برای نقشه‌ها و خروجی‌ها همراه برنامه است تحت مجوز SIL Open Font License 1.1 است (متن آن در «نمایش جزئیات…»).</translation>
    </message>
    <message>
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>پرونده ستون دوره دارد: هر پاسخ به دوره‌ای می‌رود که در آن نوشته شده است.</translation>
    </message>
    <message>
      <source>The lowest score must be below the highest score</source>
      <translation>کمترین امتیاز باید از بیشترین امتیاز کمتر باشد</translation>
    </message>
    <message>
      <source>The map needs two periods to compare</source>
      <translation>برای مقایسه، نقشه باید دست‌کم دو دوره داشته باشد</translation>
    </message>
    <message>
      <source>The name cannot be empty</source>
      <translation>نام نمی‌تواند خالی باشد</translation>
    </message>
    <message>
      <source>The period ends before it starts</source>
      <translation>پایان دوره پیش از شروع آن است</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>پایان دوره پیش از شروع آن است.</translation>
    </message>
    <message>
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>چیدمان ذخیره‌شده پنجره خراب بود و به حالت پیش‌فرض برگشت.</translation>
    </message>
    <message>
      <source>This value is not allowed here</source>
      <translation>این مقدار در اینجا مجاز نیست</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <source>Top-2-box (percent)</source>
      <translation>دو گزینه بالا (درصد)</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطه تماس</translation>
    </message>
    <message>
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطه تماس: گامی از سفر (عنوان و سپس نام احساس)</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>پس‌زمینه شفاف (PNG)</translation>
    </message>
    <message>
      <source>Type a name for the new period.</source>
      <translation>برای دوره جدید نامی بنویسید.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>واحد</translation>
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
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف کارت: تعداد؛ رنگ شدیدترین (ارغوانی تیره شدید، ارغوانی متوسط، صورتی کم)</translation>
    </message>
    <message>
      <source>Weak points:</source>
      <translation>نقاط ضعف:</translation>
    </message>
    <message>
      <source>Widescreen 16:9</source>
      <translation>عریض ۱۶:۹</translation>
    </message>
    <message>
      <source>Width (px)</source>
      <translation>عرض (پیکسل)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>در حال انجام…</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>کارگاه</translation>
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
      <source>Workshop: next / previous stage</source>
      <translation>کارگاه: مرحله بعدی / قبلی</translation>
    </message>
    <message>
      <source>Workshop: next / previous step of the journey</source>
      <translation>کارگاه: گام بعدی / قبلی سفر</translation>
    </message>
    <message>
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>کارگاه: تعیین احساس کارت انتخاب‌شده (۱ = کمترین … ۵ = بیشترین)</translation>
    </message>
    <message>
      <source>Writing the review report…</source>
      <translation>در حال نوشتن گزارش بازبینی…</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>بزرگ‌نمایی و کوچک‌نمایی</translation>
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
      <source>better</source>
      <translation>بهتر</translation>
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
      <source>for example: autumn 1405</source>
      <translation>برای نمونه: پاییز ۱۴۰۵</translation>
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
      <source>no change</source>
      <translation>بدون تغییر</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>تعیین نشده</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>بدتر</translation>
    </message>
    <message>
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، اندازه‌گیری‌شده در {period} (بدون مقدار در {reference})</translation>
    </message>
    <message>
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>سال «%1» میلادی است، اما تاریخ‌های این نقشه شمسی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>سال «%1» شمسی است، اما تاریخ‌های این نقشه میلادی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» تاریخ نیست؛ به شکل سال/ماه/روز بنویسید، برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» روزی از تقویم نیست (برای نمونه %2)</translation>
    </message>
    <message>
      <source>“%1” is not a number</source>
      <translation>«%1» عدد نیست</translation>
    </message>
  </context>
  <context>
    <name>MapForm</name>
    <message>
      <location filename="../../ui/map_form.py" line="26" />
      <source>Left to right</source>
      <translation>چپ به راست</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="27" />
      <source>Right to left</source>
      <translation>راست به چپ</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="29" />
      <source>Names of the emotion scores from lowest to highest, comma-separated</source>
      <translation>نام امتیازهای احساس از کمترین تا بیشترین، جدا شده با ویرگول</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="30" />
      <source>Description</source>
      <translation>توضیحات</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>North star</source>
      <translation>ستاره شمالی</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="31" />
      <source>Map language</source>
      <translation>زبان نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="32" />
      <source>Direction</source>
      <translation>جهت</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="32" />
      <source>Emotion names</source>
      <translation>نام احساس‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/map_form.py" line="44" />
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
      <location filename="../../ui/inspector.py" line="38" />
      <source>Assumed (workshop guess)</source>
      <translation>فرضی (حدس کارگاهی)</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="38" />
      <source>Survey</source>
      <translation>نظرسنجی</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="39" />
      <source>Interviews</source>
      <translation>مصاحبه</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="39" />
      <source>Analytics</source>
      <translation>داده‌های تحلیلی</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="44" />
      <source>comma-separated</source>
      <translation>جدا شده با ویرگول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Entry point</source>
      <translation>نقطه ورود</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="45" />
      <source>Exit point</source>
      <translation>نقطه خروج</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="50" />
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="50" />
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="50" />
      <source>Description</source>
      <translation>توضیحات</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="51" />
      <source>Stage</source>
      <translation>مرحله</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="51" />
      <source>Lane</source>
      <translation>ردیف</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="51" />
      <source>Expected emotion</source>
      <translation>احساس مورد انتظار</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="52" />
      <source>Feeling</source>
      <translation>احساس</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="52" />
      <source>Emotion note</source>
      <translation>یادداشت احساس</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="53" />
      <source>Emotion known from</source>
      <translation>منبع احساس</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="54" />
      <source>Desired feeling</source>
      <translation>احساس مطلوب</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="54" />
      <source>Owner</source>
      <translation>مسئول</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="55" />
      <source>Personas</source>
      <translation>پرسوناها</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="55" />
      <source>Tags</source>
      <translation>برچسب‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="87" />
      <source>Edit node</source>
      <translation>ویرایش نقطه</translation>
    </message>
    <message>
      <location filename="../../ui/inspector.py" line="126" />
      <source>not set</source>
      <translation>تعیین نشده</translation>
    </message>
  </context>
  <context>
    <name>PeriodPairDialog</name>
    <message>
      <location filename="../../ui/compare_view.py" line="141" />
      <source>Compare periods</source>
      <translation>مقایسه دوره‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="151" />
      <source>Choose two different periods</source>
      <translation>دو دوره متفاوت انتخاب کنید</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="154" />
      <source>Earlier period:</source>
      <translation>دوره قبلی:</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="155" />
      <source>Later period:</source>
      <translation>دوره بعدی:</translation>
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
    <name>Progress</name>
    <message>
      <location filename="../../ui/progress.py" line="26" />
      <source>Cancel</source>
      <translation>انصراف</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="28" />
      <source>Working…</source>
      <translation>در حال انجام…</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="59" />
      <source>Step %1 of %2</source>
      <translation>گام %1 از %2</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="60" />
      <source>Page %1 of %2</source>
      <translation>صفحه %1 از %2</translation>
    </message>
    <message>
      <location filename="../../ui/progress.py" line="61" />
      <source>Row %1 of %2</source>
      <translation>سطر %1 از %2</translation>
    </message>
  </context>
  <context>
    <name>ReviewNoteDialog</name>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="17" />
      <source>Accept weak point</source>
      <translation>پذیرفتن نقطه ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="17" />
      <source>Dismiss weak point</source>
      <translation>رد کردن نقطه ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="20" />
      <source>Card: %1</source>
      <translation>کارت: %1</translation>
    </message>
    <message>
      <location filename="../../ui/review_note_dialog.py" line="26" />
      <location filename="../../ui/review_note_dialog.py" line="33" />
      <source>Note (why):</source>
      <translation>یادداشت (دلیل):</translation>
    </message>
  </context>
  <context>
    <name>ShortcutsDialog</name>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="26" />
      <source>Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="30" />
      <source>Command</source>
      <translation>فرمان</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="30" />
      <source>Keys</source>
      <translation>کلیدها</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="47" />
      <source>Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="47" />
      <source>Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="53" />
      <source>Pan the map</source>
      <translation>جابه‌جا کردن نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="53" />
      <source>Space + drag, middle mouse button</source>
      <translation>Space + کشیدن، دکمه وسط ماوس</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="54" />
      <source>Zoom</source>
      <translation>بزرگ‌نمایی و کوچک‌نمایی</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="54" />
      <source>Mouse wheel</source>
      <translation>چرخ ماوس</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="55" />
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>کارگاه: تعیین احساس کارت انتخاب‌شده (۱ = کمترین … ۵ = بیشترین)</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="56" />
      <source>Workshop: next / previous step of the journey</source>
      <translation>کارگاه: گام بعدی / قبلی سفر</translation>
    </message>
    <message>
      <location filename="../../ui/shortcuts_dialog.py" line="58" />
      <source>Workshop: next / previous stage</source>
      <translation>کارگاه: مرحله بعدی / قبلی</translation>
    </message>
  </context>
  <context>
    <name>StructureDialog</name>
    <message>
      <location filename="../../ui/structure_dialog.py" line="72" />
      <location filename="../../ui/structure_dialog.py" line="235" />
      <source>Add</source>
      <translation>افزودن</translation>
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
      <translation>بالاتر</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="74" />
      <source>Move down</source>
      <translation>پایین‌تر</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="88" />
      <source>Name</source>
      <translation>نام</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="88" />
      <source>Width (px)</source>
      <translation>عرض (پیکسل)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="89" />
      <source>Height (px)</source>
      <translation>ارتفاع (پیکسل)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="89" />
      <source>Kind</source>
      <translation>نوع</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="89" />
      <source>Segment</source>
      <translation>بخش مشتریان</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="90" />
      <source>Description</source>
      <translation>توضیحات</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="90" />
      <source>Colour</source>
      <translation>رنگ</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="90" />
      <source>Lowest score</source>
      <translation>کمترین امتیاز</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="91" />
      <source>Highest score</source>
      <translation>بیشترین امتیاز</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="91" />
      <source>Better when</source>
      <translation>بهتر است وقتی</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="92" />
      <source>Calculation</source>
      <translation>روش محاسبه</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="92" />
      <source>Target</source>
      <translation>هدف</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="92" />
      <source>Unit</source>
      <translation>واحد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="93" />
      <source>Start</source>
      <translation>شروع</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="93" />
      <source>End</source>
      <translation>پایان</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="98" />
      <source>Channel</source>
      <translation>کانال</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="98" />
      <source>People (actor)</source>
      <translation>افراد (کنشگر)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="99" />
      <source>Backstage</source>
      <translation>پشت صحنه</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="99" />
      <source>Emotion</source>
      <translation>احساس</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="99" />
      <source>Other</source>
      <translation>سایر</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="101" />
      <source>Custom</source>
      <translation>سفارشی</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="103" />
      <source>Higher is better</source>
      <translation>بیشتر بهتر است</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="103" />
      <source>Lower is better</source>
      <translation>کمتر بهتر است</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="104" />
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (ترویج‌کنندگان منهای منتقدان)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="104" />
      <source>Top-2-box (percent)</source>
      <translation>دو گزینه بالا (درصد)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="105" />
      <source>Mean</source>
      <translation>میانگین</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="105" />
      <source>Percent</source>
      <translation>درصد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="157" />
      <source>“%1” is not a number</source>
      <translation>«%1» عدد نیست</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="164" />
      <source>The name cannot be empty</source>
      <translation>نام نمی‌تواند خالی باشد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="191" />
      <source>Edit %1</source>
      <translation>ویرایش %1</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="200" />
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 مقدار ذخیره‌شده این شاخص با روش محاسبه یا مقیاس تازه‌اش جور نیست. پاک شوند؟ (قابل واگرد است.)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="205" />
      <source>Clear values</source>
      <translation>پاک کردن مقدارها</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="213" />
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض مرحله باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="216" />
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع ردیف باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="219" />
      <source>The lowest score must be below the highest score</source>
      <translation>کمترین امتیاز باید از بیشترین امتیاز کمتر باشد</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="221" />
      <source>The period ends before it starts</source>
      <translation>پایان دوره پیش از شروع آن است</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="222" />
      <source>This value is not allowed here</source>
      <translation>این مقدار در اینجا مجاز نیست</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="234" />
      <source>New</source>
      <translation>جدید</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="246" />
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>%1 مورد از این استفاده می‌کنند. این و آن‌ها حذف شوند؟ (قابل واگرد است.)</translation>
    </message>
    <message>
      <location filename="../../ui/structure_dialog.py" line="259" />
      <source>Reorder</source>
      <translation>تغییر ترتیب</translation>
    </message>
  </context>
  <context>
    <name>SurveyImportDialog</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="31" />
      <location filename="../../ui/survey_dialog.py" line="168" />
      <source>Import survey</source>
      <translation>ورود نتایج نظرسنجی</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="38" />
      <source>File: %1</source>
      <translation>پرونده: %1</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>KPI</source>
      <translation>شاخص</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>Period</source>
      <translation>دوره</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="46" />
      <source>Old value</source>
      <translation>مقدار قبلی</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="47" />
      <source>New value</source>
      <translation>مقدار جدید</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="47" />
      <source>Answers</source>
      <translation>پاسخ‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="53" />
      <source>Import</source>
      <translation>وارد کردن</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="61" />
      <source>Existing period</source>
      <translation>دوره موجود</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="62" />
      <source>New period</source>
      <translation>دوره جدید</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="67" />
      <source>Choose a period…</source>
      <translation>یک دوره انتخاب کنید…</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="71" />
      <source>for example: autumn 1405</source>
      <translation>برای نمونه: پاییز ۱۴۰۵</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="75" />
      <source>Start</source>
      <translation>شروع</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="76" />
      <source>End</source>
      <translation>پایان</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="89" />
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>پرونده ستون دوره دارد: هر پاسخ به دوره‌ای می‌رود که در آن نوشته شده است.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="114" />
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>دوره‌ای را که این پاسخ‌ها به آن تعلق دارند انتخاب کنید یا دوره تازه‌ای بسازید.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="117" />
      <source>Type a name for the new period.</source>
      <translation>برای دوره جدید نامی بنویسید.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="119" />
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>دوره‌ای با نام «%1» از قبل هست؛ آن را از بالا انتخاب کنید.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="125" />
      <source>The period ends before it starts.</source>
      <translation>پایان دوره پیش از شروع آن است.</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="137" />
      <source>Nothing can be imported:</source>
      <translation>چیزی وارد نمی‌شود:</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="161" />
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 پاسخ، %2 مقدار (%3 مقدار موجود جایگزین می‌شود)</translation>
    </message>
  </context>
  <context>
    <name>TableFiles</name>
    <message>
      <location filename="../../ui/table_files.py" line="32" />
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>%1 ردیف قابل ورود نیست؛ هیچ چیزی وارد نشد.</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="42" />
      <source>New map from spreadsheet</source>
      <translation>نقشه جدید از صفحه‌گسترده</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="46" />
      <source>Cannot import spreadsheet</source>
      <translation>صفحه‌گسترده وارد نشد</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="67" />
      <source>Save spreadsheet template</source>
      <translation>ذخیره الگوی صفحه‌گسترده</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="76" />
      <source>Cannot save spreadsheet template</source>
      <translation>الگوی صفحه‌گسترده ذخیره نشد</translation>
    </message>
    <message>
      <location filename="../../ui/table_files.py" line="78" />
      <source>Saved %1</source>
      <translation>%1 ذخیره شد</translation>
    </message>
  </context>
  <context>
    <name>TemplateDialog</name>
    <message>
      <location filename="../../ui/template_dialog.py" line="17" />
      <source>New from template</source>
      <translation>جدید از روی الگو</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="24" />
      <source>Map language</source>
      <translation>زبان نقشه</translation>
    </message>
    <message>
      <location filename="../../ui/template_dialog.py" line="25" />
      <source>Template</source>
      <translation>الگو</translation>
    </message>
  </context>
  <context>
    <name>ToolsMixin</name>
    <message>
      <location filename="../../ui/window_tools.py" line="15" />
      <source>Stages</source>
      <translation>مراحل</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="15" />
      <source>Lanes</source>
      <translation>ردیف‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="15" />
      <source>Personas</source>
      <translation>پرسوناها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="16" />
      <source>KPIs</source>
      <translation>شاخص‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="16" />
      <source>Periods</source>
      <translation>دوره‌ها</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="42" />
      <source>Workshop mode: keys 1–5 set the emotion, Tab walks the journey</source>
      <translation>حالت کارگاه: کلیدهای ۱ تا ۵ احساس را تعیین می‌کنند و Tab در طول سفر پیش می‌رود</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="43" />
      <source>Workshop mode off</source>
      <translation>حالت کارگاه خاموش شد</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="178" />
      <source>Export review report</source>
      <translation>خروجی گزارش بازبینی</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="182" />
      <source>Writing the review report…</source>
      <translation>در حال نوشتن گزارش بازبینی…</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="185" />
      <source>Export cancelled: no file was written</source>
      <translation>خروجی گرفتن لغو شد: هیچ پرونده‌ای نوشته نشد</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="188" />
      <source>Cannot export</source>
      <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="190" />
      <source>Exported %1</source>
      <translation>خروجی ذخیره شد: %1</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="197" />
      <source>Map copied as an image</source>
      <translation>نقشه به‌صورت تصویر رونوشت شد</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="232" />
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>مجوز: MIT. استفاده، رونوشت، تغییر و هم‌رسانی journeymap آزاد است؛ بدون هیچ ضمانتی ارائه می‌شود.</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="233" />
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>قلم Cairo که برای نقشه‌ها و خروجی‌ها همراه برنامه است تحت مجوز SIL Open Font License 1.1 است (متن آن در «نمایش جزئیات…»).</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="236" />
      <source>About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <location filename="../../ui/window_tools.py" line="231" />
      <source>journeymap %1 — offline customer-journey maps with explainable weak points.</source>
      <translation>journeymap %1 — نقشه سفر مشتری بدون نیاز به اینترنت، با نقاط ضعفی که دلیلشان گفته می‌شود.</translation>
    </message>
  </context>
  <context>
    <name>WeakPointsPanel</name>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="49" />
      <source>Weak point</source>
      <translation>نقطه ضعف</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="49" />
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="67" />
      <source>Accept…</source>
      <translation>پذیرفتن…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="68" />
      <source>Dismiss…</source>
      <translation>رد کردن…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="69" />
      <source>Reopen</source>
      <translation>بازگشایی</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="83" />
      <source>High</source>
      <translation>شدید</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="83" />
      <source>Medium</source>
      <translation>متوسط</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="83" />
      <source>Low</source>
      <translation>کم</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="84" />
      <source>Info</source>
      <translation>اطلاع</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="87" />
      <source>Accepted</source>
      <translation>پذیرفته شد</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="87" />
      <source>Dismissed</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="96" />
      <source>Reviewed</source>
      <translation>بررسی‌شده</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="102" />
      <source>Journey: paths through several stages</source>
      <translation>سفر: مسیرهایی که از چند مرحله می‌گذرند</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="104" />
      <source>Stage: %1</source>
      <translation>مرحله: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="155" />
      <source>Show %1 more…</source>
      <translation>نمایش %1 مورد دیگر…</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="172" />
      <source>Select a weak point to read why it was flagged.</source>
      <translation>یک نقطه ضعف را انتخاب کنید تا دلیل آن را بخوانید.</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="174" />
      <source>Node: %1</source>
      <translation>نقطه: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="175" />
      <source>Severity: %1</source>
      <translation>شدت: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="177" />
      <source>Decision: %1</source>
      <translation>تصمیم: %1</translation>
    </message>
    <message>
      <location filename="../../ui/weakpoints_dock.py" line="217" />
      <source>Review weak point</source>
      <translation>بررسی نقطه ضعف</translation>
    </message>
  </context>
  <context>
    <name>WorkshopBar</name>
    <message>
      <location filename="../../ui/workshop.py" line="58" />
      <source>Workshop</source>
      <translation>کارگاه</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="61" />
      <source>Exit workshop</source>
      <translation>خروج از کارگاه</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="62" />
      <source>Fit</source>
      <translation>نمایش کل</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="63" />
      <source>Previous stage</source>
      <translation>مرحله قبل</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="64" />
      <source>Next stage</source>
      <translation>مرحله بعد</translation>
    </message>
    <message>
      <location filename="../../ui/workshop.py" line="82" />
      <source>Emotion keys:</source>
      <translation>کلیدهای احساس:</translation>
    </message>
  </context>
  <context>
    <name>dock</name>
    <message>
      <location filename="../../editor/legend_dock.py" line="142" />
      <source>&amp;Legend</source>
      <translation>راهنمای نقشه</translation>
    </message>
  </context>
  <context>
    <name>w</name>
    <message>
      <location filename="../../ui/actions.py" line="127" />
      <source>Main</source>
      <translation>اصلی</translation>
    </message>
  </context>
  <context>
    <name>window</name>
    <message>
      <location filename="../../ui/survey_dialog.py" line="180" />
      <source>Import survey</source>
      <translation>ورود نتایج نظرسنجی</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="181" />
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>پرونده‌های CSV (*.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="189" />
      <source>Reading the survey answers…</source>
      <translation>در حال خواندن پاسخ‌های نظرسنجی…</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="196" />
      <source>Survey import cancelled: nothing was imported</source>
      <translation>ورود نتایج نظرسنجی لغو شد: چیزی وارد نشد</translation>
    </message>
    <message>
      <location filename="../../ui/survey_dialog.py" line="199" />
      <source>Cannot import survey</source>
      <translation>نتایج نظرسنجی وارد نشد</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="122" />
      <source>Compare with…</source>
      <translation>مقایسه با…</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="123" />
      <source>Journey maps (*.json)</source>
      <translation>نقشه‌های سفر (*.json)</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="129" />
      <source>Cannot open map</source>
      <translation>نقشه باز نشد</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="132" />
      <source>Compare with %1</source>
      <translation>مقایسه با %1</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="174" />
      <source>The map needs two periods to compare</source>
      <translation>برای مقایسه، نقشه باید دست‌کم دو دوره داشته باشد</translation>
    </message>
    <message>
      <location filename="../../ui/compare_view.py" line="185" />
      <source>Compare %1 with %2</source>
      <translation>مقایسه %1 با %2</translation>
    </message>
  </context>
  <context>
    <name>LegendPanel</name>
    <message>
      <source>%1 (older)</source>
      <translation>%1 (قدیمی‌تر)</translation>
    </message>
    <message>
      <source>%1 answers → %2 values (%3 replace existing values)</source>
      <translation>%1 پاسخ، %2 مقدار (%3 مقدار موجود جایگزین می‌شود)</translation>
    </message>
    <message>
      <source>%1 is outside %2 … %3</source>
      <translation>%1 بیرون از بازه %2 تا %3 است</translation>
    </message>
    <message>
      <source>%1 items use this. Delete it and them? (You can undo.)</source>
      <translation>%1 مورد از این استفاده می‌کنند. این و آن‌ها حذف شوند؟ (قابل واگرد است.)</translation>
    </message>
    <message>
      <source>%1 nodes · %2 connections · %3 weak points · %4 selected</source>
      <translation>%1 نقطه، %2 اتصال، %3 نقطه ضعف، %4 انتخاب‌شده</translation>
    </message>
    <message>
      <source>%1 rows cannot be imported; nothing was imported.</source>
      <translation>%1 ردیف قابل ورود نیست؛ هیچ چیزی وارد نشد.</translation>
    </message>
    <message>
      <source>%1 stored values of this KPI do not fit its new method or scale. Clear them? (You can undo.)</source>
      <translation>%1 مقدار ذخیره‌شده این شاخص با روش محاسبه یا مقیاس تازه‌اش جور نیست. پاک شوند؟ (قابل واگرد است.)</translation>
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
      <source>&amp;Connect tool</source>
      <translation>ابزار اتصال</translation>
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
      <source>&amp;Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>&amp;Lanes…</source>
      <translation>ردیف‌ها…</translation>
    </message>
    <message>
      <source>&amp;Legend</source>
      <translation>راهنمای نقشه</translation>
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
      <source>+N: more KPIs than fit on the card (hover to see them)</source>
      <translation>+N: شاخص‌هایی بیش از جای کارت (نشانگر را رویش نگه دارید)</translation>
    </message>
    <message>
      <source>A lane is between %1 and %2 px high</source>
      <translation>ارتفاع ردیف باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <source>A period named “%1” already exists: choose it above.</source>
      <translation>دوره‌ای با نام «%1» از قبل هست؛ آن را از بالا انتخاب کنید.</translation>
    </message>
    <message>
      <source>A stage is between %1 and %2 px wide</source>
      <translation>عرض مرحله باید بین %1 و %2 پیکسل باشد</translation>
    </message>
    <message>
      <source>About journeymap</source>
      <translation>درباره journeymap</translation>
    </message>
    <message>
      <source>Accept weak point</source>
      <translation>پذیرفتن نقطه ضعف</translation>
    </message>
    <message>
      <source>Accepted</source>
      <translation>پذیرفته شد</translation>
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
      <source>Add a stage and a lane first (Map menu)</source>
      <translation>ابتدا یک مرحله و یک ردیف اضافه کنید (منوی نقشه)</translation>
    </message>
    <message>
      <source>Add key moment</source>
      <translation>افزودن لحظه کلیدی</translation>
    </message>
    <message>
      <source>Add touchpoint</source>
      <translation>افزودن نقطه تماس</translation>
    </message>
    <message>
      <source>Alternative</source>
      <translation>جایگزین</translation>
    </message>
    <message>
      <source>Alternative path</source>
      <translation>مسیر جایگزین</translation>
    </message>
    <message>
      <source>Analytics</source>
      <translation>داده‌های تحلیلی</translation>
    </message>
    <message>
      <source>Answers</source>
      <translation>پاسخ‌ها</translation>
    </message>
    <message>
      <source>Appeared</source>
      <translation>تازه پدید آمده</translation>
    </message>
    <message>
      <source>Assumed (workshop guess)</source>
      <translation>فرضی (حدس کارگاهی)</translation>
    </message>
    <message>
      <source>Autosave failed: %1</source>
      <translation>ذخیره خودکار انجام نشد: %1</translation>
    </message>
    <message>
      <source>Autosave is off: the data folder is not writable (%1).</source>
      <translation>ذخیره خودکار خاموش است: در پوشه داده‌ها نمی‌توان نوشت (%1).</translation>
    </message>
    <message>
      <source>Backstage</source>
      <translation>پشت صحنه</translation>
    </message>
    <message>
      <source>Before</source>
      <translation>قبل</translation>
    </message>
    <message>
      <source>Better when</source>
      <translation>بهتر است وقتی</translation>
    </message>
    <message>
      <source>Browse…</source>
      <translation>انتخاب…</translation>
    </message>
    <message>
      <source>CSV files (*.csv);;All files (*)</source>
      <translation>پرونده‌های CSV (*.csv);;همه پرونده‌ها (*)</translation>
    </message>
    <message>
      <source>Calculation</source>
      <translation>روش محاسبه</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>انصراف</translation>
    </message>
    <message>
      <source>Cannot export</source>
      <translation>خروجی گرفته نشد</translation>
    </message>
    <message>
      <source>Cannot import spreadsheet</source>
      <translation>صفحه‌گسترده وارد نشد</translation>
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
      <source>Cannot save spreadsheet template</source>
      <translation>الگوی صفحه‌گسترده ذخیره نشد</translation>
    </message>
    <message>
      <source>Card: %1</source>
      <translation>کارت: %1</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>تغییر</translation>
    </message>
    <message>
      <source>Channel</source>
      <translation>کانال</translation>
    </message>
    <message>
      <source>Choose a period…</source>
      <translation>یک دوره انتخاب کنید…</translation>
    </message>
    <message>
      <source>Choose the period these answers belong to, or create a new one.</source>
      <translation>دوره‌ای را که این پاسخ‌ها به آن تعلق دارند انتخاب کنید یا دوره تازه‌ای بسازید.</translation>
    </message>
    <message>
      <source>Choose two different periods</source>
      <translation>دو دوره متفاوت انتخاب کنید</translation>
    </message>
    <message>
      <source>Clear values</source>
      <translation>پاک کردن مقدارها</translation>
    </message>
    <message>
      <source>Colour</source>
      <translation>رنگ</translation>
    </message>
    <message>
      <source>Command</source>
      <translation>فرمان</translation>
    </message>
    <message>
      <source>Compare %1 with %2</source>
      <translation>مقایسه %1 با %2</translation>
    </message>
    <message>
      <source>Compare &amp;periods…</source>
      <translation>مقایسه دوره‌ها…</translation>
    </message>
    <message>
      <source>Compare &amp;with…</source>
      <translation>مقایسه با نقشه دیگر…</translation>
    </message>
    <message>
      <source>Compare periods</source>
      <translation>مقایسه دوره‌ها</translation>
    </message>
    <message>
      <source>Compare with %1</source>
      <translation>مقایسه با %1</translation>
    </message>
    <message>
      <source>Compare with…</source>
      <translation>مقایسه با…</translation>
    </message>
    <message>
      <source>Connect</source>
      <translation>اتصال</translation>
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
      <source>Custom</source>
      <translation>سفارشی</translation>
    </message>
    <message>
      <source>De&amp;lete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Decision: %1</source>
      <translation>تصمیم: %1</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Delete %1 items</source>
      <translation>حذف %1 مورد</translation>
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
      <source>Dismiss weak point</source>
      <translation>رد کردن نقطه ضعف</translation>
    </message>
    <message>
      <source>Dismissed</source>
      <translation>رد شد</translation>
    </message>
    <message>
      <source>Dismiss…</source>
      <translation>رد کردن…</translation>
    </message>
    <message>
      <source>Duplicate</source>
      <translation>تکثیر</translation>
    </message>
    <message>
      <source>Earlier period:</source>
      <translation>دوره قبلی:</translation>
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
      <source>Emotion</source>
      <translation>احساس</translation>
    </message>
    <message>
      <source>Emotion curve chart</source>
      <translation>نمودار منحنی احساس</translation>
    </message>
    <message>
      <source>Emotion curve: steps off the main path (branches), hollow on a dashed line</source>
      <translation>منحنی احساس: گام‌های بیرون از مسیر اصلی (شاخه‌ها)، توخالی روی خط‌چین</translation>
    </message>
    <message>
      <source>Emotion curve: the main path, in journey order</source>
      <translation>منحنی احساس: مسیر اصلی به ترتیب سفر</translation>
    </message>
    <message>
      <source>Emotion curves</source>
      <translation>منحنی‌های احساس</translation>
    </message>
    <message>
      <source>Emotion keys:</source>
      <translation>کلیدهای احساس:</translation>
    </message>
    <message>
      <source>Emotion known from</source>
      <translation>منبع احساس</translation>
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
      <source>End</source>
      <translation>پایان</translation>
    </message>
    <message>
      <source>Entry point</source>
      <translation>نقطه ورود</translation>
    </message>
    <message>
      <source>Existing period</source>
      <translation>دوره موجود</translation>
    </message>
    <message>
      <source>Exit point</source>
      <translation>نقطه خروج</translation>
    </message>
    <message>
      <source>Exit workshop</source>
      <translation>خروج از کارگاه</translation>
    </message>
    <message>
      <source>Expected emotion</source>
      <translation>احساس مورد انتظار</translation>
    </message>
    <message>
      <source>Expected emotion %1 (colour of the card's side band and badge)</source>
      <translation>احساس مورد انتظار %1 (رنگ نوار کناری و نشان کارت)</translation>
    </message>
    <message>
      <source>Expected emotion: {score}</source>
      <translation>احساس مورد انتظار: {score}</translation>
    </message>
    <message>
      <source>Export cancelled: no file was written</source>
      <translation>خروجی گرفتن لغو شد: هیچ پرونده‌ای نوشته نشد</translation>
    </message>
    <message>
      <source>Export map</source>
      <translation>خروجی گرفتن از نقشه</translation>
    </message>
    <message>
      <source>Export review &amp;report…</source>
      <translation>خروجی گزارش بازبینی…</translation>
    </message>
    <message>
      <source>Export review report</source>
      <translation>خروجی گزارش بازبینی</translation>
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
      <source>Faded chip: a value from an earlier period (its tooltip names the period)</source>
      <translation>برچسب کم‌رنگ: مقداری از دوره‌ای قدیمی‌تر (راهنمای آن نام دوره را می‌گوید)</translation>
    </message>
    <message>
      <source>Fallback</source>
      <translation>جبرانی</translation>
    </message>
    <message>
      <source>Fallback path (when something fails)</source>
      <translation>مسیر جبرانی (وقتی چیزی خراب می‌شود)</translation>
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
      <source>File: %1</source>
      <translation>پرونده: %1</translation>
    </message>
    <message>
      <source>Find node…</source>
      <translation>جستجوی نقطه…</translation>
    </message>
    <message>
      <source>Fit</source>
      <translation>نمایش کل</translation>
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
      <source>Flow: the usual next step</source>
      <translation>مسیر اصلی: گام بعدی معمول</translation>
    </message>
    <message>
      <source>From → to</source>
      <translation>مبدأ و مقصد</translation>
    </message>
    <message>
      <source>Height (px)</source>
      <translation>ارتفاع (پیکسل)</translation>
    </message>
    <message>
      <source>High</source>
      <translation>شدید</translation>
    </message>
    <message>
      <source>Higher is better</source>
      <translation>بیشتر بهتر است</translation>
    </message>
    <message>
      <source>Highest score</source>
      <translation>بیشترین امتیاز</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>وارد کردن</translation>
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
      <source>Inspector</source>
      <translation>مشخصات</translation>
    </message>
    <message>
      <source>Interface language</source>
      <translation>زبان رابط کاربری</translation>
    </message>
    <message>
      <source>Interviews</source>
      <translation>مصاحبه</translation>
    </message>
    <message>
      <source>Journey maps (*.json)</source>
      <translation>نقشه‌های سفر (*.json)</translation>
    </message>
    <message>
      <source>Journey: paths through several stages</source>
      <translation>سفر: مسیرهایی که از چند مرحله می‌گذرند</translation>
    </message>
    <message>
      <source>KPI</source>
      <translation>شاخص</translation>
    </message>
    <message>
      <source>KPI changes</source>
      <translation>تغییر شاخص‌ها</translation>
    </message>
    <message>
      <source>KPI off target</source>
      <translation>شاخص پایین‌تر از هدف</translation>
    </message>
    <message>
      <source>KPI on target: name, value, ▲/▼ change since the previous period</source>
      <translation>شاخص در حد هدف: نام، مقدار و تغییر ▲/▼ نسبت به دوره قبل</translation>
    </message>
    <message>
      <source>KPI values per period; type a value, clear a cell to remove it</source>
      <translation>مقدار شاخص‌ها در هر دوره؛ عدد را بنویسید و برای حذف، خانه را خالی کنید</translation>
    </message>
    <message>
      <source>KPI without a target</source>
      <translation>شاخص بدون هدف</translation>
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
      <source>Key moment (★ badge): a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی (نشان ★): لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
    <message>
      <source>Key moment: a moment that makes or breaks the journey</source>
      <translation>لحظه کلیدی: لحظه‌ای که سفر را می‌سازد یا خراب می‌کند</translation>
    </message>
    <message>
      <source>Keyboard shortcuts</source>
      <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
      <source>Keys</source>
      <translation>کلیدها</translation>
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
      <source>Later period:</source>
      <translation>دوره بعدی:</translation>
    </message>
    <message>
      <source>Latest data</source>
      <translation>آخرین داده‌ها</translation>
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
      <source>Licence: MIT. You may use, copy, change and share journeymap freely; it comes without warranty.</source>
      <translation>مجوز: MIT. استفاده، رونوشت، تغییر و هم‌رسانی journeymap آزاد است؛ بدون هیچ ضمانتی ارائه می‌شود.</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>کم</translation>
    </message>
    <message>
      <source>Lower is better</source>
      <translation>کمتر بهتر است</translation>
    </message>
    <message>
      <source>Lowest score</source>
      <translation>کمترین امتیاز</translation>
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
      <source>Mean</source>
      <translation>میانگین</translation>
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
      <source>Mouse wheel</source>
      <translation>چرخ ماوس</translation>
    </message>
    <message>
      <source>Move</source>
      <translation>جابه‌جایی</translation>
    </message>
    <message>
      <source>Move %1 nodes</source>
      <translation>جابه‌جایی %1 نقطه</translation>
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
      <source>NPS (promoters minus detractors)</source>
      <translation>NPS (ترویج‌کنندگان منهای منتقدان)</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>نام</translation>
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
      <source>New from sprea&amp;dsheet…</source>
      <translation>نقشه جدید از صفحه‌گسترده…</translation>
    </message>
    <message>
      <source>New from template</source>
      <translation>جدید از روی الگو</translation>
    </message>
    <message>
      <source>New map from spreadsheet</source>
      <translation>نقشه جدید از صفحه‌گسترده</translation>
    </message>
    <message>
      <source>New period</source>
      <translation>دوره جدید</translation>
    </message>
    <message>
      <source>New value</source>
      <translation>مقدار جدید</translation>
    </message>
    <message>
      <source>Next stage</source>
      <translation>مرحله بعد</translation>
    </message>
    <message>
      <source>No expected emotion yet</source>
      <translation>هنوز احساس مورد انتظاری تعیین نشده</translation>
    </message>
    <message>
      <source>No node matches “%1”</source>
      <translation>هیچ نقطه‌ای با «%1» پیدا نشد</translation>
    </message>
    <message>
      <source>Node</source>
      <translation>نقطه</translation>
    </message>
    <message>
      <source>Node removed</source>
      <translation>نقطه حذف شده</translation>
    </message>
    <message>
      <source>Node: %1</source>
      <translation>نقطه: %1</translation>
    </message>
    <message>
      <source>North star</source>
      <translation>ستاره شمالی</translation>
    </message>
    <message>
      <source>Not changed: the map would become invalid (%1)</source>
      <translation>تغییری داده نشد: نقشه نامعتبر می‌شد (%1)</translation>
    </message>
    <message>
      <source>Not measured in the later period</source>
      <translation>در دوره بعدی اندازه‌گیری نشده</translation>
    </message>
    <message>
      <source>Note (why):</source>
      <translation>یادداشت (دلیل):</translation>
    </message>
    <message>
      <source>Nothing can be imported:</source>
      <translation>چیزی وارد نمی‌شود:</translation>
    </message>
    <message>
      <source>Nothing imported</source>
      <translation>چیزی وارد نشد</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>اکنون</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>تأیید</translation>
    </message>
    <message>
      <source>Old value</source>
      <translation>مقدار قبلی</translation>
    </message>
    <message>
      <source>Older value: measured in %1, not in %2</source>
      <translation>مقدار قدیمی‌تر: در %1 اندازه‌گیری شده، نه در %2</translation>
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
      <source>Other</source>
      <translation>سایر</translation>
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
      <source>Page %1 of %2</source>
      <translation>صفحه %1 از %2</translation>
    </message>
    <message>
      <source>Page (PDF)</source>
      <translation>صفحه (PDF)</translation>
    </message>
    <message>
      <source>Pan the map</source>
      <translation>جابه‌جا کردن نقشه</translation>
    </message>
    <message>
      <source>Paste</source>
      <translation>چسباندن</translation>
    </message>
    <message>
      <source>People (actor)</source>
      <translation>افراد (کنشگر)</translation>
    </message>
    <message>
      <source>Percent</source>
      <translation>درصد</translation>
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
      <source>Period shown: KPI chips, weak points and the emotion curve</source>
      <translation>دوره نمایش‌داده‌شده: شاخص‌ها، نقاط ضعف و منحنی احساس</translation>
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
      <source>Pick a date</source>
      <translation>انتخاب تاریخ</translation>
    </message>
    <message>
      <source>Preferences</source>
      <translation>تنظیمات</translation>
    </message>
    <message>
      <source>Previous stage</source>
      <translation>مرحله قبل</translation>
    </message>
    <message>
      <source>Reading the survey answers…</source>
      <translation>در حال خواندن پاسخ‌های نظرسنجی…</translation>
    </message>
    <message>
      <source>Recover unsaved work</source>
      <translation>بازیابی کار ذخیره‌نشده</translation>
    </message>
    <message>
      <source>Redo</source>
      <translation>انجام دوباره</translation>
    </message>
    <message>
      <source>Rename</source>
      <translation>تغییر نام</translation>
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
      <source>Resize lane</source>
      <translation>تغییر ارتفاع ردیف</translation>
    </message>
    <message>
      <source>Resize stage</source>
      <translation>تغییر عرض مرحله</translation>
    </message>
    <message>
      <source>Resolution (dpi, PNG)</source>
      <translation>وضوح (dpi، PNG)</translation>
    </message>
    <message>
      <source>Resolved (few answers): %1</source>
      <translation>برطرف‌شده (با پاسخ‌های کم): %1</translation>
    </message>
    <message>
      <source>Resolved (measured again, no longer flagged)</source>
      <translation>برطرف‌شده (دوباره اندازه‌گیری شد و دیگر نقطه ضعف نیست)</translation>
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
      <source>Ringed point: the worst moment, or an end of the journey</source>
      <translation>نقطه حلقه‌دار: بدترین لحظه یا پایان سفر</translation>
    </message>
    <message>
      <source>Row %1 of %2</source>
      <translation>سطر %1 از %2</translation>
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
      <source>Save spreadsheet te&amp;mplate…</source>
      <translation>ذخیره الگوی صفحه‌گسترده…</translation>
    </message>
    <message>
      <source>Save spreadsheet template</source>
      <translation>ذخیره الگوی صفحه‌گسترده</translation>
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
      <source>Saved %1</source>
      <translation>%1 ذخیره شد</translation>
    </message>
    <message>
      <source>Segment</source>
      <translation>بخش مشتریان</translation>
    </message>
    <message>
      <source>Select &amp;all</source>
      <translation>انتخاب همه</translation>
    </message>
    <message>
      <source>Select a weak point to read why it was flagged.</source>
      <translation>یک نقطه ضعف را انتخاب کنید تا دلیل آن را بخوانید.</translation>
    </message>
    <message>
      <source>Set emotion</source>
      <translation>تعیین احساس</translation>
    </message>
    <message>
      <source>Severity: %1</source>
      <translation>شدت: %1</translation>
    </message>
    <message>
      <source>Show %1 more…</source>
      <translation>نمایش %1 مورد دیگر…</translation>
    </message>
    <message>
      <source>Skipped %1 damaged recovery file(s).</source>
      <translation>%1 پرونده بازیابی خراب نادیده گرفته شد.</translation>
    </message>
    <message>
      <source>Slides (PowerPoint)</source>
      <translation>اسلایدها (پاورپوینت)</translation>
    </message>
    <message>
      <source>Space + drag, middle mouse button</source>
      <translation>Space + کشیدن، دکمه وسط ماوس</translation>
    </message>
    <message>
      <source>Stage</source>
      <translation>مرحله</translation>
    </message>
    <message>
      <source>Stage: %1</source>
      <translation>مرحله: %1</translation>
    </message>
    <message>
      <source>Stages</source>
      <translation>مراحل</translation>
    </message>
    <message>
      <source>Standard 4:3</source>
      <translation>استاندارد ۴:۳</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>شروع</translation>
    </message>
    <message>
      <source>Step %1 of %2</source>
      <translation>گام %1 از %2</translation>
    </message>
    <message>
      <source>Still open</source>
      <translation>همچنان باز</translation>
    </message>
    <message>
      <source>Survey</source>
      <translation>نظرسنجی</translation>
    </message>
    <message>
      <source>Survey import cancelled: nothing was imported</source>
      <translation>ورود نتایج نظرسنجی لغو شد: چیزی وارد نشد</translation>
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
      <source>Target</source>
      <translation>هدف</translation>
    </message>
    <message>
      <source>Template</source>
      <translation>الگو</translation>
    </message>
    <message>
      <source>The Cairo font bundled for maps and exports is under the SIL Open Font License 1.1 (Show Details… for its text).</source>
      <translation>قلم Cairo که برای نقشه‌ها و خروجی‌ها همراه برنامه است تحت مجوز SIL Open Font License 1.1 است (متن آن در «نمایش جزئیات…»).</translation>
    </message>
    <message>
      <source>The file has a period column: each answer goes to the period it names.</source>
      <translation>پرونده ستون دوره دارد: هر پاسخ به دوره‌ای می‌رود که در آن نوشته شده است.</translation>
    </message>
    <message>
      <source>The lowest score must be below the highest score</source>
      <translation>کمترین امتیاز باید از بیشترین امتیاز کمتر باشد</translation>
    </message>
    <message>
      <source>The map needs two periods to compare</source>
      <translation>برای مقایسه، نقشه باید دست‌کم دو دوره داشته باشد</translation>
    </message>
    <message>
      <source>The name cannot be empty</source>
      <translation>نام نمی‌تواند خالی باشد</translation>
    </message>
    <message>
      <source>The period ends before it starts</source>
      <translation>پایان دوره پیش از شروع آن است</translation>
    </message>
    <message>
      <source>The period ends before it starts.</source>
      <translation>پایان دوره پیش از شروع آن است.</translation>
    </message>
    <message>
      <source>The saved window layout was damaged; it has been reset.</source>
      <translation>چیدمان ذخیره‌شده پنجره خراب بود و به حالت پیش‌فرض برگشت.</translation>
    </message>
    <message>
      <source>This value is not allowed here</source>
      <translation>این مقدار در اینجا مجاز نیست</translation>
    </message>
    <message>
      <source>Title</source>
      <translation>عنوان</translation>
    </message>
    <message>
      <source>Top-2-box (percent)</source>
      <translation>دو گزینه بالا (درصد)</translation>
    </message>
    <message>
      <source>Touchpoint</source>
      <translation>نقطه تماس</translation>
    </message>
    <message>
      <source>Touchpoint: a step of the journey (title, then the named feeling)</source>
      <translation>نقطه تماس: گامی از سفر (عنوان و سپس نام احساس)</translation>
    </message>
    <message>
      <source>Transparent background (PNG)</source>
      <translation>پس‌زمینه شفاف (PNG)</translation>
    </message>
    <message>
      <source>Type a name for the new period.</source>
      <translation>برای دوره جدید نامی بنویسید.</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>واگرد</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>واحد</translation>
    </message>
    <message>
      <source>Unsaved changes</source>
      <translation>تغییرات ذخیره‌نشده</translation>
    </message>
    <message>
      <source>Untitled</source>
      <translation>بی‌نام</translation>
    </message>
    <message>
      <source>Weak point</source>
      <translation>نقطه ضعف</translation>
    </message>
    <message>
      <source>Weak points</source>
      <translation>نقاط ضعف</translation>
    </message>
    <message>
      <source>Weak points of the card: count; colour of the most severe (dark magenta high, magenta medium, pink low)</source>
      <translation>نقاط ضعف کارت: تعداد؛ رنگ شدیدترین (ارغوانی تیره شدید، ارغوانی متوسط، صورتی کم)</translation>
    </message>
    <message>
      <source>Weak points:</source>
      <translation>نقاط ضعف:</translation>
    </message>
    <message>
      <source>Widescreen 16:9</source>
      <translation>عریض ۱۶:۹</translation>
    </message>
    <message>
      <source>Width (px)</source>
      <translation>عرض (پیکسل)</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>در حال انجام…</translation>
    </message>
    <message>
      <source>Workshop</source>
      <translation>کارگاه</translation>
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
      <source>Workshop mode: the structure is locked</source>
      <translation>حالت کارگاه: ساختار نقشه قفل است</translation>
    </message>
    <message>
      <source>Workshop: next / previous stage</source>
      <translation>کارگاه: مرحله بعدی / قبلی</translation>
    </message>
    <message>
      <source>Workshop: next / previous step of the journey</source>
      <translation>کارگاه: گام بعدی / قبلی سفر</translation>
    </message>
    <message>
      <source>Workshop: set the emotion of the selected card (1 = lowest … 5 = highest)</source>
      <translation>کارگاه: تعیین احساس کارت انتخاب‌شده (۱ = کمترین … ۵ = بیشترین)</translation>
    </message>
    <message>
      <source>Writing the review report…</source>
      <translation>در حال نوشتن گزارش بازبینی…</translation>
    </message>
    <message>
      <source>Zoom</source>
      <translation>بزرگ‌نمایی و کوچک‌نمایی</translation>
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
      <source>better</source>
      <translation>بهتر</translation>
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
      <source>for example: autumn 1405</source>
      <translation>برای نمونه: پاییز ۱۴۰۵</translation>
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
      <source>no change</source>
      <translation>بدون تغییر</translation>
    </message>
    <message>
      <source>not set</source>
      <translation>تعیین نشده</translation>
    </message>
    <message>
      <source>worse</source>
      <translation>بدتر</translation>
    </message>
    <message>
      <source>{kpi}: {value}, measured in {period} (no value in {reference})</source>
      <translation>{kpi}: {value}، اندازه‌گیری‌شده در {period} (بدون مقدار در {reference})</translation>
    </message>
    <message>
      <source>“%1” has a Gregorian year, but this map uses Jalali dates, for example %2</source>
      <translation>سال «%1» میلادی است، اما تاریخ‌های این نقشه شمسی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” has a Jalali (Solar Hijri) year, but this map uses Gregorian dates, for example %2</source>
      <translation>سال «%1» شمسی است، اما تاریخ‌های این نقشه میلادی است؛ برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” is not a date: type year/month/day, for example %2</source>
      <translation>«%1» تاریخ نیست؛ به شکل سال/ماه/روز بنویسید، برای نمونه %2</translation>
    </message>
    <message>
      <source>“%1” is not a day of the calendar (for example %2)</source>
      <translation>«%1» روزی از تقویم نیست (برای نمونه %2)</translation>
    </message>
    <message>
      <source>“%1” is not a number</source>
      <translation>«%1» عدد نیست</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>&amp;Look in:</source>
      <translation>پوشه:</translation>
    </message>
    <message>
      <source>Files of &amp;type:</source>
      <translation>نوع پرونده:</translation>
    </message>
    <message>
      <source>Look in:</source>
      <translation>پوشه:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>نوع پرونده:</translation>
    </message>
  </context>
  <context>
    <name>QShortcut</name>
    <message>
      <source>Backspace</source>
      <translation>پس‌بر</translation>
    </message>
    <message>
      <source>Tab</source>
      <translation>جهش</translation>
    </message>
    <message>
      <source>Backtab</source>
      <translation>جهش معکوس</translation>
    </message>
    <message>
      <source>Space</source>
      <translation>فاصله</translation>
    </message>
    <message>
      <source>Esc</source>
      <translation>گریز</translation>
    </message>
    <message>
      <source>Return</source>
      <translation>ورود</translation>
    </message>
    <message>
      <source>Enter</source>
      <translation>ورود</translation>
    </message>
    <message>
      <source>Ins</source>
      <translation>درج</translation>
    </message>
    <message>
      <source>Del</source>
      <translation>حذف</translation>
    </message>
    <message>
      <source>Home</source>
      <translation>خانه</translation>
    </message>
    <message>
      <source>End</source>
      <translation>پایان</translation>
    </message>
    <message>
      <source>PgUp</source>
      <translation>صفحه‌بالا</translation>
    </message>
    <message>
      <source>PgDown</source>
      <translation>صفحه‌پایین</translation>
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