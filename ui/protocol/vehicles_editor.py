"""The vehicles of an event's transport legs: plate, type, seats, driver, passengers.

Pick a leg, edit its vehicles in the table (rows in motorcade order, the lead
car first), then Save; "Assign by precedence" seats the leg's passengers —
the most senior guest and host in the lead car, never beyond a car's seats.
Both are undoable.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSize, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import locale_text
from models.errors import AppError, ValidationError
from models.protocol.entities import Vehicle
from models.protocol.service import ProtocolDesk
from models.timezones import in_zone
from ui.dialogs.errors import show_error
from ui.i18n import current_language, full_name_text, tr
from ui.layout_fit import fit_to_screen
from ui.session import Session

COLUMNS = (
    QT_TRANSLATE_NOOP("Protocol", "Plate"),
    QT_TRANSLATE_NOOP("Protocol", "Type"),
    QT_TRANSLATE_NOOP("Protocol", "Seats"),
    QT_TRANSLATE_NOOP("Protocol", "Driver"),
    QT_TRANSLATE_NOOP("Protocol", "Driver's phone"),
    QT_TRANSLATE_NOOP("Protocol", "Passengers"),
)
VEHICLE_ROLE = Qt.ItemDataRole.UserRole


class VehiclesEditor(QDialog):
    def __init__(self, session: Session, event_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.event_id = event_id
        event = session.desk.event(event_id)
        self.setWindowTitle(tr("Protocol", "Vehicles — {title}").format(title=event.title))
        self.setAccessibleName(tr("Protocol", "Vehicles"))
        fit_to_screen(self, QSize(980, 460))  # a 1024×640 laptop shows it whole
        layout = QVBoxLayout(self)
        self.leg_box = QComboBox()
        self.leg_box.setAccessibleName(tr("Protocol", "Transport leg"))
        for leg in sorted(event.legs, key=lambda leg: (leg.departs_at, leg.id or 0)):
            local = in_zone(leg.departs_at, event.timezone)
            when = locale_text.short_date(local.date(), current_language()) + f" {local:%H:%M}"
            count = len(leg.passenger_ids)
            riders = tr("Protocol", "%n passenger(s)", None, count)
            self.leg_box.addItem(f"{when} {leg.origin} → {leg.destination} ({riders})", leg.id)
        self.leg_box.currentIndexChanged.connect(self.reload)
        layout.addWidget(self.leg_box)
        if not event.legs:
            layout.addWidget(
                QLabel(tr("Protocol", "This event has no transport legs: add them in the event."))
            )
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName(tr("Protocol", "Vehicles of the leg"))
        self.table.setHorizontalHeaderLabels([tr("Protocol", c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(
            len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch
        )
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (tr("Protocol", "Add vehicle"), self.add_row),
            (tr("Protocol", "Remove vehicle"), self.remove_row),
            (tr("Protocol", "Save"), self.save),
            (tr("Protocol", "Assign by precedence"), self.assign),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.status = QLabel("")
        buttons.addWidget(self.status)
        close = QPushButton(tr("Protocol", "Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=session.undo_stack.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=session.undo_stack.redo)
        session.changed.connect(self._changed)
        self.reload()

    @property
    def core(self) -> ProtocolDesk:
        return ProtocolDesk(self.session.desk)

    @property
    def leg_id(self) -> int:
        return int(self.leg_box.currentData() or 0)

    @Slot()
    def reload(self) -> None:
        self.table.setRowCount(0)
        if not self.leg_id:
            return
        programme = self.session.desk.programme()
        for vehicle in self.core.vehicles(self.event_id, self.leg_id):
            names = ", ".join(
                full_name_text(person) if (person := programme.person(p)) is not None else "?"
                for p in vehicle.passenger_ids
            )
            self._append(vehicle, f"{len(vehicle.passenger_ids)}/{vehicle.seats}: {names}")

    def _append(self, vehicle: Vehicle, riders: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (vehicle.plate, vehicle.kind, str(vehicle.seats), vehicle.driver,
                  vehicle.driver_phone, riders)  # fmt: skip
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == len(COLUMNS) - 1:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self.table.item(row, 0).setData(VEHICLE_ROLE, vehicle)

    def vehicles(self) -> list[Vehicle]:
        """The table's rows as vehicles (passengers kept from the stored ones)."""
        found: list[Vehicle] = []
        problems: list[str] = []
        for row in range(self.table.rowCount()):

            def text(column: int, row: int = row) -> str:
                item = self.table.item(row, column)
                return item.text().strip() if item is not None else ""

            stored = self.table.item(row, 0).data(VEHICLE_ROLE) if self.table.item(row, 0) else None
            try:
                seats = int(text(2))
            except ValueError:
                problem = tr("Protocol", "Row {row}: seats must be a whole number, not “{text}”.")
                problems.append(problem.format(row=row + 1, text=text(2)))
                continue
            base = stored if isinstance(stored, Vehicle) else Vehicle()
            found.append(
                Vehicle(id=base.id, plate=text(0), kind=text(1), seats=seats, driver=text(3),
                        driver_phone=text(4), passenger_ids=base.passenger_ids, notes=base.notes)
            )  # fmt: skip
        if problems:
            raise ValidationError(problems, tr("Protocol", "The vehicles"))
        return found

    @Slot()
    def add_row(self) -> None:
        self._append(Vehicle(kind="Sedan", seats=3), "")

    @Slot()
    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    @Slot()
    def save(self) -> None:
        self._apply(tr("Protocol", "Edit vehicles"), assign=False)

    @Slot()
    def assign(self) -> None:
        self._apply(tr("Protocol", "Assign passengers by precedence"), assign=True)

    def _apply(self, text: str, *, assign: bool) -> None:
        core, event_id, leg_id = self.core, self.event_id, self.leg_id
        if not leg_id:
            return
        try:
            wanted = self.vehicles()
            before = core.vehicles(event_id, leg_id)
            result: dict[str, Any] = {}

            def do() -> None:
                core.set_vehicles(event_id, leg_id, wanted)
                if assign:
                    result["left"] = core.assign_passengers(event_id, leg_id).left_over

            self.session.push(
                text, do, lambda: core.set_vehicles(event_id, leg_id, before), ("protocol",)
            )
        except AppError as error:
            show_error(self, error)
            return
        left = result.get("left", ())
        unseated = len(left)
        self.status.setText(
            tr("Protocol", "%n passenger(s) have no seat: add a vehicle.", None, unseated)
            if left
            else tr("Protocol", "Saved.")
        )
        self.reload()

    @Slot(tuple)
    def _changed(self, kinds: tuple[str, ...]) -> None:
        if "protocol" in kinds or "events" in kinds:
            self.reload()


def open_vehicles_editor(session: Session, event_id: int, parent: QWidget | None) -> Any:
    editor = VehiclesEditor(session, event_id, parent)
    editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    editor.show()
    return editor
