"""The journey as a directed graph of node ids (derived from the map; nothing writes to it)."""
from __future__ import annotations

import heapq
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


def _forward_successors(graph: "nx.DiGraph", starts: list[str], order: dict) -> dict[str, list[str]]:
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
