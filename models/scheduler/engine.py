"""A whole scheduling run: greedy, the proven bound, fix-and-optimize, reasons.

:func:`solve` is a plain function of a :class:`~models.scheduler.problem.Problem`;
it never touches the database.  Where OR-Tools is not installed it returns
the greedy schedule (``engine == "greedy"``) and says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from models.messages import Message
from models.scheduler.explain import explain
from models.scheduler.feasibility import State
from models.scheduler.greedy import greedy, keep_served, polish, replay, swap
from models.scheduler.humane import humane_cost
from models.scheduler.problem import Placement, Problem

Progress = Callable[[int, int | None], None]

#: CP-SAT's deterministic time for the whole programme's model: enough for the
#: root of its linear relaxation (the bound), about a second here.
BOUND_WORK = 0.12
#: The share of the budget spent before the fix-and-optimize search (the caps,
#: the bound): its rounds fill the rest.
SETUP_SHARE = 0.15
#: The share of the budget for kinder days at the end (models.scheduler.kinder):
#: the same value, fewer idle gaps and venue changes per person.
HUMANE_SHARE = 0.1
#: Rounds of that search per second of its share (one small model a round).
KINDER_ROUNDS_PER_SECOND = 6.0

#: Seconds the first search gets at least, even when the limit is nearly spent
#: (importing OR-Tools alone takes about 0.4 s): a limit under two seconds may
#: be overrun by up to this much.
MIN_SEARCH = 0.5


@dataclass(frozen=True, slots=True)
class Outcome:
    placements: dict[int, Placement]  # meeting key -> where and when
    reasons: dict[int, str]  # meeting key -> why it was left out (a Message)
    value: int
    bound: int | None  # CP-SAT's proven upper bound on the value, when it ran
    greedy_value: int
    engine: str  # "cp-sat" or "greedy"
    note: str = ""  # e.g. why the solver did not run

    def moved(self, problem: Problem) -> list[int]:
        """Keys of earlier meetings whose time, room or interpreter changes."""
        return [
            m.key
            for m in problem.meetings
            if m.current is not None and self.placements.get(m.key) != m.current
        ]


def solver_available() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("ortools.sat.python.cp_model") is not None
    except ModuleNotFoundError:
        return False


def solve(
    problem: Problem,
    *,
    time_limit: float = 20.0,
    seed: int = 0,
    use_solver: bool = True,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
    started: float | None = None,
    work: float | None = None,
) -> Outcome:
    """The whole run within ``time_limit`` seconds on the clock, counted from
    ``started`` (a :func:`time.monotonic` reading; now when ``None``), so the
    caller's own work before the run (building the problem) counts too.

    The search itself has a fixed budget, not a time: ``work`` seconds of an
    idle two-core machine (``time_limit`` when ``None``), counted in CP-SAT's
    deterministic time and in rounds of the fix-and-optimize search, so the same
    seed gives the same schedule.  The clock only guards a busy machine: when it
    stops the search before its budget, the outcome's note says so."""
    began = time.monotonic() if started is None else started
    deadline = began + time_limit
    budget = time_limit if work is None else work

    def left() -> float:
        return deadline - time.monotonic()

    state = greedy(problem)
    greedy_value = state.value()
    # fairness first: every company the greedy served keeps a meeting in whatever
    # replaces its schedule (the solver's model promises it; the exact replay may not)
    served = frozenset(side for k in state.placed for side in problem.meetings[k].sides)
    if progress is not None:
        progress(greedy_value, None)
    bound: int | None = None
    engine, note = "greedy", ""
    placeable = any(m.placeable for m in problem.meetings)
    if use_solver and time_limit > 0 and placeable and not (cancelled and cancelled()):
        try:
            from models.scheduler.solver import improve
        except ImportError:
            note = Message("OR-Tools is not installed: the greedy schedule is shown, not improved.")
        else:
            # earlier meetings that still fit where they are stay there: a repair
            # moves only what the change broke
            pinned = frozenset(
                k for k, p in state.placed.items() if problem.meetings[k].current == p
            )
            # 1. each company's most value, alone, then the whole programme's model
            # with those as cuts: its proven bound (the linear relaxation at the root)
            from models.scheduler.bounds import company_caps

            capped = company_caps(
                problem,
                state.placed,
                seed=seed,
                deadline=deadline - 2 * _reserve(time_limit),
                cancelled=cancelled,
            )
            result = improve(
                problem,
                dict(state.placed),
                fair_sides=served,
                seed=seed,
                progress=progress,
                cancelled=cancelled,
                pinned=pinned,
                wall_limit=max(MIN_SEARCH, left() - 2 * _reserve(time_limit)),
                caps=capped.caps,
                workers=1,
                deterministic_time=BOUND_WORK,
            )
            clock = result.clock or capped.clock
            if result.bound is not None:
                bound = result.bound
            if result.placements:
                found_first = keep_served(problem, replay(problem, result.placements), served)
                state = _better(problem, state, found_first, served)
            # 2. fix-and-optimize from the better of the two, a part at a time
            if not (cancelled and cancelled()) and (bound is None or state.value() < bound):
                from models.scheduler.lns import rounds_for, search

                engine = "cp-sat"
                known = bound

                def report(value: int) -> None:
                    if progress is not None:
                        progress(value, known)

                found = search(
                    problem,
                    dict(state.placed),
                    rounds=rounds_for(budget * (1 - SETUP_SHARE - HUMANE_SHARE)),
                    seed=seed,
                    fair_sides=served,
                    pinned=pinned,
                    # the kinder days at the end keep their share of the clock too
                    deadline=deadline - _reserve(time_limit) - HUMANE_SHARE * time_limit,
                    progress=report,
                    cancelled=cancelled,
                )
                clock = clock or found.stopped_by_clock
                state = _better(problem, state, found.state, served)
            if clock and not (cancelled and cancelled()):
                note = Message(
                    "The time limit ran out before the search's fixed budget (a busy "
                    "computer): another run with the same seed may differ."
                )
            if result.status == "cancelled" or (cancelled and cancelled()):
                note = Message(
                    "Stopped before the time limit: the best schedule found so far is shown."
                )
    if time_limit > 0 and not (cancelled and cancelled()):
        swapped = replay(problem, dict(state.placed))  # a copy to work on
        for _ in range(5):  # rounds until a round gains nothing
            before = swapped.value()
            swapped = swap(problem, swapped)
            if swapped.value() == before:
                break
        state = _better(problem, state, swapped, served)
    state = polish(problem, state)
    if engine == "cp-sat" and not (cancelled and cancelled()):
        from models.scheduler.kinder import kinder

        rounds = max(1, round(KINDER_ROUNDS_PER_SECOND * budget * HUMANE_SHARE))
        kept = frozenset(
            m.key
            for m in problem.meetings
            if m.current is not None and m.current == state.placed.get(m.key)
        )
        state = kinder(
            problem,
            state,
            rounds=rounds,
            seed=seed,
            pinned=kept,
            deadline=deadline - _reserve(time_limit) / 2,
            cancelled=cancelled,
        )
    value = state.value()
    if bound is not None:
        bound = max(bound, value)
    return Outcome(
        placements=dict(state.placed),
        reasons=explain(problem, state),
        value=value,
        bound=bound,
        greedy_value=greedy_value,
        engine=engine,
        note=note,
    )


def _reserve(time_limit: float) -> float:
    """Seconds kept back after the search: the swap pass, the polish, the reasons."""
    return min(3.0, 0.1 * time_limit)


def _better(problem: Problem, kept: State, candidate: State, served: frozenset[int]) -> State:
    """The candidate when it serves every company in ``served`` that ``kept`` serves
    (fairness before value) and is worth more, or as much with fewer moves, or as
    much with as many moves and kinder days (fewer idle gaps and venue changes)."""
    if _lost(problem, candidate, served) - _lost(problem, kept, served):
        return kept
    if candidate.value() != kept.value():
        return candidate if candidate.value() > kept.value() else kept
    if candidate.moves() != kept.moves():
        return candidate if candidate.moves() < kept.moves() else kept
    return candidate if humane_cost(problem, candidate) < humane_cost(problem, kept) else kept


def _lost(problem: Problem, state: State, served: frozenset[int]) -> frozenset[int]:
    """Companies in ``served`` without a meeting in ``state``."""
    return served - {side for k in state.placed for side in problem.meetings[k].sides}
