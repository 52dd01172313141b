"""Small hand-built and random scheduling instances, as plain data (no database)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from models.entities import (
    Event,
    EventStatus,
    Organisation,
    Participation,
    Person,
    Programme,
    Room,
    TravelTime,
    Venue,
)
from models.scheduler.problem import Inputs
from models.scheduler.requests import Availability, MeetingRequest, Priority

ZONE = "Asia/Kolkata"
_TZ = ZoneInfo(ZONE)


def at(day: int, clock: str) -> datetime:
    h, m = (int(x) for x in clock.split(":"))
    return datetime(2026, 12, day, h, m, tzinfo=_TZ)


def venue(vid: int, name: str, lat: float, lon: float, rooms: tuple[tuple[str, int], ...]) -> Venue:
    return Venue(
        id=vid,
        name=name,
        timezone=ZONE,
        latitude=lat,
        longitude=lon,
        rooms=tuple(Room(id=vid * 10 + n, name=r, capacity=c) for n, (r, c) in enumerate(rooms)),
    )


def org(oid: int, name: str) -> Organisation:
    return Organisation(id=oid, name=name)


def person(
    pid: int, oid: int, name: str, *, languages: tuple[str, ...] = (), position: str = ""
) -> Person:
    return Person(
        id=pid,
        family_name=name,
        given_name="",
        organisation_id=oid,
        email=f"{name.lower().replace(' ', '.')}@example.org",
        languages=languages,
        position=position,
    )


def fixed(
    eid: int,
    title: str,
    start: datetime,
    end: datetime,
    venue_id: int | None,
    people: tuple[int, ...],
    room_id: int | None = None,
) -> Event:
    return Event(
        id=eid,
        uid=f"e{eid}",
        title=title,
        starts_at=start,
        ends_at=end,
        timezone=ZONE,
        venue_id=venue_id,
        room_id=room_id,
        status=EventStatus.CONFIRMED,
        participations=tuple(Participation(person_id=p) for p in people),
    )


def request(
    rid: int, a: int, b: int, priority: Priority = Priority.MUST, **kw: object
) -> MeetingRequest:
    return MeetingRequest(id=rid, requester_id=a, target_org_id=b, priority=priority, **kw)  # type: ignore[arg-type]


def anchor(day: int = 1) -> Event:
    """An event nobody attends: it only tells the scheduler which day to fill."""
    return fixed(9000 + day, f"Day {day}", at(day, "08:00"), at(day, "08:30"), None, ())


# Two venues about 30 km apart (Chanakyapuri and Greater Noida) and one next door.
EMBASSY = venue(1, "Embassy", 28.5975, 77.1860, (("Room A", 10), ("Room B", 4)))
PLANT = venue(2, "Plant", 28.4700, 77.5000, (("Briefing", 20),))
HOTEL = venue(3, "Hotel", 28.5822, 77.1935, (("Boardroom", 8),))


def interpreter(pid: int, name: str, languages: tuple[str, ...] = ("ja", "en")) -> Person:
    return person(pid, 99, name, languages=languages, position="Interpreter (Japanese–English)")


def programme(
    *,
    orgs: tuple[Organisation, ...],
    people: tuple[Person, ...],
    events: tuple[Event, ...] = (),
    venues: tuple[Venue, ...] = (EMBASSY, PLANT, HOTEL),
    travel: tuple[TravelTime, ...] = (),
) -> Programme:
    interpreters_org = (
        (org(99, "Interpreters"),) if any(p.organisation_id == 99 for p in people) else ()
    )
    return Programme(
        organisations=orgs + interpreters_org,
        people=people,
        venues=venues,
        events=events,
        travel_times=travel,
    )


def inputs(
    *requests: MeetingRequest,
    bases: dict[int, int] | None = None,
    availability: tuple[Availability, ...] = (),
    locked: frozenset[int] = frozenset(),
    sent: frozenset[int] = frozenset(),
) -> Inputs:
    return Inputs(
        requests=requests,
        availability=availability,
        bases=bases or {},
        locked_event_ids=locked,
        sent_event_ids=sent,
    )
