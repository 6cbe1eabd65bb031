"""Survey import cannot write into the wrong quarter: the user picks or creates the period."""
import datetime as dt

from PySide6.QtWidgets import QDialogButtonBox

from journeymap.ui.survey_dialog import finish, import_survey_interactive

CSV = "node,kpi,score\nتحویل مرسوله,NPS,10\nتحویل مرسوله,NPS,9\n"


def write(tmp_path, name, text=CSV):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.Ok)


def test_nothing_preselected_and_ok_disabled_until_a_period_is_chosen(rtl_window, tmp_path):
    dialog = import_survey_interactive(rtl_window, write(tmp_path, "answers.csv"), confirm=False)
    assert dialog.existing.currentData() is None
    assert not dialog.use_existing.isChecked() and not dialog.use_new.isChecked()
    assert not ok_button(dialog).isEnabled() and dialog.problem.text()
    dialog.existing.setCurrentIndex(dialog.existing.findData("q-1405-2"))
    assert ok_button(dialog).isEnabled()


def test_file_name_naming_a_period_preselects_it(rtl_window, tmp_path):
    dialog = import_survey_interactive(rtl_window, write(tmp_path, "نظرسنجی بهار ۱۴۰۵.csv"), confirm=False)
    assert dialog.existing.currentData() == "q-1405-1" and ok_button(dialog).isEnabled()


def test_csv_dates_inside_one_period_preselect_it(rtl_window, tmp_path):
    text = "node,kpi,score,date\nتحویل مرسوله,NPS,10,2026-07-01\nتحویل مرسوله,NPS,9,2026-08-30\n"
    dialog = import_survey_interactive(rtl_window, write(tmp_path, "x.csv", text), confirm=False)
    assert dialog.existing.currentData() == "q-1405-2"


def test_new_period_with_jalali_dates_is_one_undo_step(rtl_window, tmp_path):
    before = list(rtl_window.doc.map.periods)
    dialog = import_survey_interactive(rtl_window, write(tmp_path, "autumn.csv"), confirm=False)
    dialog.new_label.setText("پاییز ۱۴۰۵")
    dialog.new_label.textEdited.emit("پاییز ۱۴۰۵")
    dialog.start.line.setText("۱۴۰۵/۰۷/۰۱")
    dialog.end.line.setText("۱۴۰۵/۰۹/۳۰")
    dialog.start.edited.emit()
    assert dialog.use_new.isChecked() and ok_button(dialog).isEnabled(), dialog.problem.text()
    assert finish(rtl_window, dialog)
    jmap = rtl_window.doc.map
    autumn = jmap.periods[-1]
    assert (autumn.label, autumn.start, autumn.end) == ("پاییز ۱۴۰۵", dt.date(2026, 9, 23), dt.date(2026, 12, 21))
    assert any(m.period_id == autumn.id and m.node_id == "n-delivery" for m in jmap.measurements)
    rtl_window.stack.undo()
    assert rtl_window.doc.map.periods == before
    assert not any(m.period_id == autumn.id for m in rtl_window.doc.map.measurements)


def test_existing_name_and_bad_dates_are_refused_in_words(rtl_window, tmp_path):
    dialog = import_survey_interactive(rtl_window, write(tmp_path, "a.csv"), confirm=False)
    dialog.use_new.setChecked(True)
    dialog.new_label.setText("تابستان ۱۴۰۵")
    dialog.update_preview()
    assert not ok_button(dialog).isEnabled() and "already exists" in dialog.problem.text()
    dialog.new_label.setText("پاییز")
    dialog.start.line.setText("2026-09-23")  # a Gregorian year in a Persian (Jalali) map
    dialog.update_preview()
    assert not ok_button(dialog).isEnabled() and "Gregorian" in dialog.problem.text()


def test_a_period_column_decides_and_the_dialog_says_so(rtl_window, tmp_path):
    from PySide6.QtWidgets import QLabel

    text = "node,kpi,period,score\nتحویل مرسوله,NPS,بهار ۱۴۰۵,10\n"
    dialog = import_survey_interactive(rtl_window, write(tmp_path, "p.csv", text), confirm=False)
    assert not dialog.existing.isEnabled() and not dialog.new_label.isEnabled()
    assert ok_button(dialog).isEnabled()
    assert any("period column" in label.text() for label in dialog.findChildren(QLabel))
    assert finish(rtl_window, dialog)
    assert any(m.period_id == "q-1405-1" and m.node_id == "n-delivery" and m.value == 100
               for m in rtl_window.doc.map.measurements)


def test_a_new_period_gets_a_quarter_end_from_its_start(rtl_window, tmp_path):
    """Typing the start of a new period (Jalali, Persian digits) proposes the end of that quarter,
    Mehr 1 -> Azar 30, not the start day itself; an end the user typed is kept."""
    dialog = import_survey_interactive(rtl_window, write(tmp_path, "autumn.csv"), confirm=False)
    dialog.start.line.insert("۱۴۰۵/۰۷/۰۱")  # as a Persian keyboard types it (QTest has no Persian keys)
    dialog.start.line.editingFinished.emit()  # what leaving the field does (offscreen has no focus changes)
    assert dialog.end.date() == dt.date(2026, 12, 21)  # 1405/09/30
    dialog.end.line.setText("۱۴۰۵/۰۸/۱۵")
    dialog.start.edited.emit()
    assert dialog.end.date() == dt.date(2026, 11, 6)  # the user's own end stays
