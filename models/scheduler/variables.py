"""Each meeting's CP-SAT variables, built the same way in every model that places meetings.

Three models place meetings: each company's alone (:mod:`~models.scheduler.bounds`),
the whole programme's relaxation (:mod:`~models.scheduler.solver`) and the exact
small model of a freed part (:mod:`~models.scheduler.submodel`).  In each, a
meeting that may be held gets:

* a presence literal, a start on its allowed grid and an optional interval;
* one literal per venue it may go to (presence itself when there is one), the
  start held to that venue's allowed starts, exactly one venue when present;
* a day literal per day it may fall on, where a model needs them.

Between meetings, every model keeps each person in one meeting at a time and
leaves the drive between two meetings at different venues that share someone.
What else a model adds around a meeting (rooms, interpreters, staying where it
was) it adds itself, from these variables.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from itertools import combinations
from typing import Any

from ortools.sat.python import cp_model

from models.scheduler.problem import Meeting, Problem

Options = Sequence[tuple[int, Sequence[int]]]  # (venue, its allowed starts), each with one


class Variables:
    """The meetings' variables in one model, in the order they were added."""

    def __init__(self, model: Any, problem: Problem) -> None:
        self.model, self.problem = model, problem
        self.meetings: list[Meeting] = []
        self.present: dict[int, Any] = {}
        self.start: dict[int, Any] = {}
        self.at_venue: dict[tuple[int, int], Any] = {}
        self.days_of: dict[int, set[int]] = {}  # the days each meeting may fall on
        self.on_day: dict[int, dict[int, Any]] = {}  # meeting -> day -> held that day
        self.by_person: dict[int, list[int]] = defaultdict(list)
        self._intervals: dict[int, list[Any]] = defaultdict(list)  # person -> intervals

    def add(self, m: Meeting, options: Options) -> Any:
        """``m`` held at one of ``options`` or not at all: its presence, its start
        (any start of the options) and its interval, held by each of its people.
        Returns the interval."""
        model, k = self.model, m.key
        values = sorted({s for _, starts in options for s in starts})
        p = model.new_bool_var(f"p{k}")
        s = model.new_int_var_from_domain(cp_model.Domain.from_values(values), f"s{k}")
        self.meetings.append(m)
        self.present[k], self.start[k] = p, s
        self.days_of[k] = {self.problem.day_of(v) for v in values}
        interval = model.new_optional_fixed_size_interval_var(s, m.duration, p, f"i{k}")
        for person in m.people:
            self._intervals[person].append(interval)
            self.by_person[person].append(k)
        return interval

    def venues(self, m: Meeting, options: Options) -> Iterator[tuple[int, Sequence[int], Any]]:
        """(venue, its starts, the literal true when ``m`` is held there) for each of
        ``options``, made one at a time, so that the caller adds what belongs to a
        venue (its rooms) before the next venue's literal.  When the loop has run to
        its end, exactly one venue is chosen when the meeting is held: iterate to the
        end (``continue`` is fine, ``break`` is not)."""
        model, k = self.model, m.key
        p, s = self.present[k], self.start[k]
        for v, starts in options:
            y = p if len(options) == 1 else model.new_bool_var(f"y{k}_{v}")
            self.at_venue[(k, v)] = y
            if len(options) > 1:
                allowed = cp_model.Domain.from_values(list(starts))
                model.add_linear_expression_in_domain(s, allowed).only_enforce_if(y)
            yield v, starts, y
        if len(options) > 1:
            model.add(sum(self.at_venue[(k, v)] for v, _ in options) == p)

    def days(self, k: int) -> dict[int, Any]:
        """One literal per day meeting ``k`` may fall on: true on the day it is held
        (made once, on the first call)."""
        if k in self.on_day:
            return self.on_day[k]
        model, days = self.model, self.days_of[k]
        if len(days) == 1:
            found = {next(iter(days)): self.present[k]}
        else:
            found = {}
            for day in sorted(days):
                w = model.new_bool_var(f"d{k}_{day}")
                model.add(self.start[k] >= day * 1440).only_enforce_if(w)
                model.add(self.start[k] < (day + 1) * 1440).only_enforce_if(w)
                found[day] = w
            model.add(sum(found.values()) == self.present[k])
        self.on_day[k] = found
        return found

    def one_place_at_a_time(self) -> None:
        """Nobody in two of these meetings at once."""
        for intervals in self._intervals.values():
            if len(intervals) > 1:
                self.model.add_no_overlap(intervals)

    def travel(self) -> None:
        """Two meetings sharing someone at different venues: one ends, the drive, then
        the other."""
        model, problem, at_venue, start = self.model, self.problem, self.at_venue, self.start
        by_key = {m.key: m for m in self.meetings}
        pairs: set[tuple[int, int]] = set()
        for keys in self.by_person.values():
            for a, b in combinations(sorted(keys), 2):
                if self.days_of[a] & self.days_of[b]:
                    pairs.add((a, b))
        for a, b in sorted(pairs):
            ma, mb = by_key[a], by_key[b]
            legs = [
                (va, vb)
                for va in ma.venues
                for vb in mb.venues
                if va != vb
                and (problem.trip(va, vb) or problem.trip(vb, va))
                and (a, va) in at_venue
                and (b, vb) in at_venue  # venues with a start left
            ]
            if not legs:
                continue
            first = model.new_bool_var(f"b{a}_{b}")
            for va, vb in legs:
                both = [at_venue[(a, va)], at_venue[(b, vb)]]
                model.add(
                    start[b] >= start[a] + ma.duration + problem.trip(va, vb)
                ).only_enforce_if([first, *both])
                model.add(
                    start[a] >= start[b] + mb.duration + problem.trip(vb, va)
                ).only_enforce_if([first.Not(), *both])


def free_minutes(problem: Problem, person: int) -> int:
    """Working minutes, less lunch and the person's fixed commitments."""
    total = 0
    busy = [(b.start, b.end) for b in problem.person_busy.get(person, ())]
    for day_start, day_end in problem.days:
        taken = [(max(s, day_start), min(e, day_end)) for s, e in busy + list(problem.lunches)]
        taken = sorted((s, e) for s, e in taken if e > s)
        covered, cursor = 0, day_start
        for s, e in taken:
            s = max(s, cursor)
            if e > s:
                covered += e - s
                cursor = e
        total += day_end - day_start - covered
    return total
