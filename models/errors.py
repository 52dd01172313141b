"""Errors a person can act on.

Every error raised on purpose by the core is an :class:`AppError` carrying a
``user_message`` fit to show in a dialog or print on the command line.  Any
other exception is a bug and keeps its traceback.
"""

from __future__ import annotations

from collections.abc import Iterable


class AppError(Exception):
    """Base class of the errors the user is meant to read."""

    def __init__(self, user_message: str) -> None:
        super().__init__(user_message)
        self.user_message = user_message


class ValidationError(AppError):
    """One or more problems with data the user entered; lists each one."""

    def __init__(self, problems: Iterable[str], what: str = "") -> None:
        self.problems: tuple[str, ...] = tuple(problems)
        head = f"{what} cannot be saved:" if what else "Cannot save:"
        if len(self.problems) == 1 and not what:
            message = self.problems[0]
        else:
            message = head + "".join(f"\n  • {p}" for p in self.problems)
        super().__init__(message)


class NotFound(AppError):
    """A record that was asked for by id does not exist."""


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


class NewerDatabase(StorageUnavailable):
    """The file was written by a newer Delegation Desk; it is left untouched."""


class ExportError(AppError):
    """A document could not be written."""


class ImportRefused(AppError):
    """An import was refused as a whole; nothing was written."""

    def __init__(self, user_message: str, problems: Iterable[str] = ()) -> None:
        self.problems = tuple(problems)
        full = user_message + "".join(f"\n  • {p}" for p in self.problems)
        super().__init__(full)


class Cancelled(AppError):
    """Long work stopped because the user asked it to."""

    def __init__(self, user_message: str = "Cancelled.") -> None:
        super().__init__(user_message)
