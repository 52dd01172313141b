"""A whole scheduling run: greedy, CP-SAT improvement, exact replay, reasons.

:func:`solve` is a plain function of a :class:`~models.scheduler.problem.Problem`;
it never touches the database.  Where OR-Tools is not installed it returns
the greedy schedule (``engine == "greedy"``) and says so.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models.scheduler.explain import explain
from models.scheduler.feasibility import State
from models.scheduler.greedy import greedy, polish, replay, swap
from models.scheduler.problem import Placement, Problem

Progress = Callable[[int, int | None], None]

#: Seconds the first search gets at least, even when the limit is nearly spent
#: (importing OR-Tools alone takes about 0.4 s): a limit under two seconds may
#: be overrun by up to this much.
MIN_SEARCH = 0.5


@dataclass(frozen=True, slots=True)
class Outcome:
    placements: dict[int, Placement]  # meeting key -> where and when
    reasons: dict[int, str]  # meeting key -> why it was left out
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
) -> Outcome:
    """The whole run within ``time_limit`` seconds on the clock, counted from
    ``started`` (a :func:`time.monotonic` reading; now when ``None``), so the
    caller's own work before the run (building the problem) counts too."""
    began = time.monotonic() if started is None else started
    deadline = began + time_limit

    def left() -> float:
        return deadline - time.monotonic()

    state = greedy(problem)
    greedy_value = state.value()
    if progress is not None:
        progress(greedy_value, None)
    bound: int | None = None
    engine, note = "greedy", ""
    placeable = any(not m.blocked and any(s for _, s in m.starts) for m in problem.meetings)
    if use_solver and time_limit > 0 and placeable and not (cancelled and cancelled()):
        try:
            from models.scheduler.solver import improve
        except ImportError:
            note = "OR-Tools is not installed: the greedy schedule is shown, not improved."
        else:
            served = frozenset(side for k in state.placed for side in problem.meetings[k].sides)
            # earlier meetings that still fit where they are stay there: a repair
            # moves only what the change broke
            pinned = frozenset(
                k for k, p in state.placed.items() if problem.meetings[k].current == p
            )
            first_share = 0.6
            result = improve(
                problem,
                dict(state.placed),
                fair_sides=served,
                time_limit=time_limit * first_share,
                seed=seed,
                progress=progress,
                cancelled=cancelled,
                pinned=pinned,
                wall_limit=max(MIN_SEARCH, left() - 2 * _reserve(time_limit)),
            )
            if result.bound is not None:
                bound = result.bound
            if result.placements or result.status != "no solution":
                engine, bound = "cp-sat", result.bound
                state = _better(
                    problem,
                    state,
                    _realise(
                        problem, result, time_limit, seed, pinned, left() - _reserve(time_limit)
                    ),
                )
                second = left() - _reserve(time_limit)
                if (
                    result.value > state.value()
                    and second > 0.5
                    and not (cancelled and cancelled())
                ):
                    # Interpreters' own travel cost value in the replay: search again
                    # with each interpreter held for a drive after each meeting.
                    again = improve(
                        problem,
                        dict(state.placed),
                        fair_sides=served,
                        time_limit=time_limit * (1 - first_share),
                        seed=seed,
                        progress=None,
                        cancelled=cancelled,
                        pad_interpreters=True,
                        pinned=pinned,
                        wall_limit=second,
                    )
                    if again.placements:
                        state = _better(
                            problem,
                            state,
                            _realise(problem, again, time_limit, seed, pinned, left() - 0.2),
                        )
            if result.status == "cancelled" or (cancelled and cancelled()):
                note = "Stopped before the time limit: the best schedule found so far is shown."
    if time_limit > 0 and not (cancelled and cancelled()):
        swapped = replay(problem, dict(state.placed))  # a copy to work on
        for _ in range(5):  # rounds until a round gains nothing
            before = swapped.value()
            swapped = swap(problem, swapped)
            if swapped.value() == before:
                break
        state = _better(problem, state, swapped)
    state = polish(problem, state)
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
    """Seconds kept back after a search: handing out interpreters, the replay, the polish."""
    return min(3.0, 0.1 * time_limit)


def _realise(
    problem: Problem,
    result: Any,
    time_limit: float,
    seed: int,
    keep: frozenset[int],
    wall_limit: float,
) -> State:
    """The solver's answer made exact: interpreters handed out, then replayed."""
    from models.scheduler.solver import assign_interpreters

    exact = assign_interpreters(
        problem,
        result.placements,
        time_limit=max(1.0, time_limit / 10),
        seed=seed,
        keep=keep,
        wall_limit=max(0.2, wall_limit),
    )
    return replay(problem, exact)


def _better(problem: Problem, kept: State, candidate: State) -> State:
    """The candidate when it is worth more, or as much with fewer moves."""
    if candidate.value() > kept.value() or (
        candidate.value() == kept.value() and _fewer_moves(problem, candidate, kept)
    ):
        return candidate
    return kept


def _fewer_moves(problem: Problem, a: State, b: State) -> bool:
    def moves(s: State) -> int:
        return sum(
            1
            for m in problem.meetings
            if m.current is not None and s.placed.get(m.key) != m.current
        )

    return moves(a) < moves(b)
