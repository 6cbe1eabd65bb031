"""Everything derived from one map revision and one chosen period: the ONE source of numbers.

The chip, the Inspector, the emotion curve, the weak points, the report, the compare view and the
CLI all read a node's KPI value, the journey order and the worst and last moments from here, so
they can never disagree.

Meaning of a period:
- ``period_id`` is what the user chose (``None`` = "latest data").
- ``reference_period_id`` is the chosen period, or else the latest period that has any measurement.
- A node's reading is its latest measurement *at or before* the reference period. When it was
  measured in an earlier period, ``is_current`` is False: it is shown as older (its period named)
  and the KPI rules treat the node as not measured in the reference period.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Optional, Union

from journeymap.model import graph as jgraph
from journeymap.model.metrics import improvement, meets_target
from journeymap.model.schema import JourneyMap, KpiDef, Measurement

if TYPE_CHECKING:  # pragma: no cover
    from journeymap.model.graph import JourneyGraph


@dataclass(frozen=True)
class KpiReading:
    """One KPI value of one node as every view shows it, with where it came from."""

    node_id: str
    kpi: KpiDef
    value: float
    period_id: str
    period_label: str
    sample_size: Optional[int]
    is_current: bool
    previous_value: Optional[float]
    previous_period_id: Optional[str]
    change: Optional[float]
    improvement: Optional[float]
    meets_target: Optional[bool]
    measurement: Measurement


def _reference_period(jmap: JourneyMap, period_id: Optional[str], rank: dict[str, int]) -> Optional[str]:
    if period_id is not None:
        if period_id not in rank:
            raise KeyError(f"unknown period '{period_id}'")
        return period_id
    measured = {m.period_id for m in jmap.measurements}
    ranked = [p.id for p in jmap.periods if p.id in measured]
    return ranked[-1] if ranked else None


class Derived:
    """Derived data of one map and one chosen period. Build once per revision, pass it around."""

    def __init__(self, jmap: JourneyMap, period_id: Optional[str] = None, graph: "GraphSource" = None):
        self.map = jmap
        self.period_id = period_id
        self._rank = {p.id: i for i, p in enumerate(jmap.periods)}
        self._labels = {p.id: p.label for p in jmap.periods}
        self._kpis = {k.id: k for k in jmap.kpis}
        self.reference_period_id = _reference_period(jmap, period_id, self._rank)
        self._series = self._index_series()
        self._graph = graph  # the graph, a function that builds it (first asked), or None
        self._readings: dict[str, list[KpiReading]] = {}
        self._order: Optional[list[str]] = None
        self._main: Optional[list[str]] = None
        self._emotions = {n.id: (n.expected_emotion.score if n.expected_emotion else None) for n in jmap.nodes}

    def _index_series(self) -> dict[tuple[str, str], list[Measurement]]:
        limit = self._rank.get(self.reference_period_id, -1) if self.reference_period_id else -1
        series: dict[tuple[str, str], list[Measurement]] = defaultdict(list)
        for m in self.map.measurements:
            if self._rank[m.period_id] <= limit:
                series[(m.node_id, m.kpi_id)].append(m)
        for values in series.values():
            values.sort(key=lambda m: self._rank[m.period_id])
        return dict(series)

    # ---- KPI values ----
    def series(self, node_id: str, kpi_id: str) -> list[Measurement]:
        """The node's values of a KPI in period order, up to the reference period."""
        return list(self._series.get((node_id, kpi_id), ()))

    def reading(self, node_id: str, kpi_id: str) -> Optional[KpiReading]:
        """The value shown for this node and KPI: the latest at or before the reference period."""
        values = self._series.get((node_id, kpi_id))
        if not values:
            return None
        kpi = self._kpis[kpi_id]
        last = values[-1]
        prev = values[-2] if len(values) > 1 else None
        return KpiReading(
            node_id=node_id, kpi=kpi, value=last.value, period_id=last.period_id,
            period_label=self._labels[last.period_id], sample_size=last.sample_size,
            is_current=last.period_id == self.reference_period_id,
            previous_value=prev.value if prev else None,
            previous_period_id=prev.period_id if prev else None,
            change=round(last.value - prev.value, 6) if prev else None,
            improvement=improvement(kpi, prev.value, last.value) if prev else None,
            meets_target=meets_target(kpi, last.value), measurement=last,
        )

    def readings(self, node_id: str) -> list[KpiReading]:
        """Every KPI reading of the node, in the map's KPI order."""
        cached = self._readings.get(node_id)
        if cached is None:
            found = (self.reading(node_id, kpi.id) for kpi in self.map.kpis)
            cached = self._readings[node_id] = [r for r in found if r is not None]
        return list(cached)

    def current_readings(self, node_id: str) -> list[KpiReading]:
        """The readings measured in the reference period itself (what the KPI rules judge)."""
        return [r for r in self.readings(node_id) if r.is_current]

    def is_measured(self, node_id: str) -> bool:
        """True when any KPI of the node was measured in the reference period."""
        return any(r.is_current for r in self.readings(node_id))

    # ---- the journey ----
    @property
    def graph(self) -> "JourneyGraph":
        if self._graph is None:
            self._graph = jgraph.build_graph(self.map)
        elif callable(self._graph):  # networkx is loaded only when the journey is asked for
            self._graph = self._graph()
        return self._graph

    @property
    def journey_known(self) -> bool:
        """The journey order has been computed (it takes most of a second at 20,000 steps)."""
        return self._order is not None

    @property
    def journey_order(self) -> list[str]:
        if self._order is None:
            self._order = jgraph.journey_order(self.map, self.graph)
        return self._order

    @property
    def main_path(self) -> list[str]:
        if self._main is None:
            self._main = jgraph.main_path(self.map, self.graph)
        return self._main

    def emotion(self, node_id: str) -> Optional[int]:
        return self._emotions.get(node_id)

    @property
    def worst_moment(self) -> Optional[str]:
        """The step with the lowest negative expected emotion (ties: earliest in journey order)."""
        scored = [(self._emotions[n], i, n) for i, n in enumerate(self.journey_order)
                  if self._emotions.get(n) is not None]
        if not scored:
            return None
        score, _, node_id = min(scored)
        return node_id if score < 0 else None

    @property
    def last_moments(self) -> list[str]:
        """Exit steps that have an expected emotion (the "end" of peak-end)."""
        return [n for n in jgraph.exits(self.map, self.graph) if self._emotions.get(n) is not None]


GraphSource = Union["JourneyGraph", Callable[[], "JourneyGraph"], None]


def derive(jmap: JourneyMap, period_id: Optional[str] = None, graph: GraphSource = None) -> Derived:
    """The derived data of ``jmap`` for the chosen period (None: latest data)."""
    return Derived(jmap, period_id, graph)
