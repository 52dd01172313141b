"""The scheduling problem, built from the programme: frozen, plain, in minutes.

Every time is a whole number of minutes after :attr:`Problem.origin` (midnight
before the first day, in the scheduling zone).  Requests between the same two
organisations are merged into one :class:`Meeting` (mutual interest adds both
sides' points; one veto kills the pair).  The programme's events are fixed
commitments (:class:`Busy`), except the scheduler's own earlier meetings that
may still move: those become meetings with a ``current`` placement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import NamedTuple

from models.entities import Event, Programme, Reply, Role
from models.message_values import Name
from models.messages import Message
from models.scheduler.requests import (
    VENUE_ANY,
    VENUE_HOST,
    Availability,
    MeetingRequest,
    Priority,
    Settings,
    language_pair,
)
from models.timezones import in_zone, localize
from models.travel import estimated_minutes, override_table


class Busy(NamedTuple):
    """A fixed commitment: [start, end) minutes, at a venue (or -1 when unknown)."""

    start: int
    end: int
    venue: int
    label: str
    meeting: int = -1  # the meeting's key when it is one being placed


class Placement(NamedTuple):
    """Where and when a meeting happens."""

    start: int
    venue: int
    room: int
    interpreter: int | None


@dataclass(frozen=True, slots=True)
class RoomInfo:
    id: int
    venue: int
    capacity: int  # a very large number when unknown
    name: str


@dataclass(frozen=True, slots=True)
class Interpreter:
    id: int
    languages: frozenset[str]
    name: str

    def covers(self, pair: tuple[str, str] | None) -> bool:
        return pair is not None and pair[0] in self.languages and pair[1] in self.languages


@dataclass(frozen=True, slots=True)
class Meeting:
    """One meeting to place: the merged requests between two sides."""

    key: int  # index in Problem.meetings
    request_ids: tuple[int, ...]
    sides: tuple[int, int]  # organisation ids: (requester, host)
    title: str
    value: int
    priority: Priority  # the highest asked
    mutual: bool
    duration: int
    people: tuple[int, ...]
    headcount: int  # people, plus the interpreter
    languages: tuple[str, str] | None
    starts: tuple[tuple[int, tuple[int, ...]], ...]  # (venue, allowed starts) per venue option
    rooms: tuple[tuple[int, tuple[int, ...]], ...]  # (venue, rooms large enough)
    window: tuple[int, int] = (-(10**9), 10**9)  # earliest and latest start asked
    current: Placement | None = None  # an earlier meeting that may move
    event_id: int | None = None
    blocked: str = ""  # why it cannot be placed at all (veto, nobody to attend, ...)

    @property
    def venues(self) -> tuple[int, ...]:
        return tuple(v for v, _ in self.starts)

    @property
    def placeable(self) -> bool:
        """Not blocked, and with a start left at some venue."""
        return not self.blocked and any(s for _, s in self.starts)

    def starts_at(self, venue: int) -> tuple[int, ...]:
        return next((s for v, s in self.starts if v == venue), ())

    def rooms_at(self, venue: int) -> tuple[int, ...]:
        return next((r for v, r in self.rooms if v == venue), ())


@dataclass(frozen=True, slots=True)
class Kept:
    """A request already met by a meeting that stays where it is (locked or sent)."""

    request_id: int
    event_id: int


@dataclass(frozen=True, slots=True)
class Problem:
    origin: datetime  # aware; minute 0
    timezone: str
    days: tuple[tuple[int, int], ...]  # working hours per day
    lunches: tuple[tuple[int, int], ...]
    step: int
    meetings: tuple[Meeting, ...]
    rooms: Mapping[int, RoomInfo]
    interpreters: tuple[Interpreter, ...]
    interpreter_cap: int  # minutes per day
    travel: Mapping[tuple[int, int], int]
    person_busy: Mapping[int, tuple[Busy, ...]]
    room_busy: Mapping[int, tuple[Busy, ...]]
    interpreter_load: Mapping[tuple[int, int], int]  # (interpreter, day) -> fixed minutes
    names: Mapping[str, Mapping[int, str]] = field(default_factory=dict)
    person_org: Mapping[int, int] = field(default_factory=dict)
    kept: tuple[Kept, ...] = ()
    moves_allowed: bool = False
    people: Mapping[int, Name] = field(default_factory=dict)  # names said in each language

    def minutes(self, instant: datetime) -> int:
        return int((instant - self.origin).total_seconds() // 60)

    def instant(self, minutes: int) -> datetime:
        return self.origin + timedelta(minutes=minutes)

    def day_of(self, minute: int) -> int:
        return minute // 1440

    def trip(self, a: int, b: int) -> int:
        if a == b or a < 0 or b < 0:
            return 0
        return self.travel.get((a, b), 0)

    def name(self, kind: str, key: int | None) -> str:
        if key is None:
            return "?"
        return self.names.get(kind, {}).get(key, f"{kind} {key}")

    def person(self, key: int) -> Name | str:
        """A person's name as reasons say it: English given name first, Japanese family first."""
        return self.people.get(key) or self.name("person", key)


