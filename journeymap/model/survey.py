"""Survey CSV import: raw answers -> aggregated measurements, all or nothing.

Columns: ``node`` (id or exact title), ``kpi`` (id or name), ``period`` (id or label; may be given
once for the whole file), ``score``, optional ``respondent``. UTF-8 with or without BOM; comma or
semicolon separated. Every bad row is reported with its line number and reason; if any row is bad,
nothing is imported.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from journeymap.model.metrics import MetricError, compute
from journeymap.model.numbers import parse_number
from journeymap.model.schema import JourneyMap, Measurement
from journeymap.model.stats import answer_counts

REQUIRED = ("node", "kpi", "score")
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫", "01234567890123456789.")
_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
MAX_CSV_BYTES = 50 * 1024 * 1024  # a survey export of a few hundred thousand answers fits easily
SHOWN_ERRORS = 20  # bad rows listed before "and N more"


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
        shown = "; ".join(str(e) for e in errors[:SHOWN_ERRORS])
        more = f" (and {len(errors) - SHOWN_ERRORS} more)" if len(errors) > SHOWN_ERRORS else ""
        super().__init__(f"{len(errors)} bad rows, nothing imported: {shown}{more}")

    def lines(self, limit: int = SHOWN_ERRORS) -> list[str]:
        """The first ``limit`` bad rows, one per line, then "and N more" (never a million lines)."""
        shown = [str(e) for e in self.errors[:limit]]
        if len(self.errors) > limit:
            shown.append(f"and {len(self.errors) - limit} more")
        return shown


def _norm(text: str) -> str:
    return unicodedata.normalize("NFC", text.strip()).casefold()


def _lookup(items, *attrs) -> dict[str, str]:
    table: dict[str, str] = {}
    for item in items:
        for attr in attrs:
            table.setdefault(_norm(getattr(item, attr)), item.id)
    return table


class CsvProblem(csv.Error):
    """The CSV cannot be read at all; ``line`` is the physical line where the problem is."""

    def __init__(self, line: int, reason: str):
        super().__init__(f"line {line}: {reason}")
        self.line, self.reason = line, reason


def _line_at(data: bytes, offset: int) -> int:
    """The 1-based physical line (LF, CRLF or CR endings) that byte ``offset`` is on."""
    return len(_LINE_BREAK.findall(data, 0, offset)) + 1


def _decode_csv(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvProblem(_line_at(data, exc.start), f"not UTF-8 text (byte 0x{data[exc.start]:02x}): "
                         "save the CSV as UTF-8") from None


def _records(text: str, delimiter: str):
    """(first physical line, fields) per non-blank record; quoted newlines stay inside their record."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    while True:
        start = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            if "field larger than field limit" in str(exc):
                raise CsvProblem(start, f"a field is longer than {csv.field_size_limit() // 1024} KB") from None
            raise CsvProblem(start, str(exc)) from None
        if any(f.strip() for f in fields):
            yield start, fields


def _header(fields: list[str]) -> list[str]:
    header = [_norm(h) for h in fields]
    seen = set()
    for name in header:
        if name and name in seen:
            raise CsvProblem(1, f"column '{name}' appears more than once")
        seen.add(name)
    return header


def _read_rows(data: bytes) -> tuple[list[str], list[tuple[int, dict]]]:
    """(normalised header, [(line, {column: text})]); raises CsvProblem for an unreadable file."""
    text = _decode_csv(data)
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    records = _records(text, delimiter)
    first = next(records, None)
    if first is None:
        raise CsvProblem(1, "the file is empty")
    header = _header(first[1])
    rows = [(line, dict(zip(header, fields))) for line, fields in records]
    return header, rows


def _parse_score(text: str) -> float:
    return parse_number(text or "", decimal_comma=True)


def parse_survey(jmap: JourneyMap, data: bytes, period: Optional[str] = None) -> SurveyResult:
    """Aggregate the CSV's answers per node x KPI x period; errors are collected, not raised."""
    result = SurveyResult()
    try:
        header, rows = _read_rows(data)
    except CsvProblem as exc:
        result.errors.append(RowError(exc.line, exc.reason))
        return result
    missing = [c for c in REQUIRED if c not in header] + ([] if period or "period" in header else ["period"])
    if missing:
        result.errors.append(RowError(1, f"missing column(s): {', '.join(missing)}"))
        return result
    if not rows:
        result.errors.append(RowError(1, "no answers after the header row"))
        return result
    nodes, kpis = _lookup(jmap.nodes, "id", "title"), _lookup(jmap.kpis, "id", "name", "kind")
    periods = _lookup(jmap.periods, "id", "label")
    answers: dict[tuple[str, str, str], list[float]] = defaultdict(list)
    kpi_defs = {k.id: k for k in jmap.kpis}
    respondents: dict[tuple[str, str, str, str], int] = {}
    for line, row in rows:
        result.rows += 1
        error = _check_row(row, period, nodes, kpis, periods, kpi_defs, answers, (line, respondents))
        if error:
            result.errors.append(RowError(line, error))
    if not result.errors:
        _aggregate(jmap, answers, kpi_defs, result)
    return result


def _check_row(row, period, nodes, kpis, periods, kpi_defs, answers, seen=(0, None)) -> Optional[str]:
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
    duplicate = _repeated_respondent(row, (node_id, kpi_id, period_id), *seen)
    if duplicate:
        return duplicate
    kpi = kpi_defs[kpi_id]
    low, high = (0, 10) if kpi.method == "nps" else (kpi.scale_min, kpi.scale_max)
    if not low <= score <= high:
        return f"score {score:g} is outside {kpi.name}'s scale {low:g}..{high:g}"
    answers[(node_id, kpi_id, period_id)].append(score)
    return None


def _repeated_respondent(row, key: tuple[str, str, str], line: int, respondents) -> Optional[str]:
    """A respondent counts once per node, KPI and period: a second answer is refused, naming the first."""
    respondent = (row.get("respondent") or "").strip()
    if not respondent or respondents is None:
        return None
    first = respondents.setdefault((_norm(respondent), *key), line)
    if first == line:
        return None
    return (f"respondent '{respondent}' already answered {(row.get('kpi') or '').strip()} for "
            f"'{(row.get('node') or '').strip()}' in this period on line {first}")


def _aggregate(jmap: JourneyMap, answers, kpi_defs, result: SurveyResult) -> None:
    existing = {m.key: m for m in jmap.measurements}
    for (node_id, kpi_id, period_id), scores in sorted(answers.items()):
        try:
            metric = compute(kpi_defs[kpi_id], scores)
        except MetricError as exc:  # pragma: no cover - rows are range-checked above
            result.errors.append(RowError(0, str(exc)))
            continue
        new = Measurement(node_id=node_id, kpi_id=kpi_id, period_id=period_id, value=metric.value,
                          sample_size=metric.sample_size, source="survey import",
                          counts=answer_counts(kpi_defs[kpi_id], scores))
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
