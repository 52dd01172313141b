"""Command-line adapter: ``import-requests`` (meeting requests from a CSV file)."""

from __future__ import annotations

import argparse
from typing import Any

from models.cliutil import add_db_argument, open_desk


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    imp = subparsers.add_parser(
        "import-requests",
        help="import meeting requests from a CSV file (UTF-8, Excel's CSV)",
        description="Import meeting requests from a CSV file whose first line names the "
        "columns (Requester, Target, Priority, Duration, Interpreter, Venue, Not before, Not "
        "after, Attendees, Notes). Every bad row is reported with its line number; without "
        "--skip-invalid nothing is written unless every row is valid.",
    )
    add_db_argument(imp)
    imp.add_argument("file", metavar="FILE.csv", help="the CSV file; the first line names columns")
    imp.add_argument(
        "--skip-invalid", action="store_true", help="import the valid rows and report the others"
    )
    imp.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from exports.requests_csv import read_requests_csv
    from models.scheduler.requests_import import import_requests

    rows, ignored = read_requests_csv(args.file)  # read before the database is opened
    desk = open_desk(args)
    try:
        stored, skipped = import_requests(desk, rows, skip_invalid=args.skip_invalid)
    finally:
        desk.close()
    print(f"Imported {len(stored)} meeting request{'s' if len(stored) != 1 else ''}.")
    for problem in skipped:
        print(f"Skipped {problem}")
    if ignored:
        print("Columns not imported: " + ", ".join(ignored))
    return 0
