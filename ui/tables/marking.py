"""Confidential and restricted rows of the events table, marked as the timeline marks them.

The timeline draws a padlock and the word CONFIDENTIAL in red (RESTRICTED in
amber); the table shows the same padlock beside the title, the marking word
in the same colour (bold) in the classification column, and says it in the
cells' accessible text, so a screen reader hears "Confidential: …" first.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap

from models.entities import Classification, Event
from ui.programme.style import draw_lock, marking, on_dark, readable

ICON_SIZE = 16


@cache
def _lock(colour: str, dark: bool) -> QIcon:
    pixmap = QPixmap(2 * ICON_SIZE, 2 * ICON_SIZE)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_lock(painter, 2, 1, ICON_SIZE - 3, QColor(colour))
    painter.end()
    return QIcon(pixmap)


def _dark() -> bool:
    return on_dark(QGuiApplication.palette())


def mark_colour(classification: Classification) -> QColor | None:
    """The marking's colour, lighter on a dark background; None for public events."""
    mark = marking(classification)
    if mark is None:
        return None
    return readable(mark[1].name(), QGuiApplication.palette())


def mark_word(classification: Classification) -> str:
    """CONFIDENTIAL / RESTRICTED in the interface language ("" for public events)."""
    mark = marking(classification)
    return QCoreApplication.translate("Marking", mark[0]) if mark else ""


def lock_icon(classification: Classification) -> QIcon | None:
    colour = mark_colour(classification)
    if colour is None:
        return None
    return _lock(colour.name(), _dark())


def cell_role(event: Event, column: str, role: int, shown: str) -> Any:
    """What a cell of an event's row adds for ``role``: padlock, colour, bold, accessible text.

    ``column`` is the column's English title ("Title", "Classification"); ``shown``
    its display text.  None where nothing is added.
    """
    if event.classification is Classification.PUBLIC:
        return None
    if role == Qt.ItemDataRole.DecorationRole and column in ("Title", "Classification"):
        return lock_icon(event.classification)
    if column != "Classification" and column != "Title":
        return None
    if role == Qt.ItemDataRole.ForegroundRole and column == "Classification":
        return mark_colour(event.classification)
    if role == Qt.ItemDataRole.FontRole and column == "Classification":
        font = QFont()
        font.setBold(True)
        return font
    if role == Qt.ItemDataRole.AccessibleTextRole:
        return f"{mark_word(event.classification)}: {shown}"
    return None
