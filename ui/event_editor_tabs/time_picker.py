"""A calendar and a clock that open beside a time field, for those who would
rather click a day than type ``2026-12-01 10:00``.

A small window-modal dialog rather than a ``Qt.Popup``: it needs no keyboard
grab (which some platforms refuse), and Escape or Cancel leaves the field as it was.
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QPoint, Qt, QTime, Signal, Slot
from PySide6.QtWidgets import (
    QCalendarWidget,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr


class TimePicker(QDialog):
    """A month calendar and a time of day; ``chosen`` gives the local time picked."""

    chosen = Signal(object)  # a naive datetime in the venue's zone

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Editor", "Date and time"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(tr("Editor", "Date"))
        self.clock = QTimeEdit()
        self.clock.setDisplayFormat("HH:mm")
        self.clock.setAccessibleName(tr("Editor", "Time of day"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_button = self.buttons.addButton(
            tr("Editor", "Set"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.set_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Editor", "Time:")))
        row.addWidget(self.clock, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addLayout(row)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.calendar.activated.connect(self.accept)  # a double-click or Enter on a day
        self.accepted.connect(self._emit_chosen)

    def open_at(self, anchor: QWidget, value: datetime | None, day: date | None) -> None:
        """Show below ``anchor``, on ``value`` (else ``day`` at 10:00, else today)."""
        if value is not None:
            self.calendar.setSelectedDate(QDate(value.year, value.month, value.day))
            self.clock.setTime(QTime(value.hour, value.minute))
        else:
            start = day or QDate.currentDate().toPython()
            self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
            self.clock.setTime(QTime(10, 0))
        self.adjustSize()
        place = anchor.mapToGlobal(QPoint(0, anchor.height()))
        screen = anchor.screen().availableGeometry()
        x = min(max(place.x(), screen.left()), screen.right() - self.width())
        y = place.y() if place.y() + self.height() <= screen.bottom() else (
            anchor.mapToGlobal(QPoint(0, 0)).y() - self.height()
        )  # fmt: skip
        self.move(x, max(y, screen.top()))
        self.show()
        self.clock.setFocus()

    def value(self) -> datetime:
        day: date = self.calendar.selectedDate().toPython()
        clock = self.clock.time()
        return datetime.combine(day, time(clock.hour(), clock.minute()))

    @Slot()
    def _emit_chosen(self) -> None:
        self.chosen.emit(self.value())
