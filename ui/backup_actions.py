"""File ▸ Back up… and File ▸ Restore…: a thin layer over :mod:`models.store.backups`.

Back up copies the open database with SQLite's online backup API (consistent
while the window has it open).  Restore lists the automatic snapshots kept
before risky operations, newest first; putting one back first snapshots the
current file (so a restore is itself undoable from the same list), then the
window reopens the database.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from models.errors import AppError
from models.store.backups import backup_database, restore_snapshot, snapshots
from models.store.connection import MEMORY
from ui.dialogs.errors import show_error
from ui.file_dialogs import save_file
from ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMenu

    from ui.main_window import MainWindow


def add_backup_actions(w: MainWindow, menu: QMenu, acts: dict[str, QAction]) -> None:
    """File ▸ Back up… and File ▸ Restore from a snapshot…"""
    from PySide6.QtGui import QAction

    handler = BackupActions(w)
    for key, text, slot, tip in (
        ("backup", tr("Backups", "&Back up…"), handler.back_up,
         tr("Backups", "Copy the database to a file, consistently, while it is open")),
        ("restore", tr("Backups", "Restor&e from a snapshot…"), handler.restore,
         tr("Backups", "Put back a snapshot kept before an import, an upgrade or a restore")),
    ):  # fmt: skip
        action = QAction(text, w)
        action.setStatusTip(tip)
        action.setToolTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        acts[key] = action


class BackupActions(QObject):
    """The slots of the two actions (GUI thread objects, not lambdas)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _path(self) -> str | None:
        path = self.window.session.desk.store.path
        if path == MEMORY:
            show_error(self.window, AppError(tr("Backups", "This database lives in memory only.")))
            return None
        return path

    @Slot()
    def back_up(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        path = self._path()
        if path is None:
            return
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M")
        suggested = str(Path(path).with_name(f"{Path(path).stem}-backup-{stamp}.db"))
        target = save_file(
            self.window,
            tr("Backups", "Back up the database"),
            suggested,
            tr("Backups", "Databases (*.db)"),
        )
        if not target:
            return
        try:
            written = backup_database(path, target)
        except AppError as error:
            show_error(self.window, error)
            return
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Backups", "Backed up"))
        box.setText(
            tr("Backups", "The database was copied to %1 (readable by you only).").replace(
                "%1", str(written)
            )
        )
        box.exec()

    @Slot()
    def restore(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        path = self._path()
        if path is None:
            return
        found = snapshots(path)
        if not found:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Information)
            box.setWindowTitle(tr("Backups", "No snapshots"))
            box.setText(
                tr(
                    "Backups",
                    "There are no snapshots of this database yet. One is kept automatically "
                    "before every import, upgrade or restore.",
                )
            )
            box.exec()
            return
        from PySide6.QtWidgets import QDialog

        from ui.dialogs.snapshots import SnapshotDialog  # when asked: not on the way to start

        dialog = SnapshotDialog(found, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        try:
            restore_snapshot(path, chosen)
        except AppError as error:
            show_error(self.window, error)
            return
        self.window.switch_to(path, create=False)  # a fresh core; the undo history ends
