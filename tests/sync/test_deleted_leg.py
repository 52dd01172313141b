"""A vehicle whose transport leg was deleted settles on every laptop: kept without its leg,
as the laptop that deleted the leg keeps it, and not fetched again at each sync (a real
PostgreSQL on 127.0.0.1)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from models.entities import Event, TransportLeg
from models.protocol.entities import Vehicle
from models.protocol.service import ProtocolDesk
from models.services import Desk
from models.store import Store
from models.sync import engine
from tests.pgserver import PgServer
from tests.sync.test_shared_protocol import by_uid, open_desk, sync


def vehicles(path: Path) -> list[tuple[str, int, int, list[str]]]:
    """(plate, seats, whether its leg is one of its event's legs here, passengers' e-mails)."""
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT v.id, v.plate, v.seats, EXISTS (SELECT 1 FROM transport_legs l "
            "WHERE l.id = v.leg_id AND l.event_id = v.event_id) FROM vehicles v "
            "WHERE v.plate LIKE 'HR 26 LG %' ORDER BY plate"
        ).fetchall()
        riders = (
            "SELECT p.email FROM vehicle_passengers v JOIN people p ON p.id = v.person_id "
            "WHERE v.vehicle_id = ? ORDER BY p.email"
        )
        return [
            (plate, seats, here, [e for (e,) in conn.execute(riders, (vid,))])
            for vid, plate, seats, here in found
        ]
    finally:
        conn.close()


def refetching(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM sync_refetch").fetchone()[0])
    finally:
        conn.close()


def a_car_whose_leg_the_lead_deletes(
    lead: Path, other: Path, plate: str
) -> tuple[Event, TransportLeg]:
    """A car (``plate``, six seats) on the first leg of a visit with two, known to both
    laptops; then the lead deletes that leg and syncs, the other laptop not yet told.
    Returns the visit as it was and the deleted leg."""
    a = open_desk(lead)
    visit = next(e for e in a.events() if len(e.legs) >= 2)
    gone = visit.legs[0]
    ProtocolDesk(a).set_vehicles(visit.id or 0, gone.id or 0, [
        Vehicle(kind="Minivan", plate=plate, seats=6),
    ])  # fmt: skip
    a.close()
    sync(lead)
    sync(other)
    a = open_desk(lead)
    a.save_event(replace(a.store.event(visit.id or 0), legs=visit.legs[1:]))
    a.close()
    assert sync(lead).in_step
    return visit, gone


def test_a_vehicle_whose_leg_was_deleted_is_kept_leg_less_everywhere_and_settles(
    team: tuple[Path, Path, str], pg: PgServer, tmp_path: Path
) -> None:
    lead, other, team_db = team
    a = open_desk(lead)
    visit = next(e for e in a.events() if len(e.legs) >= 2)
    gone, stays = visit.legs[0], visit.legs[1]
    # a leg added offline, given a car and deleted again: the team never hears of the leg
    added = replace(gone, id=None, origin="Hotel Aerocity", passenger_ids=())
    visit = a.save_event(replace(visit, legs=(*visit.legs, added)))
    added = visit.legs[-1]
    core = ProtocolDesk(a)
    core.set_vehicles(visit.id or 0, gone.id or 0, [
        Vehicle(kind="Minivan", plate="HR 26 LG 1111", seats=6,
                passenger_ids=gone.passenger_ids[:2]),
    ])  # fmt: skip
    core.set_vehicles(visit.id or 0, stays.id or 0, [
        Vehicle(kind="Sedan", plate="HR 26 LG 2222", seats=3),
    ])  # fmt: skip
    core.set_vehicles(visit.id or 0, added.id or 0, [
        Vehicle(kind="Coach", plate="HR 26 LG 3333", seats=30),
    ])  # fmt: skip
    # both legs are deleted before this laptop syncs
    a.save_event(replace(a.store.event(visit.id or 0), legs=(stays,)))
    riders = sorted(a.person(p).email for p in gone.passenger_ids[:2])
    assert [v.plate for v in core.vehicles(visit.id or 0, stays.id)] == ["HR 26 LG 2222"]
    a.close()
    expected = [
        ("HR 26 LG 1111", 6, 0, riders),
        ("HR 26 LG 2222", 3, 1, []),
        ("HR 26 LG 3333", 30, 0, []),
    ]
    assert vehicles(lead) == expected  # the deleting laptop keeps them, leg-less

    assert sync(lead).in_step
    first = sync(other)
    assert first.in_step and first.skipped == 0
    assert vehicles(other) == expected
    assert refetching(other) == 0
    again = sync(other)  # nothing left to fetch again
    assert (again.pulled, again.skipped) == (0, 0)
    b = open_desk(other)
    try:
        b_visit = by_uid(b, visit.uid)
        assert [g.origin for g in b_visit.legs] == [stays.origin]
        assert [v.plate for v in ProtocolDesk(b).vehicles(b_visit.id or 0, b_visit.legs[0].id)] == [
            "HR 26 LG 2222"
        ]
    finally:
        b.close()

    # a laptop joining now holds it the same way
    fresh_path = tmp_path / "fresh.db"
    fresh = Desk(Store.open(fresh_path))
    engine.join(fresh.store.conn, team_db)
    fresh.close()
    assert vehicles(fresh_path) == expected
    assert (sync(fresh_path).pulled, refetching(fresh_path)) == (0, 0)

    # and it goes with its event, on every laptop
    a = open_desk(lead)
    a.delete_event(visit.id or 0)
    a.close()
    sync(lead)
    assert sync(other).in_step
    assert sync(fresh_path).in_step
    for path in (lead, other, fresh_path):
        assert vehicles(path) == []


def test_an_edit_of_a_car_whose_leg_another_laptop_deleted_settles_there(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, _ = team
    visit, gone = a_car_whose_leg_the_lead_deletes(lead, other, "HR 26 LG 4444")
    # the other laptop, not yet told, corrects the car's seats
    b = open_desk(other)
    b_visit = by_uid(b, visit.uid)
    b_leg = next(g for g in b_visit.legs if g.origin == gone.origin)
    core = ProtocolDesk(b)
    (car,) = core.vehicles(b_visit.id or 0, b_leg.id)
    core.set_vehicles(b_visit.id or 0, b_leg.id or 0, [replace(car, seats=7)])
    b.close()
    assert sync(other).in_step
    # the lead, who no longer has the leg, takes the correction onto its leg-less car
    first = sync(lead)
    assert first.in_step and first.skipped == 0
    assert refetching(lead) == 0
    assert (sync(lead).pulled, refetching(lead)) == (0, 0)
    assert vehicles(lead) == vehicles(other) == [("HR 26 LG 4444", 7, 0, [])]
    # and keeps its own leg id there, so that an undo of the delete gives the car its leg back
    conn = sqlite3.connect(lead)
    try:
        (leg_id,) = conn.execute(
            "SELECT leg_id FROM vehicles WHERE plate = 'HR 26 LG 4444'"
        ).fetchone()
    finally:
        conn.close()
    assert leg_id == gone.id
