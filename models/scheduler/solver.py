"""CP-SAT improvement of a schedule, with the greedy's answer as a hint.

Imported only when scheduling starts: importing OR-Tools takes about 0.4 s,
which neither the window nor any other command should pay.  The model:

* one optional interval per meeting (its start on the allowed grid), one per
  room that fits it and one per interpreter who speaks the pair; exactly one
  room (and interpreter) when the meeting is placed;
* no overlap per person, per room (with the fixed bookings) and per
  interpreter;
* travel as enforced precedences between two meetings sharing someone at
  different venues on the same day;
* fairness: every company the greedy served keeps at least one meeting;
* interpreters' day caps summed over the days (a relaxation: the exact
  per-day cap and interpreters' own travel are checked when the answer is
  replayed through :mod:`~models.scheduler.feasibility`).

The objective is twice the value placed minus one per earlier meeting moved,
so a move is made only when it gains value.  The reported bound is on the
value: the solver's bound on the objective plus the most moves could cost.
"""

from __future__ import annotations

import math
import threading
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

from models.scheduler.problem import Placement, Problem
from models.scheduler.variables import Variables, free_minutes

Progress = Callable[[int, int | None], None]  # (best value so far, bound)

#: CP-SAT's deterministic time units per second of ``time_limit``: on an idle
#: two-core machine a run then takes about the time asked for.
DETERMINISTIC_PER_SECOND = 0.6
#: The wall-clock guard, as a multiple of the time asked for: on a loaded machine
#: the deterministic clock runs slow, and the run stops here instead (then two
#: runs with the same seed may differ).
WALL_GUARD = 1.25


@dataclass(frozen=True, slots=True)
class SolverResult:
    placements: dict[int, Placement]
    value: int
    bound: int | None
    status: str  # "optimal", "feasible", "no solution", "cancelled"
    clock: bool = False  # the wall-clock guard stopped it (a re-run may differ)


class _Watch(cp_model.CpSolverSolutionCallback):
    def __init__(
        self,
        present: dict[int, Any],
        values: dict[int, int],
        progress: Progress | None,
        movable: int,
    ) -> None:
        super().__init__()
        self.present, self.values, self.progress, self.movable = present, values, progress, movable

    def on_solution_callback(self) -> None:
        if self.progress is None:
            return
        value = sum(self.values[k] for k, p in self.present.items() if self.Value(p))
        bound = int(self.BestObjectiveBound() + self.movable) // 2
        self.progress(value, max(value, bound))


