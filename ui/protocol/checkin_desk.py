"""The check-in desk: a large scan field, a big green or red answer, live counts.

A keyboard-wedge scanner types the badge's token and presses Enter; a person
at the desk may instead type part of a name (Latin or Japanese script) and
pick from the live list.  Every arrival is recorded at once, offline, and is
undoable (Undo, or Ctrl+Z in the window).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Slot
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import locale_text
from models.protocol.checkin import CheckInResult
from models.protocol.service import ProtocolDesk
from models.timezones import in_zone
from ui.core_text import core_text
from ui.i18n import current_language, tr
from ui.layout_fit import fit_to_screen
from ui.session import Session

GREEN = "#1b7f3b"
RED = "#b00020"
PERSON_ROLE = Qt.ItemDataRole.UserRole


def checkin_label(person: Any) -> str:
    """``Ms Kaori Abe  阿部 香織`` (the name staff hear, then the Japanese form); in Japanese
    ``阿部 香織  Abe Kaori``: the family name first in both scripts."""
    if current_language() == "ja":
        latin = locale_text.person_name(person.family_name, person.given_name, "ja")
        return f"{person.name_japanese}  {latin}" if person.name_japanese else latin
    label = str(person.display_name or person.family_name)
    return f"{label}  {person.name_japanese}" if person.name_japanese else label


RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class CheckInDesk(QDialog):
    """One event's arrivals; stays open beside the window."""

    def __init__(self, session: Session, event_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(tr("Protocol", "Check-in desk"))
        self.setAccessibleName(tr("Protocol", "Check-in desk"))
        self._undo_names: dict[str, str] = {}  # undo text → the name checked in
        fit_to_screen(self, QSize(900, 640))  # a 1024×640 laptop shows it whole
        self.last: CheckInResult | None = None
        layout = QVBoxLayout(self)

        self.event_box = QComboBox()
        self.event_box.setAccessibleName(tr("Protocol", "Event"))
        for event in session.desk.events():
            if not event.is_cancelled:
                self.event_box.addItem(event.title, event.id)
        if event_id is not None:
            self.event_box.setCurrentIndex(max(0, self.event_box.findData(event_id)))
        self.event_box.currentIndexChanged.connect(self._event_changed)
        layout.addWidget(self.event_box)

        big = QFont(self.font())
        big.setPointSize(22)
        self.scan = QLineEdit()
        self.scan.setObjectName("scan-field")
        self.scan.setAccessibleName(tr("Protocol", "Scan a badge or type a name"))
        self.scan.setPlaceholderText(tr("Protocol", "Scan a badge, or type a name and press Enter"))
        self.scan.setFont(big)
        self.scan.setMinimumHeight(56)
        self.scan.textEdited.connect(self._search)
        self.scan.returnPressed.connect(self.submit)
        layout.addWidget(self.scan)

        self.answer = QLabel(tr("Protocol", "Ready"))
        self.answer.setObjectName("answer")
        self.answer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.answer.setWordWrap(True)
        self.answer.setMinimumHeight(110)
        answer_font = QFont(self.font())
        answer_font.setPointSize(24)
        self.answer.setFont(answer_font)
        self._paint(tr("Protocol", "Ready"), "#5f6b7a")
        layout.addWidget(self.answer)

        row = QHBoxLayout()
        self.matches = QListWidget()
        self.matches.setAccessibleName(tr("Protocol", "People expected"))
        self.matches.itemActivated.connect(self._pick)
        row.addWidget(self.matches, 3)
        self.counts = QTableWidget(0, 3)
        self.counts.setAccessibleName(tr("Protocol", "Arrivals by delegation"))
        self.counts.setHorizontalHeaderLabels(
            [tr("Protocol", "Delegation"), tr("Protocol", "Arrived"), tr("Protocol", "Expected")]
        )
        self.counts.verticalHeader().hide()
        self.counts.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.counts.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        row.addWidget(self.counts, 3)
        layout.addLayout(row, 1)

        buttons = QHBoxLayout()
        self.undo_button = QPushButton(tr("Protocol", "Undo last check-in"))
        # Enter belongs to the scan field: no button may be the dialog's default.
        self.undo_button.setAutoDefault(False)
        self.undo_button.clicked.connect(self.undo)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        close = QPushButton(tr("Protocol", "Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)

        session.changed.connect(self._refresh)
        self._refresh()
        self.scan.setFocus()

    @property
    def core(self) -> ProtocolDesk:
        return ProtocolDesk(self.session.desk)

    @property
    def event_id(self) -> int:
        return int(self.event_box.currentData() or 0)

    # -- checking in --------------------------------------------------------------

    @Slot()
    def submit(self) -> None:
        """Enter in the scan field: a badge's token, or the one person the name matches."""
        text = self.scan.text().strip()
        if not text or not self.event_id:
            return
        if self.session.desk.store.find_badge_token(text) is not None:
            self._record(self.core.check_in(self.event_id, text))
            return
        current = self.matches.currentItem() or (
            self.matches.item(0) if self.matches.count() == 1 else None
        )
        if current is not None and self.matches.count() >= 1:
            self._pick(current)
            return
        if " " not in text and len(text) >= 12:  # looks like a token nobody issued
            self._record(self.core.check_in(self.event_id, text))
            return
        self._paint(tr("Protocol", "Nobody expected matches “{text}”: not on the list")
                    .format(text=text), RED)  # fmt: skip

    @Slot(QListWidgetItem)
    def _pick(self, item: QListWidgetItem) -> None:
        person_id = item.data(PERSON_ROLE)
        if person_id:
            self._record(self.core.check_in_person(self.event_id, int(person_id)))

    def _record(self, result: CheckInResult) -> None:
        self.last = result
        self._paint(core_text(result.message()), GREEN if result.outcome.welcome else RED)
        if result.recorded:
            core = self.core

            def nothing() -> None:
                return None

            text = tr("Protocol", "Check in {name}").format(name=result.name)
            self._undo_names[text] = result.name
            self.session.push(
                text,
                nothing,
                lambda: core.undo_check_in(result),
                ("protocol",),
                redo=lambda: core.redo_check_in(result),
            )
        self.scan.clear()
        self._refresh()
        self.scan.setFocus()

    @Slot()
    def undo(self) -> None:
        stack = self.session.undo_stack
        name = self._undo_names.get(stack.undoText()) if stack.canUndo() else None
        if name is not None:
            stack.undo()
            self._paint(tr("Protocol", "Check-in of {name} undone").format(name=name), "#5f6b7a")

    # -- showing ----------------------------------------------------------------------

    def _paint(self, text: str, colour: str) -> None:
        self.answer.setText(text)
        self.answer.setStyleSheet(
            f"QLabel#answer {{ background: {colour}; color: white; border-radius: 8px; "
            "padding: 12px; }"
        )

    @Slot(str)
    def _search(self, text: str) -> None:
        self._fill_matches(text)

    def _fill_matches(self, text: str) -> None:
        self.matches.clear()
        if not self.event_id:
            return
        arrived = {c.person_id: c.arrived_at for c in self.core.checkins(self.event_id)}
        zone = self.session.desk.event(self.event_id).timezone
        for person in self.core.expected(self.event_id, text)[:200]:
            label = checkin_label(person)
            when = arrived.get(person.id or 0)
            if when is not None:
                label += "  — " + tr("Protocol", "arrived {time}").format(
                    time=f"{in_zone(when, zone):%H:%M}"
                )
            item = QListWidgetItem(label)
            item.setData(PERSON_ROLE, person.id)
            self.matches.addItem(item)
        if self.matches.count():
            self.matches.setCurrentRow(0 if text.strip() else -1)

    @Slot()
    def _event_changed(self) -> None:
        self._paint(tr("Protocol", "Ready"), "#5f6b7a")
        self._refresh()

    @Slot(tuple)
    def _refresh(self, kinds: tuple[str, ...] = ()) -> None:
        if not self.event_id:
            return
        counts = self.core.counts(self.event_id)
        total_arrived = sum(c.arrived for c in counts)
        total_expected = sum(c.expected for c in counts)
        rows = [(core_text(c.name), c.arrived, c.expected) for c in counts]
        rows.append((tr("Protocol", "All"), total_arrived, total_expected))
        self.counts.setRowCount(len(rows))
        for r, (name, arrived, expected) in enumerate(rows):
            for c, value in enumerate((name, str(arrived), str(expected))):
                cell = QTableWidgetItem(value)
                if c:
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.counts.setItem(r, c, cell)
        self._fill_matches(self.scan.text())


def open_checkin_desk(
    session: Session, event_id: int | None, parent: QWidget | None
) -> CheckInDesk:
    desk = CheckInDesk(session, event_id, parent)
    desk.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    desk.show()
    return desk
