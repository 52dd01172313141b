"""The invite baseline: a bare icalendar loop over the same events.

For every event it builds and serialises what the app's invite export does:
one METHOD:REQUEST calendar with the organiser and every attendee, or for a
confidential event one calendar per attendee with only the organiser and
them (METHOD:CANCEL for a cancelled event); the same properties (UID,
SEQUENCE, DTSTAMP, CREATED, LAST-MODIFIED, DTSTART/DTEND with the venue's
TZID, SUMMARY, LOCATION, GEO, DESCRIPTION with the times in two zones, CLASS,
STATUS, TRANSP, ORGANIZER and ATTENDEE with CN, CUTYPE, ROLE, PARTSTAT,
RSVP), a VALARM, and a VTIMEZONE generated once per zone.  Only what the
library needs is done in plain Python: no text cleaning, no export log, no
file names.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from models.entities import Classification, EventKind, Participation, Programme

_CLASS = {"public": "PUBLIC", "restricted": "PRIVATE", "confidential": "CONFIDENTIAL"}
_ROLE = {"chair": "CHAIR", "security": "NON-PARTICIPANT", "driver": "NON-PARTICIPANT"}


def invites(programme: Programme, stamp: datetime) -> list[bytes]:
    from icalendar import Alarm, Calendar, Timezone, vCalAddress
    from icalendar import Event as VEvent

    people = {p.id: p for p in programme.people}
    venues = {v.id: v for v in programme.venues}
    orgs = {o.id: o.name for o in programme.organisations}
    home: dict[int, str] = {}
    for delegation in programme.delegations:
        for member in delegation.member_ids:
            home.setdefault(member, delegation.home_timezone)
    zones: dict[str, ZoneInfo] = {}
    vtimezones: dict[str, Any] = {}

    def address(person_id: int | None, p: Participation | None = None) -> Any:
        person = people[person_id]
        value = vCalAddress(f"mailto:{person.email}")
        value.params["CN"] = f"{person.honorific} {person.given_name} {person.family_name}"
        if p is not None:
            value.params["CUTYPE"] = "INDIVIDUAL"
            value.params["ROLE"] = _ROLE.get(p.role.value, "REQ-PARTICIPANT")
            value.params["PARTSTAT"] = p.reply.value.upper().replace(" ", "-")
            value.params["RSVP"] = "TRUE"
        return value

    out: list[bytes] = []
    for event in programme.events:
        tz = zones.setdefault(event.timezone, ZoneInfo(event.timezone))
        if event.timezone not in vtimezones:
            vtimezones[event.timezone] = Timezone.from_tzid(event.timezone)
        venue = venues.get(event.venue_id)
        start, end = event.starts_at.astimezone(tz), event.ends_at.astimezone(tz)
        other = next((home[p.person_id] for p in event.participations if p.person_id in home),
                     event.timezone)  # fmt: skip
        there = event.starts_at.astimezone(zones.setdefault(other, ZoneInfo(other)))
        description = (
            f"Starts: {start:%a %d %b %H:%M %Z} · {there:%H:%M %Z}\n"
            f"Ends: {end:%a %d %b %H:%M %Z}\n"
            f"{event.kind.value} · {event.classification.value}\n"
            f"Hosted by {', '.join(orgs[o] for o in event.host_organisation_ids)}\n\n"
            f"Objectives:\n{event.objectives}"
        )
        if event.agenda:
            description += "\n\nAgenda:\n" + "\n".join(
                f"• {a.starts_at.astimezone(tz):%H:%M}–{a.ends_at.astimezone(tz):%H:%M} {a.title}"
                for a in event.agenda
            )
        if event.legs:
            description += (
                f"\n\nMeeting point: {event.meeting_point}\n\nTransport:\n"
                + "\n".join(
                    f"• {leg.departs_at.astimezone(tz):%a %d %b %H:%M} {leg.origin} → "
                    f"{leg.destination} ({leg.vehicle})"
                    for leg in event.legs
                )
                + f"\n\nSafety:\n{event.safety_notes}"
            )
        cancelled = event.is_cancelled
        method = "CANCEL" if cancelled else "REQUEST"
        if event.classification is Classification.CONFIDENTIAL:
            groups = [[p] for p in event.participations]
        else:
            groups = [list(event.participations)]
        for group in groups:
            cal = Calendar()
            cal.add("prodid", "-//Bare loop//EN")
            cal.add("version", "2.0")
            cal.add("calscale", "GREGORIAN")
            cal.add("method", method)
            cal.add_component(vtimezones[event.timezone])
            item = VEvent()
            item.add("uid", event.uid)
            item.add("sequence", event.sequence)
            item.add("dtstamp", stamp)
            if event.created_at is not None:
                item.add("created", event.created_at.astimezone(UTC))
            if event.updated_at is not None:
                item.add("last-modified", event.updated_at.astimezone(UTC))
            item.add("dtstart", start)
            item.add("dtend", end)
            item.add("summary", event.title)
            if venue is not None:
                room = venue.room(event.room_id)
                item.add("location", f"{venue.name}, {room.name if room else ''}, "
                                     f"{venue.address}, {venue.city}")  # fmt: skip
                if venue.latitude is not None and venue.longitude is not None:
                    item.add("geo", (venue.latitude, venue.longitude))
            item.add("description", description)
            item.add("class", _CLASS[event.classification.value])
            item.add("status", "CANCELLED" if cancelled else event.status.value.upper())
            item.add("transp", "TRANSPARENT" if cancelled else "OPAQUE")
            item.add("organizer", address(event.organiser_id))
            for p in group:
                item.add("attendee", address(p.person_id, p))
            if not cancelled:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", event.title)
                minutes = 120 if event.kind is EventKind.SITE_VISIT else 30
                alarm.add("trigger", timedelta(minutes=-minutes))
                item.add_component(alarm)
            cal.add_component(item)
            out.append(cal.to_ical())
    return out
