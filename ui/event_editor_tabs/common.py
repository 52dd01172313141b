"""What the event editor's tabs share: the zone times are typed in, the people
named so far, and small fields for a time or a person."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from models import time_fields
from models.entities import Organisation, Person
from models.errors import ValidationError
from models.timezones import CLOCK_ONLY, in_zone, parse_on_day
from ui.core_text import core_text
from ui.event_editor_tabs.time_picker import TimePicker
from ui.i18n import both_zones, current_language, person_text, tr
from ui.icons import LIST, palette_icon
from ui.session import Session

TIME_HINT = "2026-12-01 10:00"


def time_hint() -> str:
    """An example of a full time as the interface language writes it."""
    return "2026年12月1日 10:00" if current_language() == "ja" else TIME_HINT


def local_text(local: datetime) -> str:
    """A local date and time as typed in the interface language (``2026年12月1日 10:00``
    in Japanese, ``2026-12-01 10:00`` in English); both are read in either."""
    if current_language() == "ja":
        return f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
    return f"{local:%Y-%m-%d %H:%M}"


@dataclass
class EditorContext:
    """State shared by the tabs of one editor."""

    session: Session
    zone: str  # the venue's zone: times are typed in it
    second_zone: str  # shown beside (a delegation's home zone, or Tokyo)
    day: date | None = None  # the event's first day, for times typed as "14:30"
    attendee_ids: list[int] = field(default_factory=list)
    _people: dict[int, Person] = field(default_factory=dict)
    organisations: dict[int, Organisation] = field(default_factory=dict)

    def person(self, person_id: int) -> Person | None:
        if person_id not in self._people:
            self.remember(self.session.desk.store.people_by_ids([person_id]))
        return self._people.get(person_id)

    def remember(self, people: list[Person]) -> None:
        self._people.update({p.id: p for p in people if p.id is not None})

    def name(self, person_id: int | None) -> str:
        person = self.person(person_id) if person_id is not None else None
        return person_text(person) if person else ""

    def parse(self, text: str, what: str) -> datetime:
        """A typed time: a full ``2026-12-01 10:00`` or, within the event's day, ``10:00``.
        ``what`` names the field in the problems (see :mod:`models.time_fields`)."""
        return parse_on_day(text, self.zone, self.day, what)

    def shifted(self, text: str, previous: datetime, new: datetime, what: str) -> str:
        """``text`` (a time typed for an event starting at ``previous``) moved along with
        the event to ``new``; unreadable text is left as it is."""
        day = self.day
        self.day = in_zone(previous, self.zone).date()
        try:
            instant = self.parse(text, what) + (new - previous)
        except ValidationError:
            return text
        finally:
            self.day = day
        self.day = in_zone(new, self.zone).date()
        try:
            return self.show(instant, with_day=not CLOCK_ONLY.match(text))
        finally:
            self.day = day

    def show(self, instant: datetime, with_day: bool = True) -> str:
        local = in_zone(instant, self.zone)
        if not with_day and self.day == local.date():
            return f"{local:%H:%M}"
        return local_text(local)


#: A time field's and its echo's accessible names, by what the field holds.
TIME_FIELD_NAMES = {
    "start": (
        QT_TRANSLATE_NOOP("Editor", "Start"),
        QT_TRANSLATE_NOOP("Editor", "Start in both zones"),
    ),
    "end": (QT_TRANSLATE_NOOP("Editor", "End"), QT_TRANSLATE_NOOP("Editor", "End in both zones")),
}
#: How the core's problems name each time field ("Start '10:7x' is not …").
TIME_FIELD_DESCRIPTIONS = {"start": time_fields.START, "end": time_fields.END}


class TimeField(QWidget):
    """A time typed in the venue's zone, with the same instant in the second zone beside it."""

    edited = Signal()

    def __init__(self, context: EditorContext, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.what = what
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(time_hint())
        name, echo_name = (tr("Editor", text) for text in TIME_FIELD_NAMES[what])
        self.edit.setAccessibleName(name)
        # wide enough for the longest date as the language writes it, no wider
        widest = self.edit.fontMetrics().horizontalAdvance(
            local_text(datetime(2026, 12, 31, 23, 59))
        )
        self.edit.setFixedWidth(max(widest + 24, 120))
        self.pick = QToolButton()
        self.pick.setIcon(palette_icon("events", LIST))  # light or dark, as the palette
        self.pick.setText("…")
        self.pick.setToolTip(tr("Editor", "Pick the date and time from a calendar"))
        self.pick.setAccessibleName(tr("Editor", "Pick the date and time"))
        self.picker: TimePicker | None = None
        self.echo = QLabel()
        self.echo.setAccessibleName(echo_name)
        self.echo.setTextInteractionFlags(self.echo.textInteractionFlags())
        self.echo.setWordWrap(True)  # a problem in the echo wraps rather than widen the editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.pick)
        layout.addWidget(self.echo, 1)
        self.edit.textChanged.connect(self._on_text)
        self.pick.clicked.connect(self.open_picker)

    def set_value(self, instant: datetime) -> None:
        self.edit.setText(local_text(in_zone(instant, self.context.zone)))

    def value(self) -> datetime:
        """The instant typed; :class:`ValidationError` when it cannot be read."""
        return self.context.parse(self.edit.text(), TIME_FIELD_DESCRIPTIONS[self.what])

    def refresh(self) -> None:
        """The echo beside the field: the time in both zones, or what is wrong with the
        text typed (also the field's tooltip), in the interface's language."""
        try:
            instant = self.value()
        except ValidationError as error:
            typed = bool(self.edit.text().strip())
            problem = core_text(error.problems[0]) if typed and error.problems else ""
            self.echo.setText(f"<i>{escape(problem, quote=False)}</i>" if problem else "")
            self.edit.setToolTip(problem)
            return
        self.edit.setToolTip("")
        self.echo.setText(both_zones(instant, self.context.zone, self.context.second_zone))

    @Slot()
    def open_picker(self) -> None:
        """The calendar pop-up, on the time typed (or the event's day when none is)."""
        if self.picker is None:
            self.picker = TimePicker(self)
            self.picker.chosen.connect(self._picked)
        try:
            shown: datetime | None = in_zone(self.value(), self.context.zone).replace(tzinfo=None)
        except ValidationError:
            shown = None
        self.picker.open_at(self.edit, shown, self.context.day)

    @Slot(object)
    def _picked(self, local: datetime) -> None:
        self.edit.setText(local_text(local))
        self.edit.setFocus()

    @Slot(str)
    def _on_text(self, _text: str) -> None:
        self.refresh()
        self.edited.emit()


class PersonField(QWidget):
    """One person (or nobody), chosen from the people picker."""

    edited = Signal()

    def __init__(self, context: EditorContext, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.what = what
        self.person_id: int | None = None
        self.label = QLineEdit()
        self.label.setReadOnly(True)
        self.label.setPlaceholderText(tr("Editor", "nobody"))
        self.label.setAccessibleName(what)
        self.choose = QToolButton()
        self.choose.setText(tr("Editor", "Choose…"))
        self.choose.setAccessibleName(tr("Editor", "Choose: {what}").format(what=what))
        self.clear = QToolButton()
        self.clear.setText(tr("Editor", "Clear"))
        self.clear.setAccessibleName(tr("Editor", "Clear: {what}").format(what=what))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose)
        layout.addWidget(self.clear)
        self.choose.clicked.connect(self._choose)
        self.clear.clicked.connect(lambda: self.set_person(None))

    def set_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        self.label.setText(self.context.name(person_id))
        self.clear.setEnabled(person_id is not None)
        self.edited.emit()

    @Slot()
    def _choose(self) -> None:
        from ui.people_picker import choose_person

        title = tr("Editor", "Choose: {what}").format(what=self.what)
        chosen = choose_person(self.context.session, title, self)
        if chosen is not None:
            self.set_person(chosen)
