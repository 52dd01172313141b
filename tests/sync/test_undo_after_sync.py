"""An undo of a deletion the team has already received puts the record back, once, under
its identity, on every laptop: a transport leg with its passengers and the cars that kept
its place, an event with everything that belongs to it (a real PostgreSQL on 127.0.0.1)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from models.protocol.entities import Vehicle
from models.protocol.service import ProtocolDesk
from models.services import Desk
from models.store import Store
from models.sync import engine
from tests.sync.test_deleted_leg import vehicles
from tests.sync.test_shared_protocol import by_uid, open_desk, sync


def legs_of(path: Path, uid: str) -> list[tuple[str, str, list[str]]]:
    """(global identity, origin, passengers' e-mails) of every leg of the event ``uid``."""
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT l.id, s.gid, l.origin FROM transport_legs l JOIN sync_ids s "
            "ON s.tbl = 'transport_legs' AND s.local_id = l.id AND s.alive = 1 "
            "JOIN events e ON e.id = l.event_id WHERE e.uid = ? ORDER BY s.gid",
            (uid,),
        ).fetchall()
        riders = (
            "SELECT p.email FROM leg_passengers lp JOIN people p ON p.id = lp.person_id "
            "WHERE lp.leg_id = ? ORDER BY p.email"
        )
        return [
            (gid, origin, [e for (e,) in conn.execute(riders, (lid,))])
            for lid, gid, origin in found
        ]
    finally:
        conn.close()


def test_undoing_a_synced_leg_delete_brings_the_leg_back_once_with_its_cars(
    team: tuple[Path, Path, str], tmp_path: Path
) -> None:
    lead, other, team_db = team
    a = open_desk(lead)
    visit = next(e for e in a.events() if len(e.legs) >= 2 and e.legs[0].passenger_ids)
    leg = visit.legs[0]
    ProtocolDesk(a).set_vehicles(visit.id or 0, leg.id or 0, [
        Vehicle(kind="Minivan", plate="HR 26 LG 5555", seats=6,
                passenger_ids=leg.passenger_ids[:1]),
    ])  # fmt: skip
    a.close()
    assert sync(lead).in_step
    assert sync(other).in_step
    before = legs_of(lead, visit.uid)
    assert legs_of(other, visit.uid) == before and len(before) == len(visit.legs)
    car = [("HR 26 LG 5555", 6, 1, sorted(emails_of(lead, leg.passenger_ids[:1])))]
    assert vehicles(other) == car

    # the lead deletes the leg; the team hears of it
    a = open_desk(lead)
    edited = a.save_event(replace(a.store.event(visit.id or 0), legs=visit.legs[1:]))
    a.close()
    assert sync(lead).in_step
    assert sync(other).in_step
    assert len(legs_of(other, visit.uid)) == len(visit.legs) - 1
    assert [v[2] for v in vehicles(other)] == [0]  # kept, without its leg
    # a laptop joining now has never seen the leg
    fresh = tmp_path / "fresh.db"
    desk = Desk(Store.open(fresh))
    engine.join(desk.store.conn, team_db)
    desk.close()
    assert [v[2] for v in vehicles(fresh)] == [0]

    # ... and then undoes the delete, as the window's undo does: the event as it was
    a = open_desk(lead)
    a.save_event(replace(visit, version=edited.version))

    a.close()
    back = sync(lead)
    assert back.in_step and back.new_conflicts == 0
    for path in (lead, other, fresh):
        assert sync(path).in_step
        got = legs_of(path, visit.uid)
        assert [(g, o) for g, o, _ in got] == [(g, o) for g, o, _ in before], path.name
        assert got == before, path.name  # once, as it was
        assert vehicles(path) == car, path.name
        b = open_desk(path)
        try:
            b_visit = by_uid(b, visit.uid)
            assert [g.origin for g in b_visit.legs] == [g.origin for g in visit.legs]
            b_leg = b_visit.legs[0]
            assert [v.plate for v in ProtocolDesk(b).vehicles(b_visit.id or 0, b_leg.id)] == [
                "HR 26 LG 5555"
            ]
        finally:
            b.close()
        assert (sync(path).pulled, sync(path).skipped) == (0, 0)  # settled


