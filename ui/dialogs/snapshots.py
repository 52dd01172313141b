"""The list of a database's automatic snapshots, to choose one to restore."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import locale_text
from models.store.backups import Snapshot
from ui.i18n import current_language, tr

#: Why the core keeps a snapshot (``snapshot_before(store, reason)``), as the window says it.
REASONS = {
    "import of people": QT_TRANSLATE_NOOP("Backups", "import of people"),
    "apply schedule": QT_TRANSLATE_NOOP("Backups", "applying a schedule"),
    "the sample programme": QT_TRANSLATE_NOOP("Backups", "loading the sample programme"),
    "restore": QT_TRANSLATE_NOOP("Backups", "a restore"),
}
_MIGRATION = re.compile(r"migration from version (\d+)$")


def reason_text(reason: str) -> str:
    """The snapshot's reason in the interface language (an unknown one as the core wrote it)."""
    if reason in REASONS:
        return tr("Backups", REASONS[reason])
    migration = _MIGRATION.match(reason)
    if migration:
        return tr("Backups", "the upgrade from version {n}").format(n=migration.group(1))
    return reason


def snapshot_text(snap: Snapshot) -> str:
    """``Mon 30 Nov 2026 10:45 UTC — before import of people (1.2 MB)``, or in Japanese
    ``2026年11月30日(月) 10:45 UTC — 人物の取り込みの前（1.2 MB）``."""
    when = locale_text.date_time(snap.taken_at, current_language()) + " UTC"
    n = snap.size
    size = f"{max(1, round(n / 1024))} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:.1f} MB"
    return tr("Backups", "{when} — before {reason} ({size})").format(
        when=when, reason=reason_text(snap.reason), size=size
    )


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
            item = QListWidgetItem(snapshot_text(snap), self.list)
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
