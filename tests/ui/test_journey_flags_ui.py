"""Journey-level flags in the dock (grouped by stage or path, all their steps highlighted), the
KPI interval in the Inspector, and where an expected emotion comes from."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItemIterator

from journeymap.ui.weakpoints_dock import GROUP_ROLE, POINT_ROLE


def rows(panel):
    found, iterator = [], QTreeWidgetItemIterator(panel.tree)
    while iterator.value():
        found.append(iterator.value())
        iterator += 1
    return found


def flag_item(panel, rule):
    return next(item for item in rows(panel) if item.parent() is not None and item.data(0, POINT_ROLE).rule == rule)


def test_stage_flags_are_grouped_under_their_stage(window):
    window.runner.run_now()
    panel = window.weak_panel
    item = flag_item(panel, "single_point_of_failure")
    point = item.data(0, POINT_ROLE)
    stage = next(s for s in window.doc.map.stages if s.id == point.evidence["stage_id"])
    assert item.parent().data(0, GROUP_ROLE) == f"stage:{stage.id}"
    assert item.parent().text(0).startswith(f"Stage: {stage.name} (")
    path_flag = flag_item(panel, "channel_switches")
    assert path_flag.parent().data(0, GROUP_ROLE) == "path:entry_to_exit"
    severities = {item.data(0, GROUP_ROLE) for item in rows(panel) if item.parent() is None}
    assert "high" in severities  # card-level flags stay grouped by severity


def test_clicking_a_journey_flag_selects_every_step_involved(window, qtbot):
    window.runner.run_now()
    panel = window.weak_panel
    item = flag_item(panel, "channel_switches")
    steps = item.data(0, POINT_ROLE).evidence["node_ids"]
    assert len(steps) > 2
    rect = panel.tree.visualItemRect(item)
    panel.tree.scrollToItem(item)
    rect = panel.tree.visualItemRect(item)
    qtbot.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=rect.center())
    assert sorted(window.scene.selected_node_ids()) == sorted(steps)
    card = flag_item(panel, "kpi_below_target")
    panel.tree.scrollToItem(card)
    qtbot.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=panel.tree.visualItemRect(card).center())
    assert window.scene.selected_node_ids() == [card.data(0, POINT_ROLE).node_id]


def test_kpi_cell_tooltip_shows_the_interval(window):
    from journeymap.ui.kpi_table import KpiTable

    window.focus_node("h-checkin")
    table = window.inspector.findChild(KpiTable)
    row = [k.id for k in window.doc.map.kpis].index("k-csat")
    tip = table.item(row, 1).toolTip()  # 57% of 176 answers in 2026-Q3
    assert "n = 176" in tip and "95% interval 50% to 64%" in tip


def test_emotion_source_is_one_undo_step_and_silences_assumed_emotion(window, qtbot):
    from journeymap.ui.inspector import NodeForm

    window.focus_node("h-room")
    form = window.inspector.findChild(NodeForm)
    assert form.source.isEnabled() and form.source.currentData() == "assumed"
    before = window.stack.count()
    form.source.setFocus()
    qtbot.keyClick(form.source, "I")  # keyboard search in the closed combo box: "Interviews"
    assert window.doc.node("h-room").expected_emotion.emotion_source == "interviews"
    assert window.stack.count() == before + 1
    window.stack.undo()
    assert window.doc.node("h-room").expected_emotion.emotion_source == "assumed"
    assert form.source.currentData() == "assumed"
