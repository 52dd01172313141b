"""Delegations, venues with their rooms, and travel times between venues."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from models.entities import (
    Delegation,
    Room,
    TravelTime,
    Venue,
)
from models.store import rows
from models.store.base import StoreBase


class PlacesStore(StoreBase):
    """Delegations, venues and travel times."""

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
            "SELECT * FROM delegations WHERE id = ?",
            (delegation_id,),
            "such delegation",
            "delegations",
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
        version = delegation.version + 1
        with self.atomic():
            new_id = self._insert(
                "delegations", {**rows.delegation_row(delegation), "version": version}
            )
            self._write_members(new_id, delegation.member_ids)
            self._wrote("delegations", new_id, version)
        return replace(delegation, id=new_id, version=version)

    def update_delegation(self, delegation: Delegation) -> Delegation:
        """Write a delegation loaded at ``delegation.version`` (else :class:`StaleRecord`)."""
        assert delegation.id is not None
        with self.atomic():
            version = self._bump("delegations", delegation.id, delegation.version, delegation)
            self._update("delegations", rows.delegation_row(delegation), "delegation")
            self._write_members(delegation.id, delegation.member_ids)
            self._wrote("delegations", delegation.id, version)
        return replace(delegation, version=version)

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
            self.touch("delegations", [delegation_id])

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
        row = self._one("SELECT * FROM venues WHERE id = ?", (venue_id,), "such venue", "venues")
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
            found = self._all(
                "SELECT position, name, capacity, version FROM rooms WHERE id = ? AND venue_id = ?",
                (room.id, venue_id),
            ) if room.id is not None else []  # fmt: skip
            if found:
                now = found[0]
                version = now["version"]
                if (now["position"], now["name"], now["capacity"]) != (
                    position, room.name, room.capacity
                ):  # fmt: skip
                    version += 1
                self._update("rooms", {**values, "version": version}, "room")
                stored.append(replace(room, version=version))
            else:
                version = room.version + 1
                new_id = self._insert("rooms", {**values, "version": version})
                stored.append(replace(room, id=new_id, version=version))
        return tuple(stored)

    def insert_venue(self, venue: Venue) -> Venue:
        version = venue.version + 1
        with self.atomic():
            new_id = self._insert("venues", {**rows.venue_row(venue), "version": version})
            stored_rooms = self._write_rooms(new_id, venue.rooms)
            self._wrote("venues", new_id, version)
        return replace(venue, id=new_id, rooms=stored_rooms, version=version)

    def update_venue(self, venue: Venue) -> Venue:
        """Write a venue and its rooms loaded at ``venue.version`` (else :class:`StaleRecord`)."""
        assert venue.id is not None
        with self.atomic():
            version = self._bump("venues", venue.id, venue.version, venue)
            self._update("venues", rows.venue_row(venue), "venue")
            stored_rooms = self._write_rooms(venue.id, venue.rooms)
            self._wrote("venues", venue.id, version)
        return replace(venue, rooms=stored_rooms, version=version)

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
