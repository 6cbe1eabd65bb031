"""Inspector dock: the selected node's or edge's fields, or the map's when nothing is selected.

Every edit is a command: typing in one field merges into one undo step. The forms refresh from
the document's signals with their own signals blocked, so a refresh never creates a command.
"""
from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFormLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QPlainTextEdit, QScrollArea, QSpinBox, QStackedWidget, QWidget)

from journeymap import commands
from journeymap.editor.controller import EditorController
from journeymap.model.schema import updated
from journeymap.ui.kpi_table import KpiTable



def _blocked(*widgets):
    return [QSignalBlocker(w) for w in widgets]


class NodeForm(QWidget):
    def __init__(self, controller: EditorController, parent=None):
        super().__init__(parent)
        self.controller, self.doc = controller, controller.doc
        self.node_id: str | None = None
        form = QFormLayout(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Touchpoint"), "touchpoint")
        self.kind.addItem(self.tr("Key moment"), "key_moment")
        self.title, self.description = QLineEdit(), QPlainTextEdit()
        self.description.setMaximumHeight(70)
        self.stage, self.lane = QComboBox(), QComboBox()
        self.score = QSpinBox()
        self.feeling, self.note, self.desired, self.owner = QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit()
        self.source = QComboBox()  # where the expected emotion comes from (assumed_emotion rule)
        for text, value in ((self.tr("Assumed (workshop guess)"), "assumed"), (self.tr("Survey"), "survey"),
                            (self.tr("Interviews"), "interviews"), (self.tr("Analytics"), "analytics")):
            self.source.addItem(text, value)
        self.personas = QListWidget()
        self.personas.setMaximumHeight(80)
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma-separated"))
        self.entry, self.exit = QCheckBox(self.tr("Entry point")), QCheckBox(self.tr("Exit point"))
        self.kpis = KpiTable(controller)
        from journeymap.ui.chart_dock import KpiTrendChart

        self.trend = KpiTrendChart(controller.doc)
        rows = [(self.tr("Kind"), self.kind), (self.tr("Title"), self.title), (self.tr("Description"), self.description),
                (self.tr("Stage"), self.stage), (self.tr("Lane"), self.lane), (self.tr("Expected emotion"), self.score),
                (self.tr("Feeling"), self.feeling), (self.tr("Emotion note"), self.note),
                (self.tr("Emotion known from"), self.source),
                (self.tr("Desired feeling"), self.desired), (self.tr("Owner"), self.owner),
                (self.tr("Personas"), self.personas), (self.tr("Tags"), self.tags), ("", self.entry), ("", self.exit)]
        for label, widget in rows:
            form.addRow(label, widget)
        form.addRow(self.kpis)
        form.addRow(self.trend)
        self._wire()

    def _wire(self) -> None:
        self.kind.activated.connect(lambda _: self._set(False, kind=self.kind.currentData()))
        self.title.textEdited.connect(lambda text: text.strip() and self._set(True, title=text))
        self.description.textChanged.connect(lambda: self._set(True, description=self.description.toPlainText()))
        self.stage.activated.connect(lambda _: self._set(False, stage_id=self.stage.currentData()))
        self.lane.activated.connect(lambda _: self._set(False, lane_id=self.lane.currentData()))
        self.score.valueChanged.connect(self._score_changed)
        self.feeling.textEdited.connect(lambda t: self._set_emotion(feeling=t))
        self.note.textEdited.connect(lambda t: self._set_emotion(note=t))
        self.source.activated.connect(lambda _: self._set_emotion(merge=False, emotion_source=self.source.currentData()))
        self.desired.textEdited.connect(lambda t: self._set(True, desired_feeling=t))
        self.owner.textEdited.connect(lambda t: self._set(True, owner=t))
        self.tags.editingFinished.connect(self._tags_changed)
        self.personas.itemChanged.connect(self._personas_changed)
        self.entry.toggled.connect(lambda on: self._set(False, is_entry=on))
        self.exit.toggled.connect(lambda on: self._set(False, is_exit=on))

    def _set(self, merge: bool, **changes) -> None:
        if self.node_id is None:
            return
        node = self.doc.node(self.node_id)
        if all(getattr(node, k) == v for k, v in changes.items()):
            return
        if ("stage_id" in changes or "lane_id" in changes) and "x" not in changes:
            changes.update(x=node.x, y=node.y)
        self.controller.push(commands.edit_node(self.doc, self.node_id, self.tr("Edit node"), merge=merge, **changes))

    def _score_changed(self, value: int) -> None:
        if value == self.score.minimum():  # "not set"
            self._set(False, expected_emotion=None)
        else:
            self._set_emotion(merge=False, score=value)

    def _set_emotion(self, merge: bool = True, **changes) -> None:
        from journeymap.model.schema import Emotion

        node = self.doc.node(self.node_id)
        base = node.expected_emotion or Emotion(score=0)
        self._set(merge, expected_emotion=updated(base, **changes))

    def _tags_changed(self) -> None:
        tags = [t.strip() for t in self.tags.text().replace("،", ",").split(",") if t.strip()]
        self._set(False, tags=tags)

    def _personas_changed(self, _item) -> None:
        ids = [self.personas.item(i).data(Qt.UserRole) for i in range(self.personas.count())
               if self.personas.item(i).checkState() == Qt.Checked]
        self._set(False, persona_ids=ids)

    def show_node(self, node_id: str) -> None:
        self.node_id = node_id
        node, jmap = self.doc.node(node_id), self.doc.map
        blockers = _blocked(self.kind, self.title, self.description, self.stage, self.lane, self.score, self.feeling,
                            self.note, self.desired, self.owner, self.personas, self.tags, self.entry, self.exit,
                            self.source)
        self.kind.setCurrentIndex(self.kind.findData(node.kind))
        if self.title.text() != node.title:
            self.title.setText(node.title)
        if self.description.toPlainText() != node.description:
            self.description.setPlainText(node.description)
        _fill_combo(self.stage, [(s.name, s.id) for s in jmap.stages], node.stage_id)
        _fill_combo(self.lane, [(lane.name, lane.id) for lane in jmap.lanes], node.lane_id)
        # one step below the scale is "not set" (the special value): no score outside the scale exists here
        self.score.setRange(jmap.emotion_scale.min - 1, jmap.emotion_scale.max)
        self.score.setSpecialValueText(self.tr("not set"))
        emotion = node.expected_emotion
        self.score.setValue(self.score.minimum() if emotion is None else emotion.score)
        self.source.setCurrentIndex(self.source.findData(emotion.emotion_source if emotion else "assumed"))
        self.source.setEnabled(emotion is not None)
        for widget, value in ((self.feeling, emotion.feeling if emotion else ""), (self.note, emotion.note if emotion else ""),
                              (self.desired, node.desired_feeling), (self.owner, node.owner), (self.tags, ", ".join(node.tags))):
            if widget.text() != value:
                widget.setText(value)
        self._fill_personas(node)
        self.entry.setChecked(node.is_entry)
        self.exit.setChecked(node.is_exit)
        del blockers
        self.kpis.show_node(node_id)
        self.trend.show_node(node_id)

    def _fill_personas(self, node) -> None:
        self.personas.clear()
        for persona in self.doc.map.personas:
            item = QListWidgetItem(f"{persona.name} ({persona.segment})" if persona.segment else persona.name)
            item.setData(Qt.UserRole, persona.id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Checked if persona.id in node.persona_ids else Qt.Unchecked)
            self.personas.addItem(item)


def _fill_combo(combo: QComboBox, entries: list[tuple[str, str]], current: str) -> None:
    if [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] != entries:
        combo.clear()
        for text, data in entries:
            combo.addItem(text, data)
    combo.setCurrentIndex(combo.findData(current))


class EdgeForm(QWidget):
    def __init__(self, controller: EditorController, parent=None):
        super().__init__(parent)
        self.controller, self.doc = controller, controller.doc
        self.edge_id: str | None = None
        form = QFormLayout(self)
        self.label, self.kind, self.ends = QLineEdit(), QComboBox(), QLineEdit()
        self.ends.setReadOnly(True)
        for text, data in ((self.tr("Flow"), "flow"), (self.tr("Alternative"), "alternative"), (self.tr("Fallback"), "fallback")):
            self.kind.addItem(text, data)
        form.addRow(self.tr("From → to"), self.ends)
        form.addRow(self.tr("Label"), self.label)
        form.addRow(self.tr("Kind"), self.kind)
        self.label.textEdited.connect(lambda t: self._set(label=t))
        self.kind.activated.connect(lambda _: self._set(kind=self.kind.currentData()))

    def _set(self, **changes) -> None:
        if self.edge_id is not None and self.controller.allowed("edit connections"):
            self.controller.push(commands.edit_edge(self.doc, self.edge_id, self.tr("Edit connection"), **changes))

    def show_edge(self, edge_id: str) -> None:
        self.edge_id = edge_id
        edge = self.doc.edge(edge_id)
        blockers = _blocked(self.label, self.kind)
        if self.label.text() != edge.label:
            self.label.setText(edge.label)
        self.kind.setCurrentIndex(self.kind.findData(edge.kind))
        self.ends.setText(f"{self.doc.node(edge.source).title} → {self.doc.node(edge.target).title}")
        del blockers


class Inspector(QStackedWidget):
    """Shows the map form, a node form or an edge form; follows selection and document changes."""

    def __init__(self, controller: EditorController, parent=None):
        super().__init__(parent)
        from journeymap.ui.map_form import MapForm

        self.doc = controller.doc
        self.map_form, self.node_form, self.edge_form = MapForm(controller), NodeForm(controller), EdgeForm(controller)
        for form in (self.map_form, self.node_form, self.edge_form):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(form)
            self.addWidget(scroll)
        self._current: tuple[str, str | None] = ("map", None)
        self.doc.changed.connect(self.refresh)
        self.refresh()

    def show_selection(self, node_ids: list[str], edge_ids: list[str]) -> None:
        if len(node_ids) == 1 and not edge_ids:
            self._current = ("node", node_ids[0])
        elif len(edge_ids) == 1 and not node_ids:
            self._current = ("edge", edge_ids[0])
        else:
            self._current = ("map", None)
        self.refresh()

    def refresh(self) -> None:
        kind, item_id = self._current
        if kind == "node" and self.doc.has_node(item_id):
            self.node_form.show_node(item_id)
            self.setCurrentIndex(1)
        elif kind == "edge" and self.doc.has_edge(item_id):
            self.edge_form.show_edge(item_id)
            self.setCurrentIndex(2)
        else:
            self.map_form.show_map()
            self.setCurrentIndex(0)
