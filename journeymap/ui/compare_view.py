"""Compare view: the map coloured by change (added / changed / unchanged), KPI changes, weak points
grouped by what happened to them (appeared, resolved, still open, not measured in the later period),
and the two emotion curves overlaid. Read-only: closing it leaves the normal canvas exactly as it was.
Everything is in the UI language, with localized digits and numbers isolated for right-to-left text."""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHeaderView, QLabel,
                               QSplitter, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout)

from journeymap.canvas import style
from journeymap.canvas.scene import MapScene
from journeymap.document import Document
from journeymap.editor.view import MapView
from journeymap.model.compare import diff_maps, diff_periods, format_change, node_status, weak_point_groups
from journeymap.model.io import MapFileError, load_map
from journeymap.model.metrics import format_value
from journeymap.model.schema import JourneyMap
from journeymap.ui.display import WrapDelegate, count, isolate, number
from journeymap.ui.plain_text import escaped_tooltip

STATUS_COLORS = {"added": "#2e9e5b", "changed": "#e67e22", "unchanged": "#b9c2cc", "removed": "#c0392b"}
GROUP_COLORS = {"appeared": style.KPI_BAD, "resolved": style.KPI_GOOD, "still_open": style.TEXT,
                "not_measured": "#7f8c8d", "node_removed": "#7f8c8d"}


class CompareDialog(QDialog):
    def __init__(self, parent, current: JourneyMap, result: dict, older: Optional[JourneyMap], title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1300, 850)
        self.result, self.current = result, current
        self.doc = Document(current.detached(), self)
        self.scene = MapScene(self.doc, style.RenderOptions(export=True), self)
        self.status = node_status(result, [n.id for n in current.nodes])
        self.scene.compare_status = {k: STATUS_COLORS[v] for k, v in self.status.items()}
        self.view = MapView(self.scene)
        self.view.setInteractive(False)
        self.tabs = QTabWidget()
        self.kpi_tree, self.weak_tree = self._kpi_tree(), self._weak_tree()
        self.tabs.addTab(self.weak_tree, self.tr("Weak points"))
        self.tabs.addTab(self.kpi_tree, self.tr("KPI changes"))
        self.tabs.addTab(self._curves(current, older), self.tr("Emotion curves"))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.tabs)
        splitter.setSizes([450, 400])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.view.fit_all()

    def group_name(self, group: str) -> str:
        return {"appeared": self.tr("Appeared"), "resolved": self.tr("Resolved (measured again, no longer flagged)"),
                "still_open": self.tr("Still open"), "not_measured": self.tr("Not measured in the later period"),
                "node_removed": self.tr("Node removed")}[group]

    def verdict_name(self, verdict: str) -> str:
        return {"improved": self.tr("better"), "worse": self.tr("worse"), "same": self.tr("no change")}[verdict]

    def _kpi_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setRootIsDecorated(False)
        tree.setHeaderLabels([self.tr("Node"), self.tr("KPI"), self.tr("Before"), self.tr("Now"), self.tr("Change")])
        kpis = {k.id: k for k in self.current.kpis}
        for d in self.result["kpi_deltas"]:
            kpi = kpis[d["kpi_id"]]
            before = f"{number(format_value(kpi, d['old']))}  ({isolate(d['old_period'])})"
            now = f"{number(format_value(kpi, d['new']))}  ({isolate(d['new_period'])})"
            change = f"{number(format_change(kpi, d['delta']))}  {self.verdict_name(d['verdict'])}"
            item = QTreeWidgetItem([isolate(d["node"]), isolate(d["kpi"]), before, now, change])
            color = {"improved": style.KPI_GOOD, "worse": style.KPI_BAD}.get(d["verdict"], style.TEXT)
            item.setForeground(4, QBrush(QColor(color)))
            tree.addTopLevelItem(item)
        header = tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(False)
        return tree

    def _weak_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.ElideNone)
        tree.setItemDelegateForColumn(1, WrapDelegate(tree))
        tree.header().sectionResized.connect(lambda *_: tree.doItemsLayout())
        tree.setUniformRowHeights(False)
        tree.setHeaderLabels([self.tr("Node"), self.tr("Weak point")])
        for group, points in weak_point_groups(self.result):
            top = QTreeWidgetItem([f"{self.group_name(group)} ({count(len(points))})"])
            top.setForeground(0, QBrush(QColor(GROUP_COLORS[group])))
            for p in points:
                message = p["message"]
                if p.get("few_answers"):  # the later reading is below the analysis' minimum of answers
                    message = self.tr("Resolved (few answers): %1").replace("%1", message)
                child = QTreeWidgetItem([isolate(p["node_title"]), message])
                child.setToolTip(1, escaped_tooltip(message))
                top.addChild(child)
            tree.addTopLevelItem(top)
            top.setFirstColumnSpanned(True)
            top.setExpanded(True)
        header = tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        tree.setColumnWidth(0, 260)
        return tree

    def _curves(self, current: JourneyMap, older: Optional[JourneyMap]):
        from PySide6.QtSvgWidgets import QSvgWidget

        from journeymap.charts.curves import emotion_curve_svg

        widget = QSvgWidget()
        widget.load(QByteArray(emotion_curve_svg(current, older)))
        return widget


