"""Open a map as a user does and print the process's peak resident memory in MB (timed by nothing;
benchmarks/run.py reports it). Opening means: the window painted, the analysis done, every arrow
routed, and the map looked at whole (fit-all) and at working zoom.

    python benchmarks/memory_probe.py MAP.json
"""
import resource
import sys


def peak_rss_mb() -> int:
    """This process's peak resident memory. On Linux ``ru_maxrss`` survives ``exec``: a probe
    started by a benchmark that holds a 20,000-card window would report the benchmark's memory
    (900 MB instead of 500). ``VmHWM`` belongs to the process image, so it starts afresh."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024)
    except OSError:
        pass
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from journeymap.app import create_app
    from journeymap.model.io import load_map

    jmap = load_map(sys.argv[1])
    app = create_app("en")
    from journeymap.ui.main_window import MainWindow

    window = MainWindow(jmap, sys.argv[1])
    window.resize(1600, 1000)
    window.show()
    window.view.reset_zoom()
    window.view.viewport().repaint()
    window.runner.run_now()
    window.scene.route_pending()
    QApplication.processEvents()
    window.view.fit_all()
    window.view.viewport().repaint()
    window.view.reset_zoom()
    window.view.viewport().repaint()
    print(peak_rss_mb())
    window.stack.setClean()
    app.quit()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
