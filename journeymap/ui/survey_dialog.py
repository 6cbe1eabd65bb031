"""File → Import survey…: choose a CSV, say which period the answers belong to (an existing one or a
new one with its dates), preview what changes (new and replaced values), apply as one undo step.

Nothing is preselected unless the CSV's dates or its file name match exactly one period: one click
on OK can never write autumn's answers into summer. A bad file lists every bad row, imports nothing.
"""
from __future__ import annotations

import os
from typing import Optional

from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QLabel, QLineEdit, QRadioButton, QTableWidget, QTableWidgetItem, QVBoxLayout)

from journeymap import commands
from journeymap.model.calendar import DateError, quarter_end
from journeymap.model.ids import new_id
from journeymap.model.metrics import format_value
from journeymap.model.schema import Period
from journeymap.model.survey import guess_period, has_period_column, merged_measurements, parse_survey
from journeymap.ui.date_field import DateField, date_error_text
from journeymap.ui.display import count, isolate, number
from journeymap.ui.plain_text import plain_label, set_plain


class SurveyImportDialog(QDialog):
    """Period choice plus a live preview; ``period`` (existing id) or ``new_period`` after accept."""

    def __init__(self, window, path: str, data: bytes):
        super().__init__(window)
        self.setWindowTitle(self.tr("Import survey"))
        self.resize(820, 560)
        self.window_, self.data, self.jmap = window, data, window.doc.map
        self.result = None
        self.new_period: Optional[Period] = None
        self.fixed_periods = has_period_column(data)
        layout = QVBoxLayout(self)
        file_label = QLabel(self.tr("File: %1").replace("%1", isolate(os.path.basename(path))))
        layout.addWidget(file_label)
        layout.addLayout(self._period_form(guess_period(self.jmap, os.path.basename(path), data)))
        self.summary, self.problem = plain_label(), plain_label()  # the problem quotes CSV text
        set_plain(file_label)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #c0392b")
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Node"), self.tr("KPI"), self.tr("Period"), self.tr("Old value"),
                                              self.tr("New value"), self.tr("Answers")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()  # row numbers would be Latin digits, and say nothing
        for widget in (self.problem, self.summary, self.table):
            layout.addWidget(widget)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.update_preview()

    def _period_form(self, guessed: Optional[str]) -> QFormLayout:
        form = QFormLayout()
        self.use_existing = QRadioButton(self.tr("Existing period"))
        self.use_new = QRadioButton(self.tr("New period"))
        group = QButtonGroup(self)
        for button in (self.use_existing, self.use_new):
            group.addButton(button)
        self.existing = QComboBox()
        self.existing.addItem(self.tr("Choose a period…"), None)
        for period in self.jmap.periods:
            self.existing.addItem(period.label, period.id)
        self.new_label = QLineEdit()
        self.new_label.setPlaceholderText(self.tr("for example: autumn 1405"))
        self.start, self.end = DateField(self.jmap.language), DateField(self.jmap.language)
        form.addRow(self.use_existing, self.existing)
        form.addRow(self.use_new, self.new_label)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        if guessed is not None:
            self.use_existing.setChecked(True)
            self.existing.setCurrentIndex(self.existing.findData(guessed))
        self.existing.currentIndexChanged.connect(lambda _i: self._choose(self.use_existing))
        self.new_label.textEdited.connect(lambda _t: self._choose(self.use_new))
        for field in (self.start, self.end):
            field.edited.connect(lambda: self._choose(self.use_new))
        self.start.edited.connect(self._suggest_end)
        group.buttonToggled.connect(lambda *_: self.update_preview())
        if self.fixed_periods:
            for widget in (self.use_existing, self.use_new, self.existing, self.new_label, self.start, self.end):
                widget.setEnabled(False)
            form.addRow(QLabel(self.tr("The file has a period column: each answer goes to the period it names.")))
        return form

    def _suggest_end(self) -> None:
        """A new period is usually a quarter: with no end yet (or one before the start), the end
        becomes the last day of the three months from the start (Jalali months in Persian)."""
        try:
            start, end = self.start.date(), self.end.date()
        except DateError:
            return
        if start is not None and (end is None or end < start):
            self.end.set_date(quarter_end(start, self.jmap.language))
            self.update_preview()

    def _choose(self, button: QRadioButton) -> None:
        button.setChecked(True)
        self.update_preview()

    def chosen_period(self) -> tuple[Optional[Period], Optional[str], str]:
        """(new period or None, period id or None, problem text)."""
        if self.fixed_periods:
            return None, None, ""
        if self.use_existing.isChecked() and self.existing.currentData() is not None:
            return None, self.existing.currentData(), ""
        if not self.use_new.isChecked():
            return None, None, self.tr("Choose the period these answers belong to, or create a new one.")
        label = self.new_label.text().strip()
        if not label:
            return None, None, self.tr("Type a name for the new period.")
        if any(label in (p.label, p.id) for p in self.jmap.periods):
            return None, None, self.tr("A period named “%1” already exists: choose it above.").replace("%1", label)
        try:
            start, end = self.start.date(), self.end.date()
        except DateError as exc:
            return None, None, date_error_text(exc, self.jmap.language)
        if start and end and start > end:
            return None, None, self.tr("The period ends before it starts.")
        return Period(id=new_id("q"), label=label, start=start, end=end), None, ""

    def update_preview(self) -> None:
        new, period_id, problem = self.chosen_period()
        jmap = self.jmap if new is None else self.jmap.model_copy(update={"periods": [*self.jmap.periods, new]})
        self.result, self.new_period, self.preview_map = None, new, jmap
        if not problem:
            result = parse_survey(jmap, self.data, new.id if new else period_id)
            if result.ok:
                self.result = result
            else:
                problem = self.tr("Nothing can be imported:") + "\n" + "\n".join(str(e) for e in result.errors[:8])
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self.result is not None)
        self._fill_table()

    def _fill_table(self) -> None:
        result, jmap = self.result, self.preview_map
        self.table.setRowCount(0 if result is None else len(result.measurements))
        self.summary.setVisible(result is not None)
        if result is None:
            return
        titles = {n.id: n.title for n in jmap.nodes}
        kpis = {k.id: k for k in jmap.kpis}
        periods = {p.id: p.label for p in jmap.periods}
        old = {o.key: o for o, _ in result.replaced}
        for row, m in enumerate(result.measurements):
            kpi, previous = kpis[m.kpi_id], old.get(m.key)
            texts = (titles[m.node_id], kpi.name, periods[m.period_id],
                     "" if previous is None else number(format_value(kpi, previous.value)),
                     number(format_value(kpi, m.value)), "" if m.sample_size is None else count(m.sample_size))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        summary = self.tr("%1 answers → %2 values (%3 replace existing values)")
        for i, value in enumerate((result.rows, len(result.measurements), len(result.replaced)), 1):
            summary = summary.replace(f"%{i}", count(value))
        self.summary.setText(summary)

    def command(self) -> commands.QUndoCommand:
        """One undo step: the new period (if any) and the imported values."""
        doc, text = self.window_.doc, self.tr("Import survey")
        measurements = commands.SetMeasurementsCommand(doc, merged_measurements(self.preview_map, self.result), text)
        if self.new_period is None:
            return measurements
        periods = commands.SetStructureCommand(doc, "periods", self.preview_map.periods, text)
        return commands.CompoundCommand(text, [periods, measurements])


