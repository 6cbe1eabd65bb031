"""Export a map as PNG, PDF (vector, fonts embedded, searchable text) or SVG.

Headless (works offscreen), no dialogs, never changes the caller's map. The GUI's export dialog
and the CLI both call ``export_map``.
"""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Optional

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from journeymap.model.io import PENDING_TEMP_FILES, hidden_sibling
from journeymap.model.schema import JourneyMap
from journeymap.model.text import clean_xml_file

FORMATS = (".png", ".pdf", ".svg")
SCREEN_DPI = 96.0
MAX_PNG_PIXELS = 16_000_000  # very large maps are scaled down to this (use PDF/SVG for full detail)


class ExportError(Exception):
    """An export that cannot be written; ``str()`` is one clear line."""


def ensure_app():
    """A QGuiApplication for headless rendering (the caller's QApplication if there is one)."""
    app = QGuiApplication.instance()
    if app is None:  # scenes need QApplication (QtWidgets); offscreen when there is no display
        from PySide6.QtWidgets import QApplication

        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
    from journeymap.canvas.style import register_fonts

    register_fonts()
    return app


def _presentation(jmap: JourneyMap, period_id: Optional[str], legend: bool):
    ensure_app()
    from journeymap.canvas.presentation import Presentation

    return Presentation(jmap, period_id, legend)


def render_image(jmap: JourneyMap, dpi: int = 200, period_id: Optional[str] = None, legend: bool = True,
                 transparent: bool = False) -> QImage:
    piece = _presentation(jmap, period_id, legend)
    width, height = piece.size
    scale = max(0.05, dpi / SCREEN_DPI)
    scale = min(scale, (MAX_PNG_PIXELS / max(1.0, width * height)) ** 0.5)
    size = QSize(max(1, round(width * scale)), max(1, round(height * scale)))
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("#ffffff"))
    with painting(image, "image") as painter:
        piece.paint(painter, QRectF(0, 0, size.width(), size.height()), None if transparent else QColor("#ffffff"))
    return image


def _page_layout(page: str, width: float, height: float) -> QPageLayout:
    if page in ("A4", "A3"):
        size = QPageSize(QPageSize.A4 if page == "A4" else QPageSize.A3)
        return QPageLayout(size, QPageLayout.Landscape, QMarginsF(10, 10, 10, 10), QPageLayout.Millimeter)
    points = QSizeF(width * 72 / SCREEN_DPI, height * 72 / SCREEN_DPI)
    return QPageLayout(QPageSize(points, QPageSize.Point, "fit", QPageSize.ExactMatch), QPageLayout.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Point)


def new_pdf_writer(path: str, title: str) -> QPdfWriter:
    writer = QPdfWriter(path)
    writer.setResolution(int(SCREEN_DPI))  # scene units = device units; output stays vector
    writer.setTitle(title)
    writer.setCreator("journeymap")
    return writer


@contextmanager
def painting(device, path: str):
    """A QPainter on ``device`` that is always ended, even when painting fails."""
    painter = QPainter(device)
    if not painter.isActive():
        raise ExportError(f"cannot write {path}")
    try:
        yield painter
    finally:
        painter.end()


@contextmanager
def atomic_output(path: str):
    """Yield a temporary file name next to ``path``; it replaces ``path`` only if writing succeeds."""
    target = Path(path)
    tmp = hidden_sibling(target, f".tmp-{os.getpid()}{target.suffix}")  # within 255 bytes for long names
    PENDING_TEMP_FILES.add(str(tmp))  # removed by the CLI's SIGTERM handler if the export is killed
    try:
        yield str(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}") from None
    finally:
        PENDING_TEMP_FILES.discard(str(tmp))
        if tmp.exists():
            tmp.unlink()


def write_pdf(jmap: JourneyMap, path: str, page: str = "fit", period_id: Optional[str] = None, legend: bool = True) -> None:
    piece = _presentation(jmap, period_id, legend)
    writer = new_pdf_writer(path, jmap.title)
    writer.setPageLayout(_page_layout(page, *piece.size))
    with painting(writer, path) as painter:
        piece.paint(painter, QRectF(painter.viewport()))
    del writer  # flushes the file


def write_svg(jmap: JourneyMap, path: str, period_id: Optional[str] = None, legend: bool = True) -> None:
    from PySide6.QtSvg import QSvgGenerator

    piece = _presentation(jmap, period_id, legend)
    width, height = piece.size
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setResolution(int(SCREEN_DPI))
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(jmap.title)
    generator.setDescription(jmap.description)
    with painting(generator, path) as painter:
        piece.paint(painter, QRectF(0, 0, width, height))
    del generator  # closes the file
    clean_xml_file(path)  # a \v pasted from Excel must not make the SVG ill-formed


def export_map(jmap: JourneyMap, path: str, dpi: int = 200, page: str = "fit", period_id: Optional[str] = None,
               legend: bool = True, transparent: bool = False) -> None:
    """Write ``path`` in the format its suffix names; raises ExportError with a clear message."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: choose a .png, .pdf or .svg file name")
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{path}: cannot write in {folder}")
    with atomic_output(path) as tmp:
        if suffix == ".png":
            image = render_image(jmap, dpi, period_id, legend, transparent)
            if not image.save(tmp, "PNG", 90):  # Qt: high "quality" = light zlib compression, fast
                raise ExportError(f"cannot write {path}")
        elif suffix == ".pdf":
            write_pdf(jmap, tmp, page, period_id, legend)
        else:
            write_svg(jmap, tmp, period_id, legend)
