"""The fix-and-optimize search, the companies' caps, and the deterministic budget.

The search never hands back less than it started with, and everything it
hands back passes the exact checks; a company's cap is never below what a
schedule gives that company, and a company that cannot have every meeting it
asked for (the drives between venues) gets a cap below what it asked; the
same budget and seed give the same schedule twice, however busy the machine,
because the clock is only a guard far away.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from scheduling_worlds import EMBASSY, PLANT, anchor, at, inputs, org, person, programme, request

from benchmarks.scheduling import generate
from models.scheduler.engine import solve
from models.scheduler.feasibility import State
from models.scheduler.greedy import greedy
from models.scheduler.problem import Placement, Problem, build_problem
from models.scheduler.requests import Priority

# OR-Tools (with numpy and pandas) is imported by the tests that run a search, not
# when the suite is collected: the window's tests run without it, as the app does.


def search(*args: Any, **kwargs: Any) -> Any:
    from models.scheduler.lns import search as run

    return run(*args, **kwargs)


def company_caps(*args: Any, **kwargs: Any) -> Any:
    from models.scheduler.bounds import company_caps as caps

    return caps(*args, **kwargs)


def _exact(problem: Problem, placed: dict[int, Placement]) -> bool:
    """Every placement passes the exact checks, put in one by one in start order."""
    state = State(problem)
    for k, p in sorted(placed.items(), key=lambda kv: (kv[1].start, kv[0])):
        m = problem.meetings[k]
        if not state.fits(m, p):
            return False
        state.place(m, p)
    return True


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_search_never_returns_less_than_it_started_with(seed: int) -> None:
    world, given = generate(0.2, seed=seed)
    problem = build_problem(world, given)
    start = greedy(problem)
    served = frozenset(side for k in start.placed for side in problem.meetings[k].sides)
    found = search(problem, dict(start.placed), rounds=4, seed=seed, fair_sides=served)
    assert found.rounds == 4 and not found.stopped_by_clock
    assert found.state.value() >= start.value()
    assert _exact(problem, found.state.placed)
    still = {side for k in found.state.placed for side in problem.meetings[k].sides}
    assert served <= still  # every company the start served keeps a meeting


def test_the_search_finds_more_than_the_greedy_on_a_crowded_programme() -> None:
    world, given = generate(0.25, seed=0)
    problem = build_problem(world, given)
    start = greedy(problem)
    found = search(problem, dict(start.placed), rounds=4, seed=0)
    assert found.improved > 0
    assert found.state.value() > start.value()
    assert _exact(problem, found.state.placed)


def test_the_same_rounds_and_seed_give_the_same_schedule() -> None:
    world, given = generate(0.25, seed=5)
    problem = build_problem(world, given)
    start = dict(greedy(problem).placed)
    first = search(problem, start, rounds=4, seed=9)
    second = search(build_problem(world, given), start, rounds=4, seed=9)
    assert first.state.placed == second.state.placed
    assert first.improved == second.improved > 0


def test_a_company_that_cannot_have_every_meeting_gets_a_cap_below_what_it_asked() -> None:
    # Alpha asks Beta (at the Embassy) and Gamma (at the plant, an hour's drive
    # away) for an hour each, both only between 09:00 and 11:30: there is no time
    # for the drive, so Alpha can have one of the two, not both.
    orgs = (org(1, "Alpha"), org(2, "Beta"), org(3, "Gamma"))
    people = (person(11, 1, "Ana"), person(21, 2, "Bo"), person(31, 3, "Chie"))
    world = programme(orgs=orgs, people=people, events=(anchor(),))
    window = {"not_before": at(1, "09:00"), "not_after": at(1, "11:30")}
    given = inputs(
        request(1, 1, 2, Priority.MUST, **window),
        request(2, 1, 3, Priority.SHOULD, **window),
        bases={2: EMBASSY.id, 3: PLANT.id},
    )
    problem = build_problem(world, given)
    assert problem.trip(EMBASSY.id, PLANT.id) > 30
    caps = company_caps(problem, {})
    assert caps.caps == {1: 10}  # the must, not both
    outcome = solve(problem, time_limit=60, work=1, seed=0)
    assert outcome.value == 10 and outcome.bound == 10


@pytest.mark.parametrize("seed", [0, 6])
def test_caps_are_never_below_what_a_schedule_gives_a_company(seed: int) -> None:
    world, given = generate(0.2, seed=seed)
    problem = build_problem(world, given)
    outcome = solve(problem, time_limit=120, work=2, seed=seed)
    caps = company_caps(problem, {})  # every company, not only those left short
    for org_id, cap in caps.caps.items():
        got = sum(
            problem.meetings[k].value
            for k in outcome.placements
            if org_id in problem.meetings[k].sides
        )
        assert got <= cap
    assert outcome.bound is not None and outcome.greedy_value <= outcome.value <= outcome.bound


def test_the_same_seed_gives_the_same_schedule_on_a_busy_machine() -> None:
    # A fixed budget (work) and a clock far away: the clock never decides, so the
    # two runs do the same work, whatever else the machine is doing.
    world, given = generate(0.3, seed=4)
    runs = [solve(build_problem(world, given), time_limit=600, work=2, seed=11) for _ in range(2)]
    first, second = runs
    assert first.note == "" and second.note == ""
    assert first.placements == second.placements
    assert first.value == second.value and first.bound == second.bound
    assert first.value > first.greedy_value  # the search did something to repeat


def test_when_the_clock_stops_the_search_the_run_says_so() -> None:
    # a budget no machine finishes in a second: the clock decides, and says it did
    world, given = generate(0.2, seed=2)
    problem = build_problem(world, given)
    start = greedy(problem)
    cut = search(
        problem, dict(start.placed), rounds=100_000, seed=0, deadline=time.monotonic() + 0.5
    )
    assert cut.stopped_by_clock and cut.rounds < 100_000
    assert cut.state.value() >= start.value() and _exact(problem, cut.state.placed)
    outcome = solve(build_problem(world, given), time_limit=1, work=10_000, seed=0)
    assert "another run with the same seed may differ" in outcome.note
    assert outcome.value >= outcome.greedy_value


def _snapshot(state: State) -> tuple[Any, ...]:
    """Everything a state holds, order aside."""
    return (
        dict(state.placed),
        {p: sorted(b) for p, b in state.person.items() if b},
        {r: sorted(b) for r, b in state.room.items() if b},
        {key: n for key, n in state.load.items() if n},
    )


def test_an_answer_is_swapped_in_exactly_and_put_back_as_the_schedule_was() -> None:
    world, given = generate(0.2, seed=1)
    problem = build_problem(world, given)
    state = greedy(problem)
    before = _snapshot(state)
    ms = problem.meetings
    freed = tuple(sorted(k for k in state.placed if ms[k].languages is not None)[:6])
    freed += tuple(sorted(k for k in state.placed if ms[k].languages is None)[:6])
    # an answer moves each freed meeting to its last start at its venue; some of those
    # are taken, and those stay out
    answer = {
        k: state.placed[k]._replace(start=ms[k].starts_at(state.placed[k].venue)[-1]) for k in freed
    }
    old = state.swap_in(freed, answer)
    assert old == {k: before[0][k] for k in freed}
    assert _exact(problem, state.placed)
    moved = [k for k in freed if k in state.placed]
    assert moved and all(state.placed[k].start == answer[k].start for k in moved)
    assert len(moved) < len(freed)  # some last starts were taken: left out, not forced in
    assert all(state.placed[k] == before[0][k] for k in before[0] if k not in freed)
    state.put_back(freed, old)
    assert _snapshot(state) == before
