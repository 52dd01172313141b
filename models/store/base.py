"""The store's connection: opening, transactions, and query helpers."""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from models.errors import NotFound, StaleRecord
from models.store.connection import MEMORY, connect, translated, wrap
from models.versions import Key, Written, differences

#: Names of nested savepoints (unique within the process).
_SAVEPOINTS = itertools.count(1)

if TYPE_CHECKING:
    import sqlite_utils


#: Versioned table → the store method that reads one of its records.
_READERS = {
    "organisations": ("organisation", "organisation"),
    "people": ("person", "person"),
    "delegations": ("delegation", "delegation"),
    "venues": ("venue", "venue"),
    "events": ("event", "event"),
}


class StoreBase:
    """The connection and the small helpers every part of the store uses.

    Use a store on the thread that opened it.  Row versions: see
    :mod:`models.versions`.
    """

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self.read_only = False  # set by open(read_only=True)
        self._db: sqlite_utils.Database | None = None
        self.path = path
        self._open = True
        self._expected: dict[Key, int] = {}
        self._journals: list[list[Written]] = []
        #: Called with each :class:`Written`, inside the writing transaction.
        self.write_listeners: list[Callable[[Written], None]] = []

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(
        cls, path: str | os.PathLike[str], *, create: bool = True, read_only: bool = False
    ) -> Self:
        """Open, creating and migrating as needed; refuses foreign files untouched.

        ``read_only``: for reading only; nothing is created or changed, not
        even an upgrade of an older file (that happens in memory).
        """
        from models.store.backups import snapshot_file

        name = os.fspath(path)

        def before_migration(file: Path, version: int) -> None:
            snapshot_file(file, f"migration from version {version}")

        conn = connect(name, create=create, before_migration=before_migration, read_only=read_only)
        store = cls(conn, name if name == MEMORY else str(Path(name).expanduser()))
        store.read_only = read_only
        return store

    @classmethod
    def memory(cls) -> Self:
        return cls.open(MEMORY)

    def reopen(self) -> Self:
        """A new connection to the same file (for another thread)."""
        if self.path == MEMORY:
            raise ValueError("an in-memory database cannot be opened twice")
        return type(self).open(self.path, create=False)

    def close(self) -> None:
        """Close, first moving everything from the ``-wal`` into the database file.

        So that copying the ``.db`` file afterwards copies everything (the last
        connection to close does this anyway; a process ended by a signal
        while another still has the file open would not).
        """
        if not getattr(self, "read_only", False) and self.path != MEMORY:
            with contextlib.suppress(sqlite3.Error):
                if self._conn.in_transaction:
                    self._conn.rollback()
                self._conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # never waits
        self._open = False
        self._conn.close()

    @property
    def is_open(self) -> bool:
        """False once closed: work queued for later (timers, polls) then has nothing to read."""
        return self._open

    @property
    def conn(self) -> sqlite3.Connection:
        return self._conn

    @property
    def db(self) -> sqlite_utils.Database:
        """sqlite-utils over this connection (made on the first write)."""
        if self._db is None:
            self._db = wrap(self._conn)
        return self._db

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One write transaction (a savepoint when nested).

        The outermost one starts with ``BEGIN IMMEDIATE``: the write lock is
        taken before the first read, so what a write checks first (is this
        e-mail address taken? does that organisation still exist?) cannot
        change before it commits, and a database busy with another writer is
        waited for (the connection's busy timeout) instead of failing half-way.
        """
        with translated(self.path):
            if self._conn.in_transaction:
                name = f"dd_{next(_SAVEPOINTS)}"
                self._conn.execute(f"SAVEPOINT {name}")
                try:
                    yield
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                        self._conn.execute(f"RELEASE SAVEPOINT {name}")
                    raise
                self._conn.execute(f"RELEASE SAVEPOINT {name}")
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise
            try:
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                raise

    @contextlib.contextmanager
    def waiting_at_most(self, milliseconds: int) -> Iterator[None]:
        """Within, another program's lock is waited for at most ``milliseconds``.

        After that a write fails with :class:`~models.errors.DatabaseBusy` at
        once (rolled back, nothing written), so a caller that must not block —
        the window — can keep the event loop running and try again.
        """
        with translated(self.path):
            before = int(self._conn.execute("PRAGMA busy_timeout").fetchone()[0])
            self._conn.execute(f"PRAGMA busy_timeout = {max(0, int(milliseconds)):d}")
        try:
            yield
        finally:
            with translated(self.path):
                self._conn.execute(f"PRAGMA busy_timeout = {before:d}")

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads that see one consistent state of the file (a read transaction)."""
        if self._conn.in_transaction:
            yield
            return
        with translated(self.path):
            self._conn.execute("BEGIN")
            try:
                yield
            finally:
                if self._conn.in_transaction:  # an error may have ended it already
                    self._conn.execute("COMMIT")

    # -- row versions (models.versions) ---------------------------------------------

    @contextlib.contextmanager
    def expecting(self, versions: Mapping[Key, int]) -> Iterator[None]:
        """Writes within expect these versions of these records, whatever the
        entities written say (undo and redo write snapshots of older versions;
        "overwrite" expects the version found stored).  When nested, the outer
        call's versions win: it is the caller who knows what the user chose."""
        saved = self._expected
        self._expected = {**versions, **saved}
        try:
            yield
        finally:
            self._expected = saved

    @contextlib.contextmanager
    def recording(self) -> Iterator[list[Written]]:
        """Collect a :class:`Written` for every record written within."""
        journal: list[Written] = []
        self._journals.append(journal)
        try:
            yield journal
        finally:
            self._journals.remove(journal)

    def data_version(self) -> int:
        """Changes whenever another connection commits to the file (cheap to poll)."""
        return int(self._scalar("PRAGMA data_version"))

    def records_stamp(self) -> tuple[float, ...]:
        """How many records of each versioned kind there are and the sum of their
        versions: changes whenever one is added, deleted or written (by anyone).

        Reads every row's version (a few milliseconds for 100,000 people), so
        look at :meth:`data_version` first and at this only when that moved.
        """
        from models.store.migrations import VERSIONED_TABLES

        stamp: list[float] = []
        with self.snapshot():
            for table in VERSIONED_TABLES:
                row = self.conn.execute(f"SELECT count(*), total(version) FROM {table}").fetchone()
                stamp.extend(row)
        return tuple(stamp)

    def _wrote(self, table: str, key: int, version: int | None) -> None:
        if self._journals or self.write_listeners:
            written = Written(table, key, version)
            for journal in self._journals:
                journal.append(written)
            for listener in self.write_listeners:
                listener(written)

    def _bump(self, table: str, key: int, version: int, attempted: object = None) -> int:
        """Raise a record's version, refusing if it is not the one expected.

        Expected is the version given to :meth:`expecting` for this record, or
        else ``version`` (the one the writer loaded).  Returns the new version.
        Run inside the write's transaction, before the write itself.
        """
        expected = self._expected.get((table, key), version)
        cursor = self.conn.execute(
            f"UPDATE {table} SET version = version + 1 WHERE id = ? AND version = ?",
            (key, expected),
        )
        if cursor.rowcount == 0:
            self._refuse(table, key, expected, attempted)
        return expected + 1

    def _refuse(self, table: str, key: int, expected: int, attempted: object) -> None:
        reader, what = _READERS.get(table, (table, table))
        stored = self._scalar(f"SELECT version FROM {table} WHERE id = ?", (key,))
        if stored is None:
            name = _name_of(attempted)
            if name:
                message = _say("The {what} “{name}” no longer exists: it was deleted elsewhere.",
                               what=_noun(what), name=name)  # fmt: skip
            else:
                message = _say("There is no {what} with id {key} (deleted elsewhere?).",
                               what=_noun(what), key=key)  # fmt: skip
            raise NotFound(message, table, key, name)
        current = getattr(self, reader)(key)
        raise StaleRecord(
            table, key, expected, int(stored), current, differences(attempted, current)
        )

    def touch(self, table: str, keys: Iterable[int]) -> None:
        """Raise the versions of records changed indirectly (no check)."""
        wanted = list(dict.fromkeys(keys))
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            cursor = self.conn.execute(
                f"UPDATE {table} SET version = version + 1 WHERE id IN ({marks}) "
                "RETURNING id, version",
                chunk,
            )
            for key, version in cursor.fetchall():
                self._wrote(table, key, version)

    def _all(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        with translated(self.path):
            try:
                cursor = self.conn.execute(sql, params)
            except OverflowError:  # a number SQLite cannot hold matches no row
                return []
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _one(self, sql: str, params: Sequence[Any], what: str, table: str) -> dict[str, Any]:
        """The one row of ``table`` that ``sql`` finds by the id ``params[0]``."""
        found = self._all(sql, params)
        if not found:
            key = params[0] if params and isinstance(params[0], int) else None
            raise NotFound(_say("There is no {what}.", what=_noun(what)), table, key)
        return found[0]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with translated(self.path):
            try:
                row = self.conn.execute(sql, params).fetchone()
            except OverflowError:  # a number SQLite cannot hold matches no row
                return None
        return row[0] if row else None

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        if values.get("id") is None:
            values = {k: v for k, v in values.items() if k != "id"}
            fresh = self._unremembered_id(table)
            if fresh is not None:
                values = {"id": fresh, **values}
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
        )
        return int(cursor.lastrowid or values.get("id") or 0)

    def _unremembered_id(self, table: str) -> int | None:
        """An id for a new record above every id a team's file still remembers (see
        :func:`highest_known_id`): None when SQLite's own choice, the largest id plus one,
        is one."""
        return unremembered_id(self.conn, table)

    def _update(self, table: str, values: dict[str, Any], what: str) -> None:
        key = values["id"]
        columns = ", ".join(f"{k} = ?" for k in values if k != "id")
        params = [v for k, v in values.items() if k != "id"]
        cursor = self.conn.execute(f"UPDATE {table} SET {columns} WHERE id = ?", [*params, key])
        if cursor.rowcount == 0:
            raise NotFound(missing(what, key), table, key)

    def _delete(self, table: str, key: int, what: str) -> None:
        """Delete a record; when :meth:`expecting` names it, only at that version."""
        if not -(2**63) <= key < 2**63:
            raise NotFound(missing(what, key), table, key)
        with self.atomic():
            expected = self._expected.get((table, key))
            if expected is not None:
                stored = self._scalar(f"SELECT version FROM {table} WHERE id = ?", (key,))
                if stored is not None and stored != expected:
                    self._refuse(table, key, expected, None)
            cursor = self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (key,))
            if cursor.rowcount == 0:
                raise NotFound(missing(what, key), table, key)
            self._wrote(table, key, None)

    def count(self, table: str) -> int:
        if table not in {"organisations", "people", "delegations", "venues", "events"}:
            raise ValueError(table)
        return int(self._scalar(f"SELECT count(*) FROM {table}"))

    def is_empty(self) -> bool:
        return all(self.count(t) == 0 for t in ("organisations", "people", "events", "venues"))


