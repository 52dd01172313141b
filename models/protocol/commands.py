"""Command-line adapter of the protocol core: ``checkin``, ``vehicles``, ``gifts``, ``ranks``.

(The printed documents — ``seating``, ``name-cards``, ``badges``, ``manifest``,
``attendance`` — are in :mod:`exports.protocol.commands`.)
"""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from models.cliutil import add_db_argument, open_desk, print_json
from models.errors import ValidationError
from models.protocol.entities import Gift, GiftDirection, RankRow, RankTable, Vehicle

EXIT_REFUSED = 2


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    p = subparsers.add_parser(
        "checkin",
        help="check a badge in at an event (exit 0: welcome, also when already arrived; "
        "2: unknown badge, not on the list or wrong event)",
        description="Check a person in at an event by the token of their badge's QR code "
        "(or --person ID). A repeat check-in keeps the first arrival time.",
    )
    add_db_argument(p)
    p.add_argument("--event", type=int, required=True, metavar="ID")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--token", metavar="TOKEN", help="the token read from the badge")
    who.add_argument("--person", type=int, metavar="ID", help="check in by person id")
    p.set_defaults(func=run_checkin)

    p = subparsers.add_parser(
        "vehicles",
        help="list, add or fill the vehicles of an event's transport legs",
        description="Without --add or --assign, lists the vehicles of the event's legs. "
        "--assign seats each leg's passengers by precedence (most senior guest and host "
        "in the lead car), never beyond a vehicle's seats.",
    )
    add_db_argument(p)
    p.add_argument("--event", type=int, required=True, metavar="ID")
    p.add_argument("--leg", type=int, metavar="ID", help="one transport leg (default: all)")
    p.add_argument("--add", action="store_true", help="add a vehicle to --leg (at the end)")
    p.add_argument("--plate", default="")
    p.add_argument("--kind", default="", help="e.g. Sedan, Coach, Escort car")
    p.add_argument("--seats", type=int, default=4, help="passenger seats (driver not counted)")
    p.add_argument("--driver", default="")
    p.add_argument("--phone", default="", help="the driver's phone")
    p.add_argument("--assign", action="store_true", help="assign passengers by precedence")
    p.add_argument("--json", action="store_true", help="print JSON instead")
    p.set_defaults(func=run_vehicles)

    p = subparsers.add_parser(
        "gifts",
        help="the gift register: list, or record a gift given or received at an event",
        description="Without --add, lists the register. With --add, records one gift.",
    )
    add_db_argument(p)
    p.add_argument("--add", action="store_true")
    p.add_argument("--event", type=int, metavar="ID")
    direction = p.add_mutually_exclusive_group()
    direction.add_argument("--given", action="store_true", help="a gift the delegation gave")
    direction.add_argument("--received", action="store_true", help="a gift it received")
    p.add_argument("--from", dest="giver", default="", metavar="WHO")
    p.add_argument("--to", dest="recipient", default="", metavar="WHO")
    p.add_argument("--description", default="")
    p.add_argument("--value", default="", help="estimated value, e.g. 25000")
    p.add_argument("--currency", default="INR")
    p.add_argument("--date", default="", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true", help="print JSON instead")
    p.set_defaults(func=run_gifts)

    p = subparsers.add_parser(
        "ranks",
        help="show or set order of precedence: rank tables and explicit ranks",
        description="Without options, lists everyone of a delegation (or all) in order of "
        "precedence with their rank. --person ID --rank N gives an explicit rank (1 = the "
        "top row of the table; 0 clears it); --row 'Label: keyword, keyword' (repeated, "
        "most senior first) replaces the rank table of --delegation (or the default one).",
    )
    add_db_argument(p)
    p.add_argument("--delegation", type=int, metavar="ID")
    p.add_argument("--person", type=int, metavar="ID")
    p.add_argument("--rank", type=int, metavar="N")
    p.add_argument("--row", action="append", default=[], metavar="'LABEL: KEYWORDS'")
    p.set_defaults(func=run_ranks)


def run_checkin(args: argparse.Namespace) -> int:
    from models.protocol.service import ProtocolDesk

    desk = open_desk(args)
    try:
        core = ProtocolDesk(desk)
        if args.token is not None:
            result = core.check_in(args.event, args.token)
        else:
            result = core.check_in_person(args.event, args.person)
    finally:
        desk.close()
    print(result.message())
    return 0 if result.outcome.welcome else EXIT_REFUSED


def run_vehicles(args: argparse.Namespace) -> int:
    from models.protocol.service import ProtocolDesk

    desk = open_desk(args)
    try:
        core = ProtocolDesk(desk)
        event = desk.event(args.event)
        legs = [leg for leg in event.legs if args.leg is None or leg.id == args.leg]
        if args.leg is not None and not legs:
            raise ValidationError([f"Event {args.event} has no transport leg {args.leg}."])
        if args.add:
            if args.leg is None:
                raise ValidationError(["--add needs --leg ID (see `vehicles --event ID`)."])
            current = core.vehicles(args.event, args.leg)
            new = Vehicle(
                plate=args.plate.strip(),
                kind=args.kind.strip(),
                seats=args.seats,
                driver=args.driver.strip(),
                driver_phone=args.phone.strip(),
            )
            core.set_vehicles(args.event, args.leg, [*current, new])
        if args.assign:
            for leg in legs:
                if leg.id is not None and core.vehicles(args.event, leg.id):
                    result = core.assign_passengers(args.event, leg.id)
                    if result.left_over:
                        programme = desk.programme()
                        names = ", ".join(
                            getattr(programme.person(p), "full_name", str(p))
                            for p in result.left_over
                        )
                        print(f"Leg {leg.id}: no seat left for {names}; add a vehicle.")
        programme = desk.programme()
    finally:
        desk.close()
    book = programme.protocol
    rows = []
    for leg in legs:
        for v in book.vehicles_of(args.event, leg.id) if book else []:
            rows.append((leg, v))
    if args.json:
        print_json(
            [
                {
                    "leg": leg.id,
                    "order": v.order,
                    "id": v.id,
                    "plate": v.plate,
                    "kind": v.kind,
                    "seats": v.seats,
                    "driver": v.driver,
                    "driver_phone": v.driver_phone,
                    "passengers": list(v.passenger_ids),
                }
                for leg, v in rows
            ]
        )
        return 0
    for leg in legs:
        print(f"Leg {leg.id}: {leg.origin} → {leg.destination}")
        mine = [v for lg, v in rows if lg.id == leg.id]
        if not mine:
            print("  (no vehicles)")
        for v in mine:
            names = ", ".join(
                getattr(programme.person(p), "display_name", str(p)) for p in v.passenger_ids
            )
            print(
                f"  {v.order + 1}. {v.name} — {len(v.passenger_ids)}/{v.seats} seats — "
                f"driver {v.driver or '?'} {v.driver_phone}".rstrip()
            )
            if names:
                print(f"     {names}")
    return 0


def _parse_gift(args: argparse.Namespace) -> Gift:
    problems = []
    if args.event is None:
        problems.append("--event ID is needed to record a gift.")
    if not (args.given or args.received):
        problems.append("Say whether the gift was --given or --received.")
    value = None
    if args.value.strip():
        try:
            value = Decimal(args.value.strip().replace(",", ""))
        except InvalidOperation:
            problems.append(f"The value {args.value!r} is not a number.")
    given_on = None
    if args.date.strip():
        try:
            given_on = date.fromisoformat(args.date.strip())
        except ValueError:
            problems.append(f"The date {args.date!r} is not YYYY-MM-DD.")
    if problems:
        raise ValidationError(problems, "The gift")
    return Gift(
        event_id=args.event,
        given_on=given_on,
        direction=GiftDirection.GIVEN if args.given else GiftDirection.RECEIVED,
        giver=args.giver.strip(),
        recipient=args.recipient.strip(),
        description=args.description.strip(),
        value=value,
        currency=args.currency,
    )


def run_gifts(args: argparse.Namespace) -> int:
    from models.protocol.service import ProtocolDesk

    desk = open_desk(args)
    try:
        if args.add:
            saved = ProtocolDesk(desk).save_gift(_parse_gift(args))
            print(f"Recorded gift {saved.id}.")
        gifts = desk.store.gifts()
        programme = desk.programme()
    finally:
        desk.close()
    if args.event is not None:
        gifts = [g for g in gifts if g.event_id == args.event]
    if args.json:
        print_json(
            [
                {
                    "id": g.id,
                    "event": g.event_id,
                    "date": g.given_on.isoformat() if g.given_on else None,
                    "direction": g.direction.value,
                    "from": g.giver,
                    "to": g.recipient,
                    "description": g.description,
                    "value": str(g.value) if g.value is not None else None,
                    "currency": g.currency,
                }
                for g in gifts
            ]
        )
        return 0
    if not args.add:
        for g in gifts:
            event = programme.event(g.event_id)
            value = f"{g.currency} {g.value}" if g.value is not None else "no estimate"
            print(
                f"{g.id}. {g.given_on or '—'} {g.direction.value}: {g.description} — from "
                f"{g.giver} to {g.recipient} ({value}) — {event.title if event else ''}"
            )
        if not gifts:
            print("No gifts recorded.")
    return 0


def _row(text: str) -> RankRow:
    label, _, words = text.partition(":")
    return RankRow(label.strip(), tuple(w.strip() for w in words.split(",") if w.strip()))


def run_ranks(args: argparse.Namespace) -> int:
    from models.protocol.precedence import Precedence
    from models.protocol.service import ProtocolDesk

    desk = open_desk(args)
    try:
        core = ProtocolDesk(desk)
        if args.person is not None:
            if args.rank is None:
                raise ValidationError(["--person needs --rank N (0 clears the explicit rank)."])
            core.set_rank(args.person, args.rank or None)
        if args.row:
            core.save_rank_table(RankTable(args.delegation, tuple(_row(r) for r in args.row)))
        programme = desk.programme()
    finally:
        desk.close()
    rules = Precedence(programme)
    if args.delegation is not None:
        delegation = programme.delegation(args.delegation)
        if delegation is None:
            raise ValidationError([f"There is no delegation with id {args.delegation}."])
        ids = list(delegation.member_ids)
    else:
        ids = [p.id for p in programme.people if p.id is not None]
    for n, pid in enumerate(rules.order(ids), start=1):
        person = programme.person(pid)
        assert person is not None
        mark = (
            "*" if pid in (programme.protocol.explicit_ranks if programme.protocol else {}) else " "
        )
        print(
            f"{n:4}. {rules.rank_label(person):<17}{mark} {person.display_name} — {person.position}"
        )
    return 0