def import_survey_interactive(window, path: str | None = None, confirm: bool = True) -> Optional[SurveyImportDialog]:
    """Ask for a CSV and its period, preview, then push one command. Returns the dialog when
    ``confirm`` is False (tests fill it in and call ``finish``)."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, window.tr("Import survey"), window._folder(),
                                              window.tr("CSV files (*.csv);;All files (*)"))
        if not path:
            return None
    from journeymap.model.io import MapFileError, read_bytes
    from journeymap.model.survey import MAX_CSV_BYTES
    from journeymap.ui.progress import Cancelled, ProgressDialog

    try:  # read, then check every answer for the preview; Cancel in between imports nothing
        with ProgressDialog(window, window.tr("Reading the survey answers…")) as progress:
            progress(0, 2)
            data = read_bytes(path, limit=MAX_CSV_BYTES, kind="a survey CSV")  # bounded: no devices, FIFOs
            progress(1, 2)
            dialog = SurveyImportDialog(window, path, data)
            progress(2, 2)
    except Cancelled:
        window.statusBar().showMessage(window.tr("Survey import cancelled: nothing was imported"), 4000)
        return None
    except MapFileError as exc:
        window.show_error(window.tr("Cannot import survey"), str(exc))
        return None
    if not confirm:
        return dialog
    if dialog.exec() == QDialog.Accepted:
        finish(window, dialog)
    return None


def finish(window, dialog: SurveyImportDialog) -> bool:
    if dialog.result is None:
        return False
    window.controller.push(dialog.command())
    return True
