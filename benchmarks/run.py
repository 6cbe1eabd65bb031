"""journeymap performance benchmark (DESIGN.md section 7). Not a test.

    python benchmarks/run.py            # 50, 5,000 and 20,000 nodes
    python benchmarks/run.py --quick    # 50 and 5,000 nodes only
    python benchmarks/run.py --json     # machine-readable rows

Every row: the median (and min) of several repetitions, the floor measured in the same run where
the target is a ratio, the ratio, the target and pass/fail. Runs offscreen.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.synthetic import synthetic_map  # noqa: E402
from journeymap.model.io import dumps_map, loads_map, save_map  # noqa: E402

ROWS: list[dict] = []


def timed(fn, repeat: int = 5, setup=None) -> tuple[float, float]:
    """(median, min) wall time of ``fn`` in milliseconds; like timeit, the garbage collector runs
    between samples, not inside them (for the floors and the measured rows alike). ``setup`` runs
    before each sample, untimed."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
        finally:
            gc.enable()
    return statistics.median(samples), min(samples)


def record(name: str, value: tuple[float, float], target: str, limit: float, floor: float | None = None) -> None:
    median, minimum = value
    ratio = median / floor if floor else None
    measured = ratio if target.startswith("≤") and "×" in target else median
    ROWS.append({"name": name, "median_ms": round(median, 2), "min_ms": round(minimum, 2),
                 "floor_ms": round(floor, 2) if floor else None, "ratio": round(ratio, 2) if ratio else None,
                 "target": target, "pass": measured <= limit})


def bench_io(n: int, folder: Path) -> None:
    jmap = synthetic_map(n)
    data = dumps_map(jmap)
    floor = timed(lambda: json.loads(data))
    record(f"load {n} nodes (parse + validate)", timed(lambda: loads_map(data)), "≤ 2.5× json.loads", 2.5, floor[0])
    raw = json.loads(data)
    target = folder / f"save-{n}.json"

    def plain_write():
        text = json.dumps(raw, ensure_ascii=False, indent=2).encode()
        with open(folder / "plain.json", "wb") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())

    floor = timed(plain_write)
    save = timed(lambda: save_map(jmap, target))
    record(f"save {n} nodes (atomic, fsync)", save, "≤ 2× json.dumps+write+fsync", 2.0, floor[0])
    if n == 5000:
        record("save 5000 nodes absolute", save, "< 100 ms", 100)


def bench_analysis(n: int) -> None:
    from journeymap.model.weakpoints import analyze

    jmap = synthetic_map(n)
    record(f"weak-point analysis {n} nodes", timed(lambda: analyze(jmap)), "< 200 ms", 200)


