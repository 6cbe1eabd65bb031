"""One dialog per structural list: stages, lanes, personas, KPI definitions, periods.

Add, rename, reorder, delete (with a warning when something uses the item); each change is one
undoable command, applied at once so the canvas follows while the dialog is open.
"""
from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)

from journeymap.commands import usage_count
from journeymap.editor.controller import EditorController
from journeymap.model.ids import new_id
from journeymap.model.schema import KpiDef, Lane, Period, Persona, Stage

COLUMNS = {
    "stages": (Stage, ["name", "width"]),
    "lanes": (Lane, ["name", "kind", "height"]),
    "personas": (Persona, ["name", "segment", "description", "color"]),
    "kpis": (KpiDef, ["name", "kind", "scale_min", "scale_max", "direction", "method", "target", "unit"]),
    "periods": (Period, ["label", "start", "end"]),
}
PREFIX = {"stages": "s", "lanes": "l", "personas": "p", "kpis": "k", "periods": "q"}


class StructureDialog(QDialog):
    def __init__(self, controller: EditorController, name: str, title: str, parent=None):
        super().__init__(parent)
        self.controller, self.doc, self.name = controller, controller.doc, name
        self.model_type, self.fields = COLUMNS[name]
        self.setWindowTitle(title)
        self.resize(760, 380)
        self.table = QTableWidget(0, len(self.fields))
        self.table.setHorizontalHeaderLabels(self.fields)
        self.table.itemChanged.connect(self._cell_edited)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add"), self.add), (self.tr("Delete"), self.delete_current),
                           (self.tr("Move up"), lambda: self.move_current(-1)),
                           (self.tr("Move down"), lambda: self.move_current(1))):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.doc.changed.connect(self.refresh)
        self.refresh()

    def items(self) -> list:
        return list(getattr(self.doc.map, self.name))

    def refresh(self) -> None:
        blocker = QSignalBlocker(self.table)
        items = self.items()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, field in enumerate(self.fields):
                value = getattr(item, field)
                self.table.setItem(row, column, QTableWidgetItem("" if value is None else str(value)))
        del blocker

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        items = self.items()
        field = self.fields[cell.column()]
        text = cell.text().strip()
        data = items[cell.row()].model_dump()
        data[field] = text if text or field in ("name", "label") else None
        try:
            items[cell.row()] = self.model_type.model_validate(data)
        except ValidationError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.errors()[0]["msg"])
            self.refresh()
            return
        self.controller.set_structure(self.name, items, self.tr("Edit %1").replace("%1", self.windowTitle()))

    def add(self) -> None:
        items = self.items()
        key = "label" if self.name == "periods" else "name"
        items.append(self.model_type(**{"id": new_id(PREFIX[self.name]), key: self.tr("New")}))
        self.controller.set_structure(self.name, items, self.tr("Add"))

    def delete_current(self) -> None:
        row = self.table.currentRow()
        items = self.items()
        if not 0 <= row < len(items):
            return
        used = usage_count(self.doc, self.name, items[row].id)
        if used:
            answer = QMessageBox.warning(
                self, self.windowTitle(),
                self.tr("%1 items use this. Delete it and them? (You can undo.)").replace("%1", str(used)),
                QMessageBox.Yes | QMessageBox.Cancel)
            if answer != QMessageBox.Yes:
                return
        self.controller.remove_structure(self.name, items[row].id, self.tr("Delete"))

    def move_current(self, step: int) -> None:
        row = self.table.currentRow()
        items = self.items()
        target = row + step
        if 0 <= row < len(items) and 0 <= target < len(items):
            items[row], items[target] = items[target], items[row]
            if self.controller.set_structure(self.name, items, self.tr("Reorder")):
                self.table.setCurrentCell(target, self.table.currentColumn())
