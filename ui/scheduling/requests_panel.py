"""Meeting requests and availability: see, filter, edit, delete (every edit undoable)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError, ValidationError
from ui.empty_state import EmptyNote, requests_text
from ui.i18n import full_name_text, tr
from ui.scheduling.words import priority
from ui.session import Session


def _venue(where: str) -> str:
    """A request's venue: a venue's name, or the host's or any (translated)."""
    words = {"host's": tr("Meeting requests", "host's"), "any": tr("Meeting requests", "any")}
    return words.get(where, where)


Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()

REQUEST_COLUMNS = (
    "#",
    QT_TRANSLATE_NOOP("Meeting requests", "Requester"),
    QT_TRANSLATE_NOOP("Meeting requests", "Wants to meet"),
    QT_TRANSLATE_NOOP("Meeting requests", "Priority"),
    QT_TRANSLATE_NOOP("Meeting requests", "Minutes"),
    QT_TRANSLATE_NOOP("Meeting requests", "Interpreter"),
    QT_TRANSLATE_NOOP("Meeting requests", "Where"),
    QT_TRANSLATE_NOOP("Meeting requests", "Between"),
    QT_TRANSLATE_NOOP("Meeting requests", "Meeting"),
)
AVAILABILITY_COLUMNS = (
    QT_TRANSLATE_NOOP("Meeting requests", "Who"),
    QT_TRANSLATE_NOOP("Meeting requests", "From"),
    QT_TRANSLATE_NOOP("Meeting requests", "To"),
    QT_TRANSLATE_NOOP("Meeting requests", "Kind"),
    QT_TRANSLATE_NOOP("Meeting requests", "Notes"),
)


class RowsModel(QAbstractTableModel):
    """A table over rows of text; ``records`` keeps each row's object (ObjectRole)."""

    ObjectRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, headers: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers
        self.all_rows: list[tuple[tuple[str, ...], Any]] = []
        self.rows: list[tuple[tuple[str, ...], Any]] = []
        self.filter_text = ""

    def set_rows(self, rows: list[tuple[tuple[str, ...], Any]]) -> None:
        self.beginResetModel()
        self.all_rows = rows
        self._apply()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        self.beginResetModel()
        self.filter_text = text
        self._apply()
        self.endResetModel()

    def _apply(self) -> None:
        words = self.filter_text.casefold().split()
        self.rows = [
            row
            for row in self.all_rows
            if all(any(w in cell.casefold() for cell in row[0]) for w in words)
        ]

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cells, record = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return cells[index.column()]
        if role == self.ObjectRole:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr("Meeting requests", self.headers[section])
        return None


