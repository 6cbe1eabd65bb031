"""Command-line hooks: ``export`` to .pptx/.xlsx/.csv/.mmd and ``import-table``.

Every failure is a CliError (one line, exit code 2); a bad table adds one line per bad row under
it. Nothing is written unless every row is good; an output that is one of the inputs is refused.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from journeymap.cli import CliError, check_output, open_map, resolve_period, say
from journeymap.interchange import FORMATS, SLIDE_SHAPES, InterchangeError, export_file


def wants_interchange(output: str) -> bool:
    return Path(output).suffix.lower() in FORMATS


def cmd_export_interchange(args: argparse.Namespace) -> int:
    from journeymap.interchange.data_export import csv_paths

    outputs = csv_paths(args.output).values() if args.output.lower().endswith(".csv") else [args.output]
    for output in outputs:
        check_output(str(output), [args.file])
    jmap = open_map(args.file)
    period_id = resolve_period(jmap, args.period)
    try:
        written = export_file(jmap, args.output, period_id, getattr(args, "slide", "16:9"))
    except InterchangeError as exc:
        raise CliError(str(exc)) from None
    say("exported " + ", ".join(str(p) for p in written))
    return 0


def cmd_import_table(args: argparse.Namespace) -> int:
    from journeymap.interchange.table_import import TableImportError, import_table
    from journeymap.interchange.table_read import TableReadError
    from journeymap.model.io import MapFileError, save_map

    check_output(args.output, [args.table])
    try:
        result = import_table(args.table, args.lang, args.title)
    except TableImportError as exc:  # one line per bad row under the error line
        raise CliError(f"{args.table}: {exc}", [str(error) for error in exc.errors]) from None
    except TableReadError as exc:
        raise CliError(str(exc)) from None
    try:
        save_map(result.map, args.output)
    except MapFileError as exc:
        raise CliError(str(exc)) from None
    if result.ignored_columns:
        say("ignored columns: " + ", ".join(result.ignored_columns))
    jmap = result.map
    say(f"imported {len(jmap.nodes)} steps in {len(jmap.stages)} stages and {len(jmap.lanes)} lanes, "
        f"{len(jmap.edges)} links, {len(jmap.measurements)} KPI values -> {args.output}")
    return 0


def add_import_table(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-table", help="a new map from a spreadsheet (.xlsx or .csv), one row per step")
    imp.add_argument("table", metavar="TABLE.xlsx|.csv")
    imp.add_argument("-o", "--output", required=True, metavar="MAP.json")
    imp.add_argument("--lang", choices=("fa", "ar", "en"), help="the map's language (default: from the table)")
    imp.add_argument("--title", help="the map's title (default: the table's file name)")
    imp.set_defaults(handler=cmd_import_table)


def add_export_options(exp: argparse.ArgumentParser) -> None:
    exp.add_argument("--slide", choices=SLIDE_SHAPES, default="16:9", help="PowerPoint slide shape")
