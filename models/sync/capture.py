"""Change capture in the local file: SQLite triggers write the outbox.

Every insert, update and delete of a synced table — whoever makes it: the
window, the command line, an import, the scheduler, an undo — writes a row to
``sync_outbox`` in the same transaction as the change itself: the table, the
record's global identity, the operation, the old and the new values (with
references as global identities), the author and the server version the
change was based on.  Because the triggers live in the file, no write path can
forget them.

The triggers live only in a file that belongs to a team: creating or joining
a team installs them, leaving one removes them (:func:`refresh`).  A file used
alone has none, so it keeps no outbox, its writes pay nothing for capture, and
SQLite has far less schema to read each time the file is opened (the 81
triggers are most of it: about 6 ms of the window's start).  Within a team
they act unless the file is applying changes pulled from the server
(``sync_local.capture = 1``).

``sync_ids`` pairs each local id with a global identity (a UUID).  A deleted
record keeps its pairing (marked not alive), also once the deletion has
reached the server: an event saved whole deletes and re-inserts its agenda and
legs under their old ids, and an undo re-inserts a deleted record under its
old id, and both must stay the same record for the others (an undo after the
deletion was sent puts the record back, under its identity, on every laptop).
New records are given ids above the remembered ones
(:meth:`models.store.base.StoreBase._unremembered_id`), so that only an undo
takes one back.
"""

from __future__ import annotations

import sqlite3

from models.sync.tables import TABLES, Table

LOCAL_SQL = """
    CREATE TABLE sync_local (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        capture INTEGER NOT NULL DEFAULT 0,
        server TEXT NOT NULL,
        author TEXT NOT NULL,
        role TEXT NOT NULL DEFAULT '',
        format INTEGER NOT NULL,
        last_seq INTEGER NOT NULL DEFAULT 0,
        last_sync TEXT,
        pending_batch TEXT,
        pending_upto INTEGER
    );
    CREATE TABLE sync_ids (
        tbl TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        gid TEXT NOT NULL,
        alive INTEGER NOT NULL DEFAULT 1,
        PRIMARY KEY (tbl, local_id)
    ) WITHOUT ROWID;
    CREATE UNIQUE INDEX sync_ids_gid ON sync_ids(tbl, gid);
    CREATE TABLE sync_records (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        PRIMARY KEY (tbl, key)
    ) WITHOUT ROWID;
    CREATE TABLE sync_outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
        old TEXT,
        new TEXT,
        base INTEGER,
        author TEXT NOT NULL,
        at TEXT NOT NULL
    );
    CREATE INDEX sync_outbox_key ON sync_outbox(tbl, key);
    CREATE TABLE sync_refetch (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (tbl, key)
    ) WITHOUT ROWID;
    CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL CHECK (kind IN ('field', 'edit-deleted', 'delete-edited')),
        label TEXT NOT NULL,
        mine TEXT,
        theirs TEXT,
        mine_author TEXT NOT NULL DEFAULT '',
        their_author TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    )
"""

#: A random (version 4) UUID, made by SQLite itself.
UUID_SQL = (
    "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
    "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
    "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))"
)

_ACTIVE = "(SELECT capture FROM sync_local) = 1"
_NOW = "strftime('%Y-%m-%dT%H:%M:%SZ', 'now')"
_AUTHOR = "(SELECT author FROM sync_local)"


def _gid(table: str, local_id: str) -> str:
    return f"(SELECT gid FROM sync_ids WHERE tbl = '{table}' AND local_id = {local_id})"


def _key(t: Table, row: str) -> str:
    if t.own_id:
        return _gid(t.name, f"{row}.id")
    parts = [_gid(t.refs[c], f"{row}.{c}") if c in t.refs else f"{row}.{c}" for c in t.key]
    return " || ':' || ".join(parts)


def _json(t: Table, row: str, columns: list[str], reals: frozenset[str]) -> str:
    parts = []
    for c in columns:
        value = _gid(t.refs[c], f"{row}.{c}") if c in t.refs else f"{row}.{c}"
        if c in reals:
            # json_object writes a double with 15 digits, which loses the last bits of a
            # seat's position; 17 digits give it back exactly
            value = f"CASE WHEN {value} IS NULL THEN NULL ELSE json(printf('%!.17g', {value})) END"
        parts.append(f"'{c}', {value}")
    return f"json_object({', '.join(parts)})"


def _base(t: Table, key: str) -> str:
    return f"(SELECT version FROM sync_records WHERE tbl = '{t.name}' AND key = {key})"


