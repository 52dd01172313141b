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
* a record the team lacks is sent up, as a new record of the team;
* a record the team deleted before it shared it (the lead's deletion, kept by the
  upgrade as a deleted record) is deleted here too when this file holds it as it was
  (found as above); one changed here is sent as an edit of a deleted record: the server
  brings it back and asks;
* a record this file deleted while the team could not take the deletion (its outbox kept
  it), which the team still holds, is deleted from the team too: found as the same record
  (its key, or the same values, or the same thing to a person), and sent as a deletion of
  the values it had here, so that the server deletes it when the team's values are those,
  and keeps it and asks when someone changed it there.

The records the team has and this file lacks (and did not delete) arrive with the pull.
What else the file's outbox held of these tables (changes made while the team could not
take them) is in the records themselves and is dropped.  A printer's role may only read:
what it cannot send is replaced by the team's, as before.  A snapshot of the file is kept first.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from models.sync import local, remote
from models.sync.local import write
from models.sync.merge import Change, Data, compact, outbox_row
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
    #: Records this file deleted meanwhile that the team still held: sent as deletions
    #: (the server keeps one someone changed there, and asks).
    deleted: int = 0
    #: ... removed here: the team had deleted them (the lead, before the upgrade) as
    #: this file held them.
    removed: int = 0


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
    buried = remote.deleted_records(pg, names)
    marks = ", ".join("?" for _ in names)
    same = differing = new = dropped = deleted = removed = 0
    with write(conn), local.capture_off(conn):
        deletions = deletions_waiting(conn, names)
        renamed: dict[str, dict[str, str]] = {}
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
                renamed[t.name] = _take_identical(conn, t, mine, theirs)
                ids = local.Identities(conn)
                mine = list(local.local_records(conn, t, ids))
                # the rest may be records the team deleted before it shared them
                rest = [(k, d) for k, d in mine if (t.name, k) not in theirs]
                renamed[t.name].update(_take_identical(conn, t, rest, buried))
                mine = list(local.local_records(conn, t, local.Identities(conn)))
            held_keys = {key for key, _ in mine}
            for key, old in _deleted_here(conn, t, deletions.get(t.name, []), theirs,
                                          held_keys, renamed):  # fmt: skip
                if may_write:
                    outbox.append((t.name, key, "D", json.dumps(old, ensure_ascii=False),
                                   None, None, author, now))  # fmt: skip
                    deleted += 1
            for key, data in mine:
                if any(data.get(c) is None for c in t.required):
                    continue  # names a record that is not shared (a car's deleted leg): kept here
                found = theirs.get((t.name, key))
                tomb = buried.get((t.name, key)) if found is None else None
                if tomb is not None and _content(t, tomb[0]) == _content(t, data):
                    gone.append((t, key))  # deleted by the team as this file holds it
                    removed += 1
                    continue
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
        # a record the team deleted, changed here meanwhile, is sent as this file's edit of
        # it: the server brings it back and asks (``differing``)
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
    return MergeReport(held, same, differing, new, dropped, deleted, removed)


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
) -> dict[str, str]:
    """Records of a table with its own ``id`` that the team holds too take the team's
    identity, one for one: first those with the same values in every column (the same
    requests imported on two laptops), then those that are the same thing with values
    of their own (:data:`SAME_THING`; merged as usual once sent).  Returns the identities
    given up: this file's → the team's."""
    held = {key for key, _ in mine}
    renamed: dict[str, str] = {}
    unmatched = [(key, data) for key, data in mine if (t.name, key) not in theirs]
    for key, team_key, _ in _pairs(t, unmatched, _not_held(t, theirs, held)):
        renamed[key] = team_key
        conn.execute("DELETE FROM sync_ids WHERE tbl = ? AND gid = ?", (t.name, team_key))
        conn.execute(
            "UPDATE sync_ids SET gid = ? WHERE tbl = ? AND gid = ?", (team_key, t.name, key)
        )
    return renamed


