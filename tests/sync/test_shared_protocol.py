"""The protocol's tables travel with the team: seating, check-ins, vehicles, gifts and
badges made on one laptop reach the others, and nothing of a confidential event reaches
a staff laptop (a real PostgreSQL on 127.0.0.1; the staff file inspected with sqlite3)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg

from models.clock import FixedClock
from models.entities import Classification, Event, EventKind, TransportLeg
from models.protocol.checkin import Outcome
from models.protocol.entities import Gift, GiftDirection, Vehicle
from models.protocol.precedence import attending
from models.protocol.service import ProtocolDesk
from models.services import Desk
from models.store import Store
from models.sync import engine
from models.sync.tables import TABLES
from tests.pgserver import PgServer
from tests.sync.test_team_cli import programme_rows

PROTOCOL_TABLES = [t.name for t in TABLES if t.since == 4]
ARRIVAL = datetime(2026, 12, 1, 3, 40, tzinfo=UTC)


def open_desk(path: Path, when: datetime = ARRIVAL) -> Desk:
    return Desk(Store.open(path), FixedClock(when))


def sync(path: Path) -> engine.SyncReport:
    store = Store.open(path)
    try:
        return engine.sync(store.conn)
    finally:
        store.close()


def by_uid(desk: Desk, uid: str) -> Event:
    found = desk.store.event_by_uid(uid)
    assert found is not None
    return found


def emails(desk: Desk, ids: tuple[int, ...] | list[int]) -> list[str]:
    return [desk.person(i).email for i in ids]


def test_the_protocol_tables_are_shared() -> None:
    assert PROTOCOL_TABLES == [
        "rank_rows",
        "person_ranks",
        "seating_plans",
        "seats",
        "badge_tokens",
        "checkins",
        "vehicles",
        "vehicle_passengers",
        "gifts",
    ]


def test_seating_a_check_in_and_vehicles_made_on_one_laptop_arrive_on_the_other(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, _ = team
    a = open_desk(lead)
    core = ProtocolDesk(a)
    reception = next(e for e in a.events() if e.kind is EventKind.RECEPTION)
    visit = next(e for e in a.events() if e.legs)
    _, plan = core.generate_seating(reception.id or 0)
    guest = attending(reception)[0]
    assert core.check_in_person(reception.id or 0, guest).outcome is Outcome.ARRIVED
    leg = visit.legs[0]
    riders = leg.passenger_ids[:3]
    core.set_vehicles(visit.id or 0, leg.id or 0, [
        Vehicle(kind="Minivan", plate="DL 9X 0909", seats=6, driver="Ravi Kumar",
                driver_phone="+91 98100 00909", passenger_ids=riders),
    ])  # fmt: skip
    a.store.set_explicit_rank(guest, 2)
    rider_emails = sorted(emails(a, list(riders)))
    a.close()
    sync(lead)
    report = sync(other)
    assert report.in_step
    b = open_desk(other)
    try:
        b_reception = by_uid(b, reception.uid)
        b_plan = b.store.seating_plan(b_reception.id or 0)
        assert b_plan is not None
        assert [(s.key, s.label, s.x, s.y) for s in b_plan.seats] == [
            (s.key, s.label, s.x, s.y) for s in plan.seats
        ]
        a_people = open_desk(lead)
        seated = {s.key: a_people.person(s.person_id).email for s in plan.seats if s.person_id}
        guest_email = a_people.person(guest).email
        a_people.close()
        assert {s.key: b.person(s.person_id).email for s in b_plan.seats if s.person_id} == seated
        (checked,) = b.store.checkins(b_reception.id or 0)
        assert checked.arrived_at == ARRIVAL and b.person(checked.person_id).email == guest_email
        b_visit = by_uid(b, visit.uid)
        b_leg = next(g for g in b_visit.legs if g.origin == leg.origin)
        (van,) = ProtocolDesk(b).vehicles(b_visit.id or 0, b_leg.id)
        assert (van.plate, van.kind, van.seats, van.driver) == (
            "DL 9X 0909", "Minivan", 6, "Ravi Kumar"
        )  # fmt: skip
        assert sorted(emails(b, van.passenger_ids)) == rider_emails
        ranked = next(p for p in b.people() if p.email == guest_email)
        assert b.store.explicit_ranks()[ranked.id or 0] == 2
    finally:
        b.close()
    assert programme_rows(lead) == programme_rows(other)


def test_a_badge_printed_on_one_laptop_is_accepted_at_a_desk_on_another(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, _ = team
    a = open_desk(lead)
    event = next(e for e in a.events() if e.kind is EventKind.RECEPTION)
    tokens = ProtocolDesk(a).badge_tokens(event_id=event.id)
    person, token = next(iter(tokens.items()))
    email = a.person(person).email
    a.close()
    sync(lead)
    sync(other)
    b = open_desk(other, ARRIVAL + timedelta(minutes=3))
    try:
        result = ProtocolDesk(b).check_in(by_uid(b, event.uid).id or 0, token)
        assert result.outcome is Outcome.ARRIVED
        assert b.person(result.person_id or 0).email == email
    finally:
        b.close()
    sync(other)
    sync(lead)
    a = open_desk(lead, ARRIVAL + timedelta(minutes=9))
    try:
        again = ProtocolDesk(a).check_in(event.id or 0, token)
        assert again.outcome is Outcome.ALREADY
        assert again.arrived_at == ARRIVAL + timedelta(minutes=3)
    finally:
        a.close()


def test_one_person_checked_in_at_two_desks_arrived_at_the_first(
    team: tuple[Path, Path, str],
) -> None:
    lead, other, _ = team
    a = open_desk(lead, ARRIVAL + timedelta(minutes=5))
    event = next(e for e in a.events() if e.kind is EventKind.RECEPTION)
    guest = attending(event)[0]
    email = a.person(guest).email
    assert ProtocolDesk(a).check_in_person(event.id or 0, guest).outcome is Outcome.ARRIVED
    a.close()
    b = open_desk(other, ARRIVAL)
    b_event = by_uid(b, event.uid)
    b_guest = next(p for p in b.people() if p.email == email)
    ProtocolDesk(b).check_in_person(b_event.id or 0, b_guest.id or 0)
    b.close()
    assert sync(lead).in_step
    assert sync(other).in_step  # not a conflict: the earlier arrival stands
    assert sync(lead).in_step
    for path in (lead, other):
        desk = open_desk(path)
        (checked,) = desk.store.checkins(by_uid(desk, event.uid).id or 0)
        assert checked.arrived_at == ARRIVAL
        desk.close()


def _secret_protocol(lead: Desk) -> tuple[Event, set[str]]:
    """Seating, a check-in, a vehicle with passengers, a gift and badges for the
    confidential event; returns it and the badges' tokens."""
    secret = next(e for e in lead.events() if e.classification is Classification.CONFIDENTIAL)
    people = attending(secret)
    lead.save_event(
        replace(
            secret,
            legs=(
                TransportLeg(
                    departs_at=secret.starts_at - timedelta(hours=1),
                    arrives_at=secret.starts_at - timedelta(minutes=15),
                    origin="Hotel",
                    destination="Venue",
                    passenger_ids=tuple(people[:2]),
                ),
            ),
        )
    )
    secret = lead.store.event(secret.id or 0)
    core = ProtocolDesk(lead)
    core.generate_seating(secret.id or 0)
    core.check_in_person(secret.id or 0, people[0])
    core.set_vehicles(secret.id or 0, secret.legs[0].id or 0, [
        Vehicle(kind="Sedan", plate="SECRET 77", seats=3, passenger_ids=tuple(people[:2]))
    ])  # fmt: skip
    core.save_gift(
        Gift(event_id=secret.id or 0, direction=GiftDirection.GIVEN, giver="The embassy",
             recipient="The joint venture", description="Secret gift: a lacquer box",
             value=Decimal("1000"), currency="JPY")
    )  # fmt: skip
    tokens = set(core.badge_tokens(event_id=secret.id).values())
    return secret, tokens