def _table(model: RowsModel, name: str, spoken: str, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setAccessibleName(spoken)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class RequestsPanel(QWidget):
    """Requests above, availability below; a filter box over both."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("requests-panel")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("requests-filter")
        self.filter.setPlaceholderText(
            tr("Meeting requests", "Filter requests: organisation, priority, venue…")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Meeting requests", "Filter requests"))
        self.requests = RowsModel(REQUEST_COLUMNS, self)
        self.availability = RowsModel(AVAILABILITY_COLUMNS, self)
        self.request_view = _table(
            self.requests, "requests-table", tr("Meeting requests", "Meeting requests"), self
        )
        self.availability_view = _table(
            self.availability, "availability-table", tr("Meeting requests", "Availability"), self
        )
        self.count = QLabel(self)
        self.edit_button = QPushButton(tr("Meeting requests", "Edit…"), self)
        self.delete_button = QPushButton(tr("Meeting requests", "Delete"), self)
        self.delete_window_button = QPushButton(tr("Meeting requests", "Delete window"), self)
        self.add_window_button = QPushButton(tr("Meeting requests", "Add window…"), self)
        buttons = QHBoxLayout()
        for w in (self.count, None, self.edit_button, self.delete_button):
            if w is None:
                buttons.addStretch(1)
            else:
                buttons.addWidget(w)
        lower = QHBoxLayout()
        lower.addWidget(
            QLabel(
                tr(
                    "Meeting requests",
                    "Availability (windows when people or organisations are here, and busy times)",
                ),
                self,
            )
        )
        lower.addStretch(1)
        lower.addWidget(self.add_window_button)
        lower.addWidget(self.delete_window_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.request_view, 3)
        layout.addLayout(buttons)
        layout.addLayout(lower)
        layout.addWidget(self.availability_view, 1)
        self.filter.textChanged.connect(self._filter)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.delete_window_button.clicked.connect(self.delete_window)
        self.add_window_button.clicked.connect(self.add_window)
        self.request_view.doubleClicked.connect(self._double_clicked)
        session.changed.connect(self._changed)
        session.database_replaced.connect(self.reload)
        self.empty_note = EmptyNote(self.request_view)
        self.empty_note.follow(self.requests, partial(requests_text, self.filter))
        self.reload()

    @Slot(str)
    def _filter(self, text: str) -> None:
        self.requests.set_filter(text)
        self.availability.set_filter(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.requests.rowCount(), len(self.requests.all_rows)
        if shown != total:
            text = tr("Meeting requests", "%1 of %n request(s)", None, total).replace(
                "%1", str(shown)
            )
        else:
            text = tr("Meeting requests", "%n request(s)", None, total)
        self.count.setText(text)

    @Slot(tuple)
    def _changed(self, kinds: tuple[str, ...]) -> None:
        self.reload()

    @Slot()
    def reload(self) -> None:
        from models.scheduler.service import request_lines
        from models.timezones import format_span

        desk = self.session.desk
        programme = desk.programme()
        rows = []
        self._names = {}
        for line in request_lines(programme, desk.store.meeting_requests()):
            r = line.request
            self._names[r.id] = f"{line.requester} → {line.target}"
            rows.append(
                (
                    (
                        str(r.id),
                        line.requester,
                        line.target,
                        priority(r.priority.value),
                        str(r.duration_minutes),
                        r.interpreter or "",
                        _venue(line.venue),
                        line.window,
                        line.meeting
                        or ("—" if r.priority.value != "no" else tr("Meeting requests", "veto")),
                    ),
                    r,
                )
            )
        self.requests.set_rows(rows)
        windows = []
        for a in desk.store.availability():
            who = ""
            if a.person_id is not None:
                person = programme.person(a.person_id)
                who = (
                    full_name_text(person)
                    if person is not None
                    else tr("Meeting requests", "(no longer in the programme)")
                )
            else:
                org = programme.organisation(a.organisation_id)
                who = org.name if org is not None else ""
            span = format_span(a.starts_at, a.ends_at, "Asia/Kolkata")
            start, _, end = span.partition("–")
            kind = tr("Meeting requests", "busy") if a.busy else tr("Meeting requests", "available")
            windows.append(((who, start, end, kind, a.notes), a))
        self.availability.set_rows(windows)
        self._count()

    def request_name(self, request: Any) -> str:
        """``Lohum → METI``: who asks to meet whom."""
        return str(getattr(self, "_names", {}).get(request.id, ""))

    def selected_request(self) -> Any:
        index = self.request_view.currentIndex()
        return self.requests.data(index, RowsModel.ObjectRole) if index.isValid() else None

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        self.edit_selected()

    @Slot()
    def edit_selected(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        dialog = RequestDialog(request, self, self.request_name(request))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.session.desk.store
        try:
            changed = dialog.result_request()
            self.session.push(
                tr("Meeting requests", "Edit the request “{name}”").format(
                    name=self.request_name(request)
                ),
                lambda: store.update_meeting_request(changed),
                lambda: store.update_meeting_request(request),
                ("events",),
            )
        except AppError as error:
            from ui.dialogs.errors import show_error

            show_error(self, error, tr("Meeting requests", "Cannot change the request"))

    @Slot()
    def delete_selected(self) -> None:
        request = self.selected_request()
        if request is None:
            return
        store = self.session.desk.store
        holder = {"request": request}

        def delete() -> None:
            store.delete_meeting_request(holder["request"].id)

        def put_back() -> None:
            holder["request"] = store.insert_meeting_requests([holder["request"]])[0]

        text = tr("Meeting requests", "Delete the request “{name}”").format(
            name=self.request_name(request)
        )
        self.session.push(text, delete, put_back, ("events",))

    @Slot()
    def delete_window(self) -> None:
        index = self.availability_view.currentIndex()
        if not index.isValid():
            return
        window = self.availability.data(index, RowsModel.ObjectRole)
        store = self.session.desk.store
        holder = {"window": window}

        def delete() -> None:
            store.delete_availability(holder["window"].id)

        def put_back() -> None:
            holder["window"] = store.save_availability(replace(holder["window"], id=None))

        self.session.push(
            tr("Meeting requests", "Delete an availability window"), delete, put_back, ("events",)
        )

    @Slot()
    def add_window(self) -> None:
        dialog = WindowDialog(self.session, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            window = dialog.result_window()
        except AppError as error:
            from ui.dialogs.errors import show_error

            show_error(self, error, tr("Meeting requests", "Cannot add the window"))
            return
        self.save_window(window)

    def save_window(self, window: Any) -> None:
        """Store an availability window, undoably."""
        store = self.session.desk.store
        holder = {"window": window}

        def add() -> None:
            holder["window"] = store.save_availability(replace(holder["window"], id=None))

        def remove() -> None:
            store.delete_availability(holder["window"].id)

        try:
            self.session.push(
                tr("Meeting requests", "Add an availability window"), add, remove, ("events",)
            )
        except AppError as error:
            from ui.dialogs.errors import show_error

            show_error(self, error, tr("Meeting requests", "Cannot add the window"))


class WindowDialog(QDialog):
    """Who (a person or an organisation), from, to, available or busy."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QCheckBox, QDateTimeEdit

        super().__init__(parent)
        self.setWindowTitle(tr("Meeting requests", "Availability window"))
        desk = session.desk
        self.who = QComboBox(self)
        for org in desk.organisations():
            self.who.addItem(
                tr("Meeting requests", "%1 (organisation)").replace("%1", org.name), ("org", org.id)
            )
        for person in desk.people():
            self.who.addItem(full_name_text(person), ("person", person.id))
        self.starts = QDateTimeEdit(self)
        self.ends = QDateTimeEdit(self)
        for edit in (self.starts, self.ends):
            edit.setDisplayFormat(tr("Programme", "ddd d MMM yyyy") + " HH:mm")
            edit.setCalendarPopup(True)
        first = min((e.starts_at for e in desk.events()), default=None)
        if first is not None:
            from models.timezones import in_zone

            local = in_zone(first, "Asia/Kolkata")
            self.starts.setDateTime(local.replace(hour=9, minute=0, tzinfo=None))
            self.ends.setDateTime(local.replace(hour=13, minute=0, tzinfo=None))
        self.busy = QCheckBox(
            tr("Meeting requests", "Busy then (otherwise: here and free only then)"), self
        )
        self.busy.setChecked(True)
        self.notes = QLineEdit(self)
        form = QFormLayout(self)
        form.addRow(tr("Meeting requests", "&Who"), self.who)
        form.addRow(tr("Meeting requests", "&From (New Delhi time)"), self.starts)
        form.addRow(tr("Meeting requests", "&To"), self.ends)
        form.addRow("", self.busy)
        form.addRow(tr("Meeting requests", "&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_window(self) -> Any:
        from models.scheduler.requests import Availability
        from models.timezones import localize

        kind, key = self.who.currentData()
        starts = localize(self.starts.dateTime().toPython(), "Asia/Kolkata")
        ends = localize(self.ends.dateTime().toPython(), "Asia/Kolkata")
        if ends <= starts:
            raise ValidationError([tr("Meeting requests", "The window ends before it starts.")])
        return Availability(
            person_id=key if kind == "person" else None,
            organisation_id=key if kind == "org" else None,
            starts_at=starts,
            ends_at=ends,
            busy=self.busy.isChecked(),
            notes=self.notes.text().strip(),
        )


class RequestDialog(QDialog):
    """Priority, duration, interpreter and notes of one request."""

    def __init__(self, request: Any, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(tr("Meeting requests", "Meeting request “{name}”").format(name=name))
        self.priority = QComboBox(self)
        for word in ("must", "should", "could", "no"):
            self.priority.addItem(priority(word), word)
        self.priority.setCurrentIndex(self.priority.findData(request.priority.value))
        self.duration = QSpinBox(self)
        self.duration.setRange(10, 600)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(tr("Meeting requests", " min"))
        self.duration.setValue(request.duration_minutes)
        self.interpreter = QLineEdit(request.interpreter, self)
        self.interpreter.setPlaceholderText(
            tr("Meeting requests", "none, or a language pair such as ja-en")
        )
        self.notes = QLineEdit(request.notes, self)
        form = QFormLayout(self)
        form.addRow(tr("Meeting requests", "&Priority"), self.priority)
        form.addRow(tr("Meeting requests", "&Duration"), self.duration)
        form.addRow(tr("Meeting requests", "&Interpreter"), self.interpreter)
        form.addRow(tr("Meeting requests", "&Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def result_request(self) -> Any:
        from models.scheduler.requests import Priority, language_pair

        pair = ""
        text = self.interpreter.text().strip()
        if text and text.casefold() not in ("no", "none"):
            try:
                found = language_pair(text)
            except ValueError:
                raise ValidationError(
                    [
                        tr(
                            "Meeting requests",
                            "Interpreter “%1” is not a language pair such as ja-en.",
                        ).replace("%1", text)
                    ]
                ) from None
            pair = "-".join(found) if found else ""
        return replace(
            self.request,
            priority=Priority(self.priority.currentData()),
            duration_minutes=self.duration.value(),
            interpreter=pair,
            notes=self.notes.text().strip(),
        )
