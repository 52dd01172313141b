"""Painting the timeline: the grid and rulers, the event blocks, the drag ghost.

Functions of the canvas (its geometry and data) and a painter; no state here.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
)

from models.entities import Classification, Event, EventStatus
from models.timezones import abbreviation, in_zone
from ui.i18n import tr
from ui.privacy import shown_title
from ui.programme.layout import day_bounds
from ui.programme.style import TEXT_COLOUR, draw_lock, fill_colour, kind_colour, marking

if TYPE_CHECKING:
    from ui.programme.canvas import Block, TimelineCanvas

RULER_WIDTH = 62
NARROWEST_TEXT = 44  # blocks narrower than this show colour and marks only
SHORTEST_TITLE = 50  # a one-line block leaves the title at least this much room
CLASH_COLOUR = "#e8590c"
NOW_COLOUR = "#d32f2f"


def fill(painter: QPainter, rect: QRectF, colour: QColor) -> None:
    """Fill ``rect`` with ``colour``, leaving the painter without pen or brush.

    Not ``QPainter.fillRect``: choosing among its overloads makes PySide build
    the Python types of ``QGradient`` (a few milliseconds at start-up).
    """
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRect(rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)


def paint_grid(canvas: TimelineCanvas, painter: QPainter, palette: QPalette) -> None:
    text = palette.color(QPalette.ColorRole.Text)
    faint = QColor(text)
    faint.setAlphaF(0.12)
    half = QColor(text)
    half.setAlphaF(0.05)
    muted = QColor(text)
    muted.setAlphaF(0.62)
    ruler_bg = palette.color(QPalette.ColorRole.AlternateBase)
    bottom = canvas.minute_to_y(canvas.last_hour * 60)
    fill(painter, QRectF(0, 0, canvas.rulers_width, canvas.height()), ruler_bg)
    painter.setPen(QPen(faint, 1))
    painter.drawLine(QPointF(RULER_WIDTH, 0), QPointF(RULER_WIDTH, canvas.height()))
    for index in range(len(canvas.days)):
        x = canvas.column_left(index)
        painter.drawLine(QPointF(x, 0), QPointF(x, canvas.height()))
    font = QFont(canvas.font())
    font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    day = canvas.days[0] if canvas.days else date.today()
    start, _ = day_bounds(day, canvas.zone)
    for hour in range(canvas.first_hour, canvas.last_hour + 1):
        y = canvas.minute_to_y(hour * 60)
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(canvas.rulers_width, y), QPointF(canvas.width(), y))
        if hour < canvas.last_hour:
            painter.setPen(QPen(half, 1, Qt.PenStyle.DashLine))
            mid = canvas.minute_to_y(hour * 60 + 30)
            painter.drawLine(QPointF(canvas.rulers_width, mid), QPointF(canvas.width(), mid))
        if hour == canvas.last_hour:
            continue
        instant = start + timedelta(minutes=hour * 60)
        main = f"{in_zone(instant, canvas.zone):%H:%M}"
        other = f"{in_zone(instant, canvas.second_zone):%H:%M}"
        label_y = y + metrics.ascent() + 1
        painter.setPen(text)
        painter.drawText(QPointF(RULER_WIDTH - 8 - metrics.horizontalAdvance(main), label_y),
                         main)  # fmt: skip
        painter.setPen(muted)
        painter.drawText(
            QPointF(2 * RULER_WIDTH - 8 - metrics.horizontalAdvance(other), label_y), other
        )
    painter.setPen(QPen(faint, 1))
    painter.drawLine(QPointF(0, bottom), QPointF(canvas.width(), bottom))


def paint_block(canvas: TimelineCanvas, painter: QPainter, block: Block, selected: bool) -> None:
    event = block.event
    rect = block.rect
    colour = kind_colour(event.kind)
    painter.save()
    if event.is_cancelled:
        painter.setOpacity(0.45)
    elif block.event_id < 0:  # a scheduler's proposal, not yet in the programme
        painter.setOpacity(0.55)
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
        border = QPen(canvas.palette().color(QPalette.ColorRole.Highlight), 2.6)
    if block.event_id < 0:
        border = QPen(colour.darker(130), 1.6, Qt.PenStyle.DotLine)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(border)
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    _paint_block_text(canvas, painter, block, mark)
    triangle = warning_rect(canvas, block)
    if triangle is not None:
        draw_warning(painter, triangle.left(), triangle.top(), triangle.width())
    painter.restore()


def draw_warning(painter: QPainter, x: float, y: float, size: float) -> None:
    """A filled triangle with an exclamation mark: this event clashes."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    triangle = QPolygonF([QPointF(x + size / 2, y), QPointF(x + size, y + size),
                          QPointF(x, y + size)])  # fmt: skip
    painter.setPen(QPen(QColor("#7a1d00"), 1))
    painter.setBrush(QColor(CLASH_COLOUR))
    painter.drawPolygon(triangle)
    painter.setPen(QPen(QColor("white"), max(1.2, size / 8)))
    painter.drawLine(QPointF(x + size / 2, y + size * 0.35), QPointF(x + size / 2, y + size * 0.7))
    painter.drawPoint(QPointF(x + size / 2, y + size * 0.85))
    painter.restore()


