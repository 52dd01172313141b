"""Humane days: few idle gaps and few venue changes per person (lunch is kept free
by the rules already).

Two views of the same wish: :func:`humane_terms` adds it to a CP-SAT model as a
penalty (each person's span of the day in grid steps, and the venues they visit
that day), for :mod:`~models.scheduler.kinder`; :func:`humane_cost` measures it
on an exact schedule, so that of two schedules worth the same with as many
moves, the kinder one is kept.  Neither imports OR-Tools: the model is passed in.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import Any

from models.scheduler.feasibility import State
from models.scheduler.problem import Busy, Meeting, Placement, Problem

#: A venue visited in a day weighs as much as two grid steps (half an hour) of
#: someone's day: a change of venue costs a drive and an arrival.
VENUE_WEIGHT = 2


def humane_terms(
    model: Any,
    problem: Problem,
    meetings: Sequence[Meeting],
    start: Mapping[int, Any],
    at_venue: Mapping[tuple[int, int], Any],
    on_day: Mapping[int, Mapping[int, Any]],
    hint: Mapping[int, Placement] | None = None,
    around: Mapping[int, Sequence[tuple[int, int, int]]] | None = None,
) -> tuple[list[Any], int]:
    """Penalty terms (to subtract from the objective) and their largest possible sum.

    For every person and day with at least two commitments possible (meetings
    to place or fixed events at known venues): the span from the first start to
    the last end, in grid steps (so idle gaps and drives lengthen it), plus
    :data:`VENUE_WEIGHT` for each venue visited.  ``on_day[k][d]`` is true when
    meeting ``k`` is held on day ``d``.  With ``hint`` (the schedule the search
    starts from), the new variables are hinted to match it, so that the search
    starts from a complete solution.  ``around`` adds, per person, what they hold
    outside these meetings as (start, end, venue) spans."""
    hint = hint or {}
    around = around or {}
    hours = {ds // 1440: (ds, de) for ds, de in problem.days}
    by_day: dict[tuple[int, int], list[Meeting]] = defaultdict(list)
    for m in meetings:
        for person in m.people:
            for day in on_day[m.key]:
                by_day[(person, day)].append(m)
    terms: list[Any] = []
    most = 0
    step = max(1, problem.step)
    for (person, day), mine in sorted(by_day.items(), key=lambda item: item[0]):
        if day not in hours:
            continue
        ds, de = hours[day]
        fixed = [
            Busy(s, e, v, "")
            for s, e, v in [
                *((b.start, b.end, b.venue) for b in problem.person_busy.get(person, ())),
                *around.get(person, ()),
            ]
            if v >= 0 and ds <= s and e <= de
        ]
        if len(mine) + len(fixed) < 2:
            continue
        first = model.new_int_var(ds, de, f"first{person}_{day}")
        last = model.new_int_var(ds, de, f"last{person}_{day}")
        hinted = [
            (hint[m.key].start, hint[m.key].start + m.duration, hint[m.key].venue)
            for m in mine
            if m.key in hint and hint[m.key].start // 1440 == day
        ] + [(b.start, b.end, b.venue) for b in fixed]
        begins = min((h[0] for h in hinted), default=ds)
        ends = max((h[1] for h in hinted), default=ds)
        model.add_hint(first, begins)
        model.add_hint(last, ends)
        for m in mine:
            held = on_day[m.key][day]
            model.add(first <= start[m.key]).only_enforce_if(held)
            model.add(last >= start[m.key] + m.duration).only_enforce_if(held)
        for b in fixed:
            model.add(first <= b.start)
            model.add(last >= b.end)
        steps = (de - ds) // step + 1
        span = model.new_int_var(0, steps, f"span{person}_{day}")
        model.add(step * span >= last - first)
        model.add_hint(span, -(-(ends - begins) // step))
        terms.append(span)
        most += steps
        venues = sorted({v for m in mine for v in m.venues} | {b.venue for b in fixed})
        if len(venues) < 2:
            continue
        for v in venues:
            used = model.new_bool_var(f"at{person}_{day}_{v}")
            model.add_hint(used, 1 if any(h[2] == v for h in hinted) else 0)
            if any(b.venue == v for b in fixed):
                model.add(used == 1)
            for m in mine:
                if (m.key, v) in at_venue:
                    model.add(used >= at_venue[(m.key, v)] + on_day[m.key][day] - 1)
            terms.append(VENUE_WEIGHT * used)
            most += VENUE_WEIGHT
    return terms, most


def humane_cost(problem: Problem, state: State) -> int:
    """Idle minutes between commitments and venue changes (30 minutes each) over
    every person's working days, for the meetings ``state`` places and the
    programme's fixed events at known venues."""
    hours = {ds // 1440: (ds, de) for ds, de in problem.days}
    people = {p for k in state.placed for p in problem.meetings[k].people}
    cost = 0
    for person in sorted(people):
        days: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        for b in state.person.get(person, ()):
            day = b.start // 1440
            if day in hours and b.venue >= 0 and hours[day][0] <= b.start < hours[day][1]:
                days[day].append((b.start, b.end, b.venue))
        for spans in days.values():
            spans.sort()
            for (_, end, venue), (begin, _, after) in pairwise(spans):
                lunch = sum(max(0, min(begin, le) - max(end, ls)) for ls, le in problem.lunches)
                cost += max(0, begin - end - problem.trip(venue, after) - lunch)
                cost += 30 if venue != after else 0
    return cost
