"""Stateful test: any sequence of editor actions leaves a map that saves and opens again.

Hypothesis drives the real EditorController and commands on a real Document (no mocks): node and
edge edits, KPI values typed in any digits (also out of range), KPI method/scale changes,
stage/lane/persona/period add-rename-delete, map fields, weak-point decisions, paste, delete, undo
and redo. After every step the map saves and reloads to the same bytes; at the end undo-all gives
back the bytes the map was opened with, and redo-all the final bytes.
"""
from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from journeymap import commands
from journeymap.document import Document
from journeymap.editor.controller import EditorController
from journeymap.model.ids import new_id
from journeymap.model.io import dumps_map, load_map, loads_map
from journeymap.model.numbers import NumberError, parse_number
from journeymap.model.schema import Emotion, Lane, Measurement, Period, Persona, Review, Stage
from journeymap.model.weakpoints import analyze
from tests.conftest import SAMPLES

APP = QApplication.instance() or QApplication([])
STRUCTURE = {"stages": Stage, "lanes": Lane, "personas": Persona, "periods": Period}
NAME_FIELD = {"stages": "name", "lanes": "name", "personas": "name", "periods": "label"}
TEXT = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=0, max_size=12)
TYPED_NUMBER = st.one_of(st.integers(-300, 300).map(str), st.floats(-200, 200, allow_nan=False).map(lambda f: f"{f:.1f}"),
                         st.sampled_from(["۴۵", "٣٫٢", "−۲۰", "1e9", "۱۰۰۰", "12abc", ""]))


