"""Every proposal on random small instances keeps every rule the app checks.

Instances are plain data (no database): a few organisations, people,
interpreters, venues across Delhi with a handful of rooms, fixed events,
availability and requests (some vetoed).  Whatever the scheduler proposes
must pass the app's own clash detection and keep working hours, lunch, each
request's window, availability, vetoes and the interpreters' day cap.
"""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scheduling_worlds import (
    EMBASSY,
    HOTEL,
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

from models.clashes import find_clashes
from models.entities import Programme
from models.scheduler.engine import solve
from models.scheduler.problem import Inputs, build_problem
from models.scheduler.requests import Availability, Priority
from models.scheduler.service import proposal_of, with_proposal
from models.timezones import in_zone

CLOCKS = ["09:00", "10:00", "11:30", "14:00", "15:30", "16:30"]


@st.composite
def instances(draw: st.DrawFn) -> tuple[Programme, Inputs]:
    n_orgs = draw(st.integers(2, 5))
    orgs = tuple(org(o, f"Org {o}") for o in range(1, n_orgs + 1))
    people = []
    for o in range(1, n_orgs + 1):
        for k in range(draw(st.integers(1, 2))):
            people.append(person(o * 10 + k, o, f"P{o}{k}", languages=("en",)))
    interpreters = [interpreter(91 + k, f"Int {k}") for k in range(draw(st.integers(0, 2)))]
    ids = [p.id for p in people if p.id is not None]
    events = [anchor(1), anchor(2)]
    for n in range(draw(st.integers(0, 3))):
        day = draw(st.integers(1, 2))
        start = draw(st.sampled_from(CLOCKS))
        who = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=2, unique=True))
        venue = draw(st.sampled_from([EMBASSY, PLANT, HOTEL]))
        begins = at(day, start)
        events.append(
            fixed(
                100 + n, f"Fixed {n}", begins, begins + timedelta(minutes=60), venue.id, tuple(who)
            )
        )
    requests = []
    pairs = [(a, b) for a in range(1, n_orgs + 1) for b in range(1, n_orgs + 1) if a != b]
    for n in range(draw(st.integers(1, 8))):
        a, b = draw(st.sampled_from(pairs))
        kw: dict[str, object] = {
            "duration_minutes": draw(st.sampled_from([30, 60, 90])),
            "venue_rule": draw(st.sampled_from(["host", "any"])),
        }
        if draw(st.booleans()):
            kw["interpreter"] = "ja-en"
        if draw(st.booleans()):
            day = draw(st.integers(1, 2))
            kw["not_before"] = at(day, draw(st.sampled_from(["09:00", "11:00", "14:00"])))
            kw["not_after"] = at(day, draw(st.sampled_from(["12:00", "16:00", "18:00"])))
        priority = draw(st.sampled_from(list(Priority)))
        requests.append(request(n + 1, a, b, priority, **kw))
    availability = []
    if draw(st.booleans()):
        who = draw(st.sampled_from(ids))
        availability.append(
            Availability(
                person_id=who,
                starts_at=at(1, "12:00"),
                ends_at=at(2, "12:00"),
                busy=draw(st.booleans()),
            )
        )
    bases = {
        o: draw(st.sampled_from([1, 2, 3])) for o in range(1, n_orgs + 1) if draw(st.booleans())
    }
    world = programme(orgs=orgs, people=tuple(people + interpreters), events=tuple(events))
    return world, inputs(*requests, bases=bases, availability=tuple(availability))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances(), st.booleans())
def test_every_proposal_keeps_every_rule(instance: tuple[Programme, Inputs], cp: bool) -> None:
    world, given_inputs = instance
    problem = build_problem(world, given_inputs)
    outcome = solve(problem, time_limit=2.0 if cp else 0, seed=1)
    proposal = proposal_of(world, problem, outcome)
    after = with_proposal(world, proposal)
    new_ids = {e.id for e in after.events} - {e.id for e in world.events}
    assert len(new_ids) == len(proposal.new)
    # the app's own clash detection finds nothing involving a proposed meeting
    clashes = [c for c in find_clashes(after) if set(c.event_ids) & new_ids]
    assert clashes == []
    vetoed = {
        frozenset((r.requester_id, r.target_org_id))
        for r in given_inputs.requests
        if r.priority is Priority.NO
    }
    by_id = {r.id: r for r in given_inputs.requests}
    for m in proposal.new:
        local_start = in_zone(m.starts_at, "Asia/Kolkata")
        local_end = in_zone(m.ends_at, "Asia/Kolkata")
        assert f"{local_start:%H:%M}" >= "09:00" and f"{local_end:%H:%M}" <= "18:00"
        assert local_end <= local_start.replace(hour=13, minute=0) or local_start >= (
            local_start.replace(hour=14, minute=0)
        ), "lunch is kept free"
        for rid in m.request_ids:
            r = by_id[rid]
            assert r.priority is not Priority.NO
            assert frozenset((r.requester_id, r.target_org_id)) not in vetoed
            assert r.not_before is None or m.starts_at >= r.not_before
            assert r.not_after is None or m.ends_at <= r.not_after
            if r.interpreter:
                assert m.interpreter_id is not None
        for a in given_inputs.availability:
            if a.person_id in m.person_ids:
                inside = a.starts_at <= m.starts_at and m.ends_at <= a.ends_at
                overlaps = m.starts_at < a.ends_at and m.ends_at > a.starts_at
                assert (not overlaps) if a.busy else inside
    # interpreters work at most six hours a day
    worked: dict[tuple[int, str], float] = {}
    for m in proposal.new:
        if m.interpreter_id is not None:
            day = f"{in_zone(m.starts_at, 'Asia/Kolkata'):%d}"
            key = (m.interpreter_id, day)
            worked[key] = worked.get(key, 0) + (m.ends_at - m.starts_at).total_seconds() / 60
    assert all(minutes <= 360 for minutes in worked.values())
    # every request is either scheduled or explained
    asked = {r.id for r in given_inputs.requests if r.priority is not Priority.NO}
    vetoed_ids = {
        r.id
        for r in given_inputs.requests
        if r.priority is not Priority.NO and frozenset((r.requester_id, r.target_org_id)) in vetoed
    }
    scheduled = {rid for m in proposal.meetings for rid in m.request_ids}
    explained = {u.request_id for u in proposal.unscheduled if u.reason}
    assert asked <= scheduled | explained
    assert not (vetoed_ids & scheduled)
    if outcome.bound is not None:
        assert outcome.greedy_value <= outcome.value <= outcome.bound
