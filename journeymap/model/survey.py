"""Survey CSV import: raw answers -> aggregated measurements, all or nothing.

Columns: ``node`` (id or exact title), ``kpi`` (id or name), ``period`` (id or label; may be given
once for the whole file), ``score``, optional ``respondent``. UTF-8 with or without BOM; comma or
semicolon separated. Every bad row is reported with its line number and reason; if any row is bad,
nothing is imported.
"""
from __future__ import annotations

import csv
import io
import math
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from journeymap.model.metrics import MetricError, compute
from journeymap.model.schema import JourneyMap, Measurement

REQUIRED = ("node", "kpi", "score")
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")


@dataclass
class RowError:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class SurveyResult:
    measurements: list[Measurement] = field(default_factory=list)  # new or replacing values
    replaced: list[tuple[Measurement, Measurement]] = field(default_factory=list)  # (old, new)
    errors: list[RowError] = field(default_factory=list)
    rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class SurveyError(ValueError):
    """A CSV that cannot be imported; ``errors`` lists every bad row."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        shown = "; ".join(str(e) for e in errors[:5])
        more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
        super().__init__(f"{len(errors)} bad rows, nothing imported: {shown}{more}")


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip()).casefold()


def _lookup(items, *attrs) -> dict[str, str]:
    table: dict[str, str] = {}
    for item in items:
        for attr in attrs:
            table.setdefault(_norm(getattr(item, attr)), item.id)
    return table


def _read_rows(data: bytes) -> tuple[list[str], list[tuple[int, dict]]]:
    text = data.decode("utf-8-sig")
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    reader = csv.DictReader(io.StringIO(text), delimiter=delimiter)
    header = [_norm(h or "") for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    return header, [(reader.line_num, row) for row in reader]


def _parse_score(text: str) -> float:
    value = float((text or "").strip().translate(DIGITS).replace(",", "."))
    if not math.isfinite(value):
        raise ValueError
    return value


def parse_survey(jmap: JourneyMap, data: bytes, period: Optional[str] = None) -> SurveyResult:
    """Aggregate the CSV's answers per node x KPI x period; errors are collected, not raised."""
    result = SurveyResult()
    try:
        header, rows = _read_rows(data)
    except (UnicodeDecodeError, csv.Error) as exc:
        result.errors.append(RowError(1, f"not a UTF-8 CSV file ({exc.__class__.__name__})"))
        return result
    missing = [c for c in REQUIRED if c not in header] + ([] if period or "period" in header else ["period"])
    if missing:
        result.errors.append(RowError(1, f"missing column(s): {', '.join(missing)}"))
        return result
    nodes, kpis = _lookup(jmap.nodes, "id", "title"), _lookup(jmap.kpis, "id", "name", "kind")
    periods = _lookup(jmap.periods, "id", "label")
    answers: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    kpi_defs = {k.id: k for k in jmap.kpis}
    for line, row in rows:
        result.rows += 1
        error = _check_row(row, period, nodes, kpis, periods, kpi_defs, answers)
        if error:
            result.errors.append(RowError(line, error))
    if not result.errors:
        _aggregate(jmap, answers, kpi_defs, result)
    return result


def _check_row(row, period, nodes, kpis, periods, kpi_defs, answers) -> Optional[str]:
    node_id = nodes.get(_norm(row.get("node") or ""))
    if node_id is None:
        return f"unknown node '{(row.get('node') or '').strip()}'"
    kpi_id = kpis.get(_norm(row.get("kpi") or ""))
    if kpi_id is None:
        return f"unknown KPI '{(row.get('kpi') or '').strip()}'"
    period_text = (row.get("period") or "").strip() or (period or "")
    period_id = periods.get(_norm(period_text))
    if period_id is None:
        return f"unknown period '{period_text}'"
    try:
        score = _parse_score(row.get("score") or "")
    except ValueError:
        return f"score '{(row.get('score') or '').strip()}' is not a number"
    kpi = kpi_defs[kpi_id]
    low, high = (0, 10) if kpi.method == "nps" else (kpi.scale_min, kpi.scale_max)
    if not low <= score <= high:
        return f"score {score:g} is outside {kpi.name}'s scale {low:g}..{high:g}"
    answers[(node_id, kpi_id, period_id)].append(score)
    return None


def _aggregate(jmap: JourneyMap, answers, kpi_defs, result: SurveyResult) -> None:
    existing = {m.key: m for m in jmap.measurements}
    for (node_id, kpi_id, period_id), scores in sorted(answers.items()):
        try:
            metric = compute(kpi_defs[kpi_id], scores)
        except MetricError as exc:  # pragma: no cover - rows are range-checked above
            result.errors.append(RowError(0, str(exc)))
            continue
        new = Measurement(node_id=node_id, kpi_id=kpi_id, period_id=period_id, value=metric.value,
                          sample_size=metric.sample_size, source="survey import")
        result.measurements.append(new)
        if new.key in existing:
            result.replaced.append((existing[new.key], new))


def merged_measurements(jmap: JourneyMap, result: SurveyResult) -> list[Measurement]:
    """The map's measurements with the import applied (replacing the same node/KPI/period)."""
    if not result.ok:
        raise SurveyError(result.errors)
    incoming = {m.key: m for m in result.measurements}
    kept = [incoming.pop(m.key, m) for m in jmap.measurements]
    return kept + list(incoming.values())


def import_survey(jmap: JourneyMap, data: bytes, period: Optional[str] = None) -> JourneyMap:
    """A new map with the survey applied; raises SurveyError (listing every bad row) otherwise."""
    result = parse_survey(jmap, data, period)
    return jmap.model_copy(update={"measurements": merged_measurements(jmap, result)})


def has_period_column(data: bytes) -> bool:
    try:
        header, _ = _read_rows(data.split(b"\n", 1)[0] + b"\n")
    except (UnicodeDecodeError, csv.Error):
        return False
    return "period" in header


def guess_period(jmap: JourneyMap, file_name: str, data: bytes) -> Optional[str]:
    """The period the answers belong to, only when the evidence is unambiguous: every date in a
    ``date`` column falls inside exactly one period, or the file name contains exactly one period's
    label or id. None otherwise (the import dialog then preselects nothing)."""
    import datetime as dt

    try:
        header, rows = _read_rows(data)
        dates = [dt.date.fromisoformat((row.get("date") or "").strip()[:10]) for _, row in rows] if "date" in header else []
    except (UnicodeDecodeError, csv.Error, ValueError):
        dates = []
    if dates:
        inside = [p.id for p in jmap.periods if p.start and p.end and all(p.start <= d <= p.end for d in dates)]
        if len(inside) == 1:
            return inside[0]
    name = _norm(file_name).translate(DIGITS)
    named = [p.id for p in jmap.periods if _norm(p.label).translate(DIGITS) in name or _norm(p.id) in name]
    return named[0] if len(named) == 1 else None
