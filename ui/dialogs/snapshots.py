"""The list of a database's automatic snapshots, to choose one to restore."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.store.backups import Snapshot
from ui.core_text import core_text
from ui.i18n import tr


class SnapshotDialog(QDialog):
    """The snapshots of one database, newest first; one is chosen to restore."""

    def __init__(self, found: list[Snapshot], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = tr("Backups", "Restore from a snapshot")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        intro = QLabel(
            tr(
                "Backups",
                "A snapshot is kept automatically before every import, upgrade, restore or "
                "applied schedule. Restoring one replaces the programme as it is now; the "
                "programme as it is now is kept as a snapshot first.",
            ),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Backups", "Snapshots"))
        for snap in found:
            item = QListWidgetItem(core_text(snap.describe()), self.list)
            item.setData(Qt.ItemDataRole.UserRole, str(snap.path))
        self.list.setCurrentRow(0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Cancel, self
        )  # fmt: skip
        self.restore_button = self.buttons.addButton(
            tr("Backups", "&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self.found = found
        self.resize(560, 320)

    def chosen(self) -> Snapshot | None:
        row = self.list.currentRow()
        return self.found[row] if 0 <= row < len(self.found) else None
