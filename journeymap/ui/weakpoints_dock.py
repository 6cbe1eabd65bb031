"""Weak-points dock and the debounced analysis that feeds it and the canvas markers."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QHBoxLayout, QInputDialog, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)

from journeymap import commands
from journeymap.canvas.style import SEVERITY_COLORS
from journeymap.document import Document
from journeymap.model.schema import Review
from journeymap.model.weakpoints import SEVERITIES, WeakPoint, analyze

ANALYSIS_DELAY_MS = 250


class AnalysisRunner(QObject):
    """Re-runs the weak-point analysis after edits, debounced, never on the paint path."""

    updated = Signal(list)

    def __init__(self, doc: Document, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.doc = doc
        self.period_id: Optional[str] = None
        self.points: list[WeakPoint] = []
        self._timer = QTimer(self, singleShot=True, interval=ANALYSIS_DELAY_MS, timeout=self.run_now)
        doc.changed.connect(self._timer.start)

    def schedule(self) -> None:
        """Run soon (debounced), off the current call stack and after pending paints."""
        self._timer.start()

    def set_period(self, period_id: Optional[str]) -> None:
        self.period_id = period_id
        self.run_now()

    def run_now(self) -> None:
        self._timer.stop()
        period = self.period_id if self.period_id in {p.id for p in self.doc.map.periods} else None
        self.points = analyze(self.doc.map, period)
        self.updated.emit(self.points)


class WeakPointsPanel(QWidget):
    """Flags grouped by severity; click selects and centres the node; accept/dismiss with a note."""

    nodeActivated = Signal(str)

    def __init__(self, controller, runner: AnalysisRunner, parent=None):
        super().__init__(parent)
        self.controller, self.doc, self.runner = controller, controller.doc, runner
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Weak point"), self.tr("Node")])
        self.tree.setColumnWidth(0, 300)
        self.tree.itemClicked.connect(self._clicked)
        self.accept_button = QPushButton(self.tr("Accept…"))
        self.dismiss_button = QPushButton(self.tr("Dismiss…"))
        self.reopen_button = QPushButton(self.tr("Reopen"))
        buttons = QHBoxLayout()
        for button, decision in ((self.accept_button, "accepted"), (self.dismiss_button, "dismissed"),
                                 (self.reopen_button, None)):
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        runner.updated.connect(self.show_points)

    def severity_name(self, severity: str) -> str:
        return {"high": self.tr("High"), "medium": self.tr("Medium"), "low": self.tr("Low"),
                "info": self.tr("Info")}[severity]

    def show_points(self, points: list[WeakPoint]) -> None:
        self.tree.clear()
        groups = {}
        for severity in SEVERITIES:
            count = sum(1 for p in points if p.severity == severity and p.decision is None)
            group = QTreeWidgetItem([f"{self.severity_name(severity)} ({count})"])
            group.setForeground(0, QBrush(QColor(SEVERITY_COLORS[severity])))
            groups[severity] = group
        reviewed = QTreeWidgetItem([self.tr("Reviewed")])
        for point in points:
            node = self.doc.node(point.node_id)
            item = QTreeWidgetItem([point.message, node.title])
            item.setToolTip(0, f"{point.rule}: {point.message}\n{point.evidence}")
            item.setData(0, Qt.UserRole, (point.rule, point.node_id))
            if point.decision:
                item.setText(0, f"[{self.tr('accepted') if point.decision == 'accepted' else self.tr('dismissed')}] {point.message}")
                reviewed.addChild(item)
            else:
                groups[point.severity].addChild(item)
        for group in [*groups.values(), reviewed]:
            if group.childCount():
                self.tree.addTopLevelItem(group)
                group.setExpanded(group is not reviewed)

    def _clicked(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, Qt.UserRole)
        if data:
            self.nodeActivated.emit(data[1])

    def decide(self, decision: Optional[str]) -> None:
        item = self.tree.currentItem()
        data = item.data(0, Qt.UserRole) if item else None
        if not data:
            return
        note = ""
        if decision:
            note, ok = QInputDialog.getText(self, self.tr("Review weak point"), self.tr("Note (why):"))
            if not ok:
                return
        self.record(data[0], data[1], decision, note)

    def record(self, rule: str, node_id: str, decision: Optional[str], note: str = "") -> None:
        import datetime as dt

        reviews = [r for r in self.doc.map.reviews if (r.rule, r.node_id) != (rule, node_id)]
        if decision:
            reviews.append(Review(rule=rule, node_id=node_id, decision=decision, note=note, date=dt.date.today()))
        self.controller.push(commands.SetReviewsCommand(self.doc, reviews, self.tr("Review weak point")))
