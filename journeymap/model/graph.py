"""The journey as a directed graph of node ids (derived from the map; nothing writes to it)."""
from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING

from journeymap.model.schema import JourneyMap

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


def build_graph(jmap: JourneyMap) -> "nx.DiGraph":
    """A DiGraph whose nodes are node ids and whose edges carry ``id`` and ``kind``.

    networkx is imported here, not at module load: the window appears before it is needed.
    """
    import networkx as nx

    graph = nx.DiGraph()
    graph.add_nodes_from(node.id for node in jmap.nodes)
    graph.add_edges_from((e.source, e.target, {"id": e.id, "kind": e.kind}) for e in jmap.edges)
    return graph


def _grid_order(jmap: JourneyMap) -> dict[str, tuple[int, int, float]]:
    """Sort key per node id: stage index, lane index, x — used only to break ties."""
    stage_index = {s.id: i for i, s in enumerate(jmap.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(jmap.lanes)}
    return {n.id: (stage_index.get(n.stage_id, 0), lane_index.get(n.lane_id, 0), n.x) for n in jmap.nodes}


def entries(jmap: JourneyMap, graph: "nx.DiGraph") -> list[str]:
    """Nodes flagged ``is_entry``; if none is flagged, nodes without incoming edges."""
    order = _grid_order(jmap)
    flagged = [n.id for n in jmap.nodes if n.is_entry]
    found = flagged or [n for n in graph.nodes if graph.in_degree(n) == 0]
    return sorted(found, key=order.__getitem__)


def exits(jmap: JourneyMap, graph: "nx.DiGraph") -> list[str]:
    """Nodes flagged ``is_exit``; if none is flagged, nodes without outgoing edges."""
    order = _grid_order(jmap)
    flagged = [n.id for n in jmap.nodes if n.is_exit]
    found = flagged or [n for n in graph.nodes if graph.out_degree(n) == 0]
    return sorted(found, key=order.__getitem__)


def reachable_from(graph: "nx.DiGraph", sources: list[str]) -> set[str]:
    """Every node reachable from ``sources`` (sources included), by breadth-first search."""
    seen = set(sources)
    queue = deque(sources)
    while queue:
        for nxt in graph.successors(queue.popleft()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def journey_order(jmap: JourneyMap, graph: "nx.DiGraph") -> list[str]:
    """All node ids in journey order: breadth-first from the entries, then the rest by grid order."""
    order = _grid_order(jmap)
    visited: list[str] = []
    seen: set[str] = set()
    queue = deque(entries(jmap, graph))
    seen.update(queue)
    while queue:
        current = queue.popleft()
        visited.append(current)
        for nxt in sorted(graph.successors(current), key=order.__getitem__):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    rest = sorted((n for n in graph.nodes if n not in seen), key=order.__getitem__)
    return visited + rest


def main_path(jmap: JourneyMap, graph: "nx.DiGraph") -> list[str]:
    """The happy path: from the first entry, follow "flow" edges (earliest in the grid first)."""
    starts = entries(jmap, graph)
    if not starts:
        return []
    order = _grid_order(jmap)
    path = [starts[0]]
    seen = {starts[0]}
    while True:
        options = [
            t for t in graph.successors(path[-1]) if t not in seen
        ]
        if not options:
            return path
        options.sort(key=lambda t: (graph.edges[path[-1], t]["kind"] != "flow", order[t]))
        path.append(options[0])
        seen.add(options[0])