def emails_of(path: Path, ids: tuple[int, ...]) -> list[str]:
    desk = open_desk(path)
    try:
        return [desk.person(i).email for i in ids]
    finally:
        desk.close()


def test_undoing_a_synced_event_delete_brings_the_event_back_once(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, _ = team
    a = open_desk(lead)
    event = next(e for e in a.events() if e.legs and e.agenda and e.participations)
    count = len(a.events())
    identity = event_identity(lead, event.uid)
    assert event_identity(other, event.uid) == identity
    removal = a.delete_event(event.id or 0)
    a.close()
    assert sync(lead).in_step
    assert sync(other).in_step
    b = open_desk(other)
    assert b.store.event_by_uid(event.uid) is None
    b.close()

    a = open_desk(lead)
    a.restore(removal)  # the window's undo of the delete
    a.close()
    back = sync(lead)
    assert back.in_step and back.new_conflicts == 0
    assert sync(other).in_step
    b = open_desk(other)
    try:
        assert len(b.events()) == count
        assert event_identity(other, event.uid) == identity  # the same record, not a new one
        again = by_uid(b, event.uid)
        assert again.title == event.title
        assert [i.title for i in again.agenda] == [i.title for i in event.agenda]
        assert [g.origin for g in again.legs] == [g.origin for g in event.legs]
        assert len(again.participations) == len(event.participations)
    finally:
        b.close()


def event_identity(path: Path, uid: str) -> str:
    conn = sqlite3.connect(path)
    try:
        (gid,) = conn.execute(
            "SELECT s.gid FROM events e JOIN sync_ids s ON s.tbl = 'events' "
            "AND s.local_id = e.id AND s.alive = 1 WHERE e.uid = ?",
            (uid,),
        ).fetchone()
        return str(gid)
    finally:
        conn.close()


def test_a_new_leg_never_takes_the_id_of_a_deleted_one(tmp_path: Path) -> None:
    from models.sample import load_sample

    desk = open_desk(tmp_path / "alone.db")
    load_sample(desk)
    visit = next(e for e in desk.events() if len(e.legs) >= 2)
    last = max(visit.legs, key=lambda g: g.id or 0)
    assert last.id == max(g.id or 0 for e in desk.events() for g in e.legs)
    ProtocolDesk(desk).set_vehicles(visit.id or 0, last.id or 0, [
        Vehicle(kind="Coach", plate="HR 26 LG 6666", seats=30),
    ])  # fmt: skip
    kept = tuple(g for g in visit.legs if g.id != last.id)
    visit = desk.save_event(replace(desk.store.event(visit.id or 0), legs=kept))
    added = replace(last, id=None, origin="Hotel Aerocity")
    visit = desk.save_event(replace(visit, legs=(*visit.legs, added)))
    new = visit.legs[-1]
    assert new.id != last.id
    assert ProtocolDesk(desk).vehicles(visit.id or 0, new.id) == []
    desk.close()


def test_new_records_never_take_a_remembered_identity(tmp_path: Path) -> None:
    """In a team's file a deleted record's identity is remembered (for an undo): a person
    or an event made afterwards, one at a time or by an import, is a new record."""
    from models.entities import Person
    from models.sample import load_sample
    from tests.sync.test_capture import in_team

    desk = open_desk(tmp_path / "team.db")
    load_sample(desk)
    in_team(desk)
    conn = desk.store.conn

    def identity(tbl: str, local_id: int) -> str | None:
        row = conn.execute(
            "SELECT gid FROM sync_ids WHERE tbl = ? AND local_id = ?", (tbl, local_id)
        ).fetchone()
        return None if row is None else str(row[0])

    last = max(p.id or 0 for p in desk.people())
    gone = identity("people", last)
    desk.delete_person(last, force=True)
    (made,) = desk.store.insert_people_bulk([Person(family_name="Mori", given_name="Ren")])
    alone = desk.save_person(Person(family_name="Ueda", given_name="Mio"))
    assert made != last and alone.id != last
    assert gone not in (identity("people", made), identity("people", alone.id or 0))
    assert identity("people", last) == gone  # still there for an undo of the delete

    event = max(desk.events(), key=lambda e: e.id or 0)
    event_gid = identity("events", event.id or 0)
    desk.delete_event(event.id or 0)
    again = desk.save_event(replace(event, id=None, uid="", title="A new event"))
    assert again.id != event.id and identity("events", again.id or 0) != event_gid
    desk.close()


def test_the_windows_undo_of_a_synced_leg_delete_brings_it_back_everywhere(
    team: tuple[Path, Path, str], qapp: object
) -> None:
    from ui.session import Session

    lead, other, _ = team
    session = Session(open_desk(lead))
    visit = next(e for e in session.desk.events() if len(e.legs) >= 2)
    before = legs_of(lead, visit.uid)
    session.save_event(replace(visit, legs=visit.legs[1:]))
    assert sync(lead).in_step
    assert sync(other).in_step
    assert len(legs_of(other, visit.uid)) == len(visit.legs) - 1
    session.undo_stack.undo()  # Edit ▸ Undo, after the team has the deletion
    assert len(legs_of(lead, visit.uid)) == len(visit.legs)
    session.desk.close()
    back = sync(lead)
    assert back.in_step and back.new_conflicts == 0
    assert sync(other).in_step
    assert legs_of(lead, visit.uid) == legs_of(other, visit.uid) == before


def test_a_leg_arriving_from_another_laptop_never_takes_a_waiting_cars_place(
    team: tuple[Path, Path, str], tmp_path: Path
) -> None:
    """A car kept without its deleted leg holds the id its leg will have should it come
    back; a new leg that another laptop adds is given another id, so the car does not
    ride on it."""
    lead, other, team_db = team
    a = open_desk(lead)
    visit = next(e for e in a.events() if len(e.legs) >= 2)
    ProtocolDesk(a).set_vehicles(visit.id or 0, visit.legs[0].id or 0, [
        Vehicle(kind="Minivan", plate="HR 26 LG 8888", seats=6),
    ])  # fmt: skip
    sync(lead)
    edited = a.save_event(replace(a.store.event(visit.id or 0), legs=visit.legs[1:]))
    a.close()
    assert sync(lead).in_step
    fresh = tmp_path / "fresh.db"  # joins now: its car waits for a leg it never had
    desk = Desk(Store.open(fresh))
    engine.join(desk.store.conn, team_db)
    desk.close()
    # another laptop adds a leg to the visit
    b = open_desk(other)
    sync(other)
    b_visit = by_uid(b, visit.uid)
    added = replace(b_visit.legs[0], id=None, origin="Hotel Aerocity", passenger_ids=())
    b.save_event(replace(b_visit, legs=(*b_visit.legs, added)))
    b.close()
    assert sync(other).in_step
    for path in (fresh, lead):
        assert sync(path).in_step
        assert [v[2] for v in vehicles(path)] == [0], path.name  # still without a leg
    # the lead's undo brings the car's own leg back, and the car rides on it
    a = open_desk(lead)
    current = a.store.event(visit.id or 0)
    a.save_event(replace(current, legs=(*visit.legs[:1], *current.legs)))
    a.close()
    assert edited.id == visit.id
    assert sync(lead).in_step
    for path in (fresh, other):
        assert sync(path).in_step
        assert [v[2] for v in vehicles(path)] == [1], path.name
        d = open_desk(path)
        try:
            event = by_uid(d, visit.uid)
            first = next(g for g in event.legs if g.origin == visit.legs[0].origin
                         and g.departs_at == visit.legs[0].departs_at)  # fmt: skip
            plates = [v.plate for v in ProtocolDesk(d).vehicles(event.id or 0, first.id)]
            assert plates == ["HR 26 LG 8888"], path.name
        finally:
            d.close()
