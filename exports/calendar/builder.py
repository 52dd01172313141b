"""Turning plain programme data into VEVENTs and serialised calendars.

One :class:`Builder` is made per export: it indexes the programme once (people,
venues, organisations, home zones in dicts) and takes "now" from the injected
clock once, so building thousands of events adds only dictionary look-ups to
what the icalendar library itself costs.  VTIMEZONE components
(:mod:`exports.calendar.zones`) are made once per zone and span of years and
added once per calendar.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from exports.calendar.description import describe, describe_leg
from exports.calendar.text import calendar_name, clean_name, clean_text, text_value
from exports.calendar.zones import vtimezone
from models.clock import Clock
from models.entities import (
    Classification,
    Event,
    EventKind,
    EventStatus,
    Participation,
    Person,
    Programme,
    Reply,
    Role,
    TransportLeg,
    Venue,
)
from models.errors import Cancelled, ExportError, NotFound
from models.messages import Message
from models.timezones import format_offset, zone_label, zone_rules
from models.validation import in_supported_years, is_valid_email

if TYPE_CHECKING:
    import icalendar

#: Identifies the exporting product; never changes between runs or versions of a file.
PRODID = "-//Delegation Desk//Calendar export 1.0//EN"
UNTITLED = "Untitled event"

CLASS_OF = {
    Classification.PUBLIC: "PUBLIC",
    Classification.RESTRICTED: "PRIVATE",
    Classification.CONFIDENTIAL: "CONFIDENTIAL",
}
STATUS_OF = {
    EventStatus.TENTATIVE: "TENTATIVE",
    EventStatus.CONFIRMED: "CONFIRMED",
    EventStatus.CANCELLED: "CANCELLED",
}
#: ROLE parameter: people who take part are required; security and drivers are
#: there for information (they are present but not part of the meeting).
ROLE_OF = {
    Role.CHAIR: "CHAIR",
    Role.SPEAKER: "REQ-PARTICIPANT",
    Role.ATTENDEE: "REQ-PARTICIPANT",
    Role.INTERPRETER: "REQ-PARTICIPANT",
    Role.LIAISON: "REQ-PARTICIPANT",
    Role.SECURITY: "NON-PARTICIPANT",
    Role.DRIVER: "NON-PARTICIPANT",
}
PARTSTAT_OF = {
    Reply.NEEDS_ACTION: "NEEDS-ACTION",
    Reply.ACCEPTED: "ACCEPTED",
    Reply.TENTATIVE: "TENTATIVE",
    Reply.DECLINED: "DECLINED",
    Reply.NEEDS_RECONFIRMATION: "NEEDS-ACTION",  # moved since they answered: ask again
}
#: The answer a PARTSTAT in a reply gives.
REPLY_OF = {
    "NEEDS-ACTION": Reply.NEEDS_ACTION,
    "ACCEPTED": Reply.ACCEPTED,
    "TENTATIVE": Reply.TENTATIVE,
    "DECLINED": Reply.DECLINED,
}
#: Roles whose answer an invite asks for (RSVP=TRUE while they have not given it):
#: not security or drivers, who are there but not part of the meeting.
ASKED = frozenset(role for role, value in ROLE_OF.items() if value != "NON-PARTICIPANT")

Progress = Callable[[int, int], None]
CancelCheck = threading.Event | Callable[[], bool]


@dataclass(frozen=True, slots=True)
class InviteOptions:
    """Choices that are not part of the programme data.

    ``alarm_minutes`` / ``site_visit_alarm_minutes``: the reminder before the
    start (``None`` for no reminder).
    """

    alarm_minutes: int | None = 30
    site_visit_alarm_minutes: int | None = 120

    def alarm_for(self, event: Event) -> int | None:
        if event.kind is EventKind.SITE_VISIT:
            return self.site_visit_alarm_minutes
        return self.alarm_minutes


class Steps:
    """Progress reporting and cancel checks for a loop of ``total`` steps."""

    def __init__(self, total: int, progress: Progress | None, cancel: CancelCheck | None):
        self.total = total
        self.done = 0
        self._progress = progress
        self._cancel = cancel
        self._every = max(1, total // 100)

    def cancelled(self) -> bool:
        if self._cancel is None:
            return False
        if isinstance(self._cancel, threading.Event):
            return self._cancel.is_set()
        return bool(self._cancel())

    def step(self) -> None:
        """Count one step; raise :class:`Cancelled` when asked to stop."""
        if self.cancelled():
            raise Cancelled("The calendar export was cancelled; no file was written.")
        self.done += 1
        if self._progress is not None and (self.done % self._every == 0 or self.done == self.total):
            self._progress(self.done, self.total)


@lru_cache(maxsize=64)
def _zoneinfo(name: str) -> ZoneInfo:
    """The zone's rules from the one source VTIMEZONEs are built from (``tzdata``)."""
    return zone_rules(name)


