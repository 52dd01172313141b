"""Command-line adapter: ``backup``, ``snapshots`` and ``restore``.

A thin layer over :mod:`models.store.backups`: ``backup`` copies the
database with SQLite's online backup API (consistent while the window has it
open); ``snapshots`` lists the automatic snapshots kept before risky
operations; ``restore`` puts one back, snapshotting the current file first.
"""

from __future__ import annotations

import argparse
from typing import Any

from models.cliutil import add_db_argument, database_path
from models.errors import AppError, NotFound


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add ``backup``, ``snapshots`` and ``restore``."""
    backup = subparsers.add_parser(
        "backup",
        help="copy the database to a file, consistently, even while the window is open",
        description="Copy the database with SQLite's online backup API. The copy is "
        "consistent even while the window has the database open, and readable by you only.",
    )
    add_db_argument(backup)
    backup.add_argument("-o", "--output", required=True, metavar="FILE", help="the copy to write")
    backup.set_defaults(func=run_backup)

    listing = subparsers.add_parser(
        "snapshots",
        help="list the automatic snapshots kept before imports, migrations and restores",
        description="List the automatic snapshots of the database (newest first), kept in "
        "the data folder before every risky operation.",
    )
    add_db_argument(listing)
    listing.set_defaults(func=run_snapshots)

    restore = subparsers.add_parser(
        "restore",
        help="put an automatic snapshot back (the current file is snapshotted first)",
        description="Replace the database by one of its automatic snapshots (number N as "
        "listed by `snapshots`). The current database is snapshotted first, so a restore "
        "can itself be undone. Close the window first.",
    )
    add_db_argument(restore)
    restore.add_argument("--snapshot", type=int, required=True, metavar="N",
                         help="the snapshot's number in `snapshots` (1 = newest)")  # fmt: skip
    restore.set_defaults(func=run_restore)


def run_backup(args: argparse.Namespace) -> int:
    from models.store.backups import backup_database

    source = database_path(args)
    target = backup_database(source, args.output)
    print(f"Backed up {source} to {target}.")
    return 0


def run_snapshots(args: argparse.Namespace) -> int:
    from models.store.backups import snapshots

    found = snapshots(database_path(args))
    if not found:
        print("No snapshots yet: one is kept before every import, migration or restore.")
        return 0
    for number, snap in enumerate(found, start=1):
        print(f"{number:>3}  {snap.describe()}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from models.store.backups import restore_snapshot, snapshots

    path = database_path(args)
    if not path.is_file():
        raise NotFound(f"There is no database at {path}.")
    found = snapshots(path)
    if not 1 <= args.snapshot <= len(found):
        raise AppError(
            f"There is no snapshot {args.snapshot} of {path} "
            f"({len(found)} kept; list them with `snapshots`)."
        )
    chosen = found[args.snapshot - 1]
    restore_snapshot(path, chosen)
    print(
        f"Restored {path} from the snapshot taken {chosen.describe()}. "
        "The database as it was just before is itself kept as the newest snapshot."
    )
    return 0
