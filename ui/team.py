"""Working as a team in the window: File ▸ Team, the sync indicator, background sync.

While the open file belongs to a team, a background thread with its own
database connections syncs every :data:`INTERVAL` seconds, at once when the
server announces a change (``LISTEN delegation_desk``) and soon after a local
edit.  Its reports reach the window through Qt signals; the views refresh
through the session's outside-change watcher (the thread writes through its
own connection, which the watcher notices).  The core is
:mod:`models.sync.engine`, shared with the command line.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError
from models.store import Store
from models.sync import engine, local
from models.sync.connect import Offline, connect
from models.sync.server import CHANNEL

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.session import Session

#: Seconds between automatic syncs while online.
INTERVAL = 5.0


class LoopSignals(QObject):
    reported = Signal(object)  # engine.SyncReport
    offline = Signal(str)
    failed = Signal(str)


class SyncLoop(threading.Thread):
    """Syncs in the background with its own local and server connections."""

    def __init__(self, path: str, signals: LoopSignals, interval: float = INTERVAL) -> None:
        super().__init__(name="team-sync", daemon=True)
        self.path = path
        self.signals = signals
        self.interval = interval
        self.stopping = threading.Event()
        self.wake = threading.Event()

    def stop(self) -> None:
        self.stopping.set()
        self.wake.set()

    def _emit(self, signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window has gone
            signal.emit(value)

    def run(self) -> None:
        try:
            store = Store.open(self.path, create=False)
        except AppError as exc:
            self._emit(self.signals.failed, exc.user_message)
            return
        listener: Any = None
        try:
            while not self.stopping.is_set():
                self.wake.clear()
                try:
                    self._emit(self.signals.reported, engine.sync(store.conn))
                except Offline as exc:
                    self._emit(self.signals.offline, exc.user_message)
                    listener = _close(listener)
                except AppError as exc:
                    self._emit(self.signals.failed, exc.user_message)
                except Exception:  # a bug: keep the details, keep running
                    self._emit(self.signals.failed, traceback.format_exc())
                listener = self._wait(store, listener)
        finally:
            _close(listener)
            store.close()

    def _wait(self, store: Store, listener: Any) -> Any:
        """Until the interval has passed, the server announced a change, or someone woke us."""
        if listener is None:
            team = local.settings(store.conn)
            if team is not None:
                try:
                    listener = connect(team.server)
                    listener.execute(f"LISTEN {CHANNEL}")
                except AppError:
                    listener = None
        waited = 0.0
        step = 0.5
        while waited < self.interval and not self.wake.is_set():
            if listener is not None:
                try:
                    if any(True for _ in listener.notifies(timeout=step, stop_after=1)):
                        return listener
                except Exception:  # the connection dropped: listen again next time
                    return _close(listener)
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
        self.label.setAccessibleName("Team sync")
        window.statusBar().addPermanentWidget(self.label)
        self.signals = LoopSignals(self)
        self.signals.reported.connect(self._reported)
        self.signals.offline.connect(self._offline)
        self.signals.failed.connect(self._failed)
        self.loop: SyncLoop | None = None
        self.interval = INTERVAL
        self.last_report: engine.SyncReport | None = None
        self.session.database_replaced.connect(self.restart)
        self.session.undo_stack.indexChanged.connect(self._edited)
        window.installEventFilter(self)
        self.restart()

    # -- the loop ---------------------------------------------------------------------

    def in_team(self) -> bool:
        try:
            return local.settings(self.session.desk.store.conn) is not None
        except Exception:
            return False

    @Slot()
    def restart(self) -> None:
        self.stop()
        if self.in_team() and self.session.desk.store.path != ":memory:":
            self._show("Team: syncing…", "Sending and receiving changes")
            self.loop = SyncLoop(self.session.desk.store.path, self.signals, self.interval)
            self.loop.start()
        else:
            self._show("", "")

    def stop(self) -> None:
        if self.loop is not None:
            self.loop.stop()
            self.loop.join(timeout=15)
            self.loop = None

    def sync_now(self) -> None:
        if self.loop is None:
            self.restart()
        elif self.loop is not None:
            self.loop.wake.set()

    @Slot(int)
    def _edited(self, _index: int) -> None:
        if self.loop is not None:
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
        if report.conflicts:
            n = len(report.conflicts)
            self._show(f"⚠ Team: {n} conflict{'s' if n != 1 else ''}",
                       "File ▸ Team ▸ Conflicts… to decide them")  # fmt: skip
        elif report.waiting:
            self._show(f"Team: {report.waiting} change{'s' if report.waiting != 1 else ''} "
                       "waiting", "Changes made meanwhile go with the next sync")  # fmt: skip
        else:
            self._show("Team: in step", "Your file holds the team's latest programme")
        if report.pulled:
            external = getattr(self.session, "external", None)
            if external is not None:
                external.check()

    @Slot(str)
    def _offline(self, message: str) -> None:
        waiting = 0
        with contextlib.suppress(Exception):
            waiting = local.outbox_size(self.session.desk.store.conn)
        note = f", {waiting} change(s) waiting" if waiting else ""
        self._show(f"Team: offline{note}", message)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self._show("⚠ Team: sync failed", message.strip().splitlines()[-1] if message else "")

    # -- menu actions ---------------------------------------------------------------------

    def create_team(self, url: str) -> engine.TeamReport:
        conn = self.session.desk.store.conn
        report = engine.create(conn, url)
        self.restart()
        return report

    def join_team(self, path: str, url: str) -> engine.TeamReport:
        store = Store.open(path)
        try:
            report = engine.join(store.conn, url)
        finally:
            store.close()
        self.window.switch_to(path, create=False)
        return report

    def leave_team(self) -> int:
        self.stop()
        waiting = engine.leave(self.session.desk.store.conn)
        self._show("", "")
        return waiting

    def ask_create(self) -> None:
        url, ok = QInputDialog.getText(
            self.window, "Create a team",
            "The team's PostgreSQL database (empty), e.g.\n"
            "postgresql://you@db.embassy.example.org/visit",
        )  # fmt: skip
        if ok and url.strip():
            self._guarded(lambda: self.create_team(url.strip()), "The team was created.")

    def ask_join(self) -> None:
        url, ok = QInputDialog.getText(
            self.window, "Join a team",
            "The team's PostgreSQL database, e.g.\npostgresql://you@db.embassy.example.org/visit",
        )  # fmt: skip
        if not (ok and url.strip()):
            return
        path, _ = QFileDialog.getSaveFileName(
            self.window, "Keep the team's programme in", "", "Delegation Desk (*.db)"
        )
        if path:
            self._guarded(lambda: self.join_team(path, url.strip()), "You joined the team.")

    def ask_leave(self) -> None:
        if not self.in_team():
            return
        answer = QMessageBox.question(
            self.window, "Leave the team",
            "Stop working as a team in this file? It keeps the programme as it is now; "
            "changes not yet sent stay only here.",
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Yes:
            self._guarded(self.leave_team, "This file no longer belongs to a team.")

    def show_conflicts(self) -> None:
        dialog = ConflictsDialog(self.session, self.window)
        dialog.decided.connect(self.sync_now)
        dialog.exec()

    def _guarded(self, work: Any, done: str) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            work()
        except AppError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, "Team", exc.user_message)
            return
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(done, 5000)


class ConflictsDialog(QDialog):
    """Each conflict with both values and who made them; keep mine, theirs, or edit."""

    decided = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Conflicts")
        self.session = session
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflicts-table")
        self.table.setHorizontalHeaderLabels(["Record", "What", "Mine", "Theirs"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel("No conflicts: everything you sent was applied.", self)
        self.mine = QPushButton("Keep &mine", self)
        self.theirs = QPushButton("Keep &theirs", self)
        self.edit = QPushButton("&Edit…", self)
        self.mine.clicked.connect(self.keep_mine)
        self.theirs.clicked.connect(self.keep_theirs)
        self.edit.clicked.connect(self.edit_value)
        buttons = QHBoxLayout()
        for button in (self.mine, self.theirs, self.edit):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(760, 320)
        self.reload()

    def reload(self) -> None:
        conn = self.session.desk.store.conn
        self.items = engine.conflicts(conn)
        self.table.setRowCount(len(self.items))
        for row, c in enumerate(self.items):
            k = c.conflict
            if k.kind == "field":
                what = k.field
                mine, theirs = _shown(k.mine), _shown(k.theirs)
            elif k.kind == "edit-deleted":
                what, mine, theirs = "you edited, they deleted", "keep it", "delete it"
            else:
                what, mine, theirs = "you deleted, they changed", "delete it", "keep it"
            cells = (
                engine.describe(conn, c),
                what + (f" ({k.label})" if k.label else ""),
                f"{mine} — {k.mine_author}",
                f"{theirs} — {k.their_author}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.empty.setVisible(not self.items)
        if self.items:
            self.table.selectRow(0)
        self._selection_changed()

    def chosen(self) -> local.StoredConflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        c = self.chosen()
        for button in (self.mine, self.theirs):
            button.setEnabled(c is not None)
        self.edit.setEnabled(c is not None and c.conflict.kind == "field")

    def _decide(self, keep: str | None, value: str | None = None) -> None:
        c = self.chosen()
        if c is None:
            return
        try:
            engine.resolve(self.session.desk.store.conn, c.id, keep, value)
        except AppError as exc:
            QMessageBox.warning(self, "Conflicts", exc.user_message)
            return
        self.session.changed.emit(("organisations", "people", "delegations", "venues", "events"))
        self.decided.emit()
        self.reload()

    @Slot()
    def keep_mine(self) -> None:
        self._decide("mine")

    @Slot()
    def keep_theirs(self) -> None:
        self._decide("theirs")

    @Slot()
    def edit_value(self) -> None:
        c = self.chosen()
        if c is None:
            return
        value, ok = QInputDialog.getText(
            self, "Edit", f"A new value for {c.conflict.field}:", QLineEdit.EchoMode.Normal,
            _shown(c.conflict.mine),
        )  # fmt: skip
        if ok:
            self._decide(None, value)


def _shown(value: Any) -> str:
    if value is None:
        return "(empty)"
    text = str(value)
    return "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)


def add_team_menu(window: MainWindow, file_menu: QMenu) -> TeamSync:
    """File ▸ Team: Create, Join, Sync now, Conflicts, Leave; and the indicator."""
    team = TeamSync(window)
    menu = file_menu.addMenu("&Team")
    menu.setObjectName("team-menu")
    entries = (
        ("team-create", "&Create team from this file…", team.ask_create),
        ("team-join", "&Join a team…", team.ask_join),
        ("team-sync", "&Sync now", team.sync_now),
        ("team-conflicts", "C&onflicts…", team.show_conflicts),
        ("team-leave", "&Leave team…", team.ask_leave),
    )
    for name, text, slot in entries:
        action = QAction(text, window)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menu.addAction(action)
    window.team = team  # type: ignore[attr-defined]
    return team
