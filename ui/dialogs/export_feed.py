"""Export menu, continued: the programme feed and a person's itinerary.

The feed dialog asks what to publish (the whole programme or one delegation's
part, optionally only some days, up to which classification); the file is
then written in the background like every other export
(:func:`ui.dialogs.exporting.run_calendar_export`).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from models.entities import Classification, Programme
from models.timezones import in_zone
from ui import people_picker
from ui.dialogs.exporting import ask_file, run_calendar_export, run_pdf_export, safe_file_name
from ui.jobs import JobRunner, Progress
from ui.session import Session

#: Choices of the classification box: (label, the highest classification included).
LIMITS = (
    ("Everything (up to confidential)", Classification.CONFIDENTIAL),
    ("Public and restricted events", Classification.RESTRICTED),
    ("Public events only", Classification.PUBLIC),
)


@dataclass(frozen=True)
class FeedChoice:
    """What the feed dialog asked for."""

    delegation_id: int | None
    start: date | None
    end: date | None
    max_classification: Classification
    label: str  # "Programme" or the delegation's name, for the file name


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class FeedDialog(QDialog):
    """Whole programme or one delegation, optional days, highest classification."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Programme feed")
        self.setAccessibleName("Programme feed")
        intro = QLabel("A calendar anyone may subscribe to: the events without their guest "
                       "lists. Leave out what they should not see.")  # fmt: skip
        intro.setWordWrap(True)

        self.scope = QComboBox()
        self.scope.setAccessibleName("Whose events")
        self.scope.addItem("The whole programme", None)
        for delegation in session.desk.delegations():
            self.scope.addItem(f"Delegation: {delegation.name}", delegation.id)

        self.limit = QComboBox()
        self.limit.setAccessibleName("Highest classification included")
        for label, value in LIMITS:
            self.limit.addItem(label, value.value)
        # Privacy by default: confidential events only when asked for.
        self.limit.setCurrentIndex(self.limit.findData(Classification.RESTRICTED.value))

        today = in_zone(session.desk.clock.now(), "UTC").date()
        self.days = QGroupBox("Only these days")
        self.days.setCheckable(True)
        self.days.setChecked(False)
        self.days.setAccessibleName("Only these days")
        self.start = QDateEdit(_qdate(today))
        self.end = QDateEdit(_qdate(today + timedelta(days=6)))
        for edit, name in ((self.start, "From"), (self.end, "To (included)")):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("ddd d MMM yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._check)
        days = QFormLayout(self.days)
        days.addRow("&From:", self.start)
        days.addRow("&To (included):", self.end)
        self.days.toggled.connect(self._check)

        self.problem = QLabel()
        self.problem.setAccessibleName("Problem")
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("&Choose file…")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow("&Events of:", self.scope)
        form.addRow("&Include:", self.limit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.days)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    @Slot()
    def _check(self, *_: object) -> None:
        wrong = self.days.isChecked() and self.end.date() < self.start.date()
        self.problem.setText("⚠ The last day is before the first." if wrong else "")
        self.problem.setVisible(wrong)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not wrong)

    def choice(self) -> FeedChoice:
        days = self.days.isChecked()
        delegation_id = self.scope.currentData()
        label = "Programme" if delegation_id is None else self.scope.currentText().split(": ", 1)[1]
        return FeedChoice(
            delegation_id=delegation_id,
            start=_day(self.start.date()) if days else None,
            end=_day(self.end.date()) if days else None,
            max_classification=Classification(self.limit.currentData()),
            label=label,
        )


def export_feed(parent: QWidget | None, session: Session) -> JobRunner | None:
    """Ask what to publish and where, then write the feed (METHOD:PUBLISH, no attendees)."""
    from exports.calendar import api

    dialog = FeedDialog(session, parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.choice()
    dialog.deleteLater()
    if not accepted:
        return None
    target = ask_file(parent, "Save the programme feed",
                      safe_file_name(f"{choice.label} feed", ".ics"))  # fmt: skip
    if target is None:
        return None
    clock = session.desk.clock

    def build(programme: Programme, log: list[Any], progress: Progress, cancel: Any) -> Any:
        return api.programme_feed(programme, clock=clock, log=log,
                                  delegation_id=choice.delegation_id, start=choice.start,
                                  end=choice.end, max_classification=choice.max_classification,
                                  progress=progress, cancel=cancel)  # fmt: skip

    return run_calendar_export(parent, session, build, target, to_folder=False,
                               title="Programme feed written", busy="Writing the feed…",
                               about="with the programme feed")  # fmt: skip


def _person(session: Session, person_id: int | None, parent: QWidget | None) -> Any:
    if person_id is None:
        person_id = people_picker.choose_person(session, "Whose itinerary?", parent)
    return None if person_id is None else session.desk.person(person_id)


def export_itinerary(
    parent: QWidget | None, session: Session, person_id: int | None
) -> JobRunner | None:
    """A person's events and transport legs as a calendar (asks who when ``None``)."""
    from exports.calendar import api

    person = _person(session, person_id, parent)
    if person is None:
        return None
    name = person.full_name
    target = ask_file(parent, f"Save {name}’s itinerary",
                      safe_file_name(f"{name} itinerary", ".ics"))  # fmt: skip
    if target is None:
        return None
    clock, pid = session.desk.clock, person.id

    def build(programme: Programme, log: list[Any], progress: Progress, cancel: Any) -> Any:
        return api.person_itinerary(programme, pid, clock=clock, log=log, progress=progress,
                                    cancel=cancel)  # fmt: skip

    return run_calendar_export(parent, session, build, target, to_folder=False,
                               title="Itinerary written", busy="Writing the itinerary…",
                               about=f"with {name}’s itinerary")  # fmt: skip


def print_itinerary(
    parent: QWidget | None, session: Session, person_id: int | None
) -> JobRunner | None:
    """A person's printed itinerary (PDF), day by day (asks who when ``None``)."""
    person = _person(session, person_id, parent)
    if person is None:
        return None
    name = person.full_name
    target = ask_file(parent, f"Save {name}’s itinerary",
                      safe_file_name(f"{name} itinerary", ".pdf"), pdf=True)  # fmt: skip
    if target is None:
        return None
    now, pid = session.desk.clock.now(), person.id

    def make(programme: Programme, progress: Progress, cancel: threading.Event) -> Path:
        from exports.briefing import build

        return build.build_itinerary(programme, pid, target, now=now, progress=progress,
                                     cancel=cancel)  # fmt: skip

    return run_pdf_export(parent, session, make, title="Itinerary written",
                          busy="Writing the itinerary…",
                          text=f"Wrote the itinerary of {name}.")  # fmt: skip
