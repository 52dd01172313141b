"""The core command line: a thin adapter over :class:`~models.services.Desk`.

Listings print an aligned table, or with ``--json`` objects whose times are
ISO 8601 in the venue's zone (``2026-12-01T10:00:00+05:30``).  Commands that
only read never create a database; ``demo`` does.  (``import-people`` reads a
file format, so it lives with the readers: :mod:`exports.csv_commands`.)  Errors
a user can cause are :class:`~models.errors.AppError`, which ``main.py``
prints as a message (exit status 2).
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Callable, Sequence
from typing import Any

from models.cliutil import add_db_argument, database_path, open_desk, print_json
from models.entities import Delegation, Event, Organisation, Person, Programme, Venue
from models.errors import AppError
from models.services import Desk
from models.timezones import format_span, iso_in_zone, parse_local

Handler = Callable[[argparse.Namespace], int]

#: Widest cell of a table, in terminal columns (Japanese characters count two).
MAX_CELL = 56


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the core sub-commands."""

    def add(name: str, handler: Handler, help_text: str, *, listing: bool = False) -> Any:
        parser = subparsers.add_parser(name, help=help_text, description=help_text)
        add_db_argument(parser)
        if listing:
            parser.add_argument("--json", action="store_true", help="print JSON instead")
        parser.set_defaults(func=handler)
        return parser

    add("demo", run_demo, "write the sample New Delhi programme into a new or empty database")
    add("events", run_events, "list the events, in time order", listing=True)
    people = add("people", run_people, "list the people", listing=True)
    people.add_argument(
        "--search",
        metavar="TEXT",
        help="only people whose name (Latin or Japanese script), organisation or e-mail "
        "contains TEXT",
    )
    add("organisations", run_organisations, "list the organisations", listing=True)
    add("venues", run_venues, "list the venues and their rooms", listing=True)
    add("delegations", run_delegations, "list the delegations", listing=True)
    add(
        "clashes",
        run_clashes,
        "list clashes (people or rooms booked twice, too little travel time, rooms over "
        "capacity); exit status 1 when there are any",
        listing=True,
    )
    move = add(
        "reschedule",
        run_reschedule,
        "move an event; times are in the venue's zone unless they carry an offset",
    )
    move.add_argument("--event", type=int, required=True, metavar="ID", help="the event's id")
    move.add_argument("--start", required=True, metavar="T", help="e.g. 2026-12-01 10:00")
    move.add_argument("--end", required=True, metavar="T", help="e.g. 2026-12-01 11:30")
    cancel = add("cancel", run_cancel, "cancel an event (it stays listed, marked cancelled)")
    cancel.add_argument("--event", type=int, required=True, metavar="ID", help="the event's id")


# -- writing ----------------------------------------------------------------------


def run_demo(args: argparse.Namespace) -> int:
    from models.sample import load_sample

    path = database_path(args)
    desk = open_desk(args, create=True)
    try:
        if not desk.store.is_empty() or desk.store.delegations():
            raise AppError(
                f"{path} already holds a programme. The sample is only written into a new or "
                "empty database; choose another --db path."
            )
        load_sample(desk)
        p = desk.programme()
    finally:
        desk.close()
    print(
        f"Wrote the sample programme to {path}: {len(p.events)} events, {len(p.people)} people, "
        f"{len(p.organisations)} organisations, {len(p.venues)} venues, "
        f"{len(p.delegations)} delegations."
    )
    print(f"Next: delegation-desk events --db {path}   ·   delegation-desk clashes --db {path}")
    return 0


