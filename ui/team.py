"""Working as a team in the window: File ▸ Team, the sync indicator, background sync.

While the open file belongs to a team, a background thread with its own
database connections syncs every :data:`INTERVAL` seconds, at once when the
server announces a change (``LISTEN delegation_desk``) and soon after a local
edit.  The thread touches nothing of Qt: its reports go into a plain queue
that a timer on the window's thread empties (a Qt object used from two
threads, or a signal wrapper made on the worker and collected on the GUI
thread, can crash the process); the views refresh
through the session's outside-change watcher (the thread writes through its
own connection, which the watcher notices).  The core is
:mod:`models.sync.engine`, shared with the command line.
"""

from __future__ import annotations

import contextlib
import queue
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from models.errors import AppError
from models.store import Store
from ui.file_dialogs import save_file
from ui.i18n import tr

if TYPE_CHECKING:
    from models.sync import engine
    from ui.main_window import MainWindow
    from ui.session import Session

#: The sync core is loaded once the window is on screen (ms after it was made):
#: importing it while the window starts would delay its first paint.
START_DELAY_MS = 1500

#: Seconds between automatic syncs while online.
INTERVAL = 5.0


#: What the loop reports: ("reported", SyncReport), ("offline", text) or ("failed", text).
Report = tuple[str, Any]

#: Milliseconds between looks at the loop's reports.
DRAIN_MS = 100


class SyncLoop(threading.Thread):
    """Syncs in the background with its own local and server connections."""

    def __init__(
        self, path: str, reports: queue.SimpleQueue[Report], interval: float = INTERVAL
    ) -> None:
        super().__init__(name="team-sync", daemon=True)
        self.path = path
        self.reports = reports
        self.interval = interval
        self.stopping = threading.Event()
        self.wake = threading.Event()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()

    def _emit(self, kind: str, value: Any) -> None:
        self.reports.put((kind, value))

    def run(self) -> None:
        from models.sync import engine
        from models.sync.connect import Offline

        try:
            store = Store.open(self.path, create=False)
        except AppError as exc:
            self._emit("failed", exc.user_message)
            return
        listener: Any = None
        try:
            while not self.stopping.is_set():
                self.wake.clear()
                try:
                    self._emit("reported", engine.sync(store.conn))
                except Offline as exc:
                    self._emit("offline", exc.user_message)
                    _close(listener)
                    listener = None
                except AppError as exc:
                    self._emit("failed", exc.user_message)
                except Exception:  # a bug: keep the details, keep running
                    self._emit("failed", traceback.format_exc())
                listener = self._wait(store, listener)
        finally:
            _close(listener)
            store.close()

    def _wait(self, store: Store, listener: Any) -> Any:
        """Until the interval has passed, the server announced a change, or someone woke us."""
        from models.sync import local
        from models.sync.connect import announced, listen

        if listener is None:
            team = local.settings(store.conn)
            if team is not None:
                try:
                    listener = listen(team.server)
                except AppError:
                    listener = None
        waited = 0.0
        step = 0.5
        while waited < self.interval and not self.wake.is_set():
            if listener is not None:
                try:
                    if announced(listener, step):
                        return listener
                except Exception:  # the connection dropped: listen again next time
                    _close(listener)
                    return None
            else:
                self.wake.wait(step)
            waited += step
        return listener


def _close(connection: Any) -> None:
    if connection is not None:
        with contextlib.suppress(Exception):
            connection.close()


