"""An up-to-date file is checked and used through one connection.

SQLite reads a file's whole schema once per connection; looking at the file
read-only first and then opening it again for writing read it twice, a few
milliseconds of every window's start.  The checks are the same either way:
what reaches the one connection is refused exactly as before (see
``test_migrations.py``), and a file with changes pending beside it is still
looked at read-only first.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Any

import pytest

import models.store.connection as connection
from models.entities import Person
from models.errors import StorageUnavailable
from models.store import Store


def _state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.iterdir()) if p.is_file()}  # fmt: skip


@pytest.fixture
def current(tmp_path: Path) -> Path:
    path = tmp_path / "programme.db"
    store = Store.open(path)
    store.insert_people([Person(family_name="Tanaka", name_japanese="田中")])
    store.close()
    return path


@pytest.fixture
def connections(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The targets of every ``sqlite3.connect`` the opening code makes."""
    made: list[str] = []
    real = sqlite3.connect

    def counting(target: Any, *args: Any, **kwargs: Any) -> sqlite3.Connection:
        made.append(str(target))
        return real(target, *args, **kwargs)

    monkeypatch.setattr(connection.sqlite3, "connect", counting)
    return made


def test_an_up_to_date_file_opens_through_one_connection(
    current: Path, connections: list[str]
) -> None:
    store = Store.open(current)
    try:
        assert [p.family_name for p in store.people()] == ["Tanaka"]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        store.close()
    assert connections == [str(current)]


def test_with_changes_pending_beside_it_the_file_is_looked_at_read_only_first(
    current: Path, connections: list[str]
) -> None:
    other = Store.open(current)  # another window: its -wal is beside the file
    try:
        connections.clear()
        store = Store.open(current)
        store.close()
    finally:
        other.close()
    assert len(connections) == 2 and "mode=ro" in connections[0]


def test_a_damaged_up_to_date_file_is_still_refused_untouched(current: Path) -> None:
    conn = sqlite3.connect(current)
    try:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        found = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'people'")
        root = found.fetchone()[0]
    finally:
        conn.close()
    data = bytearray(current.read_bytes())
    # damage the page of the people's rows, leaving the header and schema readable
    data[(root - 1) * page_size : root * page_size] = b"\xa5" * page_size
    current.write_bytes(bytes(data))
    before = _state(current.parent)
    with pytest.raises(StorageUnavailable) as caught:
        Store.open(current)
    assert "damaged" in caught.value.user_message
    assert _state(current.parent) == before  # byte for byte, and no -wal or -shm left
