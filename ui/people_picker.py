"""Find people by typing, and hand them over one by one or a whole group at once.

Typing filters by Latin or Japanese name, organisation or e-mail (the store
searches, so this stays quick with a hundred thousand people); a whole
organisation or delegation can be added in one go.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.entities import Organisation, Person
from ui.i18n import current_language, person_text, tr
from ui.session import Session

#: At most this many matches are listed; typing more narrows them down.
RESULT_LIMIT = 200
#: A search slower than this (seconds) waits for a pause in typing from then on.
SLOW_SEARCH = 0.04
TYPING_PAUSE_MS = 180
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def person_label(person: Person, organisation: Organisation | None = None) -> str:
    """``Dr Haruka Sato · 佐藤 春香 — METI``."""
    text = person_text(person)
    if person.name_japanese:  # in Japanese, the Japanese form first
        if current_language() == "ja":
            text = f"{person.name_japanese} · {text}"
        else:
            text += f" · {person.name_japanese}"
    if organisation is not None:
        text += f" — {organisation.name}"
    return text


class PeopleListModel(QAbstractListModel):
    """The people matching the search, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: list[Person] = []
        self.organisations: dict[int, Organisation] = {}
        self.marked: set[int] = set()  # already chosen: shown, but greyed
        #: person id -> (note, tooltip): busy at the time of the event being edited
        self.busy: dict[int, tuple[str, str]] = {}

    def set_people(self, people: list[Person]) -> None:
        self.beginResetModel()
        self.people = people
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.people):
            return None
        person = self.people[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            org = self.organisations.get(person.organisation_id or -1)
            label = person_label(person, org)
            busy = self.busy.get(person.id or 0)
            if busy is not None:  # free/busy: the mark first (seen in a narrow list), then why
                label = f"⚠ {label} — {busy[0]}"
            return ("✓ " if person.id in self.marked else "") + label
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [person_label(person, self.organisations.get(person.organisation_id or -1))]
            lines += [p for p in (person.position, person.email, person.phone) if p]
            if person.id in self.marked:
                lines.append(tr("Picker", "Already attending"))
            busy = self.busy.get(person.id or 0)
            if busy is not None:
                lines.append(busy[1])
            return "\n".join(lines)
        if role == PERSON_ID_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ForegroundRole and person.id in self.marked:
            return Qt.GlobalColor.gray
        return None


class PeoplePicker(QWidget):
    """A search box over the people, a result list, and whole-group buttons."""

    people_chosen = Signal(list)  # person ids, in the order given

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            tr("Picker", "Name (Latin or 日本語), organisation or e-mail")
        )
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Picker", "Find people"))
        self.model = PeopleListModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setAccessibleName(tr("Picker", "Matching people"))
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.results.setUniformItemSizes(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.found = QLabel()
        self.found.setAccessibleName(tr("Picker", "Number of matches"))
        self.add_button = QPushButton(tr("Picker", "Add &selected"))
        self.add_button.setAccessibleName(tr("Picker", "Add the chosen people"))
        self.org_box = QComboBox()
        self.org_box.setAccessibleName(tr("Picker", "Organisation to add"))
        self.org_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.org_box.setMinimumContentsLength(14)
        self.org_button = QPushButton(tr("Picker", "Add organisation"))
        self.org_button.setAccessibleName(tr("Picker", "Add everyone from the organisation"))
        self.delegation_box = QComboBox()
        self.delegation_box.setAccessibleName(tr("Picker", "Delegation to add"))
        self.delegation_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.delegation_box.setMinimumContentsLength(14)
        self.delegation_button = QPushButton(tr("Picker", "Add delegation"))
        self.delegation_button.setAccessibleName(tr("Picker", "Add the whole delegation"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.found)
        layout.addWidget(self.add_button)
        groups = QGridLayout()
        groups.addWidget(self.org_box, 0, 0)
        groups.addWidget(self.org_button, 0, 1)
        groups.addWidget(self.delegation_box, 1, 0)
        groups.addWidget(self.delegation_button, 1, 1)
        groups.setColumnStretch(0, 1)
        layout.addLayout(groups)

        self._slow = False  # searches take long here: wait for a pause in typing
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self._filter_now)
        self.search.textChanged.connect(self._on_text)
        # Enter in the search box adds the highlighted match, and only that: it
        # never reaches the dialog around the picker (whose default button
        # would save and close it).
        self.search.installEventFilter(self)
        self.results.activated.connect(self._add_selected)
        self.add_button.clicked.connect(self._add_selected)
        self.org_button.clicked.connect(self._add_organisation)
        self.delegation_button.clicked.connect(self._add_delegation)
        #: Set by the event editor: person id -> (note, tooltip) for the busy among people.
        self.busy_source: Callable[[list[Person]], dict[int, tuple[str, str]]] | None = None
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._add_first()
            self.search.selectAll()
            return True
        return super().eventFilter(watched, event)

    def reload(self) -> None:
        """Read organisations and delegations again and redo the search."""
        desk = self.session.desk
        organisations = sorted(desk.organisations(), key=lambda o: o.name.casefold())
        self.model.organisations = {o.id: o for o in organisations if o.id is not None}
        self.org_box.clear()
        for org in organisations:
            self.org_box.addItem(org.name, org.id)
        self.org_button.setEnabled(bool(organisations))
        self.delegation_box.clear()
        for delegation in desk.delegations():
            self.delegation_box.addItem(
                f"{delegation.name} ({len(delegation.member_ids)})", delegation.id
            )
        self.delegation_button.setEnabled(self.delegation_box.count() > 0)
        self._filter(self.search.text())

    def refresh_busy(self) -> None:
        """Ask :attr:`busy_source` again who of those listed is busy (free/busy marks)."""
        busy = self.busy_source(self.model.people) if self.busy_source is not None else {}
        if busy == self.model.busy:
            return
        self.model.busy = busy
        if self.model.people:
            top = self.model.index(0)
            bottom = self.model.index(len(self.model.people) - 1)
            self.model.dataChanged.emit(top, bottom)

    def mark(self, person_ids: set[int]) -> None:
        """Grey out people already chosen."""
        self.model.marked = set(person_ids)
        if self.model.people:
            top = self.model.index(0)
            bottom = self.model.index(len(self.model.people) - 1)
            self.model.dataChanged.emit(top, bottom)

    @Slot(str)
    def _on_text(self, text: str) -> None:
        if self._slow:
            self._timer.start()
        else:
            self._filter(text)

    @Slot()
    def _filter_now(self) -> None:
        self._timer.stop()
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        started = time.perf_counter()
        people = self.session.desk.search_people(text, RESULT_LIMIT + 1)
        self._slow = time.perf_counter() - started > SLOW_SEARCH
        more = len(people) > RESULT_LIMIT
        self.model.set_people(people[:RESULT_LIMIT])
        self.refresh_busy()
        if not people:
            self.found.setText(tr("Picker", "Nobody matches."))
        elif more:
            self.found.setText(
                tr("Picker", "The first {n} matches; type more to narrow down.").format(
                    n=RESULT_LIMIT
                )
            )
        else:
            found = len(people)  # a plain name: lupdate does not read a call as the count
            self.found.setText(tr("Picker", "%n match(es).", None, found))
        if people:
            self.results.setCurrentIndex(self.model.index(0))

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.results.selectionModel().selectedRows())
        return [int(self.model.people[r].id or 0) for r in rows]

    @Slot()
    def _add_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.people_chosen.emit(ids)

    @Slot()
    def _add_first(self) -> None:
        if self._timer.isActive():
            self._filter_now()
        ids = self.selected_ids() or [int(p.id or 0) for p in self.model.people[:1]]
        if ids:
            self.people_chosen.emit(ids)

    @Slot()
    def _add_organisation(self) -> None:
        org_id = self.org_box.currentData()
        org = self.model.organisations.get(org_id)
        if org is None:
            return
        staff = [
            int(p.id or 0)
            for p in self.session.desk.search_people(org.name)
            if p.organisation_id == org_id
        ]
        if staff:
            self.people_chosen.emit(staff)

    @Slot()
    def _add_delegation(self) -> None:
        delegation_id = self.delegation_box.currentData()
        for delegation in self.session.desk.delegations():
            if delegation.id == delegation_id and delegation.member_ids:
                self.people_chosen.emit(list(delegation.member_ids))


def choose_person(session: Session, title: str, parent: QWidget | None = None) -> int | None:
    """Ask for one person; their id, or None when the user cancels."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    picker = PeoplePicker(session)
    picker.org_box.hide()
    picker.org_button.hide()
    picker.delegation_box.hide()
    picker.delegation_button.hide()
    picker.add_button.setText(tr("Picker", "&Choose"))
    picker.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    chosen: list[int] = []

    def take(ids: list[int]) -> None:
        chosen[:] = ids[:1]
        dialog.accept()

    picker.people_chosen.connect(take)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(picker)
    layout.addWidget(buttons)
    dialog.resize(460, 420)
    dialog.exec()
    return chosen[0] if chosen else None
