"""``starapp retention``: who the data file's retention settings would archive or erase,
and with ``--apply``, doing it."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from starapp.cli_unlock import open_store
from starapp.store.retention import ARCHIVE, ERASE, RetentionPlan, apply_retention, plan_retention
from starapp.store.settings import load_settings

WHAT = {ARCHIVE: "archive", ERASE: "ERASE for good"}


def add_retention_parser(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    data_arg: Callable[..., None],
) -> None:
    p = sub.add_parser(
        "retention",
        help="list who the retention settings would archive or erase; --apply does it",
    )
    data_arg(p, required=True)
    p.add_argument(
        "--apply",
        action="store_true",
        help="archive and erase the people listed (erasing cannot be undone)",
    )
    p.set_defaults(handler=cmd_retention)


def cmd_retention(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        settings = load_settings(store)
        plan = plan_retention(store, settings.archive_after_months, settings.erase_after_months)
        print(_rules(plan))
        if not plan.items:
            print("Nobody is due; nothing to do.")
            return 0
        print(_table(plan))
        archive, erase = len(plan.to_archive), len(plan.to_erase)
        if not args.apply:
            print(
                f"{archive} to archive, {erase} to erase. Nothing was changed: "
                "run again with --apply to do it."
            )
            return 0
        result = apply_retention(store, plan)
    print(f"Archived {result.archived} and erased {result.erased} people.")
    return 0


def _rules(plan: RetentionPlan) -> str:
    def months(n: int, what: str) -> str:
        return f"{what} after {n} months" if n else f"never {what.lower()}"

    return (
        f"Retention on {plan.on.isoformat()}: "
        f"{months(plan.archive_after_months, 'Archive')} without a reading; "
        f"{months(plan.erase_after_months, 'Erase')} in the archive."
    )


def _table(plan: RetentionPlan) -> str:
    rows = [("Reference", "Name", "Last reading", "What will happen")]
    rows += [(i.reference, i.name, i.last_reading_on or "none", WHAT[i.action]) for i in plan.items]
    widths = [max(len(row[c]) for row in rows) for c in range(4)]
    return "\n".join(
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