def startup_env() -> dict:
    """As a user starts it: compiled bytecode cached (an installed package has it; a run under
    PYTHONDONTWRITEBYTECODE would compile every module on every start)."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "QT_QPA_PLATFORM": "offscreen"}


def startup_ms(args: list[str]) -> float:
    """From starting the process to its first painted frame (the probe prints a line then); the
    process's own shutdown afterwards is not the user's wait and is not counted."""
    start = time.perf_counter()
    probe = subprocess.Popen([sys.executable, str(ROOT / "benchmarks" / "startup_probe.py"), *args],
                             stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=startup_env(), text=True)
    line = probe.stdout.readline()
    elapsed = (time.perf_counter() - start) * 1000
    probe.stdout.read()
    if probe.wait() != 0 or line.strip() != "painted":
        raise RuntimeError(f"startup probe failed: {line!r}")
    return elapsed


def bench_startup(folder: Path) -> None:
    path = folder / "map50.json"
    save_map(synthetic_map(50), path)
    startup_ms([str(path)])  # writes the bytecode caches once, as the first start after installing
    floor = timed(lambda: startup_ms(["--bare"]), 5)
    value = timed(lambda: startup_ms([str(path)]), 5)
    record("start to first painted window (50 nodes)", value, "≤ 2× bare QMainWindow", 2.0, floor[0])


def open_window(path: Path):
    from journeymap.model.io import load_map
    from journeymap.ui.main_window import MainWindow

    window = MainWindow(load_map(path), str(path))
    window.resize(1600, 1000)
    window.show()
    window.view.reset_zoom()
    window.view.viewport().repaint()  # the first paint; analysis and the curve follow on timers
    return window


def bench_window(n: int, folder: Path) -> None:
    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    path = folder / f"map{n}.json"
    save_map(synthetic_map(n), path)
    holder = {}

    def close_previous():  # as the event loop would: the closed window is deleted, its memory freed
        from PySide6.QtCore import QEvent

        window = holder.pop("w", None)
        if window is not None:
            window.stack.setClean()
            window.close()
            del window
            QApplication.sendPostedEvents(None, QEvent.DeferredDelete)

    def open_once():
        holder["w"] = open_window(path)

    limit = 1000 if n <= 5000 else 4000
    record(f"open + first paint {n} nodes", timed(open_once, 3, setup=close_previous), f"< {limit} ms", limit)
    window = holder["w"]
    app.processEvents()
    window.runner.run_now()
    viewport = window.view.viewport()
    record(f"repaint 1600×1000 at working zoom ({n})", timed(viewport.repaint, 10), "≤ 16 ms", 16)
    # pan and drag as the event loop handles them: the view scrolls (blits) and repaints only the
    # exposed strip / the dirty region of the moved card and its arrows
    steps = iter(range(1, 1000))
    record(f"pan step ({n})", timed(lambda: (window.view.pan_by(40 if next(steps) % 2 else -40, 0), app.processEvents()), 10),
           "≤ 5 ms", 5)
    item = next(iter(window.scene.node_items.values()))
    window.view.centerOn(item)
    window.scene.select_ids([item.node_id])
    app.processEvents()
    moves = iter(range(1, 1000))

    def drag_step():  # what one mouse move of a drag does: Qt moves the card, its arrows follow, repaint
        item.setPos(item.pos() + QPointF(1 if next(moves) % 2 else -1, 0))
        window.scene.follow_moved_cards()
        app.processEvents()

    record(f"drag one node ({n})", timed(drag_step, 10), "≤ 2 ms", 2)
    record(f"zoom step ({n})", timed(lambda: (window.view.zoom_in(), viewport.repaint(), window.view.zoom_out()), 6),
           "≤ 50 ms", 50)
    window.view.fit_all()
    record(f"repaint at fit-all ({n})", timed(viewport.repaint, 5), "≤ 100 ms", 100)
    bench_delete(window, n // 10)
    if n >= 20000:
        record_memory(path)
    window.stack.setClean()
    window.close()
    app.processEvents()


def record_memory(path: Path) -> None:
    """Peak resident memory of a fresh process that opens the map (benchmarks/memory_probe.py)."""
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "memory_probe.py"), str(path)], check=True,
                         capture_output=True, text=True, env=startup_env()).stdout
    rss = int(out.strip().splitlines()[-1])
    ROWS.append({"name": f"memory (peak RSS, MB) opening {path.stem[3:]} nodes", "median_ms": rss, "min_ms": None,
                 "floor_ms": None, "ratio": None, "target": "≤ 500 MB", "pass": rss <= 500})


def bench_delete(window, count: int) -> None:
    """Select ``count`` cards, press Delete (one undo step through the controller and the
    QUndoStack), let the scene catch up; then undo it. Three rounds, each from the same map."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    doomed = [node.id for node in window.doc.map.nodes[:count]]
    deletes, undos = [], []
    for _ in range(3):
        window.scene.clearSelection()
        for node_id in doomed:
            window.scene.node_items[node_id].setSelected(True)
        deletes.append(timed(lambda: (window.delete_selection(), app.processEvents()), 1)[0])
        undos.append(timed(lambda: (window.stack.undo(), app.processEvents()), 1)[0])
    total = len(window.doc.map.nodes)
    for label, samples in (("delete", deletes), ("undo that delete", undos)):
        record(f"{label}: {count} of {total} nodes", (statistics.median(samples), min(samples)), "< 1000 ms", 1000)


def bench_export(n: int, folder: Path) -> None:
    from journeymap.export import export_map

    jmap = synthetic_map(n)
    for suffix, limit in ((".png", 1500), (".pdf", 1500), (".svg", 1000)):
        dpi = None if n > 1000 else 200  # big maps: the largest resolution within the pixel limit
        out = folder / f"export{n}{suffix}"
        record(f"export {n} nodes {suffix[1:].upper()}", timed(lambda: export_map(jmap, str(out), dpi=dpi), 3),
               f"< {limit} ms", limit)


def print_table(rows: list[dict]) -> None:
    print(f"{'benchmark':<46} {'median':>9} {'min':>9} {'floor':>9} {'ratio':>6}  {'target':<30} result")
    for row in rows:
        def fmt(v, suffix=""):
            return "" if v is None else f"{v:.1f}{suffix}"
        print(f"{row['name']:<46} {fmt(row['median_ms']):>9} {fmt(row['min_ms']):>9} {fmt(row['floor_ms']):>9} "
              f"{fmt(row['ratio']):>6}  {row['target']:<30} {'pass' if row['pass'] else 'FAIL'}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="only the 50 and 5,000-node cases")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    sizes = (50, 5000) if args.quick else (50, 5000, 20000)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_startup(folder)
        for n in sizes[1:]:
            bench_io(n, folder)
        bench_analysis(5000)
        for n in sizes[1:]:
            bench_window(n, folder)
        bench_export(5000, folder)
    if args.json:
        print(json.dumps(ROWS, indent=2, ensure_ascii=False))
    else:
        print_table(ROWS)
    return 0 if all(r["pass"] for r in ROWS) else 1


if __name__ == "__main__":
    raise SystemExit(main())
