"""Export a map as PNG, PDF (vector, fonts embedded, searchable text) or SVG.

Headless (works offscreen), no dialogs, never changes the caller's map. The GUI's export dialog
and the CLI both call ``export_map``.
"""
from __future__ import annotations

import math
import os
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import Callable, Optional

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter

from journeymap.export_pages import (PAGE_CHOICES, PAGE_MARGIN_MM, PAGE_SIZES_MM, UNITS_PER_MM, card_type_points,
                                     min_image_scale, min_paper_scale, page_size_units, plan_pages)
from journeymap.model.io import PENDING_TEMP_FILES, hidden_sibling
from journeymap.model.schema import JourneyMap
from journeymap.model.text import clean_xml_file

FORMATS = (".png", ".pdf", ".svg")
SCREEN_DPI = 96.0
MAX_PNG_PIXELS = 40_000_000  # above this a PNG is refused (use PDF/SVG for full detail)
AUTO_PNG_PIXELS = 16_000_000  # without --dpi, a very large map gets the dpi that fits this
OUTLINE_TEXT_LIMIT = 1500  # cards; above this SVG text stays text (outlines would be 100+ MB)
MIN_DPI, MAX_DPI, DEFAULT_DPI = 36, 1200, 200
PNG_QUALITY = 40  # Qt maps PNG "quality" q to zlib level (100 - q) * 9 / 91: 40 -> level 5, small and quick
Progress = Callable[[int, int], object]  # (done, total) pages: before each page and at the end; may raise to cancel


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


def check_dpi(dpi: int) -> None:
    if not MIN_DPI <= dpi <= MAX_DPI:
        raise ExportError(f"--dpi {dpi} is out of range: choose {MIN_DPI} to {MAX_DPI}")


def parse_size(text: str) -> tuple[int, int]:
    """"1920x1080" -> (1920, 1080); a clear one-line error otherwise."""
    parts = text.lower().replace("×", "x").split("x")
    try:
        width, height = (int(p) for p in parts)
    except ValueError:
        raise ExportError(f"--size {text}: write it as WIDTHxHEIGHT in pixels, e.g. 1920x1080") from None
    if not (16 <= width <= 20000 and 16 <= height <= 20000) or width * height > MAX_PNG_PIXELS:
        raise ExportError(f"--size {text}: choose 16 to 20000 pixels a side, at most {MAX_PNG_PIXELS // 1_000_000} megapixels")
    return width, height


def _image(size: QSize, transparent: bool) -> QImage:
    image = QImage(size, QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0) if transparent else QColor("#ffffff"))
    return image


def auto_dpi(piece) -> int:
    """The default resolution: 200 dpi, or less for a map that would exceed 16 megapixels."""
    width, height = piece.size
    return max(1, min(DEFAULT_DPI, int(SCREEN_DPI * (AUTO_PNG_PIXELS / (width * height)) ** 0.5)))


def _scale_for_dpi(piece, dpi: int) -> float:
    width, height = piece.size
    scale = dpi / SCREEN_DPI
    pixels = width * height * scale * scale
    if pixels > MAX_PNG_PIXELS:
        most = int(SCREEN_DPI * (MAX_PNG_PIXELS / (width * height)) ** 0.5)
        raise ExportError(f"at --dpi {dpi} this map would be {round(width * scale)}x{round(height * scale)} pixels "
                          f"(over {MAX_PNG_PIXELS // 1_000_000} megapixels): use --dpi {most} or less, or export PDF or SVG")
    return scale


def render_image(jmap: JourneyMap, dpi: Optional[int] = None, period_id: Optional[str] = None, legend: bool = True,
                 transparent: bool = False, size: Optional[tuple[int, int]] = None) -> QImage:
    """The map as an image at ``dpi`` (its real dpi stored in the image), or fitted into ``size`` pixels."""
    if dpi is not None:
        check_dpi(dpi)
    piece = _presentation(jmap, period_id, legend)
    return render_pages(piece, dpi, transparent, size)[0]