#: The records the store's "There is no …" messages name (``ui/core_text.py`` translates
#: each, to be written into the message in the window's language).
NOUNS = (
    "event",
    "person",
    "organisation",
    "delegation",
    "venue",
    "room",
    "gift",
    "meeting request",
    "availability window",
    "such person",
    "such organisation",
    "such delegation",
    "such venue",
)


def _say(template: str, /, **args: Any) -> str:
    """A message the window translates (its ``str`` the English); made only on an error,
    so the window starts without the messages' module."""
    from models.messages import Message

    return Message(template, **args)


def _noun(what: str) -> str:
    """``what`` as a message the window translates, when it is one of :data:`NOUNS`."""
    from models.messages import Message

    return Message(what) if what in NOUNS else what


def missing(what: str, key: int) -> str:
    """``There is no event with id 13.`` (the window says it by name: :class:`NotFound`)."""
    return _say("There is no {what} with id {key}.", what=_noun(what), key=key)


def _name_of(record: object) -> str:
    """The name a person knows a record by (a title, a name), or ""."""
    for attribute in ("title", "name", "full_name"):
        value = getattr(record, attribute, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def highest_known_id(conn: sqlite3.Connection, table: str) -> int:
    """The largest id a record of ``table`` has or a team's file remembers for one: a
    deleted record's (an undo may bring it back under it), one promised to a record not
    here yet, and a transport leg's id a vehicle keeps after its leg was deleted."""
    found = [
        conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0],
        conn.execute(
            "SELECT coalesce(max(local_id), 0) FROM sync_ids WHERE tbl = ?", (table,)
        ).fetchone()[0],
    ]
    if table == "transport_legs":
        found.append(conn.execute("SELECT coalesce(max(leg_id), 0) FROM vehicles").fetchone()[0])
    return int(max(found))


def unremembered_id(conn: sqlite3.Connection, table: str) -> int | None:
    """The id a new record of ``table`` takes so that it is no remembered record (see
    :func:`highest_known_id`); None when SQLite's own choice is such an id."""
    top = highest_known_id(conn, table)
    largest = conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]
    return None if largest >= top else top + 1
