"""Editors for venues (with their rooms) and delegations (with their members)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from models import locale_text
from models.entities import Delegation, Person, Room, Venue
from models.errors import ValidationError
from models.timezones import common_zones, is_valid_zone
from ui.dialogs.base import RecordDialog
from ui.i18n import current_language, tr
from ui.session import Session


def zone_picker(parent: QWidget, current: str, accessible: str) -> QComboBox:
    """An editable combo of IANA zones that completes on any part of the name."""
    combo = QComboBox(parent)
    combo.setAccessibleName(accessible)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(common_zones())
    completer = combo.completer()
    if completer is not None:
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCurrentText(current)
    return combo


def ask_zone(parent: QWidget, title: str, label: str, current: str) -> str | None:
    """Ask for an IANA zone (completing on any part of its name); None if cancelled."""
    zones = common_zones()
    zone, ok = QInputDialog.getItem(
        parent, title, label, zones, zones.index(current) if current in zones else 0, True
    )
    zone = zone.strip()
    return zone if ok and is_valid_zone(zone) else None


def _optional_number(text: str, label: str, kind: type = int) -> float | int | None:
    text = text.strip()
    if not text:
        return None
    try:
        value: float | int = kind(text)
        return value
    except ValueError:
        problem = tr("Records", "{label} “{text}” is not a number.")
        raise ValidationError([problem.format(label=label, text=text)]) from None


class VenueDialog(RecordDialog):
    """Add or edit a venue and its rooms."""

    def __init__(
        self, session: Session, venue: Venue | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            session, tr("Records", "Edit venue") if venue else tr("Records", "Add venue"), parent
        )
        self.original = venue
        v = venue or Venue(name="", timezone="Asia/Kolkata")
        self.name = self.line(tr("Records", "&Name:"), v.name)
        self.address = self.line(tr("Records", "&Address:"), v.address)
        self.city = self.line(tr("Records", "&City:"), v.city)
        self.region = self.line(tr("Records", "&Region:"), v.region)
        self.country = self.line(
            tr("Records", "Co&untry:"), v.country, tr("Records", "two letters: IN, JP …")
        )
        self.timezone = zone_picker(self, v.timezone, tr("Records", "Time zone"))
        self.form.addRow(tr("Records", "&Time zone:"), self.timezone)
        self.capacity = self.line(
            tr("Records", "Ca&pacity:"), "" if v.capacity is None else str(v.capacity)
        )
        self.latitude = self.line(
            tr("Records", "Latitude:"), "" if v.latitude is None else str(v.latitude)
        )
        self.longitude = self.line(
            tr("Records", "Longitude:"), "" if v.longitude is None else str(v.longitude)
        )
        self.access_notes = self.text_box(tr("Records", "Acc&ess notes:"), v.access_notes)

        self.rooms = QTableWidget(0, 2, self)
        self.rooms.setAccessibleName(tr("Records", "Rooms"))
        self.rooms.setHorizontalHeaderLabels([tr("Records", "Room"), tr("Records", "Capacity")])
        self.rooms.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rooms.verticalHeader().hide()
        self.rooms.setMinimumHeight(120)
        for room in v.rooms:
            self._add_room_row(room)
        add = QPushButton(tr("Records", "Add r&oom"), self)
        add.setAccessibleName(tr("Records", "Add room"))
        add.clicked.connect(self._add_room)
        remove = QPushButton(tr("Records", "Re&move room"), self)
        remove.setAccessibleName(tr("Records", "Remove room"))
        remove.clicked.connect(self._remove_room)
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Records", "Rooms:"), self), 0, 0, 1, 2)
        grid.addWidget(self.rooms, 1, 0, 1, 2)
        grid.addWidget(add, 2, 0)
        grid.addWidget(remove, 2, 1)
        self.body.addLayout(grid)

    def _add_room_row(self, room: Room) -> None:
        row = self.rooms.rowCount()
        self.rooms.insertRow(row)
        name = QTableWidgetItem(room.name)
        name.setData(Qt.ItemDataRole.UserRole, room.id)
        self.rooms.setItem(row, 0, name)
        capacity = "" if room.capacity is None else str(room.capacity)
        self.rooms.setItem(row, 1, QTableWidgetItem(capacity))

    @Slot()
    def _add_room(self) -> None:
        self._add_room_row(Room(name=""))
        row = self.rooms.rowCount() - 1
        self.rooms.setCurrentCell(row, 0)
        item = self.rooms.item(row, 0)
        if item is not None:
            self.rooms.editItem(item)

    @Slot()
    def _remove_room(self) -> None:
        row = self.rooms.currentRow()
        if row >= 0:
            self.rooms.removeRow(row)

    def _room_list(self) -> tuple[Room, ...]:
        rooms = []
        for row in range(self.rooms.rowCount()):
            name_item = self.rooms.item(row, 0)
            cap_item = self.rooms.item(row, 1)
            name = name_item.text().strip() if name_item else ""
            room_id = name_item.data(Qt.ItemDataRole.UserRole) if name_item else None
            capacity = _optional_number(
                cap_item.text() if cap_item else "",
                tr("Records", "Room “{name}”").format(name=name),
            )
            rooms.append(Room(id=room_id, name=name, capacity=capacity))  # type: ignore[arg-type]
        return tuple(rooms)

    def record(self) -> Venue:
        base = self.original or Venue(name="", timezone="")
        return replace(
            base,
            name=self.name.text(),
            address=self.address.text().strip(),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            country=self.country.text().strip().upper(),
            timezone=self.timezone.currentText().strip(),
            capacity=_optional_number(self.capacity.text(), tr("Records", "The capacity")),  # type: ignore[arg-type]
            latitude=_optional_number(self.latitude.text(), tr("Records", "The latitude"), float),
            longitude=_optional_number(
                self.longitude.text(), tr("Records", "The longitude"), float
            ),
            access_notes=self.access_notes.toPlainText().strip(),
            rooms=self._room_list(),
        )


class DelegationDialog(RecordDialog):
    """Add or edit a delegation: name, home zone, head and members (found by search)."""

    SEARCH_LIMIT = 200

    def __init__(
        self, session: Session, delegation: Delegation | None = None,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(
            session,
            tr("Records", "Edit delegation") if delegation else tr("Records", "Add delegation"),
            parent,
        )
        self.original = delegation
        d = delegation or Delegation(name="", home_timezone="Asia/Tokyo")
        self.name = self.line(tr("Records", "&Name:"), d.name)
        self.home_timezone = zone_picker(self, d.home_timezone, tr("Records", "Home time zone"))
        self.form.addRow(tr("Records", "Home time &zone:"), self.home_timezone)
        self.head = QComboBox(self)
        self.head.setAccessibleName(tr("Records", "Head of delegation"))
        self.form.addRow(tr("Records", "&Head:"), self.head)
        self.notes = self.text_box(tr("Records", "No&tes:"), d.notes)

        self.search = QLineEdit(self)
        self.search.setAccessibleName(tr("Records", "Find people to add"))
        self.search.setPlaceholderText(tr("Records", "Find people by name, organisation or email…"))
        self.search.setClearButtonEnabled(True)
        self.found = QListWidget(self)
        self.found.setAccessibleName(tr("Records", "People found"))
        self.found.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.members = QListWidget(self)
        self.members.setAccessibleName(tr("Records", "Members"))
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        add = QPushButton(tr("Records", "&Add →"), self)
        add.setAccessibleName(tr("Records", "Add selected people"))
        remove = QPushButton(tr("Records", "← &Remove"), self)
        remove.setAccessibleName(tr("Records", "Remove selected members"))
        grid = QGridLayout()
        grid.addWidget(self.search, 0, 0)
        grid.addWidget(QLabel(tr("Records", "Members:"), self), 0, 2)
        grid.addWidget(self.found, 1, 0, 3, 1)
        grid.addWidget(add, 1, 1)
        grid.addWidget(remove, 2, 1)
        grid.addWidget(self.members, 1, 2, 3, 1)
        self.body.addLayout(grid)

        for person in session.desk.store.people_by_ids(d.member_ids):
            self._add_member(person)
        self._refresh_heads(d.head_id)
        self.search.textChanged.connect(self._search)
        self.found.itemDoubleClicked.connect(self._add_selected)
        add.clicked.connect(self._add_selected)
        remove.clicked.connect(self._remove_selected)
        self._search("")

    @staticmethod
    def _label(person: Person) -> str:
        """``Kaori Abe (阿部 香織)``; in Japanese ``阿部 香織 (Abe Kaori)``."""
        if current_language() == "ja":
            latin = locale_text.person_name(person.family_name, person.given_name, "ja")
            return f"{person.name_japanese} ({latin})" if person.name_japanese else latin
        japanese = f" ({person.name_japanese})" if person.name_japanese else ""
        return f"{person.full_name}{japanese}"

    def _member_ids(self) -> list[int]:
        return [int(self.members.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.members.count())]  # fmt: skip

    def _add_member(self, person: Person) -> None:
        if person.id in self._member_ids():
            return
        item = QListWidgetItem(self._label(person))
        item.setData(Qt.ItemDataRole.UserRole, person.id)
        self.members.addItem(item)

    def _refresh_heads(self, keep: int | None) -> None:
        self.head.clear()
        self.head.addItem(tr("Records", "(none)"), None)
        for i in range(self.members.count()):
            item = self.members.item(i)
            self.head.addItem(item.text(), item.data(Qt.ItemDataRole.UserRole))
        self.head.setCurrentIndex(max(self.head.findData(keep), 0))

    @Slot(str)
    def _search(self, text: str) -> None:
        self.found.clear()
        for person in self.session.desk.search_people(text, self.SEARCH_LIMIT):
            item = QListWidgetItem(self._label(person))
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, person)
            self.found.addItem(item)

    @Slot()
    def _add_selected(self) -> None:
        keep = self.head.currentData()
        for item in self.found.selectedItems():
            self._add_member(item.data(Qt.ItemDataRole.UserRole + 1))
        self._refresh_heads(keep)

    @Slot()
    def _remove_selected(self) -> None:
        keep = self.head.currentData()
        for item in self.members.selectedItems():
            self.members.takeItem(self.members.row(item))
        self._refresh_heads(keep)

    def record(self) -> Delegation:
        base = self.original or Delegation(name="", home_timezone="")
        head = self.head.currentData()
        return replace(
            base,
            name=self.name.text(),
            home_timezone=self.home_timezone.currentText().strip(),
            head_id=int(head) if head is not None else None,
            member_ids=tuple(self._member_ids()),
            notes=self.notes.toPlainText().strip(),
        )
