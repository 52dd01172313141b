"""Joining fills a new file in bulk: its indexes are set aside while the tables fill
and made again at the end, in the same transaction (against a real PostgreSQL server
on 127.0.0.1, the ``team_db`` fixture)."""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import engine, remote
from models.sync.tables import TABLES


def _schema(path: Path) -> list[tuple[str, str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name"
        ).fetchall()
    finally:
        conn.close()


@pytest.fixture
def team(team_db: str, tmp_path: Path) -> str:
    lead = Desk(Store.open(tmp_path / "lead.db"))
    load_sample(lead)
    engine.create(lead.store.conn, team_db)
    lead.close()
    return team_db


def test_a_joined_file_has_every_index_and_uses_them(team: str, tmp_path: Path) -> None:
    Store.open(tmp_path / "empty.db").close()
    store = Store.open(tmp_path / "mine.db")
    report = engine.join(store.conn, team)
    store.close()
    assert report.records > 100
    joined = _schema(tmp_path / "mine.db")
    # the same tables and indexes as a file of its own, and the team's capture triggers
    assert [r for r in joined if r[0] != "trigger"] == _schema(tmp_path / "empty.db")
    assert sum(r[0] == "trigger" for r in joined) == 3 * len(TABLES)
    conn = sqlite3.connect(tmp_path / "mine.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        plan = " ".join(
            str(r[-1])
            for r in conn.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM people WHERE organisation_id = 1"
            )
        )
        assert "people_organisation" in plan
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        known = conn.execute("SELECT count(*) FROM sync_ids WHERE tbl = 'people'").fetchone()[0]
        assert people == known > 0
    finally:
        conn.close()


def test_a_join_cut_short_leaves_the_file_as_it_was(
    team: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = remote.snapshot

    def broken(pg: Any, types: Any) -> Iterator[Any]:
        for n, item in enumerate(real(pg, types)):
            if n == 3:
                raise ConnectionError("the network went away")
            yield item

    monkeypatch.setattr(remote, "snapshot", broken)
    path = tmp_path / "mine.db"
    Store.open(tmp_path / "empty.db").close()
    store = Store.open(path)
    with pytest.raises(ConnectionError):
        engine.join(store.conn, team)
    assert gc.isenabled()
    for t in TABLES:
        assert store.conn.execute(f"SELECT count(*) FROM {t.name}").fetchone() == (0,)
    assert store.conn.execute("SELECT count(*) FROM sync_ids").fetchone() == (0,)
    store.close()
    assert _schema(path) == _schema(tmp_path / "empty.db")
    monkeypatch.setattr(remote, "snapshot", real)
    store = Store.open(path)  # and joining again works
    assert engine.join(store.conn, team).records > 100
    store.close()
