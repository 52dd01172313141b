"""The calendar object resources a publish writes: one per event, named by its UID.

Each is a VCALENDAR without METHOD (CalDAV stores objects, it does not
schedule; Radicale refuses a resource holding several UIDs) with one VEVENT
and its VTIMEZONE, made by :class:`exports.calendar.builder.Builder` exactly as
the programme feed makes its entries: no attendees, no guest list, the
organiser named, cancelled events kept with STATUS:CANCELLED.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from exports.calendar.builder import Builder, fingerprint
from exports.calendar.text import calendar_name
from models.entities import Event, Programme


@dataclass(frozen=True, slots=True)
class Resource:
    uid: str
    event_id: int | None
    name: str  # the last segment of its URL: the UID, percent-encoded, + ".ics"
    version: str  # what must differ for it to be written again
    data: bytes
    title: str


def resource_name(uid: str) -> str:
    return quote(uid, safe="") + ".ics"


def version_of(event: Event) -> str:
    """The event as a subscriber sees it: its content, SEQUENCE and status."""
    return f"{fingerprint(event, with_guests=False)}:{event.sequence}:{event.status.value}"


class ResourceMaker:
    """Makes the resources of one calendar (one audience) from a programme indexed once."""

    def __init__(self, builder: Builder, programme: Programme, delegation_id: int | None,
                 name: str) -> None:  # fmt: skip
        self.builder = builder
        delegation = programme.delegation(delegation_id)
        if delegation is not None:
            self.zones: tuple[str, ...] = (delegation.home_timezone,)
        else:
            self.zones = tuple(dict.fromkeys(d.home_timezone for d in programme.delegations))
        self.name = calendar_name(name)

    def make(self, event: Event) -> Resource:
        b = self.builder
        cal = b.calendar("PUBLISH", self.name)
        del cal["METHOD"]
        zones = tuple(z for z in self.zones if z != event.timezone)
        cal.add_component(b.vevent(event, zones=zones, cancelled=event.is_cancelled,
                                   organizer=b.has_organiser(event)))  # fmt: skip
        return Resource(uid=event.uid, event_id=event.id, name=resource_name(event.uid),
                        version=version_of(event), data=b.finish(cal, [event.timezone]),
                        title=event.title)  # fmt: skip
