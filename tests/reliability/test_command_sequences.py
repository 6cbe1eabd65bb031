"""Random sequences of editor commands: undo all -> original bytes, redo all -> final bytes."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack

from journeymap import commands
from journeymap.document import Document
from journeymap.model.io import dumps_map, load_map, loads_map
from journeymap.model.schema import Edge, Measurement, Node, Stage
from tests.conftest import SAMPLES

ORIGINAL = SAMPLES[0].read_bytes()

OPS = st.lists(st.tuples(st.sampled_from(["add", "remove", "move", "rename", "connect", "emotion", "stage",
                                          "measure", "remove_stage", "map_title"]),
                         st.integers(min_value=0, max_value=10_000)), min_size=1, max_size=25)


def make_command(doc: Document, op: str, seed: int):
    jmap = doc.map
    nodes = jmap.nodes
    pick = nodes[seed % len(nodes)].id if nodes else None
    if op == "add" or not nodes:
        stage, lane = jmap.stages[seed % len(jmap.stages)], jmap.lanes[seed % len(jmap.lanes)]
        node = Node(id=f"n-h{seed}-{len(nodes)}-{doc.revision}", title=f"گام {seed}", stage_id=stage.id, lane_id=lane.id)
        return commands.InsertItemsCommand(doc, [node])
    if op == "remove":
        return commands.RemoveItemsCommand(doc, [pick])
    if op == "move":
        stage = jmap.stages[seed % len(jmap.stages)]
        return commands.move_nodes(doc, {pick: (stage.id, jmap.lanes[0].id, float(seed % 200), 30.0)})
    if op == "rename":
        return commands.edit_node(doc, pick, title=f"عنوان {seed}", merge=seed % 2 == 0)
    if op == "connect":
        target = nodes[(seed // 7) % len(nodes)].id
        return commands.InsertItemsCommand(doc, [], [Edge(id=f"e-h{doc.revision}", source=pick, target=target)])
    if op == "emotion":
        return commands.edit_node(doc, pick, merge=False, expected_emotion={"score": seed % 5 - 2, "feeling": "", "note": ""})
    if op == "stage":
        return commands.SetStructureCommand(doc, "stages", [*jmap.stages, Stage(id=f"s-h{doc.revision}", name="مرحله")])
    if op == "measure":
        m = Measurement(node_id=pick, kpi_id=jmap.kpis[0].id, period_id=jmap.periods[-1].id, value=float(seed % 11))
        kept = [x for x in jmap.measurements if x.key != m.key]
        return commands.SetMeasurementsCommand(doc, [*kept, m])
    if op == "remove_stage" and len(jmap.stages) > 1:
        return commands.remove_structure_item(doc, "stages", jmap.stages[-1].id, "Delete stage")
    return commands.SetMapFieldsCommand(doc, title=f"نقشه {seed}", merge=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(OPS)
def test_undo_all_restores_original_and_redo_all_restores_final(qapp, ops):
    doc = Document(load_map(SAMPLES[0]))
    stack = QUndoStack()
    for op, seed in ops:
        command = make_command(doc, op, seed)
        if command is not None:
            stack.push(command)
        loads_map(dumps_map(doc.map))  # every intermediate state is a valid file
    final = dumps_map(doc.map)
    assert dumps_map(loads_map(final)) == final  # save/load in between changes nothing
    while stack.canUndo():
        stack.undo()
    assert dumps_map(doc.map) == ORIGINAL
    while stack.canRedo():
        stack.redo()
    assert dumps_map(doc.map) == final
