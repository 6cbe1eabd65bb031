"""The tables behind a map, as header + rows of plain values (for .xlsx and .csv exports).

``steps`` is the import layout (docs/format.md "Spreadsheet layout"), so an exported table
imports back to the same steps, links and values. Headers are in the map's language.
"""
from __future__ import annotations

from collections import Counter
from typing import Optional

from journeymap.interchange.columns import (
    COLUMNS,
    EMOTION_SOURCES,
    KIND_NAMES,
    KPI_COLUMNS,
    LANG_INDEX,
    VALUE_COLUMNS,
    WEAK_COLUMNS,
    kpi_header,
    names_in,
)
from journeymap.model.messages import base_language
from journeymap.model.metrics import meets_target
from journeymap.model.schema import JourneyMap

Table = tuple[list[str], list[list[object]]]
STEP_KEYS = ("id", "stage", "lane", "lane_kind", "title", "kind", "emotion", "feeling", "emotion_source",
             "desired_feeling", "owner", "description", "entry", "exit", "next", "alternative", "fallback")
END_MARK = "-"
YES_WORDS = {"en": "yes", "fa": "بله", "ar": "نعم"}  # all in columns.YES


def step_order(jmap: JourneyMap) -> list[str]:
    """Rows by stage (so the import recreates the stage order), then by journey order."""
    from journeymap.interchange.values import journey_order

    position = {node_id: i for i, node_id in enumerate(journey_order(jmap))}
    stage_index = {s.id: i for i, s in enumerate(jmap.stages)}
    stage_of = {n.id: stage_index[n.stage_id] for n in jmap.nodes}
    return sorted(position, key=lambda n: (stage_of[n], position[n]))


def _references(jmap: JourneyMap) -> dict[str, str]:
    """How a link names a step: its title when no other step has it, else its id."""
    counts = Counter(n.title for n in jmap.nodes)
    return {n.id: n.title if counts[n.title] == 1 else n.id for n in jmap.nodes}


def _value_columns(jmap: JourneyMap) -> list[tuple[str, str, bool]]:
    """(KPI id, period id, with an n column) for every KPI x period that has a measurement."""
    measured = {(m.kpi_id, m.period_id) for m in jmap.measurements}
    with_n = {(m.kpi_id, m.period_id) for m in jmap.measurements if m.sample_size is not None}
    return [(k.id, p.id, (k.id, p.id) in with_n) for k in jmap.kpis for p in jmap.periods if (k.id, p.id) in measured]


def steps_table(jmap: JourneyMap) -> Table:
    lang = base_language(jmap.language)
    names = names_in(lang, COLUMNS)
    kpis = {k.id: k for k in jmap.kpis}
    periods = {p.id: p for p in jmap.periods}
    value_columns = _value_columns(jmap)
    header = [names[k] for k in STEP_KEYS]
    for kpi_id, period_id, with_n in value_columns:
        header.append(kpi_header(kpis[kpi_id].name, periods[period_id].label))
        if with_n:
            header.append(kpi_header(kpis[kpi_id].name, periods[period_id].label, sample_size=True))
    values = {m.key: m for m in jmap.measurements}
    context = _StepContext(jmap, lang)
    rows = []
    for node_id in step_order(jmap):
        row = context.cells(node_id)
        for kpi_id, period_id, with_n in value_columns:
            m = values.get((node_id, kpi_id, period_id))
            row.append("" if m is None else m.value)
            if with_n:
                row.append("" if m is None or m.sample_size is None else m.sample_size)
        rows.append(row)
    return header, rows


class _StepContext:
    """Indexes for the step cells, built once per table (maps can have thousands of steps)."""

    def __init__(self, jmap: JourneyMap, lang: str):
        self.lang = lang
        self.nodes = {n.id: n for n in jmap.nodes}
        self.stages = {s.id: s.name for s in jmap.stages}
        self.lanes = {x.id: x for x in jmap.lanes}
        self.refs = _references(jmap)
        self.links: dict[str, dict[str, list[str]]] = {}
        for edge in jmap.edges:
            by_kind = self.links.setdefault(edge.source, {"flow": [], "alternative": [], "fallback": []})
            by_kind[edge.kind].append(self.refs[edge.target])

    def cells(self, node_id: str) -> list[object]:
        node = self.nodes[node_id]
        lane = self.lanes[node.lane_id]
        links = self.links.get(node_id, {"flow": [], "alternative": [], "fallback": []})
        emotion = node.expected_emotion
        yes = YES_WORDS.get(self.lang, "yes")
        next_cell = "; ".join(links["flow"]) or ("" if any(links.values()) else END_MARK)
        return [node.id, self.stages[node.stage_id], lane.name, lane.kind, node.title,
                KIND_NAMES[node.kind][LANG_INDEX.get(self.lang, 0)],
                "" if emotion is None else emotion.score, "" if emotion is None else emotion.feeling,
                "" if emotion is None else EMOTION_SOURCES[emotion.emotion_source][LANG_INDEX.get(self.lang, 0)],
                node.desired_feeling, node.owner, node.description, yes if node.is_entry else "",
                yes if node.is_exit else "", next_cell, "; ".join(links["alternative"]), "; ".join(links["fallback"])]


def kpis_table(jmap: JourneyMap) -> Table:
    names = names_in(jmap.language, KPI_COLUMNS)
    header = [names[k] for k in KPI_COLUMNS]
    rows = [[k.name, k.kind, k.method, k.scale_min, k.scale_max, k.direction,
             "" if k.target is None else k.target, k.unit] for k in jmap.kpis]
    return header, rows


def kpi_values_table(jmap: JourneyMap) -> Table:
    """Every measurement, in step then KPI then period order, with n, target and whether it meets it."""
    names = names_in(jmap.language, VALUE_COLUMNS)
    kpi_rank = {k.id: i for i, k in enumerate(jmap.kpis)}
    period_rank = {p.id: i for i, p in enumerate(jmap.periods)}
    node_rank = {n: i for i, n in enumerate(step_order(jmap))}
    kpis = {k.id: k for k in jmap.kpis}
    labels = {p.id: p.label for p in jmap.periods}
    titles = {n.id: n.title for n in jmap.nodes}
    yes = YES_WORDS.get(base_language(jmap.language), "yes")
    no = {"en": "no", "fa": "خیر", "ar": "لا"}.get(base_language(jmap.language), "no")
    rows = []
    for m in sorted(jmap.measurements, key=lambda m: (node_rank[m.node_id], kpi_rank[m.kpi_id], period_rank[m.period_id])):
        kpi = kpis[m.kpi_id]
        hit = meets_target(kpi, m.value)
        rows.append([m.node_id, titles[m.node_id], kpi.name, labels[m.period_id], m.value,
                     "" if m.sample_size is None else m.sample_size, "" if kpi.target is None else kpi.target,
                     "" if hit is None else (yes if hit else no), m.source])
    return [names[k] for k in VALUE_COLUMNS], rows


def weak_points_table(jmap: JourneyMap, period_id: Optional[str] = None) -> Table:
    from journeymap.model.weakpoints import analyze

    names = names_in(jmap.language, WEAK_COLUMNS)
    titles = {n.id: n.title for n in jmap.nodes}
    rows = [[p.severity, p.rule, p.node_id, titles[p.node_id], p.message, p.decision or "", p.decision_note]
            for p in analyze(jmap, period_id)]
    return [names[k] for k in WEAK_COLUMNS], rows
