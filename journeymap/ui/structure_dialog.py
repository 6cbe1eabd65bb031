"""One dialog per structural list: stages, lanes, personas, KPI definitions, periods.

Add, rename, reorder, delete (with a warning when something uses the item); each change is one
undoable command, applied at once so the canvas follows while the dialog is open. Columns are named
in the user's language, choices (lane kind, KPI kind, method, direction) are combo boxes, numbers are
typed in any digits (journeymap.model.numbers, the one parser), period dates in the map's calendar.
"""
from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QHBoxLayout, QMessageBox, QPushButton,
                               QStyledItemDelegate, QTableWidget, QTableWidgetItem, QVBoxLayout)

from journeymap.commands import usage_count, values_outside
from journeymap.editor.controller import EditorController
from journeymap.model.calendar import DateError, format_date, parse_date
from journeymap.model.ids import new_id
from journeymap.model.messages import localize_digits
from journeymap.model.numbers import NumberError, parse_number
from journeymap.model.schema import KpiDef, Lane, Period, Persona, Stage
from journeymap.ui.date_field import DateField, date_error_text
from journeymap.ui.display import ui_language

COLUMNS = {
    "stages": (Stage, ["name", "width"]),
    "lanes": (Lane, ["name", "kind", "height"]),
    "personas": (Persona, ["name", "segment", "description", "color"]),
    "kpis": (KpiDef, ["name", "kind", "scale_min", "scale_max", "direction", "method", "target", "unit"]),
    "periods": (Period, ["label", "start", "end"]),
}
PREFIX = {"stages": "s", "lanes": "l", "personas": "p", "kpis": "k", "periods": "q"}
NUMBER_FIELDS = ("width", "height", "scale_min", "scale_max", "target")
DATE_FIELDS = ("start", "end")
CHOICE_FIELDS = ("kind", "direction", "method")


class _DateDelegate(QStyledItemDelegate):
    """Edits a period date with a DateField (typed in the map's calendar, or picked)."""

    def __init__(self, language: str, parent=None):
        super().__init__(parent)
        self.language = language

    def createEditor(self, parent, _option, _index):  # noqa: N802 - Qt virtual
        return DateField(self.language, parent)

    def setEditorData(self, editor, index):  # noqa: N802 - Qt virtual
        editor.line.setText(index.data() or "")

    def setModelData(self, editor, model, index):  # noqa: N802 - Qt virtual
        model.setData(index, editor.line.text())


