"""Who attends: the people picker beside a table of attendees with role and reply."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.entities import Event, Participation, Reply, Role
from ui.event_editor_tabs.common import EditorContext
from ui.i18n import person_text, tr
from ui.people_picker import PeoplePicker
from ui.programme.style import value_word

_Index = QModelIndex | QPersistentModelIndex
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Name"),
    QT_TRANSLATE_NOOP("Columns", "Japanese name"),
    QT_TRANSLATE_NOOP("Columns", "Organisation"),
    QT_TRANSLATE_NOOP("Columns", "Role"),
    QT_TRANSLATE_NOOP("Columns", "Reply"),
)
ROLE_COLUMN, REPLY_COLUMN = 3, 4


class AttendeeModel(QAbstractTableModel):
    """The event's participations, with role and reply editable in place."""

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rows: list[Participation] = []

    def set_rows(self, rows: list[Participation]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def add(self, person_ids: list[int]) -> int:
        present = {p.person_id for p in self.rows}
        new = [pid for pid in dict.fromkeys(person_ids) if pid not in present]
        if new:
            self.context.remember(self.context.session.desk.store.people_by_ids(new))
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self.rows.extend(Participation(person_id=pid) for pid in new)
            self.endInsertRows()
        return len(new)

    def remove_rows(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):  # fmt: skip
            return tr("Columns", COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in (ROLE_COLUMN, REPLY_COLUMN):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.EditRole and column == ROLE_COLUMN:
            return row.role.value
        if role == Qt.ItemDataRole.EditRole and column == REPLY_COLUMN:
            return row.reply.value
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        person = self.context.person(row.person_id)
        if column == 0:
            return (
                person_text(person) if person else tr("Attendees", "(no longer in the programme)")
            )
        if column == 1:
            return person.name_japanese if person else ""
        if column == 2:
            org = self.context.organisations.get(person.organisation_id or -1) if person else None
            return org.name if org else ""
        if column == ROLE_COLUMN:
            return value_word(row.role.value)
        if column == REPLY_COLUMN:  # what they wrote with it beside the answer
            text = value_word(row.reply.value)
            return f"{text} — “{row.comment}”" if row.comment else text
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        row = self.rows[index.row()]
        try:
            if index.column() == ROLE_COLUMN:
                self.rows[index.row()] = replace(row, role=Role(value))
            elif index.column() == REPLY_COLUMN:
                self.rows[index.row()] = replace(row, reply=Reply(value))
            else:
                return False
        except ValueError:
            return False
        self.dataChanged.emit(index, index)
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell with a drop-down of fixed values."""

    def __init__(self, values: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values = values

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        box = QComboBox(parent)
        for value in self.values:
            box.addItem(value.capitalize(), value)
        box.setAccessibleName(str(index.model().headerData(index.column(),
                                                           Qt.Orientation.Horizontal)))  # fmt: skip
        box.activated.connect(lambda _i: self.commitData.emit(box))  # the choice counts at once
        return box

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.blockSignals(True)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class AttendeesTab(QWidget):
    edited = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.picker = PeoplePicker(context.session)
        self.model = AttendeeModel(context, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(tr("Attendees", "Attendees"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(ROLE_COLUMN, ChoiceDelegate([r.value for r in Role],
                                                                        self.table))  # fmt: skip
        self.table.setItemDelegateForColumn(
            REPLY_COLUMN, ChoiceDelegate([r.value for r in Reply], self.table)
        )
        self.count = QLabel()
        self.count.setAccessibleName(tr("Attendees", "Number of attendees"))
        self.remove = QPushButton(tr("Attendees", "&Remove"))
        self.remove.setAccessibleName(tr("Attendees", "Remove the chosen attendees"))
        self.by_precedence = QPushButton(tr("Attendees", "By &precedence"))
        self.by_precedence.setToolTip(tr("Attendees", "List the attendees in order of precedence"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.by_precedence)
        buttons.addWidget(self.remove)
        right_layout.addLayout(buttons)
        splitter = QSplitter()
        splitter.addWidget(self.picker)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([300, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.picker.people_chosen.connect(self.add_people)
        self.remove.clicked.connect(self._remove_selected)
        self.by_precedence.clicked.connect(self.sort_by_precedence)
        self.model.dataChanged.connect(self._changed)
        self.model.rowsInserted.connect(self._changed)
        self.model.rowsRemoved.connect(self._changed)
        self.model.modelReset.connect(self._changed)

    def load(self, event: Event) -> None:
        self.context.remember(
            self.context.session.desk.store.people_by_ids(list(event.attendee_ids))
        )
        self.model.set_rows(list(event.participations))
        self._fit_columns()

    @Slot(list)
    def add_people(self, person_ids: list[int]) -> None:
        self.model.add(person_ids)
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column, cap in ((0, 165), (1, 96), (2, 150), (3, 96)):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(cap, self.table.columnWidth(column) + 8))

    @Slot()
    def sort_by_precedence(self) -> None:
        """Protocol's order of precedence (models.protocol.precedence)."""
        from ui.protocol.ordering import precedence_order

        rows = {p.person_id: p for p in self.model.rows}
        order = precedence_order(self.context.session, list(rows))
        self.model.set_rows([rows[pid] for pid in order])

    @Slot()
    def _remove_selected(self) -> None:
        self.model.remove_rows([i.row() for i in self.table.selectionModel().selectedRows()])

    @Slot()
    def _changed(self) -> None:
        ids = [p.person_id for p in self.model.rows]
        self.context.attendee_ids = ids
        self.picker.mark(set(ids))
        declined = sum(1 for p in self.model.rows if p.reply is Reply.DECLINED)
        count = len(ids)
        text = tr("Attendees", "%n attendee(s)", None, count)
        if declined:
            text += tr("Attendees", ", {n} declined").format(n=declined)
        if not ids:
            text = tr("Attendees", "No attendees yet: find people on the left and press Enter.")
        self.count.setText(text)
        self.remove.setEnabled(bool(ids))
        self.edited.emit()

    def apply(self, event: Event, problems: list[str]) -> Event:
        return replace(event, participations=tuple(self.model.rows))
