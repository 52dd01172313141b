"""Vehicles: passengers by precedence, never beyond a vehicle's seats; vehicle clashes."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.clashes import ClashKind, find_clashes
from models.entities import (
    Event,
    EventKind,
    EventStatus,
    Organisation,
    OrgKind,
    Participation,
    Person,
    Programme,
    TransportLeg,
)
from models.errors import ValidationError
from models.protocol.entities import ProtocolBook, Side, Vehicle
from models.protocol.precedence import Precedence
from models.protocol.service import ProtocolDesk
from models.protocol.vehicles import assign
from models.sample import load_sample
from models.services import Desk

START = datetime(2026, 12, 2, 2, 0, tzinfo=UTC)
END = datetime(2026, 12, 2, 3, 40, tzinfo=UTC)
ORGS = (
    Organisation(id=1, name="METI", country="JP", kind=OrgKind.GOVERNMENT),
    Organisation(id=2, name="Lohum", country="IN"),
)
TITLES = ("Vice-Minister", "Director-General", "Director", "Manager", "Interpreter", "Head")


@st.composite
def legs(draw: st.DrawFn) -> tuple[Programme, Event, list[Vehicle]]:
    count = draw(st.integers(0, 30))
    people = tuple(
        Person(
            id=n,
            family_name=f"P{n:02d}",
            position=draw(st.sampled_from(TITLES)),
            organisation_id=draw(st.sampled_from((1, 2))),
        )
        for n in range(1, count + 1)
    )
    leg = TransportLeg(
        id=7,
        departs_at=START,
        arrives_at=END,
        origin="Hotel",
        destination="Plant",
        passenger_ids=tuple(p.id or 0 for p in people),
    )
    event = Event(
        id=3,
        title="Site visit",
        kind=EventKind.SITE_VISIT,
        starts_at=START,
        ends_at=END,
        timezone="Asia/Kolkata",
        host_organisation_ids=(2,),
        participations=tuple(Participation(person_id=p.id or 0) for p in people),
        legs=(leg,),
    )
    seats = draw(st.lists(st.integers(1, 12), min_size=1, max_size=5))
    vehicles = [
        Vehicle(id=n + 1, event_id=3, leg_id=7, order=n, plate=f"DL {n}", seats=s)
        for n, s in enumerate(seats)
    ]
    return Programme(organisations=ORGS, people=people, events=(event,)), event, vehicles


@settings(max_examples=80, deadline=None)
@given(legs())
def test_assignment_never_exceeds_seats_and_puts_the_senior_pair_in_front(
    case: tuple[Programme, Event, list[Vehicle]],
) -> None:
    programme, event, vehicles = case
    passengers = event.legs[0].passenger_ids
    result = assign(programme, event, vehicles, passengers)
    riders = [p for v in result.vehicles for p in v.passenger_ids]
    assert all(len(v.passenger_ids) <= v.seats for v in result.vehicles)
    assert len(riders) == len(set(riders))  # nobody twice
    assert sorted(riders + list(result.left_over)) == sorted(passengers)
    assert len(result.left_over) == max(0, len(passengers) - sum(v.seats for v in vehicles))
    rules = Precedence(programme)
    guests = [p for p in rules.order(passengers) if rules.side(event, p) is Side.GUEST]
    hosts = [p for p in rules.order(passengers) if rules.side(event, p) is Side.HOST]
    lead = result.vehicles[0].passenger_ids
    if guests and lead:
        assert lead[0] == guests[0]
    if guests and hosts and len(lead) > 1:
        assert lead[1] == hosts[0]
    # Cars fill in motorcade order: nobody rides behind an empty seat in front.
    for front, back in zip(result.vehicles, result.vehicles[1:], strict=False):
        if back.passenger_ids:
            assert len(front.passenger_ids) == front.seats


def test_a_vehicle_over_its_seats_and_a_person_in_two_vehicles_are_clashes() -> None:
    people = tuple(Person(id=n, family_name=f"P{n}", organisation_id=1) for n in (1, 2, 3))
    leg = TransportLeg(
        id=7,
        departs_at=START,
        arrives_at=END,
        origin="Leela",
        destination="Lohum",
        passenger_ids=(1, 2, 3),
    )
    event = Event(
        id=3, title="Site visit", starts_at=START, ends_at=END, timezone="Asia/Kolkata", legs=(leg,)
    )
    book = ProtocolBook(
        vehicles=(
            Vehicle(
                id=1,
                event_id=3,
                leg_id=7,
                kind="Sedan",
                plate="DL 1",
                seats=2,
                passenger_ids=(1, 2, 3),
            ),
            Vehicle(
                id=2, event_id=3, leg_id=7, kind="Coach", plate="DL 2", seats=20, passenger_ids=(3,)
            ),
        )
    )
    programme = Programme(organisations=ORGS, people=people, events=(event,), protocol=book)
    found = {c.kind: c for c in find_clashes(programme)}
    assert "Sedan DL 1" in found[ClashKind.VEHICLE_SEATS].message
    assert "3 passengers for 2 seats" in found[ClashKind.VEHICLE_SEATS].message
    twice = found[ClashKind.VEHICLE_TWICE]
    assert twice.person_ids == (3,) and "Sedan DL 1, Coach DL 2" in twice.message
    assert "“Site visit”" in twice.message
    cancelled = replace(event, status=EventStatus.CANCELLED)
    assert find_clashes(replace(programme, events=(cancelled,), _index={})) == []


def test_the_service_refuses_overfull_vehicles_and_double_riders(desk: Desk) -> None:
    load_sample(desk)
    core = ProtocolDesk(desk)
    visit = next(e for e in desk.events() if e.kind is EventKind.SITE_VISIT)
    leg = visit.legs[0]
    before = core.vehicles(visit.id, leg.id)
    too_many = Vehicle(kind="Sedan", plate="X", seats=1, passenger_ids=leg.passenger_ids[:2])
    with pytest.raises(ValidationError, match="2 passengers for 1 seats"):
        core.set_vehicles(visit.id, leg.id, [too_many])
    twice = [
        Vehicle(plate="A", seats=3, passenger_ids=leg.passenger_ids[:1]),
        Vehicle(plate="B", seats=3, passenger_ids=leg.passenger_ids[:1]),
    ]
    with pytest.raises(ValidationError, match="two vehicles on the same leg"):
        core.set_vehicles(visit.id, leg.id, twice)
    assert core.vehicles(visit.id, leg.id) == before
    # Vehicles survive an ordinary edit of their event (legs are rewritten then).
    desk.save_event(replace(desk.event(visit.id), notes="Bring passports."))
    assert core.vehicles(visit.id, leg.id) == before
    assert desk.clashes() and all(
        c.kind not in (ClashKind.VEHICLE_SEATS, ClashKind.VEHICLE_TWICE) for c in desk.clashes()
    )
