"""A readable weak-points dock: node titles, whole messages in the details pane, tooltips in words,
expansion state kept, decisions as translated words."""
from PySide6.QtWidgets import QTreeWidgetItemIterator


def rows(panel):
    found = []
    iterator = QTreeWidgetItemIterator(panel.tree)
    while iterator.value():
        found.append(iterator.value())
        iterator += 1
    return found


def flag_rows(panel):
    return [item for item in rows(panel) if item.parent() is not None]


def group(panel, key):
    from journeymap.ui.weakpoints_dock import GROUP_ROLE

    return next(item for item in rows(panel) if item.data(0, GROUP_ROLE) == key)


def test_rows_name_the_node_and_tooltips_have_no_rule_ids_or_dicts(rtl_window):
    rtl_window.runner.run_now()
    panel = rtl_window.weak_panel
    titles = {n.title for n in rtl_window.doc.map.nodes}
    flags = flag_rows(panel)
    assert flags and all(item.text(0).strip("\u2068\u2069") in titles for item in flags)
    for item in flags:
        tip = item.toolTip(1)
        assert "{" not in tip and "kpi_below_target" not in tip and "_" not in tip


def test_details_pane_shows_the_whole_message(rtl_window):
    rtl_window.runner.run_now()
    panel = rtl_window.weak_panel
    item = max(flag_rows(panel), key=lambda i: len(i.text(1)))
    panel.tree.setCurrentItem(item)
    assert item.text(1) in panel.details.text()
    assert rtl_window.doc.map.node(item.data(0, 0x100)[1]).title in panel.details.text()


def test_user_text_in_tooltips_is_literal(rtl_window):
    node = rtl_window.doc.map.nodes[0]
    rtl_window.controller.rename(node.id, "<img src=file:///dev/zero>")
    rtl_window.runner.run_now()
    tips = [i.toolTip(0) for i in flag_rows(rtl_window.weak_panel) if i.data(0, 0x100)[1] == node.id]
    assert all("&lt;img" in tip and "<img" not in tip for tip in tips)


def test_reviewed_group_stays_expanded_after_another_review(rtl_window):
    rtl_window.runner.run_now()
    panel = rtl_window.weak_panel
    first, second = (item.data(0, 0x100) for item in flag_rows(panel)[:2])
    panel.record(*first, "accepted", "known")
    rtl_window.runner.run_now()
    group(panel, "reviewed").setExpanded(True)  # the user opens it
    panel.record(*second, "dismissed")
    rtl_window.runner.run_now()
    reviewed = group(panel, "reviewed")
    assert reviewed.isExpanded() and reviewed.childCount() == 2
    severity = flag_rows(panel)[0].parent()
    key = severity.data(0, 0x101)
    severity.setExpanded(False)  # and closes a severity group
    rtl_window.runner.run_now()
    assert not group(panel, key).isExpanded() and group(panel, "reviewed").isExpanded()


def test_decisions_are_words_in_the_ui_language(qtbot, ui_language):
    from journeymap.model.io import load_map
    from journeymap.ui.main_window import MainWindow
    from tests.editor.conftest import sample

    ui_language("fa")
    win = MainWindow(load_map(sample("store_fa")))
    qtbot.addWidget(win)
    win.runner.run_now()
    panel = win.weak_panel
    panel.record(*flag_rows(panel)[0].data(0, 0x100), "accepted")
    win.runner.run_now()
    reviewed = group(panel, "reviewed").child(0).text(1)
    assert reviewed.startswith("پذیرفته") and "[accepted]" not in reviewed
    win.stack.setClean()


def digits(text: str) -> str:
    """Latin digits, no group separators (the UI may localise both)."""
    return text.translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789", ",٬\u2066\u2067\u2068\u2069"))


