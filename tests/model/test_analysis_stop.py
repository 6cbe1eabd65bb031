"""An analysis can be stopped early (a worker thread's map changed since it began): ``stop`` is
asked between rules and every few hundred nodes, and a ``stop`` that never says so changes nothing."""
import pytest

from journeymap.model.schema import JourneyMap
from journeymap.model.stopping import STOP_CHECK_EVERY, AnalysisStopped
from journeymap.model.weakpoints import analyze
from tests.model.factories import small_map


def big_map(nodes: int):
    from benchmarks.synthetic import synthetic_map

    return synthetic_map(nodes)


def test_a_stop_that_never_says_so_gives_the_same_weak_points():
    jmap = JourneyMap.model_validate(small_map())
    assert [p.as_dict() for p in analyze(jmap, stop=lambda: False)] == [p.as_dict() for p in analyze(jmap)]


def test_a_stop_that_says_so_ends_the_analysis_at_once():
    asked = []
    with pytest.raises(AnalysisStopped):
        analyze(JourneyMap.model_validate(small_map()), stop=lambda: asked.append(1) or True)
    assert len(asked) == 1


def test_stop_is_asked_within_the_node_loops_of_a_big_map():
    """Between two questions at most STOP_CHECK_EVERY nodes are looked at, so a 5,000-card map is
    asked many times; it stops at the question that first says yes."""
    jmap = big_map(2 * STOP_CHECK_EVERY + 100)
    asked = []
    analyze(jmap, stop=lambda: asked.append(1) and False)
    assert len(asked) >= 4 * 3 + 5  # three node loops of three checks each, plus between the rules
    count = []
    with pytest.raises(AnalysisStopped):
        analyze(jmap, stop=lambda: count.append(1) or len(count) == 7)
    assert len(count) == 7
