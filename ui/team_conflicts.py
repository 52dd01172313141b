"""The conflicts dialog: each conflict with both values and who made them; keep
mine, keep theirs, or give a new value (loaded when first opened)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError
from models.sync import engine, local
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.session import Session


class ConflictsDialog(QDialog):
    """Each conflict with both values and who made them; keep mine, theirs, or edit."""

    decided = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Team", "Conflicts"))
        self.session = session
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflicts-table")
        self.table.setHorizontalHeaderLabels(
            [tr("Team", "Record"), tr("Team", "What"), tr("Team", "Mine"), tr("Team", "Theirs")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(tr("Team", "No conflicts: everything you sent was applied."), self)
        self.mine = QPushButton(tr("Team", "Keep &mine"), self)
        self.theirs = QPushButton(tr("Team", "Keep &theirs"), self)
        self.edit = QPushButton(tr("Team", "&Edit…"), self)
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
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.resize(980, 340)
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
                what = tr("Team", "you edited, they deleted")
                mine, theirs = tr("Team", "keep it"), tr("Team", "delete it")
            else:
                what = tr("Team", "you deleted, they changed")
                mine, theirs = tr("Team", "delete it"), tr("Team", "keep it")
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
        for column, widest in enumerate((300, 200, 220)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
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
            QMessageBox.warning(self, tr("Team", "Conflicts"), exc.user_message)
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
        prompt = tr("Team", "A new value for %1:").replace("%1", c.conflict.field)
        value, ok = QInputDialog.getText(
            self, tr("Team", "Edit"), prompt, QLineEdit.EchoMode.Normal, _shown(c.conflict.mine)
        )
        if ok:
            self._decide(None, value)


def _shown(value: Any) -> str:
    if value is None:
        return tr("Team", "(empty)")
    text = str(value)
    return "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)
