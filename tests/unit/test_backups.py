"""Backups on request and automatic snapshots before risky operations.

``backup`` copies a database consistently even while another process has it
open with changes still in its ``-wal``; snapshots are kept in the data
folder (owner-only) before imports, the sample, migrations and restores, the
last few within a size cap; a restore snapshots the current file first.
"""

from __future__ import annotations

import shutil
import socket
import sqlite3
import stat
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.entities import Organisation, Person
from models.errors import StorageUnavailable
from models.services import Desk
from models.store import Store, backups
from models.store.backups import (
    backup_database,
    prune,
    restore_snapshot,
    snapshot_before,
    snapshot_folder,
    snapshots,
)

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "data" / "programme-v1.db"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip


def family_names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT family_name FROM people ORDER BY id")]
    finally:
        conn.close()


def add_people(store: Store, *names: str) -> None:
    store.insert_people([Person(family_name=n) for n in names])


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- backup ------------------------------------------------------------------------


def test_backup_is_consistent_while_another_connection_holds_changes_in_the_wal(
    tmp_path: Path,
) -> None:
    db = tmp_path / "live.db"
    store = Store.open(db)
    try:
        store.conn.execute("PRAGMA wal_autocheckpoint = 0")  # keep everything in -wal
        add_people(store, "Sato", "Kapoor")
        assert (tmp_path / "live.db-wal").stat().st_size > 0
        result = run("backup", "--db", db, "-o", tmp_path / "copy.db")
        assert result.returncode == 0, result.stderr
        assert "Backed up" in result.stdout
        copy = tmp_path / "copy.db"
        assert family_names(copy) == ["Sato", "Kapoor"]
        assert mode(copy) == 0o600
        reopened = Store.open(copy, create=False)
        assert [p.family_name for p in reopened.people()] == ["Kapoor", "Sato"]
        reopened.close()
    finally:
        store.close()


def test_backup_refuses_a_device_or_a_folder_and_leaves_them_alone(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    store = Store.open(db)
    add_people(store, "Sato")
    store.close()
    # Not /dev/null: run as root, a regression would replace the machine's own device.
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(tmp_path / "sock"))
        result = run("backup", "--db", db, "-o", tmp_path / "sock")
        assert result.returncode == 2
        assert "not a regular file" in result.stderr
        assert stat.S_ISSOCK((tmp_path / "sock").stat().st_mode)
    result = run("backup", "--db", db, "-o", tmp_path)
    assert result.returncode == 2 and "is a folder" in result.stderr
    with pytest.raises(StorageUnavailable, match="the database itself"):
        backup_database(db, db)


def test_backup_of_something_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(StorageUnavailable, match="not a Delegation Desk database"):
        backup_database(tmp_path / "notes.txt", tmp_path / "copy.db")
    assert not (tmp_path / "copy.db").exists()


# -- snapshots ---------------------------------------------------------------------


