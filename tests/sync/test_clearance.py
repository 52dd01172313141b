"""Row-level security: an uncleared laptop never receives anything confidential.

The staff member's file is inspected directly with sqlite3 after join and sync.
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from models.entities import Classification
from models.services import Desk
from models.store import Store
from models.sync import engine
from models.sync.server import TeamError
from tests.pgserver import PgServer


def confidential_traces(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        events = conn.execute(
            "SELECT count(*) FROM events WHERE classification = 'confidential'"
        ).fetchone()[0]
        secret_objectives = conn.execute(
            "SELECT count(*) FROM events WHERE objectives LIKE '%closed-door secret%'"
        ).fetchone()[0]
        orphans = {
            table: conn.execute(
                f"SELECT count(*) FROM {table} WHERE event_id NOT IN (SELECT id FROM events)"
            ).fetchone()[0]
            for table in ("participations", "agenda_items", "event_hosts", "transport_legs")
        }
        return {"events": events, "objectives": secret_objectives, **orphans}
    finally:
        conn.close()


def test_a_staff_laptop_holds_nothing_confidential(staffed_team) -> None:
    lead, staff, staff_path = staffed_team
    traces = confidential_traces(staff_path)
    assert traces == {
        "events": 0,
        "objectives": 0,
        "participations": 0,
        "agenda_items": 0,
        "event_hosts": 0,
        "transport_legs": 0,
    }
    public = {e.uid for e in lead.events() if e.classification is not Classification.CONFIDENTIAL}
    assert {e.uid for e in staff.events()} == public
    # and the attendee lists of what staff may see are complete
    lead_counts = {e.uid: len(e.participations) for e in lead.events() if e.uid in public}
    assert {e.uid: len(e.participations) for e in staff.events()} == lead_counts


def test_events_become_confidential_and_public_again(staffed_team) -> None:
    lead, staff, staff_path = staffed_team
    open_event = next(
        e for e in lead.events() if e.classification is not Classification.CONFIDENTIAL
    )
    attendees = len(open_event.participations)
    assert attendees
    lead.save_event(replace(open_event, classification=Classification.CONFIDENTIAL))
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    assert confidential_traces(staff_path)["participations"] == 0
    assert open_event.uid not in {e.uid for e in staff.events()}
    lead.save_event(replace(lead.store.event(open_event.id or 0),
                            classification=Classification.RESTRICTED))  # fmt: skip
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    back = staff.store.event_by_uid(open_event.uid)
    assert back is not None and len(back.participations) == attendees


def test_the_server_itself_refuses_confidential_rows_to_staff(
    pg: PgServer, staffed_team, team_db: str
) -> None:
    _lead, _, _ = staffed_team
    database = team_db.rsplit("/", 1)[1]
    user = f"staff_{database}"
    with psycopg.connect(pg.url(user, database)) as conn:
        seen = conn.execute(
            "SELECT count(*) FROM dd_state WHERE data ->> 'classification' = 'confidential'"
        ).fetchone()
        logged = conn.execute(
            "SELECT count(*) FROM dd_log WHERE changes ->> 'classification' = 'confidential'"
        ).fetchone()
    assert seen == (0,) and logged == (0,)
    with psycopg.connect(team_db) as conn:
        total = conn.execute(
            "SELECT count(*) FROM dd_state WHERE data ->> 'classification' = 'confidential'"
        ).fetchone()
    assert total is not None and total[0] > 0


def test_only_the_lead_adds_members_and_printers_only_read(
    pg: PgServer, staffed_team, team_db: str, tmp_path: Path
) -> None:
    lead, staff, _ = staffed_team
    with pytest.raises(TeamError, match="Only the team's lead"):
        engine.add_member(staff.store.conn, "someone", "coordinator", None)
    database = team_db.rsplit("/", 1)[1]
    printer = f"printer_{database}"
    pg.add_password(printer, "printing-password")
    engine.add_member(lead.store.conn, printer, "printer", "printing-password")
    printer_desk = Desk(Store.open(tmp_path / "printer.db"))
    engine.join(printer_desk.store.conn, pg.url(printer, database))
    person = printer_desk.people()[0]
    printer_desk.save_person(replace(person, notes="printed"))
    with pytest.raises(TeamError, match="may only read"):
        engine.sync(printer_desk.store.conn)
    assert engine.status(printer_desk.store.conn, ask_server=False).waiting == 1
    printer_desk.close()
