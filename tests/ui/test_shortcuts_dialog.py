"""The keyboard-shortcuts window speaks the UI's language: key names too, not only commands."""
import pytest


@pytest.mark.parametrize("code,backspace,page_down", [("fa", "پس‌بر", "صفحه‌پایین"),
                                                      ("ar", "حذف للخلف", "الصفحة التالية")])
def test_key_names_are_translated(rtl_window, ui_language, code, backspace, page_down):
    from journeymap.ui.shortcuts_dialog import ShortcutsDialog

    ui_language(code)
    dialog = ShortcutsDialog(rtl_window)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    keys = " ".join(rows.values())
    for english in ("Backspace", "PgDown", "PgUp", "Tab", "Del"):
        assert english not in keys, english
    delete_keys = next(k for c, k in rows.items() if backspace in k)
    assert "\u2066" + backspace + "\u2069" in delete_keys  # a whole key name, isolated
    assert page_down in keys
