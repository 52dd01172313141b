"""Order of precedence: each delegation's rank table, and who comes first.

Choose a delegation (or the default table every delegation without its own
uses), edit the ranks — most senior first, each with the position titles
that hold it — and Save; the list beside shows the delegation in order of
precedence with each person's rank.  Saving is undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError
from models.protocol.entities import RankRow, RankTable
from models.protocol.precedence import DEFAULT_TABLE, Precedence
from models.protocol.service import ProtocolDesk
from ui.dialogs.errors import show_error
from ui.i18n import person_text, tr
from ui.layout_fit import fit_to_screen
from ui.session import Session

DEFAULT = -1  # the combo's data for the default table


class RanksEditor(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Protocol", "Order of precedence"))
        self.setAccessibleName(tr("Protocol", "Order of precedence"))
        fit_to_screen(self, QSize(1000, 560))  # a 1024×640 laptop shows it whole
        layout = QVBoxLayout(self)
        self.which = QComboBox()
        self.which.setAccessibleName(tr("Protocol", "Rank table of"))
        self.which.addItem(tr("Protocol", "Default table (delegations without their own)"), DEFAULT)
        for delegation in session.desk.delegations():
            self.which.addItem(delegation.name, delegation.id)
        self.which.currentIndexChanged.connect(self.reload)
        layout.addWidget(self.which)
        row = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(tr("Protocol", "Ranks, most senior first: titles starting with a "
                                 "keyword (the longest wins) take that rank.")))  # fmt: skip
        self.table = QTableWidget(0, 2)
        self.table.setAccessibleName(tr("Protocol", "Ranks"))
        self.table.setHorizontalHeaderLabels(
            [tr("Protocol", "Rank"), tr("Protocol", "Position titles (keywords, comma-separated)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot in ((tr("Protocol", "Add rank"), self.add_row),
                           (tr("Protocol", "Remove"), self.remove_row),
                           (tr("Protocol", "Up"), self.move_up),
                           (tr("Protocol", "Save"), self.save)):  # fmt: skip
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left.addLayout(buttons)
        row.addLayout(left, 3)
        self.order = QListWidget()
        self.order.setAccessibleName(tr("Protocol", "In order of precedence"))
        row.addWidget(self.order, 2)
        layout.addLayout(row, 1)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=session.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=session.undo_stack.redo)
        session.changed.connect(self._changed)
        self.reload()

    @property
    def delegation_id(self) -> int | None:
        value = self.which.currentData()
        return None if value in (None, DEFAULT) else int(value)

    def _stored(self) -> RankTable | None:
        wanted = self.delegation_id
        return next(
            (t for t in self.session.desk.store.rank_tables() if t.delegation_id == wanted), None
        )

    @Slot()
    def reload(self) -> None:
        table = self._stored() or RankTable(self.delegation_id, DEFAULT_TABLE.rows)
        self.table.setRowCount(0)
        for rank in table.rows:
            self._append(rank.label, ", ".join(rank.keywords))
        self._show_order()

    def _append(self, label: str, keywords: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(label))
        self.table.setItem(row, 1, QTableWidgetItem(keywords))

    def rows(self) -> tuple[RankRow, ...]:
        found = []
        for row in range(self.table.rowCount()):
            cells = [self.table.item(row, c) for c in (0, 1)]
            label, words = (c.text().strip() if c is not None else "" for c in cells)
            found.append(RankRow(label, tuple(w.strip() for w in words.split(",") if w.strip())))
        return tuple(found)

    def _show_order(self) -> None:
        self.order.clear()
        programme = self.session.desk.programme()
        rules = Precedence(programme)
        if self.delegation_id is None:
            members = [p.id for p in programme.people if p.id is not None]
            members = [m for m in members if programme.delegation_of(m) is None] or members
        else:
            delegation = programme.delegation(self.delegation_id)
            members = list(delegation.member_ids) if delegation else []
        for n, pid in enumerate(rules.order(members), start=1):
            person = programme.person(pid)
            if person is not None:
                name = person_text(person)
                self.order.addItem(f"{n}. {rules.rank_label(person)} — {name}")

    @Slot()
    def add_row(self) -> None:
        self._append(tr("Protocol", "New rank"), "")

    @Slot()
    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())

    @Slot()
    def move_up(self) -> None:
        row = self.table.currentRow()
        if row > 0:
            above = [self.table.takeItem(row - 1, c) for c in (0, 1)]
            here = [self.table.takeItem(row, c) for c in (0, 1)]
            for c in (0, 1):
                self.table.setItem(row - 1, c, here[c])
                self.table.setItem(row, c, above[c])
            self.table.setCurrentCell(row - 1, 0)

    @Slot()
    def save(self) -> None:
        core = ProtocolDesk(self.session.desk)
        wanted = RankTable(self.delegation_id, self.rows())
        before = self._stored()
        try:
            self.session.push(
                tr("Protocol", "Edit a rank table"),
                lambda: core.save_rank_table(wanted),
                lambda: core.restore_rank_table(wanted.delegation_id, before),
                ("protocol",),
            )
        except AppError as error:
            show_error(self, error)
            return
        self._show_order()

    @Slot(tuple)
    def _changed(self, kinds: tuple[str, ...]) -> None:
        if "protocol" in kinds:
            self.reload()


def open_ranks_editor(session: Session, parent: QWidget | None) -> Any:
    editor = RanksEditor(session, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