# -- building -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Inputs:
    """What the store holds for the scheduler, besides the programme."""

    requests: tuple[MeetingRequest, ...] = ()
    availability: tuple[Availability, ...] = ()
    bases: Mapping[int, int] = field(default_factory=dict)  # organisation -> base venue
    locked_event_ids: frozenset[int] = frozenset()
    sent_event_ids: frozenset[int] = frozenset()  # invites already sent
    settings: Settings = field(default_factory=Settings)


def build_problem(programme: Programme, inputs: Inputs, *, allow_moves: bool = False) -> Problem:
    return _Builder(programme, inputs, allow_moves).build()


def _clock(text: str) -> time:
    h, m = (int(p) for p in text.split(":"))
    return time(h, m)


def is_interpreter(programme: Programme, person_id: int, roles: Mapping[int, set[Role]]) -> bool:
    person = programme.person(person_id)
    if person is None:
        return False
    return Role.INTERPRETER in roles.get(person_id, set()) or "interpret" in (
        person.position.casefold()
    )


class _Builder:
    def __init__(self, programme: Programme, inputs: Inputs, allow_moves: bool) -> None:
        self.p = programme
        self.inputs = inputs
        self.settings = inputs.settings
        self.allow_moves = allow_moves
        self.zone = self.settings.timezone
        self.events = {e.id: e for e in programme.events if e.id is not None}
        self._cache: dict[tuple[int, int, int], frozenset[int]] = {}

    # -- time ---------------------------------------------------------------------------

    def _dates(self) -> list[datetime]:
        stamps: list[datetime] = [e.starts_at for e in self.p.events if not e.is_cancelled]
        for r in self.inputs.requests:
            stamps += [t for t in (r.not_before, r.not_after) if t is not None]
        dates = sorted({in_zone(t, self.zone).date() for t in stamps})
        return [localize(datetime.combine(d, time(0, 0)), self.zone) for d in dates]

    def build(self) -> Problem:
        midnights = self._dates()
        origin = midnights[0] if midnights else localize(datetime(2000, 1, 1), self.zone)
        self.origin = origin
        s = self.settings

        def at(midnight: datetime, clock: str) -> int:
            local = localize(datetime.combine(midnight.date(), _clock(clock)), self.zone)
            return self.minute(local)

        days = tuple((at(m, s.day_start), at(m, s.day_end)) for m in midnights)
        lunches = tuple((at(m, s.lunch_start), at(m, s.lunch_end)) for m in midnights)
        self.days, self.lunches = days, lunches
        self._people_and_venues()
        meetings, kept = self._meetings()
        return Problem(
            origin=origin,
            timezone=self.zone,
            days=days,
            lunches=lunches,
            step=s.step_minutes,
            meetings=tuple(meetings),
            rooms=self.rooms,
            interpreters=self.interpreters,
            interpreter_cap=s.interpreter_minutes_per_day,
            travel=self.travel,
            person_busy={k: tuple(sorted(v)) for k, v in self.person_busy.items()},
            room_busy={k: tuple(sorted(v)) for k, v in self.room_busy.items()},
            interpreter_load=dict(self.interpreter_load),
            names=self.names,
            people=self.people,
            person_org={
                x.id: x.organisation_id
                for x in self.p.people
                if x.id is not None and x.organisation_id is not None
            },
            kept=tuple(kept),
            moves_allowed=self.allow_moves,
        )

    def minute(self, instant: datetime) -> int:
        return int((instant - self.origin).total_seconds() // 60)

    # -- the world ------------------------------------------------------------------------

    def _people_and_venues(self) -> None:
        p = self.p
        self.rooms: dict[int, RoomInfo] = {}
        for v in p.venues:
            for room in v.rooms:
                if room.id is not None and v.id is not None:
                    cap = room.capacity if room.capacity is not None else 10_000
                    self.rooms[room.id] = RoomInfo(room.id, v.id, cap, room.name)
        overrides = override_table(p.travel_times)
        self.travel: dict[tuple[int, int], int] = {}
        for a in p.venues:
            for b in p.venues:
                if a.id is not None and b.id is not None and a.id != b.id:
                    self.travel[(a.id, b.id)] = estimated_minutes(a, b, overrides) or 0
        self.names: dict[str, dict[int, str]] = {
            "org": {o.id: o.name for o in p.organisations if o.id is not None},
            "person": {x.id: x.full_name for x in p.people if x.id is not None},
            "venue": {v.id: v.name for v in p.venues if v.id is not None},
            "room": {r.id: r.name for r in self.rooms.values()},
            "event": {e.id: e.title for e in p.events if e.id is not None},
        }
        self.people: dict[int, Name] = {
            x.id: Name(x.full_name, x.family_name, x.given_name, x.name_japanese)
            for x in p.people
            if x.id is not None
        }
        self.roles: dict[int, set[Role]] = defaultdict(set)
        for e in p.events:
            for part in e.participations:
                self.roles[part.person_id].add(part.role)
        self.interpreters = tuple(
            Interpreter(x.id, frozenset(lang.lower() for lang in x.languages), x.full_name)
            for x in p.people
            if x.id is not None and is_interpreter(p, x.id, self.roles)
        )
        self.staff: dict[int, list[int]] = defaultdict(list)
        for x in p.people:
            if x.id is not None and x.organisation_id is not None:
                self.staff[x.organisation_id].append(x.id)
        self.delegates = {m for d in p.delegations for m in d.member_ids}
        # requests linked to events: which of those events may move
        linked: dict[int, list[MeetingRequest]] = defaultdict(list)
        for r in self.inputs.requests:
            if r.event_id in self.events and not self.events[r.event_id].is_cancelled:
                linked[r.event_id].append(r)
        self.linked = linked
        self.movable: set[int] = set()
        for event_id in linked:
            if event_id in self.inputs.locked_event_ids:
                continue
            if event_id in self.inputs.sent_event_ids and not self.allow_moves:
                continue
            self.movable.add(event_id)
        self._fixed_commitments()

    def _fixed_commitments(self) -> None:
        self.person_busy: dict[int, list[Busy]] = defaultdict(list)
        self.room_busy: dict[int, list[Busy]] = defaultdict(list)
        self.interpreter_load: dict[tuple[int, int], int] = defaultdict(int)
        interpreters = {i.id for i in self.interpreters}
        for e in self.p.events:
            if e.is_cancelled or e.id is None or e.id in self.movable:
                continue
            start, end = self.minute(e.starts_at), self.minute(e.ends_at)
            venue = e.venue_id if e.venue_id is not None else -1
            busy = Busy(start, end, venue, e.title)
            for part in e.participations:
                if part.reply is Reply.DECLINED:
                    continue
                self.person_busy[part.person_id].append(busy)
                if part.person_id in interpreters and part.role is Role.INTERPRETER:
                    self.interpreter_load[(part.person_id, start // 1440)] += end - start
            if e.room_id is not None:
                self.room_busy[e.room_id].append(busy)
        # availability: busy windows, and the time outside "available" windows
        windows: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
        busy_of: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
        for a in self.inputs.availability:
            who = (
                ("person", a.person_id)
                if a.person_id is not None
                else ("org", a.organisation_id or 0)
            )
            span = (self.minute(a.starts_at), self.minute(a.ends_at))
            if a.busy:
                busy_of[who].append((*span, a.notes or "busy"))
            else:
                windows[who].append(span)
        self.person_windows: dict[int, list[tuple[int, int]]] = {}
        for x in self.p.people:
            if x.id is None:
                continue
            own = windows.get(("person", x.id))
            org = windows.get(("org", x.organisation_id or 0))
            for spans in (own, org):
                if spans is not None:
                    for gap in _outside(spans):
                        self.person_busy[x.id].append(Busy(*gap, -1, "not available"))
            for key in (("person", x.id), ("org", x.organisation_id or 0)):
                for begins, ends, note in busy_of.get(key, ()):
                    self.person_busy[x.id].append(Busy(begins, ends, -1, note))

    # -- meetings ----------------------------------------------------------------------

    def _meetings(self) -> tuple[list[Meeting], list[Kept]]:
        groups: dict[tuple[int, int], list[MeetingRequest]] = defaultdict(list)
        person_org = {x.id: x.organisation_id for x in self.p.people}
        for r in sorted(self.inputs.requests, key=lambda r: r.id or 0):
            target = r.target_org_id
            if target is None and r.target_person_id is not None:
                target = person_org.get(r.target_person_id)
            if target is None:
                continue
            a, b = sorted((r.requester_id, target))
            groups[(a, b)].append(r)
        meetings: list[Meeting] = []
        kept: list[Kept] = []
        for (_, _), group in sorted(groups.items()):
            wishes = [r for r in group if r.priority is not Priority.NO]
            if not wishes:
                continue
            event_id = next((r.event_id for r in wishes if r.event_id in self.linked), None)
            if event_id is not None and event_id not in self.movable:
                kept.extend(Kept(r.id, event_id) for r in wishes if r.id is not None)
                continue
            meetings.append(self._meeting(len(meetings), group, wishes, event_id, person_org))
        return meetings, kept

    def _meeting(
        self,
        key: int,
        group: Sequence[MeetingRequest],
        wishes: Sequence[MeetingRequest],
        event_id: int | None,
        person_org: Mapping[int | None, int | None],
    ) -> Meeting:
        first = min(wishes, key=lambda r: (_RANK[r.priority], r.id or 0))
        host = first.target_org_id
        if host is None:
            host = person_org.get(first.target_person_id) or 0
        sides = (first.requester_id, host)
        org = self.names["org"]
        # the two sides (the window says "and" in its language; events take it as written)
        title = Message("{a} and {b}", a=org.get(sides[0], "?"), b=org.get(sides[1], "?"))
        best: dict[int, int] = {}
        for r in wishes:
            best[r.requester_id] = max(best.get(r.requester_id, 0), r.priority.value_points)
        value = sum(best.values())
        mutual = len(best) > 1
        request_ids = tuple(r.id for r in wishes if r.id is not None)
        veto = next((r for r in group if r.priority is Priority.NO), None)
        duration = max(r.duration_minutes for r in wishes)
        pair = next((language_pair(r.interpreter) for r in wishes if r.interpreter), None)
        common = dict(
            key=key,
            request_ids=request_ids,
            sides=sides,
            title=title,
            value=value,
            priority=first.priority,
            mutual=mutual,
            duration=duration,
            languages=pair,
            event_id=event_id,
        )
        if veto is not None:
            return Meeting(
                people=(),
                headcount=0,
                starts=(),
                rooms=(),
                **common,  # type: ignore[arg-type]
                blocked=Message(
                    "{org} said no to this meeting (request {request}).",
                    org=org.get(veto.requester_id, "?"),
                    request=veto.id,
                ),
            )
        people = self._people(sides, wishes, person_org)
        missing = [s for s in sides if not any(person_org.get(x) == s for x in people)]
        headcount = len(people) + (1 if pair else 0)
        blocked = ""
        if missing:
            blocked = Message(
                "{org} has nobody in the programme to attend.", org=org.get(missing[0], "?")
            )
        elif pair is not None and not any(i.covers(pair) for i in self.interpreters):
            from models.scheduler.requests import pair_label

            blocked = Message(
                "No interpreter in the programme speaks {pair}.", pair=pair_label(pair)
            )
        venues = self._venues(first, host)
        rooms = []
        for v in venues:
            fit = tuple(
                sorted(
                    (r.id for r in self.rooms.values() if r.venue == v and r.capacity >= headcount),
                    key=lambda rid: (self.rooms[rid].capacity, rid),
                )
            )
            if fit:
                rooms.append((v, fit))
        if not blocked and not rooms:
            where: str = Message("any venue")
            for n, v in enumerate(venues[:3]):
                name = self.names["venue"].get(v, "?")
                where = name if n == 0 else Message("{a} or {b}", a=where, b=name)
            biggest = max((r.capacity for r in self.rooms.values() if r.venue in venues), default=0)
            blocked = Message(
                "No room at {where} holds the {headcount} people of this meeting "
                "(the largest holds {biggest}).",
                where=where,
                headcount=headcount,
                biggest=biggest,
            )
        starts: list[tuple[int, tuple[int, ...]]] = []
        window = self._window(wishes, duration)
        if not blocked:
            for v, _ in rooms:
                starts.append((v, self._starts(people, v, duration, window)))
        current = self._current(event_id) if event_id is not None else None
        return Meeting(
            people=tuple(people),
            headcount=headcount,
            starts=tuple(starts),
            rooms=tuple(rooms),
            current=current,
            blocked=blocked,
            window=window,
            **common,  # type: ignore[arg-type]
        )

    def _people(
        self,
        sides: tuple[int, int],
        wishes: Sequence[MeetingRequest],
        person_org: Mapping[int | None, int | None],
    ) -> list[int]:
        named: list[int] = []
        for r in wishes:
            named += list(r.attendee_ids)
            if r.target_person_id is not None:
                named.append(r.target_person_id)
        chosen: list[int] = []
        for side in sides:
            mine = [x for x in named if person_org.get(x) == side]
            if not mine:
                staff = self.staff.get(side, [])
                mine = [x for x in staff if x in self.delegates] or list(staff)
            chosen += mine
        chosen += [x for x in named if person_org.get(x) not in sides]
        return list(dict.fromkeys(chosen))

    def _venues(self, request: MeetingRequest, host: int) -> list[int]:
        with_rooms = sorted({r.venue for r in self.rooms.values()})
        if request.venue_id is not None and request.venue_rule not in (VENUE_ANY, VENUE_HOST):
            return [request.venue_id]
        if request.venue_id is not None:
            return [request.venue_id]
        if request.venue_rule == VENUE_HOST and host in self.inputs.bases:
            return [self.inputs.bases[host]]
        return with_rooms

    def _window(self, wishes: Sequence[MeetingRequest], duration: int) -> tuple[int, int]:
        lo, hi = -(10**9), 10**9
        for r in wishes:
            if r.not_before is not None:
                lo = max(lo, self.minute(r.not_before))
            if r.not_after is not None:
                hi = min(hi, self.minute(r.not_after))
        return lo, hi - duration  # latest start

    def _starts(
        self, people: Sequence[int], venue: int, duration: int, window: tuple[int, int]
    ) -> tuple[int, ...]:
        found = [s for s in self._grid(duration) if window[0] <= s <= window[1]]
        for person in people:
            if person in self.person_busy:
                free = self._free(person, venue, duration)
                found = [s for s in found if s in free]
            if not found:
                break
        return tuple(found)

    def _grid(self, duration: int) -> list[int]:
        """Every start on the grid in working hours, not overlapping lunch."""
        found: list[int] = []
        step = self.settings.step_minutes
        for day_start, day_end in self.days:
            s = day_start
            while s + duration <= day_end:
                if not any(s < le and s + duration > ls for ls, le in self.lunches):
                    found.append(s)
                s += step
        return found

    def _free(self, person: int, venue: int, duration: int) -> frozenset[int]:
        """The grid starts at which ``person`` can be at ``venue`` (cached)."""
        cache = self._cache
        key = (person, venue, duration)
        if key in cache:
            return cache[key]
        starts = self._grid(duration)
        busy = self.person_busy.get(person, [])
        travel = self.travel
        kept = []
        for s in starts:
            e = s + duration
            ok = True
            for b in busy:
                before = travel.get((b.venue, venue), 0) if b.venue >= 0 and b.venue != venue else 0
                after = travel.get((venue, b.venue), 0) if b.venue >= 0 and b.venue != venue else 0
                if s < b.end + before and e + after > b.start:
                    ok = False
                    break
            if ok:
                kept.append(s)
        cache[key] = frozenset(kept)
        return cache[key]

    def _current(self, event_id: int) -> Placement | None:
        e: Event = self.events[event_id]
        if e.venue_id is None or e.room_id is None:
            return None
        interpreter = next(
            (x.person_id for x in e.participations if x.role is Role.INTERPRETER), None
        )
        return Placement(self.minute(e.starts_at), e.venue_id, e.room_id, interpreter)


_RANK = {Priority.MUST: 0, Priority.SHOULD: 1, Priority.COULD: 2, Priority.NO: 3}


def _outside(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """The complement of the union of ``spans`` on a wide horizon."""
    lo, hi = -(10**7), 10**7
    gaps: list[tuple[int, int]] = []
    cursor = lo
    for s, e in sorted(spans):
        if s > cursor:
            gaps.append((cursor, s))
        cursor = max(cursor, e)
    if cursor < hi:
        gaps.append((cursor, hi))
    return gaps