def _not_held(
    t: Table, theirs: dict[tuple[str, str], tuple[Data, int]], held: set[str]
) -> list[tuple[str, Data]]:
    """The team's records of ``t`` this file holds no record of, in key order."""
    return [
        (k, d) for (tbl, k), (d, _) in sorted(theirs.items()) if tbl == t.name and k not in held
    ]


def _pairs(
    t: Table, mine: list[tuple[str, Data]], team: list[tuple[str, Data]]
) -> list[tuple[str, str, Data]]:
    """(this file's key, the team's key, this file's values) for each of ``mine`` that is
    one of ``team``'s records, one for one: first by the same values in every column,
    then as the same thing to a person (:data:`SAME_THING`)."""
    pairs: list[tuple[str, str, Data]] = []
    for columns in (t.columns, SAME_THING.get(t.name)):
        if columns is None:
            continue
        waiting: dict[str, list[str]] = {}
        for key, data in team:
            waiting.setdefault(_values(columns, data), []).append(key)
        rest = []
        for key, data in mine:
            candidates = waiting.get(_values(columns, data))
            if candidates:
                pairs.append((key, candidates.pop(0), data))
            else:
                rest.append((key, data))
        mine = rest
        left = {k for keys in waiting.values() for k in keys}  # not taken yet
        team = [(k, d) for k, d in team if k in left]
    return pairs


def deletions_waiting(conn: sqlite3.Connection, names: list[str]) -> dict[str, list[Change]]:
    """The records of these tables this file deleted while the team could not take the
    deletions (net of what was made again since), table by table."""
    marks = ", ".join("?" for _ in names)
    rows = conn.execute(
        "SELECT seq, tbl, key, op, old, new, base, author, at FROM sync_outbox "
        f"WHERE tbl IN ({marks}) ORDER BY seq",
        names,
    )
    found: dict[str, list[Change]] = {}
    for change in compact(outbox_row(r) for r in rows):
        if change.new is None and change.old is not None:
            found.setdefault(change.tbl, []).append(change)
    return found


def _translated(t: Table, data: Data, renamed: dict[str, dict[str, str]]) -> Data:
    """``data`` with its references to records that took the team's identity renamed."""
    return {
        c: renamed.get(t.refs[c], {}).get(v, v) if c in t.refs and isinstance(v, str) else v
        for c, v in data.items()
    }


def _deleted_here(
    conn: sqlite3.Connection,
    t: Table,
    changes: list[Change],
    theirs: dict[tuple[str, str], tuple[Data, int]],
    held: set[str],
    renamed: dict[str, dict[str, str]],
) -> list[tuple[str, Data]]:
    """The team's records this file deleted: (the team's key, the values it had here).

    A record keyed by what it links is found by its key; one with its own ``id`` by the
    same values, then as the same thing to a person (:data:`SAME_THING`), among the
    team's records of the table this file does not hold."""
    found: list[tuple[str, Data]] = []
    if not t.own_id:
        for change in changes:
            parts = {
                c: renamed.get(t.refs[c], {}).get(v, v) if c in t.refs else v
                for c, v in t.split_key(change.key).items()
            }
            key = t.make_key(parts)
            if key is not None and (t.name, key) in theirs and key not in held:
                found.append((key, _translated(t, change.old or {}, renamed)))
        return found
    pending = [(c.key, _translated(t, c.old or {}, renamed)) for c in changes]
    mine = renamed.setdefault(t.name, {})
    for key, team_key, old in _pairs(t, pending, _not_held(t, theirs, held)):
        mine[key] = team_key
        found.append((team_key, old))
        # the deleted record's remembered identity is the team's now (an undo brings
        # back the team's record)
        conn.execute(
            "DELETE FROM sync_ids WHERE tbl = ? AND gid = ? AND alive = 0", (t.name, team_key)
        )
        conn.execute(
            "UPDATE sync_ids SET gid = ? WHERE tbl = ? AND gid = ? AND alive = 0",
            (team_key, t.name, key),
        )
    return found
