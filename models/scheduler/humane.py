"""Humane days: few idle gaps and few venue changes per person (lunch is kept free
by the rules already).

:func:`humane_cost` measures them on an exact schedule, so that of two schedules
worth the same with as many moves, the kinder one is kept.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import pairwise

from models.scheduler.feasibility import State
from models.scheduler.problem import Problem


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
