"""The one home of the domain's rules.

Each ``check_*`` function returns every problem it finds, in words a
coordinator understands; :func:`ensure` turns a non-empty list into a
:class:`~models.errors.ValidationError`.  Rules that need the database (does
that organisation exist?) are checked by the services with the store's help.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime

from models.entities import (
    Delegation,
    Event,
    EventStatus,
    Organisation,
    Person,
    Programme,
    Reply,
    Venue,
)
from models.errors import ValidationError
from models.timezones import in_zone, is_valid_zone, unknown_zone_message

_EMAIL = re.compile(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:.]{2,}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


#: Times the programme may hold: 1970 to the end of 2200.  Outside that,
#: calendars, time zones and the years of VTIMEZONE rules stop making sense
#: (and Python's dates end at 9999), so such times are refused on entry.
FIRST_YEAR = 1970
LAST_YEAR = 2200
_EARLIEST = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
_LATEST = datetime(LAST_YEAR + 1, 1, 1, tzinfo=UTC)


def in_supported_years(value: datetime) -> bool:
    """Whether an aware time lies within 1970–2200 (in UTC)."""
    try:
        return _EARLIEST <= value < _LATEST
    except (OverflowError, TypeError):
        return False


def year_problem(label: str, value: datetime) -> str:
    return (
        f"{label} ({value.year:04d}-{value.month:02d}-{value.day:02d}) is outside the years "
        f"{FIRST_YEAR}–{LAST_YEAR}; check the year."
    )


def event_years_problems(event: Event) -> list[str]:
    """Times of the event, its agenda or its transport outside 1970–2200."""
    problems = []
    for label, value in (("The start", event.starts_at), ("The end", event.ends_at)):
        if not in_supported_years(value):
            problems.append(year_problem(label, value))
    for item in event.agenda:
        for value in (item.starts_at, item.ends_at):
            if not in_supported_years(value):
                problems.append(year_problem(f"Agenda item {item.title!r}", value))
                break
    for leg in event.legs:
        for value in (leg.departs_at, leg.arrives_at):
            if not in_supported_years(value):
                route = f"{leg.origin or '?'} → {leg.destination or '?'}"
                problems.append(year_problem(f"Transport leg {route}", value))
                break
    return problems


def within_supported_years(programme: Programme) -> tuple[Programme, list[str]]:
    """The programme without events whose times lie outside 1970–2200, and a note on each.

    Such rows can only come from older versions or other programs; exports
    leave them out (and say so) instead of failing on them.
    """
    kept, notes = [], []
    for event in programme.events:
        if event_years_problems(event):
            notes.append(
                f"Event {event.id} “{event.title}” was left out: its times lie outside the years "
                f"{FIRST_YEAR}–{LAST_YEAR} ({event.starts_at.year:04d}); correct them first."
            )
        else:
            kept.append(event)
    if not notes:
        return programme, []
    return replace(programme, events=tuple(kept), _index={}), notes


def ensure(problems: Iterable[str], what: str = "") -> None:
    found = list(problems)
    if found:
        raise ValidationError(found, what)


def is_valid_email(email: str) -> bool:
    return bool(_EMAIL.match(email))


#: Line breaks of every kind (a single-line field breaks tables and PDFs with them).
_LINE_BREAK = re.compile(r"[\n\r\x85\u2028\u2029]")


def _text_problems(
    label: str, value: str, *, required: bool = False, limit: int = 0, multiline: bool = False
) -> list[str]:
    """Problems of a text field; names, titles, e-mails and positions fit on one line."""
    problems = []
    if required and not value.strip():
        problems.append(f"{label} is missing.")
    if not multiline and _LINE_BREAK.search(value):
        problems.append(f"{label} contains a line break; it must fit on one line.")
    if _CONTROL.search(value):
        problems.append(f"{label} contains control characters.")
    if limit and len(value) > limit:
        problems.append(f"{label} is longer than {limit} characters.")
    return problems


def check_organisation(org: Organisation) -> list[str]:
    problems = _text_problems("The organisation's name", org.name, required=True, limit=300)
    if org.country and not _COUNTRY.match(org.country):
        problems.append(
            f"Country {org.country!r} is not a two-letter country code such as JP or IN."
        )
    return problems


def check_person(person: Person) -> list[str]:
    problems = _text_problems("The family name", person.family_name, required=True, limit=200)
    for label, value in (
        ("The given name", person.given_name),
        ("The name in Japanese script", person.name_japanese),
        ("The honorific", person.honorific),
        ("The position", person.position),
        ("The phone number", person.phone),
    ):
        problems += _text_problems(label, value, limit=300)
    if _LINE_BREAK.search(person.email):
        problems.append("The E-mail address contains a line break; give one address.")
    elif person.email and not is_valid_email(person.email):
        problems.append(f"E-mail address {person.email!r} is not valid (like name@example.org).")
    if person.nationality and not _COUNTRY.match(person.nationality):
        problems.append(
            f"Nationality {person.nationality!r} is not a two-letter country code such as JP."
        )
    return problems


def check_delegation(delegation: Delegation) -> list[str]:
    problems = _text_problems("The delegation's name", delegation.name, required=True, limit=300)
    if not is_valid_zone(delegation.home_timezone):
        problems.append(unknown_zone_message(delegation.home_timezone))
    duplicates = [pid for pid, n in Counter(delegation.member_ids).items() if n > 1]
    if duplicates:
        problems.append("A person is listed twice among the members.")
    return problems


def check_venue(venue: Venue) -> list[str]:
    problems = _text_problems("The venue's name", venue.name, required=True, limit=300)
    if not is_valid_zone(venue.timezone):
        problems.append(unknown_zone_message(venue.timezone))
    if (venue.latitude is None) != (venue.longitude is None):
        problems.append("Give both latitude and longitude, or neither.")
    if venue.latitude is not None and not -90 <= venue.latitude <= 90:
        problems.append(f"Latitude {venue.latitude} is not between -90 and 90.")
    if venue.longitude is not None and not -180 <= venue.longitude <= 180:
        problems.append(f"Longitude {venue.longitude} is not between -180 and 180.")
    if venue.capacity is not None and venue.capacity <= 0:
        problems.append("The venue's capacity must be a positive number.")
    names = Counter(r.name.strip().casefold() for r in venue.rooms)
    for room in venue.rooms:
        if not room.name.strip():
            problems.append("A room has no name.")
        elif _LINE_BREAK.search(room.name):
            problems.append(f"Room {room.name!r} contains a line break; it must fit on one line.")
        elif names[room.name.strip().casefold()] > 1:
            problems.append(f"Room {room.name!r} is listed more than once.")
            names[room.name.strip().casefold()] = 1
        if room.capacity is not None and room.capacity <= 0:
            problems.append(f"Room {room.name!r} must have a positive capacity.")
        if room.capacity is not None and venue.capacity and room.capacity > venue.capacity:
            problems.append(
                f"Room {room.name!r} holds {room.capacity}, more than the venue's {venue.capacity}."
            )
    return problems


def expected_headcount(event: Event) -> int:
    """People expected in the room: everyone who has not declined."""
    return sum(1 for p in event.participations if p.reply is not Reply.DECLINED)


def check_event(event: Event, venue: Venue | None = None) -> list[str]:
    """Rules of one event; ``venue`` is the event's venue when it has one."""
    problems = _text_problems("The title", event.title, required=True, limit=500)
    years = event_years_problems(event)
    if years:  # nothing else about such times can be computed safely
        return problems + years
    zone_ok = is_valid_zone(event.timezone)
    if not zone_ok:
        problems.append(unknown_zone_message(event.timezone))
    if event.ends_at <= event.starts_at:
        problems.append(_order_problem("The event", event.starts_at, event.ends_at, event, zone_ok))
    if venue is not None:
        if event.room_id is not None and venue.room(event.room_id) is None:
            problems.append(f"The chosen room is not at {venue.name}.")
        room = venue.room(event.room_id)
        headcount = expected_headcount(event)
        if room is not None and room.capacity is not None and headcount > room.capacity:
            problems.append(
                f"Room {room.name!r} holds {_people(room.capacity)} but {headcount} "
                f"{'is' if headcount == 1 else 'are'} expected."
            )
        elif room is None and venue.capacity is not None and headcount > venue.capacity:
            problems.append(
                f"{venue.name} holds {_people(venue.capacity)} but {headcount} "
                f"{'is' if headcount == 1 else 'are'} expected."
            )
    elif event.room_id is not None:
        problems.append("A room was chosen but no venue.")
    people = Counter(p.person_id for p in event.participations)
    if any(n > 1 for n in people.values()):
        problems.append("A person is listed twice among the attendees.")
    for item in event.agenda:
        label = f"Agenda item {item.title!r}" if item.title.strip() else "An agenda item"
        if not item.title.strip():
            problems.append("An agenda item has no title.")
        elif _LINE_BREAK.search(item.title):
            problems.append(f"{label} contains a line break in its title; it must fit on one line.")
        if item.ends_at <= item.starts_at:
            problems.append(f"{label} ends before it starts.")
        elif item.starts_at < event.starts_at or item.ends_at > event.ends_at:
            problems.append(f"{label} lies outside the event's time.")
    for leg in event.legs:
        route = f"{leg.origin or '?'} → {leg.destination or '?'}"
        if _LINE_BREAK.search(leg.origin + leg.destination):
            problems.append(f"Transport leg {route}: start and destination must fit on one line.")
        if not leg.origin.strip() or not leg.destination.strip():
            problems.append(f"Transport leg {route} needs both a start and a destination.")
        if leg.arrives_at <= leg.departs_at:
            problems.append(f"Transport leg {route} arrives before it departs.")
    if event.status is EventStatus.CANCELLED and not event.uid and event.id is None:
        problems.append("A new event cannot start out cancelled.")
    return problems


def _order_problem(label: str, start: object, end: object, event: Event, zone_ok: bool) -> str:
    if zone_ok:
        a = in_zone(event.starts_at, event.timezone)
        b = in_zone(event.ends_at, event.timezone)
        return f"{label} ends ({b:%Y-%m-%d %H:%M}) before it starts ({a:%Y-%m-%d %H:%M})."
    return f"{label} ends before it starts."


def _people(count: int) -> str:
    return f"{count} {'person' if count == 1 else 'people'}"
