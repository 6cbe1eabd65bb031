"""Start, show a window, exit as soon as its first paint is done (timed by benchmarks/run.py).

    python benchmarks/startup_probe.py MAP.json    # journeymap's main window on a map
    python benchmarks/startup_probe.py --bare      # the floor: a bare PySide6 QMainWindow
"""
import sys


def main() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        """Prints "painted" (the benchmark's stopwatch) once the first paint has finished."""

        def __init__(self):
            super().__init__()
            self.done = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Paint and not self.done:
                self.done = True
                QTimer.singleShot(0, self.report)  # after this paint has finished
            return False

        def report(self):
            print("painted", flush=True)
            QApplication.instance().quit()

    if sys.argv[1:] == ["--bare"]:
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        target = window
    else:
        from journeymap.app import create_app
        from journeymap.model.io import load_map

        jmap = load_map(sys.argv[1])
        app = create_app("en")
        from journeymap.ui.main_window import MainWindow

        window = MainWindow(jmap, sys.argv[1])
        target = window.view.viewport()
    window.resize(1600, 1000)
    watcher = FirstPaint()
    target.installEventFilter(watcher)
    window.show()
    app.exec()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
