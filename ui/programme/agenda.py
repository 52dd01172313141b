"""The programme as a compact list: one row per event, in time order.

Beside the timeline (the Agenda button, View ▸ Agenda): when, what, where (the
room first, then the venue), how many attend, and whether it clashes.  The
same days as the timeline; a double-click or Enter opens the event.  Titles go
through :func:`ui.privacy.shown_title` like everywhere else.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from models.entities import Event, EventStatus, Venue
from models.locale_text import short_date
from models.timezones import in_zone
from ui.i18n import current_language, tr
from ui.privacy import mask, shown_title
from ui.programme.style import kind_label, value_word

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    QT_TRANSLATE_NOOP("Agenda", "When"),
    QT_TRANSLATE_NOOP("Agenda", "Title"),
    QT_TRANSLATE_NOOP("Agenda", "Room and venue"),
    QT_TRANSLATE_NOOP("Agenda", "Attendees"),
    QT_TRANSLATE_NOOP("Agenda", "Clash"),
)
WHEN, TITLE, WHERE, ATTENDEES, CLASH = range(len(COLUMNS))
#: The role under which a row gives its event's id.
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole


class AgendaModel(QAbstractTableModel):
    """The events of the shown days, by start time."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._events: list[Event] = []
        self._venues: Mapping[int, Venue] = {}
        self._notes: Mapping[int, list[str]] = {}
        self._zone = "Asia/Kolkata"
        self._several_days = False

    def set_events(
        self,
        events: list[Event],
        venues: Mapping[int, Venue],
        zone: str,
        several_days: bool,
    ) -> None:
        self.beginResetModel()
        self._events = sorted(
            (e for e in events if (e.id or 0) > 0), key=lambda e: (e.starts_at, e.ends_at, e.id)
        )
        self._venues = venues
        self._zone = zone
        self._several_days = several_days
        self.endResetModel()

    def set_clash_notes(self, notes: Mapping[int, list[str]]) -> None:
        self._notes = notes
        if self._events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._events) - 1, CLASH))

    def titles_changed(self) -> None:
        """Privacy mode switched: the titles and clash notes read differently."""
        if self._events:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._events) - 1, CLASH))

    def event_at(self, row: int) -> Event:
        return self._events[row]

    def row_of(self, event_id: int) -> int | None:
        return next((n for n, e in enumerate(self._events) if e.id == event_id), None)

    # -- Qt's model interface -------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("Agenda", COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._events):
            return None
        event = self._events[index.row()]
        column = index.column()
        if role == EVENT_ID_ROLE:
            return int(event.id or 0)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(event, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == CLASH:
                return "\n".join(mask(note) for note in self._notes.get(int(event.id or 0), []))
            if column == TITLE:
                return f"{shown_title(event)}\n{kind_label(event.kind)} · " + value_word(
                    event.classification.value
                )
            return self._text(event, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ATTENDEES, CLASH):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and column == TITLE and event.is_cancelled:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and event.is_cancelled:
            return QColor(QPalette().color(QPalette.ColorRole.PlaceholderText))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == CLASH:
            notes = self._notes.get(int(event.id or 0), [])
            return mask(notes[0]) if notes else tr("Agenda", "No clash")
        if (
            role
            in (
                Qt.ItemDataRole.DecorationRole,
                Qt.ItemDataRole.AccessibleTextRole,
            )
            and column == TITLE
        ):
            # the record tables' package is loaded when first needed, not at start
            from ui.tables.marking import cell_role

            return cell_role(event, "Title", role, shown_title(event))
        return None

    def _text(self, event: Event, column: int) -> str:
        if column == WHEN:
            a, b = in_zone(event.starts_at, self._zone), in_zone(event.ends_at, self._zone)
            text = f"{a:%H:%M}–{b:%H:%M}"
            if self._several_days:
                text = f"{short_date(a.date(), current_language())}  {text}"
            return text
        if column == TITLE:
            title = shown_title(event)
            if event.is_cancelled:
                return f"{title} ({value_word(EventStatus.CANCELLED.value)})"
            if event.status is EventStatus.TENTATIVE:
                return f"{title} ({value_word(EventStatus.TENTATIVE.value)})"
            return title
        if column == WHERE:
            venue = self._venues.get(event.venue_id or -1)
            if venue is None:
                return ""
            room = venue.room(event.room_id)
            return f"{room.name} · {venue.name}" if room is not None else venue.name
        if column == ATTENDEES:
            return str(len(event.participations))
        if column == CLASH:
            return "⚠" if self._notes.get(int(event.id or 0)) else ""
        return ""


class AgendaView(QTableView):
    """The agenda's table: reports the chosen event and asks for one to be opened."""

    selected = Signal(int)  # event id, 0 when nothing is chosen
    activated = Signal(int)  # double-click or Enter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.agenda = AgendaModel(self)
        self.setModel(self.agenda)
        self.setObjectName("agenda")
        self.setAccessibleName(tr("Agenda", "Agenda: the events of the days shown, in time order"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ATTENDEES, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CLASH, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(WHERE, 300)
        self.doubleClicked.connect(self._open)
        self.selectionModel().currentRowChanged.connect(self._chosen)

    def chosen_id(self) -> int:
        index = self.currentIndex()
        return int(index.data(EVENT_ID_ROLE) or 0) if index.isValid() else 0

    def choose(self, event_id: int) -> None:
        row = self.agenda.row_of(event_id)
        if row is not None:
            self.setCurrentIndex(self.agenda.index(row, TITLE))

    @Slot(QModelIndex)
    def _open(self, index: QModelIndex) -> None:
        event_id = int(index.data(EVENT_ID_ROLE) or 0)
        if event_id:
            self.activated.emit(event_id)

    @Slot(QModelIndex, QModelIndex)
    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected.emit(int(current.data(EVENT_ID_ROLE) or 0) if current.isValid() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.chosen_id():
            self.activated.emit(self.chosen_id())
            return
        super().keyPressEvent(event)
