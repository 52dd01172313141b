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

import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from ortools.sat.python import cp_model

from models.scheduler.problem import Placement, Problem

Progress = Callable[[int, int | None], None]  # (best value so far, bound)


@dataclass(frozen=True, slots=True)
class SolverResult:
    placements: dict[int, Placement]
    value: int
    bound: int | None
    status: str  # "optimal", "feasible", "no solution", "cancelled"


class _Watch(cp_model.CpSolverSolutionCallback):
    def __init__(self, present: dict[int, Any], values: dict[int, int], progress: Progress | None,
                 movable: int) -> None:  # fmt: skip
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
) -> SolverResult:
    model = cp_model.CpModel()
    meetings = [m for m in problem.meetings if not m.blocked and any(s for _, s in m.starts)]
    present: dict[int, Any] = {}
    start: dict[int, Any] = {}
    at_venue: dict[tuple[int, int], Any] = {}
    room_intervals: dict[int, list[Any]] = defaultdict(list)
    person_intervals: dict[int, list[Any]] = defaultdict(list)
    interp_intervals: dict[int, list[Any]] = defaultdict(list)
    interp_load: dict[int, list[Any]] = defaultdict(list)
    choice: dict[tuple[str, int, int], Any] = {}
    days_of: dict[int, set[int]] = {}
    by_person: dict[int, list[int]] = defaultdict(list)
    stay_terms: list[Any] = []
    for m in meetings:
        k = m.key
        values = sorted({s for _, starts in m.starts for s in starts})
        p = model.new_bool_var(f"p{k}")
        s = model.new_int_var_from_domain(cp_model.Domain.from_values(values), f"s{k}")
        present[k], start[k] = p, s
        days_of[k] = {problem.day_of(v) for v in values}
        interval = model.new_optional_fixed_size_interval_var(s, m.duration, p, f"i{k}")
        for person in m.people:
            person_intervals[person].append(interval)
            by_person[person].append(k)
        venues = [v for v, starts in m.starts if starts]
        for v in venues:
            y = p if len(venues) == 1 else model.new_bool_var(f"y{k}_{v}")
            at_venue[(k, v)] = y
            if len(venues) > 1:
                allowed = cp_model.Domain.from_values(list(m.starts_at(v)))
                model.add_linear_expression_in_domain(s, allowed).only_enforce_if(y)
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
        if len(venues) > 1:
            model.add(sum(at_venue[(k, v)] for v in venues) == p)
        if m.languages is not None:
            zs = []
            for i in problem.interpreters:
                if not i.covers(m.languages) or i.id in m.people:
                    continue
                z = model.new_bool_var(f"z{k}_{i.id}")
                zs.append(z)
                choice[("interpreter", k, i.id)] = z
                interp_intervals[i.id].append(
                    model.new_optional_fixed_size_interval_var(s, m.duration, z, f"t{k}_{i.id}")
                )
                interp_load[i.id].append(m.duration * z)
            model.add(sum(zs) == p)
        if m.current is not None:
            stay = model.new_bool_var(f"stay{k}")
            cur = m.current
            model.add(s == cur.start).only_enforce_if(stay)
            model.add_implication(stay, p)
            if ("room", k, cur.room) in choice:
                model.add_implication(stay, choice[("room", k, cur.room)])
            elif (k, cur.venue) not in at_venue:
                model.add(stay == 0)
            stay_terms.append(stay)
    for room, intervals in room_intervals.items():
        fixed = [
            model.new_fixed_size_interval_var(b.start, b.end - b.start, f"fr{room}_{n}")
            for n, b in enumerate(problem.room_busy.get(room, ()))
            if b.end > b.start
        ]
        model.add_no_overlap(intervals + fixed)
    for intervals in person_intervals.values():
        if len(intervals) > 1:
            model.add_no_overlap(intervals)
    ndays = max(1, len(problem.days))
    for who, intervals in interp_intervals.items():
        fixed = [
            model.new_fixed_size_interval_var(b.start, b.end - b.start, f"fi{who}_{n}")
            for n, b in enumerate(problem.person_busy.get(who, ()))
            if b.end > b.start and b.start > -(10**6) and b.end < 10**6
        ]
        model.add_no_overlap(intervals + fixed)
        used = sum(v for (person, _), v in problem.interpreter_load.items() if person == who)
        model.add(sum(interp_load[who]) <= problem.interpreter_cap * ndays - used)
    _travel(model, problem, meetings, by_person, days_of, start, present, at_venue)
    for side in fair_sides:
        mine = [present[m.key] for m in meetings if side in m.sides]
        if mine:
            model.add(sum(mine) >= 1)
    model.maximize(
        sum(2 * m.value * present[m.key] for m in meetings) + sum(stay_terms) - len(stay_terms)
    )
    _hint(model, problem, meetings, hint, present, start, at_venue, choice)
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.max_time_in_seconds = max(0.1, time_limit)
    params.num_workers = workers
    params.random_seed = seed
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
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return SolverResult({}, 0, None, "no solution")
    placements: dict[int, Placement] = {}
    for m in meetings:
        k = m.key
        if not solver.value(present[k]):
            continue
        begins = int(solver.value(start[k]))
        room = next(
            r for _, rs in m.rooms for r in rs
            if ("room", k, r) in choice and solver.value(choice[("room", k, r)])
        )  # fmt: skip
        venue = problem.rooms[room].venue
        interpreter = next(
            (who.id for who in problem.interpreters
             if ("interpreter", k, who.id) in choice
             and solver.value(choice[("interpreter", k, who.id)])),
            None,
        )  # fmt: skip
        placements[k] = Placement(begins, venue, room, interpreter)
    value = sum(problem.meetings[k].value for k in placements)
    bound = int(solver.best_objective_bound + len(stay_terms)) // 2
    state = "optimal" if status == cp_model.OPTIMAL else "feasible"
    if cancelled is not None and cancelled():
        state = "cancelled"
    return SolverResult(placements, value, max(bound, value), state)


def _stopper(solver: Any, stop: threading.Event, cancelled: Callable[[], bool] | None) -> None:
    while not stop.wait(0.1):
        if cancelled is not None and cancelled():
            solver.stop_search()
            return


def _travel(
    model: Any,
    problem: Problem,
    meetings: list[Any],
    by_person: dict[int, list[int]],
    days_of: dict[int, set[int]],
    start: dict[int, Any],
    present: dict[int, Any],
    at_venue: dict[tuple[int, int], Any],
) -> None:
    """Two meetings sharing someone at different venues: one ends, travel, then the other."""
    by_key = {m.key: m for m in meetings}
    pairs: set[tuple[int, int]] = set()
    for keys in by_person.values():
        for a, b in combinations(sorted(keys), 2):
            if days_of[a] & days_of[b]:
                pairs.add((a, b))
    for a, b in sorted(pairs):
        ma, mb = by_key[a], by_key[b]
        legs = [
            (va, vb)
            for va in ma.venues
            for vb in mb.venues
            if va != vb and (problem.trip(va, vb) or problem.trip(vb, va))
        ]
        if not legs:
            continue
        first = model.new_bool_var(f"b{a}_{b}")
        for va, vb in legs:
            both = [at_venue[(a, va)], at_venue[(b, vb)]]
            model.add(start[b] >= start[a] + ma.duration + problem.trip(va, vb)).only_enforce_if(
                [first, *both]
            )
            model.add(start[a] >= start[b] + mb.duration + problem.trip(vb, va)).only_enforce_if(
                [first.Not(), *both]
            )


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
