"""Small helpers shared by the command-line adapters (no Qt, no printing policy)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from models.paths import default_database
from models.services import Desk
from models.store import Store


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db PATH`` on a sub-command (also accepted before the command)."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help="the database file (default: delegation-desk.db in your data folder)",
    )


def database_path(args: argparse.Namespace) -> Path:
    given = getattr(args, "db", None)
    return Path(given).expanduser() if given else default_database()


def open_desk(args: argparse.Namespace, *, create: bool = False, read_only: bool = False) -> Desk:
    """The core over the database named on the command line.

    Commands that write never create a database by accident (``demo`` and
    imports ask to); commands that only read (``read_only``) never create or
    change a file at all, and can read a database in a read-only folder.
    """
    return Desk(Store.open(database_path(args), create=create, read_only=read_only))


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
