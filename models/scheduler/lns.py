"""Fix-and-optimize: improve a schedule one neighbourhood at a time.

One CP-SAT model of the whole delegation (440 meetings, 2,700 variables)
improves slowly within half a minute on two cores.  Here a small part of the
schedule is freed at a time (the meetings linked through their people to one
left out, the meetings of a few hours of one day, one day's interpreted
meetings), every other meeting stays where it is, and the exact small model
of the freed part (:mod:`~models.scheduler.submodel`) is solved, mostly to
optimality in a fraction of a second.  Its answer is replayed through the
exact checks (:class:`~models.scheduler.feasibility.State`) and kept only
when the freed part is worth at least as much as before and every company
that had a meeting still has one: the value never falls.  Neighbourhoods grow
while they are solved to the end and shrink when they are not.

Deterministic for a seed: the neighbourhoods come from a seeded generator,
each small model is solved by one CP-SAT worker under a deterministic time
limit, and the run is a fixed number of rounds.  Two models are solved at
once on two threads; their answers are tried in a fixed order (the larger
gain first, the first on ties), so nothing depends on which thread finishes
first.  The clock is only a guard: when it stops the rounds early, the
result says so.
"""

from __future__ import annotations

import random
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from models.scheduler import submodel
from models.scheduler.feasibility import State
from models.scheduler.greedy import replay
from models.scheduler.problem import Placement, Problem
from models.scheduler.submodel import Answer
from models.scheduler.variables import free_minutes

#: Rounds of the search per second of the time it is given (two small models
#: a round): calibrated so that a run takes about the time asked for on an idle
#: two-core machine.
ROUNDS_PER_SECOND = 3.0
#: Deterministic time (CP-SAT's units) for one small model.
SUB_LIMIT = 0.05
#: How often each kind of neighbourhood is drawn: around a meeting left out (the
#: dearer, the likelier), a few hours of one day, one day's interpreted meetings,
#: around any meeting.  Measured on the delegation: the first gains most a try.
KINDS = (6, 2, 0.5, 1.5)
#: Meetings freed at a time: the starting size, and its limits as it adapts.
SIZE, SMALLEST, LARGEST = 30, 12, 48


@dataclass(frozen=True, slots=True)
class LnsResult:
    state: State  # the schedule found, every placement exact
    rounds: int  # rounds done
    improved: int  # rounds that found a better schedule
    stopped_by_clock: bool  # the wall-clock guard ended it before its rounds


