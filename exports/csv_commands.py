"""Command-line adapter: ``import-people`` (people from a CSV file).

Reads the file with :mod:`exports.csv_import`, then hands the rows to
:mod:`models.people_import`, the same write side the window uses.  The file is
read before any database is created, and a refused import into a new
``--db`` path leaves no empty database behind.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from models.cliutil import add_db_argument, database_path, open_desk
from models.errors import AppError


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``import-people`` sub-command."""
    imp = subparsers.add_parser(
        "import-people",
        help="import people from a CSV file (UTF-8, Excel's CSV)",
        description="Import people from a CSV file whose first line names the columns "
        "(Family name/Surname, Given name/First name, Japanese name/氏名, Title, Position, "
        "Organisation/Company, E-mail, Phone/Mobile, Nationality, Dietary, Accessibility, "
        "Notes). Unknown organisations are created. Every bad row is reported with its line "
        "number; without --skip-invalid nothing is written unless every row is valid.",
    )
    add_db_argument(imp)
    imp.add_argument("file", metavar="FILE.csv", help="the CSV file; the first line names columns")
    imp.add_argument(
        "--delegation", metavar="NAME", help="add everyone imported to this delegation"
    )
    imp.add_argument(
        "--skip-invalid",
        action="store_true",
        help="import the valid rows and report the others (default: import nothing unless "
        "every row is valid)",
    )
    imp.set_defaults(func=run_import)


def run_import(args: argparse.Namespace) -> int:
    from exports.csv_import import read_people_csv
    from models.people_import import import_people

    parsed = read_people_csv(args.file)  # read before any database is created
    path = database_path(args)
    created = not path.exists()
    desk = open_desk(args, create=True)
    try:
        report = import_people(
            desk, parsed.candidates, delegation_name=args.delegation,
            skip_invalid=args.skip_invalid,
        )  # fmt: skip
    except AppError:
        desk.close()
        if created:  # a refused import leaves no empty database behind
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
        raise
    finally:
        desk.close()
    print(report.summary())
    for similar in report.similar:  # as the window's preview warns before importing
        print(f"Note: {similar.question()}")
    if parsed.ignored_columns:
        print("Columns not imported: " + ", ".join(parsed.ignored_columns))
    return 0