def _abbreviation(local: datetime) -> str:
    """As :func:`models.timezones.abbreviation`: "IST", or "UTC+04:00" for zones without one."""
    abbr = local.tzname() or ""
    if not abbr or abbr[0] in "+-":
        return format_offset(local.utcoffset() or timedelta(0))
    return abbr


def fingerprint(event: Event, *, with_guests: bool) -> str:
    """A short digest of what an invite shows, to notice edits that keep SEQUENCE."""

    def ts(value: datetime) -> int:
        return int(value.timestamp())

    content: tuple[Any, ...] = (
        event.title, event.kind.value, ts(event.starts_at), ts(event.ends_at), event.timezone,
        event.venue_id, event.room_id, event.classification.value, event.status.value,
        event.objectives, event.meeting_point, event.safety_notes, event.host_contact_id,
        event.host_organisation_ids, event.organiser_id,
        tuple((ts(a.starts_at), ts(a.ends_at), a.title, a.speaker_id, a.speaker_note)
              for a in event.agenda),
        tuple((ts(leg.departs_at), ts(leg.arrives_at), leg.origin, leg.destination,
               leg.vehicle, leg.driver_contact, leg.notes) for leg in event.legs),
    )  # fmt: skip
    if with_guests:
        content += (tuple((p.person_id, p.role.value) for p in event.participations),)
    return hashlib.blake2b(repr(content).encode(), digest_size=8).hexdigest()


