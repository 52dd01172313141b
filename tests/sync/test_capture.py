"""Change capture in the local file: every write path fills the outbox (no server needed)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from models.entities import Organisation, Person, Role
from models.people_import import Candidate, import_people
from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import capture, local
from models.sync.capture import columns_of
from models.sync.tables import LOCAL_ONLY, TABLES


def in_team(desk: Desk) -> None:
    """What 'team create' does to the file, without a server."""
    conn = desk.store.conn
    with local.write(conn):
        local.assign_identities(conn)
        local.enter_team(conn, "postgresql://lead@127.0.0.1/team", "lead", "", 1)


def outbox(desk: Desk) -> list[tuple[str, str, dict | None, dict | None]]:
    return [
        (tbl, op, json.loads(old) if old else None, json.loads(new) if new else None)
        for tbl, op, old, new in desk.store.conn.execute(
            "SELECT tbl, op, old, new FROM sync_outbox ORDER BY seq"
        )
    ]


@pytest.fixture
def sample(db_path: Path) -> Desk:
    desk = Desk(Store.open(db_path))
    load_sample(desk)
    yield desk
    desk.close()


def test_the_format_lists_every_column_of_every_synced_table(sample: Desk) -> None:
    for t in TABLES:
        present = [c for c in columns_of(sample.store.conn, t.name) if c not in LOCAL_ONLY]
        assert list(t.columns) == present, t.name


def triggers(desk: Desk) -> int:
    return int(
        desk.store.conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
        ).fetchone()[0]
    )


def test_a_file_used_alone_keeps_no_outbox(sample: Desk) -> None:
    sample.save_person(replace(sample.store.person(1), notes="alone"))
    assert outbox(sample) == []
    assert sample.store.conn.execute("SELECT count(*) FROM sync_ids").fetchone() == (0,)


def test_a_file_used_alone_has_no_capture_triggers_and_a_team_file_has_them(
    sample: Desk,
) -> None:
    assert triggers(sample) == 0
    in_team(sample)
    assert triggers(sample) == 3 * len(TABLES)
    capture.refresh(sample.store.conn)  # still in the team: kept, every column
    assert triggers(sample) == 3 * len(TABLES)
    with local.write(sample.store.conn):
        sample.store.conn.execute("DELETE FROM sync_local")
        capture.refresh(sample.store.conn)
    assert triggers(sample) == 0


def test_an_edit_is_captured_with_old_and_new_values_and_global_references(
    sample: Desk,
) -> None:
    in_team(sample)
    person = sample.store.person(5)
    sample.save_person(replace(person, phone="+91 11 5555 0000"))
    ((tbl, op, old, new),) = outbox(sample)
    assert (tbl, op) == ("people", "U")
    assert old["phone"] == person.phone and new["phone"] == "+91 11 5555 0000"
    org_gid = sample.store.conn.execute(
        "SELECT gid FROM sync_ids WHERE tbl = 'organisations' AND local_id = ?",
        (person.organisation_id,),
    ).fetchone()[0]
    assert new["organisation_id"] == org_gid  # a global identity, not a local id
    (change,) = local.pending_changes(sample.store.conn)
    assert change.changed_fields() == ("phone",)
    assert change.base is None  # never synced: no server version yet


def test_saving_an_event_whole_nets_to_what_changed(sample: Desk) -> None:
    in_team(sample)
    event = sample.events()[0]
    sample.save_event(replace(event, notes="Bring the signed MoU."))
    changes = local.pending_changes(sample.store.conn)
    # its attendees, hosts and agenda were deleted and inserted again: no net change
    assert {c.tbl for c in changes} == {"events"}
    (change,) = changes
    assert set(change.changed_fields()) <= {"notes", "updated_at", "sequence"}
    assert "notes" in change.changed_fields()


def test_adding_attendees_deleting_and_importing_are_captured(sample: Desk) -> None:
    in_team(sample)
    event = sample.events()[2]
    newcomer = sample.save_person(Person(family_name="Verma", given_name="Asha"))
    assert newcomer.id is not None
    sample.add_participants(event.id or 0, [newcomer.id], Role.ATTENDEE)
    sample.delete_event(sample.events()[5].id or 0)
    import_people(
        sample,
        [
            Candidate(line=2, person=Person(family_name="Iyer", given_name="Ravi"),
                      organisation_name="Sample Cell Makers"),
        ],
    )  # fmt: skip
    changes = local.pending_changes(sample.store.conn)
    kinds = {(c.tbl, c.op) for c in changes}
    assert ("people", "I") in kinds
    assert ("participations", "I") in kinds
    assert ("events", "D") in kinds
    assert ("participations", "D") in kinds  # the deleted event's attendees, by cascade
    assert ("organisations", "I") in kinds  # made by the import
    imported = [
        c for c in changes if c.tbl == "people" and c.new and c.new["family_name"] == "Iyer"
    ]
    assert len(imported) == 1


def test_undo_of_a_delete_is_the_same_record(sample: Desk) -> None:
    in_team(sample)
    conn = sample.store.conn
    org = sample.save_organisation(Organisation(name="Sample Anode Labs"))
    with local.write(conn):
        conn.execute("DELETE FROM sync_outbox")
        conn.execute(
            "INSERT INTO sync_records (tbl, key, version) SELECT tbl, gid, 1 FROM sync_ids"
        )
    gid = conn.execute(
        "SELECT gid FROM sync_ids WHERE tbl = 'organisations' AND local_id = ?", (org.id,)
    ).fetchone()
    removal = sample.delete_organisation(org.id or 0)
    sample.restore(removal)
    assert (
        conn.execute(
            "SELECT gid FROM sync_ids WHERE tbl = 'organisations' AND local_id = ?", (org.id,)
        ).fetchone()
        == gid
    )
    assert local.pending_changes(conn) == []  # deleted and restored: nothing to send


def test_changes_applied_from_the_server_are_not_captured(sample: Desk) -> None:
    in_team(sample)
    conn = sample.store.conn
    person_gid = conn.execute(
        "SELECT gid FROM sync_ids WHERE tbl = 'people' AND local_id = 7"
    ).fetchone()[0]
    data = local.local_data(conn, "people", person_gid)
    assert data is not None
    before = sample.store.person(7).version
    with local.write(conn), local.capture_off(conn):
        local.Applier(conn).apply(
            [local.Remote("people", person_gid, {**data, "notes": "from the server"}, 4)]
        )
    assert sample.store.person(7).notes == "from the server"
    assert sample.store.person(7).version == before + 1  # an open copy is now stale
    assert outbox(sample) == []
    assert conn.execute(
        "SELECT version FROM sync_records WHERE tbl = 'people' AND key = ?", (person_gid,)
    ).fetchone() == (4,)
    # and the next local edit is based on that version
    sample.save_person(replace(sample.store.person(7), notes="mine"))
    (change,) = local.pending_changes(conn)
    assert change.base == 4


def test_a_failed_write_leaves_no_outbox_entry(sample: Desk) -> None:
    in_team(sample)
    conn = sample.store.conn
    with pytest.raises(sqlite3.IntegrityError), sample.store.atomic():
        conn.execute("UPDATE people SET notes = 'half' WHERE id = 1")
        conn.execute("INSERT INTO rooms (venue_id, name) VALUES (999999, 'nowhere')")
    assert outbox(sample) == []
