"""Teams made of the sample programme, shared by the team tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from models.entities import Classification
from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import engine
from tests.pgserver import PgServer


@pytest.fixture
def lead_file(tmp_path: Path) -> Path:
    path = tmp_path / "lead.db"
    desk = Desk(Store.open(path))
    load_sample(desk)
    desk.close()
    return path


@pytest.fixture
def team(capsys: pytest.CaptureFixture[str], lead_file: Path, team_db: str, tmp_path: Path):
    """The sample as a team's programme, with a second laptop joined."""
    from tests.sync.test_team_cli import cli

    code, out, err = cli(capsys, "team", "create", "--db", lead_file, "--server", team_db)
    assert code == 0, err
    assert "records sent" in out
    other = tmp_path / "other.db"
    code, out, err = cli(capsys, "team", "join", "--db", other, "--server", team_db)
    assert code == 0, err
    return lead_file, other, team_db


@pytest.fixture
def staffed_team(pg: PgServer, team_db: str, tmp_path: Path):
    lead_path = tmp_path / "lead.db"
    lead = Desk(Store.open(lead_path))
    load_sample(lead)
    secret = next(e for e in lead.events() if e.classification is Classification.CONFIDENTIAL)
    lead.save_event(replace(secret, objectives="A closed-door secret: term sheet for the JV."))
    report = engine.create(lead.store.conn, team_db)
    database = team_db.rsplit("/", 1)[1]
    user = f"staff_{database}"
    password = engine.add_member(lead.store.conn, user, "staff", None)
    assert password  # made up and shown once
    pg.add_password(user, password)
    staff_path = tmp_path / "staff.db"
    staff = Desk(Store.open(staff_path))
    joined = engine.join(staff.store.conn, pg.url(user, database))
    assert joined.role == "staff"
    assert joined.records < report.records
    yield lead, staff, staff_path
    lead.close()
    staff.close()
