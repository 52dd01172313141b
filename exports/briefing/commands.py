"""Command-line adapter: ``pack`` prints a briefing pack or an itinerary to PDF.

reportlab is imported only when the command runs, not when the command line
is parsed for other commands.
"""

from __future__ import annotations

import argparse
from typing import Any

from models.cliutil import add_db_argument, open_desk


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add this module's sub-commands."""
    parser = subparsers.add_parser(
        "pack",
        help="print a briefing pack (event or delegation) or a personal itinerary to PDF",
        description="Write an A4 briefing pack as PDF. The file is replaced only when the "
        "whole pack has been built.",
    )
    add_db_argument(parser)
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=int, metavar="ID", help="the briefing pack of one event")
    which.add_argument(
        "--delegation", type=int, metavar="ID", help="a delegation's pack: all its events"
    )
    which.add_argument("--person", type=int, metavar="ID", help="one person's itinerary")
    parser.add_argument(
        "--for-delegation",
        type=int,
        metavar="ID",
        help="with --event: show times in this delegation's home zone",
    )
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="PDF to write")
    parser.add_argument(
        "--watermark", action="store_true", help="print the marking diagonally on every page"
    )
    parser.add_argument(
        "--notes", action="store_true", help="add a ruled notes page after each event"
    )
    parser.add_argument(
        "--language",
        choices=("en", "ja"),
        default="en",
        help="headings, labels, dates and markings in English (default) or Japanese",
    )
    parser.set_defaults(func=run_pack)


def run_pack(args: argparse.Namespace) -> int:
    from exports.briefing.build import build_delegation_pack, build_event_pack, build_itinerary

    desk = open_desk(args, read_only=True)  # a pack only reads
    try:
        programme = desk.programme()
        now = desk.clock.now()
        if args.event is not None:
            path = build_event_pack(
                programme,
                args.event,
                args.output,
                delegation_id=args.for_delegation,
                watermark=args.watermark,
                now=now,
                notes=args.notes,
                language=args.language,
            )
        elif args.delegation is not None:
            path = build_delegation_pack(
                programme,
                args.delegation,
                args.output,
                watermark=args.watermark,
                now=now,
                notes=args.notes,
                language=args.language,
            )
        else:
            path = build_itinerary(
                programme,
                args.person,
                args.output,
                watermark=args.watermark,
                now=now,
                language=args.language,
            )
    finally:
        desk.close()
    print(f"Wrote {path}")
    return 0
