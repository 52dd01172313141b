"""Hand-built cases with answers known in advance.

A known optimum that the greedy misses; the reasons given for requests left
out (no common time, travel impossible, no interpreter, lost to a
higher-priority request, a veto); the same seed giving the same schedule;
the greedy alone when OR-Tools is missing; and neither the core nor the
window importing OR-Tools before a run starts.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta

import pytest
from scheduling_worlds import (
    EMBASSY,
    PLANT,
    anchor,
    at,
    fixed,
    inputs,
    interpreter,
    org,
    person,
    programme,
    request,
)

from models.scheduler.engine import solve
from models.scheduler.problem import Inputs, build_problem
from models.scheduler.requests import Availability, Priority, Settings

ORGS = (org(1, "Alpha"), org(2, "Beta"), org(3, "Gamma"), org(4, "Delta"))
PEOPLE = (person(11, 1, "Ana"), person(21, 2, "Bo"), person(31, 3, "Chie"), person(41, 4, "Dev"))


def _reasons(world, given: Inputs) -> dict[int, str]:  # type: ignore[no-untyped-def]
    problem = build_problem(world, given)
    outcome = solve(problem, time_limit=2, seed=0)
    return {
        rid: reason
        for key, reason in outcome.reasons.items()
        for rid in problem.meetings[key].request_ids
    }


def test_the_solver_reaches_a_known_optimum_the_greedy_misses() -> None:
    # Two hours, three one-hour meetings: Alpha–Beta (must) fits anywhere; Alpha–Gamma
    # and Beta–Delta only in the first hour.  Greedy puts the must first, at 09:00,
    # and loses both others; the optimum moves it to 10:00 and keeps all three.
    world = programme(orgs=ORGS, people=PEOPLE, events=(anchor(),))
    early = {"not_after": at(1, "10:00")}
    given = Inputs(
        requests=(
            request(1, 1, 2, Priority.MUST),
            request(2, 1, 3, Priority.SHOULD, **early),
            request(3, 2, 4, Priority.SHOULD, **early),
        ),
        bases={2: 1, 3: 1, 4: 1},
        settings=Settings(day_start="09:00", day_end="11:00"),
    )
    problem = build_problem(world, given)
    assert solve(problem, time_limit=0).value == 10  # greedy only
    outcome = solve(problem, time_limit=10, seed=3)
    assert outcome.value == 18
    assert outcome.bound == 18
    assert outcome.reasons == {}
    starts = {
        problem.meetings[k].request_ids[0]: p.start % 1440 for k, p in outcome.placements.items()
    }
    assert starts == {1: 600, 2: 540, 3: 540}


def test_no_common_free_time_is_explained() -> None:
    busy = fixed(50, "Board meeting", at(1, "09:00"), at(1, "18:00"), 1, (21,))
    world = programme(orgs=ORGS, people=PEOPLE, events=(busy,))
    given = inputs(
        request(1, 1, 2),
        availability=(
            Availability(person_id=11, starts_at=at(1, "09:00"), ends_at=at(1, "18:00")),
        ),
        bases={2: 1},
    )
    reason = _reasons(world, given)[1]
    assert reason.startswith("No common free time"), reason
    assert "Bo" in reason


def test_travel_impossible_is_explained_with_the_venues() -> None:
    # Ana is at the plant in Greater Noida until 11:00 and again from 12:00; the only
    # hour both sides are free is 11:00-12:00, and the Embassy is an hour's drive away.
    events = (
        fixed(50, "Plant tour", at(1, "09:00"), at(1, "11:00"), PLANT.id, (11,)),
        fixed(51, "Plant lunch and review", at(1, "12:00"), at(1, "18:00"), PLANT.id, (11,)),
    )
    world = programme(orgs=ORGS, people=PEOPLE, events=events)
    reason = _reasons(world, inputs(request(1, 1, 2), bases={2: EMBASSY.id}))[1]
    assert reason.startswith("Travel impossible"), reason
    assert "Plant" in reason and "Embassy" in reason and "Ana" in reason


def test_no_interpreter_free_is_explained() -> None:
    sato = interpreter(91, "Sato")
    booked = fixed(50, "Conference interpretation", at(1, "09:00"), at(1, "18:00"), 1, (91,))
    world = programme(orgs=ORGS, people=(*PEOPLE, sato), events=(booked,))
    reason = _reasons(world, inputs(request(1, 1, 2, interpreter="ja-en"), bases={2: 1}))[1]
    assert reason.startswith("No interpreter (English–Japanese) is free"), reason


def test_no_interpreter_for_the_languages_is_explained() -> None:
    world = programme(orgs=ORGS, people=(*PEOPLE, interpreter(91, "Sato")), events=(anchor(),))
    reason = _reasons(world, inputs(request(1, 1, 2, interpreter="ja-hi"), bases={2: 1}))[1]
    assert reason == "No interpreter in the programme speaks Hindi–Japanese."


def test_lost_to_a_higher_priority_request_names_it() -> None:
    # Beta has one free hour; Alpha's must wins it over Gamma's could.
    world = programme(orgs=ORGS, people=PEOPLE, events=(anchor(),))
    window = Availability(organisation_id=2, starts_at=at(1, "09:00"), ends_at=at(1, "10:00"))
    given = inputs(
        request(1, 1, 2, Priority.MUST),
        request(2, 3, 2, Priority.COULD),
        availability=(window,),
        bases={2: 1},
    )
    reasons = _reasons(world, given)
    assert list(reasons) == [2]
    assert reasons[2] == (
        "Beta is fully booked whenever both sides are free: lost to higher-priority "
        "requests: “Alpha and Beta” (must)."
    )


def test_a_veto_kills_the_pair_and_says_who() -> None:
    world = programme(orgs=ORGS, people=PEOPLE, events=(anchor(),))
    given = inputs(request(1, 1, 2, Priority.MUST), request(2, 2, 1, Priority.NO), bases={2: 1})
    reasons = _reasons(world, given)
    assert reasons == {1: "Beta said no to this meeting (request 2)."}


def test_mutual_interest_counts_more_than_one_sided() -> None:
    world = programme(orgs=ORGS, people=PEOPLE, events=(anchor(),))
    given = inputs(
        request(1, 1, 2, Priority.SHOULD),
        request(2, 2, 1, Priority.SHOULD),
        request(3, 3, 4, Priority.SHOULD),
        bases={1: 1, 2: 1, 4: 1},
    )
    problem = build_problem(world, given)
    values = {m.request_ids: (m.value, m.mutual) for m in problem.meetings}
    assert values == {(1, 2): (8, True), (3,): (4, False)}


def test_the_same_seed_gives_the_same_schedule() -> None:
    from benchmarks.scheduling import generate

    world, given = generate(0.15, seed=4)
    problem = build_problem(world, given)
    # the budget is fixed work (CP-SAT's deterministic time, rounds of the search);
    # the clock, far away, never decides
    first = solve(problem, time_limit=600, work=3, seed=11)
    second = solve(build_problem(world, given), time_limit=600, work=3, seed=11)
    assert first.note == second.note == ""
    assert first.placements == second.placements
    assert first.value == second.value and first.bound == second.bound


def test_without_ortools_the_greedy_schedule_is_given(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(sys.modules):
        if name == "ortools" or name.startswith("ortools.") or name == "models.scheduler.solver":
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ortools", None)  # import ortools now fails
    world = programme(orgs=ORGS, people=PEOPLE, events=(anchor(),))
    problem = build_problem(world, inputs(request(1, 1, 2), request(2, 3, 4), bases={2: 1, 4: 1}))
    outcome = solve(problem, time_limit=5)
    assert outcome.engine == "greedy" and outcome.bound is None
    assert len(outcome.placements) == 2
    assert "OR-Tools is not installed" in outcome.note


def test_starting_the_core_or_the_window_does_not_import_ortools() -> None:
    code = (
        "import sys, main\n"
        "main.build_parser()\n"
        "import models.services, models.store, models.scheduler.service\n"
        "import models.scheduler.commands\n"
        "import ui.main_window\n"
        "assert 'ortools' not in sys.modules, 'ortools imported'\n"
        "assert 'models.scheduler.solver' not in sys.modules\n"
        "print('clean')\n"
    )
    root = __import__("pathlib").Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=root,
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "clean"


def test_time_windows_are_kept() -> None:
    world = programme(orgs=ORGS, people=PEOPLE, events=(anchor(),))
    given = inputs(
        request(1, 1, 2, not_before=at(1, "15:00"), not_after=at(1, "16:30"), duration_minutes=90),
        bases={2: 1},
    )
    problem = build_problem(world, given)
    placed = solve(problem, time_limit=1).placements[0]
    assert problem.instant(placed.start) == at(1, "15:00")
    assert problem.instant(placed.start) + timedelta(minutes=90) == at(1, "16:30")


def test_a_meeting_goes_next_to_the_day_it_joins_not_hours_before() -> None:
    # Ana's only commitment is 14:00-15:00 at the Embassy; the meeting there with Beta
    # could be at 09:00, but 15:00 leaves her no idle hours and no drive.
    briefing = fixed(50, "Briefing", at(1, "14:00"), at(1, "15:00"), EMBASSY.id, (11,))
    world = programme(orgs=ORGS, people=PEOPLE, events=(briefing,))
    problem = build_problem(world, inputs(request(1, 1, 2), bases={2: EMBASSY.id}))
    for limit in (0, 2):
        placed = solve(problem, time_limit=limit, seed=0).placements[0]
        assert problem.instant(placed.start) == at(1, "15:00")


def test_a_swap_gives_a_cheap_meetings_place_to_a_dearer_one_keeping_everyone_served() -> None:
    # One venue with three rooms, two one-hour slots.  The fair round gives Gamma its
    # could with Alpha at 09:00 (Gamma had nothing yet); Alpha's should with Beta can
    # only be at 09:00 and is left out.  Gamma also meets Golf at 10:00, so the swap
    # may drop the could: the should takes 09:00.
    from scheduling_worlds import venue

    from models.scheduler.greedy import greedy, replay, swap

    hall = venue(1, "Hall", 28.5975, 77.1860, (("A", 10), ("B", 10), ("C", 10)))
    names = ["Alpha", "Beta", "Gamma", "Echo", "Fox", "Golf"]
    orgs = tuple(org(n + 1, name) for n, name in enumerate(names))
    people = tuple(person(10 * (n + 1) + 1, n + 1, name[:3]) for n, name in enumerate(names))
    world = programme(orgs=orgs, people=people, events=(anchor(),), venues=(hall,))
    late = {"not_before": at(1, "10:00")}
    given = Inputs(
        requests=(
            request(1, 1, 4, Priority.MUST, **late),  # Alpha–Echo at 10:00
            request(2, 2, 5, Priority.MUST, **late),  # Beta–Fox at 10:00
            request(3, 1, 2, Priority.SHOULD, not_after=at(1, "10:00")),  # only at 09:00
            request(4, 3, 1, Priority.COULD),  # Gamma–Alpha, anywhere
            request(5, 3, 6, Priority.COULD),  # Gamma–Golf, anywhere
        ),
        bases={n + 1: 1 for n in range(len(names))},
        settings=Settings(day_start="09:00", day_end="11:00"),
    )
    problem = build_problem(world, given)
    first = greedy(problem)
    request_of = {m.key: m.request_ids[0] for m in problem.meetings}
    assert {request_of[k] for k in first.placed} == {1, 2, 4, 5}
    swapped = swap(problem, replay(problem, dict(first.placed)))
    assert {request_of[k] for k in swapped.placed} == {1, 2, 3, 5}
    assert swapped.value() == first.value() + 4 - 1
    assert replay(problem, dict(swapped.placed)).value() == swapped.value()  # passes every check
    served = {side for k in swapped.placed for side in problem.meetings[k].sides}
    assert served == {1, 2, 3, 4, 5, 6}
