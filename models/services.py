"""Use cases: the one core that the window and the command line both call.

:class:`Desk` wraps a :class:`~models.store.Store` with the domain's rules:
every write is validated first (all problems at once), stamped with the
injected clock, and done in one transaction.  Deletes return a
:class:`Removal` that :meth:`Desk.restore` puts back exactly, which is what
the window's undo uses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, NamedTuple

from models.clock import Clock, SystemClock
from models.entities import (
    Delegation,
    Event,
    EventStatus,
    Organisation,
    Participation,
    Person,
    Programme,
    Reply,
    Role,
    TravelTime,
    Venue,
)
from models.errors import InUse, NotFound, ValidationError
from models.messages import Message
from models.store import Store
from models.timezones import require_aware, to_utc
from models.validation import (
    check_delegation,
    check_event,
    check_organisation,
    check_person,
    check_venue,
    ensure,
    in_supported_years,
    year_problem,
)
from models.versions import Key, Written

if TYPE_CHECKING:
    from models.clashes import Clash


def random_uid() -> str:
    """A UID that reveals nothing: no host name, no time, no content."""
    import uuid  # imported here: it loads ``platform``, which the window's start can skip

    return f"{uuid.uuid4()}@delegation-desk"


class Removal(NamedTuple):
    """What a delete took away, so that :meth:`Desk.restore` can put it back."""

    kind: str  # "organisation", "person", "delegation", "venue", "event"
    record: Organisation | Person | Delegation | Venue | Event
    events: tuple[Event, ...] = ()  # events as they were before (for person/organisation)
    delegations: tuple[Delegation, ...] = ()
    #: (table, id) → row version the delete left behind, for records it changed
    #: without deleting them: a restore refuses to overwrite later changes.
    versions: tuple[tuple[Key, int], ...] = ()
    #: Protocol rows the delete took with it (seats, badges, check-ins, vehicles, gifts).
    protocol: tuple[Any, ...] = ()


def _left(journal: list[Written]) -> tuple[tuple[Key, int], ...]:
    """The versions a piece of work left behind (the last write of each record wins)."""
    last = {(w.table, w.id): w.version for w in journal}
    return tuple((key, v) for key, v in last.items() if v is not None)


class Dependants(NamedTuple):
    """What refers to a record, in words, for a "delete anyway?" question.

    This and :class:`Removal` are named tuples, not dataclasses: cheaper to
    define, and the window imports this module as it starts.
    """

    blocking: tuple[str, ...] = ()  # must be resolved first: delete is refused
    affected: tuple[str, ...] = ()  # will be changed if the user confirms
    event_ids: tuple[int, ...] = ()

    @property
    def any(self) -> bool:
        return bool(self.blocking or self.affected)


def _significant(old: Event, new: Event) -> bool:
    """Changes that calendar clients must see as an update (raise SEQUENCE).

    The time, the place, the status, and the times or places of transport legs
    (itineraries show each leg as an entry under the event's SEQUENCE).
    """
    return (
        old.starts_at != new.starts_at
        or old.ends_at != new.ends_at
        or old.venue_id != new.venue_id
        or old.room_id != new.room_id
        or old.status != new.status
        or old.timezone != new.timezone
        or _route(old) != _route(new)
    )


def _moved(old: Event, new: Event) -> bool:
    """Changes after which recorded answers must be confirmed again: the time or the place."""
    return (
        old.starts_at != new.starts_at
        or old.ends_at != new.ends_at
        or old.venue_id != new.venue_id
        or old.timezone != new.timezone
    )


def _ask_again(old: Event, new: Event) -> tuple[Participation, ...]:
    """After a move, answers recorded for the old time or place need re-confirmation.

    Only answers the save leaves as they were stored: one set in the same save
    (or put back by an undo) is the answer for the new version.
    """
    if not _moved(old, new) or new.is_cancelled:
        return new.participations
    stored = {p.person_id: p.reply for p in old.participations}
    return tuple(
        replace(p, reply=Reply.NEEDS_RECONFIRMATION)
        if p.reply.answered and stored.get(p.person_id) is p.reply
        else p
        for p in new.participations
    )


def _route(event: Event) -> tuple[tuple[object, ...], ...]:
    """The transport of a site visit as calendars show it (legs are entries of their own)."""
    return tuple(
        (leg.departs_at, leg.arrives_at, leg.origin, leg.destination) for leg in event.legs
    )


class Desk:
    """The application core over one database."""

    def __init__(
        self,
        store: Store,
        clock: Clock | None = None,
        new_uid: Callable[[], str] = random_uid,
    ) -> None:
        self.store = store
        self.clock: Clock = clock or SystemClock()
        self.new_uid = new_uid

    @classmethod
    def open(cls, path: str, clock: Clock | None = None) -> Desk:
        return cls(Store.open(path), clock)

    def close(self) -> None:
        self.store.close()

    # -- reading ---------------------------------------------------------------

    def programme(self) -> Programme:
        return self.store.programme()

    def organisations(self) -> list[Organisation]:
        return self.store.organisations()

    def people(self) -> list[Person]:
        return self.store.people()

    def search_people(self, text: str, limit: int | None = None) -> list[Person]:
        return self.store.search_people(text, limit)

    def delegations(self) -> list[Delegation]:
        return self.store.delegations()

    def venues(self) -> list[Venue]:
        return self.store.venues()

    def events(self) -> list[Event]:
        return self.store.events()

    def event(self, event_id: int) -> Event:
        return self.store.event(event_id)

    def person(self, person_id: int) -> Person:
        return self.store.person(person_id)

    def clashes(self) -> list[Clash]:
        from models.clashes import find_clashes  # not needed to open the window

        return find_clashes(self.store.programme())

    # -- organisations -----------------------------------------------------------

    def save_organisation(self, org: Organisation) -> Organisation:
        org = replace(org, name=org.name.strip(), country=org.country.strip().upper())
        ensure(check_organisation(org), Message("The organisation"))
        if org.id is None:
            return self.store.insert_organisation(org)
        return self.store.update_organisation(org)

    def organisation_dependants(self, org_id: int) -> Dependants:
        org = self.store.organisation(org_id)
        staff = self.store.organisation_people_count(org_id)
        hosted = self.store.events_hosted_by(org_id)
        if staff == 1:
            key = (
                "1 person works for {org}; move them to another organisation or delete them first."
            )
        else:
            key = (
                "{count} people work for {org}; move them to another organisation or delete "
                "them first."
            )
        blocking = (Message(key, count=staff, org=org.name),) if staff else ()
        affected = tuple(
            Message("{org} will no longer be listed as host of “{title}”.", org=org.name,
                    title=e.title)
            for e in self.store.events_by_ids(hosted)
        )  # fmt: skip
        return Dependants(blocking, affected, tuple(hosted))

    def delete_organisation(self, org_id: int, *, force: bool = False) -> Removal:
        deps = self.organisation_dependants(org_id)
        if deps.blocking:
            raise InUse(
                Message("This organisation cannot be deleted: {reason}", reason=deps.blocking[0]),
                deps.blocking,
            )
        if deps.affected and not force:
            raise InUse(Message("This organisation hosts events."), deps.affected)
        org = self.store.organisation(org_id)
        before = tuple(self.store.events_by_ids(deps.event_ids))
        with self.store.recording() as journal, self.store.atomic():
            for event in before:
                hosts = tuple(h for h in event.host_organisation_ids if h != org_id)
                self.store.replace_event(replace(event, host_organisation_ids=hosts))
            self.store.delete_organisation(org_id)
        return Removal("organisation", org, events=before, versions=_left(journal))

    # -- people ------------------------------------------------------------------

    def _check_person_links(self, person: Person) -> list[str]:
        problems = check_person(person)
        if person.organisation_id is not None:
            try:
                self.store.organisation(person.organisation_id)
            except NotFound:
                problems.append(Message("The chosen organisation no longer exists."))
        return problems

    def save_person(self, person: Person) -> Person:
        person = replace(
            person,
            family_name=person.family_name.strip(),
            given_name=person.given_name.strip(),
            name_japanese=person.name_japanese.strip(),
            email=person.email.strip(),
            nationality=person.nationality.strip().upper(),
        )
        ensure(self._check_person_links(person), Message("This person"))
        if person.id is None:
            return self.store.insert_person(person)
        return self.store.update_person(person)

    def person_dependants(self, person_id: int) -> Dependants:
        person = self.store.person(person_id)
        event_ids = self.store.events_referring_to_person(person_id)
        from models.message_values import Name  # defined when first needed, not at start

        name = Name(person.full_name, person.family_name, person.given_name, person.name_japanese)
        affected: list[str] = [
            Message("{name} will be removed from “{title}”.", name=name, title=e.title)
            for e in self.store.events_by_ids(event_ids)
        ]
        for delegation_id in self.store.delegations_of_person(person_id):
            delegation = self.store.delegation(delegation_id)
            affected.append(
                Message("{name} will leave the delegation {delegation}.", name=name,
                        delegation=delegation.name)
            )  # fmt: skip
        return Dependants((), tuple(affected), tuple(event_ids))

    def delete_person(self, person_id: int, *, force: bool = False) -> Removal:
        deps = self.person_dependants(person_id)
        if deps.affected and not force:
            raise InUse(Message("This person is still part of the programme."), deps.affected)
        person = self.store.person(person_id)
        events = tuple(self.store.events_by_ids(deps.event_ids))
        delegations = tuple(
            self.store.delegation(d) for d in self.store.delegations_of_person(person_id)
        )
        kept = self.store.protocol_rows(person_id=person_id)
        with self.store.recording() as journal, self.store.atomic():
            self.store.delete_person(person_id)
        return Removal("person", person, events=events, delegations=delegations,
                       versions=_left(journal), protocol=kept)  # fmt: skip

    # -- delegations ---------------------------------------------------------------

    def save_delegation(self, delegation: Delegation) -> Delegation:
        members = tuple(dict.fromkeys(delegation.member_ids))
        if delegation.head_id is not None and delegation.head_id not in members:
            members = (delegation.head_id, *members)
        delegation = replace(delegation, name=delegation.name.strip(), member_ids=members,
                             home_timezone=delegation.home_timezone.strip())  # fmt: skip
        problems = check_delegation(delegation)
        known = {p.id for p in self.store.people_by_ids(members)}
        if len(known) != len(members):
            problems.append(Message("Some members no longer exist."))
        ensure(problems, Message("The delegation"))
        if delegation.id is None:
            return self.store.insert_delegation(delegation)
        return self.store.update_delegation(delegation)

    def delete_delegation(self, delegation_id: int) -> Removal:
        delegation = self.store.delegation(delegation_id)
        self.store.delete_delegation(delegation_id)
        return Removal("delegation", delegation)

    # -- venues ----------------------------------------------------------------------

    def save_venue(self, venue: Venue) -> Venue:
        venue = replace(venue, name=venue.name.strip(), timezone=venue.timezone.strip())
        problems = check_venue(venue)
        if venue.id is not None:
            old = self.store.venue(venue.id)
            kept = {r.id for r in venue.rooms}
            for room in old.rooms:
                if room.id not in kept and room.id is not None:
                    used = self.store.events_in_room(room.id)
                    if used:
                        problems.append(
                            Message(
                                "Room {room!r} cannot be removed: {count} event(s) use it.",
                                room=room.name,
                                count=len(used),
                            )
                        )
            if venue.timezone != old.timezone and self.store.events_at_venue(venue.id):
                problems.append(
                    Message(
                        "The time zone cannot change while events are planned here; "
                        "move the events to another venue first."
                    )
                )
        ensure(problems, Message("The venue"))
        if venue.id is None:
            return self.store.insert_venue(venue)
        return self.store.update_venue(venue)

    def venue_dependants(self, venue_id: int) -> Dependants:
        venue = self.store.venue(venue_id)
        events = self.store.events_by_ids(self.store.events_at_venue(venue_id))
        blocking = tuple(
            Message("“{title}” takes place at {venue}.", title=e.title, venue=venue.name)
            for e in events
        )
        return Dependants(blocking, (), tuple(e.id for e in events if e.id is not None))

    def delete_venue(self, venue_id: int) -> Removal:
        deps = self.venue_dependants(venue_id)
        if deps.blocking:
            raise InUse(
                Message(
                    "This venue cannot be deleted while events take place there; "
                    "move or delete them first."
                ),
                deps.blocking,
            )
        venue = self.store.venue(venue_id)
        self.store.delete_venue(venue_id)
        return Removal("venue", venue)

    def set_travel_time(self, from_venue_id: int, to_venue_id: int, minutes: int) -> None:
        if minutes < 0:
            raise ValidationError([Message("A travel time cannot be negative.")])
        travel = TravelTime(from_venue_id=from_venue_id, to_venue_id=to_venue_id, minutes=minutes)
        self.store.set_travel_time(travel)

    # -- events ----------------------------------------------------------------------

    def _check_event_links(self, event: Event) -> tuple[Event, list[str]]:
        venue = None
        problems: list[str] = []
        if event.venue_id is not None:
            try:
                venue = self.store.venue(event.venue_id)
            except NotFound:
                problems.append(Message("The chosen venue no longer exists."))
            else:
                event = replace(event, timezone=venue.timezone)
        problems = check_event(event, venue) + problems
        wanted = {p.person_id for p in event.participations}
        for leg in event.legs:
            wanted.update(leg.passenger_ids)
        wanted.update(i for i in (event.organiser_id, event.host_contact_id) if i is not None)
        wanted.update(a.speaker_id for a in event.agenda if a.speaker_id is not None)
        known = {p.id for p in self.store.people_by_ids(sorted(wanted))}
        if wanted - known:
            problems.append(
                Message("{count} of the people named no longer exist.", count=len(wanted - known))
            )
        return event, problems

    def save_event(self, event: Event) -> Event:
        """Create or update an event with everything that belongs to it.

        The UID is made once; SEQUENCE is taken from the stored event and
        raised when the time, the place or the status changes.  When the time
        or the venue changes, recorded answers become "needs re-confirmation".
        """
        require_aware(event.starts_at, "start")
        require_aware(event.ends_at, "end")
        event = replace(
            event,
            title=event.title.strip(),
            starts_at=to_utc(event.starts_at),
            ends_at=to_utc(event.ends_at),
        )
        event, problems = self._check_event_links(event)
        ensure(problems, Message("The event"))
        now = self.clock.now()
        if event.id is None:
            event = replace(event, uid=event.uid or self.new_uid(), sequence=0,
                            created_at=now, updated_at=now)  # fmt: skip
            return self.store.insert_event(event)
        try:
            old = self.store.event(event.id)
        except NotFound:  # deleted meanwhile: say which, by the title being saved
            raise NotFound(
                f"The event “{event.title}” no longer exists: it was deleted elsewhere.",
                "events",
                event.id,
                event.title,
            ) from None
        sequence = old.sequence + 1 if _significant(old, event) else old.sequence
        event = replace(event, uid=old.uid, sequence=sequence, created_at=old.created_at,
                        updated_at=now, participations=_ask_again(old, event))  # fmt: skip
        return self.store.replace_event(event)

    def reschedule(self, event_id: int, starts_at: datetime, ends_at: datetime) -> Event:
        event = self.store.event(event_id)
        problems = [
            year_problem(label, value)
            for label, value in ((Message("The start"), starts_at), (Message("The end"), ends_at))
            if not in_supported_years(require_aware(value))
        ]
        ensure(problems, Message("The event"))  # before shifting its agenda and legs by that much
        shift = to_utc(starts_at) - event.starts_at
        agenda = tuple(
            replace(a, starts_at=a.starts_at + shift, ends_at=a.ends_at + shift)
            for a in event.agenda
        )
        legs = tuple(
            replace(leg, departs_at=leg.departs_at + shift, arrives_at=leg.arrives_at + shift)
            for leg in event.legs
        )
        return self.save_event(
            replace(event, starts_at=starts_at, ends_at=ends_at, agenda=agenda, legs=legs)
        )

    def cancel(self, event_id: int) -> Event:
        event = self.store.event(event_id)
        if event.status is EventStatus.CANCELLED:
            return event
        return self.save_event(replace(event, status=EventStatus.CANCELLED))

    def delete_event(self, event_id: int) -> Removal:
        event = self.store.event(event_id)
        kept = self.store.protocol_rows(event_id=event_id)
        self.store.delete_event(event_id)
        return Removal("event", event, protocol=kept)

    def add_participants(
        self, event_id: int, person_ids: Sequence[int], role: Role = Role.ATTENDEE
    ) -> Event:
        event = self.store.event(event_id)
        present = set(event.attendee_ids)
        added = tuple(
            Participation(person_id=pid, role=role)
            for pid in dict.fromkeys(person_ids)
            if pid not in present
        )
        return self.save_event(replace(event, participations=event.participations + added))

    def remove_participant(self, event_id: int, person_id: int) -> Event:
        event = self.store.event(event_id)
        kept = tuple(p for p in event.participations if p.person_id != person_id)
        if len(kept) == len(event.participations):
            raise NotFound("That person is not attending this event.")
        return self.save_event(replace(event, participations=kept))

    def set_reply(self, event_id: int, person_id: int, reply: Reply) -> Event:
        event = self.store.event(event_id)
        if event.participation(person_id) is None:
            raise NotFound("That person is not attending this event.")
        participations = tuple(
            replace(p, reply=reply) if p.person_id == person_id else p for p in event.participations
        )
        return self.save_event(replace(event, participations=participations))

    # -- undo of deletes -------------------------------------------------------------

    def restore(self, removal: Removal) -> None:
        """Put back exactly what a delete took away (same ids, same UID).

        Records the delete changed without deleting them (events a person
        attended, delegations they belonged to) are written back only if
        nothing changed them since: else :class:`~models.errors.StaleRecord`.
        """
        record = removal.record
        with self.store.expecting(dict(removal.versions)), self.store.atomic():
            if isinstance(record, Organisation):
                self.store.insert_organisation(record)
            elif isinstance(record, Person):
                self.store.insert_person(record)
            elif isinstance(record, Delegation):
                self.store.insert_delegation(record)
            elif isinstance(record, Venue):
                self.store.insert_venue(record)
            elif isinstance(record, Event):
                self.store.insert_event(record)
            for event in removal.events:
                self.store.replace_event(event)
            for delegation in removal.delegations:
                self.store.update_delegation(delegation)
            if removal.protocol:
                self.store.put_protocol_rows(removal.protocol)
