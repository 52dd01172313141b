"""Caps per company: the most value one company's meetings can be worth.

The whole programme's model is a relaxation, and its linear bound knows little
of the drives: a company asked for fifteen meetings across Delhi cannot have
them all when two hours go on the road.  For each company with a meeting left
out, a small model of that company's meetings alone (their people in one place
at a time, the drives between venues, the allowed starts; no rooms, no
interpreters, nobody else) is solved exactly.  Every schedule keeps each
company's value under its cap, so the caps are proven, and added to the
whole model as cuts they tighten its bound: the delegation's falls from 2,225
to under 2,200.

One worker per model, a deterministic time limit each: the same caps every
run.  The best bound found counts when a model is not solved to the end.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from ortools.sat.python import cp_model

from models.scheduler.problem import Meeting, Placement, Problem
from models.scheduler.solver import _travel

#: CP-SAT's deterministic time for one company's model.
CAP_LIMIT = 0.2


@dataclass(frozen=True, slots=True)
class Caps:
    caps: dict[int, int]  # organisation -> the most its meetings can be worth
    clock: bool  # the wall-clock guard cut a model short (the caps may differ)


def company_caps(
    problem: Problem,
    placed: Mapping[int, Placement],
    *,
    seed: int = 0,
    deadline: float | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Caps:
    """Caps for the companies with a meeting left out of ``placed`` (the others
    already have everything they asked for: no cap is tighter than that)."""
    meetings = [m for m in problem.meetings if not m.blocked and any(s for _, s in m.starts)]
    by_org: dict[int, list[Meeting]] = defaultdict(list)
    for m in meetings:
        for side in m.sides:
            by_org[side].append(m)
    short = sorted(o for o, mine in by_org.items() if any(m.key not in placed for m in mine))
    caps: dict[int, int] = {}
    clock = False
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [pool.submit(_cap, problem, by_org[o], seed, deadline, cancelled) for o in short]
        for org, job in zip(short, jobs, strict=True):
            cap, stopped = job.result()
            clock = clock or stopped
            if cap < sum(m.value for m in by_org[org]):
                caps[org] = cap
    return Caps(caps, clock)


def _cap(
    problem: Problem,
    mine: list[Meeting],
    seed: int,
    deadline: float | None,
    cancelled: Callable[[], bool] | None,
) -> tuple[int, bool]:
    total = sum(m.value for m in mine)
    if cancelled is not None and cancelled():
        return total, False  # no cap: the bound stays proven, only looser
    if deadline is not None and time.monotonic() >= deadline:
        return total, True
    model = cp_model.CpModel()
    present: dict[int, Any] = {}
    start: dict[int, Any] = {}
    at_venue: dict[tuple[int, int], Any] = {}
    days_of: dict[int, set[int]] = {}
    by_person: dict[int, list[int]] = defaultdict(list)
    intervals: dict[int, list[Any]] = defaultdict(list)
    for m in mine:
        k = m.key
        values = sorted({s for _, starts in m.starts for s in starts})
        p = model.new_bool_var(f"p{k}")
        s = model.new_int_var_from_domain(cp_model.Domain.from_values(values), f"s{k}")
        present[k], start[k] = p, s
        days_of[k] = {problem.day_of(v) for v in values}
        interval = model.new_optional_fixed_size_interval_var(s, m.duration, p, f"i{k}")
        for person in m.people:
            intervals[person].append(interval)
            by_person[person].append(k)
        venues = [v for v, starts in m.starts if starts]
        for v in venues:
            y = p if len(venues) == 1 else model.new_bool_var(f"y{k}_{v}")
            at_venue[(k, v)] = y
            if len(venues) > 1:
                model.add_linear_expression_in_domain(
                    s, cp_model.Domain.from_values(list(m.starts_at(v)))
                ).only_enforce_if(y)
        if len(venues) > 1:
            model.add(sum(at_venue[(k, v)] for v in venues) == p)
    for held in intervals.values():
        if len(held) > 1:
            model.add_no_overlap(held)
    _travel(model, problem, mine, by_person, days_of, start, present, at_venue)
    model.maximize(sum(m.value * present[m.key] for m in mine))
    solver = cp_model.CpSolver()
    solver.parameters.num_workers = 1
    solver.parameters.random_seed = seed
    solver.parameters.max_deterministic_time = CAP_LIMIT
    if deadline is not None:
        solver.parameters.max_time_in_seconds = max(0.01, deadline - time.monotonic())
    status = solver.solve(model)
    if status == cp_model.INFEASIBLE or status == cp_model.MODEL_INVALID:
        return total, False
    stopped = status != cp_model.OPTIMAL and solver.deterministic_time < CAP_LIMIT
    found = solver.best_objective_bound
    return (min(total, int(found + 1e-6)) if math.isfinite(found) else total), stopped
