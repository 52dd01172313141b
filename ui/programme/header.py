"""The strip above the timeline: zone names over the rulers, day names over columns,
and the legend of colours and marks."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from models.entities import EventKind
from ui.programme.canvas import TimelineCanvas
from ui.programme.painting import RULER_WIDTH, draw_warning, fill
from ui.programme.style import (
    CONFIDENTIAL_COLOUR,
    KIND_LABELS,
    RESTRICTED_COLOUR,
    draw_lock,
    fill_colour,
    kind_colour,
    readable,
)


class DayHeader(QWidget):
    """Zone titles over the two rulers and one title per day, aligned with the canvas."""

    def __init__(self, canvas: TimelineCanvas, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.setAccessibleName("Days and time zones")
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
            label = f"{day:%A} {day.day} {day:%B}"
            if len(canvas.days) > 1:
                label = f"{day:%a} {day.day} {day:%b}"
            if QFontMetricsF(big).horizontalAdvance(label) > rect.width():
                label = f"{day:%a} {day.day}"
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             label)  # fmt: skip
        painter.setPen(QPen(faint, 1))
        painter.drawLine(QPointF(0, height - 0.5), QPointF(self.width(), height - 0.5))
        painter.end()


class Legend(QWidget):
    """What the colours and marks on the blocks mean."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Legend")
        self.setAccessibleDescription(
            "Colours: " + ", ".join(KIND_LABELS.values()) + ". A padlock and hatched edge mark "
            "confidential events; cancelled events are faded and struck through; "
            "dashed outlines are tentative; a warning triangle marks an event that clashes."
        )
        self._entries: list[tuple[str, str]] = [("kind", k.value) for k in EventKind]
        self._entries += [("confidential", "Confidential"), ("restricted", "Restricted (R)"),
                          ("tentative", "Tentative"), ("cancelled", "Cancelled"),
                          ("clash", "Clash")]  # fmt: skip

    def _items(self) -> list[tuple[str, str, float]]:
        metrics = QFontMetricsF(self.font())
        out = []
        for what, value in self._entries:
            label = KIND_LABELS[EventKind(value)] if what == "kind" else value
            out.append((what, value, 22 + metrics.horizontalAdvance(label) + 16))
        return out

    def sizeHint(self) -> QSize:
        width = sum(w for *_, w in self._items())
        return QSize(int(width), int(QFontMetricsF(self.font()).height() + 10))

    def minimumSizeHint(self) -> QSize:
        return QSize(100, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = QFontMetricsF(self.font())
        x = 2.0
        mid = self.height() / 2
        for what, value, width in self._items():
            swatch = QRectF(x, mid - 7, 16, 14)
            label = value
            if what == "kind":
                kind = EventKind(value)
                label = KIND_LABELS[kind]
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
                label = "Restricted (R)"
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
            x += width
            if x > self.width():
                break
        painter.end()
