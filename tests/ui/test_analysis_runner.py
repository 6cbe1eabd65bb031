"""The debounced analysis: on big maps in a worker thread, never delivering a stale result."""
import threading

from journeymap.model.weakpoints import analyze
from journeymap.ui import analysis_runner


def big_window(qtbot, monkeypatch, nodes=300):
    from benchmarks.synthetic import synthetic_map
    from journeymap.ui.main_window import MainWindow

    monkeypatch.setattr(analysis_runner, "BACKGROUND_NODES", 100)  # this map counts as big
    win = MainWindow(synthetic_map(nodes))
    qtbot.addWidget(win)
    win.show()
    win.runner.run_now()
    return win


def as_rows(points):
    return [p.as_dict() for p in points]


def test_on_a_big_map_the_analysis_after_an_edit_runs_in_a_worker_thread(qtbot, monkeypatch):
    win = big_window(qtbot, monkeypatch)
    threads = []
    real = analysis_runner.analyze
    monkeypatch.setattr(analysis_runner, "analyze",
                        lambda *args, **kw: threads.append(threading.current_thread()) or real(*args, **kw))
    node = win.doc.map.nodes[5]
    win.controller.set_emotion([node.id], -2)
    qtbot.waitUntil(lambda: win.runner.revision == win.doc.revision, timeout=10000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert as_rows(win.runner.points) == as_rows(analyze(win.doc.map))  # the same numbers as run on the spot
    assert any(p.node_id == node.id and p.rule == "negative_emotion" for p in win.runner.points)
    win.stack.setClean()


def test_a_result_for_an_older_revision_is_dropped_and_the_latest_wins(qtbot, monkeypatch):
    win = big_window(qtbot, monkeypatch)
    first, second = win.doc.map.nodes[7], win.doc.map.nodes[8]
    win.controller.set_emotion([first.id], -2)
    qtbot.waitUntil(lambda: win.runner.busy, timeout=5000)
    win.controller.set_emotion([second.id], -2)  # while the worker analyses the older revision
    published = []
    win.runner.updated.connect(lambda points: published.append(win.runner.revision))
    qtbot.waitUntil(lambda: win.runner.revision == win.doc.revision and not win.runner.busy, timeout=15000)
    assert published and all(revision == win.doc.revision for revision in published)
    flagged = {p.node_id for p in win.runner.points if p.rule == "negative_emotion"}
    assert {first.id, second.id} <= flagged
    win.stack.setClean()


def test_a_change_beginning_stops_the_workers_analysis_of_the_older_map(qtbot, monkeypatch):
    """The worker gives Python's lock back as soon as the user changes the map again (a delete of
    2,000 cards would otherwise share the processor with an analysis about to be thrown away)."""
    win = big_window(qtbot, monkeypatch)
    started, changed, outcomes = threading.Event(), threading.Event(), []
    real = analysis_runner.analyze

    def analyse_after_the_next_change(*args, **kw):
        started.set()
        changed.wait(10)
        try:
            result = real(*args, **kw)
        except Exception as error:
            outcomes.append(type(error).__name__)
            raise
        outcomes.append("finished")
        return result

    monkeypatch.setattr(analysis_runner, "analyze", analyse_after_the_next_change)
    first, second = win.doc.map.nodes[7], win.doc.map.nodes[8]
    win.controller.set_emotion([first.id], -2)
    qtbot.waitUntil(started.is_set, timeout=5000)
    win.controller.set_emotion([second.id], -2)  # begins while the worker holds the older snapshot
    changed.set()
    qtbot.waitUntil(lambda: win.runner.revision == win.doc.revision and not win.runner.busy, timeout=15000)
    assert outcomes[0] == "AnalysisStopped"
    assert outcomes[-1] == "finished"
    flagged = {p.node_id for p in win.runner.points if p.rule == "negative_emotion"}
    assert {first.id, second.id} <= flagged
    win.stack.setClean()


def test_on_a_big_map_the_curve_takes_its_journey_order_from_the_worker(qtbot, monkeypatch):
    """The journey order of 20,000 steps takes most of a second: on a big map the worker computes
    it with the analysis and the curve, drawn when the analysis arrives, uses that same order."""
    from journeymap.model import graph

    win = big_window(qtbot, monkeypatch)
    threads = []
    real = graph.journey_order
    monkeypatch.setattr(graph, "journey_order",
                        lambda *args: threads.append(threading.current_thread()) or real(*args))
    node = win.doc.map.nodes[12]
    win.controller.set_emotion([node.id], win.doc.map.emotion_scale.min)
    qtbot.waitUntil(lambda: win.runner.revision == win.doc.revision, timeout=10000)
    qtbot.wait(200)  # the curve's own timer has fired too
    assert threads and all(t is not threading.main_thread() for t in threads)
    curve = win.scene.curve_item
    assert [p.node_id for p in curve.points] == [n for n in win.doc.derived().journey_order
                                                 if win.doc.node(n).expected_emotion is not None]
    assert curve.worst == win.doc.derived().worst_moment
    assert next(p for p in curve.points if p.node_id == node.id).score == win.doc.map.emotion_scale.min
    win.stack.setClean()


def test_a_refused_change_that_stopped_the_worker_does_not_leave_the_flags_stale(qtbot, monkeypatch):
    """A change that begins stops the worker; when the Document then refuses it (nothing changed,
    so nothing reschedules), the analysis runs again and the flags of the current map arrive."""
    from journeymap.model.guard import InvalidChange

    win = big_window(qtbot, monkeypatch)
    started, go = threading.Event(), threading.Event()
    real = analysis_runner.analyze

    def analyse_when_told(*args, **kw):
        started.set()
        go.wait(10)
        return real(*args, **kw)

    monkeypatch.setattr(analysis_runner, "analyze", analyse_when_told)
    node = win.doc.map.nodes[9]
    win.controller.set_emotion([node.id], -2)
    qtbot.waitUntil(started.is_set, timeout=5000)
    bad = node.model_copy(update={"stage_id": "no-such-stage"})
    try:
        win.doc.set_node(bad)  # begins (the worker will stop), then is refused
    except InvalidChange:
        pass
    monkeypatch.setattr(analysis_runner, "analyze", real)
    go.set()
    qtbot.waitUntil(lambda: win.runner.revision == win.doc.revision and not win.runner.busy, timeout=15000)
    assert any(p.node_id == node.id and p.rule == "negative_emotion" for p in win.runner.points)
    win.stack.setClean()
