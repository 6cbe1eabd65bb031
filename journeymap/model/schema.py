"""Pydantic models of the journeymap file format (schema_version 2; version 1 is migrated, migrations.py).

Field names are a contract with hand-written files and other tools; see docs/format.md.
Every model forbids unknown keys and non-finite numbers. Cross-references are checked in
``JourneyMap``'s validator so that a loaded map is always internally consistent.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SCHEMA_VERSION = 2
FORMAT_NAME = "journeymap"

NodeKind = Literal["touchpoint", "key_moment"]
LaneKind = Literal["channel", "actor", "backstage", "emotion", "other"]
EdgeKind = Literal["flow", "alternative", "fallback"]
KpiKind = Literal["nps", "csat", "ces", "custom"]
KpiDirection = Literal["higher_better", "lower_better"]
KpiMethod = Literal["nps", "top2box", "mean", "percent"]
Direction = Literal["ltr", "rtl"]
Decision = Literal["accepted", "dismissed"]
EmotionSource = Literal["assumed", "survey", "interviews", "analytics"]  # how an expected emotion is known

Id = str  # ids are opaque strings; new ones are uuid4 hex (ids.py)


class _Model(BaseModel):
    # Items are immutable: only the Document replaces them (absolute new values), so nothing can
    # change the map behind its back. JourneyMap itself is the Document's container (not frozen).
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False, str_max_length=100_000, frozen=True)


# Bounds on every number that drives allocation, loops or Qt's 32-bit widgets (a 9 KB map with a
# scale of -2e9..2e9 must be refused, not allocate gigabytes). See docs/format.md "Limits".
EMOTION_LIMIT = 10  # the emotion scale lies within -10..10
MAX_COUNT = 1_000_000_000  # sample sizes and answer counts (fit a 32-bit int)
MAX_KPI_NUMBER = 1e9  # KPI scale ends, targets and values
MAX_STRUCTURE = 2000  # stages, lanes, personas, KPIs, periods each


class EmotionScale(_Model):
    min: int = Field(default=-2, ge=-EMOTION_LIMIT, le=EMOTION_LIMIT)
    max: int = Field(default=2, ge=-EMOTION_LIMIT, le=EMOTION_LIMIT)
    labels: dict[int, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_range(self) -> "EmotionScale":
        if self.min >= self.max:
            raise ValueError(f"emotion_scale.min ({self.min}) must be below max ({self.max})")
        for score in self.labels:
            if not self.min <= score <= self.max:
                raise ValueError(f"emotion_scale label {score} is outside {self.min}..{self.max}")
        object.__setattr__(self, "labels", dict(sorted(self.labels.items())))  # frozen: sorted once here
        return self


class Persona(_Model):
    id: Id
    name: str
    description: str = ""
    segment: str = ""
    color: str = "#5b6ee1"


class Stage(_Model):
    id: Id
    name: str
    width: float = Field(default=320.0, ge=120.0, le=5000.0)


class Lane(_Model):
    id: Id
    name: str
    kind: LaneKind = "channel"
    height: float = Field(default=170.0, ge=110.0, le=3000.0)


class Emotion(_Model):
    """An expected emotion; ``emotion_source`` says whether it is a workshop guess or researched."""

    score: int = Field(ge=-EMOTION_LIMIT, le=EMOTION_LIMIT)
    feeling: str = ""
    note: str = ""
    emotion_source: EmotionSource = "assumed"


class Node(_Model):
    id: Id
    kind: NodeKind = "touchpoint"
    title: str
    description: str = ""
    stage_id: Id
    lane_id: Id
    x: float = Field(default=20.0, ge=-100_000, le=100_000)
    y: float = Field(default=40.0, ge=-100_000, le=100_000)
    expected_emotion: Optional[Emotion] = None
    desired_feeling: str = ""
    owner: str = ""
    persona_ids: list[Id] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    is_entry: bool = False
    is_exit: bool = False


class Edge(_Model):
    id: Id
    source: Id
    target: Id
    label: str = ""
    kind: EdgeKind = "flow"


class KpiDef(_Model):
    id: Id
    name: str
    kind: KpiKind = "custom"
    scale_min: float = Field(default=1, ge=-MAX_KPI_NUMBER, le=MAX_KPI_NUMBER)
    scale_max: float = Field(default=5, ge=-MAX_KPI_NUMBER, le=MAX_KPI_NUMBER)
    direction: KpiDirection = "higher_better"
    method: KpiMethod = "mean"
    target: Optional[float] = Field(default=None, ge=-MAX_KPI_NUMBER, le=MAX_KPI_NUMBER)
    unit: str = ""

    @model_validator(mode="after")
    def _check_scale(self) -> "KpiDef":
        if self.scale_min >= self.scale_max:
            raise ValueError(f"KPI '{self.id}': scale_min must be below scale_max")
        return self

    def value_range(self) -> tuple[float, float]:
        """The range a measured value of this KPI can take, in the KPI's units."""
        if self.method == "nps":
            return (-100.0, 100.0)
        if self.method in ("top2box", "percent"):
            return (0.0, 100.0)
        return (self.scale_min, self.scale_max)


