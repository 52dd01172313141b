"""Opening a database file safely.

A file is inspected read-only before anything is written to it: a file that
is not SQLite, a SQLite file that belongs to another program, a damaged file
or one from a newer Delegation Desk is refused with a message and left byte
for byte as it was.  New files are created readable by their owner only.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from models.errors import DatabaseBusy, NewerDatabase, ReadOnlyDatabase, StorageUnavailable
from models.store.migrations import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

if TYPE_CHECKING:
    import sqlite_utils

_SQLITE_HEADER = b"SQLite format 3\x00"

MEMORY = ":memory:"


def _say(key: str, **args: Any) -> str:
    """A message the window translates (its ``str`` the English); made only on an error,
    so the window starts without the messages' module."""
    from models.messages import Message

    return Message(key, **args)


def _damaged(name: str) -> str:
    return _say("The database {name} is damaged and cannot be read. It has not been changed; "
                "restore it from a backup.", name=name)  # fmt: skip


def storage_error(exc: sqlite3.Error, path: str | os.PathLike[str]) -> StorageUnavailable | None:
    """Turn an SQLite error caused by the environment into a message for a person.

    Returns ``None`` for errors that are our own bug (bad SQL, constraint
    failures the services should have prevented): those keep their traceback.
    """
    text = str(exc).lower()
    name = os.fspath(path)
    if "locked" in text or "busy" in text:
        return DatabaseBusy(
            _say("The database {name} is in use by another program (it is locked). "
                 "Close the other program or wait a moment, then try again.", name=name)
        )  # fmt: skip
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(
            _say("The database {name} is read-only, so changes cannot be saved. "
                 "Check the file's permissions or copy it somewhere you can write.", name=name)
        )  # fmt: skip
    if "disk is full" in text or "database or disk is full" in text:
        return StorageUnavailable(
            _say("The disk holding {name} is full; free some space and try again.", name=name)
        )
    if "not a database" in text or "file is encrypted" in text:
        return StorageUnavailable(_say("{name} is not a Delegation Desk database.", name=name))
    if "malformed" in text or "corrupt" in text:
        return StorageUnavailable(_damaged(name))
    if "unable to open" in text or "disk i/o" in text:
        return StorageUnavailable(
            _say("The database {name} cannot be opened ({reason}). Check that the folder "
                 "exists and that you may write to it.", name=name, reason=str(exc))
        )  # fmt: skip
    return None


@contextlib.contextmanager
def translated(path: str | os.PathLike[str]) -> Iterator[None]:
    """Re-raise environment failures of SQLite as :class:`StorageUnavailable`."""
    try:
        yield
    except sqlite3.Error as exc:
        friendly = storage_error(exc, path)
        if friendly is None:
            raise
        try:
            raise friendly from exc
        finally:  # the frame must not hold the error its traceback holds (a cycle)
            del friendly


def inspect(path: Path) -> int:
    """Read-only look at an existing file; returns its schema version (0 = empty).

    Raises :class:`StorageUnavailable` (or :class:`NewerDatabase`) and changes
    nothing when the file is not ours to open.
    """
    if path.is_dir():
        raise StorageUnavailable(_say("{path} is a folder, not a database file.", path=str(path)))
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        from models.messages import Message  # only when needed: the window starts without it
        from models.os_reasons import os_reason

        raise StorageUnavailable(
            Message("{name} cannot be read: {reason}.", name=str(path), reason=os_reason(exc))
        ) from exc
    if not header:
        return 0  # an empty file: a new database
    if header != _SQLITE_HEADER:
        raise StorageUnavailable(
            _say("{path} is not a Delegation Desk database (it is not an SQLite file). "
                 "It has not been changed.", path=str(path))
        )  # fmt: skip
    # With no -wal or -journal beside it, the file holds every committed change: read it
    # as immutable, so that looking leaves no -wal/-shm files beside a file we refuse.
    pending = _pending(path)
    uri = f"{path.resolve().as_uri()}?{'mode=ro' if pending else 'immutable=1'}"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise storage_error(exc, path) or StorageUnavailable(str(exc)) from exc
    try:
        app_id, version, tables, check = _look(conn, path)
    except StorageUnavailable as exc:
        if "not a Delegation Desk" in exc.user_message:
            raise StorageUnavailable(
                _say("{message} It has not been changed.", message=exc.user_message)
            ) from exc
        raise
    finally:
        conn.close()
    if app_id != APPLICATION_ID:
        if not tables and version == 0:
            return 0
        raise StorageUnavailable(
            _say("{path} is an SQLite database of another program, not a Delegation Desk "
                 "database. It has not been changed.", path=str(path))
        )  # fmt: skip
    if version > LATEST_VERSION:
        raise NewerDatabase(
            _say("{path} was written by a newer version of Delegation Desk (schema {version}; "
                 "this version knows up to {latest}). Update Delegation Desk to open it; the "
                 "file has not been changed.", path=str(path), version=version,
                 latest=LATEST_VERSION)
        )  # fmt: skip
    if check != "ok":
        raise StorageUnavailable(_damaged(str(path)))
    return int(version)


