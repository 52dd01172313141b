"""Applying what others did: received updates of rows held here go in together, and
a row the file refuses is left for the next sync without stopping the others."""

from __future__ import annotations

from pathlib import Path

from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import local


def _team_file(path: Path) -> Desk:
    desk = Desk(Store.open(path))
    load_sample(desk)
    conn = desk.store.conn
    with local.write(conn):
        local.assign_identities(conn)
        local.enter_team(conn, "postgresql://me@127.0.0.1/team", "me", "", 2)
    return desk


def test_updates_go_in_together_and_a_refused_one_waits(tmp_path: Path) -> None:
    desk = _team_file(tmp_path / "mine.db")
    conn = desk.store.conn
    ids = local.Identities(conn)
    people = [p for p in desk.people()][:4]
    received = []
    for n, person in enumerate(people):
        assert person.id is not None
        gid = ids.gid("people", person.id)
        data = local.local_data(conn, "people", str(gid))
        assert gid and data
        data["notes"] = f"from the others {n}"
        if n == 2:
            data["family_name"] = None  # the file refuses it (NOT NULL)
        received.append(local.Remote("people", gid, data, 5))
    before = [desk.person(p.id).version for p in people]  # type: ignore[arg-type]
    with local.write(conn), local.capture_off(conn):
        applier = local.Applier(conn)
        applier.apply(received)
    assert applier.applied == 3
    assert applier.skipped == [("people", received[2].key)]
    for n, person in enumerate(people):
        held = desk.person(person.id)  # type: ignore[arg-type]
        if n == 2:
            assert held.notes == person.notes and held.version == before[n]
        else:
            assert held.notes == f"from the others {n}"
            assert held.version == before[n] + 1  # an open editor knows it is stale
    versions = dict(conn.execute("SELECT key, version FROM sync_records").fetchall())
    assert [versions.get(r.key) for r in received] == [5, 5, None, 5]
    assert local.outbox_size(conn) == 0  # nothing received is sent back
    desk.close()
