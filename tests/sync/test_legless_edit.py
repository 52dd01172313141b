"""A vehicle kept without its deleted leg, edited afterwards (from the command line: a
conflict about it decided with `resolve`, or any other write to the file), settles: the
edit goes out with the leg it still names, the laptop that made it does not fetch it back,
the others take it once, and a second sync fetches nothing (a real PostgreSQL on
127.0.0.1)."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.services import Desk
from models.store import Store
from models.sync import engine
from tests.sync.test_deleted_leg import a_car_whose_leg_the_lead_deletes, refetching, vehicles
from tests.sync.test_shared_protocol import sync
from tests.sync.test_team_cli import cli

PLATE = "HR 26 LG 7777"


def _edit(path: Path, seats: int) -> None:
    """A write to the leg-less car, as any command of the file makes it."""
    store = Store.open(path)
    try:
        with store.atomic():
            store.conn.execute("UPDATE vehicles SET seats = ? WHERE plate = ?", (seats, PLATE))
    finally:
        store.close()


def _settled(path: Path) -> None:
    again = sync(path)
    assert again.in_step and (again.pulled, again.skipped, refetching(path)) == (0, 0, 0)


def test_a_leg_less_car_edited_on_any_laptop_settles_everywhere(
    team: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lead, other, team_db = team
    a_car_whose_leg_the_lead_deletes(lead, other, PLATE)
    assert sync(other).in_step
    fresh = tmp_path / "fresh.db"  # joins after the leg went: it never had it
    desk = Desk(Store.open(fresh))
    engine.join(desk.store.conn, team_db)
    desk.close()
    laptops = (lead, other, fresh)

    for seats, path in enumerate(laptops, start=7):
        _edit(path, seats)
        mine = sync(path)
        assert mine.in_step and mine.pushed == 1
        assert mine.pulled == 0  # taken as sent: nothing to fetch back
        _settled(path)
        for elsewhere in laptops:
            if elsewhere != path:
                assert sync(elsewhere).pulled == 1
                _settled(elsewhere)
        for each in laptops:
            assert vehicles(each) == [(PLATE, seats, 0, [])], each.name

    # a conflict about the car decided from the command line settles too
    _edit(lead, 4)
    _edit(other, 5)
    assert sync(lead).in_step
    report = sync(other)
    (conflict,) = report.conflicts
    assert conflict.conflict.field == "seats"
    code, out, err = cli(capsys, "resolve", "--db", other, "--conflict", str(conflict.id),
                         "--value", "3")  # fmt: skip
    assert code == 0, err
    code, out, err = cli(capsys, "sync", "--db", other)
    assert code == 0, err
    assert "received 0" in out
    for each in laptops:
        sync(each)
        _settled(each)
        assert vehicles(each) == [(PLATE, 3, 0, [])], each.name
