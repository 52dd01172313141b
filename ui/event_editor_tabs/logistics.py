"""Logistics of a site visit: where to gather, safety, the host's contact, transport legs."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.entities import Event, TransportLeg
from models.errors import ValidationError
from models.time_fields import leg_time
from ui.empty_state import NO_LEGS, EmptyNote
from ui.event_editor_tabs.common import EditorContext, PersonField
from ui.i18n import tr

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Departs"),
    QT_TRANSLATE_NOOP("Columns", "Arrives"),
    QT_TRANSLATE_NOOP("Columns", "From"),
    QT_TRANSLATE_NOOP("Columns", "To"),
    QT_TRANSLATE_NOOP("Columns", "Vehicle"),
    QT_TRANSLATE_NOOP("Columns", "Driver contact"),
    QT_TRANSLATE_NOOP("Columns", "Notes"),
)
_PASSENGERS = Qt.ItemDataRole.UserRole + 2


class LogisticsTab(QWidget):
    edited = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_point = QLineEdit()
        self.meeting_point.setAccessibleName(tr("Logistics", "Meeting point"))
        self.meeting_point.setPlaceholderText(tr("Logistics", "e.g. Hotel lobby, north entrance"))
        self.safety = QPlainTextEdit()
        self.safety.setAccessibleName(tr("Logistics", "Safety notes"))
        self.safety.setTabChangesFocus(True)
        self.safety.setMaximumHeight(64)
        self.safety.setPlaceholderText(tr("Logistics", "Protective equipment, rules on site…"))
        self.host_contact = PersonField(context, tr("Logistics", "Host contact"))
        form = QFormLayout()
        form.addRow(tr("Logistics", "&Meeting point:"), self.meeting_point)
        form.addRow(tr("Logistics", "&Safety notes:"), self.safety)
        form.addRow(tr("Logistics", "Host &contact:"), self.host_contact)

        self.legs = QTableWidget(0, len(COLUMNS))
        self.legs.setHorizontalHeaderLabels([tr("Columns", c) for c in COLUMNS])
        self.legs.setAccessibleName(tr("Logistics", "Transport legs"))
        self.legs.verticalHeader().hide()
        self.legs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.legs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.legs.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.legs.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((120, 120, 130, 130, 110, 130)):
            self.legs.setColumnWidth(column, width)
        self.no_legs = EmptyNote(self.legs)
        self.no_legs.follow(self.legs.model(), lambda: tr("Empty", NO_LEGS))
        self.passengers = QListWidget()
        self.passengers.setAccessibleName(tr("Logistics", "Passengers of the chosen leg"))
        self.passengers_title = QLabel(tr("Logistics", "Passengers"))
        self.add_leg = QPushButton(tr("Logistics", "Add &leg"))
        self.add_leg.setAccessibleName(tr("Logistics", "Add a transport leg"))
        self.remove_leg = QPushButton(tr("Logistics", "Remove leg"))
        self.remove_leg.setAccessibleName(tr("Logistics", "Remove the chosen transport leg"))
        self.everyone = QPushButton(tr("Logistics", "All attendees"))
        self.everyone.setAccessibleName(tr("Logistics", "Put every attendee on the chosen leg"))

        legs_box = QWidget()
        legs_layout = QVBoxLayout(legs_box)
        legs_layout.setContentsMargins(0, 0, 0, 0)
        legs_layout.addWidget(
            QLabel(tr("Logistics", "Transport legs (times in the venue's zone):"))
        )
        legs_layout.addWidget(self.legs, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_leg)
        buttons.addWidget(self.remove_leg)
        legs_layout.addLayout(buttons)
        people_box = QWidget()
        people_layout = QVBoxLayout(people_box)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.passengers_title)
        people_layout.addWidget(self.passengers, 1)
        people_layout.addWidget(self.everyone)
        splitter = QSplitter()
        splitter.addWidget(legs_box)
        splitter.addWidget(people_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)

        self.meeting_point.textChanged.connect(self.edited)
        self.safety.textChanged.connect(self.edited)
        self.host_contact.edited.connect(self.edited)
        self.legs.itemChanged.connect(self.edited)
        self.legs.currentCellChanged.connect(self._show_passengers)
        self.passengers.itemChanged.connect(self._passenger_toggled)
        self.add_leg.clicked.connect(self.add)
        self.remove_leg.clicked.connect(self._remove)
        self.everyone.clicked.connect(self._everyone)
        self._start: datetime | None = None
        self._show_passengers(-1)

    def load(self, event: Event) -> None:
        self._start = event.starts_at
        self.meeting_point.setText(event.meeting_point)
        self.safety.setPlainText(event.safety_notes)
        self.host_contact.set_person(event.host_contact_id)
        self.legs.setRowCount(0)
        for leg in event.legs:
            self._append(leg)
        if event.legs:
            self.legs.setCurrentCell(0, 0)
        self._show_passengers(self.legs.currentRow())

    def _append(self, leg: TransportLeg) -> None:
        self.legs.blockSignals(True)
        row = self.legs.rowCount()
        self.legs.insertRow(row)
        values = (
            self.context.show(leg.departs_at),
            self.context.show(leg.arrives_at),
            leg.origin,
            leg.destination,
            leg.vehicle,
            leg.driver_contact,
            leg.notes,
        )
        for column, text in enumerate(values):
            self.legs.setItem(row, column, QTableWidgetItem(text))
        first = self.legs.item(row, 0)
        assert first is not None
        first.setData(_PASSENGERS, list(leg.passenger_ids))
        first.setData(Qt.ItemDataRole.UserRole, leg.id)
        self.legs.blockSignals(False)

    @Slot()
    def add(self) -> None:
        start = (self._start or self.context.session.desk.clock.now()) - timedelta(hours=1)
        if self.legs.rowCount():
            with contextlib.suppress(ValidationError):
                last = self.legs.rowCount() - 1
                what = leg_time(self._text(last, 2), self._text(last, 3), arrival=True)
                start = self.context.parse(self._text(last, 1), what)
        self._append(TransportLeg(departs_at=start, arrives_at=start + timedelta(hours=1),
                                  origin="", destination="",
                                  passenger_ids=tuple(self.context.attendee_ids)))  # fmt: skip
        self.legs.setCurrentCell(self.legs.rowCount() - 1, 2)
        self.edited.emit()

    @Slot()
    def _remove(self) -> None:
        row = self.legs.currentRow()
        if row >= 0:
            self.legs.removeRow(row)
            self.edited.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.legs.item(row, column)
        return item.text() if item is not None else ""

    @Slot(int)
    def _show_passengers(self, row: int, *_: int) -> None:
        first = self.legs.item(row, 0) if row >= 0 else None
        self.passengers.blockSignals(True)
        self.passengers.clear()
        chosen = set(first.data(_PASSENGERS) or []) if first is not None else set()
        for person_id in list(dict.fromkeys([*self.context.attendee_ids, *sorted(chosen)])):
            item = QListWidgetItem(self.context.name(person_id))
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if person_id in chosen else Qt.CheckState.Unchecked
            )
            self.passengers.addItem(item)
        self.passengers.blockSignals(False)
        enabled = first is not None
        self.passengers.setEnabled(enabled)
        self.everyone.setEnabled(enabled)
        self.remove_leg.setEnabled(enabled)
        self.passengers_title.setText(
            tr("Logistics", "Passengers ({n})").format(n=len(chosen))
            if enabled
            else tr("Logistics", "Passengers (choose a leg)")
        )

    def follow_start(self, previous: datetime, new: datetime) -> None:
        """The event moved: its transport moves with it."""
        self._start = new
        self.legs.blockSignals(True)
        for row in range(self.legs.rowCount()):
            for column in (0, 1):
                item = self.legs.item(row, column)
                if item is not None:
                    what = leg_time(self._text(row, 2), self._text(row, 3), arrival=column == 1)
                    item.setText(self.context.shifted(item.text(), previous, new, what))
        self.legs.blockSignals(False)

    def attendees_changed(self) -> None:
        self._show_passengers(self.legs.currentRow())

    @Slot(QListWidgetItem)
    def _passenger_toggled(self, _item: QListWidgetItem) -> None:
        self._store_passengers([
            self.passengers.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.passengers.count())
            if self.passengers.item(i).checkState() == Qt.CheckState.Checked
        ])  # fmt: skip

    @Slot()
    def _everyone(self) -> None:
        self._store_passengers(list(self.context.attendee_ids))
        self._show_passengers(self.legs.currentRow())

    def _store_passengers(self, ids: list[int]) -> None:
        first = self.legs.item(self.legs.currentRow(), 0)
        if first is not None:
            self.legs.blockSignals(True)
            first.setData(_PASSENGERS, ids)
            self.legs.blockSignals(False)
            self.passengers_title.setText(tr("Logistics", "Passengers ({n})").format(n=len(ids)))
            self.edited.emit()

    def apply(self, event: Event, problems: list[str]) -> Event:
        legs = []
        for row in range(self.legs.rowCount()):
            origin, destination = self._text(row, 2), self._text(row, 3)
            try:
                departs = self.context.parse(
                    self._text(row, 0), leg_time(origin, destination, arrival=False)
                )
                arrives = self.context.parse(
                    self._text(row, 1), leg_time(origin, destination, arrival=True)
                )
            except ValidationError as error:
                problems.extend(error.problems)
                continue
            first = self.legs.item(row, 0)
            legs.append(TransportLeg(
                id=first.data(Qt.ItemDataRole.UserRole) if first else None,
                departs_at=departs, arrives_at=arrives, origin=self._text(row, 2).strip(),
                destination=self._text(row, 3).strip(), vehicle=self._text(row, 4),
                driver_contact=self._text(row, 5), notes=self._text(row, 6),
                passenger_ids=tuple(first.data(_PASSENGERS) or []) if first else (),
            ))  # fmt: skip
        return replace(
            event,
            meeting_point=self.meeting_point.text(),
            safety_notes=self.safety.toPlainText(),
            host_contact_id=self.host_contact.person_id,
            legs=tuple(legs),
        )
