"""Kinder days at the same value: fewer idle gaps and venue changes per person.

After the search for value, a few rounds free one person's day at a time (their
meetings that day and the other meetings of the people they meet that day) and
solve the exact small model of :mod:`~models.scheduler.submodel` with the same
meetings held and, as its objective, the fewest moves of earlier meetings and
then the shortest days and fewest venues per person
(:func:`~models.scheduler.humane.humane_terms`).  An answer is replayed through
the exact checks and kept only when the schedule is worth as much, moves no more
earlier meetings, keeps every company served, and leaves fewer idle minutes and
venue changes (:func:`~models.scheduler.humane.humane_cost`).

Deterministic for a seed: the days come from a seeded generator, each model is
solved by one worker under a deterministic limit, and the rounds are counted.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable

from models.scheduler import submodel
from models.scheduler.feasibility import State
from models.scheduler.humane import humane_cost
from models.scheduler.problem import Placement, Problem
from models.scheduler.variables import free_minutes

#: Deterministic time (CP-SAT's units) for one small model.
SUB_LIMIT = 0.05
#: Meetings freed at most at a time.
LARGEST = 24


def kinder(
    problem: Problem,
    state: State,
    *,
    rounds: int,
    seed: int = 0,
    pinned: frozenset[int] = frozenset(),
    deadline: float | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> State:
    """``state`` improved in place for ``rounds`` rounds (or until ``deadline``, a
    :func:`time.monotonic` reading); returns it."""
    ms = problem.meetings
    rng = random.Random(seed)
    served = frozenset(side for k in state.placed for side in ms[k].sides)
    people = {p for m in ms for p in m.people}
    free = {p: free_minutes(problem, p) for p in people}
    for _ in range(rounds):
        if (cancelled is not None and cancelled()) or (
            deadline is not None and time.monotonic() >= deadline
        ):
            break
        days = _busy_days(problem, state, pinned)
        if not days:
            break
        person, day = days[rng.randrange(len(days))]
        freed = _day_of(problem, state, pinned, person, day)
        wall = None if deadline is None else max(0.05, deadline - time.monotonic())
        answer = submodel.solve(
            problem,
            state,
            freed,
            fair_sides=served,
            free_minutes=free,
            seed=rng.randrange(1 << 30),
            deterministic_time=SUB_LIMIT,
            wall=wall,
            humane=True,
        )
        if answer is not None and answer.placements:
            _try(problem, state, answer.freed, answer.placements, served)
    return state


def _busy_days(problem: Problem, state: State, pinned: frozenset[int]) -> list[tuple[int, int]]:
    """(person, day) with two or more new meetings placed that day, in a fixed order."""
    count: dict[tuple[int, int], int] = defaultdict(int)
    for k, p in state.placed.items():
        if k in pinned:
            continue
        for person in problem.meetings[k].people:
            count[(person, p.start // 1440)] += 1
    return sorted(key for key, n in count.items() if n >= 2)


def _day_of(
    problem: Problem, state: State, pinned: frozenset[int], person: int, day: int
) -> tuple[int, ...]:
    """The person's meetings that day, then those of the people they meet that day."""
    ms = problem.meetings
    that_day = sorted(
        (k for k, p in state.placed.items() if p.start // 1440 == day and k not in pinned),
        key=lambda k: (state.placed[k].start, k),
    )
    mine = [k for k in that_day if person in ms[k].people]
    met = {p for k in mine for p in ms[k].people}
    others = [k for k in that_day if k not in mine and met & set(ms[k].people)]
    return tuple((mine + others)[:LARGEST])


def _try(
    problem: Problem,
    state: State,
    freed: tuple[int, ...],
    placements: dict[int, Placement],
    served: frozenset[int],
) -> bool:
    """Keep the answer when it is exact, worth as much, moves no more earlier meetings,
    keeps every company served and is kinder; else put the schedule back."""
    ms = problem.meetings
    value, moves, cost = state.value(), state.moves(), humane_cost(problem, state)
    old = state.swap_in(freed, placements)
    sides = {side for k in state.placed for side in ms[k].sides}
    if (
        state.value() == value
        and state.moves() <= moves
        and served <= sides
        and humane_cost(problem, state) < cost
    ):
        return True
    state.put_back(freed, old)
    return False
