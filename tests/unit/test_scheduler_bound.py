"""The bound a run reports is an upper bound: never below the best schedule there is.

On random tiny instances (one short day, a few requests, venues, rooms and
interpreters) every schedule is enumerated through the same checks the
replay uses (:class:`~models.scheduler.feasibility.State`), keeping the rule
every run keeps (a company the greedy served keeps at least one meeting), and
the best value found must not exceed the bound the run reports; the run's own
value must not exceed it either, nor the best of all schedules, nor fall below
the greedy's.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scheduling_worlds import (
    EMBASSY,
    HOTEL,
    PLANT,
    at,
    fixed,
    inputs,
    interpreter,
    org,
    person,
    request,
)
from scheduling_worlds import programme as world_of

from models.entities import Programme
from models.scheduler.engine import solve
from models.scheduler.feasibility import State
from models.scheduler.greedy import greedy
from models.scheduler.problem import Inputs, Placement, Problem, build_problem
from models.scheduler.requests import Priority, Settings

SHORT_DAY = Settings(day_start="09:00", day_end="11:30", step_minutes=30)
#: mostly wishes, now and then a veto
WISHES = [Priority.MUST, Priority.SHOULD, Priority.COULD, Priority.COULD, Priority.NO]


@st.composite
def tiny(draw: st.DrawFn) -> tuple[Programme, Inputs]:
    n_orgs = draw(st.integers(2, 4))
    orgs = tuple(org(o, f"Org {o}") for o in range(1, n_orgs + 1))
    people = [person(o * 10, o, f"P{o}", languages=("en",)) for o in range(1, n_orgs + 1)]
    people += [interpreter(91 + k, f"Int {k}") for k in range(draw(st.integers(0, 2)))]
    # the day to fill: a commitment of the first person somewhere, maybe in the morning
    begins = at(1, draw(st.sampled_from(["08:00", "09:30", "10:00"])))
    where = draw(st.sampled_from([EMBASSY, PLANT, HOTEL]))
    events = (fixed(100, "Fixed", begins, begins + timedelta(minutes=30), where.id, (10,)),)
    pairs = [(a, b) for a in range(1, n_orgs + 1) for b in range(1, n_orgs + 1) if a != b]
    requests = []
    for n in range(draw(st.integers(1, 4))):
        a, b = draw(st.sampled_from(pairs))
        kw: dict[str, object] = {
            "duration_minutes": draw(st.sampled_from([30, 60, 90])),
            "venue_rule": draw(st.sampled_from(["host", "any"])),
        }
        if draw(st.booleans()):
            kw["interpreter"] = "ja-en"
        requests.append(request(n + 1, a, b, draw(st.sampled_from(WISHES)), **kw))
    bases = {o: draw(st.sampled_from([1, 1, 3, 3, 2])) for o in range(1, n_orgs + 1)}
    given = inputs(*requests, bases=bases)
    given = Inputs(
        requests=given.requests,
        availability=given.availability,
        bases=given.bases,
        settings=SHORT_DAY,
    )
    return world_of(orgs=orgs, people=tuple(people), events=events), given


def best_value(problem: Problem, served: frozenset[int]) -> int:
    """The most value any schedule that keeps every served company served places."""
    meetings = [m for m in problem.meetings if not m.blocked]
    rest = [sum(m.value for m in meetings[n:]) for n in range(len(meetings) + 1)]
    state = State(problem)
    best = -1

    def options(m):  # type: ignore[no-untyped-def]
        for venue, starts in m.starts:
            for start in starts:
                for room in m.rooms_at(venue):
                    if m.languages is None:
                        yield Placement(start, venue, room, None)
                    else:
                        for i in problem.interpreters:
                            yield Placement(start, venue, room, i.id)

    def walk(n: int) -> None:
        nonlocal best
        if state.value() + rest[n] <= best:
            return  # cannot do better than a schedule already found
        if n == len(meetings):
            sides = {side for k in state.placed for side in problem.meetings[k].sides}
            if served <= sides:
                best = max(best, state.value())
            return
        m = meetings[n]
        for placement in options(m):
            if state.fits(m, placement):
                state.place(m, placement)
                walk(n + 1)
                state.remove(m)
        walk(n + 1)

    walk(0)
    return best


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tiny())
def test_the_bound_is_never_below_the_best_schedule(instance: tuple[Programme, Inputs]) -> None:
    world, given = instance
    problem = build_problem(world, given)
    first = greedy(problem)
    served = frozenset(side for k in first.placed for side in problem.meetings[k].sides)
    optimum = best_value(problem, served)  # what the search's model allows
    anything = best_value(problem, frozenset())  # any schedule at all
    assert anything >= optimum >= first.value()  # the greedy's own schedule is one of them
    outcome = solve(problem, time_limit=5, seed=1)
    assert outcome.greedy_value <= outcome.value <= anything
    if outcome.bound is not None:
        assert outcome.bound >= max(optimum, outcome.value)