def _pending(path: Path) -> bool:
    """Whether a ``-wal`` or ``-journal`` beside the file may hold changes not yet in it."""
    return any(path.with_name(path.name + s).exists() for s in ("-wal", "-journal"))


def _look(conn: sqlite3.Connection, path: Path) -> tuple[int, int, list[str], str]:
    """The file's application id, schema version, tables and ``quick_check`` verdict.

    Only reads: what :func:`inspect` and :func:`_open_current` decide on.
    """
    check = "ok"
    with translated(path):
        app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master")]
        if app_id == APPLICATION_ID:
            conn.execute("SELECT count(*) FROM events").fetchone()
            conn.execute("SELECT count(*) FROM people").fetchone()
            check = str(conn.execute("PRAGMA quick_check(1)").fetchone()[0])
    return app_id, version, tables, check


def _open_current(file: Path) -> sqlite3.Connection | None:
    """The writing connection to an up-to-date, sound file, looked at before any write.

    The same checks as :func:`inspect`, made on the connection the store then
    uses, so SQLite reads the file's schema once instead of twice (about 3 ms
    of the window's start).  Only where a writing connection cannot change the
    file by merely reading it: nothing pending beside it (SQLite would replay a
    ``-journal`` into the file, or a ``-wal`` another program is writing).
    Anything else (an older, newer, foreign or damaged file, an error) gives
    ``None`` and leaves the file as it was, for :func:`inspect` to judge and
    explain.  Reading a file in WAL mode makes SQLite create ``-wal`` and
    ``-shm`` beside it; closing the only connection removes both again.
    """
    if _pending(file):
        return None
    try:
        with file.open("rb") as handle:
            if handle.read(len(_SQLITE_HEADER)) != _SQLITE_HEADER:
                return None
        conn = sqlite3.connect(os.fspath(file), timeout=5.0)
    except (OSError, sqlite3.Error):
        return None
    try:
        app_id, version, _tables, check = _look(conn, file)
    except (StorageUnavailable, sqlite3.Error):
        conn.close()
        return None
    if app_id == APPLICATION_ID and version == LATEST_VERSION and check == "ok":
        return conn
    conn.close()
    return None


def _create_private(path: Path) -> None:
    if not path.parent.is_dir():
        raise StorageUnavailable(_say("The folder {path} does not exist.", path=str(path.parent)))
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        from models.messages import Message  # only when needed
        from models.os_reasons import os_reason

        raise StorageUnavailable(
            Message("{path} cannot be created: {reason}.", path=str(path), reason=os_reason(exc))
        ) from exc
    os.close(fd)


def wrap(conn: sqlite3.Connection) -> sqlite_utils.Database:
    """sqlite-utils over an open connection, for writes (``atomic()``).

    Imported on first use: reading a programme needs only the connection, and
    sqlite-utils (with the command-line toolkit it brings) would add a third
    to the window's start.
    """
    import sqlite_utils

    return sqlite_utils.Database(conn, execute_plugins=False)


