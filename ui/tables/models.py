"""The table models for each kind of record, each loading itself from the core."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Slot

from models.entities import Delegation, Event, Organisation, Person, Venue
from models.services import Desk
from ui.i18n import span_text
from ui.privacy import privacy, remember, shown_title
from ui.programme.style import kind_label, value_word
from ui.tables.base import Column, RecordTableModel, _Index, fold
from ui.tables.marking import cell_role


def _count_key(value: int | None) -> tuple[int, int]:
    return (0, 0) if value is None else (1, value)


class PeopleModel(RecordTableModel[Person]):
    """Everyone; the filter looks in both name forms, organisation and email."""

    kinds = ("people", "organisations")

    def __init__(self, parent: QObject | None = None) -> None:
        self._org_names: Mapping[int, str] = {}
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Family name"), lambda p: p.family_name, width=14
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Given name"), lambda p: p.given_name, width=14
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Japanese name"),
                    lambda p: p.name_japanese,
                    width=12,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Position"), lambda p: p.position, width=24),
                Column(QT_TRANSLATE_NOOP("Columns", "Organisation"), self._org_name, width=28),
                Column(QT_TRANSLATE_NOOP("Columns", "Email"), lambda p: p.email, width=28),
                Column(QT_TRANSLATE_NOOP("Columns", "Phone"), lambda p: p.phone),
            ],
            parent,
        )

    def _org_name(self, person: Person) -> str:
        if person.organisation_id is None:
            return ""
        return self._org_names.get(person.organisation_id, "")

    def haystack(self, person: Person, context: dict[str, Any] | None = None) -> str:
        names = (context or {}).get("_org_names", self._org_names)
        japanese = person.name_japanese
        return "\n".join(
            (
                person.given_name,  # each word of the filter is looked for on its own,
                person.family_name,  # so "Tanaka Aiko" finds Aiko Tanaka too
                japanese,
                japanese.replace(" ", "").replace("\u3000", ""),
                names.get(person.organisation_id, "") if person.organisation_id else "",
                person.email,
            )
        )

    def fetch_context(self, desk: Desk) -> dict[str, Any]:
        return {"_org_names": {o.id: o.name for o in desk.organisations() if o.id is not None}}

    def fetch_records(self, desk: Desk) -> list[Person]:
        return desk.people()


class OrganisationsModel(RecordTableModel[Organisation]):
    kinds = ("organisations", "people")

    def __init__(self, parent: QObject | None = None) -> None:
        self._staff: Mapping[int, int] = {}
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda o: o.name, width=40),
                Column(QT_TRANSLATE_NOOP("Columns", "Kind"), lambda o: o.kind.value.capitalize()),
                Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda o: o.country),
                Column(QT_TRANSLATE_NOOP("Columns", "Sector"), lambda o: o.sector, width=30),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "People"),
                    lambda o: str(self._staff.get(o.id or 0, 0)),
                    key=lambda o: self._staff.get(o.id or 0, 0),
                    align_right=True,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Website"), lambda o: o.website),
            ],
            parent,
        )

    def haystack(self, org: Organisation, context: dict[str, Any] | None = None) -> str:
        return "\n".join((org.name, org.country, org.sector, org.kind.value, org.website))

    def fetch_context(self, desk: Desk) -> dict[str, Any]:
        return {"_staff": desk.store.people_per_organisation()}

    def fetch_records(self, desk: Desk) -> list[Organisation]:
        return desk.organisations()


class VenuesModel(RecordTableModel[Venue]):
    kinds = ("venues",)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda v: v.name, width=36),
                Column(QT_TRANSLATE_NOOP("Columns", "City"), lambda v: v.city),
                Column(QT_TRANSLATE_NOOP("Columns", "Country"), lambda v: v.country),
                Column(QT_TRANSLATE_NOOP("Columns", "Time zone"), lambda v: v.timezone),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Rooms"),
                    lambda v: ", ".join(r.name for r in v.rooms),
                    width=30,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Capacity"),
                    lambda v: "" if v.capacity is None else str(v.capacity),
                    key=lambda v: _count_key(v.capacity),
                    align_right=True,
                ),
            ],
            parent,
        )

    def haystack(self, venue: Venue, context: dict[str, Any] | None = None) -> str:
        rooms = " ".join(r.name for r in venue.rooms)
        return "\n".join((venue.name, venue.address, venue.city, venue.region, rooms))

    def fetch_records(self, desk: Desk) -> list[Venue]:
        return desk.venues()


class DelegationsModel(RecordTableModel[Delegation]):
    kinds = ("delegations", "people")

    def __init__(self, parent: QObject | None = None) -> None:
        self._names: Mapping[int, str] = {}
        super().__init__(
            [
                Column(QT_TRANSLATE_NOOP("Columns", "Name"), lambda d: d.name, width=40),
                Column(QT_TRANSLATE_NOOP("Columns", "Home time zone"), lambda d: d.home_timezone),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Head"),
                    lambda d: self._names.get(d.head_id or 0, ""),
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Members"),
                    lambda d: str(len(d.member_ids)),
                    key=lambda d: len(d.member_ids),
                    align_right=True,
                ),
            ],
            parent,
        )

    def haystack(self, delegation: Delegation, context: dict[str, Any] | None = None) -> str:
        names = (context or {}).get("_names", self._names)
        head = names.get(delegation.head_id or 0, "")
        return "\n".join((delegation.name, delegation.home_timezone, head, delegation.notes))

    def fetch_context(self, desk: Desk) -> dict[str, Any]:
        heads = {d.head_id for d in desk.delegations() if d.head_id is not None}
        people = desk.store.people_by_ids(sorted(heads))
        return {"_names": {p.id: p.full_name for p in people if p.id is not None}}

    def fetch_records(self, desk: Desk) -> list[Delegation]:
        return desk.delegations()


class EventsModel(RecordTableModel[Event]):
    kinds = ("events", "venues")

    def __init__(self, parent: QObject | None = None) -> None:
        self._venues: Mapping[int, Venue] = {}
        super().__init__(
            [
                Column(
                    QT_TRANSLATE_NOOP("Columns", "When (venue time)"),
                    lambda e: span_text(e.starts_at, e.ends_at, e.timezone),
                    key=lambda e: (e.starts_at, e.id or 0),
                    width=38,
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Title"), shown_title, width=44),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Kind"), lambda e: kind_label(e.kind), width=20
                ),
                Column(QT_TRANSLATE_NOOP("Columns", "Venue"), self._venue_name, width=34),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Classification"),
                    lambda e: value_word(e.classification.value),
                    key=lambda e: e.classification.rank,
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Status"), lambda e: value_word(e.status.value)
                ),
                Column(
                    QT_TRANSLATE_NOOP("Columns", "Attendees"),
                    lambda e: str(len(e.participations)),
                    key=lambda e: len(e.participations),
                    align_right=True,
                ),
            ],
            parent,
        )
        self._sort_column = 0
        privacy().changed.connect(self._on_privacy)

    @Slot(bool)
    def _on_privacy(self, _hiding: bool) -> None:
        """Titles shown or hidden: shown, sorted and found by what the row says."""
        self.set_records(self._records)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role
            in (
                Qt.ItemDataRole.DecorationRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.FontRole,
                Qt.ItemDataRole.AccessibleTextRole,
            )
            and index.isValid()
            and index.row() < self.rowCount()
        ):
            event = self.record_at(index.row())
            column = self._columns[index.column()]
            return cell_role(event, column.title, role, column.text(event))
        return super().data(index, role)

    def _venue_name(self, event: Event, venues: Mapping[int, Venue] | None = None) -> str:
        venue = (self._venues if venues is None else venues).get(event.venue_id or 0)
        if venue is None:
            return ""
        room = venue.room(event.room_id)
        return f"{venue.name} · {room.name}" if room else venue.name

    def haystack(self, event: Event, context: dict[str, Any] | None = None) -> str:
        venue = self._venue_name(event, (context or {}).get("_venues"))
        return "\n".join(
            (shown_title(event), event.kind.value, venue, event.status.value,
             event.classification.value)
        )  # fmt: skip

    def fetch_context(self, desk: Desk) -> dict[str, Any]:
        return {"_venues": {v.id: v for v in desk.venues() if v.id is not None}}

    def fetch_records(self, desk: Desk) -> list[Event]:
        events = desk.events()
        remember(events)
        return events


__all__ = [
    "DelegationsModel",
    "EventsModel",
    "OrganisationsModel",
    "PeopleModel",
    "VenuesModel",
    "fold",
]
