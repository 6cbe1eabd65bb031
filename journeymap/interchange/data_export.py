"""Data export: the map's tables as an .xlsx workbook (openpyxl) or one .csv file per table.

Sheets / files: steps (the import layout), KPIs (definitions), KPI values (every period, with n,
target and whether it meets it), weak points (with their decisions). CSV: ``OUT.csv`` is the
steps table; ``OUT.kpis.csv``, ``OUT.kpi_values.csv`` and ``OUT.weak_points.csv`` sit next to it.
Files are written atomically; values stay numbers with ASCII digits (data, not display).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Optional

from journeymap.interchange.columns import SHEETS, names_in
from journeymap.interchange.table_read import CSV_SUFFIXES
from journeymap.interchange.tables import (
    Table,
    kpi_values_table,
    kpis_table,
    steps_table,
    weak_points_table,
)
from journeymap.model.io import write_atomic
from journeymap.model.messages import base_language
from journeymap.model.schema import JourneyMap
from journeymap.model.text import xml_safe


def all_tables(jmap: JourneyMap, period_id: Optional[str] = None) -> dict[str, Table]:
    return {"steps": steps_table(jmap), "kpis": kpis_table(jmap), "kpi_values": kpi_values_table(jmap),
            "weak_points": weak_points_table(jmap, period_id)}


def csv_paths(path: str | Path) -> dict[str, Path]:
    """Where each table goes for ``-o OUT.csv``."""
    path = Path(path)
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return {"steps": path, **{key: path.with_name(stem + suffix) for key, suffix in CSV_SUFFIXES.items()}}


def csv_bytes(table: Table) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    header, rows = table
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")  # the BOM makes spreadsheet programs read UTF-8


def write_csv(jmap: JourneyMap, path: str | Path, period_id: Optional[str] = None) -> list[Path]:
    tables = all_tables(jmap, period_id)
    written = []
    for key, target in csv_paths(path).items():
        write_atomic(target, csv_bytes(tables[key]), keep_backup=False)
        written.append(target)
    return written


def workbook_bytes(tables: dict[str, Table], language: str) -> bytes:
    """An .xlsx workbook with one sheet per table, sheet names and direction in ``language``."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    sheet_names = names_in(language, SHEETS)
    for key, (header, rows) in tables.items():
        sheet = book.create_sheet(sheet_names[key])
        sheet.sheet_view.rightToLeft = base_language(language) in ("fa", "ar")
        sheet.append(header)
        for row in rows:  # openpyxl refuses control characters that XML cannot hold
            sheet.append([xml_safe(c) if isinstance(c, str) else c for c in row])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for index, name in enumerate(header, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = min(40, max(10, len(str(name)) + 2))
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def xlsx_bytes(jmap: JourneyMap, period_id: Optional[str] = None) -> bytes:
    return workbook_bytes(all_tables(jmap, period_id), jmap.language)


def write_xlsx(jmap: JourneyMap, path: str | Path, period_id: Optional[str] = None) -> list[Path]:
    write_atomic(path, xlsx_bytes(jmap, period_id), keep_backup=False)
    return [Path(path)]
