"""Clash detection: what a coordinator must not find out on the day.

* a person booked in two events at once;
* a room booked for two events at once;
* a person with too little time to get from one venue to the next;
* an event expecting more people than its room (or venue) holds;
* a vehicle carrying more passengers than its seats, or a person assigned to
  two vehicles on the same transport leg (:mod:`models.protocol.clashes`).

Cancelled events and declined participations never clash; an event ending
exactly when the next begins does not overlap it.  Each person's events and
each room's bookings are swept once in time order, so the work grows with
the number of participations, not with the square of the number of events.
Messages are written only for the clashes found, and each event's times are
formatted at most once.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from models.entities import Event, Programme, Reply, Venue
from models.message_values import Clock, Duration, Name, Names, Span
from models.messages import Message
from models.timezones import abbreviation, in_zone, is_valid_zone
from models.travel import estimated_minutes, override_table


class ClashKind(StrEnum):
    PERSON = "person double-booked"
    ROOM = "room double-booked"
    TRAVEL = "not enough travel time"
    CAPACITY = "over capacity"
    VEHICLE_SEATS = "vehicle over its seats"
    VEHICLE_TWICE = "in two vehicles on one leg"


_KIND_ORDER = {kind: n for n, kind in enumerate(ClashKind)}

#: People named one by one in a message before the rest are counted.
NAMED_PEOPLE = 8


@dataclass(frozen=True, slots=True)
class Clash:
    kind: ClashKind
    message: str  # names the people, events and times involved
    event_ids: tuple[int, ...]
    person_ids: tuple[int, ...] = ()
    starts_at: datetime | None = None  # when the conflict begins
    ends_at: datetime | None = None
    room_id: int | None = None  # ROOM and CAPACITY: the room concerned
    minutes_needed: int | None = None  # TRAVEL: the road time between the venues
    minutes_available: int | None = None  # TRAVEL: the time between the two events


def find_clashes(programme: Programme) -> list[Clash]:
    """Every clash in the programme, by start time, then kind."""
    return _Finder(programme).run()


class _Finder:
    """One pass over a programme; holds the per-event caches used by messages."""

    def __init__(self, programme: Programme) -> None:
        self.programme = programme
        live = [e for e in programme.events if not e.is_cancelled and e.id is not None]
        # Time order; ids break ties so the result never depends on input order.
        live.sort(key=lambda e: (e.starts_at, e.ends_at, e.id))
        self.events: list[Event] = live
        self.starts = [e.starts_at.timestamp() for e in live]
        self.ends = [e.ends_at.timestamp() for e in live]
        self.venues: dict[int, Venue] = {v.id: v for v in programme.venues if v.id is not None}
        self.overrides = override_table(programme.travel_times)
        self._travel_cache: dict[tuple[int, int], int | None] = {}
        self._span_cache: dict[tuple[int, bool], Span] = {}

    def run(self) -> list[Clash]:
        from models.protocol.clashes import vehicle_clashes

        clashes = self._people() + self._rooms() + self._capacity()
        clashes += vehicle_clashes(self.programme, {e.id for e in self.events})
        clashes.sort(
            key=lambda c: (c.starts_at or _EPOCH, _KIND_ORDER[c.kind], c.event_ids, c.person_ids)
        )
        return clashes

    # -- sweeps ---------------------------------------------------------------

    def _people(self) -> list[Clash]:
        timelines: dict[int, list[int]] = defaultdict(list)
        for index, event in enumerate(self.events):
            for p in event.participations:
                if p.reply is Reply.DECLINED:
                    continue
                line = timelines[p.person_id]
                if not line or line[-1] != index:
                    line.append(index)
        overlaps: dict[tuple[int, int], list[int]] = defaultdict(list)
        journeys: dict[tuple[int, int], list[int]] = defaultdict(list)
        starts, ends, events = self.starts, self.ends, self.events
        for person_id, line in timelines.items():
            if len(line) < 2:
                continue
            active: list[int] = []
            last = -1  # the finished event that ended latest
            for j in line:
                begin = starts[j]
                still: list[int] = []
                for i in active:
                    if ends[i] > begin:
                        still.append(i)
                    elif last < 0 or ends[i] >= ends[last]:
                        last = i
                active = still
                for i in active:
                    overlaps[(i, j)].append(person_id)
                active.append(j)
                if last >= 0:
                    va, vb = events[last].venue_id, events[j].venue_id
                    if va is not None and vb is not None and va != vb:
                        needed = self._minutes(va, vb)
                        if needed is not None and (begin - ends[last]) < needed * 60:
                            journeys[(last, j)].append(person_id)
        found = [self._person_clash(i, j, ids) for (i, j), ids in overlaps.items()]
        found += [self._travel_clash(i, j, ids) for (i, j), ids in journeys.items()]
        return found

    def _rooms(self) -> list[Clash]:
        bookings: dict[int, list[int]] = defaultdict(list)
        for index, event in enumerate(self.events):
            if event.room_id is not None:
                bookings[event.room_id].append(index)
        found: list[Clash] = []
        for room_id, line in bookings.items():
            active: list[int] = []
            for j in line:
                active = [i for i in active if self.ends[i] > self.starts[j]]
                found.extend(self._room_clash(room_id, i, j) for i in active)
                active.append(j)
        return found

    def _capacity(self) -> list[Clash]:
        found: list[Clash] = []
        for event in self.events:
            venue = self.venues.get(event.venue_id) if event.venue_id is not None else None
            if venue is None:
                continue
            room = venue.room(event.room_id) if event.room_id is not None else None
            limit = room.capacity if room is not None else venue.capacity
            if room is None and event.room_id is not None:
                limit = None  # a room from elsewhere: validation reports that
            if limit is None or len(event.participations) <= limit:
                continue
            headcount = sum(1 for p in event.participations if p.reply is not Reply.DECLINED)
            if headcount <= limit:
                continue
            where: str = venue.name
            if room is not None:
                where = Message("room “{room}” at {venue}", room=room.name, venue=venue.name)
            assert event.id is not None
            found.append(
                Clash(
                    ClashKind.CAPACITY,
                    Message(
                        "“{title}” ({when}) expects {headcount} people but {where} holds {limit}.",
                        title=event.title,
                        when=self._span(event),
                        headcount=headcount,
                        where=where,
                        limit=limit,
                    ),
                    (event.id,),
                    starts_at=event.starts_at,
                    ends_at=event.ends_at,
                    room_id=room.id if room is not None else None,
                )
            )
        return found

    # -- travel ---------------------------------------------------------------

    def _minutes(self, from_id: int, to_id: int) -> int | None:
        key = (from_id, to_id)
        if key not in self._travel_cache:
            a, b = self.venues.get(from_id), self.venues.get(to_id)
            self._travel_cache[key] = (
                None if a is None or b is None else estimated_minutes(a, b, self.overrides)
            )
        return self._travel_cache[key]

    # -- messages -------------------------------------------------------------

    def _person_clash(self, i: int, j: int, person_ids: Sequence[int]) -> Clash:
        a, b = self.events[i], self.events[j]
        ids = self._by_name(person_ids)
        names = self._names(ids)
        if names.many:
            key = "{names} are booked in “{a}” ({a_when}) and “{b}” ({b_when})."
        else:
            key = "{names} is booked in “{a}” ({a_when}) and “{b}” ({b_when})."
        assert a.id is not None and b.id is not None
        return Clash(
            ClashKind.PERSON,
            Message(
                key,
                names=names,
                a=a.title,
                a_when=self._span(a),
                b=b.title,
                b_when=self._span(b, a),
            ),
            (a.id, b.id),
            ids,
            starts_at=max(a.starts_at, b.starts_at),
            ends_at=min(a.ends_at, b.ends_at),
        )

    def _room_clash(self, room_id: int, i: int, j: int) -> Clash:
        a, b = self.events[i], self.events[j]
        venue = self.venues.get(a.venue_id) if a.venue_id is not None else None
        room = venue.room(room_id) if venue is not None else None
        if room is not None and venue is not None:
            where = Message("Room “{room}” at {venue}", room=room.name, venue=venue.name)
        else:
            where = Message("Room {room}", room=room_id)
        assert a.id is not None and b.id is not None
        return Clash(
            ClashKind.ROOM,
            Message(
                "{where} is booked twice: “{a}” ({a_when}) and “{b}” ({b_when}).",
                where=where,
                a=a.title,
                a_when=self._span(a),
                b=b.title,
                b_when=self._span(b, a),
            ),
            (a.id, b.id),
            starts_at=max(a.starts_at, b.starts_at),
            ends_at=min(a.ends_at, b.ends_at),
            room_id=room_id,
        )

    def _travel_clash(self, i: int, j: int, person_ids: Sequence[int]) -> Clash:
        a, b = self.events[i], self.events[j]
        assert a.id is not None and b.id is not None
        assert a.venue_id is not None and b.venue_id is not None
        needed = self._minutes(a.venue_id, b.venue_id) or 0
        available = int(self.starts[j] - self.ends[i]) // 60
        ids = self._by_name(person_ids)
        names = self._names(ids)
        gap: object = Message("no time") if available <= 0 else Duration(available)
        if names.many:
            key = (
                "{names} have {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at "
                "{b_venue} (starts {b_start}); the journey takes about {needed}."
            )
        else:
            key = (
                "{names} has {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at "
                "{b_venue} (starts {b_start}); the journey takes about {needed}."
            )
        return Clash(
            ClashKind.TRAVEL,
            Message(
                key,
                names=names,
                gap=gap,
                a=a.title,
                a_venue=self.venues[a.venue_id].name,
                a_end=self._clock(a, a.ends_at, with_day=True),
                b=b.title,
                b_venue=self.venues[b.venue_id].name,
                b_start=self._clock(b, b.starts_at, a),
                needed=Duration(needed),
            ),
            (a.id, b.id),
            ids,
            starts_at=a.ends_at,
            ends_at=b.starts_at,
            minutes_needed=needed,
            minutes_available=available,
        )

    def _by_name(self, person_ids: Iterable[int]) -> tuple[int, ...]:
        def key(pid: int) -> tuple[bool, str, str, int]:
            person = self.programme.person(pid)
            if person is None:  # not in the people list: named by number, last
                return (True, "", "", pid)
            return (False, *person.sort_key, pid)

        return tuple(sorted(set(person_ids), key=key))

    def _names(self, person_ids: Sequence[int]) -> Names:
        """``Aiko Tanaka and Ravi Mehta`` (family name first in Japanese): the subject."""
        names: list[object] = []
        for pid in person_ids[:NAMED_PEOPLE]:
            person = self.programme.person(pid)
            if person is None:
                names.append(Message("Person {id}", id=pid))
            else:
                names.append(
                    Name(person.full_name, person.family_name, person.given_name,
                         person.name_japanese)
                )  # fmt: skip
        return Names(tuple(names), len(person_ids) - len(names))

    def _zone(self, event: Event) -> str:
        return event.timezone if is_valid_zone(event.timezone) else "UTC"

    def _span(self, event: Event, previous: Event | None = None) -> Span:
        """``Tue 1 Dec 10:00–11:00 IST``; the day is left out when ``previous`` shares it."""
        zone = self._zone(event)
        start = in_zone(event.starts_at, zone)
        with_day = previous is None or in_zone(previous.starts_at, zone).date() != start.date()
        assert event.id is not None
        key = (event.id, with_day)
        span = self._span_cache.get(key)
        if span is None:
            end = in_zone(event.ends_at, zone)
            span = Span(start, end, abbreviation(event.ends_at, zone), with_day)
            self._span_cache[key] = span
        return span

    def _clock(
        self,
        event: Event,
        instant: datetime,
        previous: Event | None = None,
        *,
        with_day: bool = False,
    ) -> Clock:
        zone = self._zone(event)
        local = in_zone(instant, zone)
        if previous is not None:
            with_day = in_zone(previous.ends_at, zone).date() != local.date()
        return Clock(local, abbreviation(instant, zone), with_day)


_EPOCH = datetime.fromisoformat("1970-01-01T00:00:00+00:00")