def improve(
    problem: Problem,
    hint: dict[int, Placement],
    *,
    fair_sides: frozenset[int] = frozenset(),
    time_limit: float = 20.0,
    seed: int = 0,
    workers: int = 2,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    pinned: frozenset[int] = frozenset(),
    wall_limit: float | None = None,
    caps: Mapping[int, int] | None = None,
    deterministic_time: float | None = None,
) -> SolverResult:
    """Improve on ``hint``.  ``wall_limit`` caps the
    seconds on the clock (the caller's share of a whole run's limit).  ``caps``
    (organisation -> proven most value, see :mod:`~models.scheduler.bounds`)
    become cuts that tighten the bound.  ``deterministic_time`` (CP-SAT's units)
    replaces the budget derived from ``time_limit``; with one worker the search
    builds the full linear relaxation at once, for the tightest bound early."""
    model = cp_model.CpModel()
    meetings = [m for m in problem.meetings if m.placeable]
    mv = Variables(model, problem)
    present, start, at_venue = mv.present, mv.start, mv.at_venue
    choice: dict[tuple[str, int, int], Any] = {}
    stay_terms: list[Any] = []
    pooled = _pooled_venues(problem, meetings)
    venue_use: dict[int, list[Any]] = defaultdict(list)  # pooled venue -> intervals
    room_intervals: dict[int, list[Any]] = defaultdict(list)
    speakers: dict[tuple[str, str], list[tuple[int, Any]]] = defaultdict(list)  # pair -> intervals
    for m in meetings:
        k = m.key
        options = [(v, starts) for v, starts in m.starts if starts]
        interval = mv.add(m, options)
        s, p = start[k], present[k]
        if m.languages is not None:
            speakers[m.languages].append((k, interval))
            mv.days(k)
        for v, _, y in mv.venues(m, options):
            if v in pooled:
                venue_use[v].append(
                    interval
                    if y is p
                    else model.new_optional_fixed_size_interval_var(s, m.duration, y, f"v{k}_{v}")
                )
                continue
            rooms = m.rooms_at(v)
            xs = []
            for r in rooms:
                x = y if len(rooms) == 1 else model.new_bool_var(f"x{k}_{r}")
                xs.append(x)
                choice[("room", k, r)] = x
                room_intervals[r].append(
                    model.new_optional_fixed_size_interval_var(s, m.duration, x, f"r{k}_{r}")
                )
            if len(rooms) > 1:
                model.add(sum(xs) == y)
        if m.current is not None:
            stay = model.new_bool_var(f"stay{k}")
            cur = m.current
            model.add(s == cur.start).only_enforce_if(stay)
            if (k, cur.venue) in at_venue:
                model.add_implication(stay, at_venue[(k, cur.venue)])
            else:
                model.add(stay == 0)
            if ("room", k, cur.room) in choice:
                model.add_implication(stay, choice[("room", k, cur.room)])
            if k in pinned:  # still fits where it is: a repair leaves it there
                model.add(stay == 1)
            stay_terms.append(stay)
    for room, intervals in room_intervals.items():
        model.add_no_overlap(intervals + _fixed(model, problem.room_busy.get(room, ()), f"r{room}"))
    for v, intervals in venue_use.items():
        here = [r.id for r in problem.rooms.values() if r.venue == v]
        fixed = [i for r in here for i in _fixed(model, problem.room_busy.get(r, ()), f"r{r}")]
        model.add_cumulative(intervals + fixed, [1] * (len(intervals) + len(fixed)), len(here))
    mv.one_place_at_a_time()
    for pair, keyed in speakers.items():
        pool = [i for i in problem.interpreters if i.covers(pair)]
        fixed = [
            f for i in pool for f in _fixed(model, problem.person_busy.get(i.id, ()), f"t{i.id}")
        ]
        intervals = [iv for _, iv in keyed]
        model.add_cumulative(intervals + fixed, [1] * (len(intervals) + len(fixed)), len(pool))
        ids = {i.id for i in pool}
        for day in sorted({d for k, _ in keyed for d in mv.on_day[k]}):
            busy = sum(
                v for (who, d), v in problem.interpreter_load.items() if who in ids and d == day
            )
            total = problem.interpreter_cap * len(pool) - busy
            model.add(
                sum(
                    problem.meetings[k].duration * mv.on_day[k][day]
                    for k, _ in keyed
                    if day in mv.on_day[k]
                )
                <= total
            )
    _capacity_cuts(model, problem, meetings, mv.by_person, present)
    mv.travel()
    for side in fair_sides:
        mine = [present[m.key] for m in meetings if side in m.sides]
        if mine:
            model.add(sum(mine) >= 1)
    for org, cap in sorted((caps or {}).items()):
        model.add(sum(m.value * present[m.key] for m in meetings if org in m.sides) <= cap)
    model.maximize(
        sum(2 * m.value * present[m.key] for m in meetings) + sum(stay_terms) - len(stay_terms)
    )
    _hint(model, problem, meetings, hint, present, start, at_venue, choice)
    solver = cp_model.CpSolver()
    params = solver.parameters
    # Deterministic for a seed: the subsolvers take turns in a fixed order
    # (interleave_search) and the limit is CP-SAT's deterministic clock, which
    # counts work, not seconds; the wall-clock limit only guards a slow machine.
    params.interleave_search = workers > 1
    params.num_workers = workers
    if workers == 1:
        params.linearization_level = 2
    params.random_seed = seed
    params.max_deterministic_time = (
        deterministic_time
        if deterministic_time is not None
        else max(0.1, DETERMINISTIC_PER_SECOND * time_limit)
    )
    params.max_time_in_seconds = _wall(time_limit, wall_limit)
    worth = {m.key: m.value for m in meetings}
    watch = _Watch(present, worth, progress, len(stay_terms))
    stop = threading.Event()
    stopper = threading.Thread(target=_stopper, args=(solver, stop, cancelled), daemon=True)
    if cancelled is not None:
        stopper.start()
    try:
        status = solver.solve(model, watch)
    finally:
        stop.set()
        if cancelled is not None:
            stopper.join()
    clock = (
        status in (cp_model.FEASIBLE, cp_model.UNKNOWN)
        and solver.deterministic_time < params.max_deterministic_time
        and not (cancelled is not None and cancelled())
    )
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        # stopped before a first solution: CP-SAT's bound is still proven
        # (not when the model is infeasible)
        found = solver.best_objective_bound
        # stopped in presolve, CP-SAT answers 0: a bound is real only when the
        # hinted schedule (a solution) stays under it
        floor = sum(2 * worth[k] for k in hint if k in worth) - len(stay_terms)
        proven = status == cp_model.UNKNOWN and math.isfinite(found) and found >= floor
        bound_only = max(0, int(found + len(stay_terms)) // 2) if proven else None
        return SolverResult({}, 0, bound_only, "no solution", clock)
    placements: dict[int, Placement] = {}
    for m in meetings:
        k = m.key
        if not solver.value(present[k]):
            continue
        begins = int(solver.value(start[k]))
        venue = next(
            v for v, _ in m.starts if (k, v) in at_venue and solver.value(at_venue[(k, v)])
        )
        room = next(
            (
                r
                for r in m.rooms_at(venue)
                if ("room", k, r) in choice and solver.value(choice[("room", k, r)])
            ),
            -1,  # a pooled venue: the replay picks the room
        )
        interpreter: int | None = None  # the replay picks the interpreter
        if m.current is not None and (begins, venue) == (m.current.start, m.current.venue):
            room = m.current.room if room == -1 else room
            interpreter = m.current.interpreter
        placements[k] = Placement(begins, venue, room, interpreter)
    value = sum(problem.meetings[k].value for k in placements)
    bound = int(solver.best_objective_bound + len(stay_terms)) // 2
    state = "optimal" if status == cp_model.OPTIMAL else "feasible"
    if cancelled is not None and cancelled():
        state = "cancelled"
    return SolverResult(placements, value, max(bound, value), state, clock)


def _wall(time_limit: float, wall_limit: float | None) -> float:
    """Seconds on the clock for one solve: the caller's share of a whole run's
    limit when it gives one, else a guard a little past the time asked for."""
    if wall_limit is not None:
        return max(0.05, wall_limit)
    return max(1.0, WALL_GUARD * time_limit)


def _capacity_cuts(
    model: Any,
    problem: Problem,
    meetings: list[Any],
    by_person: dict[int, list[int]],
    present: dict[int, Any],
) -> None:
    """Redundant cuts that tighten the bound: nobody meets for longer than they are free."""
    by_key = {m.key: m for m in meetings}
    for person, keys in by_person.items():
        if len(keys) < 2:
            continue
        free = free_minutes(problem, person)
        if sum(by_key[k].duration for k in keys) > free:
            model.add(sum(by_key[k].duration * present[k] for k in keys) <= free)


def _fixed(model: Any, busy: Any, name: str) -> list[Any]:
    """Fixed intervals for bookings inside the scheduling horizon."""
    return [
        model.new_fixed_size_interval_var(b.start, b.end - b.start, f"f{name}_{n}")
        for n, b in enumerate(busy)
        if b.end > b.start and b.start > -(10**6) and b.end < 10**6
    ]


def _pooled_venues(problem: Problem, meetings: list[Any]) -> set[int]:
    """Venues whose rooms every meeting that may go there fits: rooms are then
    interchangeable and a cumulative over the venue replaces one choice per room."""
    pooled = {r.venue for r in problem.rooms.values()}
    for m in meetings:
        for v, _ in m.starts:
            every = [r.id for r in problem.rooms.values() if r.venue == v]
            if len(m.rooms_at(v)) != len(every):
                pooled.discard(v)
    return pooled


def _stopper(solver: Any, stop: threading.Event, cancelled: Callable[[], bool] | None) -> None:
    while not stop.wait(0.1):
        if cancelled is not None and cancelled():
            solver.stop_search()
            return


def _hint(
    model: Any,
    problem: Problem,
    meetings: list[Any],
    hint: dict[int, Placement],
    present: dict[int, Any],
    start: dict[int, Any],
    at_venue: dict[tuple[int, int], Any],
    choice: dict[tuple[str, int, int], Any],
) -> None:
    hinted: set[int] = set()

    def put(var: Any, value: int) -> None:
        if id(var) not in hinted:  # a variable shared by two roles is hinted once
            hinted.add(id(var))
            model.add_hint(var, value)

    venues_of: dict[int, list[tuple[int, Any]]] = defaultdict(list)
    for (key, v), y in at_venue.items():
        venues_of[key].append((v, y))
    choices_of: dict[int, list[tuple[str, int, Any]]] = defaultdict(list)
    for (kind, key, x), var in choice.items():
        choices_of[key].append((kind, x, var))
    for m in meetings:
        k = m.key
        placed = hint.get(k)
        put(present[k], 1 if placed else 0)
        put(start[k], placed.start if placed else min(s for _, ss in m.starts for s in ss))
        for v, y in venues_of[k]:
            put(y, 1 if placed is not None and placed.venue == v else 0)
        for kind, x, var in choices_of[k]:
            if placed is None:
                put(var, 0)
            else:
                chosen = placed.room if kind == "room" else placed.interpreter
                put(var, 1 if chosen == x else 0)
