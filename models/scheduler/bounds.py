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

from ortools.sat.python import cp_model

from models.scheduler.problem import Meeting, Placement, Problem
from models.scheduler.variables import Variables

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
    meetings = [m for m in problem.meetings if m.placeable]
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
    mv = Variables(model, problem)
    for m in mine:
        options = [(v, starts) for v, starts in m.starts if starts]
        mv.add(m, options)
        for _ in mv.venues(m, options):
            pass  # no rooms, no interpreters: only where each meeting is
    mv.one_place_at_a_time()
    mv.travel()
    model.maximize(sum(m.value * mv.present[m.key] for m in mine))
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
