"""Spreadsheet import: one row per step -> a new journey map, all or nothing.

``import_table(path, language=None)`` returns a validated JourneyMap or raises TableImportError
whose ``errors`` hold one RowError per bad row (with the spreadsheet's row number). Stages and
lanes are created in the order they first appear; the next step follows the row order within a
journey (the optional ``journey`` column) unless ``next`` names the targets (ids or titles,
separated by ``;``) or says the journey ends (``-``). Layout is generated: cards of a cell side by
side, stages widened to fit.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from pydantic import ValidationError

from journeymap.interchange.columns import COLUMNS, REQUIRED, names_in, normalize
from journeymap.interchange.kpi_defs import KpiSheet
from journeymap.interchange.table_read import Sheet, read_sheets
from journeymap.interchange.table_rows import RowError, RowReader, Step, map_columns
from journeymap.model.layout import CARD_HEIGHT, CARD_WIDTH, CELL_PADDING, snap
from journeymap.model.messages import base_language
from journeymap.model.schema import JourneyMap
from journeymap.model.slots import DEFAULT_TOP
from journeymap.templates import EMOTIONS

BACKSTAGE_WORDS = ("backstage", "پشت صحنه", "خلف الكواليس", "back office")
LANE_KINDS = ("channel", "actor", "backstage", "emotion", "other")
CARD_STEP = CARD_WIDTH + 2 * CELL_PADDING
ROW_STEP = CARD_HEIGHT + 2 * CELL_PADDING
FIRST_ROW = DEFAULT_TOP
CELL_COLUMNS = 20  # cards side by side in one cell before a new row starts (stages stay under 5000)


class TableImportError(ValueError):
    """A table that cannot become a map; ``errors`` has one entry per bad row."""

    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__(f"{len(errors)} bad row(s), nothing imported")


@dataclass
class ImportResult:
    map: JourneyMap
    ignored_columns: list[str] = field(default_factory=list)


def import_table(path: str | Path, language: Optional[str] = None, title: Optional[str] = None) -> ImportResult:
    """Raises TableReadError (not a readable table) or TableImportError (bad rows)."""
    steps_sheet, kpi_sheet = read_sheets(path)
    language = language or detect_language(steps_sheet)
    return build_from_sheets(steps_sheet, kpi_sheet, language, title or Path(path).stem)


def detect_language(sheet: Sheet) -> str:
    """fa or ar when the headers are Persian or Arabic names (else by the script of the titles)."""
    for lang in ("fa", "ar"):
        own = {normalize(n) for n in names_in(lang, COLUMNS).values()}
        other = {normalize(n) for n in names_in("ar" if lang == "fa" else "fa", COLUMNS).values()}
        if any(normalize(h) in own - other for h in sheet.header):
            return lang
    text = " ".join(str(c) for _, cells in sheet.rows[:50] for c in cells)
    if any(ch in text for ch in "پچژگکی"):
        return "fa"
    return "ar" if any("\u0600" <= ch <= "\u06ff" for ch in text) else "en"


def build_from_sheets(steps_sheet: Sheet, kpi_sheet: Optional[Sheet], language: str, title: str) -> ImportResult:
    columns = map_columns(steps_sheet.header)
    missing = [names_in(language, COLUMNS)[k] for k in REQUIRED if k not in columns.fields]
    if missing:
        raise TableImportError([RowError(steps_sheet.name, 1, [f"missing column(s): {', '.join(missing)}"])])
    if not steps_sheet.rows:
        raise TableImportError([RowError(steps_sheet.name, 2, ["the table has no steps (one row per step)"])])
    labels = _emotion_labels(language)
    reader = RowReader(columns, -2, 2, labels)
    kpis = KpiSheet(kpi_sheet) if kpi_sheet else KpiSheet(None)
    problems: dict[int, list[str]] = defaultdict(list)
    steps: list[Step] = []
    for row, cells in steps_sheet.rows:
        step, reasons = reader.read(row, cells)
        problems[row] += reasons + kpis.check_values(step)
        steps.append(step)
    for row, reasons in _check_keys(steps).items():
        problems[row] += reasons
    errors = [RowError(steps_sheet.name, row, reasons) for row, reasons in sorted(problems.items()) if reasons]
    if errors or kpis.errors:
        raise TableImportError(kpis.errors + errors)
    order = [(name, period) for _, name, period, is_n in columns.kpis if not is_n]
    return ImportResult(_build_map(steps, kpis.measurements, order, language, title), columns.ignored)


def _emotion_labels(language: str) -> dict[str, int]:
    """Emotion names of the map's language first, then the other languages'."""
    labels: dict[str, int] = {}
    for lang in (base_language(language), "en", "fa", "ar"):
        for score, name in EMOTIONS.get(lang, {}).items():
            labels.setdefault(normalize(name), score)
    return labels


def _check_keys(steps: list[Step]) -> dict[int, list[str]]:
    """Duplicate steps and links to unknown steps, by row."""
    by_id: dict[str, Step] = {}
    by_title: dict[str, list[Step]] = defaultdict(list)
    seen_cells: dict[tuple, int] = {}
    problems: dict[int, list[str]] = defaultdict(list)
    for step in steps:
        if step.id and step.id in by_id:
            problems[step.row].append(f"duplicate step id '{step.id}' (row {by_id[step.id].row})")
        cell_key = (normalize(step.stage), normalize(step.lane), normalize(step.title))
        if not step.id and cell_key in seen_cells:
            problems[step.row].append(f"duplicate step '{step.title}' (row {seen_cells[cell_key]})")
        seen_cells.setdefault(cell_key, step.row)
        if step.id:
            by_id.setdefault(step.id, step)
        by_title[normalize(step.title)].append(step)
    for step in steps:
        for targets in step.links.values():
            for ref in targets:
                if ref in by_id:
                    continue
                found = by_title.get(normalize(ref), [])
                if not found:
                    problems[step.row].append(f"unknown next step '{ref}'")
                elif len(found) > 1:
                    problems[step.row].append(f"next step '{ref}' is ambiguous ({len(found)} steps have "
                                              "this title; use the id column)")
    return problems


def _lane_kind(step: Step) -> str:
    if step.lane_kind in LANE_KINDS:
        return step.lane_kind
    name = normalize(step.lane)
    return "backstage" if any(word in name for word in BACKSTAGE_WORDS) else "channel"


def _build_map(steps: list[Step], measure, order: list, language: str, title: str) -> JourneyMap:
    stages: dict[str, dict] = {}
    lanes: dict[str, dict] = {}
    ids = _node_ids(steps)
    nodes = []
    per_cell: dict[tuple[str, str], int] = defaultdict(int)
    for step in steps:
        stage = stages.setdefault(normalize(step.stage), {"id": f"s{len(stages) + 1}", "name": step.stage})
        lane = lanes.setdefault(normalize(step.lane), {"id": f"l{len(lanes) + 1}", "name": step.lane,
                                                        "kind": _lane_kind(step)})
        index = per_cell[(stage["id"], lane["id"])]
        per_cell[(stage["id"], lane["id"])] += 1
        x, y = _slot(index)
        stage["width"] = max(stage.get("width", 320.0), min(index + 1, CELL_COLUMNS) * CARD_STEP + CELL_PADDING)
        lane["height"] = max(lane.get("height", 170.0), y + ROW_STEP)
        nodes.append(_node(step, ids[step.row], stage["id"], lane["id"], x, y))
    periods, measurements, kpis = measure(steps, ids, order)
    data = {
        "id": "imported", "title": title, "language": base_language(language),
        "direction": "rtl" if base_language(language) in ("fa", "ar") else "ltr",
        "emotion_scale": {"min": -2, "max": 2, "labels": EMOTIONS.get(base_language(language), EMOTIONS["en"])},
        "stages": list(stages.values()), "lanes": list(lanes.values()), "nodes": nodes,
        "edges": _edges(steps, ids), "kpis": kpis, "periods": periods, "measurements": measurements,
    }
    try:
        return JourneyMap.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise TableImportError([RowError("table", 0, [str(first.get("msg", exc))])]) from None


def _node_ids(steps: list[Step]) -> dict[int, str]:
    taken = {s.id for s in steps if s.id}
    ids = {}
    for step in steps:
        node_id = step.id or f"n{step.row}"
        while not step.id and node_id in taken:
            node_id += "_"
        taken.add(node_id)
        ids[step.row] = node_id
    return ids


def _slot(index: int) -> tuple[float, float]:
    """The offset of the index-th card of a cell: side by side, a new row after CELL_COLUMNS."""
    row, col = divmod(index, CELL_COLUMNS)
    return snap(CELL_PADDING + col * CARD_STEP), FIRST_ROW + row * ROW_STEP


def _node(step: Step, node_id: str, stage_id: str, lane_id: str, x: float, y: float) -> dict:
    emotion = None if step.emotion is None else {"score": step.emotion, "feeling": step.texts["feeling"],
                                                 "emotion_source": step.emotion_source}
    return {"id": node_id, "kind": step.kind, "title": step.title, "description": step.texts["description"],
            "stage_id": stage_id, "lane_id": lane_id, "x": x, "y": y, "expected_emotion": emotion,
            "desired_feeling": step.texts["desired_feeling"], "owner": step.texts["owner"],
            "is_entry": step.entry, "is_exit": step.exit}


def _edges(steps: list[Step], ids: dict[int, str]) -> list[dict]:
    by_id = {s.id: ids[s.row] for s in steps if s.id}
    by_title = {normalize(s.title): ids[s.row] for s in steps}
    pairs: list[tuple[str, str, str]] = []
    for i, step in enumerate(steps):
        source = ids[step.row]
        if step.links:
            for kind, refs in step.links.items():
                pairs += [(source, by_id.get(ref) or by_title[normalize(ref)], kind) for ref in refs]
        elif not (step.end or step.exit):
            following = next((s for s in steps[i + 1:] if s.journey == step.journey), None)
            if following:
                pairs.append((source, ids[following.row], "flow"))
    unique = {(s, t): k for s, t, k in reversed(pairs)}  # the first link between two steps wins
    ordered = [(s, t, unique.pop((s, t))) for s, t, _ in pairs if (s, t) in unique]
    return [{"id": f"e{i + 1}", "source": s, "target": t, "kind": k} for i, (s, t, k) in enumerate(ordered)]
