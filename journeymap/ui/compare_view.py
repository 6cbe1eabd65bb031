"""Compare view: the map coloured by change (added / changed / unchanged), KPI deltas, weak points
that appeared or were resolved, and the two emotion curves overlaid. Read-only: closing it leaves
the normal canvas exactly as it was."""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QFileDialog, QInputDialog, QSplitter, QTabWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

from journeymap.canvas import style
from journeymap.canvas.scene import MapScene
from journeymap.document import Document
from journeymap.editor.view import MapView
from journeymap.model.compare import diff_maps, diff_periods, node_status
from journeymap.model.io import MapFileError, load_map
from journeymap.model.schema import JourneyMap

STATUS_COLORS = {"added": "#2e9e5b", "changed": "#e67e22", "unchanged": "#b9c2cc", "removed": "#c0392b"}


class CompareDialog(QDialog):
    def __init__(self, parent, current: JourneyMap, result: dict, older: Optional[JourneyMap], title: str):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1300, 850)
        self.result = result
        self.doc = Document(current.model_copy(deep=True), self)
        self.scene = MapScene(self.doc, style.RenderOptions(export=True), self)
        self.status = node_status(result, [n.id for n in current.nodes])
        self.scene.compare_status = {k: STATUS_COLORS[v] for k, v in self.status.items()}
        self.view = MapView(self.scene)
        self.view.setInteractive(False)
        tabs = QTabWidget()
        tabs.addTab(self._kpi_tree(), self.tr("KPI changes"))
        tabs.addTab(self._weak_tree(), self.tr("Weak points"))
        tabs.addTab(self._curves(current, older), self.tr("Emotion curves"))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.view.fit_all()

    def _kpi_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Node"), self.tr("KPI"), self.tr("Before"), self.tr("Now"), self.tr("Change")])
        for d in self.result["kpi_deltas"]:
            item = QTreeWidgetItem([d["node"], d["kpi"], f"{d['old']:g} ({d['old_period']})",
                                    f"{d['new']:g} ({d['new_period']})", f"{d['delta']:+g}"])
            color = {"improved": style.KPI_GOOD, "worse": style.KPI_BAD}.get(d["verdict"], style.TEXT)
            item.setForeground(4, QBrush(QColor(color)))
            tree.addTopLevelItem(item)
        return tree

    def _weak_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels([self.tr("Weak point"), self.tr("Node")])
        for key, label in (("new", self.tr("Appeared")), ("resolved", self.tr("Resolved"))):
            group = QTreeWidgetItem([f"{label} ({len(self.result['weak_points'][key])})"])
            for p in self.result["weak_points"][key]:
                group.addChild(QTreeWidgetItem([p["message"], p["node_id"]]))
            tree.addTopLevelItem(group)
            group.setExpanded(True)
        return tree

    def _curves(self, current: JourneyMap, older: Optional[JourneyMap]):
        from PySide6.QtSvgWidgets import QSvgWidget

        from journeymap.charts.curves import emotion_curve_svg

        widget = QSvgWidget()
        widget.load(QByteArray(emotion_curve_svg(current, older)))
        return widget


def compare_with_file(window, path: Optional[str] = None) -> Optional[CompareDialog]:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, window.tr("Compare with…"), window._folder(), "Journey maps (*.json)")
        if not path:
            return None
    try:
        older = load_map(path)
    except MapFileError as exc:
        window.show_error(window.tr("Cannot open map"), str(exc))
        return None
    current = window.doc.map
    dialog = CompareDialog(window, current, diff_maps(older, current), older, window.tr("Compare with %1").replace("%1", path))
    return dialog


def compare_periods(window, old_period: Optional[str] = None, new_period: Optional[str] = None) -> Optional[CompareDialog]:
    periods = window.doc.map.periods
    if len(periods) < 2:
        window.statusBar().showMessage(window.tr("The map needs two periods to compare"), 4000)
        return None
    labels = [p.label for p in periods]
    if old_period is None or new_period is None:
        old_label, ok = QInputDialog.getItem(window, window.tr("Compare periods"), window.tr("Earlier period:"), labels, len(labels) - 2, False)
        if not ok:
            return None
        new_label, ok = QInputDialog.getItem(window, window.tr("Compare periods"), window.tr("Later period:"), labels, len(labels) - 1, False)
        if not ok:
            return None
        old_period, new_period = (next(p.id for p in periods if p.label == lbl) for lbl in (old_label, new_label))
    current = window.doc.map
    result = diff_periods(current, old_period, new_period)
    result["nodes"] = {"added": [], "removed": [], "changed": []}
    return CompareDialog(window, current, result, None, window.tr("Compare periods"))
