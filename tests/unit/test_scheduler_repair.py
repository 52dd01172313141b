"""Fair, stable and humane schedules.

Fair: a company the first (greedy) schedule served keeps a meeting in the final
one, even when the optimiser's answer loses it once interpreters' own travel is
checked.  Stable: a re-run after a meeting is moved by hand moves only what the
move broke.  Humane: among schedules of equal value, the one with fewer idle
gaps and venue changes for the people is chosen.
"""

from __future__ import annotations

from scheduling_worlds import (
    EMBASSY,
    PLANT,
    anchor,
    interpreter,
    org,
    person,
    programme,
    request,
)

from models.scheduler.engine import solve
from models.scheduler.greedy import greedy
from models.scheduler.problem import Inputs, build_problem
from models.scheduler.requests import Priority, Settings


def _served(problem, placements) -> set[int]:  # type: ignore[no-untyped-def]
    return {side for k in placements for side in problem.meetings[k].sides}


def test_a_company_the_first_schedule_served_keeps_a_meeting_in_the_final_one() -> None:
    # One interpreter, a morning of two hours.  The greedy puts both musts at
    # 09:00, so Alpha and Gamma's interpreted should (09:00 only) is left out, and
    # serves Xeno (its only request, an interpreted could at the plant) at 09:00.
    # The optimiser, which counts interpreters as a pool without their own travel,
    # keeps the should at 09:00 at the Embassy and Xeno's could at 10:00 at the
    # plant; its exact replay (interpreters travel too) drops the could (nobody
    # drives from the Embassy to the plant in no time): more value, but Xeno would
    # go home with nothing.
    names = ["Alpha", "Beta", "Gamma", "Delta", "Xeno", "Tau"]
    orgs = tuple(org(n + 1, name) for n, name in enumerate(names))
    people = tuple(person(10 * (n + 1) + 1, n + 1, name) for n, name in enumerate(names))
    world = programme(orgs=orgs, people=(*people, interpreter(91, "Sato")), events=(anchor(),))
    from scheduling_worlds import at

    given = Inputs(
        requests=(
            request(1, 1, 2, Priority.MUST),  # Alpha–Beta at the Embassy
            request(2, 3, 4, Priority.MUST),  # Gamma–Delta at the Embassy
            request(3, 1, 3, Priority.SHOULD, interpreter="ja-en", not_after=at(1, "10:00")),
            request(4, 5, 6, Priority.COULD, interpreter="ja-en"),  # Xeno–Tau at the plant
        ),
        bases={2: EMBASSY.id, 3: EMBASSY.id, 4: EMBASSY.id, 6: PLANT.id},
        settings=Settings(day_start="09:00", day_end="11:00"),
    )
    problem = build_problem(world, given)
    first = greedy(problem)
    assert 5 in _served(problem, first.placed)  # Xeno has a meeting at first
    outcome = solve(problem, time_limit=5, seed=0)
    assert _served(problem, outcome.placements) >= _served(problem, first.placed)
    assert outcome.value >= first.value()
