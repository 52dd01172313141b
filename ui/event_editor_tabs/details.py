"""The event's own fields: what, how sensitive, where, when, who organises, why."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from models.entities import Classification, Event, EventKind, EventStatus, Venue
from models.errors import ValidationError
from ui.event_editor_tabs.common import EditorContext, PersonField, TimeField
from ui.i18n import tr
from ui.programme.style import kind_label, value_word


def _combo(name: str, values: list[tuple[str, object]]) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for label, value in values:
        box.addItem(label, value)
    return box


def _select(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    box.setCurrentIndex(max(index, 0))


class DetailsTab(QWidget):
    edited = Signal()
    zone_changed = Signal()
    start_moved = Signal(object, object)  # previous start, new start (agenda and legs follow)

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        desk = context.session.desk
        self.venues: dict[int, Venue] = {v.id: v for v in desk.venues() if v.id is not None}

        self.title = QLineEdit()
        self.title.setAccessibleName(tr("Details", "Title"))
        self.kind = _combo(tr("Details", "Kind"), [(kind_label(k), k) for k in EventKind])
        self.classification = _combo(
            tr("Details", "Classification"), [(value_word(c.value), c) for c in Classification]
        )
        self.status = _combo(
            tr("Details", "Status"), [(value_word(s.value), s) for s in EventStatus]
        )
        self.venue = _combo(tr("Details", "Venue"), [(tr("Details", "(no venue)"), None)])
        for venue in sorted(self.venues.values(), key=lambda v: v.name.casefold()):
            place = venue.name
            if venue.city and venue.city.casefold() not in venue.name.casefold():
                place += f", {venue.city}"
            self.venue.addItem(place, venue.id)
        self.room = _combo(tr("Details", "Room"), [(tr("Details", "(whole venue)"), None)])
        self.starts = TimeField(context, "start")
        self.ends = TimeField(context, "end")
        self.organiser = PersonField(context, tr("Details", "Organiser"))
        self.hosts = QListWidget()
        self.hosts.setAccessibleName(tr("Details", "Host organisations"))
        self.hosts.setMaximumHeight(110)
        for org in sorted(context.organisations.values(), key=lambda o: o.name.casefold()):
            item = QListWidgetItem(org.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, org.id)
            self.hosts.addItem(item)
        self.objectives = QPlainTextEdit()
        self.objectives.setAccessibleName(tr("Details", "Objectives"))
        self.objectives.setTabChangesFocus(True)
        self.objectives.setMaximumHeight(80)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName(tr("Details", "Notes"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)

        form = QFormLayout(self)
        form.addRow(tr("Details", "&Title:"), self.title)
        form.addRow(tr("Details", "&Kind:"), self.kind)
        form.addRow(tr("Details", "C&lassification:"), self.classification)
        form.addRow(tr("Details", "Stat&us:"), self.status)
        form.addRow(tr("Details", "&Venue:"), self.venue)
        form.addRow(tr("Details", "&Room:"), self.room)
        form.addRow(tr("Details", "&Starts:"), self.starts)
        form.addRow(tr("Details", "&Ends:"), self.ends)
        form.addRow(tr("Details", "Organ&iser:"), self.organiser)
        form.addRow(tr("Details", "&Hosts:"), self.hosts)
        form.addRow(tr("Details", "O&bjectives:"), self.objectives)
        form.addRow(tr("Details", "&Notes:"), self.notes)
        for label, field in (
            (tr("Details", "Title"), self.title),
            (tr("Details", "Venue"), self.venue),
        ):
            buddy = form.labelForField(field)
            if buddy is not None:
                buddy.setAccessibleName(label)

        for signal in (self.title.textChanged, self.objectives.textChanged,
                       self.notes.textChanged, self.starts.edited, self.ends.edited,
                       self.organiser.edited, self.hosts.itemChanged):  # fmt: skip
            signal.connect(self.edited)
        for box in (self.kind, self.classification, self.status, self.room):
            box.currentIndexChanged.connect(self.edited)
        self.venue.currentIndexChanged.connect(self._on_venue)
        self.starts.edited.connect(self._keep_duration)
        self._last_start: datetime | None = None

    def load(self, event: Event) -> None:
        self.title.setText(event.title)
        _select(self.kind, event.kind)
        _select(self.classification, event.classification)
        _select(self.status, event.status)
        self.venue.blockSignals(True)
        _select(self.venue, event.venue_id)
        self.venue.blockSignals(False)
        self._fill_rooms(event.room_id)
        self.starts.set_value(event.starts_at)
        self.ends.set_value(event.ends_at)
        self._last_start = event.starts_at
        self.organiser.set_person(event.organiser_id)
        hosted_items = []
        for row in reversed(range(self.hosts.count())):
            item = self.hosts.item(row)
            hosted = item.data(Qt.ItemDataRole.UserRole) in event.host_organisation_ids
            item.setCheckState(Qt.CheckState.Checked if hosted else Qt.CheckState.Unchecked)
            if hosted:
                hosted_items.append(self.hosts.takeItem(row))
        for item in hosted_items:  # the hosts first, where they are seen
            self.hosts.insertItem(0, item)
        self.objectives.setPlainText(event.objectives)
        self.notes.setPlainText(event.notes)

    @Slot()
    def _keep_duration(self) -> None:
        """A new start moves the end with it, as long as both can be read."""
        try:
            start = self.starts.value()
        except ValidationError:
            return
        previous, self._last_start = self._last_start, start
        if previous is None or start == previous:
            return
        try:
            end = self.ends.value()
        except ValidationError:
            return
        if end > previous:
            self.ends.set_value(start + (end - previous))
        self.start_moved.emit(previous, start)

    def selected_venue(self) -> Venue | None:
        return self.venues.get(self.venue.currentData())

    def _fill_rooms(self, room_id: int | None = None) -> None:
        venue = self.selected_venue()
        self.room.blockSignals(True)
        self.room.clear()
        self.room.addItem(tr("Details", "(whole venue)"), None)
        for room in venue.rooms if venue else ():
            seats = tr("Details", "{room} (seats {n})")
            label = seats.format(room=room.name, n=room.capacity) if room.capacity else room.name
            self.room.addItem(label, room.id)
        _select(self.room, room_id)
        self.room.setEnabled(venue is not None and bool(venue.rooms))
        self.room.blockSignals(False)

    @Slot(int)
    def _on_venue(self, _index: int) -> None:
        """The room list follows the venue; the typed times now mean the new venue's zone."""
        self._fill_rooms()
        venue = self.selected_venue()
        if venue is not None and venue.timezone != self.context.zone:
            self.context.zone = venue.timezone
            self.zone_changed.emit()
        self.starts.refresh()
        self.ends.refresh()
        try:
            self._last_start = self.starts.value()
        except ValidationError:
            self._last_start = None
        self.edited.emit()

    def apply(self, event: Event, problems: list[str]) -> Event:
        """``event`` with this tab's fields; unreadable input is added to ``problems``."""
        starts, ends = event.starts_at, event.ends_at
        for field, what in ((self.starts, "start"), (self.ends, "end")):
            try:
                value = field.value()
            except ValidationError as error:
                problems.extend(error.problems)
                continue
            if what == "start":
                starts = value
            else:
                ends = value
        hosts = tuple(
            self.hosts.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(self.hosts.count())
            if self.hosts.item(r).checkState() == Qt.CheckState.Checked
        )
        venue = self.selected_venue()
        return replace(
            event,
            title=self.title.text(),
            kind=EventKind(self.kind.currentData()),
            classification=Classification(self.classification.currentData()),
            status=EventStatus(self.status.currentData()),
            venue_id=venue.id if venue else None,
            room_id=self.room.currentData(),
            timezone=venue.timezone if venue else self.context.zone,
            starts_at=starts,
            ends_at=ends,
            organiser_id=self.organiser.person_id,
            host_organisation_ids=hosts,
            objectives=self.objectives.toPlainText(),
            notes=self.notes.toPlainText(),
        )
