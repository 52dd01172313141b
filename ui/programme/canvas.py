"""The painted timeline: two time rulers, one column per day, a block per event.

Painting is done by hand (no item per event), so a day with a few hundred
events stays quick: only blocks that meet the exposed rectangle are drawn.
The canvas only shows and reports; :class:`~ui.programme_view.ProgrammeView`
turns its reports (a block was moved, opened, right-clicked) into edits.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import NamedTuple

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from models.entities import Event, Venue
from models.locale_text import zone_name
from models.timezones import abbreviation
from ui.i18n import both_zones, current_language, span_text, tr
from ui.privacy import mask, shown_title
from ui.programme.layout import (
    SNAP_MINUTES,
    Placed,
    day_bounds,
    hour_range,
    lanes_of,
    minutes_into_day,
    place,
    snap,
)
from ui.programme.painting import (
    RULER_WIDTH,
    fill,
    paint_block,
    paint_ghost,
    paint_grid,
    paint_now,
)
from ui.programme.style import kind_label, value_word

TOP_PAD = 10
BOTTOM_PAD = 12
RIGHT_PAD = 8
COLUMN_GAP = 6
#: Hour scale limits for fitting the day to the window (Thunderbird keeps a minimum too).
FEWEST_PIXELS_PER_MINUTE = 0.75
MOST_PIXELS_PER_MINUTE = 1.1
EMPTY_DAY_WEIGHT = 0.45  # width of a day without events, relative to a busy one
#: Zoom limits (pixels per minute) and the step of one zoom in or out.
LEAST_ZOOM, MOST_ZOOM, ZOOM_STEP = 0.3, 4.0, 1.25
#: The working day a fitted view shows at least (hours), widened to every event.
WORKING_DAY = (9, 18)
#: How the hours are scaled: readable limits, every event's hour in the window, or chosen.
AUTO, FIT, MANUAL = "auto", "fit", "manual"


class Block(NamedTuple):
    """Where an event's block is drawn (a named tuple: cheap to define at start-up)."""

    placed: Placed
    rect: QRectF

    @property
    def event(self) -> Event:
        return self.placed.event

    @property
    def event_id(self) -> int:
        return int(self.placed.event.id or 0)


