"""Command line: the GUI by default, headless subcommands that never import widgets.

Bad input always ends as one line on stderr and exit code 2, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Callable, Iterable, Optional, Sequence

from journeymap.model.io import MapFileError, load_map
from journeymap.model.schema import JourneyMap
from journeymap.model.text import terminal_safe, terminal_safe_json

SUBCOMMANDS = ("check", "export", "report", "import-survey", "diff", "import-table")
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A user error with a one-line message; ``details`` (already capped) follow it, one per line."""

    def __init__(self, message: str, details: Sequence[str] = ()):
        super().__init__(message)
        self.details = list(details)


def fail(message: str, details: Iterable[str] = ()) -> int:
    """One line on stderr (plus capped detail lines); control and bidi characters escaped."""
    print(f"journeymap: error: {terminal_safe(message)}", file=sys.stderr)
    for line in details:
        print(f"  {terminal_safe(line)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def say(line: str) -> None:
    """Print one line of output; user text in it cannot move the cursor, add lines or reorder text."""
    print(terminal_safe(line))


def say_json(data) -> None:
    print(terminal_safe_json(json.dumps(data, ensure_ascii=False, indent=2)))


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def check_output(output: str, inputs: Iterable[Optional[str]], suffixes: Sequence[str] = ()) -> None:
    """Refuse an output that is one of the command's inputs, or whose suffix is not the format's."""
    if suffixes and Path(output).suffix.lower() not in suffixes:
        raise CliError(f"{output}: the output must end in {' or '.join(suffixes)}")
    for path in inputs:
        if path and _same_file(output, path):
            raise CliError(f"{output} is one of the inputs ({path}); choose another output file")


def open_map(path: str) -> JourneyMap:
    try:
        return load_map(path)
    except MapFileError as exc:
        raise CliError(f"{path}: {exc}") from None


def resolve_period(jmap: JourneyMap, period: Optional[str]) -> Optional[str]:
    """A period id from an id or label given on the command line."""
    if period is None:
        return None
    for p in jmap.periods:
        if period in (p.id, p.label):
            return p.id
    known = ", ".join(p.label for p in jmap.periods) or "none"
    raise CliError(f"unknown period '{period}' (the map has: {known})")


def summary(jmap: JourneyMap, file_version: Optional[int] = None) -> dict:
    from journeymap.model.schema import SCHEMA_VERSION

    return {
        "title": jmap.title, "language": jmap.language, "direction": jmap.direction,
        "stages": len(jmap.stages), "lanes": len(jmap.lanes), "nodes": len(jmap.nodes),
        "edges": len(jmap.edges), "kpis": len(jmap.kpis), "periods": len(jmap.periods),
        "personas": len(jmap.personas), "measurements": len(jmap.measurements),
        "measurements_with_counts": sum(1 for m in jmap.measurements if m.counts is not None),
        "format_version": SCHEMA_VERSION, "file_version": file_version,
    }


def file_version(path: str) -> Optional[int]:
    """The schema_version the file was saved with (before any upgrade on load)."""
    from journeymap.model.io import read_bytes
    from journeymap.model.migrations import stored_version

    try:
        with open(path, "rb") as handle:
            version = stored_version(handle.read(200))
        return version if version is not None else stored_version(read_bytes(path))
    except (OSError, MapFileError):
        return None


def cmd_check(args: argparse.Namespace) -> int:
    from journeymap.model.weakpoints import analyze

    try:
        jmap = open_map(args.file)
    except CliError as exc:
        if args.json:
            print(terminal_safe_json(json.dumps({"valid": False, "error": str(exc)}, ensure_ascii=False)))
        raise
    points = analyze(jmap, resolve_period(jmap, args.period))
    warnings = layout_warnings(jmap)
    version = file_version(args.file)
    if args.json:
        report = {"valid": True, "summary": summary(jmap, version), "weak_points": [p.as_dict() for p in points],
                  "warnings": warnings}
        say_json(report)
        return 0
    print_check(args.file, jmap, points, version)
    for warning in warnings:
        say(f"  warning: {warning['message']}")
    return 0


def layout_warnings(jmap: JourneyMap) -> list[dict]:
    """Cards outside their cell or on another card: the editor puts them back in place on open."""
    from journeymap.model.slots import settle

    titles = {n.id: n.title for n in jmap.nodes}
    what = {"outside": "lies outside its cell", "overlap": "overlaps another card"}
    return [{"kind": f"card_{m.reason}", "node_id": m.node_id, "old": list(m.old), "new": list(m.new),
             "message": f"card '{titles[m.node_id]}' ({m.node_id}) {what[m.reason]}; "
                        f"it is placed at x={m.new[0]:g}, y={m.new[1]:g} of its cell when opened"}
            for m in settle(jmap)[1]]


def print_check(path: str, jmap: JourneyMap, points: list, file_version: Optional[int] = None) -> None:
    s = summary(jmap, file_version)
    say(f"{path}: valid journeymap")
    say(f"  title:    {s['title']}")
    say(f"  language: {s['language']} ({s['direction']})")
    old = file_version is not None and file_version != s["format_version"]
    say(f"  format:   version {file_version if old else s['format_version']}"
        + (f", opened as version {s['format_version']} (saving writes version {s['format_version']})" if old else ""))
    say(f"  {s['stages']} stages, {s['lanes']} lanes, {s['nodes']} nodes, {s['edges']} edges, "
        f"{s['kpis']} KPIs, {s['periods']} periods")
    say(f"  {s['measurements']} measurements, {s['measurements_with_counts']} with survey counts")
    titles = {n.id: n.title for n in jmap.nodes}
    say(f"  weak points: {len(points)}")
    for p in points:
        decision = f" [{p.decision}]" if p.decision else ""
        say(f"  - {p.severity:<6} {p.rule:<23} {titles[p.node_id]} ({p.node_id}){decision}: {p.message}")


class OneLineParser(argparse.ArgumentParser):
    """Usage mistakes end like every other failure: one line on stderr, exit code 2."""

    def error(self, message: str):  # argparse's hook; the default prints the whole usage block
        from journeymap.model.text import terminal_safe

        self.exit(2, f"{self.prog}: error: {terminal_safe(message)} (see {self.prog} --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="journeymap", description="Customer-journey maps, offline.")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    check = sub.add_parser("check", help="validate a map and list its weak points")
    check.add_argument("file")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.add_argument("--period", help="period id or label to analyse (default: latest with data)")
    check.set_defaults(handler=cmd_check)
    from journeymap import cli_more

    cli_more.add_subcommands(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="journeymap",
        description="Open the journey-map editor. Subcommands: " + ", ".join(SUBCOMMANDS) + " (see SUBCOMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="map to open (a new map when omitted)")
    parser.add_argument("--lang", choices=("en", "fa", "ar"), help="user-interface language")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--workshop", action="store_true", help="start in workshop mode")
    parser.add_argument("--no-recovery", action="store_true", help="do not offer to recover autosaved work")
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument("--install-desktop", action="store_true",
                         help="add journeymap to the desktop's launcher and open journey maps with it")
    desktop.add_argument("--uninstall-desktop", action="store_true", help="remove what --install-desktop added")
    return parser


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except CliError as exc:
        return fail(str(exc), exc.details)
    except MapFileError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        raise
    except OSError as exc:
        name = f"{exc.filename}: " if exc.filename else ""
        return fail(f"{name}{exc.strerror or exc}")
    except (MemoryError, RecursionError) as exc:
        return fail(f"the input is too large or too deeply nested ({exc.__class__.__name__})")


def quiet_headless_run() -> None:
    """export/report: Qt's debug chatter stays off stderr; SIGTERM and SIGINT remove temp files."""
    import signal

    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, message):
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            print(f"journeymap: Qt: {terminal_safe(message)}", file=sys.stderr)

    qInstallMessageHandler(handler)
    try:
        for name in ("SIGTERM", "SIGINT", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), _terminated)
    except ValueError:  # not the main thread (tests): nothing to install
        pass


def _terminated(signum, _frame):
    """Raising here could unwind through Qt's painting (a crash): remove temp files and leave."""
    from journeymap.model.io import remove_pending_temp_files

    remove_pending_temp_files()
    os._exit(128 + signum)


def _output_closed() -> int:
    """stdout's reader went away (``journeymap check --json | head``): stop quietly."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    return 141  # as a shell reports a process ended by SIGPIPE


def main(argv: Optional[Sequence[str]] = None) -> int:
    as_program, argv = argv is None, list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        args = build_parser().parse_args(argv)
        if as_program and argv[0] in ("export", "report"):
            quiet_headless_run()
        try:
            code = run_handler(args.handler, args)
            sys.stdout.flush()
        except BrokenPipeError:
            return _output_closed()
        return code
    args = build_gui_parser().parse_args(argv)
    if args.install_desktop or args.uninstall_desktop:
        from journeymap.desktop import run_desktop

        return run_handler(run_desktop, args)
    from journeymap.app import run_gui

    return run_handler(run_gui, args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