class Period(_Model):
    id: Id
    label: str
    start: Optional[dt.date] = None
    end: Optional[dt.date] = None

    @model_validator(mode="after")
    def _check_dates(self) -> "Period":
        if self.start and self.end and self.start > self.end:
            raise ValueError(f"period '{self.label}' ends before it starts")
        return self


class NpsCounts(_Model):
    """The answers behind an NPS: 9-10, 7-8 and 0-6 (they add up to the sample size)."""

    promoters: int = Field(ge=0)
    passives: int = Field(ge=0)
    detractors: int = Field(ge=0)


class TopBoxCount(_Model):
    """Answers in the top two boxes (or at the maximum for a percent KPI), out of the sample size."""

    top_box: int = Field(ge=0)


class MeanSpread(_Model):
    """The standard deviation of the answers behind a mean (n is the sample size)."""

    sd: float = Field(ge=0)


class Measurement(_Model):
    node_id: Id
    kpi_id: Id
    period_id: Id
    value: float = Field(ge=-MAX_KPI_NUMBER, le=MAX_KPI_NUMBER)
    sample_size: Optional[int] = Field(default=None, ge=0, le=MAX_COUNT)
    source: str = ""
    counts: Optional[NpsCounts | TopBoxCount | MeanSpread] = None  # schema v2; stats.py reads them

    @model_validator(mode="after")
    def _check_counts(self) -> "Measurement":
        if self.counts is None:
            return self
        where = f"measurement {self.node_id}/{self.kpi_id}/{self.period_id}"
        if not self.sample_size:
            raise ValueError(f"{where}: counts need a sample_size")
        if isinstance(self.counts, NpsCounts):
            total = self.counts.promoters + self.counts.passives + self.counts.detractors
            if total != self.sample_size:
                raise ValueError(f"{where}: promoters + passives + detractors = {total}, "
                                 f"but sample_size is {self.sample_size}")
        elif isinstance(self.counts, TopBoxCount) and self.counts.top_box > self.sample_size:
            raise ValueError(f"{where}: top_box {self.counts.top_box} is more than sample_size {self.sample_size}")
        return self

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.node_id, self.kpi_id, self.period_id)


