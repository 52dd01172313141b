"""The strip above the timeline: zone names over the rulers, day names over columns,
and the legend of colours and marks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from models.entities import EventKind
from models.locale_text import short_date
from ui.i18n import current_language, tr
from ui.programme.canvas import TimelineCanvas
from ui.programme.painting import RULER_WIDTH, draw_warning, fill
from ui.programme.style import (
    CONFIDENTIAL_COLOUR,
    RESTRICTED_COLOUR,
    draw_lock,
    fill_colour,
    kind_colour,
    kind_label,
    readable,
)


class DayHeader(QWidget):
    """Zone titles over the two rulers and one title per day, aligned with the canvas."""

    def __init__(self, canvas: TimelineCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setAccessibleName(tr("Programme", "Days and time zones"))
        self.today: date | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, int(QFontMetricsF(self.font()).height() * 2.6))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        fill(painter, QRectF(self.rect()), palette.color(QPalette.ColorRole.Window))
        text = palette.color(QPalette.ColorRole.WindowText)
        faint = QColor(text)
        faint.setAlphaF(0.18)
        muted = QColor(text)
        muted.setAlphaF(0.62)
        canvas = self.canvas
        first, second = canvas.zone_titles()
        bold = QFont(self.font())
        bold.setBold(True)
        height = self.height()
        for index, (title, colour) in enumerate(((first, text), (second, muted))):
            painter.setPen(colour)
            painter.setFont(bold if index == 0 else self.font())
            rect = QRectF(index * RULER_WIDTH, 0, RULER_WIDTH - 8, height)
            painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             title)  # fmt: skip
        big = QFont(bold)
        big.setPointSizeF(bold.pointSizeF() * 1.08)
        for index, day in enumerate(canvas.days):
            left = canvas.column_left(index)
            rect = QRectF(left + 8, 0, canvas.column_width(index) - 12, height)
            painter.setPen(QPen(faint, 1))
            painter.drawLine(QPointF(left, height * 0.2), QPointF(left, height))
            painter.setFont(big)
            is_today = day == self.today
            painter.setPen(palette.color(QPalette.ColorRole.Highlight) if is_today else text)
            label = day_label(day, len(canvas.days) > 1)
            if QFontMetricsF(big).horizontalAdvance(label) > rect.width():
                label = day_label(day, narrow=True)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             label)  # fmt: skip
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(0, height - 0.5), QPointF(self.width(), height - 0.5))
        painter.end()


def day_label(day: date, short: bool = False, narrow: bool = False) -> str:
    """A column's day: ``Tuesday 1 December`` / ``Tue 1 Dec`` / ``Tue 1``; in Japanese
    ``12月1日(火)`` / ``1日(火)``."""
    if current_language() == "ja":
        full = short_date(day, "ja")
        return full.split("月", 1)[1] if narrow else full
    if narrow:
        return f"{day:%a} {day.day}"
    if short:
        return f"{day:%a} {day.day} {day:%b}"
    return f"{day:%A} {day.day} {day:%B}"


class Legend(QWidget):
    """What the colours and marks on the blocks mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(tr("Legend", "Legend"))
        self.setAccessibleDescription(
            tr("Legend", "Colours: {kinds}. A padlock and hatched edge mark confidential "
               "events; cancelled events are faded and struck through; dashed outlines are "
               "tentative; a warning triangle marks an event that clashes.").format(
                kinds=", ".join(kind_label(k) for k in EventKind))
        )  # fmt: skip
        self._entries: list[tuple[str, str]] = [("kind", k.value) for k in EventKind]
        self._entries += [("confidential", tr("Legend", "Confidential")),
                          ("restricted", tr("Legend", "Restricted (R)")),
                          ("tentative", tr("Legend", "Tentative")),
                          ("cancelled", tr("Legend", "Cancelled")),
                          ("clash", tr("Legend", "Clash"))]  # fmt: skip

    def _items(self) -> list[tuple[str, str, float]]:
        metrics = QFontMetricsF(self.font())
        out = []
        for what, value in self._entries:
            label = kind_label(EventKind(value)) if what == "kind" else value
            out.append((what, value, 22 + metrics.horizontalAdvance(label) + 16))
        return out

    def _line_height(self) -> float:
        return QFontMetricsF(self.font()).height() + 10

    def _placed(self, width: float) -> list[tuple[str, str, float, float, float]]:
        """(what, label, item width, x, row): the entries wrapped into rows of ``width``."""
        placed = []
        x, row = 2.0, 0
        for what, value, item_width in self._items():
            if x > 2.0 and x + item_width > width:
                x, row = 2.0, row + 1
            placed.append((what, value, item_width, x, row))
            x += item_width
        return placed

    def sizeHint(self) -> QSize:
        width = sum(w for *_, w in self._items())
        return QSize(int(width), int(self._line_height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, int(self._line_height()))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """Narrow windows wrap the legend onto more rows instead of cutting it off."""
        rows = 1 + max((row for *_, row in self._placed(width)), default=0)
        return int(rows * self._line_height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        line = self._line_height()
        for what, value, _width, x, row in self._placed(self.width()):
            mid = row * line + line / 2
            swatch = QRectF(x, mid - 7, 16, 14)
            label = value
            if what == "kind":
                kind = EventKind(value)
                label = kind_label(kind)
                painter.setPen(QPen(kind_colour(kind), 1))
                painter.setBrush(fill_colour(kind))
                painter.drawRoundedRect(swatch, 2, 2)
                painter.setBrush(kind_colour(kind))
                painter.drawRect(QRectF(swatch.left(), swatch.top(), 4, swatch.height()))
            elif what == "confidential":
                draw_lock(
                    painter, x + 2, mid - 6, 12, readable(CONFIDENTIAL_COLOUR, self.palette())
                )
            elif what == "restricted":
                painter.setPen(readable(RESTRICTED_COLOUR, self.palette()))
                small = QFont(self.font())
                small.setPointSizeF(self.font().pointSizeF() * 0.8)
                painter.setFont(small)
                painter.drawText(swatch, Qt.AlignmentFlag.AlignCenter, "R")
                painter.setFont(self.font())
            elif what == "tentative":
                painter.setPen(QPen(text, 1.2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRoundedRect(swatch, 2, 2)
            elif what == "clash":
                draw_warning(painter, x + 1, mid - 7, 14)
            elif what == "cancelled":
                painter.setPen(QPen(text, 1.2))
                painter.drawLine(QPointF(x, mid), QPointF(x + 16, mid))
            painter.setPen(text)
            painter.drawText(QPointF(x + 22, mid + metrics.ascent() / 2 - 1), label)
        painter.end()
