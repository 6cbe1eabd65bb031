"""Check the rows of a steps sheet: one ``Step`` per good row, one ``RowError`` per bad row.

Pure Python. Field rules: a title is required; kind is touchpoint / key moment (in en/fa/ar);
emotion is a whole number inside the map's scale or one of the scale's names; KPI values are
numbers inside the KPI's range; entry/exit are yes/no. Links (next / alternative / fallback)
are resolved later, when every step is known.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

from journeymap.interchange.columns import (
    EMOTION_SOURCES,
    END_OF_JOURNEY,
    column_key,
    key_in,
    kind_key,
    normalize,
    parse_flag,
    parse_kpi_header,
    split_list,
)
from journeymap.model import numbers

LINK_KINDS = {"next": "flow", "alternative": "alternative", "fallback": "fallback"}


@dataclass
class RowError:
    sheet: str
    row: int
    reasons: list[str]

    def __str__(self) -> str:
        return f"{self.sheet} row {self.row}: " + "; ".join(self.reasons)


@dataclass
class Step:
    row: int
    id: str
    stage: str
    lane: str
    title: str
    kind: str = "touchpoint"
    lane_kind: str = ""
    emotion: Optional[int] = None
    emotion_source: str = "assumed"
    texts: dict[str, str] = field(default_factory=dict)  # feeling, desired_feeling, owner, description
    entry: bool = False
    exit: bool = False
    journey: str = ""
    links: dict[str, list[str]] = field(default_factory=dict)  # edge kind -> target ids or titles
    end: bool = False  # "next" says the journey ends here
    values: dict[tuple[str, str], float] = field(default_factory=dict)  # (KPI name, period) -> value
    sizes: dict[tuple[str, str], int] = field(default_factory=dict)


@dataclass
class Columns:
    """Where each known column is in the header, and the KPI columns."""

    fields: dict[str, int]
    kpis: list[tuple[int, str, str, bool]]  # index, KPI name, period label, is the (n) column
    ignored: list[str]


def map_columns(header: list[str]) -> Columns:
    fields: dict[str, int] = {}
    kpis, ignored = [], []
    for index, name in enumerate(header):
        key = column_key(name)
        parsed = None if key else parse_kpi_header(name)
        if key and key not in fields:
            fields[key] = index
        elif parsed:
            kpis.append((index, *parsed))
        elif name.strip():
            ignored.append(name.strip())
    return Columns(fields, kpis, ignored)


def parse_number(cell: object) -> float:
    """A finite number from a cell: a numeric cell, or text read by the project's one strict parser
    (Latin/Persian/Arabic digits, a Unicode minus, a decimal comma, a trailing %)."""
    if isinstance(cell, bool):
        raise ValueError("not a number")
    if isinstance(cell, (int, float)):
        if not math.isfinite(cell):
            raise ValueError("not finite")
        return float(cell)
    return numbers.parse_number(str(cell), decimal_comma=True, percent=True)


def text_of(cell: object) -> str:
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip() if cell is not None else ""


class RowReader:
    """Turns cells into Steps; ``labels`` maps normalised emotion names to scores."""

    def __init__(self, columns: Columns, low: int, high: int, labels: dict[str, int]):
        self.columns, self.low, self.high, self.labels = columns, low, high, labels

    def cell(self, cells: list[object], key: str) -> object:
        index = self.columns.fields.get(key)
        return cells[index] if index is not None and index < len(cells) else ""

    def text(self, cells: list[object], key: str) -> str:
        return text_of(self.cell(cells, key))

    def read(self, row: int, cells: list[object]) -> tuple[Step, list[str]]:
        """The step (partly filled when there are errors) and the reasons the row is bad."""
        errors: list[str] = []
        title = self.text(cells, "title")
        if not title:
            errors.append("the title is empty")
        for key in ("stage", "lane"):
            if not self.text(cells, key):
                errors.append(f"the {key} is empty")
        kind = kind_key(self.text(cells, "kind"))
        if kind is None:
            errors.append(f"unknown kind '{self.text(cells, 'kind')}' (touchpoint or key moment)")
        step = Step(row=row, id=self.text(cells, "id"), stage=self.text(cells, "stage"),
                    lane=self.text(cells, "lane"), title=title, kind=kind or "touchpoint",
                    lane_kind=self.text(cells, "lane_kind"), journey=self.text(cells, "journey"))
        step.texts = {k: self.text(cells, k) for k in ("feeling", "desired_feeling", "owner", "description")}
        self._read_emotion(cells, step, errors)
        self._read_flags(cells, step, errors)
        self._read_links(cells, step)
        self._read_values(cells, step, errors)
        return step, errors

    def _read_emotion(self, cells, step: Step, errors: list[str]) -> None:
        raw, source = self.text(cells, "emotion"), self.text(cells, "emotion_source")
        if source:
            found = key_in(EMOTION_SOURCES, source)
            if found is None:
                errors.append(f"emotion source '{source}' is not one of {', '.join(EMOTION_SOURCES)}")
            step.emotion_source = found or "assumed"
        if not raw:
            if step.texts["feeling"]:
                errors.append(f"feeling '{step.texts['feeling']}' needs an emotion score")
            return
        score = self.labels.get(normalize(raw))
        if score is None:
            try:
                number = parse_number(self.cell(cells, "emotion"))
            except ValueError:
                errors.append(f"emotion '{raw}' is neither a number nor a name on the scale")
                return
            if not number.is_integer() or not self.low <= number <= self.high:
                errors.append(f"emotion {raw} is outside the scale {self.low}..{self.high}")
                return
            score = int(number)
        step.emotion = score

    def _read_flags(self, cells, step: Step, errors: list[str]) -> None:
        for key in ("entry", "exit"):
            flag = parse_flag(self.cell(cells, key))
            if flag is None:
                errors.append(f"{key} '{self.text(cells, key)}' is not yes or no")
            setattr(step, key, bool(flag))

    def _read_links(self, cells, step: Step) -> None:
        for key, edge_kind in LINK_KINDS.items():
            targets = split_list(self.text(cells, key))
            if key == "next" and any(normalize(t) in END_OF_JOURNEY for t in targets):
                step.end = True
                targets = [t for t in targets if normalize(t) not in END_OF_JOURNEY]
            if targets:
                step.links[edge_kind] = targets

    def _read_values(self, cells, step: Step, errors: list[str]) -> None:
        for index, name, period, is_n in self.columns.kpis:
            cell = cells[index] if index < len(cells) else ""
            if text_of(cell) == "":
                continue
            try:
                number = parse_number(cell)
            except ValueError:
                errors.append(f"'{text_of(cell)}' in column '{name} [{period}]' is not a number")
                continue
            if is_n:
                if not number.is_integer() or number < 0:
                    errors.append(f"n {text_of(cell)} for {name} [{period}] is not a whole number")
                else:
                    step.sizes[(name, period)] = int(number)
            else:
                step.values[(name, period)] = number
