"""The programme as a timeline: a day or a week of events, two time rulers.

Times are drawn in the programme's main zone (the zone most events happen in,
the venue's) with a second zone the user picks shown beside it.  Dragging a
block moves the event in steps of five minutes through the core's usual
validation; the move is one undoable edit.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from models.entities import Event
from models.errors import AppError
from models.timezones import in_zone, is_valid_zone, localize
from ui.core_text import core_text
from ui.dialogs.errors import error_text
from ui.i18n import tr
from ui.privacy import privacy, remember
from ui.programme.canvas import AUTO, FIT, MANUAL, ZOOM_STEP, TimelineCanvas
from ui.programme.header import DayHeader, Legend
from ui.programme.layout import DEFAULT_MAIN_ZONE, day_bounds, main_zone, most_common
from ui.record_names import cancel_text, move_text
from ui.session import Session

if TYPE_CHECKING:
    from models.clashes import Clash
    from ui.clash_notice import ClashNotice
    from ui.empty_state import EmptyNote
    from ui.programme.agenda import AgendaView

DEFAULT_SECOND_ZONE = "Asia/Tokyo"
#: The programme range shows at most this many days with events.
RANGE_LIMIT = 7
_FAVOURITE_ZONES = [
    "Asia/Tokyo",
    "Asia/Kolkata",
    "UTC",
    "Asia/Singapore",
    "Europe/London",
    "America/New_York",
]


def _tool_button(text: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    return button


class ProgrammeView(QWidget):
    """Day and week timeline of the programme; emits requests the window acts on."""

    event_activated = Signal(int)  # open this event (double-click, Enter, tr("Programme", "Open"))
    event_selected = Signal(int)  # the chosen block changed (0: none)
    export_invites_requested = Signal(int)
    _zones_listed = True  # until the toolbar exists: events during construction are ignored
    export_invites_per_attendee_requested = Signal(int)
    print_pack_requested = Signal(int)
    second_zone_changed = Signal(str)  # the user picked another second zone
    agenda_toggled = Signal(bool)  # the list (agenda) shown instead of the timeline, or not

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.zone = DEFAULT_MAIN_ZONE
        self.second_zone = DEFAULT_SECOND_ZONE
        self.events: list[Event] = []
        self.ghosts: list[Event] = []  # a scheduler's proposal, drawn faintly
        self._day = date.today()
        self._week = False
        self._whole = False  # the programme's own days (those with events), side by side

        self.canvas = TimelineCanvas()
        self.header = DayHeader(self.canvas)
        self.legend = Legend()
        self.scroll_area = QScrollArea()
        # A viewport of our own, set before the canvas goes in: asking the area
        # for its own (``viewport()``) makes PySide look for the Python type of
        # an unknown QWidget, which builds the type of every widget class at
        # once (about 10 ms of the window's start).
        self._viewport = QWidget(self.scroll_area)  # owned by the area (Qt deletes it)
        self.scroll_area.setViewport(self._viewport)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.canvas)
        self.scroll_area.setAccessibleName(tr("Programme", "Programme timeline area"))
        self._viewport.installEventFilter(self)
        self._empty_note: EmptyNote | None = None  # made when there is something to say
        # the agenda (a list instead of the timeline) is made when first shown
        self.agenda: AgendaView | None = None
        self._clash_notes: dict[int, list[str]] = {}

        self._build_toolbar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        self._clash_notice: ClashNotice | None = None  # made at the first move
        layout.addWidget(self.header)
        layout.addWidget(self.scroll_area, 1)
        self._layout = layout
        legend_row = QHBoxLayout()
        legend_row.setContentsMargins(8, 4, 8, 4)
        legend_row.addWidget(self.legend, 1)
        layout.addLayout(legend_row)

        self.canvas.activated.connect(self.event_activated)
        self.canvas.selected.connect(self.event_selected)
        self.canvas.move_requested.connect(self._move)
        self.canvas.menu_requested.connect(self._show_menu)
        self.canvas.new_requested.connect(self.add_event_at)
        session.changed.connect(self._on_changed)
        session.database_replaced.connect(self._on_database_replaced)
        privacy().changed.connect(self._on_privacy)
        self._go_to_start()
        self._minute = QTimer(self)  # the "now" line moves on
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._tick)
        self._minute.start()

    # -- toolbar -------------------------------------------------------------------

    def add_keys(self) -> None:
        """Alt+Left and Alt+Right on the previous and next buttons: given with the
        window's menus, right after its first paint (see ``ui.shell.MenuActions``)."""
        from PySide6.QtGui import QKeySequence

        self.previous_button.setShortcut(QKeySequence("Alt+Left"))
        self.next_button.setShortcut(QKeySequence("Alt+Right"))

    def _build_toolbar(self) -> None:
        self.toolbar = QWidget()
        row = QHBoxLayout(self.toolbar)
        row.setContentsMargins(8, 6, 8, 6)
        self.previous_button = _tool_button("‹")
        self.previous_button.setAccessibleName(tr("Programme", "Previous day"))
        self.previous_button.setToolTip(tr("Programme", "Previous day or week (Alt+Left)"))
        self.next_button = _tool_button("›")
        self.next_button.setAccessibleName(tr("Programme", "Next day"))
        self.next_button.setToolTip(tr("Programme", "Next day or week (Alt+Right)"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(tr("Programme", "ddd d MMM yyyy"))
        self.date_edit.setAccessibleName(tr("Programme", "Day shown"))
        self.day_button = _tool_button(tr("Programme", "Day"))
        self.week_button = _tool_button(tr("Programme", "Week"))
        self.range_button = _tool_button(tr("Programme", "Programme"))
        self.range_button.setCheckable(True)
        self.range_button.setAccessibleName(tr("Programme", "Show the days that have events"))
        self.range_button.setToolTip(
            tr("Programme", "Only the days that have events, side by side (Ctrl+Shift+G)")
        )
        self.range_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for button, name in (
            (self.day_button, tr("Programme", "Show one day")),
            (self.week_button, tr("Programme", "Show the week")),
        ):
            button.setCheckable(True)
            button.setAccessibleName(name)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.day_button.setChecked(True)
        self.week_button.setToolTip(
            tr("Programme", "Show the whole week (View ▸ Week, Ctrl+Shift+W)")
        )
        self.day_button.setToolTip(tr("Programme", "Show one day (View ▸ Week, Ctrl+Shift+W)"))
        self.agenda_button = _tool_button(tr("Programme", "Agenda"))
        self.agenda_button.setCheckable(True)
        self.agenda_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.agenda_button.setAccessibleName(tr("Programme", "Show the events as a list"))
        self.agenda_button.setToolTip(
            tr("Programme", "A compact list of the events shown: time, title, room, attendees, "
                            "clashes (View ▸ Agenda, Ctrl+Shift+L)")
        )  # fmt: skip
        self.agenda_button.toggled.connect(self._on_agenda_toggled)
        self._mode = QButtonGroup(self)
        self._mode.setExclusive(True)
        self._mode.addButton(self.day_button)
        self._mode.addButton(self.week_button)
        self._mode.addButton(self.range_button)
        self.zone_box = QComboBox()
        self.zone_box.setEditable(True)
        self.zone_box.setAccessibleName(tr("Programme", "Second time zone"))
        self.zone_box.setToolTip(tr("Programme", "The time zone shown on the second ruler"))
        self.zone_box.setMinimumContentsLength(16)
        self.zone_box.addItems(_FAVOURITE_ZONES)
        self.zone_box.insertSeparator(len(_FAVOURITE_ZONES))
        # Every other IANA zone is added once the view has been painted:
        # listing them reads the whole zone database.
        self._zones_listed = False
        self.zone_box.setCurrentText(self.second_zone)
        self.summary = QLabel()
        self.summary.setAccessibleName(tr("Programme", "Events shown"))

        row.addWidget(self.previous_button)
        row.addWidget(self.date_edit)
        row.addWidget(self.next_button)
        row.addSpacing(12)
        row.addWidget(self.day_button)
        row.addWidget(self.week_button)
        row.addWidget(self.range_button)
        row.addSpacing(6)
        row.addWidget(self.agenda_button)
        row.addSpacing(12)
        row.addWidget(self.summary)
        row.addStretch(1)
        zone_label = QLabel(tr("Programme", "Second zone:"))
        zone_label.setBuddy(self.zone_box)
        row.addWidget(zone_label)
        row.addWidget(self.zone_box)

        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.date_edit.dateChanged.connect(self._on_date_edited)
        self.week_button.toggled.connect(self._on_week_toggled)
        self.range_button.toggled.connect(self._on_range_toggled)
        self.zone_box.currentTextChanged.connect(self._on_zone_text)

    # -- public ----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.scroll_area.viewport():
            self.canvas.fit_height(self.scroll_area.viewport().height())
        elif (
            event.type() == QEvent.Type.Wheel
            and watched is self.scroll_area.viewport()
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):  # Ctrl+wheel zooms about the time under the pointer
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom(ZOOM_STEP**steps, event.position().y())
            return True
        return super().eventFilter(watched, event)

    # -- zoom ------------------------------------------------------------------------

    def zoom(self, factor: float, anchor_y: float | None = None) -> None:
        """Scale the hours by ``factor``, keeping the time at ``anchor_y`` (a height in
        the visible area; its middle by default) where it is."""
        viewport = self.scroll_area.viewport()
        bar = self.scroll_area.verticalScrollBar()
        y = viewport.height() / 2 if anchor_y is None else anchor_y
        minute = self.canvas.y_to_minute(bar.value() + y)
        self.canvas.set_scale_mode(MANUAL, self.canvas.pixels_per_minute * factor)
        self.scroll_area.widget().adjustSize()
        bar.setMaximum(max(0, self.canvas.minimumHeight() - viewport.height()))
        bar.setValue(int(self.canvas.minute_to_y(minute) - y))

    @Slot()
    def zoom_in(self) -> None:
        self.zoom(ZOOM_STEP)

    @Slot()
    def zoom_out(self) -> None:
        self.zoom(1 / ZOOM_STEP)

    @Slot()
    def fit_to_window(self) -> None:
        """Every hour with events (and the working day) in the window, without scrolling."""
        self.canvas.set_scale_mode(FIT)
        self.scroll_area.verticalScrollBar().setValue(0)

    @Slot()
    def zoom_automatic(self) -> None:
        """Back to the automatic scale (readable limits)."""
        self.canvas.set_scale_mode(AUTO)

    def visible_hours(self) -> tuple[float, float]:
        """The span of the day on screen, in minutes after midnight (first, last)."""
        top = self.scroll_area.verticalScrollBar().value()
        bottom = top + self.scroll_area.viewport().height()
        last = min(bottom, self.canvas.minute_to_y(self.canvas.last_hour * 60))
        return self.canvas.y_to_minute(top), self.canvas.y_to_minute(last)

    def event(self, event: QEvent) -> bool:
        if not self._zones_listed and event.type() == QEvent.Type.Paint:
            self._zones_listed = True
            QTimer.singleShot(0, self._add_all_zones)
        return super().event(event)

    @Slot()
    def _add_all_zones(self) -> None:
        from models.timezones import common_zones

        current = self.zone_box.currentText()
        self.zone_box.blockSignals(True)
        self.zone_box.addItems([z for z in common_zones() if z not in _FAVOURITE_ZONES])
        self.zone_box.setCurrentText(current)
        self.zone_box.blockSignals(False)

    def set_second_zone(self, zone: str) -> None:
        """Show ``zone`` on the second ruler (ignored when it is not an IANA zone)."""
        if not is_valid_zone(zone) or zone == self.second_zone:
            return
        self.second_zone = zone
        if self.zone_box.currentText() != zone:
            self.zone_box.setCurrentText(zone)
        self.canvas.set_second_zone(zone)
        self.header.update()
        self.second_zone_changed.emit(zone)

    def set_ghosts(self, ghosts: list[Event]) -> None:
        """Show a proposal's meetings faintly (ids below zero); ``[]`` clears them."""
        self.ghosts = list(ghosts)
        if self.ghosts:
            self.set_day(in_zone(min(g.starts_at for g in self.ghosts), self.zone).date())
        else:
            self.reload()

    def set_clashes(self, clashes: list[Clash]) -> None:
        """Mark the blocks of events that clash (connect the clash panel's ``clashes_changed``)."""
        notes: dict[int, list[str]] = {}
        for clash in clashes:
            for event_id in clash.event_ids:
                notes.setdefault(event_id, []).append(core_text(clash.message))
        self.canvas.clash_notes = notes
        self._clash_notes = notes
        if self.agenda is not None:
            self.agenda.agenda.set_clash_notes(notes)
        self.canvas.update()

    def show_event(self, event_id: int) -> None:
        """Go to the event's day, select its block and scroll it into view."""
        try:
            event = self.session.desk.event(event_id)
        except AppError:
            return
        self.set_day(in_zone(event.starts_at, self.zone).date())
        self.canvas.selected_id = event_id
        self.canvas.update()
        rect = self.canvas.block_rect(event_id)
        if rect is not None:
            self.scroll_area.ensureVisible(
                int(rect.center().x()), int(rect.top()), 10, int(min(rect.height(), 200))
            )
        self.event_selected.emit(event_id)

    def set_day(self, day: date) -> None:
        self._day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.reload()

    def set_week_mode(self, week: bool) -> None:
        (self.week_button if week else self.day_button).setChecked(True)

    def set_programme_range(self, whole: bool) -> None:
        """Show only the days of the programme that have events (Tue–Wed), or one day again."""
        (self.range_button if whole else self.day_button).setChecked(True)

    def programme_days(self) -> list[date]:
        """The days with events (in the main zone), at most :data:`RANGE_LIMIT` of them."""
        spans = self.session.desk.store.event_spans()
        days = sorted({in_zone(s.starts_at, self.zone).date() for s in spans}
                      | {in_zone(s.ends_at - timedelta(minutes=1), self.zone).date()
                         for s in spans if s.ends_at > s.starts_at})  # fmt: skip
        if not days:
            return [self._day]
        near = [d for d in days if d >= self._day] or days
        return near[:RANGE_LIMIT]

    def days(self) -> list[date]:
        if self._whole:
            return self.programme_days()
        if not self._week:
            return [self._day]
        monday = self._day - timedelta(days=self._day.weekday())
        return [monday + timedelta(days=i) for i in range(7)]

    def new_event_start(self) -> datetime:
        """Where a new event starts by default: 10:00 on the day shown."""
        return localize(datetime.combine(self._day, time(10, 0)), self.zone)

    def selected_event_id(self) -> int:
        return self.canvas.selected_id

    def set_agenda(self, on: bool) -> None:
        """Show the events as a compact list (the agenda), or the timeline again."""
        self.agenda_button.setChecked(on)

    def showing_agenda(self) -> bool:
        return self.agenda is not None and self.agenda.isVisibleTo(self)

    def _make_agenda(self) -> AgendaView:
        from ui.programme.agenda import AgendaView

        agenda = AgendaView(self)
        agenda.hide()
        self._layout.insertWidget(self._layout.indexOf(self.scroll_area) + 1, agenda, 1)
        agenda.activated.connect(self.event_activated)
        agenda.selected.connect(self._chosen_in_agenda)
        self.agenda = agenda
        self._fill_agenda()
        return agenda

    def _fill_agenda(self) -> None:
        if self.agenda is None:
            return
        venues = self.canvas.venues
        days = self.canvas.days
        self.agenda.agenda.set_events(self.events, venues, self.zone, len(days) > 1)
        self.agenda.agenda.set_clash_notes(self._clash_notes)
        self.agenda.choose(self.canvas.selected_id)

    @Slot(bool)
    def _on_agenda_toggled(self, on: bool) -> None:
        agenda = self.agenda if self.agenda is not None else self._make_agenda()
        self.scroll_area.setVisible(not on)
        agenda.setVisible(on)
        self.header.setVisible(not on)
        self.legend.setVisible(not on)
        if on:
            agenda.choose(self.canvas.selected_id)
            agenda.setFocus()
        else:
            self.canvas.setFocus()
        self.agenda_toggled.emit(on)

    @Slot(int)
    def _chosen_in_agenda(self, event_id: int) -> None:
        if self.showing_agenda() and event_id != self.canvas.selected_id:
            self.canvas.selected_id = event_id
            self.canvas.update()
            self.event_selected.emit(event_id)

    # -- loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the shown days' events from the core and redraw."""
        store = self.session.desk.store
        days = self.days()
        events = self._events_between(store, days, self.zone)
        zone = main_zone(events, self.zone)
        if zone != self.zone:
            self.zone = zone
            events = self._events_between(store, days, zone)
        self.events = events
        remember(events)
        venues = {v.id: v for v in self.session.desk.venues() if v.id is not None}
        self.canvas.now = self.session.desk.clock.now()
        start, end = day_bounds(days[0], self.zone)[0], day_bounds(days[-1], self.zone)[1]
        shown = [g for g in self.ghosts if g.starts_at < end and g.ends_at > start]
        self.canvas.set_content(events + shown, days, self.zone, self.second_zone, venues)
        self._fill_agenda()
        self.canvas.fit_height(self.scroll_area.viewport().height())
        self.header.today = in_zone(self.session.desk.clock.now(), self.zone).date()
        self.header.update()
        live = sum(1 for e in events if not e.is_cancelled)
        if not events:
            summary = tr("Programme", "No events on these days: double-click a time to add one")
        else:
            summary = tr("Programme", "%n event(s)", None, live)
            if len(events) > live:
                summary += tr("Programme", ", {n} cancelled").format(n=len(events) - live)
        self.summary.setText(summary)
        self._say_what_to_do(store, events)
        if self._week:
            self.previous_button.setAccessibleName(tr("Programme", "Previous week"))
            self.next_button.setAccessibleName(tr("Programme", "Next week"))
        else:
            self.previous_button.setAccessibleName(tr("Programme", "Previous day"))
            self.next_button.setAccessibleName(tr("Programme", "Next day"))

    @property
    def empty_note(self) -> EmptyNote:
        """The note over an empty timeline (made the first time there is one to show)."""
        if self._empty_note is None:
            from ui.empty_state import EmptyNote

            self._empty_note = EmptyNote(self.scroll_area)
        return self._empty_note

    @property
    def clash_notice(self) -> ClashNotice:
        """Says at once when a drop or nudge made a clash, with Undo at hand (made when
        first needed, above the day's header)."""
        if self._clash_notice is None:
            from ui.clash_notice import ClashNotice

            self._clash_notice = ClashNotice(self.session, self)
            self._layout.insertWidget(self._layout.indexOf(self.toolbar) + 1, self._clash_notice)
        return self._clash_notice

    def _say_what_to_do(self, store: object, events: list[Event]) -> None:
        """Over an empty timeline: how to add the first event, or where the events are."""
        if events:
            if self._empty_note is not None:
                self._empty_note.say("")
            return
        from ui.empty_state import EMPTY_DAYS, EMPTY_PROGRAMME

        if not store.event_spans():  # type: ignore[attr-defined]
            self.empty_note.say(tr("Empty", EMPTY_PROGRAMME))
        else:
            self.empty_note.say(tr("Empty", EMPTY_DAYS))

    @staticmethod
    def _events_between(store: object, days: list[date], zone: str) -> list[Event]:
        start, _ = day_bounds(days[0], zone)
        _, end = day_bounds(days[-1], zone)
        return list(store.events_between(start, end))  # type: ignore[attr-defined]

    def _go_to_start(self) -> None:
        """Open on the next day with events (or the last one, once the visit is over)."""
        desk = self.session.desk
        now = desk.clock.now()
        store = desk.store
        spans = store.event_spans(now - timedelta(days=1), now + timedelta(days=21))
        if not spans:
            spans = store.event_spans()
        first_id = 0
        if spans:
            self.zone = most_common((s.timezone for s in spans if s.timezone), DEFAULT_MAIN_ZONE)
            upcoming = [s for s in spans if s.ends_at >= now]
            first = upcoming[0] if upcoming else spans[-1]
            first_id = first.id
            day = in_zone(first.starts_at, self.zone).date()
        else:
            day = in_zone(now, self.zone).date()
        self.set_day(day)
        rect = self.canvas.block_rect(first_id) if first_id else None
        if rect is not None:
            self.scroll_area.ensureVisible(0, int(rect.top()), 0, 40)

    @Slot()
    def _tick(self) -> None:
        self.canvas.now = self.session.desk.clock.now()
        self.canvas.update()

    # -- reactions -----------------------------------------------------------------------

    @Slot(tuple)
    def _on_changed(self, kinds: tuple[str, ...]) -> None:
        if "events" in kinds or "venues" in kinds:
            self.reload()

    @Slot(bool)
    def _on_privacy(self, _hiding: bool) -> None:
        if self.agenda is not None:
            self.agenda.agenda.titles_changed()
        """Titles shown or hidden: blocks, tooltips and the chosen block's description."""
        self.canvas.refresh_description()
        self.canvas.update()

    @Slot()
    def _on_database_replaced(self) -> None:
        self.canvas.selected_id = 0
        self._go_to_start()

    def _step(self, direction: int) -> None:
        self.set_day(self._day + timedelta(days=direction * (7 if self._week else 1)))

    @Slot(QDate)
    def _on_date_edited(self, value: QDate) -> None:
        self._day = date(value.year(), value.month(), value.day())
        self.reload()

    @Slot(bool)
    def _on_week_toggled(self, week: bool) -> None:
        self._week = week
        self.reload()

    @Slot(bool)
    def _on_range_toggled(self, whole: bool) -> None:
        self._whole = whole
        if whole:
            first = self.programme_days()[0]
            if first != self._day:
                self.set_day(first)
                return
        self.reload()

    @Slot(str)
    def _on_zone_text(self, text: str) -> None:
        if is_valid_zone(text.strip()):
            self.set_second_zone(text.strip())

    # -- edits -----------------------------------------------------------------------------

    def _show_error(self, title: str, error: AppError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, error_text(error))

    @Slot(int, object)
    def _move(self, event_id: int, new_start: datetime) -> None:
        """Move an event (with its agenda and transport) to start at ``new_start``."""
        desk = self.session.desk
        try:
            before = desk.event(event_id)
            new_end = new_start + (before.ends_at - before.starts_at)
            local = in_zone(new_start, before.timezone or self.zone)
            clashed = self.clash_notice.clashes_now(before)
            self.session.push(
                move_text(before, f"{local:%a %H:%M}"),
                lambda: desk.reschedule(event_id, new_start, new_end),
                lambda: desk.save_event(before),
                ("events",),
            )
            self.clash_notice.moved(clashed, event_id)
        except AppError as error:
            self.reload()  # the block goes back where it was
            self._show_error(tr("Programme", "Cannot move the event"), error)

    @Slot(object)
    def add_event_at(self, start: datetime) -> None:
        """Open the event editor for a new event starting at ``start`` (one hour long)."""
        from ui.event_editor import EventEditor

        editor = EventEditor(self.session, None, self, starts_at=start)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.accepted.connect(self._select_saved)
        editor.open()
        self._editor = editor

    @Slot()
    def _select_saved(self) -> None:
        editor = getattr(self, "_editor", None)
        saved = getattr(editor, "saved", None)
        if saved is not None and saved.id is not None:
            self.show_event(saved.id)

    def cancel_event(self, event_id: int) -> None:
        desk = self.session.desk
        try:
            before = desk.event(event_id)
            if before.is_cancelled:
                return
            self.session.push(
                cancel_text(before),
                lambda: desk.cancel(event_id),
                lambda: desk.save_event(before),
                ("events",),
            )
        except AppError as error:
            self._show_error(tr("Programme", "Cannot cancel the event"), error)

    def delete_event(self, event_id: int) -> None:
        """Delete undoably; asks first when invitations were already sent (cancel instead?)."""
        from ui.dialogs.event_delete import delete_event_asking

        delete_event_asking(self, self.session, event_id)

    def context_menu(self, event_id: int) -> QMenu:
        """The actions offered on a block (built fresh, for the given event)."""
        menu = QMenu(self)
        cancelled = any(e.id == event_id and e.is_cancelled for e in self.events)
        menu.addAction(tr("Programme", "Open"), lambda: self.event_activated.emit(event_id))
        menu.addSeparator()
        cancel = menu.addAction(
            tr("Programme", "Cancel event"), lambda: self.cancel_event(event_id)
        )
        cancel.setEnabled(not cancelled)
        menu.addAction(tr("Programme", "Delete"), lambda: self.delete_event(event_id))
        menu.addSeparator()
        menu.addAction(
            tr("Programme", "Export invites…"), lambda: self.export_invites_requested.emit(event_id)
        )
        menu.addAction(
            tr("Programme", "Export invites, one per attendee…"),
            lambda: self.export_invites_per_attendee_requested.emit(event_id),
        )
        menu.addAction(
            tr("Programme", "Briefing pack…"), lambda: self.print_pack_requested.emit(event_id)
        )
        menu.addSeparator()
        from ui.scheduling.menu import add_lock_action  # when a menu is first shown

        add_lock_action(menu, self.session, event_id)
        return menu

    @Slot(int, QPoint)
    def _show_menu(self, event_id: int, where: QPoint) -> None:
        menu = self.context_menu(event_id)
        menu.exec(where)
        menu.deleteLater()
