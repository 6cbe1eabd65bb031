"""The node's KPI values per period, editable: rows are KPIs, columns are periods."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from journeymap import commands
from journeymap.canvas import style
from journeymap.editor.controller import EditorController
from journeymap.model.messages import localize_digits
from journeymap.model.numbers import NumberError, parse_number
from journeymap.model.schema import Measurement
from journeymap.model.stats import format_interval, kpi_interval
from journeymap.ui.display import isolate, ui_language
from journeymap.ui.plain_text import escaped_tooltip, show_tooltip


def parse_value(text: str) -> float:
    """A KPI value typed in any digits ("۴٫۵", "4,5", "72%"), through the one shared parser."""
    return parse_number(text, decimal_comma=True, percent=True)


class KpiTable(QTableWidget):
    def __init__(self, controller: EditorController, parent=None):
        super().__init__(parent)
        self.controller, self.doc = controller, controller.doc
        self.node_id: str | None = None
        self.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                             | QAbstractItemView.AnyKeyPressed)
        self.setMinimumHeight(150)
        self.itemChanged.connect(self._cell_edited)
        self.setToolTip(self.tr("KPI values per period; type a value, clear a cell to remove it"))

    def show_node(self, node_id: str) -> None:
        self.node_id = node_id
        jmap = self.doc.map
        values = {(m.kpi_id, m.period_id): m for m in jmap.measurements if m.node_id == node_id}
        blocker = QSignalBlocker(self)
        self.setRowCount(len(jmap.kpis))
        self.setColumnCount(len(jmap.periods))
        self.setVerticalHeaderLabels([k.name for k in jmap.kpis])
        self.setHorizontalHeaderLabels([p.label for p in jmap.periods])
        for row, kpi in enumerate(jmap.kpis):
            for column, period in enumerate(jmap.periods):
                m = values.get((kpi.id, period.id))
                item = QTableWidgetItem("" if m is None else localize_digits(f"{m.value:g}", ui_language()))
                if m is not None and m.sample_size is not None:
                    interval = format_interval(kpi, kpi_interval(kpi, m), ui_language())  # "95% interval 60% to 72%"
                    item.setToolTip("\n".join(filter(None, (self.tr("n = %1").replace(
                        "%1", localize_digits(str(m.sample_size), ui_language())), interval))))
                item.setTextAlignment(Qt.AlignCenter)
                self.setItem(row, column, item)
        self._mark_shown_values(node_id)
        del blocker

    def period_id(self):
        """The period chosen in the window's toolbar (None: latest data)."""
        runner = getattr(self.window(), "runner", None)
        chosen = getattr(runner, "period_id", None)
        return chosen if chosen in {p.id for p in self.doc.map.periods} else None

    def _mark_shown_values(self, node_id: str) -> None:
        """Bold: the value the card shows for each KPI (model/derived.py). A value from an earlier
        period than the one shown is also grey and italic, and its row names that period."""
        jmap = self.doc.map
        derived = self.doc.derived(self.period_id())
        shown = next((p.label for p in jmap.periods if p.id == derived.reference_period_id), "")
        rows = {k.id: i for i, k in enumerate(jmap.kpis)}
        columns = {p.id: i for i, p in enumerate(jmap.periods)}
        for reading in derived.readings(node_id):
            row = rows[reading.kpi.id]
            item = self.item(row, columns[reading.period_id])
            font = item.font()
            font.setBold(True)
            font.setItalic(not reading.is_current)
            item.setFont(font)
            if reading.is_current:
                continue
            note = self.tr("Older value: measured in %1, not in %2").replace("%1", isolate(reading.period_label)).replace(
                "%2", isolate(shown))
            item.setForeground(QColor(style.MUTED_TEXT))
            item.setToolTip(escaped_tooltip([note, *filter(None, item.toolTip().split("\n"))]))
            header = self.verticalHeaderItem(row)
            header.setText(self.tr("%1 (older)").replace("%1", reading.kpi.name))  # the column names the period
            header.setToolTip(escaped_tooltip(note))

    def showEvent(self, event) -> None:  # noqa: N802 - Qt virtual
        """Follow the toolbar's period: the analysis runner reports after every period change."""
        runner = getattr(self.window(), "runner", None)
        if runner is not None and not getattr(self, "_follows_period", False):
            runner.updated.connect(self._period_or_data_changed)
            self._follows_period = True
        super().showEvent(event)

    def _period_or_data_changed(self, _points) -> None:
        if self.node_id is not None and self.doc.has_node(self.node_id):
            self.show_node(self.node_id)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self.node_id is None:
            return
        jmap = self.doc.map
        kpi, period = jmap.kpis[item.row()], jmap.periods[item.column()]
        key = (self.node_id, kpi.id, period.id)
        kept = [m for m in jmap.measurements if m.key != key]
        text = item.text().strip()
        if text:
            try:
                value = parse_value(text)
            except NumberError:
                self.refuse(item, self.tr("“%1” is not a number").replace("%1", text))
                return
            low, high = kpi.value_range()
            if not low <= value <= high:
                self.refuse(item, self.tr("%1 is outside %2 … %3").replace("%1", text).replace(
                    "%2", localize_digits(f"{low:g}", ui_language())).replace("%3", localize_digits(f"{high:g}", ui_language())))
                return
            old = next((m for m in jmap.measurements if m.key == key), None)
            kept.append(Measurement(node_id=self.node_id, kpi_id=kpi.id, period_id=period.id, value=value,
                                    sample_size=old.sample_size if old else None, source=old.source if old else ""))
        if len(kept) != len(jmap.measurements) or text:
            self.controller.push(commands.SetMeasurementsCommand(self.doc, kept, self.tr("Edit KPI value")))

    def refuse(self, item: QTableWidgetItem, message: str) -> None:
        """Say why the typed value was not stored (next to the cell), then show the stored value again."""
        self.refusal = message
        rect = self.visualItemRect(item)
        show_tooltip(self.viewport().mapToGlobal(rect.bottomLeft()), message, self)  # quotes what was typed
        self.show_node(self.node_id)
