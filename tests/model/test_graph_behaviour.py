"""The order in which a customer meets the steps, entries, exits and the happy path, as users see them."""
import pytest

from journeymap.model.graph import build_graph, entries, exits, journey_order, main_path
from tests.model.factories import build


def journey(nodes, edges):
    """nodes: (id, stage, lane, x[, "entry"/"exit"...]); edges: (source, target[, kind])."""
    cards = [{"id": n[0], "title": n[0].upper(), "stage_id": n[1], "lane_id": n[2], "x": n[3],
              "is_entry": "entry" in n[4:], "is_exit": "exit" in n[4:]} for n in nodes]
    arrows = [{"id": f"e{i}", "source": e[0], "target": e[1], "kind": e[2] if len(e) > 2 else "flow"}
              for i, e in enumerate(edges)]
    jmap = build(nodes=cards, edges=arrows)
    return jmap, build_graph(jmap)


def test_arrows_carry_their_id_and_kind_and_unknown_steps_have_none():
    _jmap, graph = journey([("a", "s1", "l1", 0), ("b", "s2", "l1", 0)], [("a", "b", "fallback")])
    assert graph.edges["a", "b"] == {"id": "e0", "kind": "fallback"}
    assert not graph.has_edge("nowhere", "a") and not graph.has_edge("b", "a")


def test_without_flags_entries_and_exits_are_the_open_ends_in_grid_order():
    # z (stage 1) -> y (stage 2); w (stage 1, lane 2) -> x (stage 2, lane 2): ids sort the other way
    jmap, graph = journey([("y", "s2", "l1", 0), ("z", "s1", "l1", 0), ("x", "s2", "l2", 0), ("w", "s1", "l2", 0)],
                          [("z", "y"), ("w", "x")])
    assert entries(jmap, graph) == ["z", "w"]
    assert exits(jmap, graph) == ["y", "x"]
    assert journey_order(jmap, graph) == ["z", "w", "y", "x"]
    assert main_path(jmap, graph) == ["z", "y"]


def test_flagged_entries_and_exits_win_over_open_ends_and_are_in_grid_order():
    jmap, graph = journey([("d", "s2", "l1", 0, "entry"), ("c", "s1", "l2", 0, "exit"), ("b", "s1", "l1", 0, "exit"),
                           ("a", "s2", "l2", 0)], [("d", "c"), ("c", "b"), ("b", "a")])
    assert entries(jmap, graph) == ["d"]
    assert exits(jmap, graph) == ["b", "c"]


def test_grid_position_breaks_ties_by_stage_then_lane_then_x():
    jmap, graph = journey([("a", "s2", "l1", 0), ("b", "s1", "l2", 0), ("c", "s1", "l1", 50), ("d", "s1", "l1", 10)],
                          [])
    assert journey_order(jmap, graph) == ["d", "c", "b", "a"]


@pytest.mark.parametrize("lead", [[], [("s", "a")]], ids=["branching entry", "branching later step"])
def test_of_two_steps_looping_into_each_other_the_earlier_in_the_grid_comes_first(lead):
    nodes = [("s", "s1", "l2", 0), ("a", "s1", "l1", 0), ("y", "s2", "l1", 0), ("z", "s1", "l1", 90)]
    edges = lead + [("a", "y"), ("a", "z"), ("y", "z"), ("z", "y")]
    jmap, graph = journey(nodes if lead else nodes[1:], edges)
    assert journey_order(jmap, graph)[-3:] == ["a", "z", "y"]


def test_an_arrow_back_to_the_entry_keeps_every_step_in_the_order():
    jmap, graph = journey([("a", "s1", "l1", 0, "entry"), ("b", "s2", "l1", 0), ("c", "s2", "l2", 0)],
                          [("a", "b"), ("b", "a"), ("b", "c")])
    assert journey_order(jmap, graph) == ["a", "b", "c"]


def test_unreachable_steps_follow_their_own_arrows_after_the_reachable_ones():
    # q (stage 1) is reached only from p (stage 2): the arrow wins over the grid.
    jmap, graph = journey([("a", "s1", "l1", 0, "entry"), ("p", "s2", "l2", 0), ("q", "s1", "l2", 0)], [("p", "q")])
    assert journey_order(jmap, graph) == ["a", "p", "q"]


def test_unreachable_loop_starts_at_its_earliest_step_in_the_grid():
    jmap, graph = journey([("a", "s1", "l1", 0, "entry"), ("p", "s2", "l2", 0), ("q", "s1", "l2", 0)],
                          [("p", "q"), ("q", "p")])
    assert journey_order(jmap, graph) == ["a", "q", "p"]


def test_happy_path_prefers_flow_arrows_then_the_earliest_step_in_the_grid():
    nodes = [("a", "s1", "l1", 0, "entry"), ("b", "s2", "l1", 0), ("c", "s2", "l2", 0), ("d", "s2", "l1", 50)]
    jmap, graph = journey(nodes, [("a", "b", "alternative"), ("a", "d"), ("a", "c")])
    assert main_path(jmap, graph) == ["a", "d"]
    jmap, graph = journey(nodes, [("a", "b"), ("a", "d"), ("a", "c")])
    assert main_path(jmap, graph) == ["a", "b"]
    jmap, graph = journey(nodes, [("a", "c"), ("a", "b", "fallback"), ("a", "d", "alternative")])
    assert main_path(jmap, graph) == ["a", "c"]