def test_snapshot_in_the_data_folder_owner_only(tmp_path: Path, private_data_folder: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    assert snapshot_before(store, "apply schedule") is None  # empty: nothing to lose
    add_people(store, "Sato")
    snap = snapshot_before(store, "apply schedule")
    store.close()
    assert snap is not None
    assert snap.reason == "apply schedule"
    assert snap.path.parent == snapshot_folder(tmp_path / "p.db")
    assert snap.path.is_relative_to(private_data_folder)
    assert family_names(snap.path) == ["Sato"]
    assert mode(snap.path) == 0o600
    for folder in (snap.path.parent, snap.path.parent.parent, private_data_folder):
        assert mode(folder) == 0o700, folder
    assert [s.path for s in snapshots(tmp_path / "p.db")] == [snap.path]
    assert "before apply schedule" in snapshots(tmp_path / "p.db")[0].describe()


def test_the_store_offers_snapshot_before(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "p.db")
    add_people(store, "Sato")
    snap = store.snapshot_before("apply schedule")
    store.close()
    assert snap is not None and family_names(snap.path) == ["Sato"]


def test_snapshots_of_two_files_with_the_same_name_are_kept_apart(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        store = Store.open(tmp_path / folder / "p.db")
        add_people(store, folder)
        store.snapshot_before("import")
        store.close()
    assert family_names(snapshots(tmp_path / "a" / "p.db")[0].path) == ["a"]
    assert family_names(snapshots(tmp_path / "b" / "p.db")[0].path) == ["b"]


def test_only_the_newest_few_are_kept_within_a_size_cap(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    store = Store.open(db)
    add_people(store, "Sato")
    start = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
    for n in range(backups.KEEP + 3):
        backups.snapshot_file(db, f"step {n}", now=start + timedelta(minutes=n))
    store.close()
    kept = snapshots(db)
    assert len(kept) == backups.KEEP
    assert kept[0].reason == f"step {backups.KEEP + 2}"  # newest first
    assert kept[-1].reason == "step 3"
    size = kept[0].size
    prune(db, keep=100, max_bytes=size * 3 + size // 2)
    assert [s.reason for s in snapshots(db)] == [f"step {n}" for n in (12, 11, 10)]
    prune(db, keep=100, max_bytes=1)  # the newest is always kept
    assert [s.reason for s in snapshots(db)] == ["step 12"]


def test_import_people_keeps_a_snapshot_and_a_refused_one_does_not(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    store = Store.open(db)
    add_people(store, "Sato")
    store.close()
    good = tmp_path / "good.csv"
    good.write_text("Family name,E-mail\nKapoor,kapoor@example.in\n", encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("Family name,E-mail\nMehta,not-an-address\n", encoding="utf-8")
    assert run("import-people", "--db", db, bad).returncode == 2
    assert snapshots(db) == []
    result = run("import-people", "--db", db, good)
    assert result.returncode == 0, result.stderr
    (snap,) = snapshots(db)
    assert snap.reason == "import of people"
    assert family_names(snap.path) == ["Sato"]
    assert family_names(db) == ["Sato", "Kapoor"]


def test_a_migration_keeps_a_snapshot(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    shutil.copyfile(V1, db)
    before = family_names(db)
    Store.open(db).close()
    (snap,) = snapshots(db)
    assert snap.reason == "migration from version 1"
    assert family_names(snap.path) == before
    conn = sqlite3.connect(snap.path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()


def test_the_sample_into_a_used_file_keeps_a_snapshot(tmp_path: Path, clock: object) -> None:
    from models.sample import load_sample

    db = tmp_path / "used.db"
    store = Store.open(db)
    store.conn.execute(
        "INSERT INTO export_log (exported_at, channel, event_uid, method, sequence) "
        "VALUES ('2026-11-29T10:00:00+00:00', 'ics', 'x@delegation-desk', 'REQUEST', 0)"
    )
    store.conn.commit()
    desk = Desk(store)
    load_sample(desk)
    desk.close()
    (snap,) = snapshots(db)
    assert snap.reason == "the sample programme"
    assert family_names(snap.path) == []


def test_a_snapshot_that_cannot_be_written_stops_the_operation(
    tmp_path: Path, private_data_folder: Path
) -> None:
    db = tmp_path / "p.db"
    store = Store.open(db)
    add_people(store, "Sato")
    private_data_folder.parent.mkdir(parents=True, exist_ok=True)
    private_data_folder.write_text("a file where the folder should be")
    try:
        with pytest.raises(StorageUnavailable, match=r"No snapshot of .* before apply schedule"):
            store.snapshot_before("apply schedule")
    finally:
        store.close()


# -- restore -----------------------------------------------------------------------


def test_restore_puts_a_snapshot_back_after_snapshotting_the_current_file(
    tmp_path: Path,
) -> None:
    db = tmp_path / "p.db"
    store = Store.open(db)
    add_people(store, "Sato")
    store.snapshot_before("import")
    add_people(store, "Kapoor")
    store.close()
    result = run("restore", "--db", db, "--snapshot", "1")
    assert result.returncode == 0, result.stderr
    assert family_names(db) == ["Sato"]
    newest, _ = snapshots(db)
    assert newest.reason == "restore"
    assert family_names(newest.path) == ["Sato", "Kapoor"]  # the restore can be undone
    restore_snapshot(db, newest)
    assert family_names(db) == ["Sato", "Kapoor"]
    store = Store.open(db, create=False)  # still a working database
    store.insert_organisation(Organisation(name="JETRO"))
    store.close()
    listing = run("snapshots", "--db", db)
    assert listing.returncode == 0
    assert "before restore" in listing.stdout and "before import" in listing.stdout
    assert run("restore", "--db", db, "--snapshot", "9").returncode == 2
