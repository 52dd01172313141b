"""The small exact model of a freed part of a schedule (for :mod:`~models.scheduler.lns`).

The freed meetings are variables; every other meeting stays where it is.  Unlike
the whole-programme model of :mod:`~models.scheduler.solver` (a relaxation, for
its bound), this one is exact, so an answer replays through the exact checks of
:mod:`~models.scheduler.feasibility` as it is:

* a meeting's start on its grid at one of its venues, away from whatever its
  people and its interpreter already hold there (with the drives before and
  after);
* one room that fits it, no room double-booked;
* one interpreter who speaks the pair (among the few most free for it), each
  interpreter in one place at a time with the drives between venues, and under
  the day's cap;
* nobody in two places, with the drives between the freed meetings;
* every company the caller named keeps a meeting.

The objective is the solver's: twice the value placed, plus one per earlier
meeting left exactly where it was.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

from models.scheduler.feasibility import State
from models.scheduler.problem import Meeting, Placement, Problem
from models.scheduler.staffing import (
    Span,
    add_interpreting,
    clear,
    interpreter_choice,
    room_choice,
)
from models.scheduler.variables import Variables


@dataclass(frozen=True, slots=True)
class Answer:
    freed: tuple[int, ...]
    placements: dict[int, Placement]  # the freed meetings placed
    objective: int  # of the freed meetings, in the solver's objective
    optimal: bool


class _Vars(Variables):
    """Each freed meeting's variables, and its choice of room and of interpreter."""

    def __init__(self, model: Any, problem: Problem) -> None:
        super().__init__(model, problem)
        self.room: dict[tuple[int, int], Any] = {}  # (meeting, room) -> chosen
        self.interpreter: dict[tuple[int, int], Any] = {}  # (meeting, interpreter) -> chosen


def solve(
    problem: Problem,
    state: State,
    freed: tuple[int, ...],
    *,
    fair_sides: frozenset[int],
    free_minutes: dict[int, int],
    seed: int,
    deterministic_time: float,
    wall: float | None,
    humane: bool = False,
) -> Answer | None:
    """The best placement of ``freed`` around the rest of ``state`` found within the
    limits; None when the model found nothing (a wall-clock stop).  With ``humane``
    the freed meetings that are placed stay placed (and the others out), and the
    objective is the fewest moves, then people's fewest idle gaps and venue changes
    (:mod:`~models.scheduler.kinder`)."""
    built = _build(problem, state, freed, fair_sides, free_minutes, random.Random(seed), humane)
    if built is None:
        return Answer(freed, {}, 0, True)
    model, v = built
    solver = cp_model.CpSolver()
    params = solver.parameters
    params.num_workers = 1
    params.random_seed = seed
    params.max_deterministic_time = deterministic_time
    # a small model is mostly solved at once: a light presolve (one pass, no
    # probing, no symmetry search) took a third less of the machine here
    params.max_presolve_iterations = 1
    params.cp_model_probing_level = 0
    params.symmetry_level = 0
    if wall is not None:
        params.max_time_in_seconds = wall
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return None
    placements: dict[int, Placement] = {}
    for k, p in v.present.items():
        if not solver.value(p):
            continue
        venue = next(x for (key, x), y in v.at_venue.items() if key == k and solver.value(y))
        room = next(r for (key, r), x in v.room.items() if key == k and solver.value(x))
        interpreter = next(
            (i for (key, i), z in v.interpreter.items() if key == k and solver.value(z)), None
        )
        placements[k] = Placement(int(solver.value(v.start[k])), venue, room, interpreter)
    return Answer(
        freed,
        placements,
        round(solver.objective_value),
        status == cp_model.OPTIMAL,
    )


def objective(problem: Problem, keys: tuple[int, ...], placed: dict[int, Placement]) -> int:
    """The solver's objective over ``keys``: twice the value, one per earlier meeting kept."""
    ms = problem.meetings
    return sum(
        2 * ms[k].value * (k in placed)
        + (ms[k].current is not None and placed.get(k) == ms[k].current)
        for k in keys
    )


def _held(problem: Problem, state: State, freed: set[int]) -> dict[int, list[Span]]:
    """What everyone (interpreters included) holds outside the freed meetings, as
    spans: the programme's commitments of interpreters and the fixed meetings."""
    ms = problem.meetings
    held: dict[int, list[Span]] = defaultdict(list)
    for k, p in state.placed.items():
        if k in freed:
            continue
        span = (p.start, p.start + ms[k].duration, p.venue)
        for person in ms[k].people:
            held[person].append(span)
        if p.interpreter is not None:
            held[p.interpreter].append(span)
    for i in problem.interpreters:
        held[i.id].extend((b.start, b.end, b.venue) for b in problem.person_busy.get(i.id, ()))
    return held


