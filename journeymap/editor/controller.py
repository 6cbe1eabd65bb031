"""EditorController: turns gestures and actions into commands on the document.

It never writes the map itself: every change is a QUndoCommand pushed on the undo stack.
"""
from __future__ import annotations

from typing import Optional

from PySide6.QtCore import QLocale, QObject, QPointF, Signal
from PySide6.QtGui import QUndoStack

from journeymap import commands
from journeymap.document import Document
from journeymap.editor import clipboard
from journeymap.model.ids import new_id
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, CELL_PADDING
from journeymap.model.slots import Occupancy, default_offset, grown_lanes, grown_stages
from journeymap.model.messages import new_node_title
from journeymap.model.schema import Edge, Emotion, Node, updated

STRUCTURAL_LISTS = ("stages", "lanes")


class EditorController(QObject):
    """Holds the undo stack and the editing operations used by the scene, actions and docks."""

    lockRefused = Signal(str)  # workshop mode refused a structural edit
    changeRefused = Signal(str)  # the Document refused a change that would break the map (why)
    renameRequested = Signal(str)  # node id whose title should be edited inline

    def __init__(self, doc: Document, stack: QUndoStack, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.doc = doc
        self.stack = stack
        self.structure_locked = False  # workshop mode
        self._fresh: Optional[tuple[str, object]] = None  # (node id, its insert command) until renamed

    def push(self, command) -> bool:
        """Push a command; False (and changeRefused) when the Document refused it: nothing changed."""
        if command is None:
            return False
        self._fresh = None
        self.doc.last_refusal = None
        self.stack.push(command)
        refusal, self.doc.last_refusal = self.doc.last_refusal, None
        if refusal is not None:
            self.changeRefused.emit(refusal)
            return False
        return True

    def discard_fresh(self, node_id: str) -> bool:
        """Esc on a card just added (its title never committed): remove it and its undo step."""
        fresh, self._fresh = self._fresh, None
        if fresh is None or fresh[0] != node_id or self.stack.index() == 0:
            return False
        top = self.stack.command(self.stack.index() - 1)
        if top is not fresh[1]:
            return False
        top.undo()
        top.setObsolete(True)
        self.stack.undo()  # an obsolete command is dropped from the stack, not undone twice
        return True

    def allowed(self, what: str) -> bool:
        """Workshop mode locks stages, lanes and connections against accidental edits."""
        if self.structure_locked:
            self.lockRefused.emit(what)
            return False
        return True

    # ---- nodes ----
    def add_node_at(self, scene_pos: QPointF, grid, kind: str = "touchpoint") -> Optional[str]:
        """Add a node centred on a scene point (double-click, add tool); returns its id."""
        place = grid.place_card(scene_pos.x() - CARD_WIDTH / 2, scene_pos.y() - CARD_HEIGHT / 2)
        if place is None:
            return None
        stage_id, lane_id, x, y = place
        return self._insert_node(kind, stage_id, lane_id, x, y)

    def add_node_in_cell(self, stage_id: str, lane_id: str, kind: str = "touchpoint") -> str:
        return self._insert_node(kind, stage_id, lane_id, *default_offset())

    def _insert_node(self, kind: str, stage_id: str, lane_id: str, x: float, y: float,
                     after: Optional[str] = None, occupancy: Optional[Occupancy] = None) -> str:
        """Insert a new card at the free slot nearest to (x, y) in its cell (the cell grows when full)."""
        occupancy = occupancy or Occupancy(self.doc.map)
        x, y = occupancy.place(stage_id, lane_id, x, y)
        node = Node(id=new_id("n"), kind=kind, title=new_node_title(kind, self.doc.map.language),
                    stage_id=stage_id, lane_id=lane_id, x=x, y=y)
        edges = [Edge(id=new_id("e"), source=after, target=node.id)] if after else []
        text = self.tr("Add key moment") if kind == "key_moment" else self.tr("Add touchpoint")
        self._push_grown(occupancy, commands.InsertItemsCommand(self.doc, [node], edges, text), commands.NEW_CARD_ID)
        self._fresh = (node.id, self.stack.command(self.stack.index() - 1))
        return node.id

    def _push_insert(self, nodes: list, edges: list, occupancy: Occupancy, text: str) -> None:
        """One undo step: the grown stages/lanes (if a cell was full) and the new items."""
        self._push_grown(occupancy, commands.InsertItemsCommand(self.doc, nodes, edges, text))

    def _push_grown(self, occupancy: Occupancy, command, merge_id: int = -1) -> None:
        """Push ``command``, preceded in the same undo step by the stages/lanes a full cell grew
        (``merge_id``: the step may take in a later amending command, see CompoundCommand)."""
        parts = [commands.SetStructureCommand(self.doc, name, grown, command.text())
                 for name, grown in (("stages", grown_stages(self.doc.map, occupancy)),
                                     ("lanes", grown_lanes(self.doc.map, occupancy)))
                 if grown != getattr(self.doc.map, name)]
        wrap = parts or merge_id != -1
        self.push(commands.CompoundCommand(command.text(), parts + [command], merge_id) if wrap else command)

    def add_next(self, node_id: str) -> Optional[str]:
        """Add a node after ``node_id`` in the same lane, connected: the next free slot ahead in its
        cell, else in the next stage, else (last stage) its stage widens by one card."""
        jmap = self.doc.map
        source = self.doc.node(node_id)
        occupancy = Occupancy(jmap)
        stage_ids = [s.id for s in jmap.stages]
        stage_index = stage_ids.index(source.stage_id)
        ahead = source.x + CARD_WIDTH + 2 * CELL_PADDING
        found = occupancy.nearest_free(source.stage_id, source.lane_id, ahead, source.y)
        if found is not None and found[0] > source.x:
            return self._insert_node("touchpoint", source.stage_id, source.lane_id, *found, after=node_id,
                                     occupancy=occupancy)
        if stage_index + 1 < len(stage_ids):
            return self._insert_node("touchpoint", stage_ids[stage_index + 1], source.lane_id, CELL_PADDING,
                                     source.y, after=node_id, occupancy=occupancy)
        occupancy.widths[source.stage_id] = max(occupancy.widths[source.stage_id], ahead + CARD_WIDTH + CELL_PADDING)
        return self._insert_node("touchpoint", source.stage_id, source.lane_id, ahead, source.y, after=node_id,
                                 occupancy=occupancy)

    def rename(self, node_id: str, title: str) -> None:
        fresh, self._fresh = self._fresh, None
        title = title.strip()
        if title and title != self.doc.node(node_id).title:
            command = commands.edit_node(self.doc, node_id, self.tr("Rename"), merge=False, title=title)
            top = self.stack.command(self.stack.index() - 1) if self.stack.index() else None
            if fresh is not None and fresh[0] == node_id and top is fresh[1]:  # typed in the add gesture
                command = commands.CompoundCommand(top.text(), [command], commands.NEW_CARD_ID, amends=True)
            self.push(command)

    def set_emotion(self, node_ids: list[str], score: int) -> None:
        """Set the expected emotion score of nodes (workshop quick keys), one undo step."""
        scale = self.doc.map.emotion_scale
        score = max(scale.min, min(scale.max, score))
        olds, news = [], []
        for node_id in node_ids:
            old = self.doc.node(node_id)
            emotion = old.expected_emotion or Emotion(score=score)
            feeling = emotion.feeling if old.expected_emotion else scale.labels.get(score, "")
            olds.append(old)
            news.append(updated(old, expected_emotion=updated(emotion, score=score, feeling=feeling)))
        if news:
            self.push(commands.ReplaceItemsCommand(self.doc, olds, news, self.tr("Set emotion")))

    def move(self, places: dict[str, tuple[str, str, float, float]]) -> bool:
        """Commit a drag: one command for all moved nodes, each in the free slot nearest to where it
        was dropped (a full cell grows). False if nothing changed."""
        occupancy = Occupancy(self.doc.map, exclude=places)
        places = {node_id: (stage_id, lane_id, *occupancy.place(stage_id, lane_id, x, y))
                  for node_id, (stage_id, lane_id, x, y) in places.items()}
        command = commands.move_nodes(self.doc, places)
        if command is None:
            return False
        self._push_grown(occupancy, command)
        return True

    def delete(self, node_ids: list[str], edge_ids: list[str]) -> None:
        if edge_ids and not node_ids and not self.allowed("delete connections"):
            return
        if node_ids or edge_ids:
            count = len(node_ids) + len(edge_ids)
            self.push(commands.RemoveItemsCommand(self.doc, node_ids, edge_ids, self.tr("Delete") if count == 1 else self.tr("Delete %1 items").replace("%1", QLocale().toString(count))))

    # ---- edges ----
    def connect(self, source: str, target: str, kind: str = "flow") -> Optional[str]:
        if source == target or not self.allowed("add connections"):
            return None
        if any(e.source == source and e.target == target for e in self.doc.map.edges):
            return None
        edge = Edge(id=new_id("e"), source=source, target=target, kind=kind)
        self.push(commands.InsertItemsCommand(self.doc, [], [edge], self.tr("Connect")))
        return edge.id

    # ---- clipboard ----
    def copy(self, node_ids: list[str]) -> None:
        clipboard.put(self.doc.map, node_ids)

    def cut(self, node_ids: list[str]) -> None:
        self.copy(node_ids)
        self.delete(node_ids, [])

    def paste(self) -> list[str]:
        fragment = clipboard.take(self.doc.map)
        if fragment is None or not fragment[0]:
            return []
        nodes, edges = fragment
        return self._insert_fragment(nodes, edges, self.tr("Paste"))

    def duplicate(self, node_ids: list[str]) -> list[str]:
        nodes, edges = clipboard.clone(self.doc.map, clipboard.fragment(self.doc.map, node_ids))
        return self._insert_fragment(nodes, edges, self.tr("Duplicate"))

    def _insert_fragment(self, nodes: list, edges: list, text: str) -> list[str]:
        """Pasted or duplicated cards go to the free slots nearest to where they were copied from."""
        if not nodes:
            return []
        occupancy = Occupancy(self.doc.map)
        placed = []
        for node in nodes:
            x, y = occupancy.place(node.stage_id, node.lane_id, node.x, node.y)
            placed.append(node.model_copy(update={"x": x, "y": y}))
        self._push_insert(placed, edges, occupancy, text)
        return [n.id for n in placed]

    # ---- structure (stages, lanes, personas, KPIs, periods) ----
    def set_structure(self, name: str, items: list, text: str, clear_invalid_values: bool = False) -> bool:
        """Replace a structure list. New KPI definitions that would put stored values out of range
        are refused unless ``clear_invalid_values`` (then those values go, in the same undo step)."""
        if name in STRUCTURAL_LISTS and not self.allowed(f"change {name}"):
            return False
        if name == "kpis" and clear_invalid_values:
            return self.push(commands.set_kpis_clearing_values(self.doc, items, text))
        return self.push(commands.SetStructureCommand(self.doc, name, items, text))

    def remove_structure(self, name: str, item_id: str, text: str) -> bool:
        if name in STRUCTURAL_LISTS and not self.allowed(f"delete {name}"):
            return False
        self.push(commands.remove_structure_item(self.doc, name, item_id, text))
        return True
