"""Command line: the GUI by default, headless subcommands that never import widgets.

Bad input always ends as one line on stderr and exit code 2, never a traceback.
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import Callable, Optional, Sequence

from journeymap.model.io import MapFileError, load_map
from journeymap.model.schema import JourneyMap

SUBCOMMANDS = ("check", "export", "report", "import-survey", "diff", "import-table")
EXIT_BAD_INPUT = 2


class CliError(Exception):
    """A user error with a one-line message."""


def fail(message: str) -> int:
    print(f"journeymap: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


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


def summary(jmap: JourneyMap) -> dict:
    return {
        "title": jmap.title, "language": jmap.language, "direction": jmap.direction,
        "stages": len(jmap.stages), "lanes": len(jmap.lanes), "nodes": len(jmap.nodes),
        "edges": len(jmap.edges), "kpis": len(jmap.kpis), "periods": len(jmap.periods),
        "personas": len(jmap.personas), "measurements": len(jmap.measurements),
    }


def cmd_check(args: argparse.Namespace) -> int:
    from journeymap.model.weakpoints import analyze

    try:
        jmap = open_map(args.file)
    except CliError as exc:
        if args.json:
            print(json.dumps({"valid": False, "error": str(exc)}, ensure_ascii=False))
        raise
    points = analyze(jmap, resolve_period(jmap, args.period))
    warnings = layout_warnings(jmap)
    if args.json:
        report = {"valid": True, "summary": summary(jmap), "weak_points": [p.as_dict() for p in points],
                  "warnings": warnings}
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print_check(args.file, jmap, points)
    for warning in warnings:
        print(f"  warning: {warning['message']}")
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


def print_check(path: str, jmap: JourneyMap, points: list) -> None:
    s = summary(jmap)
    print(f"{path}: valid journeymap")
    print(f"  title:    {s['title']}")
    print(f"  language: {s['language']} ({s['direction']})")
    print(f"  {s['stages']} stages, {s['lanes']} lanes, {s['nodes']} nodes, {s['edges']} edges, "
          f"{s['kpis']} KPIs, {s['periods']} periods")
    titles = {n.id: n.title for n in jmap.nodes}
    print(f"  weak points: {len(points)}")
    for p in points:
        decision = f" [{p.decision}]" if p.decision else ""
        print(f"  - {p.severity:<6} {p.rule:<22} {titles[p.node_id]} ({p.node_id}){decision}: {p.message}")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="journeymap", description="Customer-journey maps, offline.")
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="validate a map and list its weak points")
    check.add_argument("file")
    check.add_argument("--json", action="store_true", help="machine-readable output")
    check.add_argument("--period", help="period id or label to analyse (default: latest with data)")
    check.set_defaults(handler=cmd_check)
    from journeymap import cli_more

    cli_more.add_subcommands(sub)
    return parser


def build_gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="journeymap",
        description="Open the journey-map editor. Subcommands: " + ", ".join(SUBCOMMANDS) + " (see SUBCOMMAND --help).",
    )
    parser.add_argument("file", nargs="?", help="map to open (a new map when omitted)")
    parser.add_argument("--lang", choices=("en", "fa", "ar"), help="user-interface language")
    parser.add_argument("--screenshot", metavar="OUT.png", help="render the main window to a PNG and exit")
    parser.add_argument("--workshop", action="store_true", help="start in workshop mode")
    parser.add_argument("--no-recovery", action="store_true", help="do not offer to recover autosaved work")
    return parser


def run_handler(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except CliError as exc:
        return fail(str(exc))
    except MapFileError as exc:
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        args = build_parser().parse_args(argv)
        return run_handler(args.handler, args)
    args = build_gui_parser().parse_args(argv)
    from journeymap.app import run_gui

    return run_handler(run_gui, args)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
