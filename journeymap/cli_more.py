"""Subcommands beyond ``check``: import-survey, diff, export, report.

Each handler imports what it needs lazily; export and report use Qt offscreen, no widgets shown.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from journeymap.cli import CliError, open_map, resolve_period


def cmd_import_survey(args: argparse.Namespace) -> int:
    from journeymap.model.io import save_map
    from journeymap.model.survey import SurveyError, merged_measurements, parse_survey

    jmap = open_map(args.file)
    try:
        data = open(args.csv, "rb").read()
    except OSError as exc:
        raise CliError(f"{args.csv}: {exc.strerror or exc}") from None
    result = parse_survey(jmap, data, args.period)
    if not result.ok:
        for error in result.errors[1:]:
            print(f"  {args.csv}: {error}", file=sys.stderr)
        raise CliError(f"{args.csv}: {SurveyError(result.errors)}")
    updated = jmap.model_copy(update={"measurements": merged_measurements(jmap, result)})
    out = args.output or args.file
    save_map(updated, out)
    print(f"imported {result.rows} answers into {len(result.measurements)} measurements "
          f"({len(result.replaced)} replaced) -> {out}")
    return 0


def cmd_diff(args: argparse.Namespace) -> int:
    from journeymap.model.compare import diff_maps, format_diff

    old, new = open_map(args.old), open_map(args.new)
    result = diff_maps(old, new)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        print(format_diff(result))
    return 0


def _prepare_qt() -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_export(args: argparse.Namespace) -> int:
    _prepare_qt()
    from journeymap.export import ExportError, export_map

    jmap = open_map(args.file)
    period_id = resolve_period(jmap, args.period)
    try:
        export_map(jmap, args.output, dpi=args.dpi, page=args.page, period_id=period_id,
                   legend=not args.no_legend, transparent=args.transparent)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"exported {args.output}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    _prepare_qt()
    from journeymap.export import ExportError
    from journeymap.report import write_report

    jmap = open_map(args.file)
    old = open_map(args.compare) if args.compare else None
    try:
        pages = write_report(jmap, args.output, period_id=resolve_period(jmap, args.period), compare=old)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"wrote {args.output} ({pages} pages)")
    return 0


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-survey", help="add survey answers (CSV) as KPI measurements")
    imp.add_argument("file")
    imp.add_argument("csv")
    imp.add_argument("--period", help="period id or label for rows without a period column")
    imp.add_argument("-o", "--output", help="write the result here instead of updating FILE")
    imp.set_defaults(handler=cmd_import_survey)

    diff = sub.add_parser("diff", help="what changed between two maps")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(handler=cmd_diff)

    exp = sub.add_parser("export", help="export the map as PNG, PDF or SVG")
    exp.add_argument("file")
    exp.add_argument("-o", "--output", required=True, help="OUT.png, OUT.pdf or OUT.svg")
    exp.add_argument("--dpi", type=int, default=200)
    exp.add_argument("--page", choices=("fit", "A4", "A3"), default="fit")
    exp.add_argument("--period", help="period id or label (default: latest with data)")
    exp.add_argument("--no-legend", action="store_true")
    exp.add_argument("--transparent", action="store_true", help="PNG with a transparent background")
    exp.set_defaults(handler=cmd_export)

    rep = sub.add_parser("report", help="multi-page PDF for a quarterly review")
    rep.add_argument("file")
    rep.add_argument("-o", "--output", required=True)
    rep.add_argument("--period")
    rep.add_argument("--compare", metavar="OLD.json")
    rep.set_defaults(handler=cmd_report)
