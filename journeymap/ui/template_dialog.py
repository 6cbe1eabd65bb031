"""File → New from template…: pick a template and the map's language."""
from __future__ import annotations

from typing import Optional

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

from journeymap.model.schema import JourneyMap
from journeymap.templates import from_template, template_names
from journeymap.ui.display import ui_language
from journeymap.ui.map_form import LANGUAGES


class TemplateDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New from template"))
        self.language, self.template = QComboBox(), QComboBox()
        for name, code in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_language())))  # the UI's language first
        self.language.currentIndexChanged.connect(self._fill_templates)
        form = QFormLayout(self)
        form.addRow(self.tr("Map language"), self.language)
        form.addRow(self.tr("Template"), self.template)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self._fill_templates()

    def _fill_templates(self) -> None:
        self.template.clear()
        for key, name in template_names(self.language.currentData()).items():
            self.template.addItem(name, key)

    def chosen(self) -> JourneyMap:
        return from_template(self.template.currentData(), self.language.currentData())


def choose_template(parent) -> Optional[JourneyMap]:
    dialog = TemplateDialog(parent)
    return dialog.chosen() if dialog.exec() == QDialog.Accepted else None
