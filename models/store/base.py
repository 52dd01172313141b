"""The store's connection: opening, transactions, and query helpers."""

from __future__ import annotations

import contextlib
import itertools
import os
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Self

from models.errors import NotFound
from models.store.connection import MEMORY, connect, translated, wrap

#: Names of nested savepoints (unique within the process).
_SAVEPOINTS = itertools.count(1)

if TYPE_CHECKING:
    import sqlite_utils


class StoreBase:
    """The connection and the small helpers every part of the store uses.

    Use a store on the thread that opened it.
    """

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self._conn = conn
        self._db: sqlite_utils.Database | None = None
        self.path = path

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Self:
        """Open, creating and migrating as needed; refuses foreign files untouched."""
        from models.store.backups import snapshot_file

        name = os.fspath(path)

        def before_migration(file: Path, version: int) -> None:
            snapshot_file(file, f"migration from version {version}")

        conn = connect(name, create=create, before_migration=before_migration)
        return cls(conn, name if name == MEMORY else str(Path(name).expanduser()))

    @classmethod
    def memory(cls) -> Self:
        return cls.open(MEMORY)

    def reopen(self) -> Self:
        """A new connection to the same file (for another thread)."""
        if self.path == MEMORY:
            raise ValueError("an in-memory database cannot be opened twice")
        return type(self).open(self.path, create=False)

    def close(self) -> None:
        self._conn.close()

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

    def _all(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        with translated(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _one(self, sql: str, params: Sequence[Any], what: str) -> dict[str, Any]:
        found = self._all(sql, params)
        if not found:
            raise NotFound(f"There is no {what}.")
        return found[0]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with translated(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        if values.get("id") is None:
            values = {k: v for k, v in values.items() if k != "id"}
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
        )
        return int(cursor.lastrowid or values.get("id") or 0)

    def _update(self, table: str, values: dict[str, Any], what: str) -> None:
        key = values["id"]
        columns = ", ".join(f"{k} = ?" for k in values if k != "id")
        params = [v for k, v in values.items() if k != "id"]
        cursor = self.conn.execute(f"UPDATE {table} SET {columns} WHERE id = ?", [*params, key])
        if cursor.rowcount == 0:
            raise NotFound(f"There is no {what} with id {key}.")

    def _delete(self, table: str, key: int, what: str) -> None:
        with self.atomic():
            cursor = self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (key,))
            if cursor.rowcount == 0:
                raise NotFound(f"There is no {what} with id {key}.")

    def count(self, table: str) -> int:
        if table not in {"organisations", "people", "delegations", "venues", "events"}:
            raise ValueError(table)
        return int(self._scalar(f"SELECT count(*) FROM {table}"))

    def is_empty(self) -> bool:
        return all(self.count(t) == 0 for t in ("organisations", "people", "events", "venues"))
