"""The Document refuses any change that would leave a map journeymap cannot open again."""
import pydantic
import pytest
from PySide6.QtGui import QUndoStack

from journeymap import commands
from journeymap.document import Document
from journeymap.editor.controller import EditorController
from journeymap.model.guard import InvalidChange
from journeymap.model.io import dumps_map, load_map, loads_map
from journeymap.model.schema import Emotion, Measurement, Review
from journeymap.model.weakpoints import analyze
from tests.editor.conftest import sample


@pytest.fixture
def editor(qapp):
    doc = Document(load_map(sample("store_fa")))
    controller = EditorController(doc, QUndoStack())
    refusals: list[str] = []
    controller.changeRefused.connect(refusals.append)
    return doc, controller, refusals


def assert_refused(doc, controller, refusals, command, before):
    assert controller.push(command) is False
    assert refusals, "the user is told why"
    assert dumps_map(doc.map) == before
    assert controller.stack.count() == 0, "a refused change leaves no undo step"
    loads_map(dumps_map(doc.map))  # and the map still opens


def test_emotion_below_the_scale_is_refused(editor):
    doc, controller, refusals = editor
    node = doc.map.nodes[0]
    before = dumps_map(doc.map)
    low = doc.map.emotion_scale.min - 1
    bad = node.model_copy(update={"expected_emotion": Emotion.model_construct(score=low, feeling="", note="",
                                                                              emotion_source="assumed")})
    assert_refused(doc, controller, refusals, commands.ReplaceItemsCommand(doc, [node], [bad]), before)


def test_a_value_outside_its_kpi_range_is_refused(editor):
    doc, controller, refusals = editor
    before = dumps_map(doc.map)
    first = doc.map.measurements[0]
    bad = first.model_copy(update={"value": 500.0})
    assert_refused(doc, controller, refusals,
                   commands.SetMeasurementsCommand(doc, [bad] + doc.map.measurements[1:]), before)


def test_a_language_that_is_not_a_code_is_refused(editor):
    doc, controller, refusals = editor
    before = dumps_map(doc.map)
    assert_refused(doc, controller, refusals, commands.SetMapFieldsCommand(doc, language="x"), before)


def test_an_emotion_scale_that_strands_cards_is_refused(editor):
    doc, controller, refusals = editor
    before = dumps_map(doc.map)
    narrow = doc.map.emotion_scale.model_copy(update={"min": 0, "labels": {}})
    assert_refused(doc, controller, refusals, commands.SetMapFieldsCommand(doc, emotion_scale=narrow), before)


def test_kpi_method_change_is_refused_unless_the_values_are_cleared(editor):
    doc, controller, refusals = editor
    nps = next(k for k in doc.map.kpis if k.method == "nps")
    as_mean = nps.model_copy(update={"method": "mean"})  # NPS values like -20 do not fit 0..10
    kpis = [as_mean if k.id == nps.id else k for k in doc.map.kpis]
    before = dumps_map(doc.map)
    invalid = commands.values_outside(kpis, doc.map.measurements)
    assert invalid and all(m.kpi_id == nps.id for m in invalid)
    assert controller.set_structure("kpis", kpis, "Edit KPIs") is False
    assert dumps_map(doc.map) == before
    assert controller.set_structure("kpis", kpis, "Edit KPIs", clear_invalid_values=True) is True
    assert not commands.values_outside(doc.map.kpis, doc.map.measurements)
    loads_map(dumps_map(doc.map))
    assert controller.stack.count() == 1, "changing the KPI and clearing its values is one undo step"
    controller.stack.undo()
    assert dumps_map(doc.map) == before


def test_a_compound_refused_halfway_changes_nothing(editor):
    doc, controller, refusals = editor
    before = dumps_map(doc.map)
    ok = commands.SetMapFieldsCommand(doc, title="new title")
    bad = commands.SetMapFieldsCommand(doc, direction="sideways")
    assert_refused(doc, controller, refusals, commands.CompoundCommand("two", [ok, bad]), before)


def test_removing_a_node_its_values_still_use_is_refused(editor):
    doc, _controller, _refusals = editor
    measured = doc.map.measurements[0].node_id
    with pytest.raises(InvalidChange):
        doc.remove_items([measured], [])
    assert doc.has_node(measured)


def test_map_items_are_immutable():
    jmap = load_map(sample("hotel"))
    with pytest.raises(pydantic.ValidationError):
        jmap.nodes[0].title = "changed behind the Document's back"


def test_delete_and_undo_restore_the_exact_bytes(editor):
    doc, controller, _refusals = editor
    before = dumps_map(doc.map)
    ids = [n.id for n in doc.map.nodes[::2]]
    assert controller.push(commands.RemoveItemsCommand(doc, ids))
    assert not any(doc.has_node(i) for i in ids)
    loads_map(dumps_map(doc.map))
    controller.stack.undo()
    assert dumps_map(doc.map) == before


def test_a_decision_belongs_to_one_kpi_flag(editor):
    doc, controller, _refusals = editor
    node = doc.map.nodes[0]
    kpis = doc.map.kpis[:2]
    period = doc.map.periods[-1].id
    others = [m for m in doc.map.measurements if m.node_id != node.id]
    lows = [Measurement(node_id=node.id, kpi_id=k.id, period_id=period, value=k.value_range()[0]) for k in kpis]
    for kpi in kpis:
        assert kpi.target is not None and kpi.value_range()[0] < kpi.target
    controller.push(commands.SetMeasurementsCommand(doc, others + lows))
    flags = [p for p in analyze(doc.map) if p.rule == "kpi_below_target" and p.node_id == node.id]
    assert {p.evidence["kpi_id"] for p in flags} == {k.id for k in kpis}
    decision = Review(rule="kpi_below_target", node_id=node.id, kpi_id=kpis[0].id, decision="accepted")
    controller.push(commands.SetReviewsCommand(doc, [decision]))
    decided = {p.evidence["kpi_id"]: p.decision for p in analyze(doc.map)
               if p.rule == "kpi_below_target" and p.node_id == node.id}
    assert decided == {kpis[0].id: "accepted", kpis[1].id: None}
