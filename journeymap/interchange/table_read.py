"""Read a spreadsheet (.xlsx with openpyxl, or .csv) into plain sheets of cells.

openpyxl is imported when a workbook is read, never at start-up. A CSV file is the steps sheet;
a sibling ``NAME.kpis.csv`` (written by the data export) is read as the KPIs sheet.
"""
from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from journeymap.interchange.columns import SHEETS, key_in

CSV_SUFFIXES = {"kpis": ".kpis.csv", "kpi_values": ".kpi_values.csv", "weak_points": ".weak_points.csv"}


class TableReadError(ValueError):
    """A file that is not a readable spreadsheet; ``str()`` is one line."""


@dataclass
class Sheet:
    name: str
    header: list[str]
    rows: list[tuple[int, list[object]]] = field(default_factory=list)  # (row number, cells)


def _cells_text(value: object) -> object:
    return "" if value is None else value


def _sheet(name: str, raw_rows: list[list[object]]) -> Sheet:
    """The first non-empty row is the header; rows keep their spreadsheet row numbers."""
    numbered = [(i + 1, [_cells_text(c) for c in row]) for i, row in enumerate(raw_rows)]
    numbered = [(n, cells) for n, cells in numbered if any(str(c).strip() for c in cells)]
    if not numbered:
        return Sheet(name, [])
    (_, header), body = numbered[0], numbered[1:]
    return Sheet(name, [str(h).strip() for h in header], body)


def _csv_rows(data: bytes, path: Path) -> list[list[object]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableReadError(f"{path}: not a UTF-8 CSV file") from None
    sample = text[:4096]
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    try:
        return [list(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter)]
    except csv.Error as exc:
        raise TableReadError(f"{path}: not a CSV file ({exc})") from None


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise TableReadError(f"{path}: {exc.strerror or exc}") from None


def read_sheets(path: str | Path) -> tuple[Sheet, Optional[Sheet]]:
    """(steps sheet, KPIs sheet or None) of an .xlsx or .csv file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        steps = _sheet(path.stem, _csv_rows(_read_bytes(path), path))
        kpi_path = path.with_name(path.name[: -len(".csv")] + CSV_SUFFIXES["kpis"])
        kpis = _sheet(kpi_path.stem, _csv_rows(_read_bytes(kpi_path), kpi_path)) if kpi_path.exists() else None
        return steps, kpis
    if suffix == ".xlsx":
        return _read_workbook(path)
    raise TableReadError(f"{path}: choose an .xlsx or .csv file")


def _read_workbook(path: Path) -> tuple[Sheet, Optional[Sheet]]:
    from openpyxl import load_workbook

    data = _read_bytes(path)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise TableReadError(f"{path}: not an .xlsx workbook ({exc.__class__.__name__})") from None
    try:
        named = {key_in(SHEETS, ws.title): ws for ws in book.worksheets}
        steps_ws = named.get("steps") or book.worksheets[0]
        steps = _sheet(steps_ws.title, [list(r) for r in steps_ws.iter_rows(values_only=True)])
        kpis_ws = named.get("kpis")
        kpis = _sheet(kpis_ws.title, [list(r) for r in kpis_ws.iter_rows(values_only=True)]) if kpis_ws else None
    finally:
        book.close()
    return steps, kpis
