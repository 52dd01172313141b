"""The one home of the domain's rules.

Each ``check_*`` function returns every problem it finds, in words a
coordinator understands; :func:`ensure` turns a non-empty list into a
:class:`~models.errors.ValidationError`.  Rules that need the database (does
that organisation exist?) are checked by the services with the store's help.
"""

from __future__ import annotations

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
from models.messages import Message
from models.patterns import lazy
from models.timezones import in_zone, is_valid_zone, unknown_zone_message

_EMAIL = lazy(r"^[^@\s<>\"(),;:]+@[^@\s<>\"(),;:]+\.[^@\s<>\"(),;:.]{2,}$")
_COUNTRY = lazy(r"^[A-Z]{2}$")
_CONTROL = lazy(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


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
    return Message(
        "{label} ({date}) is outside the years {first}–{last}; check the year.",
        label=label,
        date=f"{value.year:04d}-{value.month:02d}-{value.day:02d}",
        first=FIRST_YEAR,
        last=LAST_YEAR,
    )


def event_years_problems(event: Event) -> list[str]:
    """Times of the event, its agenda or its transport outside 1970–2200."""
    problems = []
    for label, value in (
        (Message("The start"), event.starts_at),
        (Message("The end"), event.ends_at),
    ):
        if not in_supported_years(value):
            problems.append(year_problem(label, value))
    for item in event.agenda:
        for value in (item.starts_at, item.ends_at):
            if not in_supported_years(value):
                problems.append(year_problem(_agenda_label(item.title), value))
                break
    for leg in event.legs:
        for value in (leg.departs_at, leg.arrives_at):
            if not in_supported_years(value):
                problems.append(year_problem(_leg_label(leg.origin, leg.destination), value))
                break
    return problems


def within_supported_years(programme: Programme) -> tuple[Programme, list[str]]:
    """The programme without events whose times lie outside 1970–2200, and a note on each.

    Such rows can only come from older versions or other programs; exports
    leave them out (and say so) instead of failing on them.
    """
    kept: list[Event] = []
    notes: list[str] = []
    for event in programme.events:
        if event_years_problems(event):
            notes.append(
                Message(
                    "Event {id} “{title}” was left out: its times lie outside the years "
                    "{first}–{last} ({year}); correct them first.",
                    id=event.id,
                    title=event.title,
                    first=FIRST_YEAR,
                    last=LAST_YEAR,
                    year=f"{event.starts_at.year:04d}",
                )
            )
        else:
            kept.append(event)
    if not notes:
        return programme, []
    return replace(programme, events=tuple(kept), _index={}), notes


def _agenda_label(title: str) -> str:
    return Message("Agenda item {title!r}", title=title)


def _leg_label(origin: str, destination: str) -> str:
    return Message("Transport leg {route}", route=f"{origin or '?'} → {destination or '?'}")


def ensure(problems: Iterable[str], what: str = "") -> None:
    found = list(problems)
    if found:
        raise ValidationError(found, what)


def is_valid_email(email: str) -> bool:
    return bool(_EMAIL().match(email))


#: Line breaks of every kind (a single-line field breaks tables and PDFs with them).
_LINE_BREAK = lazy(r"[\n\r\x85\u2028\u2029]")


def _text_problems(
    label: str, value: str, *, required: bool = False, limit: int = 0, multiline: bool = False
) -> list[str]:
    """Problems of a text field; names, titles, e-mails and positions fit on one line."""
    problems: list[str] = []
    if required and not value.strip():
        problems.append(Message("{label} is missing.", label=label))
    if not multiline and _LINE_BREAK().search(value):
        problems.append(
            Message("{label} contains a line break; it must fit on one line.", label=label)
        )
    if _CONTROL().search(value):
        problems.append(Message("{label} contains control characters.", label=label))
    if limit and len(value) > limit:
        problems.append(
            Message("{label} is longer than {limit} characters.", label=label, limit=limit)
        )
    return problems


def check_organisation(org: Organisation) -> list[str]:
    label = Message("The organisation's name")
    problems = _text_problems(label, org.name, required=True, limit=300)
    if org.country and not _COUNTRY().match(org.country):
        problems.append(
            Message(
                "Country {country!r} is not a two-letter country code such as JP or IN.",
                country=org.country,
            )
        )
    return problems


def check_person(person: Person) -> list[str]:
    family = Message("The family name")
    problems = _text_problems(family, person.family_name, required=True, limit=200)
    for label, value in (
        (Message("The given name"), person.given_name),
        (Message("The name in Japanese script"), person.name_japanese),
        (Message("The honorific"), person.honorific),
        (Message("The position"), person.position),
        (Message("The phone number"), person.phone),
    ):
        problems += _text_problems(label, value, limit=300)
    if _LINE_BREAK().search(person.email):
        problems.append(Message("The E-mail address contains a line break; give one address."))
    elif person.email and not is_valid_email(person.email):
        problems.append(
            Message(
                "E-mail address {email!r} is not valid (like name@example.org).",
                email=person.email,
            )
        )
    if person.nationality and not _COUNTRY().match(person.nationality):
        problems.append(
            Message(
                "Nationality {nationality!r} is not a two-letter country code such as JP.",
                nationality=person.nationality,
            )
        )
    return problems


def check_delegation(delegation: Delegation) -> list[str]:
    label = Message("The delegation's name")
    problems = _text_problems(label, delegation.name, required=True, limit=300)
    if not is_valid_zone(delegation.home_timezone):
        problems.append(unknown_zone_message(delegation.home_timezone))
    duplicates = [pid for pid, n in Counter(delegation.member_ids).items() if n > 1]
    if duplicates:
        problems.append(Message("A person is listed twice among the members."))
    return problems


def check_venue(venue: Venue) -> list[str]:
    label = Message("The venue's name")
    problems = _text_problems(label, venue.name, required=True, limit=300)
    if not is_valid_zone(venue.timezone):
        problems.append(unknown_zone_message(venue.timezone))
    if (venue.latitude is None) != (venue.longitude is None):
        problems.append(Message("Give both latitude and longitude, or neither."))
    if venue.latitude is not None and not -90 <= venue.latitude <= 90:
        problems.append(
            Message("Latitude {value} is not between -90 and 90.", value=venue.latitude)
        )
    if venue.longitude is not None and not -180 <= venue.longitude <= 180:
        problems.append(
            Message("Longitude {value} is not between -180 and 180.", value=venue.longitude)
        )
    if venue.capacity is not None and venue.capacity <= 0:
        problems.append(Message("The venue's capacity must be a positive number."))
    names = Counter(r.name.strip().casefold() for r in venue.rooms)
    for room in venue.rooms:
        if not room.name.strip():
            problems.append(Message("A room has no name."))
        elif _LINE_BREAK().search(room.name):
            problems.append(
                Message(
                    "Room {room!r} contains a line break; it must fit on one line.",
                    room=room.name,
                )
            )
        elif names[room.name.strip().casefold()] > 1:
            problems.append(Message("Room {room!r} is listed more than once.", room=room.name))
            names[room.name.strip().casefold()] = 1
        if room.capacity is not None and room.capacity <= 0:
            problems.append(Message("Room {room!r} must have a positive capacity.", room=room.name))
        if room.capacity is not None and venue.capacity and room.capacity > venue.capacity:
            problems.append(
                Message(
                    "Room {room!r} holds {capacity}, more than the venue's {limit}.",
                    room=room.name,
                    capacity=room.capacity,
                    limit=venue.capacity,
                )
            )
    return problems


def expected_headcount(event: Event) -> int:
    """People expected in the room: everyone who has not declined."""
    return sum(1 for p in event.participations if p.reply is not Reply.DECLINED)


def check_event(event: Event, venue: Venue | None = None) -> list[str]:
    """Rules of one event; ``venue`` is the event's venue when it has one."""
    problems = _text_problems(Message("The title"), event.title, required=True, limit=500)
    years = event_years_problems(event)
    if years:  # nothing else about such times can be computed safely
        return problems + years
    zone_ok = is_valid_zone(event.timezone)
    if not zone_ok:
        problems.append(unknown_zone_message(event.timezone))
    if event.ends_at <= event.starts_at:
        problems.append(_order_problem(Message("The event"), event, zone_ok))
    if venue is not None:
        if event.room_id is not None and venue.room(event.room_id) is None:
            problems.append(Message("The chosen room is not at {venue}.", venue=venue.name))
        room = venue.room(event.room_id)
        headcount = expected_headcount(event)
        if room is not None and room.capacity is not None and headcount > room.capacity:
            problems.append(
                _over_capacity(Message("Room {room!r}", room=room.name), room.capacity, headcount)
            )
        elif room is None and venue.capacity is not None and headcount > venue.capacity:
            problems.append(_over_capacity(venue.name, venue.capacity, headcount))
    elif event.room_id is not None:
        problems.append(Message("A room was chosen but no venue."))
    people = Counter(p.person_id for p in event.participations)
    if any(n > 1 for n in people.values()):
        problems.append(Message("A person is listed twice among the attendees."))
    for item in event.agenda:
        label = _agenda_label(item.title) if item.title.strip() else Message("An agenda item")
        if not item.title.strip():
            problems.append(Message("An agenda item has no title."))
        elif _LINE_BREAK().search(item.title):
            problems.append(
                Message(
                    "{label} contains a line break in its title; it must fit on one line.",
                    label=label,
                )
            )
        if item.ends_at <= item.starts_at:
            problems.append(Message("{label} ends before it starts.", label=label))
        elif item.starts_at < event.starts_at or item.ends_at > event.ends_at:
            problems.append(Message("{label} lies outside the event's time.", label=label))
    for leg in event.legs:
        label = _leg_label(leg.origin, leg.destination)
        if _LINE_BREAK().search(leg.origin + leg.destination):
            problems.append(
                Message("{label}: start and destination must fit on one line.", label=label)
            )
        if not leg.origin.strip() or not leg.destination.strip():
            problems.append(Message("{label} needs both a start and a destination.", label=label))
        if leg.arrives_at <= leg.departs_at:
            problems.append(Message("{label} arrives before it departs.", label=label))
    if event.status is EventStatus.CANCELLED and not event.uid and event.id is None:
        problems.append(Message("A new event cannot start out cancelled."))
    return problems


def _order_problem(label: str, event: Event, zone_ok: bool) -> str:
    if zone_ok:
        a = in_zone(event.starts_at, event.timezone)
        b = in_zone(event.ends_at, event.timezone)
        return Message(
            "{label} ends ({end}) before it starts ({start}).",
            label=label,
            end=f"{b:%Y-%m-%d %H:%M}",
            start=f"{a:%Y-%m-%d %H:%M}",
        )
    return Message("{label} ends before it starts.", label=label)


def _over_capacity(place: str, capacity: int, headcount: int) -> str:
    """``Room 'Hall' holds 80 people but 95 are expected.`` (English agrees in number)."""
    if capacity == 1:
        key = "{place} holds 1 person but {headcount} are expected."
    elif headcount == 1:
        key = "{place} holds {capacity} people but 1 is expected."
    else:
        key = "{place} holds {capacity} people but {headcount} are expected."
    return Message(key, place=place, capacity=capacity, headcount=headcount)
