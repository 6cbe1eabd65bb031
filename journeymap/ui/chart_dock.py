"""Charts in the window: the emotion curve dock and the inspector's KPI trend chart.

matplotlib is imported only when a chart is first drawn (never at start-up), and the dock redraws
only while it is visible, debounced after edits.
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

REDRAW_DELAY_MS = 400


def svg_widget():
    from PySide6.QtSvgWidgets import QSvgWidget

    return QSvgWidget()


class EmotionCurvePanel(QWidget):
    """Expected emotion along the main path, measured satisfaction beside it, worst and end marked."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.chart = svg_widget()
        self.chart.setMinimumHeight(220)
        layout = QVBoxLayout(self)
        layout.addWidget(self.chart)
        self._timer = QTimer(self, singleShot=True, interval=REDRAW_DELAY_MS, timeout=self.redraw)
        doc.changed.connect(self._schedule)
        self.drawn_revision = -1

    def _schedule(self) -> None:
        if self.isVisible():
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.drawn_revision != self.doc.revision:
            self._timer.start()

    def redraw(self) -> None:
        from journeymap.charts.curves import emotion_curve_svg

        self.chart.load(QByteArray(emotion_curve_svg(self.doc.map, width=9, height=3.2)))
        self.drawn_revision = self.doc.revision


class KpiTrendChart(QWidget):
    """A small chart of one node's KPIs across periods, with targets dashed."""

    def __init__(self, doc, parent=None):
        super().__init__(parent)
        self.doc = doc
        self.chart = svg_widget()
        self.chart.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart)
        self.node_id: str | None = None
        self._key = None

    def show_node(self, node_id: str) -> None:
        values = tuple((m.kpi_id, m.period_id, m.value) for m in self.doc.map.measurements if m.node_id == node_id)
        self.setVisible(bool(values))
        key = (node_id, values, tuple(p.label for p in self.doc.map.periods))
        if not values or key == self._key:
            return
        from journeymap.charts.curves import kpi_trend_svg

        self._key = key
        self.chart.load(QByteArray(kpi_trend_svg(self.doc.map, node_id)))
