"""The inspector's map page: title, language, direction, north star, emotion-scale labels."""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker
from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from journeymap import commands
from journeymap.editor.controller import EditorController
from journeymap.model.schema import updated

LANGUAGES = (("English", "en"), ("فارسی", "fa"), ("العربية", "ar"))


class MapForm(QWidget):
    def __init__(self, controller: EditorController, parent=None):
        super().__init__(parent)
        self.controller, self.doc = controller, controller.doc
        form = QFormLayout(self)
        self.title, self.north_star = QLineEdit(), QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(80)
        self.language, self.direction = QComboBox(), QComboBox()
        self.language.setEditable(True)
        for name, code in LANGUAGES:
            self.language.addItem(name, code)
        self.direction.addItem(self.tr("Left to right"), "ltr")
        self.direction.addItem(self.tr("Right to left"), "rtl")
        self.labels = QLineEdit()
        self.labels.setToolTip(self.tr("Names of the emotion scores from lowest to highest, comma-separated"))
        for label, widget in ((self.tr("Title"), self.title), (self.tr("Description"), self.description),
                              (self.tr("North star"), self.north_star), (self.tr("Map language"), self.language),
                              (self.tr("Direction"), self.direction), (self.tr("Emotion names"), self.labels)):
            form.addRow(label, widget)
        self.title.textEdited.connect(lambda t: t.strip() and self._set(True, title=t))
        self.north_star.textEdited.connect(lambda t: self._set(True, north_star=t))
        self.description.textChanged.connect(lambda: self._set(True, description=self.description.toPlainText()))
        self.language.activated.connect(self._language_chosen)
        self.direction.activated.connect(lambda _: self._set(False, direction=self.direction.currentData()))
        self.labels.editingFinished.connect(self._labels_changed)

    def _set(self, merge: bool, **fields) -> None:
        if all(getattr(self.doc.map, k) == v for k, v in fields.items()):
            return
        self.controller.push(commands.SetMapFieldsCommand(self.doc, self.tr("Edit map"), merge=merge, **fields))

    def _language_chosen(self, _index: int) -> None:
        code = self.language.currentData() or self.language.currentText().strip()
        if code:
            direction = "rtl" if code in ("fa", "ar") else self.doc.map.direction
            self._set(False, language=code, direction=direction)

    def _labels_changed(self) -> None:
        scale = self.doc.map.emotion_scale
        names = [n.strip() for n in self.labels.text().replace("،", ",").split(",")]
        scores = range(scale.min, scale.max + 1)
        labels = {score: name for score, name in zip(scores, names) if name}
        if labels != scale.labels:
            self._set(False, emotion_scale=updated(scale, labels=labels))

    def show_map(self) -> None:
        jmap = self.doc.map
        blockers = [QSignalBlocker(w) for w in (self.title, self.description, self.north_star, self.language,
                                                self.direction, self.labels)]
        for widget, value in ((self.title, jmap.title), (self.north_star, jmap.north_star)):
            if widget.text() != value:
                widget.setText(value)
        if self.description.toPlainText() != jmap.description:
            self.description.setPlainText(jmap.description)
        index = self.language.findData(jmap.language)
        if index < 0:
            self.language.setEditText(jmap.language)
        else:
            self.language.setCurrentIndex(index)
        self.direction.setCurrentIndex(self.direction.findData(jmap.direction))
        scale = jmap.emotion_scale
        self.labels.setText(", ".join(scale.labels.get(s, "") for s in range(scale.min, scale.max + 1)))
        del blockers