class EditorMachine(RuleBasedStateMachine):
    @initialize(sample=st.sampled_from(SAMPLES))
    def open_map(self, sample):
        self.doc = Document(load_map(sample))
        self.controller = EditorController(self.doc, QUndoStack())
        self.opened = dumps_map(self.doc.map)

    def _node(self, index: int):
        nodes = self.doc.map.nodes
        return nodes[index % len(nodes)].id if nodes else None

    # ---- cards and arrows ----
    @rule(stage=st.integers(0, 50), lane=st.integers(0, 50), key=st.booleans())
    def add_card(self, stage, lane, key):
        jmap = self.doc.map
        if jmap.stages and jmap.lanes:
            self.controller.add_node_in_cell(jmap.stages[stage % len(jmap.stages)].id,
                                             jmap.lanes[lane % len(jmap.lanes)].id, "key_moment" if key else "touchpoint")

    @precondition(lambda self: self.doc.map.nodes)
    @rule(index=st.integers(0, 10_000))
    def add_next(self, index):
        self.controller.add_next(self._node(index))

    @precondition(lambda self: self.doc.map.nodes)
    @rule(index=st.integers(0, 10_000), title=TEXT)
    def rename(self, index, title):
        self.controller.rename(self._node(index), title)

    @precondition(lambda self: self.doc.map.nodes)
    @rule(index=st.integers(0, 10_000), score=st.integers(-12, 12))
    def emotion(self, index, score):
        self.controller.set_emotion([self._node(index)], score)

    @precondition(lambda self: self.doc.map.nodes)
    @rule(index=st.integers(0, 10_000), score=st.integers(-10, 10))
    def inspector_emotion(self, index, score):
        """What the Inspector pushes: any score the file format allows, not only the map's scale."""
        self.controller.push(commands.edit_node(self.doc, self._node(index), merge=False,
                                                expected_emotion=Emotion(score=score)))

    @rule(low=st.integers(-10, 0), high=st.integers(0, 10))
    def emotion_scale(self, low, high):
        scale = self.doc.map.emotion_scale.model_copy(update={"min": low, "max": high, "labels": {}})
        self.controller.push(commands.SetMapFieldsCommand(self.doc, merge=False, emotion_scale=scale))

    @precondition(lambda self: self.doc.map.nodes)
    @rule(index=st.integers(0, 10_000), stage=st.integers(0, 50), x=st.floats(-1e6, 1e6), y=st.floats(-1e6, 1e6))
    def move(self, index, stage, x, y):
        node = self.doc.node(self._node(index))
        stages = self.doc.map.stages
        self.controller.move({node.id: (stages[stage % len(stages)].id, node.lane_id, x, y)})

    @precondition(lambda self: len(self.doc.map.nodes) > 1)
    @rule(a=st.integers(0, 10_000), b=st.integers(0, 10_000))
    def connect(self, a, b):
        self.controller.connect(self._node(a), self._node(b))

    @precondition(lambda self: self.doc.map.nodes)
    @rule(indexes=st.lists(st.integers(0, 10_000), min_size=1, max_size=4), edges=st.booleans())
    def delete(self, indexes, edges):
        ids = sorted({self._node(i) for i in indexes})
        edge_ids = [e.id for e in self.doc.map.edges[:2]] if edges else []
        self.controller.delete(ids, edge_ids)

    @precondition(lambda self: self.doc.map.nodes)
    @rule(indexes=st.lists(st.integers(0, 10_000), min_size=1, max_size=3), cut=st.booleans())
    def copy_paste(self, indexes, cut):
        ids = sorted({self._node(i) for i in indexes})
        (self.controller.cut if cut else self.controller.copy)(ids)
        self.controller.paste()

    # ---- KPI values, KPI definitions ----
    @precondition(lambda self: self.doc.map.nodes and self.doc.map.kpis and self.doc.map.periods)
    @rule(index=st.integers(0, 10_000), kpi=st.integers(0, 10), period=st.integers(0, 10), typed=TYPED_NUMBER)
    def type_kpi_value(self, index, kpi, period, typed):
        jmap = self.doc.map
        try:
            value = parse_number(typed)
        except NumberError:
            return  # the Inspector says why next to the cell; nothing is pushed
        key = (self._node(index), jmap.kpis[kpi % len(jmap.kpis)].id, jmap.periods[period % len(jmap.periods)].id)
        kept = [m for m in jmap.measurements if m.key != key]
        new = Measurement.model_construct(node_id=key[0], kpi_id=key[1], period_id=key[2], value=value,
                                          sample_size=None, source="", counts=None)
        self.controller.push(commands.SetMeasurementsCommand(self.doc, kept + [new]))

    @precondition(lambda self: self.doc.map.kpis)
    @rule(kpi=st.integers(0, 10), method=st.sampled_from(["nps", "top2box", "mean", "percent"]),
          low=st.integers(-5, 5), span=st.integers(1, 10), clear=st.booleans())
    def change_kpi(self, kpi, method, low, span, clear):
        kpis = list(self.doc.map.kpis)
        i = kpi % len(kpis)
        kpis[i] = kpis[i].model_copy(update={"method": method, "scale_min": float(low), "scale_max": float(low + span)})
        self.controller.set_structure("kpis", kpis, "Edit KPIs", clear_invalid_values=clear)

    # ---- structure lists ----
    @rule(name=st.sampled_from(sorted(STRUCTURE)), label=TEXT)
    def add_structure_item(self, name, label):
        items = list(getattr(self.doc.map, name))
        items.append(STRUCTURE[name](**{"id": new_id(name[0]), NAME_FIELD[name]: label or "x"}))
        self.controller.set_structure(name, items, "Add")

    @rule(name=st.sampled_from(sorted(STRUCTURE)), index=st.integers(0, 100), label=TEXT)
    def rename_structure_item(self, name, index, label):
        items = list(getattr(self.doc.map, name))
        if items:
            i = index % len(items)
            items[i] = items[i].model_copy(update={NAME_FIELD[name]: label})
            self.controller.set_structure(name, items, "Rename")

    @rule(name=st.sampled_from(sorted(STRUCTURE)), index=st.integers(0, 100))
    def delete_structure_item(self, name, index):
        items = getattr(self.doc.map, name)
        if len(items) > 1:
            self.controller.remove_structure(name, items[index % len(items)].id, "Delete")

    # ---- map fields and decisions ----
    @rule(title=TEXT, language=st.sampled_from(["fa", "ar", "en", "x", "", "fa-IR", "<b>", "en\n"]),
          direction=st.sampled_from(["ltr", "rtl", "up"]))
    def map_fields(self, title, language, direction):
        self.controller.push(commands.SetMapFieldsCommand(self.doc, merge=False, title=title, language=language,
                                                          direction=direction))

    @rule(index=st.integers(0, 1000), decision=st.sampled_from(["accepted", "dismissed"]), note=TEXT)
    def decide(self, index, decision, note):
        points = analyze(self.doc.map)
        if points:
            point = points[index % len(points)]
            review = Review(rule=point.rule, node_id=point.node_id, kpi_id=point.evidence.get("kpi_id"),
                            decision=decision, note=note, date=dt.date(2026, 11, 23))
            self.controller.push(commands.SetReviewsCommand(self.doc, [*self.doc.map.reviews, review]))

    # ---- history ----
    @rule(steps=st.integers(1, 3))
    def undo(self, steps):
        for _ in range(steps):
            self.controller.stack.undo()

    @rule()
    def redo(self):
        self.controller.stack.redo()

    @invariant()
    def saves_and_opens_again(self):
        if hasattr(self, "doc"):
            data = dumps_map(self.doc.map)
            assert dumps_map(loads_map(data)) == data

    def teardown(self):
        if not hasattr(self, "doc"):
            return
        stack = self.controller.stack
        stack.setIndex(stack.count())
        final = dumps_map(self.doc.map)
        stack.setIndex(0)
        assert dumps_map(self.doc.map) == self.opened
        stack.setIndex(stack.count())
        assert dumps_map(self.doc.map) == final


EditorMachine.TestCase.settings = settings(
    max_examples=25, stateful_step_count=20, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large],
)
TestEditorSequences = EditorMachine.TestCase
