"""The painted timeline: two time rulers, one column per day, a block per event.

Painting is done by hand (no item per event), so a day with a few hundred
events stays quick: only blocks that meet the exposed rectangle are drawn.
The canvas only shows and reports; :class:`~ui.programme_view.ProgrammeView`
turns its reports (a block was moved, opened, right-clicked) into edits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from models.entities import Classification, Event, EventStatus, Venue
from models.timezones import abbreviation, format_side_by_side, format_span, in_zone, zone_label
from ui.programme.layout import (
    SNAP_MINUTES,
    Placed,
    day_bounds,
    hour_range,
    minutes_into_day,
    place,
    snap,
)
from ui.programme.style import (
    TEXT_COLOUR,
    draw_lock,
    fill_colour,
    kind_colour,
    marking,
)

RULER_WIDTH = 62
TOP_PAD = 10
BOTTOM_PAD = 12
RIGHT_PAD = 8
COLUMN_GAP = 6
EMPTY_DAY_WEIGHT = 0.45  # width of a day without events, relative to a busy one
NARROWEST_TEXT = 44  # blocks narrower than this show colour and marks only


@dataclass(frozen=True, slots=True)
class Block:
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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Programme timeline")
        self.setAccessibleDescription(
            "Events as blocks by day and time; Up and Down choose, Enter opens, "
            "Alt+Up and Alt+Down move the chosen event by five minutes, "
            "the context menu key shows actions."
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.pixels_per_minute = 1.1
        self.days: list[date] = []
        self.zone = "Asia/Kolkata"
        self.second_zone = "Asia/Tokyo"
        self.venues: dict[int, Venue] = {}
        self.first_hour, self.last_hour = 8, 19
        self.blocks: list[Block] = []
        self.selected_id = 0
        self._press: tuple[QPointF, Block] | None = None
        self._drag_target: tuple[int, datetime] | None = None  # day index, new start

    # -- data ------------------------------------------------------------------

    def set_content(
        self,
        events: list[Event],
        days: list[date],
        zone: str,
        second_zone: str,
        venues: dict[int, Venue],
    ) -> None:
        self.days = days
        self.zone = zone
        self.second_zone = second_zone
        self.venues = venues
        self._placed = place(events, days, zone)
        self.first_hour, self.last_hour = hour_range(self._placed)
        if self.selected_id and not any(e.id == self.selected_id for e in events):
            self.selected_id = 0
        self._press = None
        self._drag_target = None
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
            rect = QRectF(x + 1, top + 1, lane_width - 3, max(6.0, bottom - top - 2))
            blocks.append(Block(p, rect))
        self.blocks = blocks

    def block_at(self, pos: QPointF) -> Block | None:
        for block in reversed(self.blocks):
            if block.rect.contains(pos):
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
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_grid(painter, palette)
        exposed = QRectF(event.rect())
        for block in self.blocks:
            if block.rect.intersects(exposed):
                self._paint_block(painter, block, block.event_id == self.selected_id)
        if self._drag_target is not None and self._press is not None:
            self._paint_ghost(painter, self._press[1])
        painter.end()

    def _paint_grid(self, painter: QPainter, palette: QPalette) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlphaF(0.12)
        half = QColor(text)
        half.setAlphaF(0.05)
        muted = QColor(text)
        muted.setAlphaF(0.62)
        ruler_bg = palette.color(QPalette.ColorRole.AlternateBase)
        bottom = self.minute_to_y(self.last_hour * 60)
        painter.fillRect(QRectF(0, 0, self.rulers_width, self.height()), ruler_bg)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(RULER_WIDTH, 0), QPointF(RULER_WIDTH, self.height()))
        for index in range(len(self.days)):
            x = self.column_left(index)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        day = self.days[0] if self.days else date.today()
        start, _ = day_bounds(day, self.zone)
        for hour in range(self.first_hour, self.last_hour + 1):
            y = self.minute_to_y(hour * 60)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(self.rulers_width, y), QPointF(self.width(), y))
            if hour < self.last_hour:
                painter.setPen(QPen(half, 1, Qt.PenStyle.DashLine))
                mid = self.minute_to_y(hour * 60 + 30)
                painter.drawLine(QPointF(self.rulers_width, mid), QPointF(self.width(), mid))
            if hour == self.last_hour:
                continue
            instant = start + timedelta(minutes=hour * 60)
            main = f"{in_zone(instant, self.zone):%H:%M}"
            other = f"{in_zone(instant, self.second_zone):%H:%M}"
            label_y = y + metrics.ascent() + 1
            painter.setPen(text)
            painter.drawText(QPointF(RULER_WIDTH - 8 - metrics.horizontalAdvance(main), label_y),
                             main)  # fmt: skip
            painter.setPen(muted)
            painter.drawText(
                QPointF(2 * RULER_WIDTH - 8 - metrics.horizontalAdvance(other), label_y), other
            )
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(0, bottom), QPointF(self.width(), bottom))

    def _paint_block(self, painter: QPainter, block: Block, selected: bool) -> None:
        event = block.event
        rect = block.rect
        colour = kind_colour(event.kind)
        painter.save()
        if event.is_cancelled:
            painter.setOpacity(0.45)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill_colour(event.kind))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), 5, rect.height()), 2, 2)
        mark = marking(event.classification)
        confidential = event.classification is Classification.CONFIDENTIAL
        if confidential:
            stripe = QRectF(rect.right() - 7, rect.top() + 1, 6, rect.height() - 2)
            painter.setBrush(QBrush(QColor(mark[1] if mark else colour),
                                    Qt.BrushStyle.BDiagPattern))  # fmt: skip
            painter.drawRect(stripe)
            border = QPen(QColor(mark[1] if mark else colour), 1.6)
        elif event.status is EventStatus.TENTATIVE:
            border = QPen(colour.darker(110), 1.2, Qt.PenStyle.DashLine)
        else:
            border = QPen(colour, 1)
        if selected:
            border = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2.6)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(border)
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
        self._paint_block_text(painter, block, mark)
        painter.restore()

    def _paint_block_text(
        self, painter: QPainter, block: Block, mark: tuple[str, QColor] | None
    ) -> None:
        event = block.event
        rect = block.rect.adjusted(8, 2, -10 if mark else -4, -2)
        if rect.height() < 9 or block.rect.width() < NARROWEST_TEXT:
            return
        painter.setClipRect(rect)
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(6.5, base.pointSizeF() * 0.82))
        title_font = QFont(base)
        title_font.setBold(True)
        title_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
        title_font.setStrikeOut(event.is_cancelled)
        small_metrics = QFontMetricsF(small)
        title_metrics = QFontMetricsF(title_font)
        y = rect.top()
        # the marking first, top right, so the title is elided around it
        right = rect.right()
        wide = True
        if mark is not None:
            painter.setFont(small)
            word, colour = mark
            width = small_metrics.horizontalAdvance(word)
            wide = rect.width() > width + 60
            if wide:
                painter.setPen(colour)
                painter.drawText(QPointF(right - width, y + small_metrics.ascent()), word)
                right -= width + 4
        if event.classification is Classification.CONFIDENTIAL and mark is not None:
            size = small_metrics.ascent()
            draw_lock(painter, right - size, y + 1, size, mark[1])
            right -= size + 4
        if mark is not None and not wide and mark[0] != "CONFIDENTIAL":  # narrow: a badge
            painter.setPen(QPen(mark[1], 1))
            letter = mark[0][0]
            size = small_metrics.height()
            painter.drawText(QRectF(right - size, y, size, size), Qt.AlignmentFlag.AlignCenter,
                             letter)  # fmt: skip
            right -= size + 2
        painter.setFont(title_font)
        painter.setPen(QColor(TEXT_COLOUR))
        room_for = int((rect.height() - small_metrics.height()) // title_metrics.height())
        widths = [right - rect.left(), rect.width()]
        for line in wrap(
            title_metrics,
            event.title,
            widths,
            max(1, min(5 if block.rect.width() < 120 else 3, room_for)),
        ):
            painter.drawText(QPointF(rect.left(), y + title_metrics.ascent()), line)
            y += title_metrics.height()
        painter.setFont(small)
        lines = [self._time_line(event)]
        venue = self.venues.get(event.venue_id or -1)
        if venue is not None:
            room = venue.room(event.room_id)
            lines.append(venue.name + (f" · {room.name}" if room else ""))
        if event.participations:
            count = len(event.participations)
            lines.append(f"{count} attendee{'s' if count != 1 else ''}")
        painter.setPen(QColor(TEXT_COLOUR))
        for line in lines:
            if y + small_metrics.height() > rect.bottom() + 2:
                break
            text = small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(QPointF(rect.left(), y + small_metrics.ascent()), text)
            y += small_metrics.height()
        painter.setClipping(False)

    def _time_line(self, event: Event) -> str:
        a = in_zone(event.starts_at, self.zone)
        b = in_zone(event.ends_at, self.zone)
        text = f"{a:%H:%M}–{b:%H:%M}"
        if event.is_cancelled:
            return text + "  CANCELLED"
        if event.status is EventStatus.TENTATIVE:
            return text + "  (tentative)"
        return text

    def _ghost_rect(self, block: Block, target: tuple[int, datetime]) -> QRectF:
        day_index, start = target
        length = (block.event.ends_at - block.event.starts_at).total_seconds() / 60
        minute = minutes_into_day(start, self.days[day_index], self.zone)
        x = self.column_left(day_index) + COLUMN_GAP / 2
        width = self.column_width(day_index) - COLUMN_GAP - 3
        height = max(6.0, length * self.pixels_per_minute)
        return QRectF(x + 1, self.minute_to_y(minute), width, height)

    def _paint_ghost(self, painter: QPainter, block: Block) -> None:
        assert self._drag_target is not None
        start = self._drag_target[1]
        rect = self._ghost_rect(block, self._drag_target)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlphaF(0.18)
        painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        label = (
            f"{in_zone(start, self.zone):%H:%M} {abbreviation(start, self.zone)}"
            f" · {in_zone(start, self.second_zone):%H:%M} "
            f"{abbreviation(start, self.second_zone)}"
        )
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(highlight.darker(130))
        painter.drawText(rect.adjusted(8, 2, -4, -2),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)  # fmt: skip

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
        self._drag_target = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            return
        origin, block = self._press
        moved = event.position() - origin
        if self._drag_target is None and (
            moved.manhattanLength() < QApplication.startDragDistance()
        ):
            return
        target = self._target_for(block, event.position())
        if target == self._drag_target:
            return
        dirty = self._ghost_rect(block, target)
        if self._drag_target is not None:
            dirty = dirty.united(self._ghost_rect(block, self._drag_target))
        self._drag_target = target
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
        press, target = self._press, self._drag_target
        self._press = None
        self._drag_target = None
        if press is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.update()
        if target is not None:
            block = press[1]
            if target[1] != block.event.starts_at:
                self.move_requested.emit(block.event_id, target[1])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None and event.button() == Qt.MouseButton.LeftButton:
            self._select(block.event_id)
            self.activated.emit(block.event_id)

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
            self._drag_target = None
            self.update()
        elif (
            key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and event.modifiers() & Qt.KeyboardModifier.AltModifier
            and self.selected_id
        ):  # move the chosen event by five minutes from the keyboard
            block = next((b for b in self.blocks if b.event_id == self.selected_id), None)
            if block is not None:
                step = timedelta(minutes=SNAP_MINUTES if key == Qt.Key.Key_Down else -SNAP_MINUTES)
                self.move_requested.emit(block.event_id, block.event.starts_at + step)
        elif key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.blocks:
            ordered = sorted(self.blocks, key=lambda b: (b.placed.day_index, b.rect.top(),
                                                         b.rect.left()))  # fmt: skip
            ids = [b.event_id for b in ordered]
            step = 1 if key == Qt.Key.Key_Down else -1
            index = ids.index(self.selected_id) + step if self.selected_id in ids else 0
            self._select(ids[index % len(ids)])
        else:
            super().keyPressEvent(event)

    def _select(self, event_id: int) -> None:
        if event_id != self.selected_id:
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
        lines = [event.title, format_span(event.starts_at, event.ends_at, self.zone)]
        if self.second_zone != self.zone:
            lines.append(
                "Starts " + format_side_by_side(event.starts_at, self.zone, self.second_zone)
            )
        venue = self.venues.get(event.venue_id or -1)
        if venue is not None:
            room = venue.room(event.room_id)
            lines.append(venue.name + (f", {room.name}" if room else ""))
        lines.append(f"{event.kind.value.capitalize()} · {event.classification.value} · "
                     f"{event.status.value}")  # fmt: skip
        return "\n".join(lines)

    def zone_titles(self) -> tuple[str, str]:
        day = self.days[0] if self.days else date.today()
        start, _ = day_bounds(day, self.zone)
        noon = start + timedelta(hours=12)
        return (
            f"{abbreviation(noon, self.zone)}\n{zone_label(self.zone)}",
            f"{abbreviation(noon, self.second_zone)}\n{zone_label(self.second_zone)}",
        )


def wrap(metrics: QFontMetricsF, text: str, widths: list[float], max_lines: int) -> list[str]:
    """``text`` broken into at most ``max_lines`` lines; line i is at most ``widths[i]`` wide
    (the last width repeats); the last line is elided."""
    words = text.split()
    lines: list[str] = []
    while words and len(lines) < max_lines:
        width = widths[min(len(lines), len(widths) - 1)]
        if len(lines) == max_lines - 1:
            lines.append(metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width))
            break
        line = words.pop(0)
        if metrics.horizontalAdvance(line) > width:  # a long word in a narrow block: break it
            cut = max(1, next((n for n in range(len(line), 0, -1)
                               if metrics.horizontalAdvance(line[:n]) <= width), 1))  # fmt: skip
            line, rest = line[:cut], line[cut:]
            if rest:
                words.insert(0, rest)
            lines.append(line)
            continue
        while words and metrics.horizontalAdvance(line + " " + words[0]) <= width:
            line += " " + words.pop(0)
        lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
    return lines
