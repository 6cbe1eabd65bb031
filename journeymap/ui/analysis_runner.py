"""The weak-point analysis behind the dock and the canvas markers: debounced after edits, never on
the paint path, and on big maps in a worker thread so that typing and dragging never wait for it.

The worker analyses a snapshot of the map (``JourneyMap.detached()``: its own lists, the frozen
items shared) with the same ``analyze`` every other view uses. A result for an older revision or
another period is dropped: the edit that made it old has already scheduled the next run. The
worker stops as soon as the next change begins (``Document.changes_begun``), so the window never
shares Python's lock with an analysis whose result would be thrown away.
"""
from __future__ import annotations

import linecache
import threading
from typing import Optional

from PySide6.QtCore import QObject, QTimer, Signal

from journeymap.document import Document
from journeymap.model.derived import derive
from journeymap.model.stopping import AnalysisStopped, check_stop
from journeymap.model.weakpoints import WeakPoint, analyze, open_points

ANALYSIS_DELAY_MS = 250
BACKGROUND_NODES = 1500  # from this many cards on, the debounced analysis runs in a worker thread


class AnalysisRunner(QObject):
    """Runs ``analyze`` for the document and the chosen period; ``updated`` carries the flags."""

    updated = Signal(list)
    _finished = Signal(object)  # (revision, period, points or the exception), from the worker thread

    def __init__(self, doc: Document, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.doc = doc
        self.period_id: Optional[str] = None
        self.points: list[WeakPoint] = []
        self.open_count = 0
        self.revision = -1  # the document revision ``points`` belong to
        self.busy = False  # a worker is analysing
        self._timer = QTimer(self, singleShot=True, interval=ANALYSIS_DELAY_MS, timeout=self._due)
        self._finished.connect(self._deliver)  # queued: emitted from the worker thread
        doc.changed.connect(self._timer.start)

    def schedule(self) -> None:
        """Run soon (debounced), off the current call stack and after pending paints."""
        self._timer.start()

    def set_period(self, period_id: Optional[str]) -> None:
        self.period_id = period_id
        self.run_now()

    def in_worker(self) -> bool:
        """The analysis (and the journey order the curve needs) runs in a worker thread."""
        return len(self.doc.map.nodes) >= BACKGROUND_NODES

    def _period(self) -> Optional[str]:
        return self.period_id if self.period_id in {p.id for p in self.doc.map.periods} else None

    def run_now(self) -> None:
        """Analyse now, on this thread (opening a map, choosing a period, tests)."""
        self._timer.stop()
        period = self._period()
        self._publish(analyze(self.doc.map, period, self.doc.derived(period)), self.doc.revision)

    def _due(self) -> None:
        if not self.in_worker():
            self.run_now()
        elif self.busy:
            self._timer.start()  # one worker at a time: try again when this one is done
        else:
            self.busy = True
            job = (self.doc.map.detached(), self._period(), self.doc.revision, self.doc.changes_begun)
            threading.Thread(target=self._work, args=job, name="journeymap-analysis", daemon=True).start()

    def _work(self, snapshot, period: Optional[str], revision: int, changes_begun: int) -> None:
        doc = self.doc
        stop = lambda: doc.changes_begun != changes_begun  # noqa: E731
        try:  # stopped as soon as the next change begins: the window gets Python's lock back at once
            derived = derive(snapshot, period)
            points = analyze(snapshot, period, derived, stop=stop)
            check_stop(stop)
            derived.journey_order, derived.main_path  # the curve's journey, computed here too
            result = (points, derived)
        except AnalysisStopped as stopped:
            result = stopped
        except Exception as error:  # noqa: BLE001 - handed to the UI thread, which raises it
            result = error
        try:
            self._finished.emit((revision, period, result))
        except RuntimeError:  # the window closed while the worker ran
            pass

    def _deliver(self, outcome) -> None:
        revision, period, result = outcome
        self.busy = False
        if isinstance(result, AnalysisStopped):
            if revision == self.doc.revision:  # the change that stopped it was refused: run again
                self._timer.start()
            return  # otherwise that change has scheduled the next run
        if isinstance(result, Exception):
            raise result
        if revision == self.doc.revision and period == self._period():
            points, derived = result
            self.doc.adopt_derived(revision, period, derived)  # the curve and the views use the same
            self._publish(points, revision)

    def _publish(self, points: list[WeakPoint], revision: int) -> None:
        self.points, self.revision = points, revision
        self.open_count = len(open_points(points))  # the status bar asks on every selection change
        self.updated.emit(points)
        linecache.clearcache()  # see below


# The first analysis imports networkx (journey_rules). PySide6's import hook (its ``__feature__``
# support) reads the source of every module imported after it into ``linecache`` and keeps it:
# about 10 MB of text for networkx alone. A traceback reads the files again when it needs them.
