"""Structure dialogs for people: labels in the UI language, combo boxes, any digits, Jalali dates."""
import datetime as dt

import pytest
from PySide6.QtWidgets import QComboBox

from journeymap.ui.structure_dialog import StructureDialog


def dialog_for(win, name, ui_language=None, code="en"):
    if ui_language:
        ui_language(code)
    return StructureDialog(win.controller, name, name, win)


def column(dialog, field):
    return dialog.fields.index(field)


def type_into(dialog, row, field, text):
    dialog.table.item(row, column(dialog, field)).setText(text)


@pytest.mark.parametrize("code,header", [("fa", "کمترین امتیاز"), ("ar", "أدنى درجة")])
def test_kpi_headers_in_the_ui_language(rtl_window, ui_language, code, header):
    dialog = dialog_for(rtl_window, "kpis", ui_language, code)
    headers = [dialog.table.horizontalHeaderItem(i).text() for i in range(dialog.table.columnCount())]
    assert header in headers and not any(h in ("scale_min", "higher_better", "top2box") for h in headers)


def test_kpi_target_accepts_persian_digits(rtl_window):
    dialog = dialog_for(rtl_window, "kpis")
    type_into(dialog, 2, "target", "۴")
    assert rtl_window.doc.map.kpis[2].target == 4
    type_into(dialog, 2, "target", "۳٫۲")
    assert rtl_window.doc.map.kpis[2].target == 3.2


def test_not_a_number_is_refused_in_words_and_nothing_changes(rtl_window):
    dialog = dialog_for(rtl_window, "kpis")
    before = rtl_window.doc.map.kpis
    type_into(dialog, 0, "target", "۴x")
    assert rtl_window.doc.map.kpis == before
    assert "is not a number" in dialog.refusal.text()


def test_lane_kind_is_a_combo_box_and_one_undo_step(rtl_window):
    dialog = dialog_for(rtl_window, "lanes")
    combo = dialog.table.cellWidget(0, column(dialog, "kind"))
    assert isinstance(combo, QComboBox) and combo.count() == 5
    combo.setCurrentIndex(combo.findData("backstage"))
    combo.activated.emit(combo.currentIndex())
    assert rtl_window.doc.map.lanes[0].kind == "backstage"
    rtl_window.stack.undo()
    assert rtl_window.doc.map.lanes[0].kind != "backstage"


def test_kpi_method_and_direction_are_combo_boxes(rtl_window):
    dialog = dialog_for(rtl_window, "kpis")
    for field in ("kind", "method", "direction"):
        assert isinstance(dialog.table.cellWidget(0, column(dialog, field)), QComboBox)


def test_periods_show_and_take_jalali_dates_in_a_persian_map(rtl_window):
    dialog = dialog_for(rtl_window, "periods")
    assert dialog.table.item(1, column(dialog, "start")).text() == "۱۴۰۵/۰۴/۰۱"
    type_into(dialog, 1, "end", "۱۴۰۵/۰۶/۳۱")
    assert rtl_window.doc.map.periods[1].end == dt.date(2026, 9, 22)


def test_gregorian_year_in_a_jalali_field_is_refused(rtl_window):
    dialog = dialog_for(rtl_window, "periods")
    before = rtl_window.doc.map.periods
    type_into(dialog, 1, "start", "2026-06-22")
    assert rtl_window.doc.map.periods == before and "Gregorian" in dialog.refusal.text()


def test_jalali_year_in_a_gregorian_field_is_refused(window):
    dialog = dialog_for(window, "periods")
    before = window.doc.map.periods
    type_into(dialog, 0, "start", "1405-07-01")
    assert window.doc.map.periods == before and "Jalali" in dialog.refusal.text()


def test_stage_width_out_of_range_refused_in_words(window):
    dialog = dialog_for(window, "stages")
    type_into(dialog, 0, "width", "50")
    assert "between" in dialog.refusal.text() and window.doc.map.stages[0].width != 50
