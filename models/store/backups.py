"""Backups on request and automatic snapshots before risky operations.

:func:`backup_database` copies a database with SQLite's online backup API:
the copy is consistent even while the window has the file open, and it is
written atomically (a temporary file beside the target, then moved into
place), readable by its owner only.

:func:`snapshot_before` keeps an automatic snapshot of a database in the
data folder just before something risky happens to it — an import, the
sample written into a used file, a migration, a restore, a schedule being
applied::

    from models.store.backups import snapshot_before

    snapshot_before(desk.store, "apply schedule")   # then write

Snapshots of one database live in ``<data folder>/snapshots/<name>-<digest>/``
(the digest tells apart files of the same name in different folders), named
by the time they were taken and their reason.  The newest :data:`KEEP` are
kept, within :data:`MAX_BYTES` together (the newest is always kept).
:func:`snapshots` lists them, newest first; :func:`restore_snapshot` puts one
back, after snapshotting the current file so that a restore can be undone.
An empty database is not snapshotted (there is nothing to lose), nor one in
memory.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from models.errors import StorageUnavailable
from models.messages import Message
from models.paths import data_folder, make_private_folder
from models.patterns import lazy
from models.store.connection import MEMORY, inspect, translated

if TYPE_CHECKING:
    from models.store.base import StoreBase

#: Snapshots kept per database (the oldest go first).
KEEP = 10
#: Together the snapshots of one database stay below this size (the newest is always kept).
MAX_BYTES = 1024 * 1024 * 1024

SNAPSHOT_FOLDER = "snapshots"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = lazy(r"^(\d{8}T\d{12}Z)-([a-z0-9-]+)\.db$")


class Snapshot(NamedTuple):
    """One automatic snapshot of a database (a named tuple: a dataclass would cost
    the window's start a third of a millisecond to define)."""

    path: Path
    taken_at: datetime  # UTC
    reason: str  # "import people", "migration to version 3" …
    size: int  # bytes

    def describe(self) -> str:
        """``2026-11-30 10:45 UTC — before import people (1.2 MB)``."""
        return Message("{when} UTC — before {reason} ({size})",
                       when=f"{self.taken_at:%Y-%m-%d %H:%M:%S}", reason=_reason(self.reason),
                       size=_size(self.size))  # fmt: skip


#: The reasons the programme gives for its snapshots, in words the window translates
#: (a snapshot's reason is read back from its file name).
REASONS = {
    "import of people": Message("import of people"),
    "apply schedule": Message("apply schedule"),
    "restore": Message("restore"),
    "the sample programme": Message("the sample programme"),
    "change": Message("change"),
}
_MIGRATION = lazy(r"migration from version (\d+)")


def _reason(reason: str) -> str:
    known = REASONS.get(reason)
    if known is not None:
        return known
    migration = _MIGRATION().fullmatch(reason)
    if migration is not None:
        return Message("migration from version {version}", version=migration[1])
    return reason


def _size(n: int) -> str:
    if n < 1024 * 1024:
        return f"{max(1, round(n / 1024))} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def snapshot_folder(db_path: str | os.PathLike[str]) -> Path:
    """Where the snapshots of ``db_path`` are kept (not created here)."""
    import hashlib

    resolved = Path(db_path).expanduser().resolve()
    digest = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:10]
    return data_folder() / SNAPSHOT_FOLDER / f"{resolved.name}-{digest}"


def _slug(reason: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.casefold()).strip("-")
    return slug[:60].strip("-") or "change"


@contextlib.contextmanager
def _staged(target: Path) -> Iterator[Path]:
    """A private temporary file beside ``target``, moved into place when all went well."""
    import tempfile

    handle, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(handle)
    os.chmod(temp, 0o600)
    try:
        yield Path(temp)
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)


def _reader(path: Path) -> sqlite3.Connection:
    """A connection that only reads ``path``.

    Opened read-write where the file allows it (nothing is written through
    it): the last connection to close then tidies the ``-wal`` and ``-shm``
    files away, which a read-only one cannot.
    """
    uri = path.resolve().as_uri()
    try:
        return sqlite3.connect(f"{uri}?mode=rw", uri=True, timeout=10.0)
    except sqlite3.OperationalError:
        return sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=10.0)