def render_pages(piece, dpi: Optional[int], transparent: bool, size: Optional[tuple[int, int]]) -> list[QImage]:
    """One image, or with ``size`` an overview plus one image per block when the map is unreadable at that size."""
    background = None if transparent else QColor("#ffffff")
    dpi = auto_dpi(piece) if dpi is None else dpi
    if size is None:
        scale = _scale_for_dpi(piece, dpi)
        width, height = piece.size
        blocks = [piece.whole]
        sizes = [QSize(max(1, round(width * scale)), max(1, round(height * scale)))]
    else:
        title_pt, chip_pt = card_type_points()
        plan = plan_pages(*_plan_inputs(piece), area=size, min_scale=min_image_scale(title_pt, chip_pt, *size),
                          occupied=_occupied(piece))
        blocks = plan.blocks
        sizes = [QSize(*size)] * len(blocks)
    images = []
    for block, pixels in zip(blocks, sizes):
        image = _image(pixels, transparent)
        with painting(image, "image") as painter:
            piece.paint(painter, QRectF(0, 0, pixels.width(), pixels.height()), background, block)
        set_dpi(image, dpi)
        images.append(image)
    return images


def set_dpi(image: QImage, dpi: float) -> None:
    """Store the real resolution (PNG pHYs) after painting: fonts were sized by the painter's scale."""
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)


def save_png(image: QImage, path: str, transparent: bool) -> None:
    if not transparent:  # no alpha channel: a quarter smaller, and viewers show no checkerboard
        dpm = (image.dotsPerMeterX(), image.dotsPerMeterY())
        image = image.convertToFormat(QImage.Format_RGB888)
        image.setDotsPerMeterX(dpm[0])
        image.setDotsPerMeterY(dpm[1])
    if not image.save(path, "PNG", PNG_QUALITY):
        raise ExportError(f"cannot write {path}")


def _plan_inputs(piece):
    stages = [(s.id, s.width) for s in piece.jmap.stages]
    lanes = [(lane.id, lane.height) for lane in piece.jmap.lanes]
    return stages, lanes, piece.frame()


def _occupied(piece) -> set[tuple[str, str]]:
    return {(n.stage_id, n.lane_id) for n in piece.jmap.nodes}


def _page_layout(page: str, portrait: bool, width: float, height: float) -> QPageLayout:
    if page in PAGE_SIZES_MM:
        w, h = page_size_units(page, portrait)
        size = QPageSize(QSizeF(w * 72 / SCREEN_DPI, h * 72 / SCREEN_DPI), QPageSize.Point, page, QPageSize.ExactMatch)
        margin = PAGE_MARGIN_MM * 72 / 25.4
        return QPageLayout(size, QPageLayout.Portrait, QMarginsF(margin, margin, margin, margin), QPageLayout.Point)
    points = QSizeF(width * 72 / SCREEN_DPI, height * 72 / SCREEN_DPI)
    return QPageLayout(QPageSize(points, QPageSize.Point, "fit", QPageSize.ExactMatch), QPageLayout.Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout.Point)


def print_plan(piece, page: str, portrait: bool = False):
    """The blocks of ``piece`` on ``page`` (one block for "fit"): readable text or more pages."""
    if page not in PAGE_SIZES_MM:
        return plan_pages(*_plan_inputs(piece), area=piece.size, min_scale=0.0)
    width, height = page_size_units(page, portrait)
    margin = 2 * PAGE_MARGIN_MM * UNITS_PER_MM
    return plan_pages(*_plan_inputs(piece), area=(width - margin, height - margin),
                      min_scale=min_paper_scale(*card_type_points()), occupied=_occupied(piece))


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


def write_pdf(jmap: JourneyMap, path: str, page: str = "fit", period_id: Optional[str] = None, legend: bool = True,
              portrait: bool = False, progress: Optional[Progress] = None) -> int:
    """The map on one page, or an overview and one page per block of stages; returns the page count."""
    piece = _presentation(jmap, period_id, legend)
    plan = print_plan(piece, page, portrait)
    writer = new_pdf_writer(path, jmap.title)
    writer.setPageLayout(_page_layout(page, portrait, *piece.size))
    with painting(writer, path) as painter:
        for i, block in enumerate(plan.blocks):
            _report(progress, i, len(plan.blocks))
            if i:
                writer.newPage()
            piece.paint(painter, QRectF(painter.viewport()), QColor("#ffffff"), block)
        _report(progress, len(plan.blocks), len(plan.blocks))
    del writer  # flushes the file
    return len(plan.blocks)


