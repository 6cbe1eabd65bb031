"""The compare dialog tells the truth, in the UI language: groups, node titles, digits, isolated signs."""
import pytest

from journeymap.ui.compare_view import compare_periods
from journeymap.ui.display import LRI, PDI

AUTUMN = [("n-checkout", "k-csat", 90.0), ("n-search", "k-ces", 3.9)]


def with_autumn(win):
    """Add an autumn period in which only two touchpoints were measured again."""
    from journeymap import commands
    from journeymap.model.schema import Measurement, Period

    doc = win.doc
    periods = [*doc.map.periods, Period(id="q-autumn", label="پاییز ۱۴۰۵")]
    win.controller.push(commands.SetStructureCommand(doc, "periods", periods, "x"))
    values = [Measurement(node_id=n, kpi_id=k, period_id="q-autumn", value=v) for n, k, v in AUTUMN]
    win.controller.push(commands.SetMeasurementsCommand(doc, [*doc.map.measurements, *values], "x"))
    return compare_periods(win, "q-1405-2", "q-autumn")


def groups(dialog):
    tree = dialog.weak_tree
    return {tree.topLevelItem(i).text(0): [tree.topLevelItem(i).child(j) for j in range(tree.topLevelItem(i).childCount())]
            for i in range(tree.topLevelItemCount())}


@pytest.mark.parametrize("code,not_measured,resolved", [
    ("fa", "در دوره بعدی اندازه‌گیری نشده", "برطرف‌شده"), ("ar", "لم تُقَس في الفترة اللاحقة", "تمت معالجتها")])
def test_groups_in_the_ui_language_with_local_digits(rtl_window, ui_language, code, not_measured, resolved):
    ui_language(code)
    dialog = with_autumn(rtl_window)
    names = list(groups(dialog))
    assert any(name.startswith(not_measured) for name in names)
    assert any(name.startswith(resolved) for name in names)
    assert not any(ch.isascii() and ch.isdigit() for name in names for ch in name)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert not any(ch.isascii() and ch.isalpha() for tab in tabs for ch in tab)


def test_rows_name_nodes_by_title_never_by_id(rtl_window):
    dialog = with_autumn(rtl_window)
    titles = {n.title for n in rtl_window.doc.map.nodes}
    rows = [child for children in groups(dialog).values() for child in children]
    assert rows and all(row.text(0).strip("\u2068\u2069") in titles for row in rows)
    assert not any("n-" in row.text(0) for row in rows)


def test_resolved_only_when_measured_again(rtl_window):
    dialog = with_autumn(rtl_window)
    by_group = {name.split(" (")[0]: children for name, children in groups(dialog).items()}
    resolved = next(children for name, children in by_group.items() if name.startswith("Resolved"))
    unmeasured = by_group["Not measured in the later period"]
    measured_titles = {rtl_window.doc.map.node(n).title for n, _, _ in AUTUMN}
    assert all(row.text(0).strip("\u2068\u2069") in measured_titles for row in resolved)
    assert any(row.text(0).strip("\u2068\u2069") == "تحویل مرسوله" for row in unmeasured)


def test_changes_keep_the_sign_left_of_the_number(rtl_window, ui_language):
    ui_language("fa")
    dialog = with_autumn(rtl_window)
    tree = dialog.kpi_tree
    changes = [tree.topLevelItem(i).text(4) for i in range(tree.topLevelItemCount())]
    negative = next(text for text in changes if "-" in text)
    assert negative.startswith(LRI + "-") and PDI in negative  # "−۱٫۲" stays "−۱٫۲" in a right-to-left line
    assert not any(ch.isascii() and ch.isdigit() for text in changes for ch in text)


def test_period_pair_dialog_preselects_the_last_two_and_refuses_the_same_twice(rtl_window):
    from PySide6.QtWidgets import QDialogButtonBox

    from journeymap.ui.compare_view import PeriodPairDialog

    periods = rtl_window.doc.map.periods
    dialog = PeriodPairDialog(rtl_window, periods)
    assert dialog.chosen() == (periods[-2].id, periods[-1].id)
    ok = dialog.buttons.button(QDialogButtonBox.Ok)
    assert ok.isEnabled()
    dialog.later.setCurrentIndex(dialog.earlier.currentIndex())
    assert not ok.isEnabled()


@pytest.mark.parametrize("answers,caveat", [(4, True), (29, True), (30, False), (None, False)])
def test_resolved_on_too_few_answers_says_so(rtl_window, answers, caveat):
    """A flag "resolved" by a reading with fewer answers than the map's small-sample minimum (30)
    carries the caveat; 30 answers or more (or no count at all) read as plainly resolved."""
    from journeymap import commands
    from journeymap.model.schema import Measurement, Period

    doc = rtl_window.doc
    assert doc.map.rules.small_sample == 30
    periods = [*doc.map.periods, Period(id="q-autumn", label="پاییز ۱۴۰۵")]
    rtl_window.controller.push(commands.SetStructureCommand(doc, "periods", periods, "x"))
    values = [Measurement(node_id=n, kpi_id=k, period_id="q-autumn", value=v, sample_size=answers) for n, k, v in AUTUMN]
    rtl_window.controller.push(commands.SetMeasurementsCommand(doc, [*doc.map.measurements, *values], "x"))
    dialog = compare_periods(rtl_window, "q-1405-2", "q-autumn")
    resolved = next(rows for name, rows in groups(dialog).items() if name.startswith("Resolved"))
    kpi_rows = [row for row in resolved if "CSAT" in row.text(1) or "CES" in row.text(1)]
    assert kpi_rows
    assert all(row.text(1).startswith("Resolved (few answers): ") == caveat for row in kpi_rows)
