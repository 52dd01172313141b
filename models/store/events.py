"""Events with their hosts, agenda, participations and transport legs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, NamedTuple

from models.entities import (
    AgendaItem,
    Event,
    Participation,
    TransportLeg,
)
from models.errors import NotFound
from models.store import rows
from models.store.base import StoreBase, missing
from models.store.connection import translated
from models.timezones import from_storage, to_storage

#: Events overlapping [start, end); parameters from :func:`_overlap`.
_OVERLAPPING = "WHERE starts_at < ? AND ends_at > ?"


def _overlap(start: datetime, end: datetime) -> tuple[str, str]:
    return (to_storage(end), to_storage(start))


class EventSpan(NamedTuple):
    """An event's place in time, without its children (for quick overviews)."""

    id: int
    starts_at: datetime
    ends_at: datetime
    timezone: str


class EventStore(StoreBase):
    """Events, each read and written whole (the aggregate)."""

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
                f"SELECT event_id, person_id, role, reply, comment FROM participations {clause} "
                "ORDER BY event_id, position, person_id",
                params,
            )
            for event_id, person_id, role, reply, comment in cursor:
                people[event_id].append(rows.participation_from(person_id, role, reply, comment))
        passengers: dict[int, list[int]] = defaultdict(list)
        leg_clause = f"WHERE leg_id IN (SELECT id FROM transport_legs {clause})" if clause else ""
        for r in self._all(
            f"SELECT leg_id, person_id FROM leg_passengers {leg_clause} ORDER BY leg_id, position",
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
        return self._events(_OVERLAPPING, _overlap(start, end))

    def event_spans(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> list[EventSpan]:
        """The spans of the events overlapping [start, end), or of every event
        when neither is given, in time order."""
        if (start is None) != (end is None):
            raise ValueError("event_spans takes both start and end, or neither")
        where = ""
        params: tuple[str, ...] = ()
        if start is not None and end is not None:
            where, params = _OVERLAPPING, _overlap(start, end)
        with translated(self.path):
            cursor = self.conn.execute(
                f"SELECT id, starts_at, ends_at, timezone FROM events {where} "
                "ORDER BY starts_at, id",
                params,
            )
            return [EventSpan(i, from_storage(a), from_storage(b), z) for i, a, b, z in cursor]

    def events_by_ids(self, ids: Sequence[int]) -> list[Event]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return []
        marks = ",".join("?" for _ in wanted)
        found = {e.id: e for e in self._events(f"WHERE id IN ({marks})", wanted)}
        return [found[i] for i in wanted if i in found]

    def event(self, event_id: int) -> Event:
        if not -(2**63) <= event_id < 2**63:  # no id SQLite can hold
            raise NotFound(missing("event", event_id), "events", event_id)
        found = self._events("WHERE id = ?", (event_id,))
        if not found:
            raise NotFound(missing("event", event_id), "events", event_id)
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
            "INSERT INTO participations (event_id, person_id, position, role, reply, comment) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                (event_id, p.person_id, n, p.role.value, p.reply.value, p.comment)
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
        version = event.version + 1
        with self.atomic():
            new_id = self._insert("events", {**rows.event_row(event), "version": version})
            stored = self._write_event_children(replace(event, id=new_id, version=version))
            self._wrote("events", new_id, version)
        return stored

    def replace_event(self, event: Event) -> Event:
        """Write the event and everything that belongs to it, as given.

        The event must be the version it was loaded at (``event.version``, or
        what :meth:`expecting` says); else :class:`StaleRecord`, nothing written.
        """
        assert event.id is not None
        with self.atomic():
            version = self._bump("events", event.id, event.version, event)
            self._update("events", rows.event_row(event), "event")
            stored = self._write_event_children(replace(event, version=version))
            self._wrote("events", event.id, version)
        return stored

    def delete_event(self, event_id: int) -> None:
        self._delete("events", event_id, "event")

    def set_replies(self, event_id: int, replies: Sequence[tuple[int, str, str]]) -> None:
        """Record answers: (person id, reply value, the comment sent with it)."""
        with self.atomic():
            self.conn.executemany(
                "UPDATE participations SET reply = ?, comment = ? "
                "WHERE event_id = ? AND person_id = ?",
                [(reply, comment, event_id, pid) for pid, reply, comment in replies],
            )
            self.touch("events", [event_id])
