"""File → Import survey…: choose a CSV, preview what changes (new and replaced values), apply as one
undo step; a bad file lists every bad row and imports nothing."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from journeymap import commands
from journeymap.model.survey import merged_measurements, parse_survey


class SurveyPreview(QDialog):
    def __init__(self, window, result):
        super().__init__(window)
        self.setWindowTitle(self.tr("Import survey"))
        self.resize(720, 420)
        jmap = window.doc.map
        titles = {n.id: n.title for n in jmap.nodes}
        kpis = {k.id: k.name for k in jmap.kpis}
        periods = {p.id: p.label for p in jmap.periods}
        old = {o.key: o for o, _ in result.replaced}
        table = QTableWidget(len(result.measurements), 6)
        table.setHorizontalHeaderLabels([self.tr("Node"), self.tr("KPI"), self.tr("Period"), self.tr("Old value"),
                                         self.tr("New value"), self.tr("Answers")])
        for row, m in enumerate(result.measurements):
            previous = old.get(m.key)
            for column, text in enumerate((titles[m.node_id], kpis[m.kpi_id], periods[m.period_id],
                                           "" if previous is None else f"{previous.value:g}", f"{m.value:g}",
                                           str(m.sample_size))):
                table.setItem(row, column, QTableWidgetItem(text))
        summary = self.tr("%1 answers → %2 values (%3 replace existing values)")
        for i, value in enumerate((result.rows, len(result.measurements), len(result.replaced)), 1):
            summary = summary.replace(f"%{i}", str(value))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary))
        layout.addWidget(table)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def import_survey_interactive(window, path: str | None = None, period: str | None = None, confirm: bool = True) -> bool:
    """Ask for a CSV (and a period when it has no period column), preview, then push one command."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, window.tr("Import survey"), window._folder(), "CSV (*.csv);;All (*)")
        if not path:
            return False
    try:
        data = open(path, "rb").read()
    except OSError as exc:
        window.show_error(window.tr("Cannot import survey"), str(exc))
        return False
    jmap = window.doc.map
    if period is None and b"period" not in data.split(b"\n", 1)[0].lower() and jmap.periods:
        labels = [p.label for p in jmap.periods]
        period, ok = QInputDialog.getItem(window, window.tr("Import survey"), window.tr("Period of these answers:"),
                                          labels, len(labels) - 1, False)
        if not ok:
            return False
    result = parse_survey(jmap, data, period)
    if not result.ok:
        window.show_error(window.tr("Nothing imported"), "\n".join(str(e) for e in result.errors[:30]))
        return False
    if confirm and SurveyPreview(window, result).exec() != QDialog.Accepted:
        return False
    window.controller.push(commands.SetMeasurementsCommand(window.doc, merged_measurements(jmap, result),
                                                           window.tr("Import survey")))
    return True