class Builder:
    """Builds VEVENTs for one export from a programme indexed once."""

    def __init__(
        self, programme: Programme, clock: Clock, options: InviteOptions | None = None
    ) -> None:
        self.programme = programme
        self.options = options or InviteOptions()
        self.stamp = clock.now().astimezone(UTC)
        self.people: dict[int | None, Person] = {p.id: p for p in programme.people}
        self.venues: dict[int | None, Venue] = {v.id: v for v in programme.venues}
        self.org_names: dict[int | None, str] = {o.id: o.name for o in programme.organisations}
        self.home_zone: dict[int, str] = {}
        for delegation in programme.delegations:
            for member in delegation.member_ids:
                self.home_zone.setdefault(member, delegation.home_timezone)
        self.events: dict[int | None, Event] = {e.id: e for e in programme.events}
        self._emails: dict[int | None, str] = {}
        years = [e.starts_at.year for e in programme.events if in_supported_years(e.starts_at)] or [
            self.stamp.year
        ]
        #: The span of years the VTIMEZONEs must be right for.
        self.years = (min(years), max(years) + 1)
        self._description_event: Event | None = None
        self._descriptions: dict[tuple[str, tuple[str, ...]], str] = {}

    # -- look-ups ----------------------------------------------------------------

    def event(self, event_id: int) -> Event:
        found = self.events.get(event_id)
        if found is None:
            raise NotFound(f"There is no event with id {event_id}.", "events", event_id)
        return found

    def email_of(self, person_id: int | None) -> str:
        """The person's address if it is one an invite can go to, else ""."""
        found = self._emails.get(person_id)
        if found is None:
            person = self.people.get(person_id)
            valid = person is not None and person.email and is_valid_email(person.email)
            found = self._emails[person_id] = person.email if valid and person else ""
        return found

    def has_organiser(self, event: Event) -> bool:
        """Whether the event's organiser has an address (PUBLISH entries name them)."""
        return bool(self.email_of(event.organiser_id))

    def zones_for(self, event: Event, person_ids: Iterable[int]) -> tuple[str, ...]:
        """Home zones of the people's delegations that differ from the venue's zone."""
        zones = dict.fromkeys(self.home_zone[p] for p in person_ids if p in self.home_zone)
        zones.pop(event.timezone, None)
        return tuple(zones)

    def side_by_side(self, instant: datetime, venue_zone: str, zones: Sequence[str]) -> str:
        """``Tue 1 Dec 10:00 IST (India) · 13:30 JST (Japan)``, with every zone given.

        The same text as :func:`models.timezones.format_side_by_side` (a test
        holds them together), made without re-validating zone names on every
        call: it runs twice per entry and dominated the exporter's own time.
        """
        first = instant.astimezone(_zoneinfo(venue_zone))
        text = (
            f"{first:%a} {first.day} {first:%b} {first:%H:%M} "
            f"{_abbreviation(first)} ({zone_label(venue_zone)})"
        )
        for other in zones:
            if other == venue_zone:
                continue
            second = instant.astimezone(_zoneinfo(other))
            day = "" if second.date() == first.date() else f"{second:%a} {second.day} {second:%b} "
            text += f" · {day}{second:%H:%M} {_abbreviation(second)} ({zone_label(other)})"
        return text

    def description(self, event: Event, zones: Sequence[str]) -> str:
        """DESCRIPTION text, made once per event and zones (per-attendee files share it)."""
        key = (event.uid, tuple(zones))
        if self._description_event is not event:
            self._description_event = event
            self._descriptions.clear()
        found = self._descriptions.get(key)
        if found is None:
            found = self._descriptions[key] = describe(self, event, zones)
        return found

    # -- components ----------------------------------------------------------------

    def calendar(self, method: str, name: str = "") -> icalendar.Calendar:
        from icalendar import Calendar

        cal = Calendar()
        cal.add("prodid", PRODID)
        cal.add("version", "2.0")
        cal.add("method", method)
        if calendar_name(name):
            cal.add("x-wr-calname", calendar_name(name))
        return cal

    def finish(self, cal: icalendar.Calendar, zones: Iterable[str]) -> bytes:
        """Add one VTIMEZONE per zone used and serialise."""
        for n, name in enumerate(sorted(set(zones))):
            cal.subcomponents.insert(n, vtimezone(name, *self.years))
        return bytes(cal.to_ical())

    def address(
        self,
        person_id: int,
        role: Role | None = None,
        reply: Reply | None = None,
        *,
        rsvp: bool = False,
    ) -> icalendar.vCalAddress:
        from icalendar import vCalAddress

        person = self.people[person_id]
        address = vCalAddress(f"mailto:{person.email}")
        name = clean_name(person.display_name or person.full_name)
        if name:
            address.params["CN"] = name
        if role is not None:
            address.params["ROLE"] = ROLE_OF[role]
        if reply is not None:
            address.params["PARTSTAT"] = PARTSTAT_OF[reply]
        if rsvp:
            address.params["RSVP"] = "TRUE"
        return address  # fmt: skip

    def location(self, event: Event) -> str:
        """LOCATION: venue, room and address on one line."""
        venue = self.venues.get(event.venue_id)
        if venue is None:
            return ""
        room = venue.room(event.room_id)
        parts = (venue.name, room.name if room else "", venue.one_line_address)
        text = ", ".join(p.strip() for p in parts if p.strip())
        return clean_text(text).replace("\n", ", ")

    def vevent(
        self,
        event: Event,
        *,
        zones: Sequence[str] = (),
        attendees: Sequence[Participation] = (),
        organizer: bool = False,
        rsvp: bool = True,
        cancelled: bool = False,
        sequence: int | None = None,
        alarm: bool = True,
        uninvite: bool = False,
    ) -> icalendar.Event:
        """One VEVENT.  ``attendees`` must all have an e-mail address; ``zones``
        are the home zones shown beside the venue's in DESCRIPTION;
        ``cancelled`` marks it cancelled whatever its status.

        ``rsvp`` asks for answers: RSVP=TRUE for each attendee whose answer is
        wanted (a participant, not security or a driver) and not yet given for
        this version (no reply yet, or one that needs re-confirmation, sent as
        PARTSTAT=NEEDS-ACTION).  ``uninvite``: a CANCEL for attendees removed
        from an event that goes ahead, which by RFC 5546 §3.2.5 carries no
        STATUS (clients would tell them the whole meeting was cancelled)."""
        from icalendar import Event as VEvent

        tz = _zoneinfo(event.timezone)
        item = VEvent()
        item.add("uid", event.uid)
        item.add("sequence", event.sequence if sequence is None else sequence)
        item.add("dtstamp", self.stamp)
        if event.created_at is not None:
            item.add("created", event.created_at.astimezone(UTC))
        if event.updated_at is not None:
            item.add("last-modified", event.updated_at.astimezone(UTC))
        item.add("dtstart", event.starts_at.astimezone(tz))
        item.add("dtend", event.ends_at.astimezone(tz))
        item.add("summary", text_value(clean_text(event.title) or UNTITLED))
        location = self.location(event)
        if location:
            item.add("location", text_value(location))
        venue = self.venues.get(event.venue_id)
        if venue is not None and venue.latitude is not None and venue.longitude is not None:
            item.add("geo", (venue.latitude, venue.longitude))
        item.add("description", text_value(self.description(event, zones)))
        item.add("class", CLASS_OF[event.classification])
        if not uninvite:
            item.add("status", "CANCELLED" if cancelled else STATUS_OF[event.status])
        item.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
        if organizer:
            if not self.email_of(event.organiser_id):
                raise ExportError(
                    Message(
                        "“{title}” has no organiser with an e-mail address; choose an "
                        "organiser in the event before sending invites.",
                        title=event.title,
                    )
                )
            item.add("organizer", self.address(event.organiser_id or 0))
        for p in attendees:
            asked = rsvp and p.role in ASKED and not p.reply.answered
            item.add("attendee", self.address(p.person_id, p.role, p.reply, rsvp=asked))
        minutes = self.options.alarm_for(event) if alarm and not cancelled else None
        if minutes is not None:
            item.add_component(self.alarm(event.title, minutes))
        return item

    def alarm(self, title: str, minutes: int) -> icalendar.Alarm:
        from icalendar import Alarm

        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", text_value(clean_text(title) or "Reminder"))
        alarm.add("trigger", timedelta(minutes=-minutes))
        return alarm

    def leg_uid(self, event: Event, leg: TransportLeg) -> str:
        """Stable: the leg's stored id and the event's UID, nothing that can change."""
        return f"leg-{leg.id}-{event.uid}"

    def leg_vevent(
        self,
        event: Event,
        leg: TransportLeg,
        zones: Sequence[str],
        *,
        cancelled: bool = False,
        sequence: int | None = None,
    ) -> icalendar.Event:
        """A transport leg of a site visit as an entry of its own (itineraries)."""
        from icalendar import Event as VEvent

        tz = _zoneinfo(event.timezone)
        item = VEvent()
        item.add("uid", self.leg_uid(event, leg))
        item.add("sequence", event.sequence if sequence is None else sequence)
        item.add("dtstamp", self.stamp)
        if event.updated_at is not None:
            item.add("last-modified", event.updated_at.astimezone(UTC))
        item.add("dtstart", leg.departs_at.astimezone(tz))
        item.add("dtend", leg.arrives_at.astimezone(tz))
        item.add("summary", text_value(clean_text(f"Transport: {leg.origin} → {leg.destination}")))
        item.add("location", text_value(clean_text(leg.origin).replace("\n", ", ")))
        item.add("description", text_value(describe_leg(self, event, leg, zones)))
        if self.email_of(event.organiser_id):
            item.add("organizer", self.address(event.organiser_id or 0))
        item.add("class", CLASS_OF[event.classification])
        gone = cancelled or event.is_cancelled
        item.add("status", "CANCELLED" if gone else STATUS_OF[event.status])
        minutes = self.options.alarm_minutes
        if minutes is not None and not gone:
            item.add_component(self.alarm(f"Transport: {leg.origin} → {leg.destination}",
                                          minutes))  # fmt: skip
        return item