class Rules(_Model):
    """Weak-point thresholds (see weakpoints.py for what each one means)."""

    kpi_falling_points: float = Field(default=10.0, ge=0)  # NPS points
    kpi_falling_percent: float = Field(default=5.0, ge=0)  # percentage points (top-2-box, percent)
    kpi_falling_mean: float = Field(default=0.3, ge=0)  # scale steps for mean KPIs
    negative_emotion_at: int = Field(default=-1, ge=-EMOTION_LIMIT, le=EMOTION_LIMIT)  # at or below: negative
    emotion_dip_steps: int = Field(default=2, ge=1, le=2 * EMOTION_LIMIT)
    expectation_gap_emotion: int = Field(default=1, ge=-EMOTION_LIMIT, le=EMOTION_LIMIT)  # expected good, KPI misses
    small_sample: int = Field(default=30, ge=0, le=MAX_COUNT)

    # journey-level rules (journey_rules.py); any rule can be switched off per map with ``disabled``
    ending_trend_steps: int = Field(default=3, ge=2, le=50)  # last emotions on the main path that must fall
    channel_switches: int = Field(default=3, ge=1, le=1000)  # channel-lane changes on one path
    omnichannel_gap_emotion: int = Field(default=2, ge=1, le=20)  # emotion gap between channels in a stage
    assumed_emotion_periods: int = Field(default=2, ge=1, le=1000)  # recent periods that would back a guess
    disabled: list[str] = Field(default_factory=list, max_length=200)  # rule ids switched off for this map


class Review(_Model):
    """A decision on ONE weak point: its rule, its card and, for KPI rules, its KPI."""

    rule: str
    node_id: Id
    kpi_id: Optional[Id] = None  # which KPI's flag (CSAT and CES flags of one card are two decisions)
    decision: Decision
    note: str = ""
    date: Optional[dt.date] = None


class JourneyMap(_Model):
    model_config = ConfigDict(frozen=False)  # merged with _Model's config

    id: Id
    title: str
    description: str = ""
    language: str = "en"
    direction: Direction = "ltr"
    north_star: str = ""
    emotion_scale: EmotionScale = Field(default_factory=EmotionScale)
    personas: list[Persona] = Field(default_factory=list, max_length=MAX_STRUCTURE)
    stages: list[Stage] = Field(default_factory=list, max_length=MAX_STRUCTURE)
    lanes: list[Lane] = Field(default_factory=list, max_length=MAX_STRUCTURE)
    nodes: list[Node] = Field(default_factory=list)
    edges: list[Edge] = Field(default_factory=list)
    kpis: list[KpiDef] = Field(default_factory=list, max_length=MAX_STRUCTURE)
    periods: list[Period] = Field(default_factory=list, max_length=MAX_STRUCTURE)
    measurements: list[Measurement] = Field(default_factory=list)
    rules: Rules = Field(default_factory=Rules)
    reviews: list[Review] = Field(default_factory=list)

    @field_validator("language")
    @classmethod
    def _check_language(cls, value: str) -> str:
        if not (2 <= len(value) <= 12) or not value.replace("-", "").replace("_", "").isalnum():
            raise ValueError(f"language '{value}' is not a language code such as fa, ar or en")
        return value

    @model_validator(mode="after")
    def _check_references(self) -> "JourneyMap":
        from journeymap.model.integrity import check_integrity

        check_integrity(self)
        return self

    # -- lookups (linear; callers that need many use index dicts) --
    def node(self, node_id: str) -> Node:
        for node in self.nodes:
            if node.id == node_id:
                return node
        raise KeyError(node_id)

    def is_rtl(self) -> bool:
        return self.direction == "rtl"

    def detached(self) -> "JourneyMap":
        """A copy with lists of its own that shares the (frozen) items: a Document can change it
        without touching this map, at the cost of copying the lists, not every item."""
        lists = {name: list(getattr(self, name)) for name, info in type(self).model_fields.items()
                 if getattr(info.annotation, "__origin__", None) is list}
        return self.model_copy(update=lists)


class MapFile(_Model):
    """The file envelope: ``{"format": "journeymap", "schema_version": 2, "map": {...}}``."""

    format: Literal["journeymap"]  # required: the fast load path must not accept a file without them
    schema_version: Literal[2]
    map: JourneyMap

    @field_validator("schema_version", mode="before")
    @classmethod
    def _integer_version(cls, value: object) -> object:
        # as io._check_envelope: 2.0 is not a schema_version (the fast path would load it, the careful path not)
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("the file has no valid schema_version")
        return value


def updated(model: _Model, **changes) -> _Model:
    """A validated copy of ``model`` with ``changes`` (``model_copy(update=...)`` skips validation)."""
    return type(model).model_validate({**model.model_dump(), **changes})