def _build(
    problem: Problem,
    state: State,
    freed: tuple[int, ...],
    fair_sides: frozenset[int],
    free_minutes: dict[int, int],
    rng: random.Random,
    humane: bool = False,
) -> tuple[Any, _Vars] | None:
    ms = problem.meetings
    free = set(freed)
    held = _held(problem, state, free)
    load: dict[tuple[int, int], int] = defaultdict(int, problem.interpreter_load)
    for k, where in state.placed.items():
        if k not in free and where.interpreter is not None:
            load[(where.interpreter, problem.day_of(where.start))] += ms[k].duration
    booked: dict[int, list[tuple[int, int]]] = defaultdict(list)  # room -> (start, end)
    for k, where in state.placed.items():
        if k not in free:
            booked[where.room].append((where.start, where.start + ms[k].duration))
    for room, busy in problem.room_busy.items():
        booked[room].extend((b.start, b.end) for b in busy)
    model = cp_model.CpModel()
    v = _Vars(model, problem)
    room_intervals: dict[int, list[Any]] = defaultdict(list)
    spoken: dict[int, list[int]] = defaultdict(list)  # interpreter -> freed meetings
    stay_terms: list[Any] = []
    for k in freed:
        m = ms[k]
        options = []
        for venue, starts in m.starts:
            ok = [
                s for s in starts
                if all(clear(problem, held.get(x, []), s, s + m.duration, venue) for x in m.people)
            ]  # fmt: skip
            if ok:
                options.append((venue, ok))
        rooms = {venue: room_choice(state, m, venue, ok, booked, rng) for venue, ok in options}
        options = [(venue, ok) for venue, ok in options if rooms[venue]]
        cover: dict[int, dict[int, list[int]]] = {}
        if m.languages is not None and options:
            cover = interpreter_choice(problem, state, m, options, held, load, rng)
            options = [
                (venue, ok) for venue, ok in options if any(venue in c for c in cover.values())
            ]
        if not options:
            continue  # nowhere left: it stays out
        v.add(m, options)
        p, s = v.present[k], v.start[k]
        for venue, here, y in v.venues(m, options):
            xs = []
            for r, free_starts in rooms[venue].items():
                x = model.new_bool_var(f"x{k}_{r}")
                xs.append(x)
                v.room[(k, r)] = x
                room_intervals[r].append(
                    model.new_optional_fixed_size_interval_var(s, m.duration, x, f"r{k}_{r}")
                )
                if len(free_starts) < len(here):
                    model.add_linear_expression_in_domain(
                        s, cp_model.Domain.from_values(free_starts)
                    ).only_enforce_if(x)
            model.add(sum(xs) == y)
        if cover:
            v.days(k)
            zs = []
            for i, allowed in cover.items():
                z = model.new_bool_var(f"z{k}_{i}")
                zs.append(z)
                v.interpreter[(k, i)] = z
                spoken[i].append(k)
                for venue, ok in options:
                    y = v.at_venue[(k, venue)]
                    mine = allowed.get(venue, [])
                    if not mine:
                        model.add_bool_or([z.Not(), y.Not()])
                    elif len(mine) < len(ok):
                        model.add_linear_expression_in_domain(
                            s, cp_model.Domain.from_values(mine)
                        ).only_enforce_if([z, y] if y is not p else [z])
            model.add(sum(zs) == p)
        if m.current is not None:
            stay_terms.append(_stay(model, m, v))
    if not v.meetings:
        return None
    for intervals in room_intervals.values():
        if len(intervals) > 1:
            model.add_no_overlap(intervals)
    add_interpreting(
        model, problem, v.start, v.at_venue, v.interpreter, spoken, v.on_day, v.days_of, load
    )
    v.one_place_at_a_time()
    for person, keys in v.by_person.items():
        taken = sum(e - s for s, e, _ in held.get(person, ()))
        left = free_minutes.get(person, 0) - taken
        if sum(ms[k].duration for k in keys) > left:
            model.add(sum(ms[k].duration * v.present[k] for k in keys) <= left)
    v.travel()
    served = {side for k in state.placed if k not in free for side in ms[k].sides}
    for side in sorted(fair_sides - served):
        mine = [v.present[m.key] for m in v.meetings if side in m.sides]
        if mine:
            model.add(sum(mine) >= 1)
    if humane:
        _humane_objective(model, problem, state, v, held, stay_terms)
    else:
        model.maximize(sum(2 * m.value * v.present[m.key] for m in v.meetings) + sum(stay_terms))
    _hint(model, state, v.meetings, v)
    return model, v


def _humane_objective(
    model: Any,
    problem: Problem,
    state: State,
    v: _Vars,
    held: dict[int, list[Span]],
    stay_terms: list[Any],
) -> None:
    """The same meetings held; fewest moves first, then kinder days."""
    from models.scheduler.humane import humane_terms

    meetings = v.meetings
    for m in meetings:
        model.add(v.present[m.key] == int(m.key in state.placed))
    days = {m.key: v.days(m.key) for m in meetings}
    hint = {m.key: state.placed[m.key] for m in meetings if m.key in state.placed}
    penalty, most = humane_terms(
        model, problem, meetings, v.start, v.at_venue, days, hint, around=held
    )
    model.maximize((most + 1) * sum(stay_terms) - sum(penalty))


def _stay(model: Any, m: Meeting, v: _Vars) -> Any:
    """A literal that is true only when ``m`` is exactly where it was."""
    k, cur = m.key, m.current
    assert cur is not None
    stay = model.new_bool_var(f"stay{k}")
    model.add(v.start[k] == cur.start).only_enforce_if(stay)
    for lit in (
        v.at_venue.get((k, cur.venue)),
        v.room.get((k, cur.room)),
        v.interpreter.get((k, cur.interpreter)) if cur.interpreter is not None else True,
    ):
        if lit is None:
            model.add(stay == 0)
        elif lit is not True:
            model.add_implication(stay, lit)
    return stay


def _hint(model: Any, state: State, meetings: list[Meeting], v: _Vars) -> None:
    for m in meetings:
        k = m.key
        p = state.placed.get(k)
        model.add_hint(v.present[k], 1 if p is not None else 0)
        if p is not None:
            model.add_hint(v.start[k], p.start)
        seen = {id(v.present[k])}
        for table, chosen in (
            (v.at_venue, p.venue if p else None),
            (v.room, p.room if p else None),
            (v.interpreter, p.interpreter if p else None),
        ):
            for (key, x), var in table.items():
                if key == k and id(var) not in seen:
                    seen.add(id(var))
                    model.add_hint(var, 1 if x == chosen else 0)
