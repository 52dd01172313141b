"""Free/busy in the event editor: who and which room would clash, as they are chosen.

The editor's draft (its times, venue, room and status as typed) is checked
with :mod:`models.clash_preview` — the clash panel's own rules — against the
events near it, read once per time span and again after any change:

* each person the attendee picker lists shows "⚠ busy 10:00–11:00 Lunch with
  METI" beside their name (the clash in full in the tooltip);
* each room of the venue shows "— busy 10:00–11:00 Lunch with METI" in the
  room list.

Checks follow the typing after a short pause, and only when the time, venue,
room or status changed.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QComboBox

from models.clash_preview import Busy, nearby, people_busy, rooms_busy
from models.clashes import ClashKind
from models.entities import Event, Person, Programme
from models.errors import AppError
from models.timezones import in_zone
from ui.core_text import core_text
from ui.i18n import tr
from ui.privacy import mask
from ui.record_names import shorten, title_of
from ui.session import Session

if TYPE_CHECKING:
    from ui.event_editor_tabs.details import DetailsTab
    from ui.people_picker import PeoplePicker

# Where a room's label without its busy note is kept in the room list.
PLAIN_LABEL_ROLE = Qt.ItemDataRole.UserRole + 7
# Pause after typing before the draft is checked again (ms).
PAUSE_MS = 150


def busy_text(busy: Busy, zone: str) -> str:
    """``busy 10:00–11:00 Lunch with METI`` (times in ``zone``, the draft's venue's)."""
    other = busy.other
    start, end = in_zone(other.starts_at, zone), in_zone(other.ends_at, zone)
    span = f"{start:%H:%M}–{end:%H:%M}"
    title = shorten(title_of(other), 40)
    if busy.kind is ClashKind.TRAVEL:
        return tr("FreeBusy", "too far: {when} {title}").format(when=span, title=title)
    return tr("FreeBusy", "busy {when} {title}").format(when=span, title=title)


def busy_summary(found: Sequence[Busy], zone: str) -> tuple[str, str]:
    """The short note shown beside a name (the first clash, "+2") and the tooltip (each one)."""
    short = busy_text(found[0], zone)
    if len(found) > 1:
        short += f" (+{len(found) - 1})"
    tip = "\n".join(mask(core_text(b.clash.message)) for b in found)
    return short, tip


class FreeBusy(QObject):
    """Checks people and rooms against the draft of one editor."""

    def __init__(
        self, session: Session, draft: Callable[[], Event | None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.draft = draft
        self._world: Programme | None = None
        self._span: tuple[datetime, datetime] | None = None
        session.changed.connect(self._forget)

    @Slot()
    def _forget(self) -> None:
        self._world = None

    def has_world(self) -> bool:
        """Whether the events near the draft are read (and still current)."""
        return self._world is not None

    def _around(self, event: Event) -> Programme | None:
        if not self.session.desk.store.is_open:  # the window is going away
            return None
        span = (event.starts_at, event.ends_at)
        if self._world is None or span != self._span:
            try:
                self._world = nearby(self.session.desk.store, *span)
            except AppError:  # unreadable just now: no marks rather than an error
                return None
            self._span = span
        return self._world

    def people(self, people: Sequence[Person]) -> dict[int, tuple[str, str]]:
        """Person id → (note, tooltip) for those of ``people`` busy at the draft's time."""
        event = self.draft()
        world = self._around(event) if event is not None else None
        if event is None or world is None:
            return {}
        found = people_busy(world, event, people)
        return {pid: busy_summary(busy, event.timezone) for pid, busy in found.items()}

    def rooms(self, room_ids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """Room id → (note, tooltip) for the rooms booked at the draft's time."""
        event = self.draft()
        world = self._around(event) if event is not None else None
        if event is None or world is None:
            return {}
        found = rooms_busy(world, event, room_ids)
        return {room: busy_summary(busy, event.timezone) for room, busy in found.items()}


def mark_rooms(box: QComboBox, marks: dict[int, tuple[str, str]]) -> None:
    """Show each room's busy note in the room list (and take it away when free)."""
    for row in range(box.count()):
        room_id = box.itemData(row)
        if room_id is None:
            continue
        plain = box.itemData(row, PLAIN_LABEL_ROLE)
        if plain is None:
            plain = box.itemText(row)
            box.setItemData(row, plain, PLAIN_LABEL_ROLE)
        note, tip = marks.get(room_id, ("", ""))
        box.setItemText(row, f"{plain} — ⚠ {note}" if note else plain)
        box.setItemData(row, tip or None, Qt.ItemDataRole.ToolTipRole)


class EditorFreeBusy(QObject):
    """Keeps an event editor's picker and room list marked while its draft changes.

    Holds the editor's parts, never the editor itself (a reference back to
    it would keep a closed editor alive).
    """

    def __init__(
        self,
        session: Session,
        base: Event,
        details: DetailsTab,
        picker: PeoplePicker,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.base = base
        # Weak: the picker holds this object's check, which must not hold the picker
        # back (a cycle of Qt wrappers left for the garbage collector).
        self._details = weakref.ref(details)
        self._picker = weakref.ref(picker)
        details_ref = weakref.ref(details)

        def draft() -> Event | None:  # holds nothing but a weak reference and the event
            return _draft_of(details_ref(), base)

        self.check = FreeBusy(session, draft, self)
        self._key: tuple[object, ...] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.refresh)
        picker.busy_source = self.check.people
        details.edited.connect(self.refresh_soon)
        session.changed.connect(self.refresh_soon)
        self.refresh()

    def _draft(self) -> Event | None:
        return _draft_of(self._details(), self.base)

    @Slot()
    def stop(self) -> None:
        """The editor closed: no more checks."""
        self._timer.stop()
        picker = self._picker()
        if picker is not None:
            picker.busy_source = None

    @Slot()
    def refresh_soon(self) -> None:
        self._timer.start()

    @Slot()
    def refresh(self) -> None:
        """Mark people and rooms again when the time, place or status changed."""
        self._timer.stop()
        picker, details = self._picker(), self._details()
        if picker is None or details is None or picker.busy_source is None:
            return
        if not self.session.desk.store.is_open:
            return
        event = self._draft()
        key = (
            None
            if event is None
            else (event.starts_at, event.ends_at, event.venue_id, event.room_id, event.status)
        )
        if key == self._key and self.check.has_world():
            return
        self._key = key
        picker.refresh_busy()
        box = details.room
        rooms = [box.itemData(r) for r in range(box.count()) if box.itemData(r) is not None]
        mark_rooms(box, self.check.rooms(rooms))


def _draft_of(details: DetailsTab | None, base: Event) -> Event | None:
    """The editor's event as typed (times, place, status), or None while unreadable."""
    if details is None:
        return None
    problems: list[str] = []
    event = details.apply(base, problems)
    if problems or event.ends_at <= event.starts_at:
        return None
    return event