class TeamSync(QObject):
    """The window's side: indicator, menu actions, the loop's life."""

    state_changed = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.session: Session = window.session
        self.label = QLabel(window)
        self.label.setObjectName("team-status")
        self.label.setAccessibleName(tr("Team", "Team sync"))
        self.label.setContentsMargins(12, 0, 4, 0)
        window.statusBar().addPermanentWidget(self.label)
        self.reports: queue.SimpleQueue[Report] = queue.SimpleQueue()
        self._drain = QTimer(self)
        self._drain.setInterval(DRAIN_MS)
        self._drain.timeout.connect(self.drain)
        self.loop: SyncLoop | None = None
        self.interval = INTERVAL
        self.last_report: engine.SyncReport | None = None
        self.offline = False
        self.session.database_replaced.connect(self.restart)
        self.session.undo_stack.indexChanged.connect(self._edited)
        window.installEventFilter(self)
        if self.in_team():
            self._show(
                tr("Team", "Team: starting…"), tr("Team", "The first sync starts in a moment")
            )
            QTimer.singleShot(START_DELAY_MS, self.restart)

    # -- the loop ---------------------------------------------------------------------

    def in_team(self) -> bool:
        try:
            return self.session.desk.store.team_server() is not None
        except AppError:
            return False

    @Slot()
    def restart(self) -> None:
        self.stop()
        self.offline = False
        if self.in_team() and self.session.desk.store.path != ":memory:":
            self._show(tr("Team", "Team: syncing…"), tr("Team", "Sending and receiving changes"))
            self.loop = SyncLoop(self.session.desk.store.path, self.reports, self.interval)
            self.loop.start()
            self._drain.start()
        else:
            self._show("", "")

    def stop(self) -> None:
        if self.loop is not None:
            self.loop.stop()
            self.loop.join(timeout=15)
            self.loop = None
            self._drain.stop()
            self.drain()  # its last report

    @Slot()
    def drain(self) -> None:
        """Show what the loop reported since the last look (on the window's thread)."""
        handlers: dict[str, Callable[[Any], None]] = {
            "reported": self._reported,
            "offline": self._offline,
            "failed": self._failed,
        }
        while True:
            try:
                kind, value = self.reports.get_nowait()
            except queue.Empty:
                return
            handlers[kind](value)

    def sync_now(self) -> None:
        if self.loop is None:
            self.restart()
        elif self.loop is not None:
            self.loop.wake.set()

    @Slot(int)
    def _edited(self, _index: int) -> None:
        """An edit (or undo) goes out at once; until the loop reports, the indicator counts it."""
        if self.loop is None:
            return
        from models.sync import local

        waiting = 0
        with contextlib.suppress(Exception):
            waiting = local.outbox_size(self.session.desk.store.conn)
        if self.offline:
            self._offline(self.label.toolTip())
        elif waiting and not (self.last_report and self.last_report.conflicts):
            self._show(tr("Team", "Team: %n change(s) waiting", None, waiting),
                       tr("Team", "Changes made meanwhile go with the next sync"))  # fmt: skip
        self.loop.wake.set()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        return False

    # -- the indicator -------------------------------------------------------------------

    def _show(self, text: str, tip: str) -> None:
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.state_changed.emit(text)

    @Slot(object)
    def _reported(self, report: engine.SyncReport) -> None:
        self.last_report = report
        self.offline = False
        if report.conflicts:
            n = len(report.conflicts)
            self._show(tr("Team", "⚠ Team: %n conflict(s)", None, n),
                       tr("Team", "File ▸ Team ▸ Conflicts… to decide them"))  # fmt: skip
        elif report.waiting:
            waiting = report.waiting  # a plain name: lupdate reads the call then
            self._show(tr("Team", "Team: %n change(s) waiting", None, waiting),
                       tr("Team", "Changes made meanwhile go with the next sync"))  # fmt: skip
        else:
            self._show(
                tr("Team", "Team: in step"),
                tr("Team", "Your file holds the team's latest programme"),
            )
        if report.superseded_badges:  # a word that stays until the next one replaces it
            from ui.team_badges import sync_message

            self.window.statusBar().showMessage(
                sync_message(self.session.desk, report.superseded_badges)
            )
        if report.pulled:
            external = getattr(self.session, "external", None)
            if external is not None:
                external.check()

    @Slot(str)
    def _offline(self, message: str) -> None:
        from models.sync import local
        from ui.core_text import core_text  # the loop reports the core's words: translated here

        waiting = 0
        with contextlib.suppress(Exception):
            waiting = local.outbox_size(self.session.desk.store.conn)
        self.offline = True
        if waiting:
            text = tr("Team", "Team: offline, %n change(s) waiting", None, waiting)
        else:
            text = tr("Team", "Team: offline")
        self._show(text, core_text(message))

    @Slot(str)
    def _failed(self, message: str) -> None:
        from ui.core_text import core_text  # the loop reports the core's words: translated here

        said = core_text(message).strip()
        self.offline = False
        self._show(tr("Team", "⚠ Team: sync failed"), said.splitlines()[-1] if said else "")

    # -- menu actions ---------------------------------------------------------------------

    def create_team(self, url: str) -> engine.TeamReport:
        report = create_on_file(self.session.desk.store.path, url)
        self.restart()
        return report

    def join_team(self, path: str, url: str) -> engine.TeamReport:
        report = join_into_file(path, url)
        self.window.switch_to(path, create=False)
        return report

    def leave_team(self) -> int:
        from models.sync import engine

        self.stop()
        waiting = engine.leave(self.session.desk.store.conn)
        self._show("", "")
        return waiting

    def ask_create(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(
            self.window, tr("Team", "Create a team"),
            tr("Team", "The team's PostgreSQL database (empty), e.g.\n"
               "postgresql://you@db.embassy.example.org/visit"),
        )  # fmt: skip
        if ok and url.strip():
            path, server = self.session.desk.store.path, url.strip()
            self._in_background(
                tr("Team", "Creating the team…"),
                lambda progress, cancel: create_on_file(path, server),
                self.restart,
                tr("Team", "The team was created."),
            )

    def ask_join(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        url, ok = QInputDialog.getText(
            self.window, tr("Team", "Join a team"),
            tr("Team", "The team's PostgreSQL database, e.g.\n"
               "postgresql://you@db.embassy.example.org/visit"),
        )  # fmt: skip
        if not (ok and url.strip()):
            return
        path = save_file(
            self.window,
            tr("Team", "Keep the team's programme in"),
            "",
            tr("Team", "Delegation Desk (*.db)"),
        )
        if path:
            server = url.strip()
            self._in_background(
                tr("Team", "Joining the team…"),
                lambda progress, cancel: join_into_file(path, server),
                lambda: self.window.switch_to(path, create=False),
                tr("Team", "You joined the team."),
            )

    def ask_leave(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self.in_team():
            return
        answer = QMessageBox.question(
            self.window, tr("Team", "Leave the team"),
            tr("Team", "Stop working as a team in this file? It keeps the programme as it is "
               "now; changes not yet sent stay only here."),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._guarded(self.leave_team, tr("Team", "This file no longer belongs to a team."))

    def ask_upgrade(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        if not self.in_team():
            return
        answer = QMessageBox.question(
            self.window, tr("Team", "Upgrade the team's programme"),
            tr("Team", "Move the team's programme to this version's format? What this version "
               "shares beyond the team's format is sent from this file (the lead's); every "
               "member then needs this version of Delegation Desk to sync."),
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            path = self.session.desk.store.path
            self._in_background(
                tr("Team", "Upgrading the team's programme…"),
                lambda progress, cancel: upgrade_file(path),
                self.sync_now,
                tr("Team", "The team's programme is in this version's format."),
            )

    def show_conflicts(self) -> None:
        from ui.team_conflicts import ConflictsDialog

        if not self.in_team():  # the core's message names its command-line commands
            from ui.dialogs.errors import show_error

            show_error(self.window, AppError(tr(
                "Team", "This file does not belong to a team, so it has no conflicts. "
                "File ▸ Team ▸ Create team from this file… shares it with a team.")),
                tr("Team", "Team"))  # fmt: skip
            return
        dialog = ConflictsDialog(self.session, self.window)
        dialog.decided.connect(self.sync_now)
        dialog.exec()

    def _in_background(self, title: str, work: Any, then: Callable[[], Any], done: str) -> None:
        """Run ``work`` on a worker (a whole programme crosses the network), then ``then``."""
        from PySide6.QtWidgets import QMessageBox

        from ui.jobs import run_job

        def finished(_report: object) -> None:
            then()
            self.window.statusBar().showMessage(done, 5000)

        def failed(message: str, _details: str) -> None:
            QMessageBox.warning(self.window, tr("Team", "Team"), message)

        runner = run_job(self.window, title, work)
        runner.done.connect(finished)
        runner.failed.connect(failed)
        self.window.keep(runner)

    def _guarded(self, work: Any, done: str) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        except AppError as exc:
            QApplication.restoreOverrideCursor()
            from ui.dialogs.errors import error_text

            QMessageBox.warning(self.window, tr("Team", "Team"), error_text(exc))
            return
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(done, 5000)


def create_on_file(path: str, url: str) -> engine.TeamReport:
    """Make the programme in ``path`` the team's (on its own connection: any thread)."""
    from models.sync import engine

    store = Store.open(path, create=False)
    try:
        return engine.create(store.conn, url)
    finally:
        store.close()


def join_into_file(path: str, url: str) -> engine.TeamReport:
    """A new local copy of the team's programme in ``path`` (any thread)."""
    from models.sync import engine

    store = Store.open(path)
    try:
        return engine.join(store.conn, url)
    finally:
        store.close()


def upgrade_file(path: str) -> engine.UpgradeReport:
    """(The lead) move the team's programme to this version's format (any thread)."""
    from models.sync import engine

    store = Store.open(path, create=False)
    try:
        return engine.upgrade(store.conn)
    finally:
        store.close()


def add_team_menu(window: MainWindow, file_menu: QMenu) -> TeamSync:
    """File ▸ Team: Create, Join, Sync now, Conflicts, Upgrade, Leave; and the indicator."""
    team = TeamSync(window)
    menu = file_menu.addMenu(tr("Team", "&Team"))
    menu.setObjectName("team-menu")
    entries = (
        ("team-create", tr("Team", "&Create team from this file…"), team.ask_create,
         tr("Team", "Share this programme with a team through a PostgreSQL database")),
        ("team-join", tr("Team", "&Join a team…"), team.ask_join,
         tr("Team", "Make a new local copy of a team's programme")),
        ("team-sync", tr("Team", "&Sync now"), team.sync_now,
         tr("Team", "Send your changes to the team and receive theirs now")),
        ("team-conflicts", tr("Team", "C&onflicts…"), team.show_conflicts,
         tr("Team", "Decide the changes that met someone else's change")),
        ("team-upgrade", tr("Team", "&Upgrade the team's programme…"), team.ask_upgrade,
         tr("Team", "(The lead) move a team made with an earlier version to this version's "
            "format")),
        ("team-leave", tr("Team", "&Leave team…"), team.ask_leave,
         tr("Team", "Stop working as a team in this file (it keeps the programme)")),
    )  # fmt: skip
    for name, text, slot, tip in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
    menu.aboutToShow.connect(lambda: _enable_for_team(menu, team.in_team()))
    window.team = team  # type: ignore[attr-defined]
    return team


#: Entries that only mean something in a file that belongs to a team, and the one that doesn't.
_IN_TEAM_ONLY = frozenset({"team-sync", "team-upgrade", "team-leave"})
_ALONE_ONLY = frozenset({"team-create"})


def _enable_for_team(menu: QMenu, in_team: bool) -> None:
    """Grey out what the file cannot do: leave or upgrade without a team, create it twice."""
    for action in menu.actions():
        name = action.objectName()
        if name in _IN_TEAM_ONLY:
            action.setEnabled(in_team)
        elif name in _ALONE_ONLY:
            action.setEnabled(not in_team)
