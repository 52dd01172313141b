"""The event editor: every field of an event, checked as you type, saved undoably.

Times are typed in the venue's zone and shown live in a second zone (the home
zone of the delegation attending, or Tokyo).  Problems are listed under the
tabs while the user types, and OK stays disabled until there are none; on OK
the event goes through :meth:`Session.save_event`, so Ctrl+Z takes it back.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from models.entities import Event, EventStatus
from models.errors import AppError
from models.timezones import in_zone, localize
from models.validation import check_event
from ui.core_text import core_text
from ui.dialogs.errors import error_text
from ui.event_editor_tabs.agenda import AgendaTab
from ui.event_editor_tabs.attendees import AttendeesTab
from ui.event_editor_tabs.common import EditorContext
from ui.event_editor_tabs.details import DetailsTab
from ui.event_editor_tabs.logistics import LogisticsTab
from ui.i18n import tr
from ui.layout_fit import fit_to_screen
from ui.programme.layout import DEFAULT_MAIN_ZONE
from ui.programme.style import readable
from ui.session import Session

DEFAULT_SECOND_ZONE = "Asia/Tokyo"
PROBLEM_COLOUR = "#b3261e"
MAX_PROBLEMS_SHOWN = 6  # the rest are counted, so the dialog keeps its size


class EventEditor(QDialog):
    """Create (``event_id`` None) or change one event."""

    def __init__(
        self,
        session: Session,
        event_id: int | None = None,
        parent: QWidget | None = None,
        *,
        starts_at: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.saved: Event | None = None
        desk = session.desk
        self.original = desk.event(event_id) if event_id is not None else None
        venues = desk.venues()
        zone = (
            self.original.timezone
            if self.original
            else (venues[0].timezone if venues else DEFAULT_MAIN_ZONE)
        )
        self.context = EditorContext(session, zone, DEFAULT_SECOND_ZONE)
        self.context.organisations = {o.id: o for o in desk.organisations() if o.id is not None}
        self._home_zones: dict[int, str] = {}
        for delegation in desk.delegations():
            for member in delegation.member_ids:
                self._home_zones.setdefault(member, delegation.home_timezone)
        self.base = self.original or self._new_event(starts_at)

        self.details = DetailsTab(self.context)
        self.attendees = AttendeesTab(self.context)
        self.agenda = AgendaTab(self.context)
        self.logistics = LogisticsTab(self.context)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("EventEditor", "Event sections"))
        self.tabs.addTab(self.details, tr("EventEditor", "&Details"))
        self.tabs.addTab(self.attendees, tr("EventEditor", "&Attendees"))
        self.tabs.addTab(self.agenda, tr("EventEditor", "A&genda"))
        self.tabs.addTab(self.logistics, tr("EventEditor", "L&ogistics"))
        self.problems = QLabel()
        self.problems.setAccessibleName(tr("EventEditor", "Problems"))
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.RichText)
        colour = readable(PROBLEM_COLOUR, self.palette())
        self.problems.setStyleSheet(f"color: {colour.name()};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setAccessibleName(tr("EventEditor", "Save the event"))
        # On a small screen (1024×640) the sections scroll; the problems and the
        # buttons stay on screen below them.
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.tabs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self._loading = True
        self.details.load(self.base)
        self.attendees.load(self.base)
        self._update_second_zone()
        self.context.day = in_zone(self.base.starts_at, self.context.zone).date()
        self.agenda.load(self.base)
        self.logistics.load(self.base)
        self._loading = False
        for tab in (self.details, self.attendees, self.agenda, self.logistics):
            tab.edited.connect(self._revalidate)
        self.attendees.edited.connect(self._on_attendees)
        self.details.zone_changed.connect(self._update_second_zone)
        self.details.start_moved.connect(self.agenda.follow_start)
        self.details.start_moved.connect(self.logistics.follow_start)
        self.details.start_moved.connect(self._revalidate)
        if self.original:
            title = tr("EventEditor", "Edit “{title}”").format(title=self.base.title)
        else:
            title = tr("EventEditor", "New event")
        self.setWindowTitle(title)
        fit_to_screen(self, QSize(1040, 680))
        self._on_attendees()
        self._revalidate()
        from ui.free_busy import EditorFreeBusy

        #: Free/busy beside each name in the picker and each room in the room list.
        self.free_busy = EditorFreeBusy(
            session, self.base, self.details, self.attendees.picker, self
        )
        self.finished.connect(self.free_busy.stop)
        self._dirty = False
        for tab in (self.details, self.attendees, self.agenda, self.logistics):
            tab.edited.connect(self._mark_dirty)
        self.details.title.setFocus()

    def _new_event(self, starts_at: datetime | None) -> Event:
        zone = self.context.zone
        if starts_at is None:
            tomorrow = in_zone(self.session.desk.clock.now(), zone).date() + timedelta(days=1)
            starts_at = localize(datetime.combine(tomorrow, time(10, 0)), zone)
        return Event(title="", starts_at=starts_at, ends_at=starts_at + timedelta(hours=1),
                     timezone=zone, status=EventStatus.TENTATIVE)  # fmt: skip

    # -- the draft ---------------------------------------------------------------

    def draft(self) -> tuple[Event, list[str]]:
        """The event as typed so far, and every problem with it."""
        problems: list[str] = []
        event = self.details.apply(self.base, problems)
        self.context.day = in_zone(event.starts_at, self.context.zone).date()
        self.agenda.set_event_span(event.starts_at, event.ends_at)
        for tab in (self.attendees, self.agenda, self.logistics):
            event = tab.apply(event, problems)
        if not problems:
            problems = check_event(event, self.details.selected_venue())
        return event, problems

    @Slot()
    def _revalidate(self) -> None:
        if self._loading:
            return
        _, problems = self.draft()
        if problems:
            shown = problems[:MAX_PROBLEMS_SHOWN]
            if len(problems) > len(shown):
                more = len(problems) - len(shown)
                shown.append(tr("EventEditor", "…and {n} more.").format(n=more))
            items = "".join(f"<li>{_escape(core_text(p))}</li>" for p in shown)
            heading = tr("EventEditor", "Cannot save yet:")
            self.problems.setText(f"<b>{heading}</b><ul style='margin:0'>{items}</ul>")
        else:
            self.problems.setText("")
        self.problems.setVisible(bool(problems))
        self.ok_button.setEnabled(not problems)

    @Slot()
    def _on_attendees(self) -> None:
        count = len(self.context.attendee_ids)
        self.tabs.setTabText(1, tr("EventEditor", "&Attendees ({n})").format(n=count))
        self._update_second_zone()
        self.agenda.attendees_changed()
        self.logistics.attendees_changed()

    @Slot()
    def _update_second_zone(self) -> None:
        """The home zone of the first attendee's delegation that lives elsewhere."""
        zone = next(
            (
                z
                for pid in self.context.attendee_ids
                if (z := self._home_zones.get(pid)) and z != self.context.zone
            ),
            DEFAULT_SECOND_ZONE,
        )
        self.context.second_zone = zone
        self.details.starts.refresh()
        self.details.ends.refresh()

    # -- leaving -----------------------------------------------------------------

    @Slot()
    def _mark_dirty(self) -> None:
        self._dirty = True

    def has_changes(self) -> bool:
        """Whether anything typed would be lost by closing without saving."""
        if not self._dirty:
            return False
        event, problems = self.draft()
        return bool(problems) or event != self.base

    def reject(self) -> None:
        """Escape, Cancel or the window's close button: ask before typed changes are lost."""
        if self.has_changes() and not self._discard_confirmed():
            return
        super().reject()

    def _discard_confirmed(self) -> bool:
        if self.original:
            question = tr("EventEditor", "Discard your changes to “{title}”?")
        else:
            question = tr("EventEditor", "Discard the new event?")
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("EventEditor", "Discard changes?"))
        box.setText(question.format(title=self.base.title))
        box.setInformativeText(tr("EventEditor", "They have not been saved."))
        discard = box.addButton(
            tr("EventEditor", "&Discard changes"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(tr("EventEditor", "&Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard

    # -- saving --------------------------------------------------------------------

    def accept(self) -> None:
        event, problems = self.draft()
        if problems:
            self._revalidate()
            return
        if event == self.original:  # nothing changed: no edit to undo
            self.saved = self.original
            super().accept()
            return
        try:
            self.saved = self.session.save_event(event)
        except AppError as error:
            QMessageBox.warning(
                self, tr("EventEditor", "The event was not saved"), error_text(error)
            )
            return
        super().accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def edit_event(
    session: Session,
    event_id: int | None,
    parent: QWidget | None = None,
    *,
    starts_at: datetime | None = None,
) -> bool:
    """Open the editor; True when the event was saved (undoably)."""
    try:
        dialog = EventEditor(session, event_id, parent, starts_at=starts_at)
    except AppError as error:  # e.g. the event was deleted meanwhile
        QMessageBox.warning(
            parent, tr("EventEditor", "The event cannot be opened"), error_text(error)
        )
        return False
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
