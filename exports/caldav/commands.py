"""Command-line adapter: ``publish`` (calendars on a CalDAV server).

The password comes from ``DELEGATION_DESK_CALDAV_PASSWORD`` or the system's
keyring, or is asked for on a terminal; it is never stored by Delegation Desk.
Exit status 0 when the calendar is up to date, 1 when something was changed
on the server by someone else or could not be written (listed), 2 for a
user error.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any
from urllib.parse import urlsplit

from models.cliutil import add_db_argument, open_desk
from models.entities import Classification


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    publish = subparsers.add_parser(
        "publish",
        help="publish the programme to a CalDAV calendar (Radicale, Nextcloud, …)",
        description="Bring a calendar on a CalDAV server up to date: one entry per event, "
        "only new or changed events written, deleted ones removed. Entries changed on the "
        "server by someone else are reported, never overwritten. Use one calendar per "
        "audience (the whole programme, each delegation, the public programme).",
    )
    add_db_argument(publish)
    publish.add_argument("--caldav", required=True, metavar="URL",
                         help="the calendar's address, e.g. "
                         "https://cal.example.org/desk/programme/")  # fmt: skip
    publish.add_argument("--user", metavar="USER", default="",
                         help="log in as USER (password from DELEGATION_DESK_CALDAV_PASSWORD "
                         "or the keyring)")  # fmt: skip
    publish.add_argument("--delegation", type=int, metavar="ID",
                         help="only events of this delegation's members")  # fmt: skip
    publish.add_argument("--max-classification", choices=[c.value for c in Classification],
                         default=Classification.RESTRICTED.value,
                         help="leave out events classified higher (e.g. public for the public "
                         "programme; default: restricted, so confidential events are published "
                         "only when asked for)")  # fmt: skip
    publish.add_argument("--name", default="", metavar="TEXT",
                         help="the calendar's name when it is created")  # fmt: skip
    publish.set_defaults(func=run_publish)


def _ask(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def run_publish(args: argparse.Namespace) -> int:
    from exports.caldav.publish import CalDavSettings, publish
    from exports.credentials import CALDAV_PASSWORD_ENV, CALDAV_SERVICE, find_password

    settings = CalDavSettings(url=args.caldav, user=args.user)
    settings.check()
    if args.user:
        host = urlsplit(args.caldav).hostname or args.caldav
        password = find_password(CALDAV_SERVICE, CALDAV_PASSWORD_ENV, args.user, host, _ask)
        settings = CalDavSettings(url=args.caldav, user=args.user, password=password)
    desk = open_desk(args)
    try:
        report = publish(
            desk.store, desk.programme(), settings, clock=desk.clock,
            delegation_id=args.delegation,
            max_classification=Classification(args.max_classification), name=args.name,
        )  # fmt: skip
    finally:
        desk.close()
    for line in report.lines():
        print(line)
    print(report.headline())
    return 1 if report.conflicts or report.errors else 0
