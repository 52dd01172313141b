"""The window's handle on the core: one :class:`Desk`, one undo stack.

Every edit made in the window goes through :meth:`Session.push`, which wraps
a pair of core calls (do, undo) in a ``QUndoCommand``.  Each edit is saved at
once (there is no Save button); after each do or undo the session emits
:attr:`Session.changed` with the kinds of record touched, and views reload
from the core.  Errors from the core (:class:`AppError`) propagate to the
caller of ``push`` before anything is put on the stack.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.entities import Delegation, Event, Organisation, Person, Venue
from models.services import Desk, Removal

#: Kinds of record, as emitted by :attr:`Session.changed`.
KINDS = ("organisations", "people", "delegations", "venues", "events")


class _DeskCommand(QUndoCommand):
    """A done edit: ``redo`` repeats it, ``undo`` reverses it (both via the core)."""

    def __init__(
        self,
        session: Session,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        kinds: tuple[str, ...],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._redo = redo
        self._undo = undo
        self._kinds = kinds
        self._first = True

    def redo(self) -> None:
        if self._first:  # already done by Session.push before the push
            self._first = False
        else:
            self._redo()
        self._session.changed.emit(self._kinds)

    def undo(self) -> None:
        self._undo()
        self._session.changed.emit(self._kinds)


class Session(QObject):
    """Holds the core for the window and records every edit for undo."""

    changed = Signal(tuple)  # kinds of record touched, a subset of KINDS
    database_replaced = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)

    def replace_desk(self, desk: Desk) -> None:
        """Switch to another database (File > Open); the old one is closed."""
        old = self.desk
        self.desk = desk
        self.undo_stack.clear()
        old.close()
        self.database_replaced.emit()

    def push(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        kinds: Iterable[str],
        redo: Callable[[], Any] | None = None,
    ) -> Any:
        """Run ``do`` now; on success record it so Ctrl+Z runs ``undo``.

        ``redo`` (default: ``do`` again) is what Ctrl+Shift+Z runs.
        """
        result = do()
        self.undo_stack.push(_DeskCommand(self, text, redo or do, undo, tuple(kinds)))
        return result

    # -- the usual edits -------------------------------------------------------

    def save_event(self, event: Event, text: str = "") -> Event:
        """Create or update an event (with attendees, agenda, legs) undoably."""
        desk = self.desk
        if event.id is None:
            holder: dict[str, Event] = {}

            def create() -> Event:
                holder["event"] = desk.save_event(event)
                return holder["event"]

            def recreate() -> None:
                desk.restore(Removal("event", holder["event"]))

            def remove() -> None:
                desk.delete_event(_id(holder["event"]))

            created: Event = self.push(
                text or f"Add “{event.title}”", create, remove, ("events",), redo=recreate
            )
            return created
        before = desk.event(event.id)
        saved: Event = self.push(
            text or f"Edit “{event.title}”",
            lambda: desk.save_event(event),
            lambda: desk.save_event(before),
            ("events",),
        )
        return saved

    def delete_event(self, event_id: int) -> None:
        removal: dict[str, Removal] = {}
        title = self.desk.event(event_id).title

        def do() -> None:
            removal["r"] = self.desk.delete_event(event_id)

        self.push(f"Delete “{title}”", do, lambda: self.desk.restore(removal["r"]), ("events",))

    def save_record(self, record: Organisation | Person | Delegation | Venue) -> Any:
        """Create or update an organisation, person, delegation or venue undoably."""
        desk = self.desk
        kind, save, load, delete = _record_api(desk, record)
        name = getattr(record, "name", None) or getattr(record, "full_name", "")
        if record.id is None:
            holder: dict[str, Any] = {}

            def create() -> Any:
                holder["r"] = save(record)
                return holder["r"]

            return self.push(
                f"Add {name}",
                create,
                lambda: delete(holder["r"].id),
                (kind,),
                redo=lambda: desk.restore(Removal(_SINGULAR[kind], holder["r"])),
            )
        before = load(record.id)
        return self.push(f"Edit {name}", lambda: save(record), lambda: save(before), (kind,))

    def delete_record(self, kind: str, record_id: int, *, force: bool = False) -> None:
        """Delete an organisation, person, delegation or venue undoably.

        Raises :class:`~models.errors.InUse` (nothing changed) when something
        depends on it and ``force`` is false.
        """
        desk = self.desk
        deleters: dict[str, Callable[[int], Removal]] = {
            "organisations": lambda i: desk.delete_organisation(i, force=force),
            "people": lambda i: desk.delete_person(i, force=force),
            "delegations": desk.delete_delegation,
            "venues": desk.delete_venue,
        }
        holder: dict[str, Removal] = {}

        def do() -> None:
            holder["r"] = deleters[kind](record_id)

        def undo() -> None:
            desk.restore(holder["r"])

        self.push(f"Delete from {kind}", do, undo, (kind, "events"))


_SINGULAR = {
    "organisations": "organisation",
    "people": "person",
    "delegations": "delegation",
    "venues": "venue",
}


def _id(record: Any) -> int:
    assert record.id is not None
    return int(record.id)


def _record_api(desk: Desk, record: Any) -> tuple[str, Any, Any, Any]:
    store = desk.store
    if isinstance(record, Organisation):
        return ("organisations", desk.save_organisation, store.organisation,
                lambda i: desk.delete_organisation(i, force=True))  # fmt: skip
    if isinstance(record, Person):
        return ("people", desk.save_person, store.person,
                lambda i: desk.delete_person(i, force=True))  # fmt: skip
    if isinstance(record, Delegation):
        return "delegations", desk.save_delegation, store.delegation, desk.delete_delegation
    if isinstance(record, Venue):
        return "venues", desk.save_venue, store.venue, desk.delete_venue
    raise TypeError(f"not a record: {record!r}")


__all__ = ["KINDS", "Session"]
