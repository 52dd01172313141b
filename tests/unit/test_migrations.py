"""Opening old, newer, foreign and damaged files.

Old databases are brought up to date (after a backup); anything that is not
ours to change is refused with a message and left exactly as it was, with no
-wal or -shm file appearing beside it.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.entities import Organisation, Person, Reply, Role
from models.errors import NewerDatabase, StorageUnavailable
from models.store import LATEST_VERSION, ExportRecord, Store

DATA = Path(__file__).resolve().parents[1] / "data"
V1 = DATA / "programme-v1.db"


def folder_state(folder: Path) -> dict[str, str]:
    """Every file in ``folder`` with the SHA-256 of its bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def user_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "programme-v1.db"
    shutil.copyfile(V1, target)
    return target


@pytest.fixture
def current_db(tmp_path: Path) -> Path:
    """A closed, up-to-date database with a few hundred people in it."""
    path = tmp_path / "current.db"
    store = Store.open(path)
    org = store.insert_organisation(Organisation(name="JETRO", country="JP"))
    store.insert_people(
        [
            Person(family_name=f"Tanaka {n}", name_japanese="田中", organisation_id=org.id,
                   notes="Prefers a window seat. " * 20)
            for n in range(300)
        ]
    )  # fmt: skip
    store.close()
    assert not (tmp_path / "current.db-wal").exists()
    return path


# -- an older database is brought up to date -----------------------------------------


def test_checked_in_database_is_at_version_1() -> None:
    assert user_version(V1) == 1
    conn = sqlite3.connect(f"{V1.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "events" in tables and "export_log" not in tables


def test_version_1_database_is_migrated_keeping_every_row(v1_copy: Path) -> None:
    original = hashlib.sha256(V1.read_bytes()).hexdigest()
    store = Store.open(v1_copy)
    try:
        assert int(store.conn.execute("PRAGMA user_version").fetchone()[0]) == LATEST_VERSION
        people = {p.id: p for p in store.people()}
        assert people[1].name_japanese == "田中 愛子"
        assert people[1].languages == ("ja", "en")
        assert people[2].email == "ravi.mehta@example.in"
        assert [o.name for o in store.organisations()] == ["JETRO", "Lohum"]
        (delegation,) = store.delegations()
        assert (delegation.head_id, delegation.member_ids) == (1, (1,))
        embassy = store.venue(1)
        assert [(r.name, r.capacity) for r in embassy.rooms] == [("Hall", 120)]
        event = store.event(1)
        assert event.uid == "v1-event-1@delegation-desk"
        assert event.sequence == 2
        assert event.starts_at == datetime(2026, 12, 1, 4, 30, tzinfo=UTC)
        assert event.host_organisation_ids == (1,)
        assert [a.title for a in event.agenda] == ["Opening remarks"]
        assert [(p.person_id, p.role, p.reply) for p in event.participations] == [
            (1, Role.SPEAKER, Reply.ACCEPTED),
            (2, Role.ATTENDEE, Reply.NEEDS_ACTION),
        ]
        assert [(t.from_venue_id, t.to_venue_id, t.minutes) for t in store.travel_times()] == [
            (1, 2, 150)
        ]
        # The table added by a later migration is there and works.
        record = ExportRecord(
            exported_at=datetime(2026, 11, 30, 12, 0, tzinfo=UTC), channel="event",
            event_id=1, event_uid=event.uid, person_id=1, recipient="aiko.tanaka@example.jp",
            method="REQUEST", sequence=2,
        )  # fmt: skip
        store.record_exports([record])
        assert store.export_records(event_uid=event.uid) == [record]
    finally:
        store.close()
    assert hashlib.sha256(V1.read_bytes()).hexdigest() == original


def test_migration_keeps_a_backup_of_the_old_file(v1_copy: Path) -> None:
    Store.open(v1_copy).close()
    backup = v1_copy.with_name("programme-v1.db.v1.bak")
    assert backup.exists()
    assert user_version(backup) == 1
    conn = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        names = conn.execute("SELECT family_name FROM people ORDER BY id").fetchall()
    finally:
        conn.close()
    assert names == [("Tanaka",), ("Mehta",)]
    assert backup.stat().st_mode & 0o777 == 0o600


def test_an_up_to_date_database_is_opened_without_a_new_backup(v1_copy: Path) -> None:
    Store.open(v1_copy).close()
    v1_copy.with_name("programme-v1.db.v1.bak").unlink()
    store = Store.open(v1_copy)
    try:
        assert [p.family_name for p in store.people()] == ["Mehta", "Tanaka"]
    finally:
        store.close()
    assert sorted(p.name for p in v1_copy.parent.iterdir()) == ["programme-v1.db"]


# -- a newer database is refused untouched ---------------------------------------------


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_newer_database_is_refused_and_left_byte_for_byte(current_db: Path, journal: str) -> None:
    conn = sqlite3.connect(current_db)
    conn.execute(f"PRAGMA journal_mode = {journal}")
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = folder_state(current_db.parent)
    assert list(before) == ["current.db"]
    with pytest.raises(NewerDatabase) as caught:
        Store.open(current_db)
    assert "newer version of Delegation Desk" in caught.value.user_message
    assert "has not been changed" in caught.value.user_message
    assert folder_state(current_db.parent) == before  # no -wal, -shm or backup either


# -- files that are not ours ------------------------------------------------------------


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "photos.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE albums (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("INSERT INTO albums (title) VALUES ('Kyoto 2025')")
    conn.commit()
    conn.close()
    before = folder_state(tmp_path)
    with pytest.raises(StorageUnavailable) as caught:
        Store.open(other)
    assert not isinstance(caught.value, NewerDatabase)
    assert "another program" in caught.value.user_message
    assert folder_state(tmp_path) == before


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.db"
    notes.write_text("Agenda for Tuesday: battery roundtable at 10:00\n", encoding="utf-8")
    before = folder_state(tmp_path)
    with pytest.raises(StorageUnavailable) as caught:
        Store.open(notes)
    assert "not a Delegation Desk database" in caught.value.user_message
    assert folder_state(tmp_path) == before


def _overwrite_middle(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _scribble_on_schema(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:1100] = b"\x00" * 1000  # the first page's b-tree: the schema itself
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_overwrite_middle, _truncate, _scribble_on_schema])
@pytest.mark.parametrize("which", ["current", "v1"])
def test_a_damaged_database_is_refused_untouched(
    current_db: Path, v1_copy: Path, damage, which: str
) -> None:
    path = current_db if which == "current" else v1_copy
    damage(path)
    before = folder_state(path.parent)
    with pytest.raises(StorageUnavailable) as caught:
        Store.open(path)
    assert not isinstance(caught.value, NewerDatabase)
    assert "damaged" in caught.value.user_message
    assert folder_state(path.parent) == before


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    path.touch(mode=0o600)
    store = Store.open(path)
    try:
        assert store.is_empty()
        assert int(store.conn.execute("PRAGMA user_version").fetchone()[0]) == LATEST_VERSION
    finally:
        store.close()


def test_a_missing_file_is_not_created_when_asked_not_to(tmp_path: Path) -> None:
    with pytest.raises(StorageUnavailable) as caught:
        Store.open(tmp_path / "absent.db", create=False)
    assert "There is no database" in caught.value.user_message
    assert list(tmp_path.iterdir()) == []
