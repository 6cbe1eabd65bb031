"""Stopping a long analysis early: a worker thread analysing a map the user has changed since
gives the processor (and Python's lock) back to the window at once instead of finishing a result
that will be thrown away."""
from __future__ import annotations

from typing import Callable, Optional

STOP_CHECK_EVERY = 500  # nodes between two questions to ``stop`` in a per-node loop


class AnalysisStopped(Exception):
    """The caller of an analysis asked it to stop."""


def check_stop(stop: Optional[Callable[[], bool]]) -> None:
    """Raise :class:`AnalysisStopped` when ``stop`` (if given) says so."""
    if stop is not None and stop():
        raise AnalysisStopped()
