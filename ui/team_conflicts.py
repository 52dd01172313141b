"""The conflicts dialog: each conflict with both values and who made them; keep
mine, keep theirs, or give a new value (loaded when first opened)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError, ValidationError
from models.sync import engine, local
from models.sync.remote import INVALID_MERGE
from ui.core_text import core_text
from ui.i18n import current_language, tr

if TYPE_CHECKING:
    from ui.session import Session


#: What kind of record a conflict is about, by synced table.
RECORDS = {
    "organisations": QT_TRANSLATE_NOOP("Team", "Organisation"),
    "people": QT_TRANSLATE_NOOP("Team", "Person"),
    "delegations": QT_TRANSLATE_NOOP("Team", "Delegation"),
    "delegation_members": QT_TRANSLATE_NOOP("Team", "Delegation member"),
    "venues": QT_TRANSLATE_NOOP("Team", "Venue"),
    "rooms": QT_TRANSLATE_NOOP("Team", "Room"),
    "travel_times": QT_TRANSLATE_NOOP("Team", "Travel time"),
    "events": QT_TRANSLATE_NOOP("Team", "Event"),
    "event_hosts": QT_TRANSLATE_NOOP("Team", "Event host"),
    "agenda_items": QT_TRANSLATE_NOOP("Team", "Agenda item"),
    "participations": QT_TRANSLATE_NOOP("Team", "Attendee"),
    "transport_legs": QT_TRANSLATE_NOOP("Team", "Transport leg"),
    "leg_passengers": QT_TRANSLATE_NOOP("Team", "Passenger"),
    "meeting_requests": QT_TRANSLATE_NOOP("Team", "Meeting request"),
    "meeting_request_attendees": QT_TRANSLATE_NOOP("Team", "Attendee of a request"),
    "availability": QT_TRANSLATE_NOOP("Team", "Availability"),
    "organisation_bases": QT_TRANSLATE_NOOP("Team", "Base venue"),
    "event_locks": QT_TRANSLATE_NOOP("Team", "Locked event"),
    "rank_rows": QT_TRANSLATE_NOOP("Team", "Rank of a rank table"),
    "person_ranks": QT_TRANSLATE_NOOP("Team", "Person's rank"),
    "seating_plans": QT_TRANSLATE_NOOP("Team", "Seating plan"),
    "seats": QT_TRANSLATE_NOOP("Team", "Seat"),
    "badge_tokens": QT_TRANSLATE_NOOP("Team", "Badge"),
    "checkins": QT_TRANSLATE_NOOP("Team", "Check-in"),
    "vehicles": QT_TRANSLATE_NOOP("Team", "Vehicle"),
    "vehicle_passengers": QT_TRANSLATE_NOOP("Team", "Passenger of a vehicle"),
    "gifts": QT_TRANSLATE_NOOP("Team", "Gift"),
}

#: The synced fields as a person names them (a test checks every field is here).
FIELDS = {
    "name": QT_TRANSLATE_NOOP("Team", "Name"),
    "country": QT_TRANSLATE_NOOP("Team", "Country"),
    "sector": QT_TRANSLATE_NOOP("Team", "Sector"),
    "kind": QT_TRANSLATE_NOOP("Team", "Kind"),
    "profile": QT_TRANSLATE_NOOP("Team", "Profile"),
    "website": QT_TRANSLATE_NOOP("Team", "Website"),
    "family_name": QT_TRANSLATE_NOOP("Team", "Family name"),
    "given_name": QT_TRANSLATE_NOOP("Team", "Given name"),
    "name_japanese": QT_TRANSLATE_NOOP("Team", "Name in Japanese"),
    "honorific": QT_TRANSLATE_NOOP("Team", "Honorific"),
    "position": QT_TRANSLATE_NOOP("Team", "Position"),
    "organisation_id": QT_TRANSLATE_NOOP("Team", "Organisation"),
    "email": QT_TRANSLATE_NOOP("Team", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Team", "Phone"),
    "nationality": QT_TRANSLATE_NOOP("Team", "Nationality"),
    "languages": QT_TRANSLATE_NOOP("Team", "Languages"),
    "dietary": QT_TRANSLATE_NOOP("Team", "Dietary needs"),
    "accessibility": QT_TRANSLATE_NOOP("Team", "Accessibility"),
    "notes": QT_TRANSLATE_NOOP("Team", "Notes"),
    "home_timezone": QT_TRANSLATE_NOOP("Team", "Home time zone"),
    "head_id": QT_TRANSLATE_NOOP("Team", "Head of delegation"),
    "delegation_id": QT_TRANSLATE_NOOP("Team", "Delegation"),
    "person_id": QT_TRANSLATE_NOOP("Team", "Person"),
    "address": QT_TRANSLATE_NOOP("Team", "Address"),
    "city": QT_TRANSLATE_NOOP("Team", "City"),
    "region": QT_TRANSLATE_NOOP("Team", "Region"),
    "timezone": QT_TRANSLATE_NOOP("Team", "Time zone"),
    "latitude": QT_TRANSLATE_NOOP("Team", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("Team", "Longitude"),
    "capacity": QT_TRANSLATE_NOOP("Team", "Capacity"),
    "access_notes": QT_TRANSLATE_NOOP("Team", "Access notes"),
    "venue_id": QT_TRANSLATE_NOOP("Team", "Venue"),
    "from_venue_id": QT_TRANSLATE_NOOP("Team", "From venue"),
    "to_venue_id": QT_TRANSLATE_NOOP("Team", "To venue"),
    "minutes": QT_TRANSLATE_NOOP("Team", "Minutes"),
    "uid": QT_TRANSLATE_NOOP("Team", "Calendar UID"),
    "sequence": QT_TRANSLATE_NOOP("Team", "Calendar sequence"),
    "title": QT_TRANSLATE_NOOP("Team", "Title"),
    "starts_at": QT_TRANSLATE_NOOP("Team", "Start"),
    "ends_at": QT_TRANSLATE_NOOP("Team", "End"),
    "room_id": QT_TRANSLATE_NOOP("Team", "Room"),
    "classification": QT_TRANSLATE_NOOP("Team", "Classification"),
    "status": QT_TRANSLATE_NOOP("Team", "Status"),
    "objectives": QT_TRANSLATE_NOOP("Team", "Objectives"),
    "organiser_id": QT_TRANSLATE_NOOP("Team", "Organiser"),
    "meeting_point": QT_TRANSLATE_NOOP("Team", "Meeting point"),
    "safety_notes": QT_TRANSLATE_NOOP("Team", "Safety notes"),
    "host_contact_id": QT_TRANSLATE_NOOP("Team", "Host contact"),
    "created_at": QT_TRANSLATE_NOOP("Team", "Created"),
    "updated_at": QT_TRANSLATE_NOOP("Team", "Last changed"),
    "event_id": QT_TRANSLATE_NOOP("Team", "Event"),
    "speaker_id": QT_TRANSLATE_NOOP("Team", "Speaker"),
    "speaker_note": QT_TRANSLATE_NOOP("Team", "Speaker note"),
    "role": QT_TRANSLATE_NOOP("Team", "Role"),
    "reply": QT_TRANSLATE_NOOP("Team", "Reply"),
    "comment": QT_TRANSLATE_NOOP("Team", "Comment"),
    "departs_at": QT_TRANSLATE_NOOP("Team", "Departs"),
    "arrives_at": QT_TRANSLATE_NOOP("Team", "Arrives"),
    "origin": QT_TRANSLATE_NOOP("Team", "From"),
    "destination": QT_TRANSLATE_NOOP("Team", "To"),
    "vehicle": QT_TRANSLATE_NOOP("Team", "Vehicle"),
    "driver_contact": QT_TRANSLATE_NOOP("Team", "Driver contact"),
    "leg_id": QT_TRANSLATE_NOOP("Team", "Transport leg"),
    "requester_id": QT_TRANSLATE_NOOP("Team", "Requested by"),
    "target_org_id": QT_TRANSLATE_NOOP("Team", "Organisation asked for"),
    "target_person_id": QT_TRANSLATE_NOOP("Team", "Person asked for"),
    "priority": QT_TRANSLATE_NOOP("Team", "Priority"),
    "duration_minutes": QT_TRANSLATE_NOOP("Team", "Duration (minutes)"),
    "interpreter": QT_TRANSLATE_NOOP("Team", "Interpreter"),
    "venue_rule": QT_TRANSLATE_NOOP("Team", "Where to meet"),
    "not_before": QT_TRANSLATE_NOOP("Team", "Not before"),
    "not_after": QT_TRANSLATE_NOOP("Team", "Not after"),
    "request_id": QT_TRANSLATE_NOOP("Team", "Meeting request"),
    "busy": QT_TRANSLATE_NOOP("Team", "Busy"),
    "label": QT_TRANSLATE_NOOP("Team", "Label"),
    "keywords": QT_TRANSLATE_NOOP("Team", "Position keywords"),
    "rank": QT_TRANSLATE_NOOP("Team", "Rank"),
    "layout": QT_TRANSLATE_NOOP("Team", "Layout"),
    "seat_key": QT_TRANSLATE_NOOP("Team", "Seat"),
    "side": QT_TRANSLATE_NOOP("Team", "Side"),
    "table_no": QT_TRANSLATE_NOOP("Team", "Table number"),
    "x": QT_TRANSLATE_NOOP("Team", "Across"),
    "y": QT_TRANSLATE_NOOP("Team", "Down"),
    "token": QT_TRANSLATE_NOOP("Team", "Badge code"),
    "issued_at": QT_TRANSLATE_NOOP("Team", "Issued"),
    "arrived_at": QT_TRANSLATE_NOOP("Team", "Arrived"),
    "plate": QT_TRANSLATE_NOOP("Team", "Plate"),
    "seats": QT_TRANSLATE_NOOP("Team", "Seats"),
    "driver": QT_TRANSLATE_NOOP("Team", "Driver"),
    "driver_phone": QT_TRANSLATE_NOOP("Team", "Driver's phone"),
    "vehicle_id": QT_TRANSLATE_NOOP("Team", "Vehicle"),
    "given_on": QT_TRANSLATE_NOOP("Team", "Given on"),
    "direction": QT_TRANSLATE_NOOP("Team", "Given or received"),
    "giver": QT_TRANSLATE_NOOP("Team", "Giver"),
    "recipient": QT_TRANSLATE_NOOP("Team", "Recipient"),
    "description": QT_TRANSLATE_NOOP("Team", "Description"),
    "value": QT_TRANSLATE_NOOP("Team", "Value"),
    "currency": QT_TRANSLATE_NOOP("Team", "Currency"),
}


def record_kind(tbl: str) -> str:
    return tr("Team", str(RECORDS[tbl])) if tbl in RECORDS else tbl


def field_name(name: str) -> str:
    return tr("Team", str(FIELDS[name])) if name in FIELDS else name


_USED = re.compile(r"still used by (\d+) record\(s\) of the others")
_DELETED = re.compile(r"deleted by another; your change to (\w+) uses it")


def reason(label: str, problems: tuple[str, ...] = ()) -> str:
    """Why a conflict was raised, in the interface language: the domain's rules a merge
    broke (``problems``, the core's messages) in the interface language too."""
    if label.startswith(INVALID_MERGE):
        text = tr("Team", "merged with the others' changes the record would be invalid: %1")
        said = [core_text(p) for p in problems]
        joined = ("" if current_language() == "ja" else " ").join(said)
        return text.replace("%1", joined or label[len(INVALID_MERGE) :])
    if found := _USED.fullmatch(label):
        n = int(found.group(1))
        return tr("Team", "still used by %n record(s) of the others", None, n)
    if found := _DELETED.fullmatch(label):
        text = tr("Team", "deleted by another; your change to a record of kind “%1” uses it")
        return text.replace("%1", record_kind(found.group(1)))
    return label


class ConflictsDialog(QDialog):
    """Each conflict with both values and who made them; keep mine, theirs, or edit."""

    decided = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Team", "Conflicts"))
        self.session = session
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflicts-table")
        self.table.setHorizontalHeaderLabels(
            [tr("Team", "Record"), tr("Team", "What"), tr("Team", "Mine"), tr("Team", "Theirs")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(tr("Team", "No conflicts: everything you sent was applied."), self)
        self.mine = QPushButton(tr("Team", "Keep &mine"), self)
        self.theirs = QPushButton(tr("Team", "Keep &theirs"), self)
        self.edit = QPushButton(tr("Team", "&Edit…"), self)
        self.mine.clicked.connect(self.keep_mine)
        self.theirs.clicked.connect(self.keep_theirs)
        self.edit.clicked.connect(self.edit_value)
        buttons = QHBoxLayout()
        for button in (self.mine, self.theirs, self.edit):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.resize(980, 340)
        self.reload()

    def reload(self) -> None:
        conn = self.session.desk.store.conn
        self.items = engine.conflicts(conn)
        self.table.setRowCount(len(self.items))
        for row, c in enumerate(self.items):
            k = c.conflict
            if k.kind == "field":
                what = field_name(k.field)
                mine, theirs = _shown(k.mine), _shown(k.theirs)
            elif k.kind == "edit-deleted":
                what = tr("Team", "you edited, they deleted")
                mine, theirs = tr("Team", "keep it"), tr("Team", "delete it")
            else:
                what = tr("Team", "you deleted, they changed")
                mine, theirs = tr("Team", "delete it"), tr("Team", "keep it")
            cells = (
                f"{record_kind(k.tbl)} {core_text(engine.record_name(conn, c))}",
                what + (f" ({reason(k.label, k.problems)})" if k.label else ""),
                f"{mine} — {k.mine_author}",
                f"{theirs} — {k.their_author}",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the columns are narrower than a reason
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        for column, widest in enumerate((300, 200, 220)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.empty.setVisible(not self.items)
        if self.items:
            self.table.selectRow(0)
        self._selection_changed()

    def chosen(self) -> local.StoredConflict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        c = self.chosen()
        for button in (self.mine, self.theirs):
            button.setEnabled(c is not None)
        self.edit.setEnabled(c is not None and c.conflict.kind == "field")

    def _decide(self, keep: str | None, value: str | None = None) -> None:
        c = self.chosen()
        if c is None:
            return
        try:
            engine.resolve(self.session.desk.store.conn, c.id, keep, value)
        except ValidationError as exc:  # the merged record would break the rules
            head = tr("Team", "Your value of “%1” cannot be saved:")
            text = head.replace("%1", field_name(c.conflict.field))
            text += "".join(f"\n  • {core_text(p)}" for p in exc.problems)
            QMessageBox.warning(self, tr("Team", "Conflicts"), text)
            return
        except AppError as exc:  # decided meanwhile (a sync, another window): in its words
            from ui.dialogs.errors import error_text

            QMessageBox.warning(self, tr("Team", "Conflicts"), error_text(exc))
            self.reload()
            return
        self.session.changed.emit(("organisations", "people", "delegations", "venues", "events"))
        self.decided.emit()
        self.reload()

    @Slot()
    def keep_mine(self) -> None:
        self._decide("mine")

    @Slot()
    def keep_theirs(self) -> None:
        self._decide("theirs")

    @Slot()
    def edit_value(self) -> None:
        c = self.chosen()
        if c is None:
            return
        prompt = tr("Team", "A new value for %1:").replace("%1", field_name(c.conflict.field))
        value, ok = QInputDialog.getText(
            self, tr("Team", "Edit"), prompt, QLineEdit.EchoMode.Normal, _shown(c.conflict.mine)
        )
        if ok:
            self._decide(None, value)


def _shown(value: Any) -> str:
    if value is None:
        return tr("Team", "(empty)")
    text = str(value)
    return "".join(ch if ch.isprintable() or ch == " " else " " for ch in text)