def paint_now(canvas: TimelineCanvas, painter: QPainter) -> None:
    """A line across today's column at the present time."""
    now = canvas.now
    if now is None:
        return
    for index, day in enumerate(canvas.days):
        start, end = day_bounds(day, canvas.zone)
        if start <= now < end:
            y = canvas.minute_to_y((now - start).total_seconds() / 60)
            left = canvas.column_left(index)
            right = left + canvas.column_width(index)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(QColor(NOW_COLOUR), 1.6))
            painter.drawLine(QPointF(left, y), QPointF(right, y))
            painter.setBrush(QColor(NOW_COLOUR))
            painter.drawEllipse(QPointF(left + 1, y), 3.5, 3.5)
            painter.restore()


class TextLine(NamedTuple):
    """One line of a block's text: where its baseline starts, and how wide it may be."""

    text: str
    font: QFont
    x: float
    baseline: float
    width: float  # the room it was fitted to

    def rect(self) -> QRectF:
        """Where the line's ink can be (its advance, its font's height)."""
        metrics = QFontMetricsF(self.font)
        advance = min(self.width, metrics.horizontalAdvance(self.text))
        return QRectF(self.x, self.baseline - metrics.ascent(), advance, metrics.height())


def warning_rect(canvas: TimelineCanvas, block: Block) -> QRectF | None:
    """Where a clashing block's warning triangle goes (bottom right); None when it has none."""
    rect = block.rect
    if block.event_id not in canvas.clash_notes or rect.height() < 10:
        return None
    size = max(4.0, min(14.0, rect.height() - 4, rect.width() - 8))
    confidential = block.event.classification is Classification.CONFIDENTIAL
    x = rect.right() - size - (9 if confidential else 3)
    return QRectF(x, rect.bottom() - size - 2, size, size)


def block_fonts(canvas: TimelineCanvas, event: Event) -> tuple[QFont, QFont]:
    """The title's font (bold) and the details' font (smaller)."""
    base = QFont(canvas.font())
    small = QFont(base)
    small.setPointSizeF(max(6.5, base.pointSizeF() * 0.82))
    title_font = QFont(base)
    title_font.setBold(True)
    title_font.setPointSizeF(max(7.0, base.pointSizeF() * 0.92))
    title_font.setStrikeOut(event.is_cancelled)
    return title_font, small


