"""Render the app icon's PNG sizes (the sizes launchers and hicolor use) from its SVG source.

    python tools/render_icons.py      # after editing journeymap/resources/icons/journeymap.svg
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from journeymap.desktop import APP_ICON_SIZES, app_icon_png, app_icon_svg  # noqa: E402


def main() -> None:
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 - painting needs one
    renderer = QSvgRenderer(str(app_icon_svg()))
    for size in APP_ICON_SIZES:
        image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
        image.fill(Qt.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(app_icon_png(size)), "PNG")
        print(app_icon_png(size).relative_to(ROOT))


if __name__ == "__main__":
    main()