def compare_with_file(window, path: Optional[str] = None) -> Optional[CompareDialog]:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, window.tr("Compare with…"), window._folder(),
                                              window.tr("Journey maps (*.json)"))
        if not path:
            return None
    try:
        older = load_map(path)
    except MapFileError as exc:
        window.show_error(window.tr("Cannot open map"), str(exc))
        return None
    current = window.doc.map
    title = window.tr("Compare with %1").replace("%1", isolate(os.path.basename(path)))
    return CompareDialog(window, current, diff_maps(older, current), older, title)


class PeriodPairDialog(QDialog):
    """Compare periods: the earlier and the later period in one dialog (the last two preselected)."""

    def __init__(self, parent, periods):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare periods"))
        self.earlier, self.later = QComboBox(), QComboBox()
        for combo in (self.earlier, self.later):
            for period in periods:
                combo.addItem(period.label, period.id)
        self.earlier.setCurrentIndex(len(periods) - 2)
        self.later.setCurrentIndex(len(periods) - 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self.tr("Choose two different periods"))
        self.problem.setStyleSheet("color: #c0392b")
        form = QFormLayout(self)
        form.addRow(self.tr("Earlier period:"), self.earlier)
        form.addRow(self.tr("Later period:"), self.later)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        for combo in (self.earlier, self.later):
            combo.currentIndexChanged.connect(self._check)
        self._check()

    def _check(self, *_args) -> None:
        same = self.earlier.currentIndex() == self.later.currentIndex()
        self.problem.setVisible(same)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(not same)

    def chosen(self) -> tuple[str, str]:
        return self.earlier.currentData(), self.later.currentData()


def compare_periods(window, old_period: Optional[str] = None, new_period: Optional[str] = None) -> Optional[CompareDialog]:
    periods = window.doc.map.periods
    if len(periods) < 2:
        window.statusBar().showMessage(window.tr("The map needs two periods to compare"), 4000)
        return None
    if old_period is None or new_period is None:
        chooser = PeriodPairDialog(window, periods)
        if chooser.exec() != QDialog.Accepted:
            return None
        old_period, new_period = chooser.chosen()
    current = window.doc.map
    result = diff_periods(current, old_period, new_period)
    result["nodes"] = {"added": [], "removed": [], "changed": []}
    labels = {p.id: p.label for p in periods}
    title = window.tr("Compare %1 with %2").replace("%1", isolate(labels[old_period])).replace("%2", isolate(labels[new_period]))
    return CompareDialog(window, current, result, None, title)
