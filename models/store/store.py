"""The store: the one place with SQL and table names.

Every read returns entities; every multi-row write runs in one transaction.
Values are always passed as parameters, never formatted into SQL.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from models.entities import (
    AgendaItem,
    Delegation,
    Event,
    Organisation,
    Participation,
    Person,
    Programme,
    Room,
    TransportLeg,
    TravelTime,
    Venue,
)
from models.errors import NotFound
from models.store import rows
from models.store.connection import MEMORY, connect, translated
from models.timezones import to_storage


@dataclass(frozen=True, slots=True)
class ExportRecord:
    """One line of the export log: what was sent to whom, and when."""

    exported_at: datetime
    channel: str  # "event", "per-attendee", "person", "programme"
    event_id: int | None
    event_uid: str
    person_id: int | None
    recipient: str
    method: str  # REQUEST, CANCEL, PUBLISH
    sequence: int
    fingerprint: str = ""


def _like(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """A Delegation Desk database.  Use on the thread that opened it."""

    def __init__(self, db: sqlite_utils.Database, path: str) -> None:
        self.db = db
        self.path = path

    # -- opening -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = True) -> Store:
        """Open, creating and migrating as needed; refuses foreign files untouched."""
        name = os.fspath(path)
        db = connect(name, create=create)
        return cls(db, name if name == MEMORY else str(Path(name).expanduser()))

    @classmethod
    def memory(cls) -> Store:
        return cls.open(MEMORY)

    def reopen(self) -> Store:
        """A new connection to the same file (for another thread)."""
        if self.path == MEMORY:
            raise ValueError("an in-memory database cannot be opened twice")
        return Store.open(self.path, create=False)

    def close(self) -> None:
        self.db.close()

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction (a savepoint when nested)."""
        with translated(self.path), self.db.atomic():
            yield

    def _all(
        self, sql: str, params: Sequence[Any] | Mapping[str, Any] = ()
    ) -> list[dict[str, Any]]:
        with translated(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _one(self, sql: str, params: Sequence[Any], what: str) -> dict[str, Any]:
        found = self._all(sql, params)
        if not found:
            raise NotFound(f"There is no {what}.")
        return found[0]

    def _scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with translated(self.path):
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _insert(self, table: str, values: dict[str, Any]) -> int:
        if values.get("id") is None:
            values = {k: v for k, v in values.items() if k != "id"}
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self.conn.execute(
            f"INSERT INTO {table} ({columns}) VALUES ({marks})", tuple(values.values())
        )
        return int(cursor.lastrowid or values.get("id") or 0)

    def _update(self, table: str, values: dict[str, Any], what: str) -> None:
        key = values["id"]
        columns = ", ".join(f"{k} = ?" for k in values if k != "id")
        params = [v for k, v in values.items() if k != "id"]
        cursor = self.conn.execute(f"UPDATE {table} SET {columns} WHERE id = ?", [*params, key])
        if cursor.rowcount == 0:
            raise NotFound(f"There is no {what} with id {key}.")

    def _delete(self, table: str, key: int, what: str) -> None:
        with self.atomic():
            cursor = self.conn.execute(f"DELETE FROM {table} WHERE id = ?", (key,))
            if cursor.rowcount == 0:
                raise NotFound(f"There is no {what} with id {key}.")

    def count(self, table: str) -> int:
        if table not in {"organisations", "people", "delegations", "venues", "events"}:
            raise ValueError(table)
        return int(self._scalar(f"SELECT count(*) FROM {table}"))

    def is_empty(self) -> bool:
        return all(self.count(t) == 0 for t in ("organisations", "people", "events", "venues"))

    # -- organisations -------------------------------------------------------

    def organisations(self) -> list[Organisation]:
        return [
            rows.organisation_from(r)
            for r in self._all("SELECT * FROM organisations ORDER BY name COLLATE NOCASE, id")
        ]

    def organisation(self, org_id: int) -> Organisation:
        row = self._one("SELECT * FROM organisations WHERE id = ?", (org_id,), "such organisation")
        return rows.organisation_from(row)

    def organisation_named(self, name: str) -> Organisation | None:
        found = self._all(
            "SELECT * FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1",
            (name.strip(),),
        )
        return rows.organisation_from(found[0]) if found else None

    def insert_organisation(self, org: Organisation) -> Organisation:
        with self.atomic():
            new_id = self._insert("organisations", rows.organisation_row(org))
        return replace(org, id=new_id)

    def update_organisation(self, org: Organisation) -> Organisation:
        with self.atomic():
            self._update("organisations", rows.organisation_row(org), "organisation")
        return org

    def delete_organisation(self, org_id: int) -> None:
        self._delete("organisations", org_id, "organisation")

    def organisation_people_count(self, org_id: int) -> int:
        return int(self._scalar("SELECT count(*) FROM people WHERE organisation_id = ?", (org_id,)))

    def events_hosted_by(self, org_id: int) -> list[int]:
        return [
            r["event_id"]
            for r in self._all(
                "SELECT event_id FROM event_hosts WHERE organisation_id = ? ORDER BY event_id",
                (org_id,),
            )
        ]

    # -- people --------------------------------------------------------------

    def people(self) -> list[Person]:
        """Everyone, sorted by family and given name (fast bulk path)."""
        columns = ", ".join(rows.PERSON_COLUMNS)
        with translated(self.path):
            cursor = self.conn.execute(
                f"SELECT {columns} FROM people "
                "ORDER BY family_name COLLATE NOCASE, given_name COLLATE NOCASE, id"
            )
            return [rows.person_from_tuple(r) for r in cursor]

    def person(self, person_id: int) -> Person:
        row = self._one("SELECT * FROM people WHERE id = ?", (person_id,), "such person")
        return rows.person_from(row)

    def people_by_ids(self, ids: Iterable[int]) -> list[Person]:
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Person] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" for _ in chunk)
            for r in self._all(f"SELECT * FROM people WHERE id IN ({marks})", chunk):
                found[r["id"]] = rows.person_from(r)
        return [found[i] for i in wanted if i in found]

    def person_with_email(self, email: str) -> Person | None:
        found = self._all(
            "SELECT * FROM people WHERE email = ? COLLATE NOCASE ORDER BY id LIMIT 1",
            (email.strip(),),
        )
        return rows.person_from(found[0]) if found else None

    def insert_person(self, person: Person) -> Person:
        with self.atomic():
            new_id = self._insert("people", rows.person_row(person))
        return replace(person, id=new_id)

    def insert_people(self, people: Sequence[Person]) -> list[Person]:
        """Many people in one transaction (imports)."""
        columns = [c for c in rows.PERSON_COLUMNS if c != "id"]
        sql = (
            f"INSERT INTO people ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        stored: list[Person] = []
        with self.atomic():
            for person in people:
                values = rows.person_row(person)
                cursor = self.conn.execute(sql, [values[c] for c in columns])
                stored.append(replace(person, id=cursor.lastrowid))
        return stored

    def update_person(self, person: Person) -> Person:
        with self.atomic():
            self._update("people", rows.person_row(person), "person")
        return person

    def delete_person(self, person_id: int) -> None:
        self._delete("people", person_id, "person")

    def search_people(self, text: str, limit: int | None = None) -> list[Person]:
        """People whose name (Latin or Japanese), organisation or email contains ``text``."""
        pattern = _like(text.strip())
        sql = (
            "SELECT p.* FROM people p LEFT JOIN organisations o ON o.id = p.organisation_id "
            "WHERE p.family_name LIKE :q ESCAPE '\\' OR p.given_name LIKE :q ESCAPE '\\' "
            "OR (p.given_name || ' ' || p.family_name) LIKE :q ESCAPE '\\' "
            "OR (p.family_name || ' ' || p.given_name) LIKE :q ESCAPE '\\' "
            "OR p.name_japanese LIKE :q ESCAPE '\\' "
            "OR replace(p.name_japanese, ' ', '') LIKE :q ESCAPE '\\' "
            "OR replace(p.name_japanese, '　', '') LIKE :q ESCAPE '\\' "
            "OR p.email LIKE :q ESCAPE '\\' OR o.name LIKE :q ESCAPE '\\' "
            "ORDER BY p.family_name COLLATE NOCASE, p.given_name COLLATE NOCASE, p.id"
        )
        params: dict[str, Any] = {"q": pattern}
        if limit is not None:
            sql += " LIMIT :limit"
            params["limit"] = limit
        with translated(self.path):
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            return [rows.person_from(dict(zip(names, r, strict=True))) for r in cursor]

    def events_of_person(self, person_id: int) -> list[int]:
        return [
            r["event_id"]
            for r in self._all(
                "SELECT pa.event_id FROM participations pa JOIN events e ON e.id = pa.event_id "
                "WHERE pa.person_id = ? ORDER BY e.starts_at, e.id",
                (person_id,),
            )
        ]

    def events_referring_to_person(self, person_id: int) -> list[int]:
        """Events the person attends, organises, hosts, speaks at or rides to."""
        return [
            r["id"]
            for r in self._all(
                "SELECT id FROM events WHERE organiser_id = :p OR host_contact_id = :p "
                "OR id IN (SELECT event_id FROM participations WHERE person_id = :p) "
                "OR id IN (SELECT event_id FROM agenda_items WHERE speaker_id = :p) "
                "OR id IN (SELECT l.event_id FROM transport_legs l JOIN leg_passengers lp "
                "          ON lp.leg_id = l.id WHERE lp.person_id = :p) "
                "ORDER BY starts_at, id",
                {"p": person_id},
            )
        ]

    def delegations_of_person(self, person_id: int) -> list[int]:
        return [
            r["id"]
            for r in self._all(
                "SELECT id FROM delegations WHERE head_id = :p OR id IN "
                "(SELECT delegation_id FROM delegation_members WHERE person_id = :p) ORDER BY id",
                {"p": person_id},
            )
        ]

    # -- delegations ---------------------------------------------------------

    def _members(self) -> dict[int, tuple[int, ...]]:
        grouped: dict[int, list[int]] = defaultdict(list)
        for r in self._all(
            "SELECT delegation_id, person_id FROM delegation_members "
            "ORDER BY delegation_id, position, person_id"
        ):
            grouped[r["delegation_id"]].append(r["person_id"])
        return {k: tuple(v) for k, v in grouped.items()}

    def delegations(self) -> list[Delegation]:
        members = self._members()
        return [
            rows.delegation_from(r, members.get(r["id"], ()))
            for r in self._all("SELECT * FROM delegations ORDER BY name COLLATE NOCASE, id")
        ]

    def delegation(self, delegation_id: int) -> Delegation:
        row = self._one(
            "SELECT * FROM delegations WHERE id = ?", (delegation_id,), "such delegation"
        )
        members = tuple(
            r["person_id"]
            for r in self._all(
                "SELECT person_id FROM delegation_members WHERE delegation_id = ? "
                "ORDER BY position, person_id",
                (delegation_id,),
            )
        )
        return rows.delegation_from(row, members)

    def _write_members(self, delegation_id: int, member_ids: Sequence[int]) -> None:
        self.conn.execute(
            "DELETE FROM delegation_members WHERE delegation_id = ?", (delegation_id,)
        )
        self.conn.executemany(
            "INSERT INTO delegation_members (delegation_id, person_id, position) VALUES (?, ?, ?)",
            [(delegation_id, pid, n) for n, pid in enumerate(dict.fromkeys(member_ids))],
        )

    def insert_delegation(self, delegation: Delegation) -> Delegation:
        with self.atomic():
            new_id = self._insert("delegations", rows.delegation_row(delegation))
            self._write_members(new_id, delegation.member_ids)
        return replace(delegation, id=new_id)

    def update_delegation(self, delegation: Delegation) -> Delegation:
        assert delegation.id is not None
        with self.atomic():
            self._update("delegations", rows.delegation_row(delegation), "delegation")
            self._write_members(delegation.id, delegation.member_ids)
        return delegation

    def add_delegation_members(self, delegation_id: int, person_ids: Sequence[int]) -> None:
        with self.atomic():
            start = int(
                self._scalar(
                    "SELECT coalesce(max(position) + 1, 0) FROM delegation_members "
                    "WHERE delegation_id = ?",
                    (delegation_id,),
                )
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO delegation_members (delegation_id, person_id, position) "
                "VALUES (?, ?, ?)",
                [(delegation_id, pid, start + n) for n, pid in enumerate(person_ids)],
            )

    def delete_delegation(self, delegation_id: int) -> None:
        self._delete("delegations", delegation_id, "delegation")

    # -- venues --------------------------------------------------------------

    def _rooms(self, venue_id: int | None = None) -> dict[int, tuple[Room, ...]]:
        sql = "SELECT * FROM rooms"
        params: tuple[Any, ...] = ()
        if venue_id is not None:
            sql += " WHERE venue_id = ?"
            params = (venue_id,)
        grouped: dict[int, list[Room]] = defaultdict(list)
        for r in self._all(sql + " ORDER BY venue_id, position, id", params):
            grouped[r["venue_id"]].append(rows.room_from(r))
        return {k: tuple(v) for k, v in grouped.items()}

    def venues(self) -> list[Venue]:
        rooms = self._rooms()
        return [
            rows.venue_from(r, rooms.get(r["id"], ()))
            for r in self._all("SELECT * FROM venues ORDER BY name COLLATE NOCASE, id")
        ]

    def venue(self, venue_id: int) -> Venue:
        row = self._one("SELECT * FROM venues WHERE id = ?", (venue_id,), "such venue")
        return rows.venue_from(row, self._rooms(venue_id).get(venue_id, ()))

    def _write_rooms(self, venue_id: int, rooms_: Sequence[Room]) -> tuple[Room, ...]:
        keep = [r.id for r in rooms_ if r.id is not None]
        marks = ",".join("?" for _ in keep) or "NULL"
        self.conn.execute(
            f"DELETE FROM rooms WHERE venue_id = ? AND id NOT IN ({marks})", [venue_id, *keep]
        )
        stored: list[Room] = []
        for position, room in enumerate(rooms_):
            values = {
                "id": room.id,
                "venue_id": venue_id,
                "position": position,
                "name": room.name,
                "capacity": room.capacity,
            }
            exists = room.id is not None and self._scalar(
                "SELECT count(*) FROM rooms WHERE id = ? AND venue_id = ?", (room.id, venue_id)
            )
            if exists:
                self._update("rooms", values, "room")
                stored.append(room)
            else:
                stored.append(replace(room, id=self._insert("rooms", values)))
        return tuple(stored)

    def insert_venue(self, venue: Venue) -> Venue:
        with self.atomic():
            new_id = self._insert("venues", rows.venue_row(venue))
            stored_rooms = self._write_rooms(new_id, venue.rooms)
        return replace(venue, id=new_id, rooms=stored_rooms)

    def update_venue(self, venue: Venue) -> Venue:
        assert venue.id is not None
        with self.atomic():
            self._update("venues", rows.venue_row(venue), "venue")
            stored_rooms = self._write_rooms(venue.id, venue.rooms)
        return replace(venue, rooms=stored_rooms)

    def delete_venue(self, venue_id: int) -> None:
        self._delete("venues", venue_id, "venue")

    def events_at_venue(self, venue_id: int) -> list[int]:
        return [
            r["id"]
            for r in self._all(
                "SELECT id FROM events WHERE venue_id = ? ORDER BY starts_at, id", (venue_id,)
            )
        ]

    def events_in_room(self, room_id: int) -> list[int]:
        return [
            r["id"]
            for r in self._all(
                "SELECT id FROM events WHERE room_id = ? ORDER BY starts_at, id", (room_id,)
            )
        ]

    # -- travel times --------------------------------------------------------

    def travel_times(self) -> list[TravelTime]:
        return [
            TravelTime(from_venue_id=r["from_venue_id"], to_venue_id=r["to_venue_id"],
                       minutes=r["minutes"])
            for r in self._all("SELECT * FROM travel_times ORDER BY from_venue_id, to_venue_id")
        ]  # fmt: skip

    def set_travel_time(self, travel: TravelTime) -> None:
        with self.atomic():
            self.conn.execute(
                "INSERT INTO travel_times (from_venue_id, to_venue_id, minutes) VALUES (?, ?, ?) "
                "ON CONFLICT (from_venue_id, to_venue_id) DO UPDATE SET minutes = excluded.minutes",
                (travel.from_venue_id, travel.to_venue_id, travel.minutes),
            )

    def delete_travel_time(self, from_venue_id: int, to_venue_id: int) -> None:
        with self.atomic():
            self.conn.execute(
                "DELETE FROM travel_times WHERE from_venue_id = ? AND to_venue_id = ?",
                (from_venue_id, to_venue_id),
            )

    # -- events --------------------------------------------------------------

    def _event_children(
        self, where: str = "", params: Sequence[Any] = ()
    ) -> tuple[
        dict[int, tuple[int, ...]],
        dict[int, tuple[AgendaItem, ...]],
        dict[int, tuple[Participation, ...]],
        dict[int, tuple[TransportLeg, ...]],
    ]:
        """Hosts, agenda, participations and legs of the selected events, in 5 queries."""
        clause = f"WHERE event_id IN (SELECT id FROM events {where})" if where else ""
        hosts: dict[int, list[int]] = defaultdict(list)
        for r in self._all(
            f"SELECT event_id, organisation_id FROM event_hosts {clause} "
            "ORDER BY event_id, position",
            params,
        ):
            hosts[r["event_id"]].append(r["organisation_id"])
        agenda: dict[int, list[AgendaItem]] = defaultdict(list)
        for r in self._all(
            f"SELECT * FROM agenda_items {clause} ORDER BY event_id, position, starts_at, id",
            params,
        ):
            agenda[r["event_id"]].append(rows.agenda_from(r))
        people: dict[int, list[Participation]] = defaultdict(list)
        with translated(self.path):
            cursor = self.conn.execute(
                f"SELECT event_id, person_id, role, reply FROM participations {clause} "
                "ORDER BY event_id, position, person_id",
                params,
            )
            for event_id, person_id, role, reply in cursor:
                people[event_id].append(rows.participation_from(person_id, role, reply))
        passengers: dict[int, list[int]] = defaultdict(list)
        leg_clause = (
            f"WHERE leg_id IN (SELECT id FROM transport_legs {clause})" if clause else ""
        )
        for r in self._all(
            f"SELECT leg_id, person_id FROM leg_passengers {leg_clause} "
            "ORDER BY leg_id, position",
            params,
        ):
            passengers[r["leg_id"]].append(r["person_id"])
        legs: dict[int, list[TransportLeg]] = defaultdict(list)
        for r in self._all(
            f"SELECT * FROM transport_legs {clause} ORDER BY event_id, position, departs_at",
            params,
        ):
            legs[r["event_id"]].append(rows.leg_from(r, tuple(passengers.get(r["id"], ()))))
        return (
            {k: tuple(v) for k, v in hosts.items()},
            {k: tuple(v) for k, v in agenda.items()},
            {k: tuple(v) for k, v in people.items()},
            {k: tuple(v) for k, v in legs.items()},
        )

    def _events(self, where: str = "", params: Sequence[Any] = ()) -> list[Event]:
        hosts, agenda, people, legs = self._event_children(where, params)
        return [
            rows.event_from(
                r,
                hosts=hosts.get(r["id"], ()),
                agenda=agenda.get(r["id"], ()),
                participations=people.get(r["id"], ()),
                legs=legs.get(r["id"], ()),
            )
            for r in self._all(f"SELECT * FROM events {where} ORDER BY starts_at, id", params)
        ]

    def events(self) -> list[Event]:
        """Every event with its children, in time order."""
        return self._events()

    def events_between(self, start: datetime, end: datetime) -> list[Event]:
        """Events that overlap [start, end)."""
        return self._events(
            "WHERE starts_at < ? AND ends_at > ?", (to_storage(end), to_storage(start))
        )

    def events_by_ids(self, ids: Sequence[int]) -> list[Event]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        marks = ",".join("?" for _ in wanted)
        found = {e.id: e for e in self._events(f"WHERE id IN ({marks})", wanted)}
        return [found[i] for i in wanted if i in found]

    def event(self, event_id: int) -> Event:
        found = self._events("WHERE id = ?", (event_id,))
        if not found:
            raise NotFound(f"There is no event with id {event_id}.")
        return found[0]

    def event_by_uid(self, uid: str) -> Event | None:
        found = self._events("WHERE uid = ?", (uid,))
        return found[0] if found else None

    def _write_event_children(self, event: Event) -> Event:
        event_id = event.id
        assert event_id is not None
        for table in ("event_hosts", "agenda_items", "participations", "transport_legs"):
            self.conn.execute(f"DELETE FROM {table} WHERE event_id = ?", (event_id,))
        self.conn.executemany(
            "INSERT INTO event_hosts (event_id, organisation_id, position) VALUES (?, ?, ?)",
            [(event_id, o, n) for n, o in enumerate(dict.fromkeys(event.host_organisation_ids))],
        )
        agenda: list[AgendaItem] = []
        for n, item in enumerate(event.agenda):
            new_id = self._insert(
                "agenda_items",
                {
                    "id": item.id,
                    "event_id": event_id,
                    "position": n,
                    "starts_at": to_storage(item.starts_at),
                    "ends_at": to_storage(item.ends_at),
                    "title": item.title,
                    "speaker_id": item.speaker_id,
                    "speaker_note": item.speaker_note,
                },
            )
            agenda.append(replace(item, id=new_id))
        self.conn.executemany(
            "INSERT INTO participations (event_id, person_id, position, role, reply) "
            "VALUES (?, ?, ?, ?, ?)",
            [
                (event_id, p.person_id, n, p.role.value, p.reply.value)
                for n, p in enumerate(event.participations)
            ],
        )
        legs: list[TransportLeg] = []
        for n, leg in enumerate(event.legs):
            leg_id = self._insert(
                "transport_legs",
                {
                    "id": leg.id,
                    "event_id": event_id,
                    "position": n,
                    "departs_at": to_storage(leg.departs_at),
                    "arrives_at": to_storage(leg.arrives_at),
                    "origin": leg.origin,
                    "destination": leg.destination,
                    "vehicle": leg.vehicle,
                    "driver_contact": leg.driver_contact,
                    "notes": leg.notes,
                },
            )
            self.conn.executemany(
                "INSERT INTO leg_passengers (leg_id, person_id, position) VALUES (?, ?, ?)",
                [(leg_id, pid, k) for k, pid in enumerate(dict.fromkeys(leg.passenger_ids))],
            )
            legs.append(replace(leg, id=leg_id))
        return replace(event, agenda=tuple(agenda), legs=tuple(legs))

    def insert_event(self, event: Event) -> Event:
        with self.atomic():
            new_id = self._insert("events", rows.event_row(event))
            stored = self._write_event_children(replace(event, id=new_id))
        return stored

    def replace_event(self, event: Event) -> Event:
        """Write the event and everything that belongs to it, as given."""
        with self.atomic():
            self._update("events", rows.event_row(event), "event")
            stored = self._write_event_children(event)
        return stored

    def delete_event(self, event_id: int) -> None:
        self._delete("events", event_id, "event")

    def set_replies(self, event_id: int, replies: Sequence[tuple[int, str]]) -> None:
        with self.atomic():
            self.conn.executemany(
                "UPDATE participations SET reply = ? WHERE event_id = ? AND person_id = ?",
                [(reply, event_id, pid) for pid, reply in replies],
            )

    # -- everything ------------------------------------------------------------

    def programme(self) -> Programme:
        """The whole database as plain data, in a consistent snapshot."""
        with self.atomic():
            return Programme(
                organisations=tuple(self.organisations()),
                people=tuple(self.people()),
                delegations=tuple(self.delegations()),
                venues=tuple(self.venues()),
                events=tuple(self.events()),
                travel_times=tuple(self.travel_times()),
            )

    # -- export log ------------------------------------------------------------

    def record_exports(self, records: Iterable[ExportRecord]) -> None:
        with self.atomic():
            self.conn.executemany(
                "INSERT INTO export_log (exported_at, channel, event_id, event_uid, person_id, "
                "recipient, method, sequence, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (to_storage(r.exported_at), r.channel, r.event_id, r.event_uid, r.person_id,
                     r.recipient, r.method, r.sequence, r.fingerprint)
                    for r in records
                ],
            )  # fmt: skip

    def export_records(
        self, *, event_uid: str | None = None, person_id: int | None = None
    ) -> list[ExportRecord]:
        """The export log, oldest first, optionally for one event or one person."""
        from models.timezones import from_storage

        clauses: list[str] = []
        params: list[Any] = []
        if event_uid is not None:
            clauses.append("event_uid = ?")
            params.append(event_uid)
        if person_id is not None:
            clauses.append("person_id = ?")
            params.append(person_id)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return [
            ExportRecord(
                exported_at=from_storage(r["exported_at"]),
                channel=r["channel"],
                event_id=r["event_id"],
                event_uid=r["event_uid"],
                person_id=r["person_id"],
                recipient=r["recipient"],
                method=r["method"],
                sequence=r["sequence"],
                fingerprint=r["fingerprint"],
            )
            for r in self._all(f"SELECT * FROM export_log {where} ORDER BY id", params)
        ]

    # -- bulk import of people (models.people_import) ---------------------------

    def insert_people_bulk(
        self, people: Sequence[Person], organisation_ids: Sequence[int | None] | None = None
    ) -> list[int]:
        """Insert many people with one statement; their new ids, in the order given.

        The fast path for imports of 100,000 rows: no entity is rebuilt and no
        query is made per row.  ``organisation_ids``, when given, says whom each
        person works for (imports match organisations by name and create the
        missing ones just before).  Run it inside :meth:`atomic` with the rest
        of the import so that a failure leaves nothing behind.
        """
        import operator

        columns = [c for c in rows.PERSON_COLUMNS if c != "id"]
        languages = columns.index("languages")
        organisation = columns.index("organisation_id")
        values_of = operator.attrgetter(*columns)  # Person's fields are named like its columns
        if organisation_ids is not None and len(organisation_ids) != len(people):
            raise ValueError("one organisation id per person, please")

        def values() -> Iterator[list[Any]]:
            for n, person in enumerate(people):
                values = list(values_of(person))
                values[languages] = ",".join(values[languages])
                if organisation_ids is not None:
                    values[organisation] = organisation_ids[n]
                yield values

        sql = (
            f"INSERT INTO people ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        with self.atomic():
            before = int(self._scalar("SELECT coalesce(max(id), 0) FROM people"))
            self.conn.executemany(sql, values())
            cursor = self.conn.execute("SELECT id FROM people WHERE id > ? ORDER BY id", (before,))
            return [row[0] for row in cursor]

    def people_emails(self) -> dict[str, tuple[int, str]]:
        """Everyone's e-mail address, case-folded → (person id, full name), in one query."""
        found: dict[str, tuple[int, str]] = {}
        with translated(self.path):
            cursor = self.conn.execute(
                "SELECT id, email, given_name, family_name FROM people WHERE email != '' "
                "ORDER BY id"
            )
            for pid, email, given, family in cursor:
                name = " ".join(p for p in (given, family) if p)
                found.setdefault(email.casefold(), (pid, name))
        return found

    # -- counts for the window's tables ------------------------------------------

    def people_per_organisation(self) -> dict[int, int]:
        """How many people work for each organisation (organisations with nobody left out)."""
        with translated(self.path):
            cursor = self.conn.execute(
                "SELECT organisation_id, count(*) FROM people "
                "WHERE organisation_id IS NOT NULL GROUP BY organisation_id"
            )
            return {int(org_id): int(n) for org_id, n in cursor}
