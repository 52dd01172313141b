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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Slot
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
from models.errors import NotFound
from models.timezones import in_zone
from ui import people_picker
from ui.dialogs.errors import show_error
from ui.dialogs.exporting import ask_file, run_calendar_export, run_pdf_export, safe_file_name
from ui.i18n import full_name_text, tr
from ui.jobs import JobRunner, Progress
from ui.session import Session

#: Choices of the classification box: (label, the highest classification included).
LIMITS = (
    (QT_TRANSLATE_NOOP("Feed", "Everything (up to confidential)"), Classification.CONFIDENTIAL),
    (QT_TRANSLATE_NOOP("Feed", "Public and restricted events"), Classification.RESTRICTED),
    (QT_TRANSLATE_NOOP("Feed", "Public events only"), Classification.PUBLIC),
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
        self.setWindowTitle(tr("Feed", "Programme feed"))
        self.setAccessibleName(tr("Feed", "Programme feed"))
        intro = QLabel(tr("Feed", "A calendar anyone may subscribe to: the events without their "
                       "guest lists. Leave out what they should not see."))  # fmt: skip
        intro.setWordWrap(True)

        self.scope = QComboBox()
        self.scope.setAccessibleName(tr("Feed", "Whose events"))
        self.scope.addItem(tr("Feed", "The whole programme"), None)
        self.names: dict[int, str] = {}
        for delegation in session.desk.delegations():
            text = tr("Feed", "Delegation: {name}").format(name=delegation.name)
            self.scope.addItem(text, delegation.id)
            if delegation.id is not None:
                self.names[delegation.id] = delegation.name

        self.limit = QComboBox()
        self.limit.setAccessibleName(tr("Feed", "Highest classification included"))
        for label, value in LIMITS:
            self.limit.addItem(tr("Feed", label), value.value)
        # Privacy by default: confidential events only when asked for.
        self.limit.setCurrentIndex(self.limit.findData(Classification.RESTRICTED.value))

        today = in_zone(session.desk.clock.now(), "UTC").date()
        self.days = QGroupBox(tr("Feed", "Only these days"))
        self.days.setCheckable(True)
        self.days.setChecked(False)
        self.days.setAccessibleName(tr("Feed", "Only these days"))
        self.start = QDateEdit(_qdate(today))
        self.end = QDateEdit(_qdate(today + timedelta(days=6)))
        for edit, name in ((self.start, tr("Feed", "From")),
                           (self.end, tr("Feed", "To (included)"))):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(tr("Programme", "ddd d MMM yyyy"))
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._check)
        days = QFormLayout(self.days)
        days.addRow(tr("Feed", "&From:"), self.start)
        days.addRow(tr("Feed", "&To (included):"), self.end)
        self.days.toggled.connect(self._check)

        self.problem = QLabel()
        self.problem.setAccessibleName(tr("Feed", "Problem"))
        self.problem.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Feed", "&Choose file…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(tr("Feed", "&Events of:"), self.scope)
        form.addRow(tr("Feed", "&Include:"), self.limit)
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
        self.problem.setText(tr("Feed", "⚠ The last day is before the first.") if wrong else "")
        self.problem.setVisible(wrong)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not wrong)

    def choice(self) -> FeedChoice:
        days = self.days.isChecked()
        delegation_id = self.scope.currentData()
        label = "Programme" if delegation_id is None else self.names.get(delegation_id, "")
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
    target = ask_file(parent, tr("Feed", "Save the programme feed"),
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
                               title=tr("Feed", "Programme feed written"),
                               busy=tr("Feed", "Writing the feed…"),
                               about=tr("Feed", "with the programme feed"))  # fmt: skip


def _person(session: Session, person_id: int | None, parent: QWidget | None) -> Any:
    if person_id is None:
        person_id = people_picker.choose_person(session, tr("Feed", "Whose itinerary?"), parent)
    if person_id is None:
        return None
    try:
        return session.desk.person(person_id)
    except NotFound as gone:  # deleted elsewhere since it was chosen: said by name, not number
        show_error(parent, gone)
        return None


def export_itinerary(
    parent: QWidget | None, session: Session, person_id: int | None
) -> JobRunner | None:
    """A person's events and transport legs as a calendar (asks who when ``None``)."""
    from exports.calendar import api

    person = _person(session, person_id, parent)
    if person is None:
        return None
    name = full_name_text(person)
    target = ask_file(parent, tr("Feed", "Save {name}’s itinerary").format(name=name),
                      safe_file_name(f"{person.full_name} itinerary", ".ics"))  # fmt: skip
    if target is None:
        return None
    clock, pid = session.desk.clock, person.id

    def build(programme: Programme, log: list[Any], progress: Progress, cancel: Any) -> Any:
        return api.person_itinerary(programme, pid, clock=clock, log=log, progress=progress,
                                    cancel=cancel)  # fmt: skip

    return run_calendar_export(parent, session, build, target, to_folder=False,
                               title=tr("Feed", "Itinerary written"),
                               busy=tr("Feed", "Writing the itinerary…"),
                               about=tr("Feed", "with {name}’s itinerary")
                               .format(name=name))  # fmt: skip


def print_itinerary(
    parent: QWidget | None, session: Session, person_id: int | None
) -> JobRunner | None:
    """A person's printed itinerary (PDF), day by day (asks who when ``None``)."""
    person = _person(session, person_id, parent)
    if person is None:
        return None
    name = full_name_text(person)
    target = ask_file(parent, tr("Feed", "Save {name}’s itinerary").format(name=name),
                      safe_file_name(f"{person.full_name} itinerary", ".pdf"),
                      pdf=True)  # fmt: skip
    if target is None:
        return None
    now, pid = session.desk.clock.now(), person.id

    def make(programme: Programme, progress: Progress, cancel: threading.Event) -> Path:
        from exports.briefing import build

        return build.build_itinerary(programme, pid, target, now=now, progress=progress,
                                     cancel=cancel)  # fmt: skip

    return run_pdf_export(parent, session, make, title=tr("Feed", "Itinerary written"),
                          busy=tr("Feed", "Writing the itinerary…"),
                          text=tr("Feed", "Wrote the itinerary of {name}.")
                          .format(name=name))  # fmt: skip
