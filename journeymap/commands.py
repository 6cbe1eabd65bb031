"""QUndoCommands over Document: addressed by id, holding absolute old/new values.

Redo is idempotent in effect (it sets values, it does not add deltas). Field edits typed into one
field merge into one command. Compound gestures (delete a stage and its nodes) are a parent command
with children, so they are one undo step.
"""
from __future__ import annotations

import functools
from typing import Any, Optional, Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QUndoCommand

from journeymap.document import Document
from journeymap.model.guard import InvalidChange
from journeymap.model.schema import Edge, Measurement, Node, updated

MERGE_FIELD_ID = 1001
MERGE_MAP_FIELD_ID = 1002


def guarded(redo):
    """Make a command's redo all or nothing: a change the Document refuses (InvalidChange) puts
    the map back, marks the command obsolete (QUndoStack.push then drops it) and records why in
    ``doc.last_refusal`` for the controller to tell the user."""

    @functools.wraps(redo)
    def run(self) -> None:
        if self.doc is None or self.doc.in_atomic:
            redo(self)  # part of a compound: the outermost command decides
            return
        try:
            with self.doc.atomic():
                redo(self)
        except InvalidChange as exc:
            self.doc.last_refusal = str(exc)
            self.setObsolete(True)

    return run


class InsertItemsCommand(QUndoCommand):
    """Add nodes and edges (add a node, add-next-connected, connect, paste, duplicate)."""

    def __init__(self, doc: Document, nodes: Sequence[Node] = (), edges: Sequence[Edge] = (),
                 text: str = "Add", parent: Optional[QUndoCommand] = None):
        super().__init__(text, parent)
        self.doc, self.nodes, self.edges = doc, list(nodes), list(edges)

    @guarded
    def redo(self) -> None:
        self.doc.insert_items([(None, n) for n in self.nodes], [(None, e) for e in self.edges])

    def undo(self) -> None:
        self.doc.remove_items([n.id for n in self.nodes], [e.id for e in self.edges])


class RemoveItemsCommand(QUndoCommand):
    """Delete nodes and edges; edges, measurements and reviews of deleted nodes go too."""

    def __init__(self, doc: Document, node_ids: Sequence[str] = (), edge_ids: Sequence[str] = (),
                 text: str = "Delete", parent: Optional[QUndoCommand] = None):
        super().__init__(text, parent)
        self.doc = doc
        jmap = doc.map
        node_set = set(node_ids)
        edge_set = set(edge_ids) | {e.id for e in doc.edges_of(node_set)}
        self.removed_nodes = [(i, n) for i, n in enumerate(jmap.nodes) if n.id in node_set]
        self.removed_edges = [(i, e) for i, e in enumerate(jmap.edges) if e.id in edge_set]
        self.old_measurements = list(jmap.measurements)
        self.new_measurements = [m for m in jmap.measurements if m.node_id not in node_set]
        self.old_reviews = list(jmap.reviews)
        self.new_reviews = [r for r in jmap.reviews if r.node_id not in node_set]

    @guarded
    def redo(self) -> None:
        if len(self.new_measurements) != len(self.old_measurements):
            self.doc.set_measurements(self.new_measurements)
        if len(self.new_reviews) != len(self.old_reviews):
            self.doc.set_reviews(self.new_reviews)
        self.doc.remove_items([n.id for _, n in self.removed_nodes], [e.id for _, e in self.removed_edges])

    def undo(self) -> None:
        self.doc.insert_items(self.removed_nodes, self.removed_edges)
        if len(self.new_measurements) != len(self.old_measurements):
            self.doc.set_measurements(self.old_measurements)
        if len(self.new_reviews) != len(self.old_reviews):
            self.doc.set_reviews(self.old_reviews)


