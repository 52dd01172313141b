"""Plan menu, the requests dock, and the lock on an event's context menu."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from models.errors import AppError
from ui.file_dialogs import open_file
from ui.i18n import tr
from ui.session import Session

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class Planning(QObject):
    """What Plan ▸ … does for one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dock: QDockWidget | None = None
        self.dialog: Any = None

    @property
    def session(self) -> Session:
        return self.window.session

    @Slot()
    def show_requests(self) -> None:
        if self.dock is None:
            from ui.scheduling.requests_panel import RequestsPanel

            self.dock = QDockWidget(tr("Plan", "Meeting requests"), self.window)
            self.dock.setObjectName("requests-dock")
            self.dock.setAccessibleName(tr("Plan", "Meeting requests"))
            self.dock.setWidget(RequestsPanel(self.session, self.dock))
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.show()
        self.dock.raise_()

    @Slot()
    def schedule(self) -> None:
        from ui.scheduling.schedule_dialog import ScheduleDialog

        timeline = getattr(self.window, "programme", None)
        self.dialog = ScheduleDialog(self.session, timeline, self.window)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.show()

    @Slot()
    def import_requests(self) -> None:
        path = open_file(
            self.window,
            tr("Plan", "Import meeting requests"),
            tr("Plan", "CSV files (*.csv);;All files (*)"),
        )
        if path:
            self.import_requests_from(path)

    def import_requests_from(self, path: str) -> int:
        """Import all or nothing, undoably; returns how many were imported."""
        from exports.requests_csv import read_requests_csv
        from models.scheduler.requests_import import import_requests
        from ui.dialogs.errors import show_error

        desk = self.session.desk
        holder: dict[str, Any] = {}

        def do() -> int:
            rows, _ = read_requests_csv(path)
            holder["stored"], _ = import_requests(desk, rows)
            return len(holder["stored"])

        def undo() -> None:
            with desk.store.atomic():
                for r in holder["stored"]:
                    desk.store.delete_meeting_request(r.id)

        def redo() -> None:
            holder["stored"] = desk.store.insert_meeting_requests(holder["stored"])

        try:
            count = self.session.push(
                tr("Plan", "Import meeting requests"), do, undo, ("events",), redo
            )
        except AppError as error:
            show_error(self.window, error, tr("Plan", "Nothing was imported"))
            return 0
        imported = int(count)  # a plain name: lupdate reads the call then
        self.window.statusBar().showMessage(
            tr("Plan", "Imported %n meeting request(s).", None, imported), 5000
        )
        return imported


def build_plan_menu(w: MainWindow, plan: QMenu, acts: dict[str, QAction]) -> None:
    """Plan ▸ Meeting requests, Schedule meetings…, Import requests from CSV…."""
    planning = Planning(w)
    w.planning = planning  # type: ignore[attr-defined]
    entries = (
        (
            "requests",
            tr("Plan", "Meeting &requests"),
            planning.show_requests,
            "Ctrl+Shift+R",
            tr("Plan", "See, filter and edit the meeting requests and availability"),
        ),
        (
            "schedule",
            tr("Plan", "&Schedule meetings…"),
            planning.schedule,
            "Ctrl+Shift+M",
            tr("Plan", "Propose times, rooms and interpreters for the meeting requests"),
        ),
        (
            "import-requests",
            tr("Plan", "&Import requests from CSV…"),
            planning.import_requests,
            "",
            tr("Plan", "Import meeting requests from a CSV file (all rows or none)"),
        ),
    )
    for key, text, slot, shortcut, tip in entries:
        action = QAction(text, w)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        plan.addAction(action)
        acts[key] = action
    # File ▸ Import requests… too, beside the other imports
    beside = acts.get("replies")
    for menu_action in w.menuBar().actions():
        menu = menu_action.menu()
        if beside is not None and menu is not None and beside in menu.actions():
            item = QAction(tr("Plan", "Import &meeting requests from CSV…"), w)
            item.setStatusTip(entries[2][4])
            item.triggered.connect(planning.import_requests)
            menu.insertAction(beside, item)
            acts["file-import-requests"] = item
            break


def add_lock_action(menu: QMenu, session: Session, event_id: int) -> QAction:
    """“Locked for the scheduler” on an event's context menu (undoable)."""
    store = session.desk.store
    locked = event_id in store.locked_event_ids()
    action = menu.addAction(tr("Plan", "Locked (the scheduler never moves it)"))
    action.setCheckable(True)
    action.setChecked(locked)

    def toggle(on: bool) -> None:
        session.push(
            tr("Plan", "Lock the event") if on else tr("Plan", "Unlock the event"),
            lambda: store.set_event_locked(event_id, on),
            lambda: store.set_event_locked(event_id, not on),
            ("events",),
        )

    action.toggled.connect(toggle)
    return action
