"""The window's handle on the core: one :class:`Desk`, one undo stack.

Every edit made in the window goes through :meth:`Session.push`, which wraps
a pair of core calls (do, undo) in a ``QUndoCommand``.  Each edit is saved at
once (there is no Save button); after each do or undo the session emits
:attr:`Session.changed` with the kinds of record touched, and views reload
from the core.  Errors from the core (:class:`AppError`) propagate to the
caller of ``push`` before anything is put on the stack.

Row versions (:mod:`models.versions`) keep edits from overwriting changes made
elsewhere — by the command line, another window, another process:

* A save is made from the record as it was loaded; if the stored record has
  moved on, the core refuses with :class:`~models.errors.StaleRecord`.  The
  session asks :attr:`Session.resolve` what to do: ``RELOAD`` (keep what is
  stored, drop this edit: ``push`` returns the stored record), ``OVERWRITE``
  (save again over the stored version) or ``CANCEL`` (the error goes to the
  caller, e.g. an editor that stays open with its draft).
* Each command remembers the versions its last do, undo or redo left behind
  (:meth:`Store.recording`) and runs its undo or redo expecting exactly those
  (:meth:`Store.expecting`), whatever snapshot it writes.  An undo of a record
  changed elsewhere since is therefore refused too, and the user chooses:
  overwrite (undo anyway) or keep what is stored — then the step is dropped
  from the history (``setObsolete``), never half done: each undo and redo runs
  in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from models.entities import Delegation, Event, Organisation, Person, Venue
from models.errors import AppError, DatabaseBusy, NotFound, StaleRecord
from models.services import Desk, Removal
from models.versions import Choice, Key, Written
from ui.record_names import add_text, delete_text, edit_text

if TYPE_CHECKING:
    from ui.lock_wait import LockWait

#: Kinds of record, as emitted by :attr:`Session.changed`.
KINDS = ("organisations", "people", "delegations", "venues", "events")


#: ``resolve(stale, action)``; action is "save", "undo" or "redo".
Resolver = Callable[[StaleRecord, str], Choice]


class _DeskCommand(QUndoCommand):
    """A done edit: ``redo`` repeats it, ``undo`` reverses it (both via the core)."""

    def __init__(
        self,
        session: Session,
        text: str,
        redo: Callable[[], Any],
        undo: Callable[[], Any],
        kinds: tuple[str, ...],
        versions: dict[Key, int],
    ) -> None:
        super().__init__(text)
        self._session = session
        self._redo = redo
        self._undo = undo
        self._kinds = kinds
        self._first = True
        self.skip_next = False  # the next undo or redo only moves the stack's index back
        self.versions = versions  # what the last do, undo or redo left behind

    def redo(self) -> None:
        if self._first:  # already done by Session.push before the push
            self._first = False
        elif self.skip_next:
            self.skip_next = False
            return
        else:
            self._replay(self._redo, "redo")
        self._session.changed.emit(self._kinds)

    def undo(self) -> None:
        if self.skip_next:
            self.skip_next = False
            return
        self._replay(self._undo, "undo")
        self._session.changed.emit(self._kinds)

    def _replay(self, action: Callable[[], Any], name: str) -> None:
        try:
            done = self._session.run_checked(action, name, self.versions)
        except DatabaseBusy as error:  # the user stopped waiting: nothing was written
            self._session.notify(error)
            self._session.step_back(name)  # the step stays where it was, to try again
            return
        except AppError as error:  # e.g. the record was deleted elsewhere
            self.setObsolete(True)
            self._session.notify(error)
            return
        if isinstance(done, StaleRecord):  # the user kept what is stored: the step is moot
            self.setObsolete(True)
        else:
            self.versions = done


class Session(QObject):
    """Holds the core for the window and records every edit for undo."""

    changed = Signal(tuple)  # kinds of record touched, a subset of KINDS
    database_replaced = Signal()

    def __init__(self, desk: Desk, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        #: Asked what to do when an edit, undo or redo meets a :class:`StaleRecord`.
        self.resolve: Resolver = _ask_user
        #: Told (with a message) when an undo or redo cannot be done at all.
        self.notify: Callable[[AppError], None] = _tell_user
        self._lock_wait: LockWait | None = None  # made at the first write
        #: The version of each record as this window's last write left it.
        self._ours: dict[Key, int] = {}
        from ui.refresh import ExternalChanges

        #: Polls for changes made outside the window and refreshes its views.
        self.external = ExternalChanges(self)

    @property
    def lock_wait(self) -> LockWait:
        """Keeps the window alive while another program holds the write lock."""
        if self._lock_wait is None:
            from ui.lock_wait import LockWait

            self._lock_wait = LockWait()
        return self._lock_wait

    def replace_desk(self, desk: Desk) -> None:
        """Switch to another database (File > Open); the old one is closed."""
        old = self.desk
        self.desk = desk
        self.undo_stack.clear()
        self._ours.clear()
        old.close()
        self.database_replaced.emit()

    def push(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[], Any],
        kinds: Iterable[str],
        redo: Callable[[], Any] | None = None,
        written: dict[Key, int] | None = None,
    ) -> Any:
        """Run ``do`` now; on success record it so Ctrl+Z runs ``undo``.

        ``redo`` (default: ``do`` again) is what Ctrl+Shift+Z runs.  When ``do``
        meets a record changed elsewhere, :attr:`resolve` decides: overwrite
        (``do`` again over the stored version), reload (nothing saved, nothing
        on the stack; returns the stored record) or cancel (the
        :class:`StaleRecord` is raised).  ``written``: versions left by work
        already done before the push (when ``do`` does nothing itself).
        """
        kinds = tuple(kinds)
        result: list[Any] = []
        outcome = self.run_checked(lambda: result.append(do()), "save", {})
        if isinstance(outcome, StaleRecord):  # the user chose to keep what is stored
            self.changed.emit(kinds)
            return outcome.current
        versions = {**(written or {}), **outcome}
        self.undo_stack.push(_DeskCommand(self, text, redo or do, undo, kinds, versions))
        return result[0]

    def run_checked(
        self, action: Callable[[], Any], name: str, expected: dict[Key, int]
    ) -> dict[Key, int] | StaleRecord:
        """Run ``action`` in one transaction, expecting these row versions.

        Returns the versions it left behind; or, when a record had changed
        elsewhere and the user chose to keep what is stored, that
        :class:`StaleRecord` (nothing written).  "Cancel" raises it.
        """
        # A record this window wrote since (an undo of a later step of the same
        # record, say) is expected at the version the window itself left.
        expected = {key: self._ours.get(key, version) for key, version in expected.items()}
        store = self.desk.store
        try:
            return self._run_checked(store, action, name, expected)
        finally:
            self.lock_wait.done()

    def _run_checked(
        self, store: Any, action: Callable[[], Any], name: str, expected: dict[Key, int]
    ) -> dict[Key, int] | StaleRecord:
        from ui.lock_wait import TRY_MS

        while True:
            try:
                with (
                    store.waiting_at_most(TRY_MS),
                    store.expecting(expected),
                    store.recording() as journal,
                    store.atomic(),
                ):
                    action()
            except DatabaseBusy:
                # Another program holds the write lock: nothing was written, the
                # edit is kept; the window lives on, and then the edit is tried again.
                if self.lock_wait.wait():
                    continue
                raise
            except StaleRecord as stale:
                choice = self.resolve(stale, name)
                if choice is Choice.OVERWRITE:
                    expected[(stale.kind, stale.record_id)] = stale.current_version
                    continue
                if choice is Choice.CANCEL and name == "save":
                    raise
                return stale
            for w in journal:
                if w.version is None:
                    self._ours.pop((w.table, w.id), None)
                else:
                    self._ours[(w.table, w.id)] = w.version
            return versions_left(journal, expected)

    def step_back(self, name: str) -> None:
        """Put the undo stack's index back after an undo or redo that wrote nothing."""
        stack = self.undo_stack
        index = stack.index()
        command = stack.command(index - 1 if name == "undo" else index)
        if isinstance(command, _DeskCommand):
            command.skip_next = True
        from PySide6.QtCore import QTimer

        # The stack moves its index after the command returns: move it back after that.
        QTimer.singleShot(0, stack.redo if name == "undo" else stack.undo)

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
                text or add_text(event), create, remove, ("events",), redo=recreate
            )
            return created
        try:
            before = desk.event(event.id)
        except NotFound as gone:  # deleted meanwhile: the message names what was being saved
            gone.name = gone.name or event.title
            raise
        saved: Event = self.push(
            text or edit_text(event),
            lambda: desk.save_event(event),
            lambda: desk.save_event(before),
            ("events",),
        )
        return saved

    def delete_event(self, event_id: int) -> None:
        removal: dict[str, Removal] = {}
        text = delete_text(self.desk.event(event_id))

        def do() -> None:
            removal["r"] = self.desk.delete_event(event_id)

        self.push(text, do, lambda: self.desk.restore(removal["r"]), ("events",))

    def save_record(self, record: Organisation | Person | Delegation | Venue) -> Any:
        """Create or update an organisation, person, delegation or venue undoably."""
        desk = self.desk
        kind, save, load, delete = _record_api(desk, record)
        if record.id is None:
            holder: dict[str, Any] = {}

            def create() -> Any:
                holder["r"] = save(record)
                return holder["r"]

            return self.push(
                add_text(record),
                create,
                lambda: delete(holder["r"].id),
                (kind,),
                redo=lambda: desk.restore(Removal(_SINGULAR[kind], holder["r"])),
            )
        before = load(record.id)
        return self.push(edit_text(record), lambda: save(record), lambda: save(before), (kind,))

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
        readers: dict[str, Callable[[int], Any]] = {
            "organisations": desk.store.organisation,
            "people": desk.store.person,
            "delegations": desk.store.delegation,
            "venues": desk.store.venue,
        }
        text = delete_text(readers[kind](record_id))
        holder: dict[str, Removal] = {}

        def do() -> None:
            holder["r"] = deleters[kind](record_id)

        def undo() -> None:
            desk.restore(holder["r"])

        self.push(text, do, undo, (kind, "events"))


def versions_left(
    journal: Iterable[Written], before: dict[Key, int] | None = None
) -> dict[Key, int]:
    """The row versions after the writes in ``journal`` (deleted records dropped)."""
    left = dict(before or {})
    for w in journal:
        if w.version is None:
            left.pop((w.table, w.id), None)
        else:
            left[(w.table, w.id)] = w.version
    return left


def _ask_user(stale: StaleRecord, action: str) -> Choice:
    from ui.conflicts import ask_about_stale

    return ask_about_stale(stale, action)


def _tell_user(error: AppError) -> None:
    from ui.conflicts import tell_undo_failed

    tell_undo_failed(error)


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


__all__ = ["KINDS", "Choice", "Resolver", "Session"]
