"""``starapp report``: the service report from the command line (csv, xlsx, json, pdf).

Kept out of cli.py so that file stays a short list of commands. Qt is imported only
for ``--format pdf``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from starapp.cli_unlock import add_passphrase_arg, open_store
from starapp.core.errors import StarappError
from starapp.core.readings import Participation, ReadingKind
from starapp.core.report_export import write_csv, write_json
from starapp.core.report_filters import ReportFilter
from starapp.store.report_queries import (
    all_templates,
    count_score_rows,
    iter_reading_scores,
    service_report,
)

FORMATS = ("csv", "xlsx", "json", "pdf")


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def add_report_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report",
        help="write the service report (csv, xlsx, json or pdf)",
        description="Figures across everyone in a data file: first and latest scores, "
        "movement between stages, time between readings. Filters narrow the readings.",
    )
    p.add_argument("--data", type=Path, required=True, metavar="FILE", help="the data file")
    add_passphrase_arg(p)
    p.add_argument("--format", required=True, choices=FORMATS, help="the kind of file to write")
    p.add_argument("--out", type=Path, required=True, metavar="PATH", help="the file to write")
    p.add_argument("--template", metavar="KEY", help="only readings of this template")
    p.add_argument("--project", metavar="P", help="only people in this project")
    p.add_argument("--key-worker", metavar="W", help="only people with this key worker")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="readings on or after")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="readings on or before")
    p.add_argument(
        "--min-readings",
        type=positive_int,
        default=1,
        metavar="N",
        help="only people with at least N readings in the selection",
    )
    p.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in ReadingKind],
        help="only readings of this kind (repeat for several)",
    )
    who = p.add_mutually_exclusive_group()
    who.add_argument("--joint-only", action="store_true", help="only joint readings")
    who.add_argument("--worker-only", action="store_true", help="only worker-only readings")
    p.add_argument(
        "--no-scores",
        action="store_true",
        help="xlsx: leave out the Scores sheet (one row per score)",
    )
    p.add_argument(
        "--all-scores",
        action="store_true",
        help="xlsx: put every score in the workbook, however many (it can take minutes)",
    )
    p.add_argument(
        "--own-scores",
        action="store_true",
        help="count the person's own score where one was recorded (default: agreed scores)",
    )
    p.add_argument(
        "--shared-figures-only",
        action="store_true",
        help="only people whose consent in force covers sharing anonymised figures "
        "(default: everyone; the report's filter lines say which)",
    )
    p.set_defaults(handler=cmd_report)


def report_filter(args: argparse.Namespace) -> ReportFilter:
    participation = None
    if args.joint_only:
        participation = Participation.JOINT
    elif args.worker_only:
        participation = Participation.WORKER_ONLY
    return ReportFilter(
        template_key=args.template,
        project=args.project,
        key_worker=args.key_worker,
        date_from=args.date_from,
        date_to=args.date_to,
        min_readings=args.min_readings,
        kinds=frozenset(ReadingKind(k) for k in args.kind or ()),
        participation=participation,
        own_scores=args.own_scores,
        shared_figures_only=args.shared_figures_only,
    ).validated()


def cmd_report(args: argparse.Namespace) -> int:
    flt = report_filter(args)
    write_pdf = _pdf_writer() if args.format == "pdf" else None
    with open_store(args) as store:
        report = service_report(store, flt)
        if args.format == "json":
            write_json(args.out, report)
        elif args.format == "csv":
            write_csv(args.out, iter_reading_scores(store, flt), all_templates(store))
        elif args.format == "xlsx":
            from starapp.core.report_xlsx import MAX_SCORE_ROWS, write_xlsx

            scores = None if args.no_scores else iter_reading_scores(store, flt)
            write_xlsx(
                args.out,
                report,
                scores,
                all_templates(store),
                total=None if args.no_scores else count_score_rows(store, flt),
                max_score_rows=None if args.all_scores else MAX_SCORE_ROWS,
            )
        else:
            assert write_pdf is not None
            write_pdf(args.out, report)
    if report.is_empty:
        print(report.message)
    print(
        f"Wrote the {args.format} report to {args.out}: "
        f"{report.people} people, {report.readings} readings."
    )
    return 0


def _pdf_writer():  # type: ignore[no-untyped-def]
    try:
        from starapp.ui.report_pdf import write_report_pdf
    except ModuleNotFoundError as exc:
        if exc.name in ("starapp.ui.report_pdf", "starapp.ui"):
            raise StarappError(
                "PDF reports are not available in this version yet; use --format csv, xlsx or json."
            ) from None
        raise StarappError(
            "PDF reports need a part of the app that is not installed ({module}); "
            "use --format csv, xlsx or json.",
            module=exc.name,
        ) from None
    return write_report_pdf
