"""The agenda: items with a time span, a title and a speaker."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.entities import AgendaItem, Event
from models.errors import ValidationError
from models.time_fields import agenda_time
from ui.event_editor_tabs.common import EditorContext, time_hint
from ui.i18n import tr

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Starts"),
    QT_TRANSLATE_NOOP("Columns", "Ends"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Speaker"),
    QT_TRANSLATE_NOOP("Columns", "Speaker note"),
)
SPEAKER_COLUMN = 3


class AgendaTab(QWidget):
    edited = Signal()

    def __init__(self, context: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr("Columns", c) for c in COLUMNS])
        self.table.setAccessibleName(tr("Agenda", "Agenda"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 90)
        self.table.setColumnWidth(1, 90)
        self.table.setColumnWidth(SPEAKER_COLUMN, 190)
        self.table.setColumnWidth(4, 190)
        self.table.setWordWrap(False)
        hint = QLabel(
            tr(
                "Agenda",
                "Times are in the venue's zone: 10:30 on the event's day, or {example}.",
            ).format(example=time_hint().replace("10:00", "10:30"))
        )
        hint.setWordWrap(True)
        self.add = QPushButton(tr("Agenda", "Add &item"))
        self.add.setAccessibleName(tr("Agenda", "Add an agenda item"))
        self.remove = QPushButton(tr("Agenda", "Remove item"))
        self.remove.setAccessibleName(tr("Agenda", "Remove the chosen agenda items"))
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.add.clicked.connect(self.add_item)
        self.remove.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(self.edited)
        self._event_start: datetime | None = None
        self._event_end: datetime | None = None

    def load(self, event: Event) -> None:
        self._event_start, self._event_end = event.starts_at, event.ends_at
        self.table.setRowCount(0)
        for item in event.agenda:
            self._append(item.starts_at, item.ends_at, item.title, item.speaker_id,
                         item.speaker_note)  # fmt: skip

    def _append(self, start: datetime, end: datetime, title: str, speaker: int | None,
                note: str) -> None:  # fmt: skip
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (self.context.show(start, False), self.context.show(end, False), title)
        for column, text in enumerate(values):
            self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setItem(row, 4, QTableWidgetItem(note))
        box = QComboBox()
        box.setAccessibleName(tr("Agenda", "Speaker"))
        self.table.setCellWidget(row, SPEAKER_COLUMN, box)
        self._fill_speakers(box, speaker)
        box.currentIndexChanged.connect(self.edited)
        self.table.blockSignals(False)
        self.edited.emit()

    def _fill_speakers(self, box: QComboBox, chosen: int | None) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(tr("Agenda", "(nobody listed)"), None)
        ids = list(self.context.attendee_ids)
        if chosen is not None and chosen not in ids:
            ids.append(chosen)
        for person_id in ids:
            box.addItem(self.context.name(person_id), person_id)
        box.setCurrentIndex(max(0, box.findData(chosen)))
        box.blockSignals(False)

    def attendees_changed(self) -> None:
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, SPEAKER_COLUMN)
            if isinstance(box, QComboBox):
                self._fill_speakers(box, box.currentData())

    def follow_start(self, previous: datetime, new: datetime) -> None:
        """The event moved: its agenda moves with it."""
        self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            for column in (0, 1):
                item = self.table.item(row, column)
                if item is not None:
                    what = agenda_time(row, self._text(row, 2), end=column == 1)
                    item.setText(self.context.shifted(item.text(), previous, new, what))
        self.table.blockSignals(False)

    def set_event_span(self, start: datetime | None, end: datetime | None) -> None:
        self._event_start, self._event_end = start, end

    @Slot()
    def add_item(self) -> None:
        start = self._event_start or self.context.session.desk.clock.now()
        if self.table.rowCount():
            with contextlib.suppress(ValidationError):
                last = self.table.rowCount() - 1
                what = agenda_time(last, self._text(last, 2), end=True)
                start = self.context.parse(self._text(last, 1), what)
        end = start + timedelta(minutes=30)
        if self._event_end is not None and start < self._event_end < end:
            end = self._event_end
        self._append(start, end, "", None, "")
        self.table.setCurrentCell(self.table.rowCount() - 1, 2)
        title = self.table.item(self.table.rowCount() - 1, 2)
        if title is not None:
            self.table.editItem(title)

    @Slot()
    def _remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.edited.emit()

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    def apply(self, event: Event, problems: list[str]) -> Event:
        old = {i: a for i, a in enumerate(event.agenda)}
        items = []
        for row in range(self.table.rowCount()):
            title = self._text(row, 2)
            try:
                start = self.context.parse(self._text(row, 0), agenda_time(row, title, end=False))
                end = self.context.parse(self._text(row, 1), agenda_time(row, title, end=True))
            except ValidationError as error:
                problems.extend(error.problems)
                continue
            box = self.table.cellWidget(row, SPEAKER_COLUMN)
            speaker = box.currentData() if isinstance(box, QComboBox) else None
            base = old.get(row)
            item = AgendaItem(starts_at=start, ends_at=end, title=title, speaker_id=speaker,
                              speaker_note=self._text(row, 4))  # fmt: skip
            items.append(replace(item, id=base.id) if base is not None else item)
        return replace(event, agenda=tuple(items))