class ReplaceItemsCommand(QUndoCommand):
    """Set nodes or edges to new absolute values (move, rename, any field edit).

    ``merge_key`` lets consecutive edits of the same field of the same item merge, so typing a
    title is one undo step.
    """

    def __init__(self, doc: Document, olds: Sequence[Node | Edge], news: Sequence[Node | Edge],
                 text: str = "Edit", merge_key: Any = None, parent: Optional[QUndoCommand] = None):
        super().__init__(text, parent)
        self.doc, self.olds, self.news, self.merge_key = doc, list(olds), list(news), merge_key

    def _apply(self, items: list) -> None:
        for item in items:
            (self.doc.set_node if isinstance(item, Node) else self.doc.set_edge)(item)

    @guarded
    def redo(self) -> None:
        self._apply(self.news)

    def undo(self) -> None:
        self._apply(self.olds)

    def id(self) -> int:  # noqa: A003 - Qt virtual
        return MERGE_FIELD_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ReplaceItemsCommand) or other.merge_key != self.merge_key:
            return False
        self.news = other.news
        return True


def edit_node(doc: Document, node_id: str, text: str = "Edit node", merge: bool = True, **changes) -> ReplaceItemsCommand:
    """A command setting fields of one node (merging consecutive edits of the same fields)."""
    old = doc.node(node_id)
    new = updated(old, **changes)
    key = ("node", node_id, tuple(sorted(changes))) if merge else None
    return ReplaceItemsCommand(doc, [old], [new], text, key)


def edit_edge(doc: Document, edge_id: str, text: str = "Edit connection", **changes) -> ReplaceItemsCommand:
    old = doc.edge(edge_id)
    return ReplaceItemsCommand(doc, [old], [updated(old, **changes)], text, ("edge", edge_id, tuple(sorted(changes))))


def move_nodes(doc: Document, places: dict[str, tuple[str, str, float, float]]) -> Optional[ReplaceItemsCommand]:
    """One command moving every node in ``places`` to (stage_id, lane_id, x, y); None if nothing moves."""
    olds, news = [], []
    for node_id, (stage_id, lane_id, x, y) in places.items():
        old = doc.node(node_id)
        if (old.stage_id, old.lane_id, old.x, old.y) != (stage_id, lane_id, x, y):
            olds.append(old)
            news.append(updated(old, stage_id=stage_id, lane_id=lane_id, x=x, y=y))
    if not news:
        return None
    text = (QCoreApplication.translate("Commands", "Move") if len(news) == 1 else
            QCoreApplication.translate("Commands", "Move %1 nodes").replace("%1", QLocale().toString(len(news))))
    return ReplaceItemsCommand(doc, olds, news, text)


class SetStructureCommand(QUndoCommand):
    """Replace the stages, lanes, personas, KPIs or periods list (absolute old/new)."""

    def __init__(self, doc: Document, name: str, new: Sequence, text: str = "Edit structure",
                 parent: Optional[QUndoCommand] = None):
        super().__init__(text, parent)
        self.doc, self.name = doc, name
        self.old, self.new = list(getattr(doc.map, name)), list(new)

    @guarded
    def redo(self) -> None:
        self.doc.set_structure(self.name, self.new)

    def undo(self) -> None:
        self.doc.set_structure(self.name, self.old)


class _ReplaceListCommand(QUndoCommand):
    """Replace one of the map's lists as a whole, with absolute old/new values."""

    list_name = ""

    def __init__(self, doc: Document, new: Sequence, text: str, parent: Optional[QUndoCommand] = None):
        super().__init__(text, parent)
        self.doc, self.old, self.new = doc, list(getattr(doc.map, self.list_name)), list(new)

    def _set(self, items: list) -> None:
        getattr(self.doc, f"set_{self.list_name}")(items)

    @guarded
    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class SetMeasurementsCommand(_ReplaceListCommand):
    """Replace all measurements (a typed value, a survey import: one undo step)."""

    list_name = "measurements"

    def __init__(self, doc: Document, new: Sequence[Measurement], text: str = "Edit measurements",
                 parent: Optional[QUndoCommand] = None):
        super().__init__(doc, new, text, parent)


class SetReviewsCommand(_ReplaceListCommand):
    """Replace the weak-point decisions (accept / dismiss with a note)."""

    list_name = "reviews"

    def __init__(self, doc: Document, new: Sequence, text: str = "Review weak point",
                 parent: Optional[QUndoCommand] = None):
        super().__init__(doc, new, text, parent)


