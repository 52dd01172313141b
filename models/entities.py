"""The things a delegation programme is made of.

Plain frozen dataclasses: they are passed between the store, the services,
the exports and the window's table models.  To change one, make a new one with
:func:`dataclasses.replace` and hand it to a service.  ``id`` is ``None`` until
the store has given the record its number.  ``version`` is the row version
the record was read at (see :mod:`models.versions`): a save of a record whose
stored version has moved on since is refused with
:class:`~models.errors.StaleRecord`.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from models.protocol.entities import ProtocolBook


class _Record:
    """Equality, hashing and ``repr`` shared by the records below.

    Records are declared with ``eq=False, repr=False`` and inherit these,
    which behave as the dataclass-generated ones would (equal when of the same
    class with equal fields; hashed by the fields; ``Person(id=1, …)``), but
    are written once: generating them for every record compiled some thirty
    functions each time the program started (2 ms of the window's start).
    """

    __slots__ = ()
    _fields: tuple[str, ...] = ()
    _values: Any = None

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._fields = tuple(inspect.get_annotations(cls))
        cls._values = attrgetter(*cls._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            return bool(self._values(self) == self._values(other))
        return NotImplemented

    def __hash__(self) -> int:
        return hash(self._values(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({shown})"


class OrgKind(StrEnum):
    GOVERNMENT = "government"
    COMPANY = "company"
    INVESTOR = "investor"
    AGENCY = "agency"
    ASSOCIATION = "association"


class EventKind(StrEnum):
    CLOSED_DOOR = "closed-door meeting"
    CONFERENCE = "conference"
    BILATERAL = "bilateral meeting"
    SITE_VISIT = "site visit"
    RECEPTION = "reception"


class Classification(StrEnum):
    """How sensitive an event is.  Ordered: public < restricted < confidential."""

    PUBLIC = "public"
    RESTRICTED = "restricted"
    CONFIDENTIAL = "confidential"

    @property
    def rank(self) -> int:
        return _CLASSIFICATION_RANK[self]


_CLASSIFICATION_RANK = {
    Classification.PUBLIC: 0,
    Classification.RESTRICTED: 1,
    Classification.CONFIDENTIAL: 2,
}


class EventStatus(StrEnum):
    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CANCELLED = "cancelled"


class Role(StrEnum):
    CHAIR = "chair"
    SPEAKER = "speaker"
    ATTENDEE = "attendee"
    INTERPRETER = "interpreter"
    LIAISON = "liaison"
    SECURITY = "security"
    DRIVER = "driver"


class Reply(StrEnum):
    NEEDS_ACTION = "needs action"
    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    #: An answer was recorded, then the time or the place changed: ask again.
    NEEDS_RECONFIRMATION = "needs re-confirmation"

    @property
    def answered(self) -> bool:
        """Whether this is an answer the person gave (for the current version)."""
        return self in _ANSWERS


_ANSWERS = frozenset({Reply.ACCEPTED, Reply.TENTATIVE, Reply.DECLINED})


#: Country codes used by the sample programme, with names for display.
COUNTRY_NAMES = {"JP": "Japan", "IN": "India"}


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Organisation(_Record):
    """A ministry, company, investor or recycler taking part."""

    id: int | None = None
    version: int = 0  # row version: 0 until stored, raised by every write
    name: str
    country: str = ""  # ISO 3166-1 alpha-2, e.g. "JP", "IN"
    sector: str = ""
    kind: OrgKind = OrgKind.COMPANY
    profile: str = ""
    website: str = ""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Person(_Record):
    """Someone who attends, hosts or speaks; Japanese names keep their kanji."""

    id: int | None = None
    version: int = 0  # row version: 0 until stored, raised by every write
    family_name: str
    given_name: str = ""
    name_japanese: str = ""  # kanji/kana, e.g. 山田 太郎
    honorific: str = ""  # Mr, Ms, Dr, H.E., Shri ...
    position: str = ""
    organisation_id: int | None = None
    email: str = ""
    phone: str = ""
    nationality: str = ""  # ISO 3166-1 alpha-2
    languages: tuple[str, ...] = ()
    dietary: str = ""
    accessibility: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.given_name, self.family_name) if p)

    @property
    def display_name(self) -> str:
        """Honorific and name as printed on a badge: ``Dr Aiko Tanaka``."""
        return " ".join(p for p in (self.honorific, self.given_name, self.family_name) if p)

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.family_name.casefold(), self.given_name.casefold())


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Delegation(_Record):
    """A travelling group with its head and the zone its members live in."""

    id: int | None = None
    version: int = 0  # row version: 0 until stored, raised by every write
    name: str
    home_timezone: str  # IANA, e.g. Asia/Tokyo
    head_id: int | None = None
    member_ids: tuple[int, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Room(_Record):
    """A room of a venue, with the number of people it seats."""

    id: int | None = None
    version: int = 0  # row version: 0 until stored, raised by every write
    name: str
    capacity: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Venue(_Record):
    """A place events happen: an embassy, a hotel, a plant; times there are local."""

    id: int | None = None
    version: int = 0  # row version: 0 until stored, raised by every write
    name: str
    address: str = ""
    city: str = ""
    region: str = ""
    country: str = ""
    timezone: str  # IANA
    latitude: float | None = None
    longitude: float | None = None
    capacity: int | None = None
    access_notes: str = ""
    rooms: tuple[Room, ...] = ()

    def room(self, room_id: int | None) -> Room | None:
        return next((r for r in self.rooms if r.id == room_id), None)

    @property
    def one_line_address(self) -> str:
        extra = [p for p in (self.city, self.region) if p and p not in self.address]
        return ", ".join(p for p in (self.address, *extra) if p)


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class AgendaItem(_Record):
    """One slot of an event's agenda, with its speaker."""

    id: int | None = None
    starts_at: datetime
    ends_at: datetime
    title: str
    speaker_id: int | None = None
    speaker_note: str = ""  # free text when the speaker is not in the people list


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Participation(_Record):
    """A person on an event's guest list: their role, their reply and what they
    wrote with it (a decline's reason, say)."""

    person_id: int
    role: Role = Role.ATTENDEE
    reply: Reply = Reply.NEEDS_ACTION
    comment: str = ""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class TransportLeg(_Record):
    """One leg of travel for a site visit: vehicle, driver and passengers."""

    id: int | None = None
    departs_at: datetime
    arrives_at: datetime
    origin: str
    destination: str
    vehicle: str = ""
    driver_contact: str = ""
    passenger_ids: tuple[int, ...] = ()
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class Event(_Record):
    """An event with everything that belongs to it.

    ``uid`` is created once when the event is first stored and never changes;
    ``sequence`` rises whenever the time, the place or the status changes, so
    calendar clients update the entry instead of duplicating it.
    """

    id: int | None = None
    version: int = 0  # row version: 0 until stored, raised by every write
    uid: str = ""
    sequence: int = 0
    title: str
    kind: EventKind = EventKind.CLOSED_DOOR
    starts_at: datetime
    ends_at: datetime
    timezone: str  # IANA zone of where it happens (the venue's)
    venue_id: int | None = None
    room_id: int | None = None
    classification: Classification = Classification.RESTRICTED
    status: EventStatus = EventStatus.TENTATIVE
    objectives: str = ""
    organiser_id: int | None = None  # the person who sends invites
    host_organisation_ids: tuple[int, ...] = ()
    meeting_point: str = ""  # site visits: where people gather
    safety_notes: str = ""  # site visits: protective equipment, rules
    host_contact_id: int | None = None  # site visits: the host's contact person
    notes: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    agenda: tuple[AgendaItem, ...] = ()
    participations: tuple[Participation, ...] = ()
    legs: tuple[TransportLeg, ...] = ()

    @property
    def is_cancelled(self) -> bool:
        return self.status is EventStatus.CANCELLED

    def participation(self, person_id: int) -> Participation | None:
        return next((p for p in self.participations if p.person_id == person_id), None)

    @property
    def attendee_ids(self) -> tuple[int, ...]:
        return tuple(p.person_id for p in self.participations)


@dataclass(frozen=True, slots=True, kw_only=True, eq=False, repr=False)
class TravelTime(_Record):
    """A coordinator's own estimate of the road time between two venues."""

    from_venue_id: int
    to_venue_id: int
    minutes: int


@dataclass(frozen=True, slots=True)
class Programme:
    """Everything in one database, as plain data (for exports and clash checks)."""

    organisations: tuple[Organisation, ...] = ()
    people: tuple[Person, ...] = ()
    delegations: tuple[Delegation, ...] = ()
    venues: tuple[Venue, ...] = ()
    events: tuple[Event, ...] = ()
    travel_times: tuple[TravelTime, ...] = ()
    protocol: ProtocolBook | None = None  # precedence, seating, vehicles, gifts
    _index: dict[str, dict[int, object]] = field(default_factory=dict, compare=False, repr=False)

    def _lookup(self, name: str, items: tuple[object, ...]) -> dict[int, object]:
        table = self._index.get(name)
        if table is None:
            table = {getattr(i, "id"): i for i in items}  # noqa: B009
            self._index[name] = table
        return table

    def person(self, person_id: int | None) -> Person | None:
        if person_id is None:
            return None
        found = self._lookup("people", self.people).get(person_id)
        return found if isinstance(found, Person) else None

    def organisation(self, org_id: int | None) -> Organisation | None:
        if org_id is None:
            return None
        found = self._lookup("organisations", self.organisations).get(org_id)
        return found if isinstance(found, Organisation) else None

    def venue(self, venue_id: int | None) -> Venue | None:
        if venue_id is None:
            return None
        found = self._lookup("venues", self.venues).get(venue_id)
        return found if isinstance(found, Venue) else None

    def event(self, event_id: int | None) -> Event | None:
        if event_id is None:
            return None
        found = self._lookup("events", self.events).get(event_id)
        return found if isinstance(found, Event) else None

    def delegation(self, delegation_id: int | None) -> Delegation | None:
        if delegation_id is None:
            return None
        found = self._lookup("delegations", self.delegations).get(delegation_id)
        return found if isinstance(found, Delegation) else None

    def delegation_of(self, person_id: int) -> Delegation | None:
        """The first delegation the person travels with, if any."""
        return next((d for d in self.delegations if person_id in d.member_ids), None)
