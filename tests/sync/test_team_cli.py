"""Team work through the command line, against a real PostgreSQL server on 127.0.0.1."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest

import main
from models.entities import Organisation
from models.services import Desk
from models.store import Store
from models.sync.tables import LOCAL_ONLY, SYNC_FORMAT, TABLES


def cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main.main([str(a) for a in args])
    out = capsys.readouterr()
    return code, out.out, out.err


def programme_rows(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table, with local ids replaced by what they stand for (comparable
    between laptops whose local ids differ)."""
    conn = sqlite3.connect(path)
    try:
        ids = {(t, i): g for t, i, g in conn.execute("SELECT tbl, local_id, gid FROM sync_ids")}
        found: dict[str, list[tuple[Any, ...]]] = {}
        for t in TABLES:
            cursor = conn.execute(f"SELECT * FROM {t.name}")
            names = [d[0] for d in cursor.description]
            rows = []
            for values in cursor:
                row = dict(zip(names, values, strict=True))
                for own in LOCAL_ONLY - {"id"}:  # each laptop counts its own row versions
                    row.pop(own, None)
                if t.own_id:
                    row["id"] = ids[(t.name, row["id"])]
                for column, target in t.refs.items():
                    if row[column] is not None:
                        row[column] = ids[(target, row[column])]
                rows.append(tuple(sorted((k, repr(v)) for k, v in row.items())))
            found[t.name] = sorted(rows)
        return found
    finally:
        conn.close()


def test_join_copies_every_table(team: tuple[Path, Path, str]) -> None:
    lead, other, _ = team
    mine, theirs = programme_rows(lead), programme_rows(other)
    assert mine == theirs
    assert len(theirs["events"]) == 23
    assert len(theirs["participations"]) > 100


