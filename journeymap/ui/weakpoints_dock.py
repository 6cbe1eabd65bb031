"""Weak-points dock: the flags of the analysis (ui/analysis_runner.py), grouped, with decisions."""
from __future__ import annotations

import html
from typing import Optional

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from journeymap import commands
from journeymap.canvas.style import SEVERITY_COLORS
from journeymap.document import Document
from journeymap.model.schema import Review
from journeymap.model.weakpoints import SEVERITIES, WeakPoint, group_key, review_key
from journeymap.ui.analysis_runner import AnalysisRunner
from journeymap.ui.display import WrapDelegate, count, isolate
from journeymap.ui.review_note_dialog import ReviewNoteDialog

GROUP_ROLE = Qt.UserRole + 1  # a group row's key (severity or "reviewed")
POINT_ROLE = Qt.UserRole + 2  # a flag row's WeakPoint
MORE_ROLE = Qt.UserRole + 3  # a "Show more" row: (the group's flags, how many are shown)
PAGE_ROWS = 200  # flags added to a group at a time


def rich_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally (escaped inside rich text, so it also wraps)."""
    return f"<p>{html.escape(text)}</p>"


class WeakPointsPanel(QWidget):
    """Flags grouped by severity; click selects and centres the node; accept/dismiss with a note.

    The node title is the first column, the message the stretching last column (wrapped); the
    selected flag is explained in full in the details pane under the list. Groups keep their
    expanded/collapsed state across refreshes; ``group_of`` decides a flag's group (extend it for
    new groupings).
    """

    nodeActivated = Signal(str)
    stepsActivated = Signal(list)  # the steps a journey-level flag concerns (node ids)

    def __init__(self, controller, runner: AnalysisRunner, parent=None):
        super().__init__(parent)
        self.controller, self.doc, self.runner = controller, controller.doc, runner
        self.collapsed: set[str] = {"reviewed"}
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Node"), self.tr("Weak point")])
        self.tree.setWordWrap(True)  # whole messages, wrapped to the dock's width
        self.tree.setTextElideMode(Qt.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setColumnWidth(0, 130)
        self.tree.header().setStretchLastSection(True)
        self.tree.setItemDelegateForColumn(1, WrapDelegate(self.tree))
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(lambda item: item.data(0, MORE_ROLE) is not None and self._clicked(item))
        self.tree.currentItemChanged.connect(lambda item, _old: self.show_details(item))
        self.tree.itemExpanded.connect(lambda item: self._remember(item, True))
        self.tree.itemCollapsed.connect(lambda item: self._remember(item, False))
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.PlainText)
        self.details.setMinimumHeight(60)
        self.details.setAlignment(Qt.AlignTop | Qt.AlignLeading)
        self.accept_button = QPushButton(self.tr("Accept…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        buttons = QHBoxLayout()
        for button, decision in ((self.accept_button, "accepted"), (self.dismiss_button, "dismissed"),
                                 (self.reopen_button, None)):
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)
        runner.updated.connect(self.show_points)
        self.show_details(None)

    def severity_name(self, severity: str) -> str:
        return {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low"),
                "info": self.tr("Info")}[severity]

    def decision_name(self, decision: str) -> str:
        return {"accepted": self.tr("Accepted"), "dismissed": self.tr("Dismissed")}[decision]

    def group_of(self, point: WeakPoint) -> str:
        where = group_key(point)  # journey-level flags: the stage or the paths they concern
        return "reviewed" if point.decision else f"{where[0]}:{where[1]}" if where else point.severity

    def group_title(self, key: str, size: int) -> str:
        if key.startswith(("stage:", "path:")):
            return f"{self.where_name(key)} ({count(size)})"
        name = self.tr("Reviewed") if key == "reviewed" else self.severity_name(key)
        return f"{name} ({count(size)})"

    def where_name(self, key: str) -> str:
        kind, _, ident = key.partition(":")
        if kind == "path":
            return self.tr("Journey: paths through several stages")
        name = next((s.name for s in self.doc.map.stages if s.id == ident), ident)
        return self.tr("Stage: %1").replace("%1", name)

    def _remember(self, item: QTreeWidgetItem, expanded: bool) -> None:
        key = item.data(0, GROUP_ROLE)
        if key:
            (self.collapsed.discard if expanded else self.collapsed.add)(key)

    def show_points(self, points: list[WeakPoint]) -> None:
        current = self.tree.currentItem()
        selected = current.data(0, Qt.UserRole) if current else None
        blocker = QSignalBlocker(self.tree)
        self.tree.clear()
        groups: dict[str, list[WeakPoint]] = {key: [] for key in (*SEVERITIES, "reviewed")}
        for point in points:
            groups.setdefault(self.group_of(point), []).append(point)
        for key, members in groups.items():
            if members:
                self._add_group(key, members, selected)
        del blocker
        self.show_details(self.tree.currentItem())

    def _add_group(self, key: str, members: list[WeakPoint], selected) -> None:
        group = QTreeWidgetItem([self.group_title(key, len(members))])
        group.setData(0, GROUP_ROLE, key)
        if key in SEVERITY_COLORS:
            group.setForeground(0, QBrush(QColor(SEVERITY_COLORS[key])))
        self.tree.addTopLevelItem(group)
        group.setFirstColumnSpanned(True)
        shown = self._add_rows(group, members, 0, selected)
        if selected is not None and not any(selected == (p.rule, p.node_id) for p in members[:shown]):
            wanted = next((i for i, p in enumerate(members) if selected == (p.rule, p.node_id)), None)
            if wanted is not None:  # the selected flag lies further down: show the rows up to it
                self._show_more(group, wanted + 1, selected)
        group.setExpanded(key not in self.collapsed)

    def _add_rows(self, group: QTreeWidgetItem, members: list[WeakPoint], start: int, selected, upto: int = 0) -> int:
        """Rows for members[start:] in pages of PAGE_ROWS (a big map has thousands of flags), then a
        "Show more" row; returns how many members the group shows."""
        end = min(len(members), max(start + PAGE_ROWS, upto))
        for point in members[start:end]:
            message = point.message if not point.decision else f"{self.decision_name(point.decision)}: {point.message}"
            title = self.doc.node(point.node_id).title
            item = QTreeWidgetItem([isolate(title), message])  # its own direction in an RTL row
            item.setToolTip(1, rich_tooltip(message))
            item.setToolTip(0, rich_tooltip(title))
            item.setData(0, Qt.UserRole, (point.rule, point.node_id))
            item.setData(0, POINT_ROLE, point)
            group.addChild(item)
            if selected == (point.rule, point.node_id):
                self.tree.setCurrentItem(item)
        if end < len(members):
            more = QTreeWidgetItem([self.tr("Show %1 more…").replace("%1", count(len(members) - end))])
            more.setData(0, MORE_ROLE, (members, end))
            group.addChild(more)
            more.setFirstColumnSpanned(True)
        return end

    def _show_more(self, group: QTreeWidgetItem, upto: int = 0, selected=None) -> None:
        """Replace the group's "Show more" row with the next page of flags (or all up to ``upto``)."""
        more = group.child(group.childCount() - 1)
        members, start = more.data(0, MORE_ROLE)
        group.removeChild(more)
        self._add_rows(group, members, start, selected, upto)

    def show_details(self, item: Optional[QTreeWidgetItem]) -> None:
        """The whole message of the selected flag, its node, and the review decision with its note."""
        point = item.data(0, POINT_ROLE) if item is not None else None
        if point is None:
            self.details.setText(self.tr("Select a weak point to read why it was flagged."))
            return
        lines = [point.message, self.tr("Node: %1").replace("%1", isolate(self.doc.node(point.node_id).title)),
                 self.tr("Severity: %1").replace("%1", self.severity_name(point.severity))]
        if point.decision:
            decision = self.tr("Decision: %1").replace("%1", self.decision_name(point.decision))
            lines.append(decision + (f" — {point.decision_note}" if point.decision_note else ""))
        self.details.setText("\n".join(lines))

    def _clicked(self, item: QTreeWidgetItem) -> None:
        if item.data(0, MORE_ROLE) is not None:
            group = item.parent()
            QTimer.singleShot(0, lambda: self._show_more(group))  # not while the view handles this click
            return
        data = item.data(0, Qt.UserRole)
        if data:
            self.nodeActivated.emit(data[1])
            point = item.data(0, POINT_ROLE)
            if point is not None and len(point.evidence.get("node_ids", ())) > 1:
                self.stepsActivated.emit(list(point.evidence["node_ids"]))  # highlight every step involved

    def decide(self, decision: Optional[str]) -> None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.UserRole) if item else None
        if not data:
            return
        note = ""
        point = item.data(0, POINT_ROLE)
        if decision:
            dialog = ReviewNoteDialog(decision, point.message, self.doc.node(data[1]).title, self)
            if dialog.exec() != QDialog.Accepted:
                return
            note = dialog.note_text()
        self.record(data[0], data[1], decision, note, point.evidence.get("kpi_id") if point else None)

    def record(self, rule: str, node_id: str, decision: Optional[str], note: str = "",
               kpi_id: Optional[str] = None) -> None:
        """Record (or, with no decision, reopen) the decision on ONE weak point: rule, card and KPI."""
        import datetime as dt

        key = (rule, node_id, kpi_id)
        reviews = [r for r in self.doc.map.reviews if review_key(r) != key]
        if decision:
            reviews.append(Review(rule=rule, node_id=node_id, kpi_id=kpi_id, decision=decision, note=note,
                                  date=dt.date.today()))
        self.controller.push(commands.SetReviewsCommand(self.doc, reviews, self.tr("Review weak point")))