def connect(
    path: str | os.PathLike[str],
    *,
    create: bool = True,
    before_migration: Callable[[Path, int], object] | None = None,
    read_only: bool = False,
) -> sqlite3.Connection:
    """Open (and if needed create and migrate) a Delegation Desk database.

    ``before_migration(file, version)`` is called before an older file is
    upgraded (the store keeps a snapshot then).  ``read_only`` opens for
    reading only and changes nothing at all (see :func:`connect_read_only`).
    """
    if read_only:
        return connect_read_only(Path(path).expanduser())
    if os.fspath(path) == MEMORY:
        conn = sqlite3.connect(MEMORY)
        _configure(conn, wal=False)
        migrate(conn, MEMORY)
        return conn
    file = Path(path).expanduser()
    if file.exists():
        current = _open_current(file)
        if current is not None:
            with translated(file):
                _configure(current, wal=True)
            return current
        version = inspect(file)
    elif create:
        _create_private(file)
        version = 0
    else:
        raise StorageUnavailable(_say("There is no database at {path}.", path=str(file)))
    if 0 < version < LATEST_VERSION:
        backup(file, file.with_name(f"{file.name}.v{version}.bak"))
        if before_migration is not None:
            before_migration(file, version)
    with translated(file):
        conn = sqlite3.connect(os.fspath(file), timeout=5.0)
        _configure(conn, wal=True)
        migrate(conn, file)
    return conn


def connect_read_only(file: Path) -> sqlite3.Connection:
    """A connection for commands that only read: the file is never created or changed.

    A missing or empty file is refused (a read must not write a schema into
    it); a database in a folder one may not write to can still be read; an
    older database is upgraded in memory, its file left as it was.
    """
    if not file.exists():
        raise StorageUnavailable(_say("There is no database at {path}.", path=str(file)))
    version = inspect(file)
    if version == 0:
        raise StorageUnavailable(
            _say("{path} holds no programme yet (it is empty). It has not been changed.",
                 path=str(file))
        )  # fmt: skip
    # With no -wal beside it nobody has the file open for writing: read it as
    # immutable, which needs no -shm either (so a read-only folder is fine and
    # nothing is left behind).  Otherwise share the writer's -wal and -shm.
    pending = any(file.with_name(file.name + s).exists() for s in ("-wal", "-journal"))
    uri = f"{file.resolve().as_uri()}?{'mode=ro' if pending else 'immutable=1'}"
    with translated(file):
        conn = sqlite3.connect(uri, uri=True, timeout=5.0)
        conn.execute("PRAGMA busy_timeout = 5000")
        if version < LATEST_VERSION:
            upgraded = sqlite3.connect(MEMORY)
            conn.backup(upgraded)
            conn.close()
            conn = upgraded
            conn.execute("PRAGMA foreign_keys = ON")
            migrate(conn, file)
        conn.execute("PRAGMA query_only = ON")
    return conn


def _configure(conn: sqlite3.Connection, *, wal: bool) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if wal:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
    if conn.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
        raise StorageUnavailable(_say("This SQLite build cannot enforce foreign keys."))


def migrate(conn: sqlite3.Connection, path: str | os.PathLike[str]) -> int:
    """Apply every migration the database lacks, each in its own transaction."""
    with translated(path):
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if version > LATEST_VERSION:
            raise NewerDatabase(
                _say("{path} was written by a newer version of Delegation Desk; it has not "
                     "been changed.", path=os.fspath(path))
            )  # fmt: skip
        if version == LATEST_VERSION:
            return version
        db = wrap(conn)
        for number in range(version + 1, LATEST_VERSION + 1):
            # BEGIN IMMEDIATE, then look again: another process opening the same
            # old file at the same moment may have applied this migration already.
            conn.execute("BEGIN IMMEDIATE")
            try:
                if int(conn.execute("PRAGMA user_version").fetchone()[0]) < number:
                    MIGRATIONS[number - 1](db)
                    conn.execute(f"PRAGMA user_version = {number:d}")
                conn.execute("COMMIT")
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
    return LATEST_VERSION


def backup(source: Path, target: Path) -> Path:
    """Copy a database with SQLite's backup API (safe while it is open)."""
    with translated(source):
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            if target.exists():
                target.unlink()
            fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            dst = sqlite3.connect(os.fspath(target))
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
    return target
