"""The scheduler's tables travel with the team: requests imported, a schedule applied
and events locked on one laptop reach the others (a real PostgreSQL on 127.0.0.1)."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest

from models.entities import Classification
from models.sample.people import people_specs
from models.scheduler.requests import MeetingRequest
from models.scheduler.service import Scheduler
from models.services import Desk
from models.store import Store
from models.store.backups import snapshots
from models.sync import engine, local
from models.sync.server import ServerOutdated
from models.sync.tables import SYNC_FORMAT, TABLES
from tests.pgserver import PgServer
from tests.sync.test_team_cli import cli, programme_rows

SCHEDULER_TABLES = [t.name for t in TABLES if t.since == 3]
#: The tables a team made by the version of format 2 did not share.
SINCE_2 = [t.name for t in TABLES if t.since > 2]


def requests_json(capsys: pytest.CaptureFixture[str], db: Path) -> list[dict[str, object]]:
    """The requests as the command line lists them, without local ids, in a fixed order."""
    code, out, err = cli(capsys, "requests", "--db", db, "--json")
    assert code == 0, err
    listed = [{k: v for k, v in r.items() if k not in ("id", "event")} for r in json.loads(out)]
    return sorted(listed, key=repr)


def request_notes(path: Path) -> set[str]:
    store = Store.open(path)
    try:
        return {r.notes for r in store.meeting_requests()}
    finally:
        store.close()


def test_the_scheduler_tables_are_shared() -> None:
    assert SCHEDULER_TABLES == [
        "meeting_requests",
        "meeting_request_attendees",
        "availability",
        "organisation_bases",
        "event_locks",
    ]


def test_join_copies_the_requests(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, _ = team
    assert requests_json(capsys, other) == requests_json(capsys, lead)
    assert len(requests_json(capsys, other)) == 82
    rows = programme_rows(other)
    assert len(rows["meeting_request_attendees"]) > 0
    assert rows["meeting_requests"] == programme_rows(lead)["meeting_requests"]


def test_imported_requests_reach_the_other_laptop(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str], tmp_path: Path
) -> None:
    lead, other, _ = team
    emails = {p.key: p.email for p in people_specs()}
    csv = tmp_path / "requests.csv"
    csv.write_text(
        "Requester;Target;Priority;Duration;Interpreter;Venue;Not before;Not after;"
        "Attendees;Notes\n"
        "Toyota Motor Corporation;Tata Motors Ltd;should;45;Japanese–English;"
        "Taj Palace, New Delhi;2026-12-02 15:00;2026-12-02 18:00;"
        f"{emails['toyota.2']};Hydrogen buses\n",
        encoding="utf-8",
    )
    code, _, err = cli(capsys, "import-requests", "--db", lead, csv)
    assert code == 0, err
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    code, _, err = cli(capsys, "sync", "--db", other)
    assert code == 0, err
    assert len(requests_json(capsys, other)) == 83
    b = Desk(Store.open(other))
    try:
        (new,) = [r for r in b.store.meeting_requests() if r.notes == "Hydrogen buses"]
        assert (new.duration_minutes, new.interpreter) == (45, "en-ja")
        assert b.store.organisation(new.requester_id).name == "Toyota Motor Corporation"
        assert b.store.organisation(new.target_org_id or 0).name == "Tata Motors Ltd"
        assert b.store.venue(new.venue_id or 0).name == "Taj Palace, New Delhi"
        assert [b.store.person(p).email for p in new.attendee_ids] == [emails["toyota.2"]]
    finally:
        b.close()
    assert programme_rows(lead) == programme_rows(other)


def test_an_applied_schedule_arrives_whole(team: tuple[Path, Path, str]) -> None:
    lead, other, _ = team
    a = Desk(Store.open(lead))
    scheduler = Scheduler(a)
    applied, written = scheduler.apply(scheduler.propose(time_limit=0))
    assert applied.created and written
    locked = applied.created[0]
    scheduler.set_locked(locked, True)
    placed = {r.id: r.event_id for r in a.store.meeting_requests() if r.event_id}
    uids = {e.id: e.uid for e in a.events()}
    locked_uid = uids[locked]
    org, venue = a.organisations()[0], a.venues()[1]
    a.store.set_organisation_base(org.id or 0, venue.id)
    a.close()
    engine_sync(lead)
    engine_sync(other)
    b = Desk(Store.open(other))
    try:
        b_uids = {e.id: e.uid for e in b.events()}
        assert len(b_uids) == len(uids)
        linked = [r for r in b.store.meeting_requests() if r.event_id]
        assert len(linked) == len(placed)
        assert sorted(b_uids[r.event_id or 0] for r in linked) == sorted(
            uids[e] for e in placed.values()
        )
        assert {b_uids[e] for e in b.store.locked_event_ids()} == {locked_uid}
        b_org = next(o for o in b.organisations() if o.name == org.name)
        based = b.store.organisation_bases()[b_org.id or 0]
        assert b.store.venue(based).name == venue.name
    finally:
        b.close()
    assert programme_rows(lead) == programme_rows(other)


def engine_sync(path: Path) -> engine.SyncReport:
    store = Store.open(path)
    try:
        return engine.sync(store.conn)
    finally:
        store.close()


def test_the_same_request_field_changed_on_both_laptops_is_a_conflict(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, _ = team
    a, b = Store.open(lead), Store.open(other)
    first = a.meeting_requests()[0]
    requester = a.organisation(first.requester_id).name
    theirs = next(r for r in b.meeting_requests() if r.notes == first.notes)
    a.update_meeting_request(replace(first, notes="Battery passports first", duration_minutes=90))
    b.update_meeting_request(replace(theirs, notes="Recycling targets first"))
    a.close(), b.close()
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    code, out, _ = cli(capsys, "sync", "--db", other)
    assert code == 3
    assert "notes" in out and "Recycling targets first" in out and "Battery passports first" in out
    # the request is named by who asks whom, as a person knows it, not by its key
    code, out, _ = cli(capsys, "conflicts", "--db", other)
    assert f"Meeting request {requester} · " in out, out
    code, out, _ = cli(capsys, "conflicts", "--db", other, "--json")
    (conflict,) = json.loads(out)
    assert conflict["tbl"] == "meeting_requests" and conflict["field"] == "notes"
    # the other field merged on its own; the server kept its value of the disputed one
    b = Store.open(other)
    merged = next(r for r in b.meeting_requests() if r.id == theirs.id)
    assert merged.duration_minutes == 90 and merged.notes == "Battery passports first"
    b.close()
    assert cli(capsys, "resolve", "--db", other, "--conflict", str(conflict["id"]),
               "--keep", "mine")[0] == 0  # fmt: skip
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    a = Store.open(lead)
    assert a.meeting_request(first.id or 0).notes == "Recycling targets first"
    a.close()


def _as_format_2(server_url: str, *files: Path) -> None:
    """What a team made by the previous version holds: no scheduler or protocol
    records on the server, the files' records of those tables their own, format 2 everywhere."""
    with psycopg.connect(server_url) as pg:
        pg.execute("DELETE FROM dd_state WHERE tbl = ANY(%s)", (SINCE_2,))
        pg.execute("DELETE FROM dd_log WHERE tbl = ANY(%s)", (SINCE_2,))
        pg.execute("UPDATE dd_meta SET value = '2' WHERE key = 'format'")
    for path in files:
        conn = sqlite3.connect(path)
        with conn:
            marks = ", ".join("?" for _ in SINCE_2)
            for name in ("sync_ids", "sync_records", "sync_outbox"):
                conn.execute(f"DELETE FROM {name} WHERE tbl IN ({marks})", SINCE_2)
            conn.execute("UPDATE sync_local SET format = 2")
            local.assign_identities(conn)  # as the migration to this version does
        conn.close()


