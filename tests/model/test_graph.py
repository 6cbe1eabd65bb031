"""The journey graph (model/graph.py) against networkx's DiGraph as the oracle."""
import sys

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from journeymap.model.graph import JourneyGraph, build_graph, journey_order
from journeymap.model.io import load_map
from tests.conftest import SAMPLES

IDS = [f"n{i}" for i in range(8)]
EDGES = st.lists(st.tuples(st.sampled_from(IDS), st.sampled_from(IDS), st.sampled_from(["flow", "alternative"])),
                 max_size=24)


def oracle(edges) -> nx.DiGraph:
    graph = nx.DiGraph()
    graph.add_nodes_from(IDS)
    graph.add_edges_from((s, t, {"id": f"e{i}", "kind": k}) for i, (s, t, k) in enumerate(edges))
    return graph


@settings(max_examples=60, deadline=None)
@given(EDGES)
def test_the_journey_graph_answers_as_a_networkx_digraph(edges):
    """Same nodes, edges, degrees and edge attributes, also with two arrows between the same steps
    and arrows from a step to itself."""
    ours = JourneyGraph(IDS, ((s, t, {"id": f"e{i}", "kind": k}) for i, (s, t, k) in enumerate(edges)))
    theirs = oracle(edges)
    assert list(ours.nodes) == list(theirs.nodes)
    assert sorted(ours.edges) == sorted(theirs.edges)
    assert len(ours.edges) == theirs.number_of_edges()
    for node in IDS:
        assert sorted(ours.successors(node)) == sorted(theirs.successors(node))
        assert sorted(ours.predecessors(node)) == sorted(theirs.predecessors(node))
        assert (ours.in_degree(node), ours.out_degree(node)) == (theirs.in_degree(node), theirs.out_degree(node))
    for source, target in theirs.edges:
        assert ours.edges[source, target] == theirs.edges[source, target]
        assert ours.has_edge(source, target)
    assert not ours.has_edge("n0", "nowhere")
    converted = ours.to_networkx()
    assert sorted(converted.edges(data=True)) == sorted(theirs.edges(data=True))


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_journey_order_of_every_sample_is_the_same_on_networkx(path):
    jmap = load_map(path)
    ours = build_graph(jmap)
    assert journey_order(jmap, ours) == journey_order(jmap, ours.to_networkx())


def test_building_the_graph_does_not_import_networkx():
    """The window and the curve appear before any heavy import (issue #20)."""
    import subprocess

    code = ("import sys; from journeymap.model.io import load_map; from journeymap.model.derived import derive; "
            f"d = derive(load_map({str(SAMPLES[0])!r})); d.journey_order; d.main_path; d.worst_moment; "
            "print('networkx' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