class SetMapFieldsCommand(QUndoCommand):
    """Set map-level fields (title, language, direction, north star, emotion scale, rules)."""

    def __init__(self, doc: Document, text: str = "Edit map", merge: bool = True, **fields: Any):
        super().__init__(text)
        self.doc = doc
        self.new = dict(fields)
        self.old = {name: getattr(doc.map, name) for name in fields}
        self.merge_key = tuple(sorted(fields)) if merge else None

    @guarded
    def redo(self) -> None:
        self.doc.set_map_fields(**self.new)

    def undo(self) -> None:
        self.doc.set_map_fields(**self.old)

    def id(self) -> int:  # noqa: A003 - Qt virtual
        return MERGE_MAP_FIELD_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetMapFieldsCommand) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True


NEW_CARD_ID = 0x4E4557  # merge id: a card's insert and the title typed into it in the add gesture


class CompoundCommand(QUndoCommand):
    """Several commands as one undo step; redo in order, undo in reverse.

    The parts are kept in a Python list (not Qt parent/child), so their Python state lives as
    long as the compound does.
    """

    def __init__(self, text: str, parts: Sequence[QUndoCommand], merge_id: int = -1, amends: bool = False):
        super().__init__(text)
        self.parts = list(parts)
        self.doc = next((part.doc for part in self.parts if hasattr(part, "doc")), None)
        self.merge_id, self.amends = merge_id, amends  # a new card takes its typed title into its step

    def id(self) -> int:  # noqa: A003 - Qt virtual
        return self.merge_id

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt virtual
        """Take in ONE amending compound (the title typed into a card just added), then stay closed."""
        if not isinstance(other, CompoundCommand) or not other.amends or self.amends:
            return False
        self.parts += other.parts
        self.merge_id = -1
        return True

    @guarded
    def redo(self) -> None:
        for part in self.parts:
            part.redo()

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()


def remove_structure_item(doc: Document, name: str, item_id: str, text: str) -> CompoundCommand:
    """Delete a stage/lane/persona/KPI/period and everything that uses it, as one undo step."""
    jmap = doc.map
    if name in ("stages", "lanes"):
        key = "stage_id" if name == "stages" else "lane_id"
        first = RemoveItemsCommand(doc, [n.id for n in jmap.nodes if getattr(n, key) == item_id])
    elif name == "personas":
        users = [n for n in jmap.nodes if item_id in n.persona_ids]
        news = [updated(n, persona_ids=[p for p in n.persona_ids if p != item_id]) for n in users]
        first = ReplaceItemsCommand(doc, users, news)
    else:
        key = "kpi_id" if name == "kpis" else "period_id"
        first = SetMeasurementsCommand(doc, [m for m in jmap.measurements if getattr(m, key) != item_id])
    rest = SetStructureCommand(doc, name, [i for i in getattr(jmap, name) if i.id != item_id])
    return CompoundCommand(text, [first, rest])


def values_outside(kpis: Sequence, measurements: Sequence[Measurement]) -> list[Measurement]:
    """The stored values that a new list of KPI definitions would put out of range (or orphan)."""
    ranges = {kpi.id: kpi.value_range() for kpi in kpis}
    return [m for m in measurements
            if m.kpi_id not in ranges or not ranges[m.kpi_id][0] <= m.value <= ranges[m.kpi_id][1]]


def set_kpis_clearing_values(doc: Document, kpis: Sequence, text: str) -> QUndoCommand:
    """New KPI definitions, and the values they would invalidate cleared, as one undo step."""
    dropped = {id(m) for m in values_outside(kpis, doc.map.measurements)}
    if not dropped:
        return SetStructureCommand(doc, "kpis", kpis, text)
    kept = [m for m in doc.map.measurements if id(m) not in dropped]
    return CompoundCommand(text, [SetMeasurementsCommand(doc, kept), SetStructureCommand(doc, "kpis", kpis)])


def usage_count(doc: Document, name: str, item_id: str) -> int:
    """How many nodes (stages, lanes, personas) or measurements (KPIs, periods) use an item."""
    jmap = doc.map
    if name == "stages":
        return sum(1 for n in jmap.nodes if n.stage_id == item_id)
    if name == "lanes":
        return sum(1 for n in jmap.nodes if n.lane_id == item_id)
    if name == "personas":
        return sum(1 for n in jmap.nodes if item_id in n.persona_ids)
    key = "kpi_id" if name == "kpis" else "period_id"
    return sum(1 for m in jmap.measurements if getattr(m, key) == item_id)
