"""Interchange formats: editable PowerPoint (.pptx), data tables (.xlsx / .csv), Mermaid (.mmd),
and the spreadsheet import. Pure Python (python-pptx and openpyxl are imported when used); no Qt.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from journeymap.model.schema import JourneyMap

FORMATS = (".pptx", ".xlsx", ".csv", ".mmd")
SLIDE_SHAPES = ("16:9", "4:3")


class InterchangeError(Exception):
    """An export that cannot be written; ``str()`` is one clear line."""


def check_output(path: str | Path) -> str:
    """The lower-case suffix of a writable output path, or InterchangeError."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InterchangeError(f"{path}: choose a {', '.join(FORMATS)} file name")
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise InterchangeError(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise InterchangeError(f"{path}: cannot write in {folder}")
    return suffix


def export_file(jmap: JourneyMap, path: str | Path, period_id: Optional[str] = None,
                slide: str = "16:9") -> list[Path]:
    """Write ``path`` in the format its suffix names; returns the files written."""
    from journeymap.model.io import MapFileError

    suffix = check_output(path)
    try:
        if suffix == ".pptx":
            from journeymap.interchange.slides import write_pptx

            return write_pptx(jmap, path, period_id, slide)
        if suffix == ".mmd":
            from journeymap.interchange.mermaid import write_mermaid

            return write_mermaid(jmap, path)
        from journeymap.interchange.data_export import write_csv, write_xlsx

        return (write_xlsx if suffix == ".xlsx" else write_csv)(jmap, path, period_id)
    except MapFileError as exc:  # write_atomic's refusals (read-only file, full disk, ...)
        raise InterchangeError(str(exc)) from None