def said(store: Store, request: MeetingRequest) -> tuple[object, ...]:
    """What a request says, the same in every file of the team (names, not local ids)."""
    return (
        store.organisation(request.requester_id).name,
        store.organisation(request.target_org_id).name,
        request.priority,
        request.duration_minutes,
        tuple(sorted(store.person(p).full_name for p in request.attendee_ids)),
        request.notes,
    )


def test_a_team_of_the_previous_format_is_upgraded_by_its_lead(
    capsys: pytest.CaptureFixture[str],
    team: tuple[Path, Path, str],
    pg: PgServer,
    tmp_path: Path,
) -> None:
    lead, _, url = team
    database = url.rsplit("/", 1)[1]
    user = f"anika_{database}"
    store = Store.open(lead)
    pg.add_password(user, engine.add_member(store.conn, user, "coordinator", None))
    store.close()
    other = tmp_path / "anika.db"
    assert cli(capsys, "team", "join", "--db", other, "--server", pg.url(user, database))[0] == 0
    _as_format_2(url, lead, other)
    # the other laptop kept requests of its own meanwhile: one deleted, one edited
    b = Store.open(other)
    # a request with two people, told apart from every other by what it says: the file's
    # ids follow the team's random identities, so its first request differs from run to run
    told = Counter(said(b, r) for r in b.meeting_requests())
    deleted = next(
        r for r in b.meeting_requests() if told[said(b, r)] == 1 and len(r.attendee_ids) == 2
    )
    said_deleted = said(b, deleted)
    b.delete_meeting_request(deleted.id or 0)
    b.update_meeting_request(replace(b.meeting_requests()[0], notes="only on this laptop"))
    conn = b.conn
    with pytest.raises(ServerOutdated, match="team upgrade"):
        engine.sync(conn)
    b.close()
    code, _, err = cli(capsys, "sync", "--db", other)
    assert code == 2 and "older format (2)" in err and "'team upgrade'" in err
    # a member cannot upgrade the team
    code, _, err = cli(capsys, "team", "upgrade", "--db", other)
    assert code == 2 and "Only the team's lead" in err
    code, out, err = cli(capsys, "team", "upgrade", "--db", lead)
    assert code == 0, err
    assert f"now in format {SYNC_FORMAT} (was 2)" in out
    with psycopg.connect(url) as pg:
        shared = pg.execute(
            "SELECT count(*) FROM dd_state WHERE tbl = 'meeting_requests'"
        ).fetchone()
    assert shared == (82,)
    # the other file's own copies are merged with the team's: the edited request is the
    # same request with notes of its own (a conflict), the deleted one is deleted from the
    # team too (the lead's copy was as the other laptop had it)
    code, out, err = cli(capsys, "sync", "--db", other)
    assert code == 3, err
    assert "merged with the team's" in out and "1 with values of their own" in out
    assert "3 deleted here, deleted from the team too" in out  # the request, its 2 attendees
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    for path in (lead, other):
        store = Store.open(path)
        requests = store.meeting_requests()
        gone = [r for r in requests if said(store, r) == said_deleted]
        store.close()
        assert len(requests) == 81
        assert not gone
    assert snapshots(other) and "merging" in snapshots(other)[0].reason
    code, out, _ = cli(capsys, "conflicts", "--db", other, "--json")
    (conflict,) = json.loads(out)
    assert (conflict["tbl"], conflict["field"], conflict["mine"]) == (
        "meeting_requests", "notes", "only on this laptop"
    )  # fmt: skip
    assert programme_rows(lead) == programme_rows(other)  # the team's value until decided
    assert "only on this laptop" not in request_notes(other)
    assert cli(capsys, "resolve", "--db", other, "--conflict", str(conflict["id"]),
               "--keep", "mine")[0] == 0  # fmt: skip
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    assert "only on this laptop" in request_notes(lead)
    assert programme_rows(lead) == programme_rows(other)
    # from now on the requests travel both ways
    b = Store.open(other)
    b.update_meeting_request(replace(b.meeting_requests()[3], notes="from the other laptop"))
    b.close()
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    assert "from the other laptop" in request_notes(lead)
    code, out, _ = cli(capsys, "team", "upgrade", "--db", lead)
    assert code == 0 and "already" in out


