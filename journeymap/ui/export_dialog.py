"""File → Export…: format, resolution, page size, period, legend; a busy indicator for big maps."""
from __future__ import annotations

import os

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLineEdit, QPushButton, QSpinBox, QWidget)

from journeymap.export import ExportError, export_map
from journeymap.interchange import FORMATS as INTERCHANGE_FORMATS
from journeymap.interchange import InterchangeError, export_file


class ExportDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Export map"))
        base = os.path.splitext(window.path or os.path.join(os.getcwd(), "journey"))[0]
        self.path = QLineEdit(base + ".png")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(row)
        self.dpi = QSpinBox()
        self.dpi.setRange(50, 600)
        self.dpi.setValue(200)
        self.page = QComboBox()
        for text, data in ((self.tr("Fit to map"), "fit"), ("A4", "A4"), ("A3", "A3")):
            self.page.addItem(text, data)
        self.legend = QCheckBox(self.tr("Legend"))
        self.legend.setChecked(True)
        self.transparent = QCheckBox(self.tr("Transparent background (PNG)"))
        self.slide = QComboBox()
        for text, data in ((self.tr("Widescreen 16:9"), "16:9"), (self.tr("Standard 4:3"), "4:3")):
            self.slide.addItem(text, data)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), holder)
        form.addRow(self.tr("Resolution (dpi, PNG)"), self.dpi)
        form.addRow(self.tr("Page (PDF)"), self.page)
        form.addRow(self.tr("Slides (PowerPoint)"), self.slide)
        form.addRow("", self.legend)
        form.addRow("", self.transparent)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.run)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export map"), self.path.text(),
                                              "PNG (*.png);;PDF (*.pdf);;SVG (*.svg);;PowerPoint (*.pptx);;"
                                              "Excel (*.xlsx);;CSV (*.csv);;Mermaid (*.mmd)")
        if path:
            self.path.setText(path)

    def run(self) -> None:
        """Export behind a progress dialog (shown after half a second); Cancel leaves no file behind."""
        from journeymap.ui.progress import Cancelled, ProgressDialog

        try:
            with ProgressDialog(self, self.tr("Exporting…"), unit="page") as progress:
                if os.path.splitext(self.path.text())[1].lower() in INTERCHANGE_FORMATS:
                    progress.busy()  # no steps to report: a busy box without Cancel, as before
                    export_file(self.window.doc.map, self.path.text(), self.window.runner.period_id,
                                self.slide.currentData())
                else:
                    export_map(self.window.doc.map, self.path.text(), dpi=self.dpi.value(),
                               page=self.page.currentData(), period_id=self.window.runner.period_id,
                               legend=self.legend.isChecked(), transparent=self.transparent.isChecked(),
                               progress=progress)
        except Cancelled:
            self.window.statusBar().showMessage(self.tr("Export cancelled: no file was written"), 4000)
            return
        except (ExportError, InterchangeError) as exc:
            self.window.show_error(self.tr("Cannot export"), str(exc))
            return
        self.window.statusBar().showMessage(self.tr("Exported %1").replace("%1", self.path.text()), 4000)
        self.accept()
