"""The exact checks: what every placement must pass, whoever proposed it.

A :class:`State` holds everyone's commitments (the programme's fixed events
plus the meetings placed so far) and answers whether a meeting fits at a
start, venue, room and interpreter: nobody in two places, travel time between
venues both ways, rooms free and large enough, the interpreter free, able to
travel, and under the day's cap.  The greedy builds with it, and the solver's
answer is replayed through it before anyone sees it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterator, Mapping

from models.scheduler.problem import Busy, Meeting, Placement, Problem


class State:
    def __init__(self, problem: Problem) -> None:
        self.problem = problem
        self.person: dict[int, list[Busy]] = defaultdict(list)
        for k, v in problem.person_busy.items():
            self.person[k] = list(v)
        self.room: dict[int, list[Busy]] = defaultdict(list)
        for k, v in problem.room_busy.items():
            self.room[k] = list(v)
        self.load: dict[tuple[int, int], int] = defaultdict(int, problem.interpreter_load)
        self.placed: dict[int, Placement] = {}

    # -- questions --------------------------------------------------------------------

    def person_conflict(self, person: int, start: int, end: int, venue: int) -> Busy | None:
        trip = self.problem.trip
        for b in self.person.get(person, ()):
            if start < b.end + trip(b.venue, venue) and end + trip(venue, b.venue) > b.start:
                return b
        return None

    def room_conflict(self, room: int, start: int, end: int) -> Busy | None:
        for b in self.room.get(room, ()):
            if start < b.end and end > b.start:
                return b
        return None

    def interpreter_fits(self, interpreter: int, start: int, end: int, venue: int) -> bool:
        day = self.problem.day_of(start)
        if self.load[(interpreter, day)] + end - start > self.problem.interpreter_cap:
            return False
        return self.person_conflict(interpreter, start, end, venue) is None

    def interpreters_for(self, meeting: Meeting, start: int) -> Iterator[int]:
        """Interpreters who speak the pair, least loaded that day first."""
        day = self.problem.day_of(start)
        found = [
            i.id
            for i in self.problem.interpreters
            if i.covers(meeting.languages) and i.id not in meeting.people
        ]
        found.sort(key=lambda i: (self.load[(i, day)], i))
        return iter(found)

    def fits(self, meeting: Meeting, placement: Placement) -> bool:
        """True when ``placement`` passes every check (its interpreter included)."""
        start, venue, room, interpreter = placement
        if start not in meeting.starts_at(venue) or room not in meeting.rooms_at(venue):
            return False
        end = start + meeting.duration
        if self.room_conflict(room, start, end) is not None:
            return False
        for person in meeting.people:
            if self.person_conflict(person, start, end, venue) is not None:
                return False
        if meeting.languages is None:
            return interpreter is None
        if interpreter is None:
            return False
        if interpreter not in {i for i in self.interpreters_for(meeting, start)}:
            return False
        return self.interpreter_fits(interpreter, start, end, venue)

    def find_at(self, meeting: Meeting, wanted: Placement) -> Placement | None:
        """``wanted``'s time and venue, with its room and interpreter or others that fit."""
        start, venue, room, interpreter = wanted
        if start not in meeting.starts_at(venue):
            return None
        end = start + meeting.duration
        if any(self.person_conflict(p, start, end, venue) is not None for p in meeting.people):
            return None
        rooms = meeting.rooms_at(venue)
        free = [r for r in rooms if self.room_conflict(r, start, end) is None]
        if not free:
            return None
        room = room if room in free else free[0]
        if meeting.languages is None:
            return Placement(start, venue, room, None)
        others = [
            i for i in self.interpreters_for(meeting, start)
            if self.interpreter_fits(i, start, end, venue)
        ]  # fmt: skip
        if not others:
            return None
        chosen = interpreter if interpreter in others else self.best_fit(others, start, venue)
        return Placement(start, venue, room, chosen)

    def best_fit(self, interpreters: list[int], start: int, venue: int) -> int:
        """The interpreter left with the least idle time before ``start`` (best fit)."""

        def slack(i: int) -> tuple[int, int]:
            before = [b for b in self.person.get(i, ()) if b.end <= start]
            if not before:
                return (10**6, i)
            last = max(before, key=lambda b: b.end)
            return (start - last.end - self.problem.trip(last.venue, venue), i)

        return min(interpreters, key=slack)

    def find(
        self, meeting: Meeting, prefer: Placement | None = None, *, compact: bool = False
    ) -> Placement | None:
        """A placement that fits: ``prefer`` first; else the earliest, or with
        ``compact`` the one leaving its people the fewest idle minutes and venue
        changes (the earliest on ties)."""
        if prefer is not None:
            if self.fits(meeting, prefer):
                return prefer
            if meeting.languages is not None:
                for i in self.interpreters_for(meeting, prefer.start):
                    option = prefer._replace(interpreter=i)
                    if self.fits(meeting, option):
                        return option
        options = sorted((s, v) for v, starts in meeting.starts for s in starts)
        duration = meeting.duration
        best: tuple[int, Placement] | None = None
        for start, venue in options:
            end = start + duration
            if any(self.person_conflict(p, start, end, venue) is not None for p in meeting.people):
                continue
            room = next(
                (r for r in meeting.rooms_at(venue) if self.room_conflict(r, start, end) is None),
                None,
            )
            if room is None:
                continue
            found = None
            if meeting.languages is None:
                found = Placement(start, venue, room, None)
            else:
                free = [
                    i for i in self.interpreters_for(meeting, start)
                    if self.interpreter_fits(i, start, end, venue)
                ]  # fmt: skip
                if free:
                    found = Placement(start, venue, room, self.best_fit(free, start, venue))
            if found is None:
                continue
            if not compact:
                return found
            cost = self.idle_cost(meeting, start, venue)
            if best is None or cost < best[0]:
                best = (cost, found)
                if cost == 0:
                    break
        return best[1] if best is not None else None

    def idle_cost(self, meeting: Meeting, start: int, venue: int) -> int:
        """Idle minutes (up to two hours each side) and venue changes (30 each) that
        the meeting leaves its people with on its day."""
        end = start + meeting.duration
        day = start // 1440
        trip = self.problem.trip
        cost = 0
        for person in meeting.people:
            before = after = None
            for b in self.person.get(person, ()):
                if b.start // 1440 != day or b.end // 1440 != day or b.label == "not available":
                    continue
                if b.end <= start and (before is None or b.end > before.end):
                    before = b
                elif b.start >= end and (after is None or b.start < after.start):
                    after = b
            if before is not None:
                cost += min(120, start - before.end - trip(before.venue, venue))
                cost += 30 if before.venue >= 0 and before.venue != venue else 0
            if after is not None:
                cost += min(120, after.start - end - trip(venue, after.venue))
                cost += 30 if after.venue >= 0 and after.venue != venue else 0
        return cost

    # -- changes ---------------------------------------------------------------------

    def place(self, meeting: Meeting, placement: Placement) -> None:
        start, venue, room, interpreter = placement
        busy = Busy(start, start + meeting.duration, venue, meeting.title, meeting.key)
        for person in meeting.people:
            self.person[person].append(busy)
        self.room[room].append(busy)
        if interpreter is not None:
            self.person[interpreter].append(busy)
            self.load[(interpreter, self.problem.day_of(start))] += meeting.duration
        self.placed[meeting.key] = placement

    def remove(self, meeting: Meeting) -> None:
        placement = self.placed.pop(meeting.key)
        start, _, room, interpreter = placement

        def drop(items: list[Busy]) -> None:
            items[:] = [b for b in items if b.meeting != meeting.key]

        for person in meeting.people:
            drop(self.person[person])
        drop(self.room[room])
        if interpreter is not None:
            drop(self.person[interpreter])
            self.load[(interpreter, self.problem.day_of(start))] -= meeting.duration

    def swap_in(
        self, freed: Collection[int], placements: Mapping[int, Placement]
    ) -> dict[int, Placement]:
        """The ``freed`` meetings taken out and ``placements`` (a model's answer for
        them) replayed exactly, earliest first: each at its time and venue, with its room
        and interpreter or others that fit (:meth:`find_at`); one that no longer fits
        stays out.  Returns where the freed meetings were, for :meth:`put_back`."""
        ms = self.problem.meetings
        old = {k: self.placed[k] for k in freed if k in self.placed}
        for k in old:
            self.remove(ms[k])
        for k, p in sorted(placements.items(), key=lambda kv: (kv[1].start, kv[0])):
            found = self.find_at(ms[k], p)
            if found is not None:
                self.place(ms[k], found)
        return old

    def put_back(self, freed: Collection[int], old: Mapping[int, Placement]) -> None:
        """Undo :meth:`swap_in`: the freed meetings where they were before."""
        ms = self.problem.meetings
        for k in freed:
            if k in self.placed:
                self.remove(ms[k])
        for k, p in sorted(old.items(), key=lambda kv: kv[1].start):
            self.place(ms[k], p)

    # -- measures --------------------------------------------------------------------

    def value(self) -> int:
        return sum(self.problem.meetings[k].value for k in self.placed)

    def moves(self) -> int:
        """Earlier meetings not exactly where they were (moved, or left out)."""
        placed = self.placed
        return sum(
            1
            for m in self.problem.meetings
            if m.current is not None and placed.get(m.key) != m.current
        )