def write_svg(jmap: JourneyMap, path: str, period_id: Optional[str] = None, legend: bool = True,
              transparent: bool = False) -> None:
    """Vector SVG; text as outlines (the same in every renderer) plus an invisible searchable copy."""
    from PySide6.QtSvg import QSvgGenerator

    from journeymap.export_svg import OutlineDevice, insert_text_layer

    piece = _presentation(jmap, period_id, legend)
    width, height = (float(math.ceil(v)) for v in piece.size)  # whole pixels: every renderer agrees on the size
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setResolution(int(SCREEN_DPI))
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(jmap.title)
    generator.setDescription(jmap.description)
    if transparent:
        piece.scene.setBackgroundBrush(Qt.NoBrush)
    outlines = len(jmap.nodes) <= OUTLINE_TEXT_LIMIT
    with painting(generator, path) as inner:
        device = OutlineDevice(inner, round(width), round(height)) if outlines else None
        with (painting(device, path) if outlines else nullcontext(inner)) as painter:
            if not transparent:
                painter.fillRect(QRectF(0, 0, width, height), QColor("#ffffff"))
            piece.paint(painter, QRectF(0, 0, width, height), None if transparent else QColor("#ffffff"))
    del generator  # closes the file
    if outlines:
        insert_text_layer(path, piece.text_runs())
    clean_xml_file(path)  # last: a \v pasted from Excel must not make the SVG (or its text layer) ill-formed


def _report(progress: Optional[Progress], done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def page_paths(path: str, count: int) -> list[str]:
    """OUT.png, OUT-2.png, OUT-3.png ... for a PNG split into pages."""
    target = Path(path)
    return [path] + [str(target.with_name(f"{target.stem}-{i}{target.suffix}")) for i in range(2, count + 1)]


def export_map(jmap: JourneyMap, path: str, dpi: Optional[int] = None, page: str = "fit", period_id: Optional[str] = None,
               legend: bool = True, transparent: bool = False, portrait: bool = False,
               size: Optional[tuple[int, int]] = None, progress: Optional[Progress] = None) -> list[str]:
    """Write ``path`` in the format its suffix names; returns the files written (a PNG with ``size`` may
    need several); raises ExportError with a clear one-line message."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ExportError(f"{path}: choose a .png, .pdf or .svg file name")
    _check_options(suffix, dpi, page, transparent, size)
    folder = Path(path).resolve().parent
    if not folder.is_dir():
        raise ExportError(f"{path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK):
        raise ExportError(f"{path}: cannot write in {folder}")
    if suffix == ".png":
        return _export_png(jmap, path, dpi, period_id, legend, transparent, size, progress)
    with atomic_output(path) as tmp:
        if suffix == ".pdf":
            write_pdf(jmap, tmp, page, period_id, legend, portrait, progress)
        else:
            _report(progress, 0, 1)
            write_svg(jmap, tmp, period_id, legend, transparent)
            _report(progress, 1, 1)
    return [path]


def _check_options(suffix: str, dpi: int, page: str, transparent: bool, size) -> None:
    if suffix == ".pdf" and transparent:
        raise ExportError("--transparent works for PNG and SVG only: a PDF page is always white")
    if suffix != ".pdf" and page not in ("fit", None):
        raise ExportError(f"--page {page} is for PDF: use --size WxH for a PNG (e.g. 1920x1080)")
    if suffix != ".png" and size is not None:
        raise ExportError("--size is for PNG: use --page for a PDF")
    if page not in PAGE_CHOICES:
        raise ExportError(f"unknown page {page}: choose one of {', '.join(PAGE_CHOICES)}")
    if suffix == ".png" and dpi is not None:
        check_dpi(dpi)


def _export_png(jmap, path, dpi, period_id, legend, transparent, size, progress) -> list[str]:
    piece = _presentation(jmap, period_id, legend)
    images = render_pages(piece, dpi, transparent, size)
    paths = page_paths(path, len(images))
    for i, (image, out) in enumerate(zip(images, paths)):
        _report(progress, i, len(images))
        with atomic_output(out) as tmp:
            save_png(image, tmp, transparent)
    _report(progress, len(images), len(images))
    return paths
