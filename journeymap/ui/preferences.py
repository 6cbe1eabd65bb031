"""Preferences: the user-interface language (applies at once: translations and mirroring)."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from journeymap.ui.files import settings
from journeymap.ui.map_form import LANGUAGES


class PreferencesDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.addItem(self.tr("System"), "")
        for name, code in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings().value("ui/language", ""))))
        form = QFormLayout(self)
        form.addRow(self.tr("Interface language"), self.language)
        form.addRow(QLabel(self.tr("Menus and docks change now; reopen windows for every label.")))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.apply)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def apply(self) -> None:
        from journeymap.app import ui_language
        from journeymap.i18n import install_translations

        code = self.language.currentData()
        settings().setValue("ui/language", code)
        install_translations(QApplication.instance(), ui_language(code or None))
        self.accept()