def run_reschedule(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        event = desk.event(args.event)
        start = parse_local(args.start, event.timezone, "start")
        end = parse_local(args.end, event.timezone, "end")
        moved = desk.reschedule(event.id or args.event, start, end)
    finally:
        desk.close()
    print(
        f"Moved event {moved.id} “{moved.title}” to "
        f"{format_span(moved.starts_at, moved.ends_at, moved.timezone)} "
        f"(revision {moved.sequence}). Export its invites again so calendars follow."
    )
    return 0


def run_cancel(args: argparse.Namespace) -> int:
    desk = open_desk(args)
    try:
        before = desk.event(args.event)
        event = desk.cancel(args.event)
    finally:
        desk.close()
    if before.is_cancelled:
        print(f"Event {event.id} “{event.title}” was already cancelled.")
    else:
        print(
            f"Cancelled event {event.id} “{event.title}” "
            f"({format_span(event.starts_at, event.ends_at, event.timezone)}). "
            "Export its invites again to send the cancellation."
        )
    return 0


# -- reading ----------------------------------------------------------------------


def _read(args: argparse.Namespace, read: Callable[[Desk], Any]) -> Any:
    desk = open_desk(args, read_only=True)  # changes no file, not even a new -wal
    try:
        return read(desk)
    finally:
        desk.close()


def event_json(event: Event, programme: Programme) -> dict[str, Any]:
    venue = programme.venue(event.venue_id)
    room = venue.room(event.room_id) if venue else None
    return {
        "id": event.id,
        "uid": event.uid,
        "sequence": event.sequence,
        "title": event.title,
        "kind": event.kind.value,
        "classification": event.classification.value,
        "status": event.status.value,
        "starts_at": iso_in_zone(event.starts_at, event.timezone),
        "ends_at": iso_in_zone(event.ends_at, event.timezone),
        "timezone": event.timezone,
        "venue": venue.name if venue else None,
        "venue_id": event.venue_id,
        "room": room.name if room else None,
        "participants": len(event.participations),
        "hosts": [o.name for o in map(programme.organisation, event.host_organisation_ids) if o],
    }


def run_events(args: argparse.Namespace) -> int:
    programme: Programme = _read(args, lambda d: d.programme())
    items = [event_json(e, programme) for e in programme.events]
    if args.json:
        print_json(items)
        return 0
    rows = [
        (
            str(e["id"]),
            f"{e['starts_at'][:10]} {e['starts_at'][11:16]}–{e['ends_at'][11:16]}",
            e["kind"],
            e["classification"],
            e["status"],
            e["title"],
            e["venue"] or "",
        )
        for e in items
    ]
    _print_table(("id", "when (venue's time)", "kind", "classification", "status", "title",
                  "venue"), rows)  # fmt: skip
    return 0


def person_json(person: Person, organisations: dict[int | None, Organisation]) -> dict[str, Any]:
    org = organisations.get(person.organisation_id)
    return {
        "id": person.id,
        "family_name": person.family_name,
        "given_name": person.given_name,
        "name_japanese": person.name_japanese,
        "honorific": person.honorific,
        "position": person.position,
        "organisation": org.name if org else None,
        "organisation_id": person.organisation_id,
        "email": person.email,
        "phone": person.phone,
        "nationality": person.nationality,
    }


def run_people(args: argparse.Namespace) -> int:
    def read(desk: Desk) -> tuple[list[Person], list[Organisation]]:
        people = desk.search_people(args.search) if args.search else desk.people()
        return people, desk.organisations()

    people, orgs = _read(args, read)
    by_id: dict[int | None, Organisation] = {o.id: o for o in orgs}
    items = [person_json(p, by_id) for p in people]
    if args.json:
        print_json(items)
        return 0
    rows = [
        (str(p["id"]), ", ".join(x for x in (p["family_name"], p["given_name"]) if x),
         p["name_japanese"], p["organisation"] or "", p["email"])
        for p in items
    ]  # fmt: skip
    _print_table(("id", "name", "Japanese", "organisation", "e-mail"), rows)
    if args.search and not items:
        print(f"Nobody matches {args.search!r}.", file=sys.stderr)
    return 0


def run_organisations(args: argparse.Namespace) -> int:
    orgs: list[Organisation] = _read(args, lambda d: d.organisations())
    items = [
        {"id": o.id, "name": o.name, "country": o.country, "kind": o.kind.value,
         "sector": o.sector, "profile": o.profile}
        for o in orgs
    ]  # fmt: skip
    if args.json:
        print_json(items)
        return 0
    rows = [(str(o.id), o.name, o.country, o.kind.value, o.sector) for o in orgs]
    _print_table(("id", "name", "country", "kind", "sector"), rows)
    return 0


def venue_json(venue: Venue) -> dict[str, Any]:
    return {
        "id": venue.id,
        "name": venue.name,
        "address": venue.address,
        "city": venue.city,
        "region": venue.region,
        "timezone": venue.timezone,
        "latitude": venue.latitude,
        "longitude": venue.longitude,
        "capacity": venue.capacity,
        "rooms": [{"id": r.id, "name": r.name, "capacity": r.capacity} for r in venue.rooms],
    }


def run_venues(args: argparse.Namespace) -> int:
    venues: list[Venue] = _read(args, lambda d: d.venues())
    if args.json:
        print_json([venue_json(v) for v in venues])
        return 0
    rows = [
        (str(v.id), v.name, v.city, v.timezone,
         f"{v.latitude:.4f}, {v.longitude:.4f}" if v.latitude is not None else "",
         ", ".join(f"{r.name} ({r.capacity})" if r.capacity else r.name for r in v.rooms))
        for v in venues
    ]  # fmt: skip
    _print_table(("id", "name", "city", "time zone", "coordinates", "rooms (capacity)"), rows)
    return 0


def run_delegations(args: argparse.Namespace) -> int:
    def read(desk: Desk) -> tuple[list[Delegation], dict[int | None, Person]]:
        delegations = desk.delegations()
        heads = [d.head_id for d in delegations if d.head_id is not None]
        return delegations, {p.id: p for p in desk.store.people_by_ids(heads)}

    delegations, heads = _read(args, read)
    items = [
        {"id": d.id, "name": d.name, "home_timezone": d.home_timezone, "head_id": d.head_id,
         "head": heads[d.head_id].display_name if d.head_id in heads else None,
         "members": len(d.member_ids), "member_ids": list(d.member_ids)}
        for d in delegations
    ]  # fmt: skip
    if args.json:
        print_json(items)
        return 0
    rows = [
        (str(d["id"]), d["name"], d["home_timezone"], d["head"] or "", str(d["members"]))
        for d in items
    ]
    _print_table(("id", "name", "home time zone", "head", "members"), rows)
    return 0


def run_clashes(args: argparse.Namespace) -> int:
    from models.clashes import find_clashes

    programme: Programme = _read(args, lambda d: d.programme())
    clashes = find_clashes(programme)
    if args.json:
        items = []
        for c in clashes:
            first = programme.event(c.event_ids[0]) if c.event_ids else None
            zone = first.timezone if first else "UTC"
            items.append(
                {
                    "kind": c.kind.value,
                    "message": c.message,
                    "event_ids": list(c.event_ids),
                    "events": [e.title for e in map(programme.event, c.event_ids) if e],
                    "person_ids": list(c.person_ids),
                    "people": [p.full_name for p in map(programme.person, c.person_ids) if p],
                    "starts_at": iso_in_zone(c.starts_at, zone) if c.starts_at else None,
                    "ends_at": iso_in_zone(c.ends_at, zone) if c.ends_at else None,
                }
            )
        print_json(items)
    elif clashes:
        for c in clashes:
            print(f"• {c.kind.value}: {c.message}")
        print(f"{len(clashes)} clash{'es' if len(clashes) != 1 else ''}.")
    else:
        print("No clashes.")
    return 1 if clashes else 0


# -- tables -------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Terminal columns: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    if display_width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        w = display_width(ch)
        if used + w > width - 1:
            break
        out.append(ch)
        used += w
    return "".join(out) + "…"


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    cells = [[_fit(c, MAX_CELL) for c in row] for row in rows]
    widths = [display_width(h) for h in headers]
    for row in cells:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row, strict=True)]

    def line(row: Sequence[str]) -> str:
        padded = [c + " " * (w - display_width(c)) for c, w in zip(row, widths, strict=True)]
        return "  ".join(padded).rstrip()

    out = [line(headers), line(["-" * w for w in widths]), *(line(r) for r in cells)]
    print("\n".join(out))
    if not rows:
        print("(none)")
