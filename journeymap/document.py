"""Document: owns the JourneyMap, the only mutation API, with fine-grained signals.

Commands (commands.py) call these methods with absolute values; views listen to the signals.
Nothing else writes the map. Selection, zoom and hover are not here: they are view state.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Any, Iterable, Optional, Sequence

from PySide6.QtCore import QObject, Signal

from journeymap.model import guard
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
        self.changes_begun = 0  # counted as each change BEGINS: a worker analysing an older map stops
        self._graph_cache: tuple[int, Any] | None = None
        self._index: dict[str, dict[str, int]] = {}
        self._atomic_depth = 0
        self.last_refusal: Optional[str] = None  # why the last command was refused (commands.py)
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

            jmap, revision = self._map, self._revision

            def graph():  # the revision's shared graph, built only when the journey is asked for
                if self._revision == revision:
                    return self.graph()
                from journeymap.model.graph import build_graph

                return build_graph(jmap)

            cached = (key, derive(jmap, period_id, graph))
            self._derived_cache = cached
        return cached[1]

    def journey_ready(self, period_id: Optional[str] = None) -> bool:
        """This revision's journey order is at hand (computed here or adopted from a worker)."""
        cached = getattr(self, "_derived_cache", None)
        return cached is not None and cached[0] == (self._revision, period_id) and cached[1].journey_known

    def adopt_derived(self, revision: int, period_id: Optional[str], derived) -> None:
        """Take derived data a worker thread computed on a snapshot of ``revision`` (the same map,
        its items shared), so this thread does not compute it again; an older revision is ignored."""
        if revision == self._revision:
            self._derived_cache = ((revision, period_id), derived)

    # ---- whole map ----
    def replace_map(self, jmap: JourneyMap) -> None:
        """Swap in another map (open, revert, recovery); not an undo step."""
        self.changes_begun += 1
        self._map = settle(jmap)[0]
        self._reindex()
        self._bump()
        self.reset.emit()

    # ---- nodes and edges ----
    def insert_node(self, node: Node, index: Optional[int] = None) -> None:
        self.insert_items([(index, node)], [])

    def remove_node(self, node_id: str) -> tuple[Node, int]:
        index = self._index["nodes"][node_id]
        node = self._map.nodes[index]
        self.remove_items([node_id], [])
        return node, index

    def set_node(self, node: Node) -> None:
        """Replace the node with the same id (absolute new value)."""
        self.changes_begun += 1
        guard.check_node(self._map, node)
        self._map.nodes[self._index["nodes"][node.id]] = node
        self.nodeChanged.emit(node.id)
        self._bump()

    def insert_edge(self, edge: Edge, index: Optional[int] = None) -> None:
        self.insert_items([], [(index, edge)])

    def remove_edge(self, edge_id: str) -> tuple[Edge, int]:
        index = self._index["edges"][edge_id]
        edge = self._map.edges[index]
        self.remove_items([], [edge_id])
        return edge, index

    def set_edge(self, edge: Edge) -> None:
        self.changes_begun += 1
        guard.check_edge(edge, self.has_node)
        self._map.edges[self._index["edges"][edge.id]] = edge
        self.edgeChanged.emit(edge.id)
        self._bump()

    def insert_items(self, nodes: Sequence[tuple[Optional[int], Node]] = (),
                     edges: Sequence[tuple[Optional[int], Edge]] = ()) -> None:
        """Insert many nodes and edges (each at its index, or at the end) in one linear pass."""
        self.changes_begun += 1
        self._check_new_ids("nodes", [n for _, n in nodes])
        for _, node in nodes:
            guard.check_node(self._map, node)
        new_node_ids = {n.id for _, n in nodes}
        self._check_new_ids("edges", [e for _, e in edges])
        for _, edge in edges:
            guard.check_edge(edge, lambda end: end in new_node_ids or self.has_node(end))
        self._map.nodes = _inserted(self._map.nodes, nodes)
        self._map.edges = _inserted(self._map.edges, edges)
        self._reindex()
        for _, node in nodes:
            self.nodeAdded.emit(node.id)
        for _, edge in edges:
            self.edgeAdded.emit(edge.id)
        self._bump()

    def remove_items(self, node_ids: Iterable[str] = (), edge_ids: Iterable[str] = ()) -> None:
        """Remove many nodes and edges in one linear pass (their values and decisions go first)."""
        self.changes_begun += 1
        nodes, edges = set(node_ids), set(edge_ids)
        for name, ids in (("nodes", nodes), ("edges", edges)):
            unknown = ids - self._index[name].keys()
            if unknown:
                raise guard.InvalidChange(f"unknown {name[:-1]} '{sorted(unknown)[0]}'")
        guard.check_removal(self._map, nodes, edges)
        self._map.edges = [e for e in self._map.edges if e.id not in edges]
        self._map.nodes = [n for n in self._map.nodes if n.id not in nodes]
        self._reindex()
        for edge_id in edges:
            self.edgeRemoved.emit(edge_id)
        for node_id in nodes:
            self.nodeRemoved.emit(node_id)
        self._bump()

    # ---- lists replaced as a whole (small; absolute old/new in commands) ----
    def set_structure(self, name: str, items: list) -> None:
        self.changes_begun += 1
        if name not in STRUCTURE_LISTS:
            raise ValueError(name)
        guard.check_list(self._map, name, items)
        setattr(self._map, name, list(items))
        self.structureChanged.emit(name)
        self._bump()

    def set_measurements(self, items: list[Measurement]) -> None:
        self.changes_begun += 1
        guard.check_list(self._map, "measurements", items)
        self._map.measurements = list(items)
        self.measurementsChanged.emit()
        self._bump()

    def set_reviews(self, items: list) -> None:
        self.changes_begun += 1
        guard.check_list(self._map, "reviews", items)
        self._map.reviews = list(items)
        self.reviewsChanged.emit()
        self._bump()

    def set_map_fields(self, **fields: Any) -> None:
        self.changes_begun += 1
        for name, value in guard.check_map_fields(self._map, fields).items():
            setattr(self._map, name, value)
        self.mapFieldsChanged.emit()
        if "direction" in fields:
            self.structureChanged.emit("direction")
        self._bump()

    # ---- all or nothing ----
    @contextmanager
    def atomic(self):
        """Apply several mutations as one: if any is refused, the map is put back as it was."""
        self._atomic_depth += 1
        saved = None if self._atomic_depth > 1 else self._snapshot()
        try:
            yield
        except guard.InvalidChange:
            if saved is not None:
                self._map = saved
                self._reindex()
                self._bump()
                self.reset.emit()
            raise
        finally:
            self._atomic_depth -= 1

    @property
    def in_atomic(self) -> bool:
        return self._atomic_depth > 0

    # ---- internals ----
    def _snapshot(self) -> JourneyMap:
        """A copy of the map sharing its (immutable) items but not its lists."""
        return self._map.detached()

    def _check_new_ids(self, name: str, items: Sequence) -> None:
        seen = set(self._index[name])
        for item in items:
            if item.id in seen:
                raise guard.InvalidChange(f"duplicate id '{item.id}'")
            seen.add(item.id)

    def _reindex(self, name: Optional[str] = None) -> None:
        for list_name in (name,) if name else ("nodes", "edges"):
            self._index[list_name] = {item.id: i for i, item in enumerate(getattr(self._map, list_name))}

    def _bump(self) -> None:
        self._revision += 1
        self.changed.emit()


def _inserted(items: list, placed: Sequence[tuple[Optional[int], Any]]) -> list:
    """``items`` with each new item at its index (in order, as repeated list.insert would put them)."""
    if not placed:
        return items
    at_end = [item for index, item in placed if index is None or index >= len(items) + len(placed)]
    positioned = sorted(((index, n, item) for n, (index, item) in enumerate(placed)
                         if index is not None and index < len(items) + len(placed)), key=lambda t: (t[0], t[1]))
    result, old = [], iter(items)
    for index, _, item in positioned:
        while len(result) < index:
            nxt = next(old, None)
            if nxt is None:
                break
            result.append(nxt)
        result.append(item)
    result.extend(old)
    result.extend(at_end)
    return result