def _copy(source: Path, target: Path) -> None:
    """SQLite's online backup of ``source`` (read-only) into the new file ``target``."""
    src = _reader(source)
    try:
        dst = sqlite3.connect(os.fspath(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
        finally:
            dst.close()
    finally:
        src.close()


def check_target(target: Path) -> None:
    """Refuse a target that is a folder, a device or anything but a regular file."""
    if target.is_dir():
        raise StorageUnavailable(
            Message("{path} is a folder; give a file name for the backup.", path=str(target))
        )
    if target.exists() and not target.is_file():
        raise StorageUnavailable(
            Message("{path} is not a regular file (a device, a pipe or a socket); "
                    "give the name of a new or ordinary file.", path=str(target))
        )  # fmt: skip
    if not target.parent.is_dir():
        raise StorageUnavailable(
            Message("The folder {path} does not exist.", path=str(target.parent))
        )


def backup_database(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """A consistent copy of the database ``source`` at ``target`` (owner-only, atomic).

    Safe while the database is open elsewhere.  The source must be a
    Delegation Desk database (it is inspected first and never changed).
    """
    src = Path(source).expanduser()
    dst = Path(target).expanduser()
    if not src.is_file():
        raise StorageUnavailable(Message("There is no database at {path}.", path=str(src)))
    try:  # a name the system refuses (too long, under a file) is refused here too
        check_target(dst)
    except OSError as exc:
        raise _unwritable(dst, exc) from exc
    with contextlib.suppress(OSError):
        if dst.exists() and os.path.samefile(src, dst):
            raise StorageUnavailable(
                Message("{path} is the database itself; choose another file.", path=str(dst))
            )
    inspect(src)
    try:
        with translated(src), _staged(dst) as temp:
            _copy(src, temp)
    except OSError as exc:
        raise _unwritable(dst, exc) from exc
    return dst


def _unwritable(target: Path, exc: OSError) -> StorageUnavailable:
    from models.os_reasons import os_reason  # only when needed

    return StorageUnavailable(
        Message("Cannot write the backup {path}: {reason}.", path=str(target),
                reason=os_reason(exc))
    )  # fmt: skip


def _holds_data(path: Path) -> bool:
    """Whether any table of the database at ``path`` has a row (read-only look)."""
    if not path.is_file() or path.stat().st_size == 0:
        return False
    conn = _reader(path)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        for table in tables:
            quoted = '"' + table.replace('"', '""') + '"'
            if conn.execute(f"SELECT EXISTS (SELECT 1 FROM {quoted})").fetchone()[0]:
                return True
        return False
    finally:
        conn.close()


def snapshot_file(
    db_path: str | os.PathLike[str], reason: str, *, now: datetime | None = None
) -> Snapshot | None:
    """Keep a snapshot of the database file at ``db_path``; None when it holds nothing.

    Raises :class:`StorageUnavailable` when the snapshot cannot be written:
    the risky operation should then not go ahead.
    """
    if os.fspath(db_path) == MEMORY:
        return None
    path = Path(db_path).expanduser()
    taken = (now or datetime.now(UTC)).astimezone(UTC)
    folder = snapshot_folder(path)
    try:
        with translated(path):
            if not _holds_data(path):
                return None
            make_private_folder(folder)
            target = folder / f"{taken.strftime(_STAMP)}-{_slug(reason)}.db"
            with _staged(target) as temp:
                _copy(path, temp)
    except StorageUnavailable as exc:
        raise StorageUnavailable(
            Message("No snapshot of {path} could be kept before {reason}, so nothing was done: "
                    "{problem}", path=str(path), reason=_reason(reason), problem=exc.user_message)
        ) from exc  # fmt: skip
    except OSError as exc:
        from models.os_reasons import os_reason  # only when needed

        raise StorageUnavailable(
            Message("No snapshot of {path} could be kept before {reason}, so nothing was done: "
                    "{problem} ({where}).", path=str(path), reason=_reason(reason),
                    problem=os_reason(exc), where=str(exc.filename or folder))
        ) from exc  # fmt: skip
    prune(path)
    return Snapshot(target, taken, reason, target.stat().st_size)


def snapshot_before(
    store: StoreBase, reason: str, *, now: datetime | None = None
) -> Snapshot | None:
    """Keep a snapshot of the store's database before ``reason`` happens to it.

    Call it outside any transaction, just before the risky write.  Returns the
    snapshot, or None for an empty or in-memory database.  Raises
    :class:`StorageUnavailable` when no snapshot could be written.
    """
    return snapshot_file(store.path, reason, now=now)


def snapshots(db_path: str | os.PathLike[str]) -> list[Snapshot]:
    """The snapshots kept of ``db_path``, newest first."""
    if os.fspath(db_path) == MEMORY:
        return []
    folder = snapshot_folder(db_path)
    found = []
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        for entry in os.scandir(folder):
            match = _NAME().match(entry.name)
            if match is None or not entry.is_file(follow_symlinks=False):
                continue
            taken = datetime.strptime(match[1], _STAMP).replace(tzinfo=UTC)
            reason = match[2].replace("-", " ")
            found.append(Snapshot(Path(entry.path), taken, reason, entry.stat().st_size))
    found.sort(key=lambda s: (s.taken_at, s.path.name), reverse=True)
    return found


def prune(db_path: str | os.PathLike[str], keep: int = KEEP, max_bytes: int = MAX_BYTES) -> None:
    """Drop the oldest snapshots beyond ``keep`` or beyond ``max_bytes`` together."""
    total = 0
    for n, snap in enumerate(snapshots(db_path)):
        total += snap.size
        if n > 0 and (n >= keep or total > max_bytes):
            with contextlib.suppress(FileNotFoundError):
                snap.path.unlink()


def restore_snapshot(db_path: str | os.PathLike[str], snapshot: Snapshot) -> Snapshot | None:
    """Put ``snapshot`` back as the database at ``db_path``.

    The current file is snapshotted first (returned; None if it held
    nothing), so the restore itself can be undone from the same list.  Close
    every connection of this process to the database before, and reopen it
    after.  The snapshot must be a Delegation Desk database this version can
    open; an older one is upgraded when the database is next opened.
    """
    path = Path(db_path).expanduser()
    inspect(snapshot.path)
    before = snapshot_file(path, "restore")
    with translated(path):
        src = _reader(snapshot.path)
        try:
            dst = sqlite3.connect(os.fspath(path), timeout=10.0)
            try:
                src.backup(dst)
                dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                dst.close()
        finally:
            src.close()
    return before


class BackupStore:
    """The store's side of snapshots: ``store.snapshot_before("apply schedule")``."""

    path: str

    def snapshot_before(self, reason: str) -> Snapshot | None:
        """See :func:`snapshot_before`."""
        return snapshot_file(self.path, reason)
