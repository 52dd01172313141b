"""Command-line adapter of the protocol documents.

``seating``, ``name-cards``, ``badges``, ``manifest`` (PDF) and ``attendance``
(CSV).  Files are written atomically and readable by their owner only.
reportlab is imported only when a document is printed.
"""

from __future__ import annotations

import argparse
from typing import Any

from models.cliutil import add_db_argument, open_desk
from models.protocol.entities import Layout

LAYOUTS = {"bilateral": Layout.BILATERAL, "round": Layout.ROUND, "rows": Layout.ROWS}


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    def add(name: str, help_text: str, func: Any, out: str = "OUT.pdf") -> Any:
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        add_db_argument(parser)
        parser.add_argument("-o", "--output", required=True, metavar=out)
        parser.set_defaults(func=func)
        return parser

    p = add(
        "seating",
        "print an event's seating plan (made from precedence and kept with "
        "the event the first time)",
        run_seating,
    )
    p.add_argument("--event", type=int, required=True, metavar="ID")
    p.add_argument(
        "--layout",
        choices=sorted(LAYOUTS),
        help="make a fresh plan in this layout (replaces the kept one)",
    )
    p = add(
        "name-cards",
        "print folded name cards (tent cards) for every seat of an event: "
        "A4 cut in two, the name on both faces",
        run_name_cards,
    )
    p.add_argument("--event", type=int, required=True, metavar="ID")
    p = add(
        "badges",
        "print badge inserts (90 × 60 mm, 8 per A4 page) with a QR code holding an opaque token",
        run_badges,
    )
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--event", type=int, metavar="ID")
    which.add_argument("--delegation", type=int, metavar="ID")
    p = add("manifest", "print the vehicle manifests of an event's transport legs", run_manifest)
    p.add_argument("--event", type=int, required=True, metavar="ID")
    p = add(
        "attendance",
        "export who was expected at an event and who arrived, as CSV",
        run_attendance,
        "OUT.csv",
    )
    p.add_argument("--event", type=int, required=True, metavar="ID")


def run_seating(args: argparse.Namespace) -> int:
    from exports.protocol.seating import build_seating
    from models.protocol.service import ProtocolDesk

    desk = open_desk(args)
    try:
        core = ProtocolDesk(desk)
        if args.layout:
            core.generate_seating(args.event, LAYOUTS[args.layout])
        else:
            core.ensure_seating(args.event)
        path = build_seating(desk.programme(), args.event, args.output, now=desk.clock.now())
    finally:
        desk.close()
    print(f"Wrote {path}")
    return 0


def run_name_cards(args: argparse.Namespace) -> int:
    from exports.protocol.cards import build_name_cards
    from models.protocol.service import ProtocolDesk

    desk = open_desk(args)
    try:
        ProtocolDesk(desk).ensure_seating(args.event)
        path = build_name_cards(desk.programme(), args.event, args.output, now=desk.clock.now())
    finally:
        desk.close()
    print(f"Wrote {path}")
    return 0


def run_badges(args: argparse.Namespace) -> int:
    from exports.protocol.badges import (
        build_badges,
        render_delegation_badges,
        render_event_badges,
    )
    from models.protocol.service import ProtocolDesk

    desk = open_desk(args)
    try:
        core = ProtocolDesk(desk)
        now = desk.clock.now()
        if args.event is not None:
            tokens = core.badge_tokens(event_id=args.event)
            data = render_event_badges(desk.programme(), args.event, tokens, now=now)
        else:
            tokens = core.badge_tokens(delegation_id=args.delegation)
            data = render_delegation_badges(desk.programme(), args.delegation, tokens, now=now)
        path = build_badges(args.output, data)
        duplicates = [
            b
            for b in desk.store.superseded_badges()
            if (b.event_id, b.delegation_id) == (args.event, args.delegation)
        ]
        names = {p.id: p.display_name for p in desk.store.people_by_ids(
            [b.person_id for b in duplicates])}  # fmt: skip
    finally:
        desk.close()
    print(f"Wrote {path} ({len(tokens)} badges, 90 × 60 mm, 8 per A4 page)")
    if duplicates:
        print(f"{len(duplicates)} other badge(s) of these people, issued after theirs on "
              "another laptop, are duplicates: still accepted at check-in, where the desk "
              "collects them (" + ", ".join(names.get(b.person_id, "?") for b in duplicates)
              + ").")  # fmt: skip
    return 0


def run_manifest(args: argparse.Namespace) -> int:
    from exports.protocol.manifest import build_manifest

    desk = open_desk(args)
    try:
        path = build_manifest(desk.programme(), args.event, args.output, now=desk.clock.now())
    finally:
        desk.close()
    print(f"Wrote {path}")
    return 0


def run_attendance(args: argparse.Namespace) -> int:
    from exports.files import write_file
    from exports.protocol.attendance import attendance_csv

    desk = open_desk(args)
    try:
        data = attendance_csv(desk.programme(), args.event, desk.store.checkins(args.event))
    finally:
        desk.close()
    path = write_file(args.output, data)
    print(f"Wrote {path}")
    return 0