def test_scheduler_changes_are_captured_under_their_keys(tmp_path: Path) -> None:
    from models.sample import load_sample
    from tests.sync.test_capture import in_team, outbox

    desk = Desk(Store.open(tmp_path / "alone.db"))
    try:
        load_sample(desk)
        in_team(desk)
        conn = desk.store.conn
        event = desk.events()[0]
        desk.store.set_event_locked(event.id or 0, True)
        gid = conn.execute(
            "SELECT gid FROM sync_ids WHERE tbl = 'events' AND local_id = ?", (event.id,)
        ).fetchone()[0]
        request = desk.store.meeting_requests()[0]
        desk.store.delete_meeting_request(request.id or 0)
        changes = [(tbl, op) for tbl, op, _, _ in outbox(desk)]
        assert changes[0] == ("event_locks", "I")
        assert ("meeting_requests", "D") in changes
        assert ("meeting_request_attendees", "D") in changes  # its attendees went with it
        keys = [k for (k,) in conn.execute("SELECT key FROM sync_outbox ORDER BY seq")]
        assert keys[0] == gid  # a lock is keyed by its event's global identity
    finally:
        desk.close()


def test_a_key_is_references_then_at_most_one_own_column() -> None:
    from models.sync.tables import Table

    seats = Table("seats", ("event_id", "seat_key", "label"), refs={"event_id": "events"},
                  key=("event_id", "seat_key"))  # fmt: skip
    assert seats.make_key({"event_id": "e1", "seat_key": "A:1"}) == "e1:A:1"
    assert seats.split_key("e1:A:1") == {"event_id": "e1", "seat_key": "A:1"}
    assert seats.fields == ("label",)
    with pytest.raises(ValueError, match="at most one own column"):
        Table("bad", ("a", "b"), key=("a", "b"))
    with pytest.raises(ValueError, match="at most one own column"):
        Table("bad", ("a", "b"), refs={"b": "events"}, key=("a", "b"))


