"""Fair, stable and humane schedules.

Fair: a company the first (greedy) schedule served keeps a meeting in the final
one, even when the optimiser's answer loses it once interpreters' own travel is
checked.  Stable: a re-run after a meeting is moved by hand moves only what the
move broke.  Humane: among schedules of equal value, the one with fewer idle
gaps and venue changes for the people is chosen.
"""

from __future__ import annotations

import pytest
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


def _dragged(scale: float, seed: int, *, sent: bool, lock: bool):  # type: ignore[no-untyped-def]
    """The generator's instance scheduled and applied, then one meeting dragged by hand
    onto the time of another meeting of one of its people: (world, inputs, event id)."""
    from dataclasses import replace

    from benchmarks.scheduling import generate
    from models.scheduler.service import proposal_of, with_proposal

    programme_, given = generate(scale, seed)
    problem = build_problem(programme_, given)
    proposal = proposal_of(programme_, problem, solve(problem, time_limit=0))  # the greedy
    after = with_proposal(programme_, proposal)
    old = {e.id for e in programme_.events}
    new = sorted((e for e in after.events if e.id not in old), key=lambda e: e.id or 0)
    links = {r: e.id for e, m in zip(new, proposal.new, strict=True) for r in m.request_ids}
    requests = tuple(replace(r, event_id=links.get(r.id or 0)) for r in given.requests)
    target, other = next(
        (a, b) for a in new for b in new
        if a.id != b.id and a.starts_at.date() == b.starts_at.date()
        and a.starts_at != b.starts_at and set(a.attendee_ids) & set(b.attendee_ids)
    )  # fmt: skip
    moved = replace(
        target,
        starts_at=other.starts_at,
        ends_at=other.starts_at + (target.ends_at - target.starts_at),
    )
    world = replace(after, events=tuple(moved if e.id == target.id else e for e in after.events))
    world = replace(world, _index={})
    again = replace(
        given,
        requests=requests,
        sent_event_ids=frozenset(e.id for e in new if e.id is not None) if sent else frozenset(),
        locked_event_ids=frozenset({target.id}) if lock and target.id else frozenset(),
    )
    assert target.id is not None
    return world, again, target.id


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("lock", [False, True])
def test_a_repair_after_a_drag_with_moves_allowed_moves_at_most_three_others(
    seed: int, lock: bool
) -> None:
    from models.clashes import find_clashes
    from models.scheduler.service import proposal_of

    world, given, dragged = _dragged(0.3, seed, sent=True, lock=lock)
    made = {i for c in find_clashes(world) if dragged in c.event_ids for i in c.event_ids}
    assert made - {dragged}  # the drag made a clash
    problem = build_problem(world, given, allow_moves=True)
    outcome = solve(problem, time_limit=2, seed=seed)
    repaired = proposal_of(world, problem, outcome)
    others = [m.event_id for m in repaired.moved if m.event_id != dragged]
    assert len(others) <= 3, others
    if lock:
        assert dragged not in {m.event_id for m in repaired.moved}
    # only meetings the drag touched move: those of its people that day, or in its room
    d = world.event(dragged)
    assert d is not None
    touched = {
        e.id
        for e in world.events
        if e.id != dragged
        and e.starts_at.date() == d.starts_at.date()
        and (set(e.attendee_ids) & set(d.attendee_ids) or e.room_id == d.room_id)
    }
    assert set(others) <= touched
    # nothing earlier is lost that could have been kept
    earlier = [m for m in problem.meetings if m.current is not None]
    assert sum(1 for m in earlier if m.key not in outcome.placements) <= len(touched)


def test_without_moves_allowed_meetings_whose_invites_were_sent_stay_put() -> None:
    from models.scheduler.service import proposal_of

    world, given, _ = _dragged(0.3, 0, sent=True, lock=False)
    problem = build_problem(world, given)
    repaired = proposal_of(world, problem, solve(problem, time_limit=1, seed=0))
    assert repaired.moved == ()
    assert all(m.current is None for m in problem.meetings)  # all kept as they are


