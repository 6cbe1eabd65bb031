"""Document: owns the JourneyMap, the only mutation API, with fine-grained signals.

Commands (commands.py) call these methods with absolute values; views listen to the signals.
Nothing else writes the map. Selection, zoom and hover are not here: they are view state.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from PySide6.QtCore import QObject, Signal

from journeymap.model.schema import Edge, JourneyMap, Measurement, Node
from journeymap.model.slots import settle

STRUCTURE_LISTS = ("stages", "lanes", "personas", "kpis", "periods")


class Document(QObject):
    nodeAdded = Signal(str)
    nodeRemoved = Signal(str)
    nodeChanged = Signal(str)
    edgeAdded = Signal(str)
    edgeRemoved = Signal(str)
    edgeChanged = Signal(str)
    structureChanged = Signal(str)  # name of the list: stages, lanes, personas, kpis, periods
    measurementsChanged = Signal()
    reviewsChanged = Signal()
    mapFieldsChanged = Signal()
    reset = Signal()
    changed = Signal()  # after any change to the map (revision bumped)

    def __init__(self, jmap: JourneyMap, parent: Optional[QObject] = None):
        super().__init__(parent)
        self._map = settle(jmap)[0]  # cards outside their cell or on each other go back in place
        self._revision = 0
        self._graph_cache: tuple[int, Any] | None = None
        self._index: dict[str, dict[str, int]] = {}
        self._reindex()

    # ---- reading ----
    @property
    def map(self) -> JourneyMap:
        return self._map

    @property
    def revision(self) -> int:
        return self._revision

    def node(self, node_id: str) -> Node:
        return self._map.nodes[self._index["nodes"][node_id]]

    def edge(self, edge_id: str) -> Edge:
        return self._map.edges[self._index["edges"][edge_id]]

    def has_node(self, node_id: str) -> bool:
        return node_id in self._index["nodes"]

    def has_edge(self, edge_id: str) -> bool:
        return edge_id in self._index["edges"]

    def edges_of(self, node_ids: Iterable[str]) -> list[Edge]:
        wanted = set(node_ids)
        return [e for e in self._map.edges if e.source in wanted or e.target in wanted]

    def graph(self):
        """networkx DiGraph of ids, cached per revision (never written to)."""
        if self._graph_cache is None or self._graph_cache[0] != self._revision:
            from journeymap.model.graph import build_graph

            self._graph_cache = (self._revision, build_graph(self._map))
        return self._graph_cache[1]

    def derived(self, period_id: Optional[str] = None):
        """KPI readings, journey order and worst/last moments (model/derived.py) for the chosen
        period, cached per revision and period and sharing the revision's graph."""
        key = (self._revision, period_id)
        cached = getattr(self, "_derived_cache", None)
        if cached is None or cached[0] != key:
            from journeymap.model.derived import derive

            cached = (key, derive(self._map, period_id, self.graph()))
            self._derived_cache = cached
        return cached[1]

    # ---- whole map ----
    def replace_map(self, jmap: JourneyMap) -> None:
        """Swap in another map (open, revert, recovery); not an undo step."""
        self._map = settle(jmap)[0]
        self._reindex()
        self._bump()
        self.reset.emit()

    # ---- nodes and edges ----
    def insert_node(self, node: Node, index: Optional[int] = None) -> None:
        self._insert("nodes", node, index)
        self.nodeAdded.emit(node.id)
        self._bump()

    def remove_node(self, node_id: str) -> tuple[Node, int]:
        node, index = self._remove("nodes", node_id)
        self.nodeRemoved.emit(node_id)
        self._bump()
        return node, index

    def set_node(self, node: Node) -> None:
        """Replace the node with the same id (absolute new value)."""
        self._map.nodes[self._index["nodes"][node.id]] = node
        self.nodeChanged.emit(node.id)
        self._bump()

    def insert_edge(self, edge: Edge, index: Optional[int] = None) -> None:
        self._insert("edges", edge, index)
        self.edgeAdded.emit(edge.id)
        self._bump()

    def remove_edge(self, edge_id: str) -> tuple[Edge, int]:
        edge, index = self._remove("edges", edge_id)
        self.edgeRemoved.emit(edge_id)
        self._bump()
        return edge, index

    def set_edge(self, edge: Edge) -> None:
        self._map.edges[self._index["edges"][edge.id]] = edge
        self.edgeChanged.emit(edge.id)
        self._bump()

    # ---- lists replaced as a whole (small; absolute old/new in commands) ----
    def set_structure(self, name: str, items: list) -> None:
        if name not in STRUCTURE_LISTS:
            raise ValueError(name)
        setattr(self._map, name, list(items))
        self.structureChanged.emit(name)
        self._bump()

    def set_measurements(self, items: list[Measurement]) -> None:
        self._map.measurements = list(items)
        self.measurementsChanged.emit()
        self._bump()

    def set_reviews(self, items: list) -> None:
        self._map.reviews = list(items)
        self.reviewsChanged.emit()
        self._bump()

    def set_map_fields(self, **fields: Any) -> None:
        for name, value in fields.items():
            setattr(self._map, name, value)
        self.mapFieldsChanged.emit()
        if "direction" in fields:
            self.structureChanged.emit("direction")
        self._bump()

    # ---- internals ----
    def _insert(self, name: str, item, index: Optional[int]) -> None:
        items = getattr(self._map, name)
        if item.id in self._index[name]:
            raise ValueError(f"duplicate id {item.id}")
        if index is None or index >= len(items):
            self._index[name][item.id] = len(items)
            items.append(item)
        else:
            items.insert(index, item)
            self._reindex(name)

    def _remove(self, name: str, item_id: str):
        items = getattr(self._map, name)
        index = self._index[name][item_id]
        item = items.pop(index)
        if index == len(items):
            del self._index[name][item_id]
        else:
            self._reindex(name)
        return item, index

    def _reindex(self, name: Optional[str] = None) -> None:
        for list_name in (name,) if name else ("nodes", "edges"):
            self._index[list_name] = {item.id: i for i, item in enumerate(getattr(self._map, list_name))}

    def _bump(self) -> None:
        self._revision += 1
        self.changed.emit()