class TimelineCanvas(QWidget):
    """Days side by side under two rulers; reports clicks, drags and menus."""

    selected = Signal(int)  # event id, or 0 when nothing is selected
    activated = Signal(int)  # double-click or Enter on a block
    move_requested = Signal(int, object)  # event id, new start (aware datetime)
    menu_requested = Signal(int, QPoint)  # event id, global position
    new_requested = Signal(object)  # double-click on an empty slot: its start (aware datetime)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Timeline", "Programme timeline"))
        self._instructions = tr(
            "Timeline",
            "Events as blocks by day and time; Up and Down choose, Enter opens, "
            "Alt+Up and Alt+Down move the chosen event by five minutes, "
            "the context menu key shows actions; double-click an empty time to add an event.",
        )
        self.setAccessibleDescription(self._instructions)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.pixels_per_minute = 1.1
        self.scale_mode = AUTO
        self._available = 0.0  # the height the hours were last fitted to
        self.days: list[date] = []
        self.zone = "Asia/Kolkata"
        self.second_zone = "Asia/Tokyo"
        self.venues: dict[int, Venue] = {}
        self.now: datetime | None = None  # drawn as a line when it falls on a shown day
        self.clash_notes: dict[int, list[str]] = {}  # event id -> what it clashes with
        self.first_hour, self.last_hour = 8, 19
        self.blocks: list[Block] = []
        self.selected_id = 0
        self._press: tuple[QPointF, Block] | None = None
        self.drag_target: tuple[int, datetime] | None = None  # day index, new start

    # -- data ------------------------------------------------------------------

    def set_content(
        self,
        events: list[Event],
        days: list[date],
        zone: str,
        second_zone: str,
        venues: dict[int, Venue],
    ) -> None:
        self.zone = zone
        self.second_zone = second_zone
        self.venues = venues
        # blocks keep their lanes while they are free (a nudge never makes them jump)
        previous = lanes_of(getattr(self, "_placed", [])) if days == self.days else {}
        self.days = days
        self._placed = place(events, days, zone, previous)
        self._set_hours()
        if self.selected_id and not any(e.id == self.selected_id for e in events):
            self.selected_id = 0
        self._press = None
        self.drag_target = None
        self.setMinimumHeight(int(self.minute_to_y(self.last_hour * 60) + BOTTOM_PAD))
        self._relayout()
        self.update()

    def _set_hours(self) -> None:
        placed = getattr(self, "_placed", [])
        if self.scale_mode == FIT:  # the working day and every event, nothing more
            self.first_hour, self.last_hour = hour_range(placed, WORKING_DAY)
        else:
            self.first_hour, self.last_hour = hour_range(placed)

    def set_scale_mode(self, mode: str, scale: float | None = None) -> None:
        """Scale the hours: ``AUTO`` (readable limits), ``FIT`` (the day's events fill the
        window) or ``MANUAL`` (``scale`` pixels a minute, within the zoom limits)."""
        self.scale_mode = mode
        if scale is not None:
            self.pixels_per_minute = min(MOST_ZOOM, max(LEAST_ZOOM, scale))
        self._set_hours()
        self.fit_height(self._available, force=True)

    def fit_height(self, available: float, force: bool = False) -> None:
        """Scale the hours to ``available`` pixels.  Automatically within readable
        limits: on a short screen more of the day shows, and a half-hour block still has
        a line of text; fitted: every hour shown fills the window; chosen: as zoomed."""
        self._available = available
        minutes = max(60, (self.last_hour - self.first_hour) * 60)
        scale = (available - TOP_PAD - BOTTOM_PAD) / minutes
        if self.scale_mode == MANUAL:
            scale = self.pixels_per_minute
        elif self.scale_mode == FIT:
            scale = max(LEAST_ZOOM, scale)
        else:
            scale = min(MOST_PIXELS_PER_MINUTE, max(FEWEST_PIXELS_PER_MINUTE, scale))
        if abs(scale - self.pixels_per_minute) < 0.01 and not force:
            return
        self.pixels_per_minute = scale
        self.setMinimumHeight(int(self.minute_to_y(self.last_hour * 60) + BOTTOM_PAD))
        self._relayout()
        self.update()

    def set_second_zone(self, zone: str) -> None:
        self.second_zone = zone
        self.update()

    # -- geometry ----------------------------------------------------------------

    @property
    def rulers_width(self) -> int:
        return 2 * RULER_WIDTH

    def _weights(self) -> list[float]:
        """Days without events get a narrow column, so busy days have room."""
        if len(self.days) < 2:
            return [1.0] * len(self.days)
        busy = {p.day_index for p in getattr(self, "_placed", [])}
        return [1.0 if i in busy or not busy else EMPTY_DAY_WEIGHT for i in range(len(self.days))]

    def _edges(self) -> list[float]:
        weights = self._weights()
        usable = max(40.0 * len(weights), self.width() - self.rulers_width - RIGHT_PAD)
        unit = usable / max(1e-9, sum(weights))
        edges = [float(self.rulers_width)]
        for weight in weights:
            edges.append(edges[-1] + weight * unit)
        return edges

    def column_width(self, index: int = 0) -> float:
        edges = self._edges()
        if not 0 <= index < len(edges) - 1:
            return 0.0
        return edges[index + 1] - edges[index]

    def column_left(self, index: int) -> float:
        return self._edges()[index]

    def minute_to_y(self, minute: float) -> float:
        return TOP_PAD + (minute - self.first_hour * 60) * self.pixels_per_minute

    def y_to_minute(self, y: float) -> float:
        return (y - TOP_PAD) / self.pixels_per_minute + self.first_hour * 60

    def day_at(self, x: float) -> int:
        edges = self._edges()
        index = next((i for i in range(len(edges) - 1) if x < edges[i + 1]), len(edges) - 2)
        return min(max(index, 0), max(0, len(self.days) - 1))

    def sizeHint(self) -> QSize:
        return QSize(900, int(self.minute_to_y(self.last_hour * 60) + BOTTOM_PAD))

    def resizeEvent(self, event: object) -> None:
        self._relayout()

    def _relayout(self) -> None:
        edges = self._edges()
        blocks = []
        for p in getattr(self, "_placed", []):
            width = edges[p.day_index + 1] - edges[p.day_index]
            lane_width = (width - COLUMN_GAP) / p.lanes
            x = edges[p.day_index] + COLUMN_GAP / 2 + p.lane * lane_width
            top = self.minute_to_y(p.start_minute)
            bottom = self.minute_to_y(p.end_minute)
            rect = QRectF(x + 1, top + 1, lane_width * p.span - 3, max(6.0, bottom - top - 2))
            blocks.append(Block(p, rect))
        self.blocks = blocks

    def block_at(self, pos: QPointF) -> Block | None:
        for block in reversed(self.blocks):
            if block.rect.contains(pos) and block.event_id > 0:  # proposals (< 0) are not hit
                return block
        return None

    def block_rect(self, event_id: int) -> QRectF | None:
        """Where the (first) block of an event is, in canvas coordinates."""
        return next((b.rect for b in self.blocks if b.event_id == event_id), None)

    # -- painting -----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        fill(painter, QRectF(event.rect()), palette.color(QPalette.ColorRole.Base))
        paint_grid(self, painter, palette)
        exposed = QRectF(event.rect())
        for block in self.blocks:
            if block.rect.intersects(exposed):
                paint_block(self, painter, block, block.event_id == self.selected_id)
        paint_now(self, painter)
        if self.drag_target is not None and self._press is not None:
            paint_ghost(self, painter, self._press[1])
        painter.end()

    def ghost_rect(self, block: Block, target: tuple[int, datetime]) -> QRectF:
        day_index, start = target
        length = (block.event.ends_at - block.event.starts_at).total_seconds() / 60
        minute = minutes_into_day(start, self.days[day_index], self.zone)
        x = self.column_left(day_index) + COLUMN_GAP / 2
        width = self.column_width(day_index) - COLUMN_GAP - 3
        height = max(6.0, length * self.pixels_per_minute)
        return QRectF(x + 1, self.minute_to_y(minute), width, height)

    # -- mouse and keyboard ----------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() != Qt.MouseButton.LeftButton:
            if block is not None:
                self._select(block.event_id)
            return
        self._select(block.event_id if block else 0)
        self._press = (event.position(), block) if block is not None else None
        self.drag_target = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        origin, block = self._press
        moved = event.position() - origin
        if self.drag_target is None and (
            moved.manhattanLength() < QApplication.startDragDistance()
        ):
            return
        target = self._target_for(block, event.position())
        if target == self.drag_target:
            return
        dirty = self.ghost_rect(block, target)
        if self.drag_target is not None:
            dirty = dirty.united(self.ghost_rect(block, self.drag_target))
        self.drag_target = target
        self.update(dirty.adjusted(-4, -4, 4, 4).toAlignedRect())  # only where the ghost was/is

    def _target_for(self, block: Block, pos: QPointF) -> tuple[int, datetime]:
        origin, _ = self._press or (pos, block)
        event = block.event
        source_day = self.days[block.placed.day_index]
        start_minute = minutes_into_day(event.starts_at, source_day, self.zone)
        shifted = start_minute + (pos.y() - origin.y()) / self.pixels_per_minute
        day_index = block.placed.day_index + (self.day_at(pos.x()) - self.day_at(origin.x()))
        day_index = min(max(day_index, 0), len(self.days) - 1)
        day_start, _ = day_bounds(self.days[day_index], self.zone)
        return day_index, day_start + timedelta(minutes=snap(shifted))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self.drag_target
        self._press = None
        self.drag_target = None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.update()
        if target is not None:
            block = press[1]
            if target[1] != block.event.starts_at:
                self.move_requested.emit(block.event_id, target[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        block = self.block_at(event.position())
        if block is not None:
            self._select(block.event_id)
            self.activated.emit(block.event_id)
        elif self.days and event.position().x() > self.rulers_width:
            self.new_requested.emit(self.instant_at(event.position(), step=15))

    def instant_at(self, pos: QPointF, step: int = SNAP_MINUTES) -> datetime:
        """The time under ``pos``, rounded down to ``step`` minutes."""
        day_start, _ = day_bounds(self.days[self.day_at(pos.x())], self.zone)
        minute = int(self.y_to_minute(pos.y()) // step * step)
        return day_start + timedelta(minutes=max(0, minute))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            block = self.block_at(QPointF(event.pos()))
        else:
            block = next((b for b in self.blocks if b.event_id == self.selected_id), None)
        if block is None:
            return
        self._select(block.event_id)
        point = event.globalPos()
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            point = self.mapToGlobal(block.rect.center().toPoint())
        self.menu_requested.emit(block.event_id, point)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id:
            self.activated.emit(self.selected_id)
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self.drag_target = None
            self.update()
        elif (
            key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and self.selected_id
        ):  # move the chosen event by five minutes from the keyboard
            block = next((b for b in self.blocks if b.event_id == self.selected_id), None)
            if block is not None:
                shift = timedelta(minutes=SNAP_MINUTES if key == Qt.Key.Key_Down else -SNAP_MINUTES)
                self.move_requested.emit(block.event_id, block.event.starts_at + shift)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.blocks:
            ordered = sorted(self.blocks, key=lambda b: (b.placed.day_index, b.rect.top(),
                                                         b.rect.left()))  # fmt: skip
            ids = [b.event_id for b in ordered]
            step = 1 if key == Qt.Key.Key_Down else -1
            index = ids.index(self.selected_id) + step if self.selected_id in ids else 0
            self._select(ids[index % len(ids)])
        else:
            super().keyPressEvent(event)

    def refresh_description(self, event_id: int | None = None) -> None:
        """The accessible description: the chosen block's tooltip, or how to use the view."""
        wanted = self.selected_id if event_id is None else event_id
        chosen = next((b.event for b in self.blocks if b.event_id == wanted), None)
        self.setAccessibleDescription(
            self.describe(chosen) if chosen is not None else self._instructions
        )

    def _select(self, event_id: int) -> None:
        if event_id != self.selected_id:
            self.refresh_description(event_id)
            for block in self.blocks:
                if block.event_id in (event_id, self.selected_id):
                    self.update(block.rect.adjusted(-3, -3, 3, 3).toAlignedRect())
            self.selected_id = event_id
            self.selected.emit(event_id)

    def event(self, event: object) -> bool:
        if isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(block.event), self)
            return True
        return super().event(event)  # type: ignore[arg-type]

    def describe(self, event: Event) -> str:
        """The block's tooltip: what, when in both zones, where, how sensitive."""
        lines = [shown_title(event), span_text(event.starts_at, event.ends_at, self.zone)]
        if self.second_zone != self.zone:
            lines.append(
                tr("Timeline", "Starts {times}").format(
                    times=both_zones(event.starts_at, self.zone, self.second_zone)
                )
            )
        venue = self.venues.get(event.venue_id or -1)
        if venue is not None:
            room = venue.room(event.room_id)
            lines.append(venue.name + (f", {room.name}" if room else ""))
        lines.append(f"{kind_label(event.kind)} · {value_word(event.classification.value)} · "
                     f"{value_word(event.status.value)}")  # fmt: skip
        notes = self.clash_notes.get(int(event.id or 0), [])
        lines += [f"⚠ {mask(note)}" for note in notes[:3]]
        if len(notes) > 3:
            more = len(notes) - 3
            lines.append("⚠ " + tr("Timeline", "…and %n more clash(es)", None, more))
        return "\n".join(lines)

    def zone_titles(self) -> tuple[str, str]:
        day = self.days[0] if self.days else date.today()
        start, _ = day_bounds(day, self.zone)
        noon = start + timedelta(hours=12)
        return (
            f"{abbreviation(noon, self.zone)}\n{zone_name(self.zone, current_language())}",
            f"{abbreviation(noon, self.second_zone)}\n"
            f"{zone_name(self.second_zone, current_language())}",
        )