def search(
    problem: Problem,
    start: dict[int, Placement],
    *,
    rounds: int,
    seed: int = 0,
    fair_sides: frozenset[int] = frozenset(),
    pinned: frozenset[int] = frozenset(),
    deadline: float | None = None,
    progress: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> LnsResult:
    """Improve ``start`` (an exact schedule, e.g. the greedy's) for ``rounds`` rounds.

    ``deadline`` is a :func:`time.monotonic` reading after which no round
    starts (and a running one stops): the guard on a loaded machine.
    """
    space = _Space(problem, start, fair_sides, pinned)
    rng = random.Random(seed)
    size = SIZE
    improved = done = 0
    clock = False
    with ThreadPoolExecutor(max_workers=2) as pool:
        for n in range(rounds):
            if cancelled is not None and cancelled():
                break
            if deadline is not None and time.monotonic() >= deadline:
                clock = True
                break
            hoods = [space.neighbourhood(rng, size) for _ in range(2)]
            seeds = [rng.randrange(1 << 30) for _ in hoods]
            jobs = [
                pool.submit(space.solve, hood, s, _left(deadline))
                for hood, s in zip(hoods, seeds, strict=True)
            ]
            answers = [j.result() for j in jobs]
            done = n + 1
            if deadline is not None and time.monotonic() >= deadline:
                clock = True  # a small model may have been cut short by the clock
            # the better answer first (the first on ties), then the other: each is
            # kept only when its exact replay is worth at least as much as before
            gains = [(space.gain(a), i) for i, a in enumerate(answers) if a is not None]
            for _, index in sorted(gains, key=lambda g: (-g[0], g[1])):
                answer = answers[index]
                kept = space.accept(answer) if answer is not None else None
                if kept:
                    improved += 1
                    if progress is not None:
                        progress(space.state.value())
            proven = sum(1 for a in answers if a is not None and a.optimal)
            # grow the neighbourhoods while they are solved to optimality, shrink when not
            if proven == len(answers):
                size = min(LARGEST, size + 4)
            elif proven == 0:
                size = max(SMALLEST, size - 4)
    return LnsResult(space.state, done, improved, clock)


def rounds_for(seconds: float) -> int:
    """The rounds that take about ``seconds`` on an idle two-core machine (at least one)."""
    return max(1, round(ROUNDS_PER_SECOND * seconds))


def _left(deadline: float | None) -> float | None:
    return None if deadline is None else max(0.01, deadline - time.monotonic())


class _Space:
    """The incumbent schedule (exact) and what the neighbourhoods need to know about it."""

    def __init__(
        self,
        problem: Problem,
        start: dict[int, Placement],
        fair_sides: frozenset[int],
        pinned: frozenset[int],
    ) -> None:
        self.problem = problem
        self.meetings = [m for m in problem.meetings if m.placeable]
        self.movable = [m.key for m in self.meetings if m.key not in pinned]
        self.fair_sides, self.pinned = fair_sides, pinned
        self.state = replay(problem, start)  # exact, whatever it was given
        served = {side for k in self.state.placed for side in problem.meetings[k].sides}
        self.fair_sides = fair_sides & frozenset(served)  # never more than the start had
        self.by_person: dict[int, list[int]] = defaultdict(list)
        for m in self.meetings:
            for person in m.people:
                self.by_person[person].append(m.key)
        self.free_minutes = {p: free_minutes(problem, p) for p in self.by_person}
        self.interpreted = any(m.languages is not None for m in self.meetings)

    @property
    def placed(self) -> dict[int, Placement]:
        return self.state.placed

    def solve(self, freed: tuple[int, ...], seed: int, wall: float | None) -> Answer | None:
        if not freed:
            return None
        return submodel.solve(
            self.problem,
            self.state,
            freed,
            fair_sides=self.fair_sides,
            free_minutes=self.free_minutes,
            seed=seed,
            deterministic_time=SUB_LIMIT,
            wall=wall,
        )

    def gain(self, answer: Answer) -> int:
        """What the answer adds to the objective, as its model sees it."""
        return answer.objective - submodel.objective(self.problem, answer.freed, self.placed)

    def accept(self, answer: Answer) -> int | None:
        """Replay the answer exactly into the schedule: its gain, or None (and the
        schedule as it was) when the exact replay is worth less or leaves a company
        that had a meeting with none."""
        ms = self.problem.meetings
        state = self.state
        before = submodel.objective(self.problem, answer.freed, state.placed)
        old = state.swap_in(answer.freed, answer.placements)
        after = submodel.objective(self.problem, answer.freed, state.placed)
        served = {side for k in state.placed for side in ms[k].sides}
        if after >= before and self.fair_sides <= served:
            return after - before
        state.put_back(answer.freed, old)
        return None

    # -- neighbourhoods ----------------------------------------------------------------

    def neighbourhood(self, rng: random.Random, size: int) -> tuple[int, ...]:
        kind = rng.choices(range(4), KINDS)[0]
        if kind == 0:
            seeds = [k for k in self.movable if k not in self.placed]
            if seeds:
                worth = [self.problem.meetings[k].value for k in seeds]
                return self._grow(rng, rng.choices(seeds, worth), size)
        if kind == 1:
            return self._window(rng, size)
        if kind == 2 and self.interpreted:
            return self._interpreted(rng, size)
        return self._grow(rng, [rng.choice(self.movable)], size)

    def _grow(self, rng: random.Random, seeds: list[int], size: int) -> tuple[int, ...]:
        """Meetings linked to the seeds through shared people, breadth first."""
        ms = self.problem.meetings
        chosen: dict[int, None] = dict.fromkeys(seeds)
        frontier = list(seeds)
        while frontier and len(chosen) < size:
            nxt: list[int] = []
            for k in frontier:
                near = sorted({q for p in ms[k].people for q in self.by_person[p]} - set(chosen))
                rng.shuffle(near)
                for q in near:
                    if q in self.pinned:
                        continue
                    chosen[q] = None
                    nxt.append(q)
                    if len(chosen) >= size:
                        break
                if len(chosen) >= size:
                    break
            frontier = nxt
        return tuple(k for k in chosen if k not in self.pinned)

    def _window(self, rng: random.Random, size: int) -> tuple[int, ...]:
        """The meetings of a few hours of one day, and those left out that could be there."""
        ms = self.problem.meetings
        day_start, day_end = rng.choice(self.problem.days)
        span = rng.choice((120, 180, 240))
        begin = rng.randrange(day_start, max(day_start + 1, day_end - span), 15)
        end = begin + span
        inside = [
            k
            for k in self.movable
            if (
                (p := self.placed.get(k)) is not None
                and p.start < end
                and p.start + ms[k].duration > begin
            )
            or (
                k not in self.placed and any(begin <= s < end for _, ss in ms[k].starts for s in ss)
            )
        ]
        rng.shuffle(inside)
        return tuple(sorted(inside[:size]))

    def _interpreted(self, rng: random.Random, size: int) -> tuple[int, ...]:
        """Interpreted meetings of one day (placed there, or left out and possible there)."""
        ms = self.problem.meetings
        day = rng.randrange(len(self.problem.days))
        on_day = [
            k
            for k in self.movable
            if ms[k].languages is not None
            and (
                self.problem.day_of(self.placed[k].start) == day
                if k in self.placed
                else any(self.problem.day_of(s) == day for _, ss in ms[k].starts for s in ss)
            )
        ]
        rng.shuffle(on_day)
        return tuple(sorted(on_day[:size]))