class StructureDialog(QDialog):
    def __init__(self, controller: EditorController, name: str, title: str, parent=None):
        super().__init__(parent)
        self.controller, self.doc, self.name = controller, controller.doc, name
        self.model_type, self.fields = COLUMNS[name]
        self.language = self.doc.map.language
        self.setWindowTitle(title)
        self.resize(900 if name == "kpis" else 700, 400)
        self.table = QTableWidget(0, len(self.fields))
        self.table.setHorizontalHeaderLabels([self.field_label(f) for f in self.fields])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        for column, field in enumerate(self.fields):
            if field in DATE_FIELDS:
                self.table.setItemDelegateForColumn(column, _DateDelegate(self.language, self.table))
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

    def field_label(self, field: str) -> str:
        return {"name": self.tr("Name"), "label": self.tr("Name"), "width": self.tr("Width (px)"),
                "height": self.tr("Height (px)"), "kind": self.tr("Kind"), "segment": self.tr("Segment"),
                "description": self.tr("Description"), "color": self.tr("Colour"), "scale_min": self.tr("Lowest score"),
                "scale_max": self.tr("Highest score"), "direction": self.tr("Better when"),
                "method": self.tr("Calculation"), "target": self.tr("Target"), "unit": self.tr("Unit"),
                "start": self.tr("Start"), "end": self.tr("End")}[field]

    def choices(self, field: str) -> list[tuple[str, str]]:
        """(stored value, label) of a choice column."""
        if field == "kind" and self.name == "lanes":
            return [("channel", self.tr("Channel")), ("actor", self.tr("People (actor)")),
                    ("backstage", self.tr("Backstage")), ("emotion", self.tr("Emotion")), ("other", self.tr("Other"))]
        if field == "kind":
            return [("nps", "NPS"), ("csat", "CSAT"), ("ces", "CES"), ("custom", self.tr("Custom"))]
        if field == "direction":
            return [("higher_better", self.tr("Higher is better")), ("lower_better", self.tr("Lower is better"))]
        return [("nps", self.tr("NPS (promoters minus detractors)")), ("top2box", self.tr("Top-2-box (percent)")),
                ("mean", self.tr("Mean")), ("percent", self.tr("Percent"))]

    def items(self) -> list:
        return list(getattr(self.doc.map, self.name))

    def display(self, field: str, value) -> str:
        if value is None:
            return ""
        if field in DATE_FIELDS:
            return format_date(value, self.language)
        if field in NUMBER_FIELDS:
            return localize_digits(f"{value:g}", ui_language())
        return str(value)

    def refresh(self) -> None:
        blocker = QSignalBlocker(self.table)
        items = self.items()
        self.table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, field in enumerate(self.fields):
                value = getattr(item, field)
                if field in CHOICE_FIELDS:
                    self._choice_cell(row, column, field, value)
                else:
                    self.table.setItem(row, column, QTableWidgetItem(self.display(field, value)))
        self.table.resizeColumnsToContents()
        del blocker

    def _choice_cell(self, row: int, column: int, field: str, value: str) -> None:
        combo = self.table.cellWidget(row, column)
        if not isinstance(combo, QComboBox):
            combo = QComboBox()
            for data, label in self.choices(field):
                combo.addItem(label, data)
            combo.activated.connect(lambda _i, c=combo, f=field: self._choice_edited(c, f))
            self.table.setCellWidget(row, column, combo)
        with QSignalBlocker(combo):
            combo.setCurrentIndex(combo.findData(value))

    def _choice_edited(self, combo: QComboBox, field: str) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, self.fields.index(field)) is combo:
                self.apply(row, field, combo.currentData())

    def parse(self, field: str, text: str):
        """The stored value of what was typed; raises ValueError with a message in the UI language."""
        if field in NUMBER_FIELDS:
            if not text and field == "target":
                return None
            try:
                return parse_number(text, decimal_comma=True)
            except NumberError:
                raise ValueError(self.tr("“%1” is not a number").replace("%1", text)) from None
        if field in DATE_FIELDS:
            try:
                return parse_date(text, self.language)
            except DateError as exc:
                raise ValueError(date_error_text(exc, self.language)) from None
        if field in ("name", "label") and not text:
            raise ValueError(self.tr("The name cannot be empty"))
        return text

    def _cell_edited(self, cell: QTableWidgetItem) -> None:
        field = self.fields[cell.column()]
        try:
            value = self.parse(field, cell.text().strip())
        except ValueError as exc:
            self.refuse(str(exc))
            return
        self.apply(cell.row(), field, value)

    def apply(self, row: int, field: str, value) -> None:
        items = self.items()
        data = items[row].model_dump()
        data[field] = value
        try:
            items[row] = self.model_type.model_validate(data)
        except ValidationError as exc:
            self.refuse(self.validation_text(field, exc))
            return
        clear = False
        if self.name == "kpis":
            clear = self.ask_clear_values(values_outside(items, self.doc.map.measurements))
            if clear is None:
                self.refresh()
                return
        if not self.controller.set_structure(self.name, items, self.tr("Edit %1").replace("%1", self.windowTitle()),
                                             clear_invalid_values=clear):
            self.refresh()

    def ask_clear_values(self, invalid: list) -> bool | None:
        """A KPI change that would put stored values out of range: clear them (True) or cancel (None)."""
        if not invalid:
            return False
        box = QMessageBox(QMessageBox.Warning, self.windowTitle(),
                          self.tr("%1 stored values of this KPI do not fit its new method or scale. "
                                  "Clear them? (You can undo.)").replace(
                              "%1", localize_digits(str(len(invalid)), ui_language())),
                          QMessageBox.Cancel, self)
        box.setTextFormat(Qt.PlainText)
        clear = box.addButton(self.tr("Clear values"), QMessageBox.DestructiveRole)
        box.setDefaultButton(QMessageBox.Cancel)
        box.exec()
        return True if box.clickedButton() is clear else None

    def validation_text(self, field: str, exc: ValidationError) -> str:
        """Why the model refused a value, in the UI language (never pydantic's English)."""
        if field == "width":
            return self.tr("A stage is between %1 and %2 px wide").replace("%1", self.display(field, 120)).replace(
                "%2", self.display(field, 5000))
        if field == "height":
            return self.tr("A lane is between %1 and %2 px high").replace("%1", self.display(field, 110)).replace(
                "%2", self.display(field, 3000))
        if field in ("scale_min", "scale_max"):
            return self.tr("The lowest score must be below the highest score")
        if field in DATE_FIELDS:
            return self.tr("The period ends before it starts")
        return self.tr("This value is not allowed here")

    def refuse(self, message: str) -> None:
        """Say why (plain text: the message quotes what the user typed), then show the stored values."""
        self.refusal = QMessageBox(QMessageBox.Warning, self.windowTitle(), message, QMessageBox.Ok, self)
        self.refusal.setTextFormat(Qt.PlainText)
        self.refusal.open()
        self.refresh()

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
                self.tr("%1 items use this. Delete it and them? (You can undo.)").replace(
                    "%1", localize_digits(str(used), ui_language())),
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