def protocol_traces(path: Path, tokens: set[str]) -> dict[str, int]:
    """What a file holds of the confidential event's protocol records."""
    conn = sqlite3.connect(path)
    try:
        return {
            "secret_vehicle": conn.execute(
                "SELECT count(*) FROM vehicles WHERE plate = 'SECRET 77'"
            ).fetchone()[0],
            "secret_gift": conn.execute(
                "SELECT count(*) FROM gifts WHERE description LIKE 'Secret gift%'"
            ).fetchone()[0],
            "badges": sum(
                conn.execute("SELECT count(*) FROM badge_tokens WHERE token = ?", (t,)).fetchone()[
                    0
                ]
                for t in tokens
            ),
            # every remaining record of an event-bound table belongs to an event held here
            **{
                table: conn.execute(
                    f"SELECT count(*) FROM {table} WHERE event_id NOT IN (SELECT id FROM events)"
                ).fetchone()[0]
                for table in ("seating_plans", "seats", "checkins", "vehicles", "gifts")
            },
            "passengers": conn.execute(
                "SELECT count(*) FROM vehicle_passengers WHERE vehicle_id NOT IN "
                "(SELECT id FROM vehicles)"
            ).fetchone()[0],
            "seating_plans_total": conn.execute("SELECT count(*) FROM seating_plans").fetchone()[0],
            "checkins_total": conn.execute("SELECT count(*) FROM checkins").fetchone()[0],
        }
    finally:
        conn.close()


