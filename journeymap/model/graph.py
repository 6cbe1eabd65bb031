"""The journey as a directed graph of node ids (derived from the map; nothing writes to it)."""
from __future__ import annotations

import heapq
import operator
from collections import deque
from typing import TYPE_CHECKING, Iterable, Iterator

from journeymap.model.schema import JourneyMap

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx


class JourneyGraph:
    """The journey's arrows as adjacency dicts: the part of networkx's DiGraph the journey needs
    (nodes, edges with ``id`` and ``kind``, successors, degrees), built in a few milliseconds and
    without importing networkx, so the window and the curve appear before any heavy import.
    ``to_networkx()`` gives a DiGraph for the algorithms networkx is for. Two arrows between the
    same two steps are one edge (the last one's attributes), as in a DiGraph."""

    def __init__(self, node_ids: Iterable[str], edges: Iterable[tuple[str, str, dict]]):
        self._succ: dict[str, dict[str, dict]] = {node_id: {} for node_id in node_ids}
        self._pred: dict[str, dict[str, dict]] = {node_id: {} for node_id in self._succ}
        for source, target, attributes in edges:
            self._succ[source][target] = attributes
            self._pred[target][source] = attributes
        self.edges = EdgeView(self._succ)

    @property
    def nodes(self):
        return self._succ.keys()

    def successors(self, node_id: str) -> Iterator[str]:
        return iter(self._succ[node_id])

    def predecessors(self, node_id: str) -> Iterator[str]:
        return iter(self._pred[node_id])

    def out_degree(self, node_id: str) -> int:
        return len(self._succ[node_id])

    def in_degree(self, node_id: str) -> int:
        return len(self._pred[node_id])

    def has_edge(self, source: str, target: str) -> bool:
        return target in self._succ.get(source, ())

    def to_networkx(self) -> "nx.DiGraph":
        import networkx as nx

        graph = nx.DiGraph()
        graph.add_nodes_from(self._succ)
        graph.add_edges_from((s, t, dict(a)) for s, targets in self._succ.items() for t, a in targets.items())
        return graph


class EdgeView:
    """``for source, target in graph.edges`` and ``graph.edges[source, target]["kind"]``."""

    def __init__(self, succ: dict[str, dict[str, dict]]):
        self._succ = succ

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return ((source, target) for source, targets in self._succ.items() for target in targets)

    def __len__(self) -> int:
        return sum(len(targets) for targets in self._succ.values())

    def __getitem__(self, pair: tuple[str, str]) -> dict:
        return self._succ[pair[0]][pair[1]]


def build_graph(jmap: JourneyMap) -> JourneyGraph:
    """The journey graph: node ids, and edges carrying ``id`` and ``kind``."""
    return JourneyGraph((node.id for node in jmap.nodes),
                        ((e.source, e.target, {"id": e.id, "kind": e.kind}) for e in jmap.edges))


_last_grid_order: tuple = ((), (), (), None)  # (stages, lanes, nodes, order): one analysis asks ~10 times


def _grid_order(jmap: JourneyMap) -> dict[str, tuple[int, int, float]]:
    """Sort key per node id: stage index, lane index, x — used only to break ties. Remembered for
    the last map: items are frozen, so the same item objects in the same lists give the same order."""
    global _last_grid_order
    *cached, order = _last_grid_order
    if order is not None and all(map(_same_items, cached, (jmap.stages, jmap.lanes, jmap.nodes))):
        return order
    order = _compute_grid_order(jmap)
    _last_grid_order = (tuple(jmap.stages), tuple(jmap.lanes), tuple(jmap.nodes), order)
    return order


def _same_items(old: tuple, new: list) -> bool:
    return len(old) == len(new) and all(map(operator.is_, old, new))


def _compute_grid_order(jmap: JourneyMap) -> dict[str, tuple[int, int, float]]:
    stage_index = {s.id: i for i, s in enumerate(jmap.stages)}
    lane_index = {lane.id: i for i, lane in enumerate(jmap.lanes)}
    return {n.id: (stage_index.get(n.stage_id, 0), lane_index.get(n.lane_id, 0), n.x) for n in jmap.nodes}


def entries(jmap: JourneyMap, graph: "JourneyGraph") -> list[str]:
    """Nodes flagged ``is_entry``; if none is flagged, nodes without incoming edges."""
    order = _grid_order(jmap)
    flagged = [n.id for n in jmap.nodes if n.is_entry]
    found = flagged or [n for n in graph.nodes if graph.in_degree(n) == 0]
    return sorted(found, key=order.__getitem__)


def exits(jmap: JourneyMap, graph: "JourneyGraph") -> list[str]:
    """Nodes flagged ``is_exit``; if none is flagged, nodes without outgoing edges."""
    order = _grid_order(jmap)
    flagged = [n.id for n in jmap.nodes if n.is_exit]
    found = flagged or [n for n in graph.nodes if graph.out_degree(n) == 0]
    return sorted(found, key=order.__getitem__)


def reachable_from(graph: "JourneyGraph", sources: list[str]) -> set[str]:
    """Every node reachable from ``sources`` (sources included), by breadth-first search."""
    seen = set(sources)
    queue = deque(sources)
    while queue:
        for nxt in graph.successors(queue.popleft()):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return seen


def journey_order(jmap: JourneyMap, graph: "JourneyGraph") -> list[str]:
    """All node ids in the order a customer meets them: every arrow points forward (a topological
    order of the graph without its loop-back arrows), ties broken by grid position; the steps
    reachable from the entries first, then the rest by the same rule."""
    order = _grid_order(jmap)
    starts = entries(jmap, graph)
    reached = reachable_from(graph, starts)
    forward = _forward_successors(graph, starts, order)
    first = _ordered(reached, forward, order)
    rest = _ordered(set(graph.nodes) - reached, forward, order)
    return first + rest


def _forward_successors(graph: "JourneyGraph", starts: list[str], order: dict) -> dict[str, list[str]]:
    """Each node's successors without the arrows that loop back (to a step still on the walk)."""
    forward: dict[str, list[str]] = {node: [] for node in graph.nodes}
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = done
    for root in starts + sorted(graph.nodes, key=order.__getitem__):
        if root in state:
            continue
        state[root] = 1
        stack = [(root, iter(sorted(graph.successors(root), key=order.__getitem__)))]
        while stack:
            node, successors = stack[-1]
            nxt = next(successors, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) != 1:  # not a loop back
                forward[node].append(nxt)
                if nxt not in state:
                    state[nxt] = 1
                    stack.append((nxt, iter(sorted(graph.successors(nxt), key=order.__getitem__))))
    return forward


def _ordered(nodes: set[str], forward: dict[str, list[str]], order: dict) -> list[str]:
    """Kahn's topological order of ``nodes`` along the forward arrows, earliest grid position first."""
    indegree = dict.fromkeys(nodes, 0)
    for node in nodes:
        for nxt in forward[node]:
            if nxt in indegree:
                indegree[nxt] += 1
    ready = [(order[n], n) for n, d in indegree.items() if d == 0]
    heapq.heapify(ready)
    result: list[str] = []
    while ready:
        _, node = heapq.heappop(ready)
        result.append(node)
        for nxt in forward[node]:
            if nxt in indegree:
                indegree[nxt] -= 1
                if indegree[nxt] == 0:
                    heapq.heappush(ready, (order[nxt], nxt))
    return result


def main_path(jmap: JourneyMap, graph: "JourneyGraph") -> list[str]:
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