def _outbox(t: Table, op: str, key: str, old: str, new: str, when: str = "1") -> str:
    # A record without a global identity was never shared (a link to such a record
    # neither): nothing to tell the team, and the change itself must not fail.
    return (
        "INSERT INTO sync_outbox (tbl, key, op, old, new, base, author, at) "
        f"SELECT '{t.name}', {key}, '{op}', {old}, {new}, {_base(t, key)}, {_AUTHOR}, {_NOW} "
        f"WHERE {when} AND {key} IS NOT NULL;"
    )


def _own_id(t: Table, row: str) -> str:
    return (
        f"INSERT INTO sync_ids (tbl, local_id, gid) VALUES ('{t.name}', {row}.id, {UUID_SQL}) "
        "ON CONFLICT (tbl, local_id) DO UPDATE SET alive = 1;"
    )


def trigger_sql(t: Table, present: list[str], reals: frozenset[str] = frozenset()) -> list[str]:
    """The three triggers of one table, for the columns the file has (``reals``: those
    of them declared REAL)."""
    columns = [c for c in t.columns if c in present]
    name = f"sync_capture_{t.name}"
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    insert_body = (_own_id(t, "NEW") if t.own_id else "") + _outbox(
        t, "I", _key(t, "NEW"), "NULL", _json(t, "NEW", columns, reals)
    )
    update_body = (_own_id(t, "NEW") if t.own_id else "") + _outbox(
        t, "U", _key(t, "NEW"), _json(t, "OLD", columns, reals), _json(t, "NEW", columns, reals)
    )
    delete_body = _outbox(t, "D", _key(t, "OLD"), _json(t, "OLD", columns, reals), "NULL")
    if t.own_id:
        delete_body += (
            f"UPDATE sync_ids SET alive = 0 WHERE tbl = '{t.name}' AND local_id = OLD.id;"
        )
    statements = [
        f"CREATE TRIGGER {name}_i AFTER INSERT ON {t.name} WHEN {_ACTIVE} BEGIN {insert_body} END",
        f"CREATE TRIGGER {name}_d AFTER DELETE ON {t.name} WHEN {_ACTIVE} BEGIN {delete_body} END",
    ]
    if t.own_id:
        statements.append(
            f"CREATE TRIGGER {name}_u AFTER UPDATE ON {t.name} WHEN {_ACTIVE} AND ({changed}) "
            f"BEGIN {update_body} END"
        )
    else:
        # A record whose key changes is another record: the old one goes, a new one comes.
        moved = "(" + " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in t.key) + ")"
        old, new = _json(t, "OLD", columns, reals), _json(t, "NEW", columns, reals)
        body = (
            _outbox(t, "U", _key(t, "NEW"), old, new, f"NOT {moved}")
            + _outbox(t, "D", _key(t, "OLD"), old, "NULL", moved)
            + _outbox(t, "I", _key(t, "NEW"), "NULL", new, moved)
        )
        statements.append(
            f"CREATE TRIGGER {name}_u AFTER UPDATE ON {t.name} WHEN {_ACTIVE} AND ({changed}) "
            f"BEGIN {body} END"
        )
    return statements


def columns_of(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]


def install(conn: sqlite3.Connection) -> None:
    """(Re)create the capture triggers of every synced table, for every column the
    file has (the file becomes a team's: see :func:`refresh`)."""
    remove(conn)
    for t in TABLES:
        reals = frozenset(
            r[1]
            for r in conn.execute(f"PRAGMA table_info({t.name})")
            if str(r[2]).upper() == "REAL"
        )
        for statement in trigger_sql(t, columns_of(conn, t.name), reals):
            conn.execute(statement)


def remove(conn: sqlite3.Connection) -> None:
    """Drop the capture triggers (a file leaving its team, or never in one)."""
    for t in TABLES:
        for suffix in ("i", "u", "d"):
            conn.execute(f"DROP TRIGGER IF EXISTS sync_capture_{t.name}_{suffix}")


def in_team(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sync_local").fetchone() is not None


def refresh(conn: sqlite3.Connection) -> None:
    """The triggers a file needs: every synced column captured in a team's file,
    none in a file used alone.  A migration that changes the columns of a synced
    table calls this at its end."""
    if in_team(conn):
        install(conn)
    else:
        remove(conn)


def create_local_tables(conn: sqlite3.Connection) -> None:
    for statement in (s.strip() for s in LOCAL_SQL.split(";")):
        if statement:
            conn.execute(statement)