def test_a_request_placed_in_a_confidential_event_leaves_the_staff_laptop(
    staffed_team: tuple[Desk, Desk, Path],
) -> None:
    lead, staff, staff_path = staffed_team
    secret = next(e for e in lead.events() if e.classification is Classification.CONFIDENTIAL)
    request = lead.store.meeting_requests()[5]
    lead.store.update_meeting_request(replace(request, notes="Term sheet, closed-door"))
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    assert "Term sheet, closed-door" in {r.notes for r in staff.store.meeting_requests()}
    lead.store.link_requests({request.id or 0: secret.id})
    lead.store.set_event_locked(secret.id or 0, True)
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)

    def traces() -> tuple[int, int, int]:
        conn = sqlite3.connect(staff_path)
        try:
            notes = conn.execute(
                "SELECT count(*) FROM meeting_requests WHERE notes = 'Term sheet, closed-door'"
            ).fetchone()[0]
            attendees = conn.execute(
                "SELECT count(*) FROM meeting_request_attendees WHERE request_id NOT IN "
                "(SELECT id FROM meeting_requests)"
            ).fetchone()[0]
            locks = conn.execute("SELECT count(*) FROM event_locks").fetchone()[0]
            return notes, attendees, locks
        finally:
            conn.close()

    assert traces() == (0, 0, 0)
    assert len(staff.store.meeting_requests()) == 81
    # back out of the confidential event, it returns whole, attendees included
    lead.store.link_requests({request.id or 0: None})
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    back = [r for r in staff.store.meeting_requests() if r.notes == "Term sheet, closed-door"]
    assert len(back) == 1 and len(back[0].attendee_ids) == len(request.attendee_ids)
    assert traces() == (1, 0, 0)


def test_requests_of_an_event_made_confidential_leave_the_staff_laptop(
    staffed_team: tuple[Desk, Desk, Path],
) -> None:
    lead, staff, staff_path = staffed_team
    public = next(e for e in lead.events() if e.classification is not Classification.CONFIDENTIAL)
    request = lead.store.meeting_requests()[7]
    lead.store.link_requests({request.id or 0: public.id})
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    assert len(staff.store.meeting_requests()) == 82
    lead.save_event(replace(lead.store.event(public.id or 0),
                            classification=Classification.CONFIDENTIAL))  # fmt: skip
    engine.sync(lead.store.conn)
    engine.sync(staff.store.conn)
    assert len(staff.store.meeting_requests()) == 81
    conn = sqlite3.connect(staff_path)
    assert (
        conn.execute("SELECT count(*) FROM meeting_requests WHERE event_id IS NULL").fetchone()[0]
        == 81
    )
    conn.close()


def test_unlocking_an_event_others_use_is_not_a_deletion_of_the_event(
    team: tuple[Path, Path, str],
) -> None:
    # a lock is keyed by its event's identity: its deletion must not be mistaken for the
    # deletion of the event, which attendees and agenda still use
    lead, other, _ = team
    a = Store.open(lead)
    event = a.events()[0]
    a.set_event_locked(event.id or 0, True)
    a.close()
    assert engine_sync(lead).in_step
    assert engine_sync(other).in_step
    a = Store.open(lead)
    a.set_event_locked(event.id or 0, False)
    a.close()
    report = engine_sync(lead)
    assert report.in_step and report.pushed == 1
    assert engine_sync(other).in_step
    b = Store.open(other)
    assert b.locked_event_ids() == frozenset()
    assert b.event_by_uid(event.uid) is not None
    b.close()
