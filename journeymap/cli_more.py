"""Subcommands beyond ``check``: import-survey, diff, export, report.

Each handler imports what it needs lazily; export and report use Qt offscreen, no widgets shown.
"""
from __future__ import annotations

import argparse
import os

from journeymap.cli import CliError, check_output, open_map, resolve_period, say, say_json


def cmd_import_survey(args: argparse.Namespace) -> int:
    """Read, merge and save under one lock on the written file: two imports at once both land."""
    from journeymap.model.filelock import file_lock

    out = args.output or args.file
    check_output(out, [args.csv], (".json",) if args.output else ())
    with file_lock(out):
        return _import_survey_locked(args, out)


def _import_survey_locked(args: argparse.Namespace, out: str) -> int:
    from journeymap.model.io import MapFileError, read_bytes, save_map
    from journeymap.model.survey import MAX_CSV_BYTES, SurveyError, merged_measurements, parse_survey

    jmap = open_map(args.file)
    try:
        data = read_bytes(args.csv, limit=MAX_CSV_BYTES, kind="a survey CSV")
    except MapFileError as exc:
        raise CliError(f"{args.csv}: {exc}") from None
    jmap, period = _survey_period(jmap, args)
    result = parse_survey(jmap, data, period)
    if not result.ok:
        if result.errors[0].reason == "missing column(s): period":
            raise CliError(f"{args.csv} has no period column: name one with --period LABEL "
                           f"or create one with --new-period LABEL")
        raise CliError(f"{args.csv}: {SurveyError(result.errors)}")  # one line: the first 20, then "and N more"
    updated = jmap.model_copy(update={"measurements": merged_measurements(jmap, result)})
    save_map(updated, out)
    say(f"imported {result.rows} answers into {len(result.measurements)} measurements "
          f"({len(result.replaced)} replaced) -> {out}")
    return 0


def _survey_period(jmap, args: argparse.Namespace):
    """(map, period id): --period names an existing period; --new-period adds one (refused if it exists)."""
    from journeymap.model.calendar import DateError, parse_any_date
    from journeymap.model.ids import new_id
    from journeymap.model.schema import Period

    if args.new_period is None:
        if args.start or args.end:
            raise CliError("--start and --end go with --new-period")
        return jmap, resolve_period(jmap, args.period)
    if args.period is not None:
        raise CliError("use either --period (an existing period) or --new-period (a new one), not both")
    label = args.new_period.strip()
    if not label:
        raise CliError("--new-period needs a label")
    if any(label in (p.id, p.label) for p in jmap.periods):
        raise CliError(f"period '{label}' already exists; to add answers to it use --period '{label}'")
    try:
        start, end = parse_any_date(args.start or ""), parse_any_date(args.end or "")
    except DateError as exc:
        raise CliError(str(exc)) from None
    if start and end and start > end:
        raise CliError(f"period '{label}' would end ({args.end}) before it starts ({args.start})")
    period = Period(id=new_id("q"), label=label, start=start, end=end)
    return jmap.model_copy(update={"periods": [*jmap.periods, period]}), period.id


def cmd_diff(args: argparse.Namespace) -> int:
    from journeymap.model.compare import diff_maps, format_diff

    old, new = open_map(args.old), open_map(args.new)
    result = diff_maps(old, new)
    if args.json:
        say_json(result)
    else:
        from journeymap.model.text import terminal_safe_tree

        for line in format_diff(terminal_safe_tree(result)).splitlines():
            print(line)  # user text escaped above: a newline in a title cannot forge a diff line
    return 0


def _prepare_qt() -> None:
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def cmd_export(args: argparse.Namespace) -> int:
    from journeymap.interchange.cli_hooks import cmd_export_interchange, wants_interchange

    check_output(args.output, [args.file])
    if wants_interchange(args.output):  # .pptx .xlsx .csv .mmd: no Qt needed
        return cmd_export_interchange(args)
    _prepare_qt()
    from journeymap.export import ExportError, export_map, parse_size

    jmap = open_map(args.file)
    period_id = resolve_period(jmap, args.period)
    try:
        size = parse_size(args.size) if args.size else None
        written = export_map(jmap, args.output, dpi=args.dpi, page=args.page, period_id=period_id,
                             legend=not args.no_legend, transparent=args.transparent,
                             portrait=args.orientation == "portrait", size=size)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    say(f"exported {', '.join(written)}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    _prepare_qt()
    from journeymap.export import ExportError
    from journeymap.report import write_report

    check_output(args.output, [args.file, args.compare], (".pdf",))
    jmap = open_map(args.file)
    old = open_map(args.compare) if args.compare else None
    try:
        pages = write_report(jmap, args.output, period_id=resolve_period(jmap, args.period), compare=old)
    except ExportError as exc:
        raise CliError(str(exc)) from None
    say(f"wrote {args.output} ({pages} pages)")
    return 0


def add_subcommands(sub: argparse._SubParsersAction) -> None:
    imp = sub.add_parser("import-survey", help="add survey answers (CSV) as KPI measurements")
    imp.add_argument("file")
    imp.add_argument("csv")
    imp.add_argument("--period", help="existing period (id or label) for rows without a period column")
    imp.add_argument("--new-period", metavar="LABEL", help="create this period and import the answers into it")
    imp.add_argument("--start", metavar="DATE", help="first day of --new-period (2026-09-23 or 1405/07/01)")
    imp.add_argument("--end", metavar="DATE", help="last day of --new-period")
    imp.add_argument("-o", "--output", help="write the result here instead of updating FILE")
    imp.set_defaults(handler=cmd_import_survey)

    diff = sub.add_parser("diff", help="what changed between two maps")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--json", action="store_true")
    diff.set_defaults(handler=cmd_diff)

    exp = sub.add_parser("export", help="export the map as PNG, PDF, SVG, PowerPoint, spreadsheet or Mermaid")
    exp.add_argument("file")
    exp.add_argument("-o", "--output", required=True, help="OUT.png .pdf .svg .pptx .xlsx .csv or .mmd")
    exp.add_argument("--dpi", type=int, default=None,
                     help="PNG resolution, 36-1200 (default 200, less for a very large map); stored in the file")
    exp.add_argument("--page", choices=("fit", "A4", "A3", "Letter", "Tabloid", "16:9"), default="fit",
                     help="PDF page; a map unreadable on it is split: an overview, then one page per block of stages")
    orientation = exp.add_mutually_exclusive_group()
    orientation.add_argument("--landscape", dest="orientation", action="store_const", const="landscape",
                             default="landscape", help="page across (default)")
    orientation.add_argument("--portrait", dest="orientation", action="store_const", const="portrait")
    exp.add_argument("--size", metavar="WxH", help="PNG in pixels, e.g. 1920x1080 (a slide) or 3840x2160 (4K); "
                     "a map unreadable at that size also gets OUT-2.png, OUT-3.png ... per block of stages")
    exp.add_argument("--period", help="period id or label (default: latest with data)")
    exp.add_argument("--no-legend", action="store_true")
    exp.add_argument("--transparent", action="store_true",
                     help="PNG or SVG with no background at all (refused for PDF)")
    exp.set_defaults(handler=cmd_export)
    from journeymap.interchange.cli_hooks import add_export_options, add_import_table

    add_export_options(exp)
    add_import_table(sub)

    rep = sub.add_parser("report", help="multi-page PDF for a quarterly review")
    rep.add_argument("file")
    rep.add_argument("-o", "--output", required=True)
    rep.add_argument("--period")
    rep.add_argument("--compare", metavar="OLD.json")
    rep.set_defaults(handler=cmd_report)
