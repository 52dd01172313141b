"""The laptop's side of sync: its team settings, outbox, identities and applying
what others did (SQL on the local file; the synced tables are named by
:mod:`models.sync.tables`, never typed by the caller).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from models import messages
from models.store.base import highest_known_id
from models.sync import capture
from models.sync.capture import UUID_SQL, columns_of
from models.sync.merge import Change, Conflict, Data, compact, outbox_row
from models.sync.tables import ORDER, TABLES, Table, table


@dataclass(frozen=True)
class TeamSettings:
    server: str
    author: str
    role: str
    format: int
    last_seq: int
    last_sync: str | None
    pending_batch: str | None
    pending_upto: int | None


@dataclass(frozen=True)
class Remote:
    """A record as the server holds it (``data`` None: deleted or not visible)."""

    tbl: str
    key: str
    data: Data | None
    version: int


@dataclass(frozen=True)
class StoredConflict:
    id: int
    conflict: Conflict
    created_at: str


@contextlib.contextmanager
def write(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction that waits for other writers (BEGIN IMMEDIATE)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def settings(conn: sqlite3.Connection) -> TeamSettings | None:
    row = conn.execute(
        "SELECT server, author, role, format, last_seq, last_sync, pending_batch, pending_upto "
        "FROM sync_local"
    ).fetchone()
    return TeamSettings(*row) if row else None


def enter_team(
    conn: sqlite3.Connection,
    server: str,
    author: str,
    role: str,
    format_: int,
    last_seq: int = 0,
    last_sync: str | None = None,
) -> None:
    """Inside a write transaction: the file now belongs to a team.  Its capture
    triggers are installed (a file used alone has none) and its settings written;
    changes made from here on are captured."""
    capture.install(conn)
    conn.execute(
        "INSERT INTO sync_local (id, capture, server, author, role, format, last_seq, "
        "last_sync) VALUES (1, 1, ?, ?, ?, ?, ?, ?)",
        (server, author, role, format_, last_seq, last_sync),
    )


def outbox_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM sync_outbox").fetchone()[0])


def pending_changes(conn: sqlite3.Connection, upto: int | None = None) -> list[Change]:
    sql = "SELECT seq, tbl, key, op, old, new, base, author, at FROM sync_outbox"
    params: tuple[Any, ...] = ()
    if upto is not None:
        sql += " WHERE seq <= ?"
        params = (upto,)
    return compact(outbox_row(r) for r in conn.execute(sql + " ORDER BY seq", params))


def outbox_head(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(max(seq), 0) FROM sync_outbox").fetchone()[0])


# -- identities ------------------------------------------------------------------


class Identities:
    """Local id ↔ global identity, for the entity tables.

    Looked up one record at a time and remembered (a sync touches a few records
    of tables that may hold 100,000), or with ``whole=True`` loaded a table at a
    time (making a team sends every record).
    """

    def __init__(self, conn: sqlite3.Connection, *, whole: bool = False) -> None:
        self.conn = conn
        self.whole = whole
        self._loaded: set[str] = set()
        self._to_gid: dict[str, dict[int, str]] = {}
        self._to_local: dict[str, dict[str, int]] = {}
        self._top: dict[str, int] = {}  # see fresh_id

    def _maps(self, tbl: str) -> tuple[dict[int, str], dict[str, int]]:
        to_gid = self._to_gid.setdefault(tbl, {})
        to_local = self._to_local.setdefault(tbl, {})
        if self.whole and tbl not in self._loaded:
            self._loaded.add(tbl)
            for local_id, gid, alive in self.conn.execute(
                "SELECT local_id, gid, alive FROM sync_ids WHERE tbl = ?", (tbl,)
            ):
                to_gid[local_id] = gid
                if alive:
                    to_local[gid] = local_id
        return to_gid, to_local

    def gid(self, tbl: str, local_id: int) -> str | None:
        """The identity a local id stands for; a reference to a record gone from this
        file (a vehicle's deleted leg) still names it, as the capture triggers do."""
        to_gid, _ = self._maps(tbl)
        found = to_gid.get(local_id)
        if found is None and not self.whole:
            row = self.conn.execute(
                "SELECT gid FROM sync_ids WHERE tbl = ? AND local_id = ?", (tbl, local_id)
            ).fetchone()
            if row:
                found = to_gid[local_id] = row[0]
        return found

    def local(self, tbl: str, gid: str) -> int | None:
        to_gid, to_local = self._maps(tbl)
        found = to_local.get(gid)
        if found is None and not self.whole:
            row = self.conn.execute(
                "SELECT local_id FROM sync_ids WHERE tbl = ? AND gid = ? AND alive = 1",
                (tbl, gid),
            ).fetchone()
            if row:
                found = to_local[gid] = row[0]
                to_gid[row[0]] = gid
        return found

    def preload(self, tbl: str, gids: Iterable[str]) -> None:
        """Look up many identities at once (500 per query) instead of one by one.

        By the index on identities: left to itself, SQLite walks the table's every
        identity in local-id order for each query (53 ms for 1,000 of 100,000 people,
        against 5 ms)."""
        to_gid, to_local = self._maps(tbl)
        wanted = [g for g in set(gids) if g not in to_local]
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for local_id, gid in self.conn.execute(
                f"SELECT local_id, gid FROM sync_ids INDEXED BY sync_ids_gid WHERE tbl = ? "
                f"AND alive = 1 AND gid IN ({marks})",
                [tbl, *chunk],
            ):
                to_gid[local_id] = gid
                to_local[gid] = local_id

    def remember(self, tbl: str, local_id: int, gid: str) -> None:
        to_gid, to_local = self._maps(tbl)
        old = to_gid.get(local_id)
        if old is not None:
            to_local.pop(old, None)
        to_gid[local_id] = gid
        to_local[gid] = local_id
        self.conn.execute("DELETE FROM sync_ids WHERE tbl = ? AND gid = ?", (tbl, gid))
        self.conn.execute(
            "INSERT INTO sync_ids (tbl, local_id, gid, alive) VALUES (?, ?, ?, 1) "
            "ON CONFLICT (tbl, local_id) DO UPDATE SET gid = excluded.gid, alive = 1",
            (tbl, local_id, gid),
        )

    def bury(self, tbl: str, local_id: int) -> None:
        """The record is gone from this file, but its pairing stays (not alive): should
        it come back under its old id (an undo here) or by its identity (an undo on
        another laptop), it is the same record again, and a vehicle that kept its deleted
        leg's id rides on that leg again."""
        to_gid, to_local = self._maps(tbl)
        gid = to_gid.pop(local_id, None)
        if gid is not None:
            to_local.pop(gid, None)
        self.conn.execute(
            "UPDATE sync_ids SET alive = 0 WHERE tbl = ? AND local_id = ?", (tbl, local_id)
        )

    def fresh_id(self, tbl: str) -> int:
        """An id no record of ``tbl`` has, nor is remembered for (:func:`highest_known_id`,
        read once per table while this object lives: then counted on)."""
        top = self._top.get(tbl)
        if top is None:
            top = highest_known_id(self.conn, tbl)
        self._top[tbl] = top + 1
        return top + 1

    def buried(self, tbl: str, gid: str) -> int | None:
        """The local id a record gone from this file had (or was promised: see
        :meth:`promise`), None when this file never knew it."""
        row = self.conn.execute(
            "SELECT local_id FROM sync_ids WHERE tbl = ? AND gid = ? AND alive = 0", (tbl, gid)
        ).fetchone()
        return None if row is None else int(row[0])

    def promise(self, tbl: str, gid: str) -> int:
        """The local id a loose reference to a record not here holds (a vehicle whose leg
        was deleted before this file heard of it): the id the record had here, or a new
        one no record of the table has or will be given (new records' ids pass over
        remembered ones: :meth:`models.store.base.StoreBase._unremembered_id`), kept with
        its identity, so that the record, should it come back, gets that id and what
        refers to it is linked again."""
        found = self.buried(tbl, gid)
        if found is not None:
            return found
        promised = self.fresh_id(tbl)
        self.conn.execute(
            "INSERT INTO sync_ids (tbl, local_id, gid, alive) VALUES (?, ?, ?, 0)",
            (tbl, promised, gid),
        )
        return promised


def assign_identities(conn: sqlite3.Connection) -> None:
    """Give every record without a global identity a new one (joining a team)."""
    for t in TABLES:
        if t.own_id:
            conn.execute(
                f"INSERT INTO sync_ids (tbl, local_id, gid) SELECT '{t.name}', id, {UUID_SQL} "
                f"FROM {t.name} WHERE id NOT IN "
                f"(SELECT local_id FROM sync_ids WHERE tbl = '{t.name}')"
            )


def record_key(t: Table, row: dict[str, Any], ids: Identities) -> str | None:
    if t.own_id:
        return ids.gid(t.name, row["id"])
    return t.make_key(
        {
            c: (ids.gid(t.refs[c], row[c]) if row[c] is not None else None)
            if c in t.refs
            else row[c]
            for c in t.key
        }
    )


def to_data(t: Table, row: dict[str, Any], ids: Identities) -> Data:
    """A local row as shared data: references become global identities."""
    data: Data = {}
    for c in t.columns:
        value = row.get(c)
        if c in t.refs and value is not None:
            value = ids.gid(t.refs[c], value)
        data[c] = value
    return data


def local_records(
    conn: sqlite3.Connection, t: Table, ids: Identities
) -> Iterator[tuple[str, Data]]:
    """Every record of a table as (key, data)."""
    cursor = conn.execute(f"SELECT * FROM {t.name}")
    names = [d[0] for d in cursor.description]
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        key = record_key(t, row, ids)
        if key is not None:
            yield key, to_data(t, row, ids)


# -- applying what others did -------------------------------------------------------


def _differs(held: Any, value: Any) -> bool:
    """Whether a column holding ``held`` must be written to hold ``value`` (the same
    number as an integer or a real, or as a boolean and 0 or 1, is the same)."""
    if isinstance(held, int | float) and isinstance(value, int | float):
        return bool(held != value)
    return type(held) is not type(value) or bool(held != value)


@dataclass(frozen=True)
class _Update:
    """A received record that only updates a row held here (see :meth:`Applier.apply`)."""

    record: Remote
    table: Table
    values: dict[str, Any]
    local_id: int
    whole: bool  # no field of this laptop's own kept: the row is the server's version

    def same_statement(self, other: _Update) -> bool:
        return self.table is other.table and list(self.values) == list(other.values)


class Applier:
    """Writes the server's records into the local file, capture switched off.

    Fields this laptop changed and has not pushed yet keep their local value
    (they go out with the next push, merged there); a record deleted here and
    not yet pushed stays deleted, and one edited here is not deleted.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.ids = Identities(conn)
        self.pending = {(c.tbl, c.key): c for c in pending_changes(conn)}
        self.columns = {t.name: set(columns_of(conn, t.name)) for t in TABLES}
        self.skipped: list[tuple[str, str]] = []
        self.applied = 0

    def _row_values(self, t: Table, data: Data, keep: set[str]) -> dict[str, Any] | None:
        """The local row's values; None when a required record is not here.  A loose
        reference to a record not here (a vehicle's deleted leg) holds the id that record
        had here, or one promised to it (:meth:`Identities.promise`)."""
        values: dict[str, Any] = {}
        for c in t.columns:
            if c in keep or c not in self.columns[t.name]:
                continue
            value = data.get(c)
            if c in t.refs and value is not None:
                local = self.ids.local(t.refs[c], value)
                if local is None:
                    if c in t.loose:
                        local = self.ids.promise(t.refs[c], value)
                    elif c in t.required:
                        return None
                value = local
            values[c] = value
        return values

    def locate(self, t: Table, key: str) -> dict[str, Any] | None:
        """The local row's key columns, or None when the record is not here."""
        return self._locate(t, key)

    def _locate(self, t: Table, key: str) -> dict[str, Any] | None:
        """The local row's key columns, or None when the record is not here."""
        if t.own_id:
            local = self.ids.local(t.name, key)
            return None if local is None else {"id": local}
        where: dict[str, Any] = {}
        for column, value in t.split_key(key).items():
            if column in t.refs:
                found_id = self.ids.local(t.refs[column], value)
                if found_id is None:
                    return None
                where[column] = found_id
            else:
                where[column] = value
        conds = " AND ".join(f"{c} = ?" for c in where)
        found = self.conn.execute(
            f"SELECT 1 FROM {t.name} WHERE {conds}", list(where.values())
        ).fetchone()
        return where if found else None

    def upsert(self, record: Remote, versions: list[tuple[str, str, int]]) -> None:
        """Write one record; the version it now holds goes into ``versions``."""
        t = table(record.tbl)
        assert record.data is not None
        mine = self.pending.get((record.tbl, record.key))
        if mine is not None and mine.new is None:
            return  # deleted here; the push decides
        keep = set(mine.changed_fields()) if mine is not None else set()
        values = self._row_values(t, record.data, keep)
        if values is None:
            self.skipped.append((record.tbl, record.key))
            return
        where = self._locate(t, record.key)
        if where is None and t.own_id:
            # a record this file had (or promised an id to) comes back under that id
            old_id = self.ids.buried(t.name, record.key)
            if (
                old_id is not None
                and not self.conn.execute(
                    f"SELECT 1 FROM {t.name} WHERE id = ?", (old_id,)
                ).fetchone()
            ):
                values = {"id": old_id, **values}
            else:  # a new record never takes a remembered id
                values = {"id": self.ids.fresh_id(t.name), **values}
        self.conn.execute("SAVEPOINT sync_apply")
        try:
            if where is not None:
                if values:
                    sets = ", ".join(f"{c} = ?" for c in values)
                    if "version" in self.columns[t.name]:
                        sets += ", version = version + 1"  # open copies are now stale
                    conds = " AND ".join(f"{c} = ?" for c in where)
                    self.conn.execute(
                        f"UPDATE {t.name} SET {sets} WHERE {conds}",
                        [*values.values(), *where.values()],
                    )
            else:
                cols = ", ".join(values)
                marks = ", ".join("?" for _ in values)
                cursor = self.conn.execute(
                    f"INSERT INTO {t.name} ({cols}) VALUES ({marks})", list(values.values())
                )
                if t.own_id:
                    self.ids.remember(t.name, int(cursor.lastrowid or 0), record.key)
            self._touch_owner(t, values)
            if not keep:
                # With fields of our own kept, the row is not the server's version:
                # the old version stays, so our next changes are merged field by field.
                versions.append((record.tbl, record.key, record.version))
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK TO sync_apply")
            self.skipped.append((record.tbl, record.key))
            return
        finally:
            self.conn.execute("RELEASE sync_apply")
        self.applied += 1

    def _plain_update(self, record: Remote) -> _Update | None:
        """``record`` as an update of a row this file holds by its id, when it is only
        that (no new row, no identity to remember, nothing to skip)."""
        t = table(record.tbl)
        if not t.own_id or record.data is None:
            return None
        mine = self.pending.get((record.tbl, record.key))
        if mine is not None and mine.new is None:
            return None
        keep = set(mine.changed_fields()) if mine is not None else set()
        values = self._row_values(t, record.data, keep)
        local_id = self.ids.local(t.name, record.key)
        if values is None or local_id is None or not values:
            return None
        return _Update(record, t, values, local_id, not keep)

    def _update_many(self, run: list[_Update], versions: list[tuple[str, str, int]]) -> None:
        """Updates of one table's rows with the same columns, in one savepoint: each row
        has only the columns that differ from what it holds written, one ``executemany``
        per set of such columns.  (Writing every column rewrote every index of the
        table at each row: a person whose notes changed had their name, e-mail and
        organisation entries moved too, three times the work at 100,000 people.)
        Should any row be refused, each is written on its own as :meth:`upsert` writes
        it, so one refused row does not stop the rest."""
        if len(run) <= 1:
            for update in run:
                self.upsert(update.record, versions)
            return
        t = run[0].table
        held = self._held_values(t, list(run[0].values), [u.local_id for u in run])
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = {}
        for u in run:
            now = held.get(u.local_id)
            changed = tuple(
                c
                for c, v in u.values.items()
                if now is None or (h := now[c]) != v or (type(h) is not type(v) and _differs(h, v))
            )
            if changed:
                params = (*(u.values[c] for c in changed), u.local_id)
                groups.setdefault(changed, []).append(params)
        stale = ", version = version + 1" if "version" in self.columns[t.name] else ""
        self.conn.execute("SAVEPOINT sync_apply_many")
        try:
            for columns, rows in groups.items():
                sets = ", ".join(f"{c} = ?" for c in columns) + stale  # open copies: stale
                self.conn.executemany(f"UPDATE {t.name} SET {sets} WHERE id = ?", rows)
            for update in run:
                self._touch_owner(t, update.values)
        except sqlite3.IntegrityError:
            self.conn.execute("ROLLBACK TO sync_apply_many")
            self.conn.execute("RELEASE sync_apply_many")
            for update in run:
                self.upsert(update.record, versions)
            return
        self.conn.execute("RELEASE sync_apply_many")
        for update in run:
            if update.whole:
                versions.append((update.record.tbl, update.record.key, update.record.version))
        self.applied += len(run)

    def _held_values(
        self, t: Table, columns: list[str], ids: list[int]
    ) -> dict[int, dict[str, Any]]:
        """What the rows ``ids`` of ``t`` hold in ``columns`` (500 ids per query)."""
        held: dict[int, dict[str, Any]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for row in self.conn.execute(
                f"SELECT id, {', '.join(columns)} FROM {t.name} WHERE id IN ({marks})", chunk
            ):
                held[row[0]] = dict(zip(columns, row[1:], strict=True))
        return held

    def delete(self, record: Remote) -> None:
        t = table(record.tbl)
        mine = self.pending.get((record.tbl, record.key))
        if mine is not None and mine.new is not None:
            return  # edited here: the push brings it back and asks
        where = self._locate(t, record.key)
        self.conn.execute(
            "DELETE FROM sync_records WHERE tbl = ? AND key = ?", (record.tbl, record.key)
        )
        if where is None:
            return
        conds = " AND ".join(f"{c} = ?" for c in where)
        self.conn.execute("SAVEPOINT sync_apply")
        try:
            self.conn.execute(f"DELETE FROM {t.name} WHERE {conds}", list(where.values()))
            if t.own_id:
                self.ids.bury(t.name, where["id"])
        except sqlite3.IntegrityError:
            # still used here by something not yet pushed: kept, fetched again next time
            self.conn.execute("ROLLBACK TO sync_apply")
            self.skipped.append((record.tbl, record.key))
            return
        finally:
            self.conn.execute("RELEASE sync_apply")
        self.applied += 1

    def _touch_owner(self, t: Table, values: dict[str, Any]) -> None:
        """Raise the row version of the record a changed part belongs to (an event's
        attendees, a delegation's members), so a window holding it knows it is stale.
        The tables shared since format 3 (requests, protocol) are not edited as parts of
        the records they name."""
        if t.since > 2:
            return
        for column, owner in (("event_id", "events"), ("delegation_id", "delegations"),
                              ("venue_id", "venues")):  # fmt: skip
            if t.name in ("events", "rooms") and column == "venue_id":
                continue
            local_id = values.get(column)
            if local_id is not None and "version" in self.columns[owner]:
                self.conn.execute(
                    f"UPDATE {owner} SET version = version + 1 WHERE id = ?", (local_id,)
                )

    def _versions(self, records: Sequence[Remote]) -> dict[tuple[str, str], int]:
        """The versions this file holds of ``records`` (500 keys per query)."""
        by_table: dict[str, list[str]] = {}
        for r in records:
            if r.data is not None:
                by_table.setdefault(r.tbl, []).append(r.key)
        known: dict[tuple[str, str], int] = {}
        for tbl, keys in by_table.items():
            for start in range(0, len(keys), 500):
                chunk = keys[start : start + 500]
                marks = ",".join("?" for _ in chunk)
                for key, version in self.conn.execute(
                    f"SELECT key, version FROM sync_records WHERE tbl = ? AND key IN ({marks})",
                    [tbl, *chunk],
                ):
                    known[(tbl, key)] = version
        return known

    def _held(self, record: Remote, known: dict[tuple[str, str], int]) -> bool:
        if record.data is None or (record.tbl, record.key) in self.pending:
            return False
        held = known.get((record.tbl, record.key))
        # a version is only worth something while the record is still here (a local
        # cascade may have removed it since)
        return held == record.version and self._locate(table(record.tbl), record.key) is not None

    def _write_versions(self, versions: list[tuple[str, str, int]]) -> None:
        self.conn.executemany(
            "INSERT INTO sync_records (tbl, key, version) VALUES (?, ?, ?) "
            "ON CONFLICT (tbl, key) DO UPDATE SET version = excluded.version",
            versions,
        )

    def apply(self, records: Sequence[Remote]) -> None:
        """Upserts in reference order, then deletions in the reverse order; records
        already held at the server's version (this laptop's own, sent cleanly) are
        left alone."""
        self._preload(records)
        known = self._versions(records)
        records = [r for r in records if not self._held(r, known)]
        live = sorted((r for r in records if r.data is not None), key=lambda r: ORDER[r.tbl])
        gone = sorted((r for r in records if r.data is None), key=lambda r: -ORDER[r.tbl])
        versions: list[tuple[str, str, int]] = []
        run: list[_Update] = []
        for record in live:
            update = self._plain_update(record)
            if update is not None and (not run or run[0].same_statement(update)):
                run.append(update)
                continue
            self._update_many(run, versions)
            run = []
            if update is not None:
                run.append(update)
            else:
                self.upsert(record, versions)
        self._update_many(run, versions)
        self._write_versions(versions)
        for record in gone:
            self.delete(record)
        if gone:
            self.forget_vanished()

    def _preload(self, records: Sequence[Remote]) -> None:
        """The local ids of the records and of those they refer to, a table at a time."""
        wanted: dict[str, set[str]] = {}
        for r in records:
            t = table(r.tbl)
            if t.own_id:
                wanted.setdefault(t.name, set()).add(r.key)
            else:
                for column, part in t.split_key(r.key).items():
                    if column in t.refs:
                        wanted.setdefault(t.refs[column], set()).add(part)
            for column, target in t.refs.items():
                value = r.data.get(column) if r.data else None
                if value:
                    wanted.setdefault(target, set()).add(str(value))
        for tbl, gids in wanted.items():
            self.ids.preload(tbl, gids)

    def forget_vanished(self) -> None:
        """Identities of rows that local cascades removed are no longer alive (kept, as
        :meth:`Identities.bury` keeps them)."""
        for t in TABLES:
            if t.own_id:
                self.conn.execute(
                    f"UPDATE sync_ids SET alive = 0 WHERE tbl = '{t.name}' AND alive = 1 "
                    f"AND local_id NOT IN (SELECT id FROM {t.name})"
                )
        self.ids = Identities(self.conn)


@contextlib.contextmanager
def capture_off(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside a write transaction: changes made here are not captured."""
    conn.execute("UPDATE sync_local SET capture = 0")
    yield
    conn.execute("UPDATE sync_local SET capture = 1")


# -- conflicts --------------------------------------------------------------------


def _problems_json(c: Conflict) -> str | None:
    if not c.problems:
        return None
    return json.dumps([messages.to_json(p) for p in c.problems], ensure_ascii=False)


def store_conflicts(conn: sqlite3.Connection, conflicts: Iterable[Conflict], now: str) -> None:
    """The conflicts with their reason: the English label, and the problems a merge
    would have had as messages (template and values), so the window can say them in
    its own language whenever it shows them."""
    conn.executemany(
        "INSERT INTO sync_conflicts (tbl, key, field, kind, label, problems, mine, theirs, "
        "mine_author, their_author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (c.tbl, c.key, c.field, c.kind, c.label, _problems_json(c),
             json.dumps(c.mine, ensure_ascii=False), json.dumps(c.theirs, ensure_ascii=False),
             c.mine_author, c.their_author, now)
            for c in conflicts
        ],
    )  # fmt: skip


def conflicts(conn: sqlite3.Connection) -> list[StoredConflict]:
    found = []
    for row in conn.execute(
        "SELECT id, tbl, key, field, kind, label, problems, mine, theirs, mine_author, "
        "their_author, created_at FROM sync_conflicts ORDER BY id"
    ):
        cid, tbl, key, fld, kind, label, problems, mine, theirs, mine_author, their_author, at = row
        found.append(
            StoredConflict(
                cid,
                Conflict(tbl, key, fld, kind, json.loads(mine), json.loads(theirs),
                         mine_author, their_author, label,
                         tuple(messages.from_json(p) for p in json.loads(problems or "[]"))),
                at,
            )
        )  # fmt: skip
    return found


def local_id_of(conn: sqlite3.Connection, tbl: str, key: str) -> dict[str, Any] | None:
    """The local key columns of a shared record (None when it is not here)."""
    return Applier(conn)._locate(table(tbl), key)


def local_data(conn: sqlite3.Connection, tbl: str, key: str) -> Data | None:
    t = table(tbl)
    where = local_id_of(conn, tbl, key)
    if where is None:
        return None
    conds = " AND ".join(f"{c} = ?" for c in where)
    cursor = conn.execute(f"SELECT * FROM {t.name} WHERE {conds}", list(where.values()))
    names = [d[0] for d in cursor.description]
    row = cursor.fetchone()
    return to_data(t, dict(zip(names, row, strict=True)), Identities(conn)) if row else None
