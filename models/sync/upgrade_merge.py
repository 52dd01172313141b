"""After the lead's ``team upgrade``: another file's own records of the newly shared tables
merged with the team's at its first sync.

Until the upgrade, the tables shared since the team's old format (the scheduler's, the
protocol's) were each file's own.  At its first sync after it, a file compares its records
of those tables with the team's, table by table in reference order:

* a record the team holds the same (same key, or for a table with its own ``id`` the same
  values in every column) is taken as the team's: it gets the team's identity and version,
  and nothing travels;
* a record the team also holds with other values (the same key; for a table with its own
  ``id``, the same thing to a person: :data:`SAME_THING`, a request of one company to meet
  another...) is sent as this file's version of it: the server merges it as usual (the
  fields that differ become conflicts, the server keeping its value until someone decides;
  an arrival keeps the earlier time);
* a record the team lacks is sent up, as a new record of the team.

The records the team has and this file lacks arrive with the pull.  What the file's outbox
held of these tables (changes made while the team could not take them) is in the records
themselves and is dropped.  A printer's role may only read: what it cannot send is replaced
by the team's, as before.  A snapshot of the file is kept first.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from models.sync import local, remote
from models.sync.local import write
from models.sync.merge import Data
from models.sync.tables import SYNC_FORMAT, TABLES, Table


@dataclass(frozen=True)
class MergeReport:
    #: Records of the newly shared tables this file held.
    held: int = 0
    #: ... the team held the same (taken as the team's).
    same: int = 0
    #: ... sent: under a key the team also holds, with other values (merged there).
    differing: int = 0
    #: ... sent: records the team lacked.
    new: int = 0
    #: ... dropped: a read-only role cannot send them; the team's replace them.
    dropped: int = 0


def newly_shared(since: int) -> list[Table]:
    return [t for t in TABLES if t.since > since]


def _values(columns: tuple[str, ...], data: Data) -> str:
    return json.dumps([data.get(c) for c in columns], sort_keys=True, default=str)


def _content(t: Table, data: Data) -> str:
    return _values(t.columns, data)


def _database_file(conn: sqlite3.Connection) -> str:
    return str(next(r[2] for r in conn.execute("PRAGMA database_list") if r[1] == "main"))


def merge_newly_shared(
    conn: sqlite3.Connection, pg: Any, since: int, *, author: str, now: str, may_write: bool
) -> MergeReport:
    """Merge this file's records of the tables shared since format ``since`` with the
    team's (see the module's note); the records to send go into the outbox."""
    from models.store.backups import snapshot_file

    tables = newly_shared(since)
    names = [t.name for t in tables]
    held = sum(int(conn.execute(f"SELECT count(*) FROM {n}").fetchone()[0]) for n in names)
    if held:
        snapshot_file(_database_file(conn), "merging this file's records with the team's")
    theirs = remote.live_records(pg, names)
    marks = ", ".join("?" for _ in names)
    same = differing = new = dropped = 0
    with write(conn), local.capture_off(conn):
        conn.execute(f"DELETE FROM sync_outbox WHERE tbl IN ({marks})", names)
        conn.execute(f"DELETE FROM sync_records WHERE tbl IN ({marks})", names)
        local.assign_identities(conn)
        versions: list[tuple[str, str, int]] = []
        outbox: list[tuple[Any, ...]] = []
        gone: list[tuple[Table, str]] = []
        for t in tables:  # in reference order: a record's parents are the team's by now
            ids = local.Identities(conn)
            mine = list(local.local_records(conn, t, ids))
            if t.own_id:
                _take_identical(conn, t, mine, theirs)
                ids = local.Identities(conn)
                mine = list(local.local_records(conn, t, ids))
            for key, data in mine:
                if any(data.get(c) is None for c in t.required):
                    continue  # names a record that is not shared (a car's deleted leg): kept here
                found = theirs.get((t.name, key))
                if found is not None and _content(t, found[0]) == _content(t, data):
                    versions.append((t.name, key, found[1]))
                    same += 1
                    continue
                # no version held: the pull writes the team's values (the conflicts keep mine)
                if found is not None:
                    differing += 1
                else:
                    new += 1
                if not may_write:
                    gone.append((t, key))
                    continue
                outbox.append((t.name, key, "I", None, json.dumps(data, ensure_ascii=False),
                               None, author, now))  # fmt: skip
        if not may_write:
            dropped, differing, new = differing + new, 0, 0
        applier = local.Applier(conn)
        for t, key in reversed(gone):
            where = applier.locate(t, key)
            if where is not None:
                conds = " AND ".join(f"{c} = ?" for c in where)
                conn.execute(f"DELETE FROM {t.name} WHERE {conds}", list(where.values()))
        conn.executemany(
            "INSERT INTO sync_records (tbl, key, version) VALUES (?, ?, ?) "
            "ON CONFLICT (tbl, key) DO UPDATE SET version = excluded.version",
            versions,
        )
        conn.executemany(
            "INSERT INTO sync_outbox (tbl, key, op, old, new, base, author, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            outbox,
        )
        applier.forget_vanished()
        conn.execute("UPDATE sync_local SET format = ?", (SYNC_FORMAT,))
    return MergeReport(held, same, differing, new, dropped)


#: What makes two records of a table with its own ``id`` the same thing to a person,
#: whatever else differs: one request of a company to meet another (or a person), one
#: rank row at a place in a delegation's table, one car by its plate on a leg, one gift.
SAME_THING: dict[str, tuple[str, ...]] = {
    "meeting_requests": ("requester_id", "target_org_id", "target_person_id"),
    "availability": ("person_id", "organisation_id", "starts_at", "ends_at"),
    "rank_rows": ("delegation_id", "position"),
    "vehicles": ("event_id", "leg_id", "plate"),
    "gifts": ("event_id", "direction", "giver", "recipient", "description"),
}


def _take_identical(
    conn: sqlite3.Connection,
    t: Table,
    mine: list[tuple[str, Data]],
    theirs: dict[tuple[str, str], tuple[Data, int]],
) -> None:
    """Records of a table with its own ``id`` that the team holds too take the team's
    identity, one for one: first those with the same values in every column (the same
    requests imported on two laptops), then those that are the same thing with values
    of their own (:data:`SAME_THING`; merged as usual once sent)."""
    held = {key for key, _ in mine}
    unmatched = [(key, data) for key, data in mine if (t.name, key) not in theirs]
    team = [
        (k, d) for (tbl, k), (d, _) in sorted(theirs.items()) if tbl == t.name and k not in held
    ]
    same = SAME_THING.get(t.name)
    for columns in (t.columns, same):
        if columns is None:
            continue
        waiting: dict[str, list[str]] = {}
        for key, data in team:
            waiting.setdefault(_values(columns, data), []).append(key)
        rest = []
        for key, data in unmatched:
            candidates = waiting.get(_values(columns, data))
            if not candidates:
                rest.append((key, data))
                continue
            team_key = candidates.pop(0)
            conn.execute("DELETE FROM sync_ids WHERE tbl = ? AND gid = ?", (t.name, team_key))
            conn.execute(
                "UPDATE sync_ids SET gid = ? WHERE tbl = ? AND gid = ?", (team_key, t.name, key)
            )
        unmatched = rest
        left = {k for keys in waiting.values() for k in keys}  # not taken yet
        team = [(k, d) for k, d in team if k in left]