def block_text(canvas: TimelineCanvas, block: Block, marks_width: float = 0.0) -> list[TextLine]:
    """The lines of a block's text, fitted around the marks (``marks_width`` at the top
    right) and the clash triangle (bottom right): the title wrapped at word boundaries,
    then the time with the room, the venue, the attendees — as many as fit."""
    event = block.event
    mark = marking(event.classification)
    rect = block.rect.adjusted(8, 2, -10 if mark else -4, -2)
    if rect.height() < 9 or block.rect.width() < NARROWEST_TEXT:
        return []
    title_font, small = block_fonts(canvas, event)
    small_metrics = QFontMetricsF(small)
    title_metrics = QFontMetricsF(title_font)
    triangle = warning_rect(canvas, block)

    def room(top: float, height: float, first: bool = False) -> float:
        """The width free for a line from ``top``: less beside the marks and the triangle."""
        right = rect.right() - (marks_width if first else 0.0)
        if triangle is not None and top + height > triangle.top():
            right = min(right, triangle.left() - 3)
        return max(0.0, right - rect.left())

    lines: list[TextLine] = []
    y = rect.top()
    details = [_time_line(canvas, event)]
    venue = canvas.venues.get(event.venue_id or -1)
    room_of = venue.room(event.room_id) if venue is not None else None
    if venue is not None:
        # the time and the room first: in a short block they are what the eye needs
        if room_of is not None:
            details[0] += f" · {room_of.name}"
        details.append(venue.name)
    if event.participations:
        count = len(event.participations)
        details.append(tr("Timeline", "%n attendee(s)", None, count))
    if _one_line(rect, title_metrics, small_metrics):
        # one line only: its start time and room, then the title
        width = room(y, title_metrics.height(), True)
        start = f"{in_zone(event.starts_at, canvas.zone):%H:%M}"
        prefix = start + (f" · {room_of.name}" if room_of is not None else "")
        prefix_width = small_metrics.horizontalAdvance(prefix + "  ")
        if width - prefix_width >= SHORTEST_TITLE:
            baseline = y + title_metrics.ascent()
            title = title_metrics.elidedText(
                shown_title(event), Qt.TextElideMode.ElideRight, width - prefix_width
            )
            return [
                TextLine(prefix, small, rect.left(), baseline, prefix_width),
                TextLine(title, title_font, rect.left() + prefix_width, baseline,
                         width - prefix_width),
            ]  # fmt: skip
    room_for = int((rect.height() - small_metrics.height()) // title_metrics.height())
    max_lines = max(1, min(5 if block.rect.width() < 120 else 3, room_for))
    widths = [room(y + i * title_metrics.height(), title_metrics.height(), i == 0)
              for i in range(max_lines)]  # fmt: skip
    for n, text in enumerate(wrap(title_metrics, shown_title(event), widths, max_lines)):
        lines.append(TextLine(text, title_font, rect.left(), y + title_metrics.ascent(),
                              widths[n]))  # fmt: skip
        y += title_metrics.height()
    for line in details:
        if y + small_metrics.height() > rect.bottom() + 2:
            break
        width = room(y, small_metrics.height(), not lines)
        text = small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
        if text:
            lines.append(TextLine(text, small, rect.left(), y + small_metrics.ascent(), width))
        y += small_metrics.height()
    return lines


def _one_line(rect: QRectF, title: QFontMetricsF, small: QFontMetricsF) -> bool:
    """True when a block's text area holds one line only (not a title and a detail)."""
    return rect.top() + title.height() + small.height() > rect.bottom() + 2


def _paint_block_text(
    canvas: TimelineCanvas, painter: QPainter, block: Block, mark: tuple[str, QColor] | None
) -> None:
    event = block.event
    rect = block.rect.adjusted(8, 2, -10 if mark else -4, -2)
    if rect.height() < 9 or block.rect.width() < NARROWEST_TEXT:
        return
    painter.setClipRect(rect)
    title_font, small = block_fonts(canvas, event)
    small_metrics = QFontMetricsF(small)
    y = rect.top()
    # the marking first, top right, so the title is elided around it; a one-line block
    # keeps its room for the time and title (the padlock, the badge and the frame say it)
    right = rect.right()
    wide = True
    if mark is not None:
        painter.setFont(small)
        word, colour = tr("Marking", mark[0]), mark[1]
        width = small_metrics.horizontalAdvance(word)
        wide = rect.width() > width + 60 and not _one_line(
            rect, QFontMetricsF(title_font), small_metrics
        )
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
        letter = tr("Marking", mark[0])[0]
        size = small_metrics.height()
        painter.drawText(QRectF(right - size, y, size, size), Qt.AlignmentFlag.AlignCenter,
                         letter)  # fmt: skip
        right -= size + 2
    painter.setPen(QColor(TEXT_COLOUR))
    for line in block_text(canvas, block, rect.right() - right):
        painter.setFont(line.font)
        painter.drawText(QPointF(line.x, line.baseline), line.text)
    painter.setClipping(False)


def _time_line(canvas: TimelineCanvas, event: Event) -> str:
    a = in_zone(event.starts_at, canvas.zone)
    b = in_zone(event.ends_at, canvas.zone)
    text = f"{a:%H:%M}–{b:%H:%M}"
    if event.is_cancelled:
        return text + "  " + tr("Timeline", "CANCELLED")
    if event.status is EventStatus.TENTATIVE:
        return text + "  " + tr("Timeline", "(tentative)")
    return text


def paint_ghost(canvas: TimelineCanvas, painter: QPainter, block: Block) -> None:
    assert canvas.drag_target is not None
    start = canvas.drag_target[1]
    rect = canvas.ghost_rect(block, canvas.drag_target)
    highlight = canvas.palette().color(QPalette.ColorRole.Highlight)
    fill = QColor(highlight)
    fill.setAlphaF(0.18)
    painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
    painter.setBrush(fill)
    painter.drawRoundedRect(rect, 3, 3)
    label = (
        f"{in_zone(start, canvas.zone):%H:%M} {abbreviation(start, canvas.zone)}"
        f" · {in_zone(start, canvas.second_zone):%H:%M} "
        f"{abbreviation(start, canvas.second_zone)}"
    )
    font = QFont(canvas.font())
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(highlight.darker(130))
    painter.drawText(rect.adjusted(8, 2, -4, -2),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label)  # fmt: skip


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
        if metrics.horizontalAdvance(line) > width:
            if not _breaks_anywhere(line):  # a long word in a narrow block: elided, never split
                lines.append(metrics.elidedText(line, Qt.TextElideMode.ElideRight, width))
                continue
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


def _breaks_anywhere(text: str) -> bool:
    """Japanese and Chinese text (no spaces between words) may break between any two
    characters; Latin words may not."""
    return any(
        "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff" or "\uff00" <= char <= "\uffef"
        for char in text
    )
