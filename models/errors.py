"""Errors a person can act on.

Every error raised on purpose by the core is an :class:`AppError` carrying a
``user_message`` fit to show in a dialog or print on the command line.  Any
other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple


class AppError(Exception):
    """Base class of the errors the user is meant to read."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class ValidationError(AppError):
    """One or more problems with data the user entered; lists each one."""

    def __init__(self, problems: Iterable[str], what: str = "") -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        self.what = what
        if len(self.problems) == 1 and not what:
            message = self.problems[0]
        else:
            message = self.head() + "".join(f"\n  • {p}" for p in self.problems)
        super().__init__(message)

    def head(self) -> str:
        """``The event cannot be saved:`` (a message the window translates)."""
        from models.messages import Message

        if self.what:
            return Message("{what} cannot be saved:", what=self.what)
        return Message("Cannot save:")


class NotFound(AppError):
    """A record that was asked for by id does not exist.

    ``kind`` (the table: "events", "people", ...) and ``record_id`` say which,
    when known, so that the window can say it with the name it showed instead
    of the number the command line was given; ``name`` is the record's name
    when the core still knew it (a record deleted while it was being saved).
    """

    def __init__(
        self, user_message: str, kind: str = "", record_id: int | None = None, name: str = ""
    ) -> None:
        super().__init__(user_message)
        self.kind = kind
        self.record_id = record_id
        self.name = name


class Change(NamedTuple):
    """One field that differs between what is stored now and what a save would write."""

    field: str  # as a person reads it: "Start", "Title", "Attendees"
    stored: str  # what the database holds now
    yours: str  # what the save (or undo, or redo) would write


class StaleRecord(AppError):
    """A save, undo or redo would overwrite a record that changed since it was loaded.

    ``kind`` is the table ("events", "people", ...), ``expected`` the version the
    writer loaded, ``current_version`` the version stored now (another window,
    process or command wrote in between), ``current`` the stored record and
    ``changes`` what differs between it and what would have been written.
    Nothing was written.  The window offers Reload or Overwrite; overwriting
    means saving again expecting ``current_version``.
    """

    def __init__(
        self,
        kind: str,
        record_id: int,
        expected: int,
        current_version: int,
        current: Any,
        changes: Iterable[Change] = (),
    ) -> None:
        self.kind = kind
        self.record_id = record_id
        self.expected = expected
        self.current_version = current_version
        self.current = current
        self.changes: tuple[Change, ...] = tuple(changes)
        name = getattr(current, "title", None) or getattr(current, "name", None)
        name = name or getattr(current, "full_name", None) or f"{record_id}"
        what = _SINGULAR.get(kind, kind)
        lines = [f"{f}: now {s or '(empty)'}; yours {y or '(empty)'}" for f, s, y in self.changes]
        detail = "".join(f"\n  • {line}" for line in lines) or (
            "\n  • (the same values were saved again)"
        )
        super().__init__(
            f"The {what} “{name}” was changed elsewhere after you opened it "
            f"(version {expected}, now {current_version}). What differs:{detail}"
        )


_SINGULAR = {
    "organisations": "organisation",
    "people": "person",
    "delegations": "delegation",
    "venues": "venue",
    "rooms": "room",
    "events": "event",
}


class InUse(AppError):
    """A record cannot be deleted because others depend on it."""

    def __init__(self, user_message: str, dependants: Iterable[str] = ()) -> None:
        super().__init__(user_message)
        self.dependants = tuple(dependants)


class StorageUnavailable(AppError):
    """The database cannot be used: the environment's fault, not ours.

    Locked, read-only, disk full, missing folder, not a Delegation Desk file,
    damaged, or written by a newer version.
    """


class DatabaseBusy(StorageUnavailable):
    """Another program holds the database's write lock (it is writing, or stuck)."""


class ReadOnlyDatabase(StorageUnavailable):
    """The database (or its folder) may be read but not written."""


class NewerDatabase(StorageUnavailable):
    """The file was written by a newer Delegation Desk; it is left untouched."""


class ExportError(AppError):
    """A document could not be written."""


class ImportRefused(AppError):
    """An import was refused as a whole; nothing was written."""

    def __init__(self, user_message: str, problems: Iterable[str] = ()) -> None:
        self.head = user_message  # without the problems (the window translates each)
        self.problems = tuple(problems)
        # Without problems the message stays itself (the window translates a Message).
        full = (
            user_message + "".join(f"\n  • {p}" for p in self.problems)
            if self.problems
            else user_message
        )
        super().__init__(full)


class Cancelled(AppError):
    """Long work stopped because the user asked it to."""

    def __init__(self, user_message: str = "Cancelled.") -> None:
        super().__init__(user_message)
