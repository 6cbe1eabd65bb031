"""QApplication setup: fonts, translations, layout direction, then the main window."""
from __future__ import annotations

import os
import sys
from typing import Optional

from journeymap.model.io import load_map


def ui_language(requested: Optional[str]) -> str:
    """--lang, else the saved preference, else the system locale (fa, ar or en)."""
    if requested:
        return requested
    from PySide6.QtCore import QLocale

    from journeymap.ui.files import settings

    saved = settings().value("ui/language")
    if saved in ("en", "fa", "ar"):
        return saved
    system = QLocale.system().name().split("_")[0]
    return system if system in ("fa", "ar") else "en"


def create_app(lang: Optional[str] = None):
    """The QApplication (created once), with the map font registered and the UI language installed."""
    from PySide6.QtWidgets import QApplication

    from journeymap.canvas.style import register_fonts
    from journeymap.i18n import install_translations

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("journeymap")
    app.setOrganizationName("journeymap")
    from journeymap.ui.icons import app_icon

    app.setWindowIcon(app_icon())  # every window and dialog; the launcher entry names the same icon
    app.setDesktopFileName("journeymap")
    register_fonts()
    install_translations(app, ui_language(lang))
    return app


def has_display() -> bool:
    return bool(os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run_gui(args) -> int:
    """``journeymap [FILE] [--lang L] [--screenshot OUT] [--workshop]``."""
    jmap = load_map(args.file) if args.file else None  # a bad file fails here: one line, exit 2
    if not has_display():
        if not args.screenshot:
            print("journeymap: error: no display to open a window on (set DISPLAY, or use --screenshot)",
                  file=sys.stderr)
            return 2
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    app = create_app(args.lang)
    from journeymap.ui.main_window import MainWindow

    window = MainWindow(jmap, os.path.abspath(args.file) if args.file else None)
    if args.file:
        from journeymap.ui.files import add_recent

        add_recent(args.file)
    if args.workshop:
        window.set_workshop(True)
    if args.screenshot:
        return screenshot(app, window, args.screenshot)
    window.show()
    window.view.show_map()  # whole at a readable zoom, or its start
    if not args.no_recovery and not os.environ.get("JOURNEYMAP_NO_RECOVERY_PROMPT"):
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, window.offer_recovery)
    return app.exec()


def screenshot(app, window, out: str) -> int:
    """Render the main window (offscreen works) to a PNG and exit."""
    window.resize(1600, 1000)
    window.show()
    window.view.fit_all()
    for _ in range(5):
        app.processEvents()
    window.runner.run_now()
    app.processEvents()
    pixmap = window.grab()
    if not pixmap.save(out, "PNG"):
        print(f"journeymap: error: cannot write {out}", file=sys.stderr)
        return 2
    window.stack.setClean()
    window.close()
    return 0
