"""Every command: redo -> undo -> redo, checked against the document JSON."""
import pytest
from PySide6.QtGui import QUndoStack

from journeymap import commands
from journeymap.document import Document
from journeymap.model.io import dumps_map, load_map
from journeymap.model.schema import Edge, Measurement, Node, Review, Stage
from tests.editor.conftest import sample


@pytest.fixture
def doc():
    return Document(load_map(sample("store_fa")))


def check_cycle(doc, command):
    before = dumps_map(doc.map)
    stack = QUndoStack()
    stack.push(command)  # push runs redo
    after = dumps_map(doc.map)
    assert after != before
    stack.undo()
    assert dumps_map(doc.map) == before
    stack.redo()
    assert dumps_map(doc.map) == after
    return after


def test_insert_node_and_edge(doc):
    node = Node(id="n-new", title="گام تازه", stage_id="s-pre", lane_id="l-web")
    edge = Edge(id="e-new", source="n-search", target="n-new")
    check_cycle(doc, commands.InsertItemsCommand(doc, [node], [edge]))
    assert doc.node("n-new").title == "گام تازه" and doc.edge("e-new").target == "n-new"


def test_remove_node_takes_edges_measurements_and_reviews_and_undo_restores_order(doc):
    doc.set_reviews([Review(rule="negative_emotion", node_id="n-delivery", decision="accepted")])
    before_edges = [e.id for e in doc.map.edges]
    check_cycle(doc, commands.RemoveItemsCommand(doc, ["n-delivery"]))
    assert not doc.has_node("n-delivery")
    assert all("n-delivery" not in (e.source, e.target) for e in doc.map.edges)
    assert all(m.node_id != "n-delivery" for m in doc.map.measurements)
    assert doc.map.reviews == []
    edges_before_call = [e.id for e in doc.map.edges]
    call_edges = {e.id for e in doc.map.edges if "n-call" in (e.source, e.target)}
    assert call_edges and set(before_edges) > set(edges_before_call)
    doc_stack = QUndoStack()
    doc_stack.push(commands.RemoveItemsCommand(doc, ["n-call"]))
    assert [e.id for e in doc.map.edges] == [e for e in edges_before_call if e not in call_edges]
    doc_stack.undo()
    assert [e.id for e in doc.map.edges] == edges_before_call  # every edge back at its own place


def test_edit_node_merges_typing_into_one_step(doc):
    stack = QUndoStack()
    for text in ("ت", "تح", "تحو"):
        stack.push(commands.edit_node(doc, "n-sms", title=text))
    assert stack.count() == 1
    assert doc.node("n-sms").title == "تحو"
    stack.undo()
    assert doc.node("n-sms").title == "پیامک تأیید سفارش"


def test_edit_node_field(doc):
    check_cycle(doc, commands.edit_node(doc, "n-sms", owner="تیم جدید"))


def test_move_nodes_one_command(doc):
    command = commands.move_nodes(doc, {"n-sms": ("s-post", "l-msg", 300.0, 50.0), "n-cart": ("s-buy", "l-web", 40.0, 30.0)})
    check_cycle(doc, command)
    assert doc.node("n-sms").stage_id == "s-post"
    assert commands.move_nodes(doc, {"n-sms": ("s-post", "l-msg", 300.0, 50.0)}) is None


def test_edit_edge(doc):
    check_cycle(doc, commands.edit_edge(doc, "e1", kind="alternative", label="تبلیغ"))


def test_set_structure(doc):
    stages = list(doc.map.stages) + [Stage(id="s-new", name="وفاداری")]
    check_cycle(doc, commands.SetStructureCommand(doc, "stages", stages))


def test_remove_stage_with_its_nodes_is_one_step(doc):
    stack = QUndoStack()
    before = dumps_map(doc.map)
    stack.push(commands.remove_structure_item(doc, "stages", "s-pre", "Delete stage"))
    assert all(n.stage_id != "s-pre" for n in doc.map.nodes) and len(doc.map.stages) == 2
    assert stack.count() == 1
    stack.undo()
    assert dumps_map(doc.map) == before


@pytest.mark.parametrize("name,item_id", [("personas", "p-maryam"), ("kpis", "k-csat"), ("periods", "q-1405-1"), ("lanes", "l-phone")])
def test_remove_other_structure_items(doc, name, item_id):
    check_cycle(doc, commands.remove_structure_item(doc, name, item_id, "Delete"))


def test_measurements_and_reviews(doc):
    new = list(doc.map.measurements) + [Measurement(node_id="n-sms", kpi_id="k-csat", period_id="q-1405-2", value=90)]
    check_cycle(doc, commands.SetMeasurementsCommand(doc, new))
    check_cycle(doc, commands.SetReviewsCommand(doc, [Review(rule="dead_end", node_id="n-sms", decision="dismissed", note="ok")]))


def test_map_fields_merge(doc):
    stack = QUndoStack()
    stack.push(commands.SetMapFieldsCommand(doc, title="الف"))
    stack.push(commands.SetMapFieldsCommand(doc, title="الف ب"))
    assert stack.count() == 1
    check_cycle(doc, commands.SetMapFieldsCommand(doc, direction="ltr", merge=False))
