"""Noticing changes made outside the window, and refreshing what it shows.

Another process — the command line, a second window, a reply import run
elsewhere — may write to the database while the window is open.  SQLite
raises ``PRAGMA data_version`` whenever another connection commits to the
file; reading it costs microseconds and touches no table.
:class:`ExternalChanges` reads it every :data:`INTERVAL_MS` while the
application is active (one timer for all sessions, owned by the application)
and once as soon as it becomes active again.  Only when it has moved are the
records' row versions summed (:meth:`Store.records_stamp`), so that a
background job's own bookkeeping (an export's log) refreshes nothing; when
records changed it emits ``session.changed`` with every kind of record, so the
views, the clash panel and the status bar reload, and
:attr:`ExternalChanges.noticed`.

The undo history stays as it is and stays safe: every undo and redo checks the
row versions it expects (see :mod:`ui.session`), so undoing an edit of a
record that was changed outside asks first instead of silently reverting it.
"""

from __future__ import annotations

import sqlite3
import weakref
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication

from models.errors import AppError

if TYPE_CHECKING:
    from ui.session import Session

#: How often the database is asked whether another connection wrote (ms).
INTERVAL_MS = 1000

#: Kinds of record, as emitted by ``Session.changed`` (all of them: we cannot tell which).
_ALL_KINDS = ("organisations", "people", "delegations", "venues", "events")


class ExternalChanges(QObject):
    """Watches the session's database for commits made by other connections."""

    noticed = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.session = session
        self._store = session.desk.store
        self._seen = self._read()
        self._records = self._stamp()
        session.database_replaced.connect(self._database_replaced)
        _poller().watch(self)

    def _read(self) -> int | None:
        try:
            return self._store.data_version()
        except AppError:  # unreadable just now: try again next time
            return None
        except sqlite3.ProgrammingError:  # closed (the window is going away)
            return None

    def _stamp(self) -> tuple[float, ...] | None:
        try:
            return self._store.records_stamp()
        except (AppError, sqlite3.ProgrammingError):
            return None

    @Slot()
    def check(self) -> bool:
        """Look once; True (and views refreshed) when another connection wrote."""
        if self._store is not self.session.desk.store:
            self._database_replaced()
            return False
        now = self._read()
        if now is None or now == self._seen:
            return False
        self._seen = now
        records = self._stamp()
        if records is None or records == self._records:
            return False  # e.g. an export's log or an outbox written by a background job
        self._records = records
        self.session.changed.emit(_ALL_KINDS)
        self.noticed.emit()
        return True

    @Slot()
    def _database_replaced(self) -> None:
        self._store = self.session.desk.store
        self._seen = self._read()
        self._records = self._stamp()


class _Poller(QObject):
    """One timer for every watcher, owned by the application.

    The timer belongs to the application object, not to a session: a session
    the garbage collector frees (possibly on a worker thread) then owns no
    running timer, which Qt could only stop from the thread that started it.
    """

    def __init__(self, parent: QObject | None) -> None:
        super().__init__(parent)
        self._watchers: weakref.WeakSet[ExternalChanges] = weakref.WeakSet()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check_all)
        self._active = True
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._state_changed)
            self._active = app.applicationState() == Qt.ApplicationState.ApplicationActive
        if self._active:
            self._timer.start()

    def watch(self, watcher: ExternalChanges) -> None:
        self._watchers.add(watcher)

    @Slot()
    def check_all(self) -> None:
        for watcher in list(self._watchers):
            watcher.check()

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state: Qt.ApplicationState) -> None:
        """Poll only while the application is active; look at once when it comes back."""
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_all()
            self._timer.start()
        else:
            self._timer.stop()


_the_poller: _Poller | None = None


def _poller() -> _Poller:
    """The application's poller, made by the first watcher.

    Kept here rather than looked up with ``findChild``: that wraps every child
    of the application for Python, building their types, which cost the
    window's start several milliseconds.
    """
    global _the_poller
    app = QCoreApplication.instance()
    found = _the_poller
    if found is not None and shiboken6.isValid(found) and found.parent() is app:
        return found
    _the_poller = _Poller(app)
    return _the_poller