def test_a_reschedule_on_one_laptop_reaches_the_other(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, _ = team
    desk = Desk(Store.open(lead))
    answered = sum(1 for p in desk.event(17).participations if p.reply.answered)
    desk.close()
    code, _, err = cli(capsys, "reschedule", "--db", lead, "--event", "17",
                       "--start", "2026-12-02 12:30", "--end", "2026-12-02 13:30")  # fmt: skip
    assert code == 0, err
    code, out, err = cli(capsys, "team", "status", "--db", lead, "--offline")
    # the event, and each answer given for the old time (now to be confirmed again)
    assert f"Waiting:      {1 + answered} change(s)" in out
    code, out, _ = cli(capsys, "sync", "--db", lead)
    assert code == 0
    assert "In step with the team" in out
    code, out, _ = cli(capsys, "sync", "--db", other, "--json")
    assert code == 0
    report = json.loads(out)
    assert report["in_step"] and report["pulled"] >= 1
    code, out, _ = cli(capsys, "events", "--db", other, "--json")
    moved = [e for e in json.loads(out) if e["id"] == 17 or "12:30" in e["starts_at"]]
    assert any(e["starts_at"].startswith("2026-12-02T12:30") for e in moved)
    assert programme_rows(lead) == programme_rows(other)


def test_same_field_is_a_conflict_decided_by_a_person(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, _ = team
    a, b = Desk(Store.open(lead)), Desk(Store.open(other))
    person = a.store.person(3)
    b_person = next(p for p in b.people() if p.email == person.email)
    a.save_person(replace(person, notes="Vegetarian lunch booked", phone="+81 3 1111 1111"))
    b.save_person(replace(b_person, notes="Arrives late on Tuesday", dietary="No pork"))
    a.close(), b.close()
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    code, out, _ = cli(capsys, "sync", "--db", other)
    assert code == 3
    assert "1 conflict(s)" in out
    assert "notes" in out and "Arrives late on Tuesday" in out and "Vegetarian lunch" in out
    code, out, _ = cli(capsys, "conflicts", "--db", other, "--json")
    (conflict,) = json.loads(out)
    assert conflict["mine"] == "Arrives late on Tuesday"
    assert conflict["theirs"] == "Vegetarian lunch booked"
    assert conflict["their_author"] == "postgres"
    # Different fields merged on their own; the conflicted field holds theirs for now.
    check = Desk(Store.open(other))
    merged = next(p for p in check.people() if p.email == person.email)
    check.close()
    assert merged.phone == "+81 3 1111 1111" and merged.dietary == "No pork"
    assert merged.notes == "Vegetarian lunch booked"
    code, _, err = cli(capsys, "resolve", "--db", other, "--conflict", str(conflict["id"]),
                       "--keep", "mine")  # fmt: skip
    assert code == 0, err
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    final = Desk(Store.open(lead))
    assert final.store.person(3).notes == "Arrives late on Tuesday"
    final.close()
    assert programme_rows(lead) == programme_rows(other)


def test_edit_against_delete_keeps_the_record_and_asks(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, _ = team
    a = Desk(Store.open(lead))
    org = a.save_organisation(Organisation(name="Sample Magnet Works", country="IN"))
    a.close()
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    assert cli(capsys, "sync", "--db", other)[0] == 0
    a, b = Desk(Store.open(lead)), Desk(Store.open(other))
    b_org = b.store.organisation_named(org.name)
    assert b_org is not None and org.id is not None
    a.delete_organisation(org.id, force=True)
    b.save_organisation(replace(b_org, profile="Now also recycles magnets."))
    a.close(), b.close()
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    code, out, _ = cli(capsys, "sync", "--db", other)
    assert code == 3
    assert "you edited it" in out
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    for path in (lead, other):
        check = Store.open(path)
        kept = check.organisation_named(org.name)
        check.close()
        assert kept is not None and kept.profile == "Now also recycles magnets."
    code, out, _ = cli(capsys, "conflicts", "--db", other, "--json")
    (conflict,) = json.loads(out)
    assert conflict["kind"] == "edit-deleted"
    assert cli(capsys, "resolve", "--db", other, "--conflict", str(conflict["id"]),
               "--keep", "theirs")[0] == 0  # fmt: skip
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    for path in (lead, other):
        check = Store.open(path)
        assert check.organisation_named(org.name) is None
        check.close()


def test_an_older_app_is_told_to_upgrade_and_sends_nothing(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, _, url = team
    with psycopg.connect(url, autocommit=True) as pg:
        pg.execute("UPDATE dd_meta SET value = %s WHERE key = 'format'", (str(SYNC_FORMAT + 1),))
        before = pg.execute("SELECT count(*) FROM dd_log").fetchone()
    assert cli(capsys, "cancel", "--db", lead, "--event", "3")[0] == 0
    code, _, err = cli(capsys, "sync", "--db", lead)
    assert code == 2
    assert "Update Delegation Desk" in err and "Traceback" not in err
    with psycopg.connect(url, autocommit=True) as pg:
        assert pg.execute("SELECT count(*) FROM dd_log").fetchone() == before
    code, out, _ = cli(capsys, "team", "status", "--db", lead, "--offline")
    assert "Waiting:      1 change(s)" in out


def test_an_unreachable_server_keeps_the_changes_waiting(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, _, _ = team
    conn = sqlite3.connect(lead)
    with conn:
        conn.execute("UPDATE sync_local SET server = 'postgresql://postgres@127.0.0.1:1/nowhere'")
    conn.close()
    assert cli(capsys, "cancel", "--db", lead, "--event", "3")[0] == 0
    code, _, err = cli(capsys, "sync", "--db", lead)
    assert code == 2
    assert "cannot be reached" in err
    code, out, _ = cli(capsys, "team", "status", "--db", lead, "--json")
    status = json.loads(out)
    assert status["waiting"] == 1 and not status["online"]


def test_bad_urls_and_files_get_a_message(
    capsys: pytest.CaptureFixture[str], lead_file: Path, team_db: str, tmp_path: Path
) -> None:
    code, _, err = cli(capsys, "team", "create", "--db", lead_file, "--server", "http://x/y")
    assert code == 2 and "not a PostgreSQL connection URL" in err
    code, _, err = cli(capsys, "sync", "--db", lead_file)
    assert code == 2 and "does not belong to a team" in err
    code, _, err = cli(capsys, "team", "join", "--db", tmp_path / "new.db", "--server", team_db)
    assert code == 2 and "holds no team programme" in err
    assert cli(capsys, "team", "create", "--db", lead_file, "--server", team_db)[0] == 0
    code, _, err = cli(capsys, "team", "join", "--db", lead_file, "--server", team_db)
    assert code == 2 and "already belongs to a team" in err
    code, _, err = cli(capsys, "resolve", "--db", lead_file, "--conflict", "99", "--keep", "mine")
    assert code == 2 and "no conflict with id 99" in err


def test_the_lead_adds_a_staff_member_who_joins_without_confidential_events(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    pg,
    lead_file: Path,
    team_db: str,
    tmp_path: Path,
) -> None:
    import io

    assert cli(capsys, "team", "create", "--db", lead_file, "--server", team_db)[0] == 0
    database = team_db.rsplit("/", 1)[1]
    user = f"ravi_{database}"
    monkeypatch.setattr("sys.stdin", io.StringIO("a-long-staff-password\n"))
    code, out, err = cli(capsys, "team", "add-member", "--db", lead_file, "--user", user,
                         "--role", "staff", "--password-stdin")  # fmt: skip
    assert code == 0, err
    assert "password" not in out.lower()  # given by the lead, so not printed
    pg.add_password(user, "a-long-staff-password")
    staff = tmp_path / "staff.db"
    code, out, err = cli(capsys, "team", "join", "--db", staff, "--server", pg.url(user, database))
    assert code == 0, err
    assert "(staff)" in out
    code, out, _ = cli(capsys, "team", "status", "--db", lead_file, "--json")
    members = {m["user"]: m["role"] for m in json.loads(out)["members"]}
    assert members[user] == "staff" and members["postgres"] == "lead"
    conn = sqlite3.connect(staff)
    assert conn.execute(
        "SELECT count(*) FROM events WHERE classification = 'confidential'"
    ).fetchone() == (0,)
    conn.close()
    code, _, err = cli(capsys, "team", "add-member", "--db", staff, "--user", "x1",
                       "--role", "lead")  # fmt: skip
    assert code == 2 and "Only the team's lead" in err


def _triggers_and_outbox(path: Path) -> tuple[int, int]:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")
        outbox = conn.execute("SELECT count(*) FROM sync_outbox")
        return int(found.fetchone()[0]), int(outbox.fetchone()[0])
    finally:
        conn.close()


def test_capture_triggers_come_with_the_team_and_go_when_a_file_leaves(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, _server = team
    assert _triggers_and_outbox(lead) == (3 * len(TABLES), 0)
    assert _triggers_and_outbox(other) == (3 * len(TABLES), 0)  # the copy itself is not news

    desk = Desk(Store.open(other))
    try:
        desk.save_person(replace(desk.store.person(1), notes="Captured while in the team"))
    finally:
        desk.close()
    assert _triggers_and_outbox(other) == (3 * len(TABLES), 1)

    code, _out, err = cli(capsys, "team", "leave", "--db", other)
    assert code == 0, err
    desk = Desk(Store.open(other))
    try:
        desk.save_person(replace(desk.store.person(1), notes="Alone again"))
        assert desk.store.person(1).notes == "Alone again"
    finally:
        desk.close()
    assert _triggers_and_outbox(other) == (0, 0)