def test_a_big_group_comes_in_pages_and_show_more_adds_the_next(qtbot):
    """5,000 cards give thousands of flags: the dock adds them a page at a time, a click on
    "Show … more" adds the next page, and the status bar still counts every open flag."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from benchmarks.synthetic import synthetic_map
    from journeymap.model.weakpoints import open_points
    from journeymap.ui.main_window import MainWindow
    from journeymap.ui.weakpoints_dock import MORE_ROLE, PAGE_ROWS, POINT_ROLE

    win = MainWindow(synthetic_map(1200))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.runner.run_now()
    panel = win.weak_panel
    medium = group(panel, "medium")
    members = [p for p in win.runner.points if panel.group_of(p) == "medium"]
    assert len(members) > PAGE_ROWS + 10
    assert digits(medium.text(0)).endswith(f"({len(members)})")  # the group counts all its flags
    assert medium.childCount() == PAGE_ROWS + 1
    more = medium.child(PAGE_ROWS)
    assert more.data(0, MORE_ROLE) is not None and str(len(members) - PAGE_ROWS) in more.text(0)
    panel.tree.scrollToItem(more)
    QTest.mouseClick(panel.tree.viewport(), Qt.LeftButton, Qt.NoModifier, panel.tree.visualItemRect(more).center())
    qtbot.waitUntil(lambda: medium.childCount() > PAGE_ROWS + 1)
    shown = [medium.child(i).data(0, POINT_ROLE) for i in range(medium.childCount())]
    shown = [p for p in shown if p is not None]
    assert shown == members[:len(shown)] and len(shown) == min(len(members), 2 * PAGE_ROWS)
    assert f"{len(open_points(win.runner.points))} weak points" in digits(win.status_counts.text())
    win.stack.setClean()


def test_node_column_isolates_a_mixed_direction_title_as_plain_text(rtl_window):
    """A title with markup, Persian digits and Latin letters keeps its own order in the RTL dock."""
    from PySide6.QtCore import Qt

    rtl_window.runner.run_now()
    panel = rtl_window.weak_panel
    node_id = flag_rows(panel)[0].data(0, 0x100)[1]  # a card with a flag
    title = "<b>x</b> ۱۲ abc"
    rtl_window.controller.rename(node_id, title)
    rtl_window.runner.run_now()
    mine = [i for i in flag_rows(panel) if i.data(0, 0x100)[1] == node_id]
    assert mine and all(i.text(0) == "\u2068" + title + "\u2069" for i in mine)
    panel.tree.setCurrentItem(mine[0])
    assert "\u2068" + title + "\u2069" in panel.details.text()
    assert panel.details.textFormat() == Qt.PlainText


def test_accept_asks_for_a_note_in_a_dialog_that_names_the_flag_and_card(rtl_window, qtbot):
    """Accept… opens a dialog with the flag's message, the card's title (literal) and a wide
    multi-line note; OK records the decision with the note."""
    from PySide6.QtCore import QTimer, Qt
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit

    rtl_window.runner.run_now()
    panel = rtl_window.weak_panel
    item = flag_rows(panel)[0]
    rule, node_id = item.data(0, 0x100)
    rtl_window.controller.rename(node_id, "<img src=file:///dev/zero>")
    rtl_window.runner.run_now()
    item = next(i for i in flag_rows(panel) if i.data(0, 0x100) == (rule, node_id))
    panel.tree.setCurrentItem(item)
    message = item.data(0, 0x102).message  # the flag's WeakPoint
    seen = {}

    def answer():
        dialog = QApplication.activeModalWidget()
        labels = [label for label in dialog.findChildren(QLabel) if label.isVisible()]
        seen["title"] = dialog.windowTitle()
        seen["labels"] = [(label.text(), label.textFormat()) for label in labels]
        note = dialog.findChild(QPlainTextEdit)
        seen["width"] = note.width()
        qtbot.keyClicks(note, "known issue")
        qtbot.keyClick(note, Qt.Key_Return)
        qtbot.keyClicks(note, "fix in Q3")
        qtbot.mouseClick(dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok), Qt.LeftButton)

    QTimer.singleShot(0, answer)
    qtbot.mouseClick(panel.accept_button, Qt.LeftButton)
    assert "<img src=file:///dev/zero>" in seen["title"]
    texts = [text for text, _ in seen["labels"]]
    assert message in texts
    assert any("<img src=file:///dev/zero>" in text for text in texts)
    assert all(fmt == Qt.PlainText for text, fmt in seen["labels"] if "<img" in text)
    assert seen["width"] >= 400
    review = next(r for r in rtl_window.doc.map.reviews if r.node_id == node_id and r.rule == rule)
    assert (review.decision, review.note) == ("accepted", "known issue\nfix in Q3")