def _humane_world():  # type: ignore[no-untyped-def]
    """A morning at the Embassy and the hotel next door.  The greedy takes the earliest
    times: Alpha meets Beta at 09:00 at the Embassy (Beta would meet anywhere) and
    Gamma at 11:00 at the hotel (not before 11:00), so Alpha waits an hour and changes
    venue; Delta meets Echo at 09:00 and Fox at 11:00, an idle hour.  Worth the same:
    Alpha–Beta at 10:00 at the hotel, Delta–Echo at 10:00."""
    from scheduling_worlds import HOTEL, at

    names = ["Alpha", "Beta", "Gamma", "Delta", "Echo", "Fox"]
    orgs = tuple(org(n + 1, name) for n, name in enumerate(names))
    people = tuple(person(10 * (n + 1) + 1, n + 1, name) for n, name in enumerate(names))
    world = programme(orgs=orgs, people=people, events=(anchor(),))
    late = {"not_before": at(1, "11:00")}
    given = Inputs(
        requests=(
            request(1, 1, 2, Priority.MUST, venue_rule="any"),
            request(2, 1, 3, Priority.SHOULD, **late),
            request(3, 4, 5, Priority.MUST),
            request(4, 4, 6, Priority.SHOULD, **late),
        ),
        bases={3: HOTEL.id, 5: EMBASSY.id, 6: EMBASSY.id},
        settings=Settings(day_start="09:00", day_end="13:00"),
    )
    return build_problem(world, given)


def test_of_two_schedules_worth_the_same_the_run_keeps_the_kinder_one() -> None:
    from models.scheduler.humane import humane_cost

    problem = _humane_world()
    first = greedy(problem)
    outcome = solve(problem, time_limit=5, seed=0)
    assert outcome.value == first.value()
    # two idle hours (less the drive to the hotel) and one change of venue
    assert humane_cost(problem, first) == 60 - problem.trip(EMBASSY.id, 3) + 30 + 60
    from models.scheduler.greedy import replay

    assert humane_cost(problem, replay(problem, outcome.placements)) == 0


def test_the_kinder_model_s_objective_shortens_days_and_saves_venue_changes() -> None:
    # the exact small model with the same meetings held: its objective alone (no
    # post-pass, no filter) puts Alpha's two meetings together at the hotel and
    # Delta's back to back
    from models.scheduler import submodel
    from models.scheduler.humane import humane_cost
    from models.scheduler.variables import free_minutes

    problem = _humane_world()
    first = greedy(problem)
    answer = submodel.solve(
        problem,
        first,
        tuple(sorted(first.placed)),
        fair_sides=frozenset(),
        free_minutes={p: free_minutes(problem, p) for m in problem.meetings for p in m.people},
        seed=0,
        deterministic_time=1.0,
        wall=None,
        humane=True,
    )
    assert answer is not None and set(answer.placements) == set(first.placed)
    from models.scheduler.greedy import replay

    kinder = replay(problem, answer.placements)
    assert kinder.value() == first.value()
    assert humane_cost(problem, kinder) == 0 < humane_cost(problem, first)
    venues = {
        problem.meetings[k].request_ids[0]: problem.name("venue", p.venue)
        for k, p in answer.placements.items()
    }
    assert venues[1] == venues[2] == "Hotel"  # Alpha stays at the hotel


def test_the_kinder_search_keeps_the_value_and_what_is_pinned() -> None:
    from benchmarks.scheduling import generate
    from models.scheduler.humane import humane_cost
    from models.scheduler.kinder import kinder

    problem = build_problem(*generate(0.3, seed=0))
    state = greedy(problem)
    value, cost = state.value(), humane_cost(problem, state)
    served = _served(problem, state.placed)
    pinned = {k: p for n, (k, p) in enumerate(sorted(state.placed.items())) if n % 3 == 0}
    kinder(problem, state, rounds=20, seed=0, pinned=frozenset(pinned))
    assert state.value() == value and _served(problem, state.placed) == served
    assert humane_cost(problem, state) < cost
    assert all(state.placed.get(k) == p for k, p in pinned.items())
