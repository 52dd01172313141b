"""Protocol data in the store: kept across edits, and back after an undone delete."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from models.entities import EventKind
from models.protocol.service import ProtocolDesk
from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.store.migrations import LATEST_VERSION

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def core(desk: Desk) -> ProtocolDesk:
    load_sample(desk)
    return ProtocolDesk(desk)


def _everything(core: ProtocolDesk, event_id: int) -> tuple[object, ...]:
    book = core.programme().protocol
    assert book is not None
    return (
        book.plan(event_id),
        book.vehicles_of(event_id),
        book.gifts_of({event_id}),
        core.checkins(event_id),
        core.desk.store.badge_tokens(event_id=event_id),
    )


def test_deleting_an_event_and_undoing_it_brings_its_protocol_back(core: ProtocolDesk) -> None:
    visit = next(e for e in core.desk.events() if e.kind is EventKind.SITE_VISIT)
    core.ensure_seating(visit.id)
    token = next(iter(core.badge_tokens(event_id=visit.id).values()))
    core.check_in(visit.id, token)
    before = _everything(core, visit.id)
    assert all(before)  # a plan, vehicles, a gift, a check-in, tokens
    removal = core.desk.delete_event(visit.id)
    assert not any(_everything(core, visit.id)[1:])
    core.desk.restore(removal)
    assert _everything(core, visit.id) == before


def test_deleting_a_person_and_undoing_it_gives_back_their_seat_car_and_badge(
    core: ProtocolDesk,
) -> None:
    visit = next(e for e in core.desk.events() if e.kind is EventKind.SITE_VISIT)
    plan = core.ensure_seating(visit.id)
    rider = core.vehicles(visit.id)[0].passenger_ids[0]
    core.set_rank(rider, 2)
    core.badge_tokens(event_id=visit.id)
    before = (_everything(core, visit.id), core.desk.store.explicit_ranks())
    removal = core.desk.delete_person(rider, force=True)
    assert core.seating_plan(visit.id).seat_of(rider) is None
    core.desk.restore(removal)
    assert (_everything(core, visit.id), core.desk.store.explicit_ranks()) == before
    assert core.seating_plan(visit.id).seat_of(rider) == plan.seat_of(rider) is not None


def test_a_version_1_database_gains_the_protocol_tables(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copy(DATA / "programme-v1.db", path)
    store = Store.open(path)
    try:
        book = store.protocol_book()
        assert book.vehicles == () and book.gifts == () and book.seating == ()
    finally:
        store.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"rank_rows", "person_ranks", "seating_plans", "seats", "badge_tokens", "checkins",
            "vehicles", "vehicle_passengers", "gifts"} <= tables  # fmt: skip