def test_a_staff_laptop_holds_nothing_of_a_confidential_events_protocol(
    staffed_team: tuple[Desk, Desk, Path], pg: PgServer, team_db: str, tmp_path: Path
) -> None:
    lead, staff, staff_path = staffed_team
    secret, tokens = _secret_protocol(lead)
    public = next(e for e in lead.events() if e.kind is EventKind.RECEPTION)
    delegation = lead.delegations()[0]
    delegation_badges = ProtocolDesk(lead).badge_tokens(delegation_id=delegation.id)
    ProtocolDesk(lead).generate_seating(public.id or 0)
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    lead_file = tmp_path / "lead.db"
    assert protocol_traces(lead_file, tokens)["secret_vehicle"] == 1  # the lead holds it all
    nothing = {
        "secret_vehicle": 0, "secret_gift": 0, "badges": 0, "seating_plans": 0, "seats": 0,
        "checkins": 0, "vehicles": 0, "gifts": 0, "passengers": 0, "seating_plans_total": 1,
        "checkins_total": 0,
    }  # fmt: skip
    assert protocol_traces(staff_path, tokens) == nothing
    # a delegation's badges are no secret: the desk on the staff laptop accepts them
    assert delegation_badges
    assert all(staff.store.find_badge_token(t) is not None for t in delegation_badges.values())
    # a new staff laptop joining now receives nothing of it either
    database = team_db.rsplit("/", 1)[1]
    fresh = Desk(Store.open(tmp_path / "fresh-staff.db"))
    engine.join(fresh.store.conn, pg.url(f"staff_{database}", database))
    fresh.close()
    assert protocol_traces(tmp_path / "fresh-staff.db", tokens) == nothing
    # nor does the server show it to the staff role
    with psycopg.connect(pg.url(f"staff_{database}", database)) as conn:
        rows = conn.execute(
            "SELECT count(*) FROM dd_state WHERE tbl = ANY(%s) AND data ->> 'plate' = 'SECRET 77' "
            "OR key = ANY(%s)",
            (PROTOCOL_TABLES, list(tokens)),
        ).fetchone()
    assert rows == (0,)
    # made public, it arrives whole; confidential again, it leaves again
    lead.save_event(replace(lead.store.event(secret.id or 0),
                            classification=Classification.RESTRICTED))  # fmt: skip
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    shown = protocol_traces(staff_path, tokens)
    assert (shown["secret_vehicle"], shown["secret_gift"], shown["badges"]) == (1, 1, len(tokens))
    assert shown["seating_plans_total"] == 2 and shown["checkins_total"] == 1
    staff_secret = by_uid(staff, secret.uid)
    (car,) = staff.store.vehicles(staff_secret.id)
    assert len(car.passenger_ids) == 2
    lead.save_event(replace(lead.store.event(secret.id or 0),
                            classification=Classification.CONFIDENTIAL))  # fmt: skip
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    assert protocol_traces(staff_path, tokens) == nothing
