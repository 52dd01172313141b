"""Protocol tables: rank tables, seating plans, badge tokens, check-ins, vehicles, gifts.

The protocol's entities are imported by the methods that make them: every
window and command builds a :class:`~models.store.Store`, and most of them
never read a protocol table (the window's start would pay for the imports).
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from models.store.protocol_keeping import ProtocolKeeping
from models.timezones import from_storage, to_storage

if TYPE_CHECKING:
    from models.protocol.checkin import BadgeToken
    from models.protocol.entities import (
        CheckIn,
        Gift,
        ProtocolBook,
        RankRow,
        RankTable,
        SeatingPlan,
        Vehicle,
    )

_KEYWORD_SEPARATOR = "\n"


class ProtocolStore(ProtocolKeeping):
    """The protocol part of the store (one mixin, its own tables)."""

    # -- everything at once ------------------------------------------------------

    def protocol_book(self) -> ProtocolBook:
        from models.protocol.entities import ProtocolBook

        return ProtocolBook(
            rank_tables=tuple(self.rank_tables()),
            explicit_ranks=self.explicit_ranks(),
            seating=tuple(self.seating_plans()),
            vehicles=tuple(self.vehicles()),
            gifts=tuple(self.gifts()),
        )

    # -- precedence --------------------------------------------------------------

    def rank_tables(self) -> list[RankTable]:
        from models.protocol.entities import RankRow, RankTable

        rows: dict[int | None, list[RankRow]] = defaultdict(list)
        for r in self._all("SELECT * FROM rank_rows ORDER BY delegation_id, position, id"):
            words = tuple(w for w in r["keywords"].split(_KEYWORD_SEPARATOR) if w)
            rows[r["delegation_id"]].append(RankRow(r["label"], words))
        return [RankTable(d, tuple(found)) for d, found in rows.items()]

    def save_rank_table(self, table: RankTable) -> None:
        """Replace the rank table of ``table.delegation_id`` (None: the default one).

        A rank row is its place in its table: the row held at each place is updated
        (written only when it differs), places the table no longer has are deleted,
        and new places become new rows with ids above every id a team's file remembers
        (:func:`~models.store.base.unremembered_id`), so that a new rank never takes
        the identity of a row deleted earlier.  A team then receives only what
        changed, as changes of the same rows: another laptop's edit of another rank
        merges with it, and a deleted rank stays deleted."""
        wanted = [
            (n, row.label, _KEYWORD_SEPARATOR.join(row.keywords))
            for n, row in enumerate(table.rows)
        ]
        with self.atomic():
            held = self.conn.execute(
                "SELECT id, position, label, keywords FROM rank_rows WHERE delegation_id IS ? "
                "ORDER BY position, id",
                (table.delegation_id,),
            ).fetchall()
            self.conn.executemany(
                "UPDATE rank_rows SET position = ?, label = ?, keywords = ? WHERE id = ?",
                [
                    (*row, old[0])
                    for old, row in zip(held, wanted, strict=False)
                    if tuple(old[1:]) != row
                ],
            )
            self.conn.executemany(
                "DELETE FROM rank_rows WHERE id = ?", [(old[0],) for old in held[len(wanted) :]]
            )
            added = wanted[len(held) :]
            if added:
                first = self._unremembered_id("rank_rows")
                if first is None:
                    first = self._scalar("SELECT coalesce(max(id), 0) + 1 FROM rank_rows")
                self.conn.executemany(
                    "INSERT INTO rank_rows (id, delegation_id, position, label, keywords) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [(first + n, table.delegation_id, *row) for n, row in enumerate(added)],
                )

    def delete_rank_table(self, delegation_id: int | None) -> None:
        with self.atomic():
            self.conn.execute("DELETE FROM rank_rows WHERE delegation_id IS ?", (delegation_id,))

    def explicit_ranks(self) -> dict[int, int]:
        return {r["person_id"]: r["rank"] for r in self._all("SELECT * FROM person_ranks")}

    def set_explicit_rank(self, person_id: int, rank: int | None) -> int | None:
        """Set or clear a person's explicit rank; returns the one it replaced."""
        with self.atomic():
            before = self._scalar("SELECT rank FROM person_ranks WHERE person_id = ?", (person_id,))
            if rank is None:
                self.conn.execute("DELETE FROM person_ranks WHERE person_id = ?", (person_id,))
            else:
                self.conn.execute(
                    "INSERT INTO person_ranks (person_id, rank) VALUES (?, ?) "
                    "ON CONFLICT(person_id) DO UPDATE SET rank = excluded.rank",
                    (person_id, rank),
                )
        return int(before) if before is not None else None

    # -- seating -----------------------------------------------------------------

    def seating_plans(self, event_id: int | None = None) -> list[SeatingPlan]:
        from models.protocol.entities import Layout, Seat, SeatingPlan, Side

        where, params = ("WHERE event_id = ?", (event_id,)) if event_id is not None else ("", ())
        seats: dict[int, list[Seat]] = defaultdict(list)
        for r in self._all(f"SELECT * FROM seats {where} ORDER BY event_id, position", params):
            seats[r["event_id"]].append(
                Seat(
                    r["seat_key"],
                    r["label"],
                    Side(r["side"]) if r["side"] else None,
                    r["x"],
                    r["y"],
                    r["table_no"],
                    r["person_id"],
                )
            )
        return [
            SeatingPlan(r["event_id"], Layout(r["layout"]), tuple(seats.get(r["event_id"], ())))
            for r in self._all(f"SELECT * FROM seating_plans {where} ORDER BY event_id", params)
        ]

    def seating_plan(self, event_id: int) -> SeatingPlan | None:
        found = self.seating_plans(event_id)
        return found[0] if found else None

    def save_seating_plan(self, plan: SeatingPlan) -> None:
        with self.atomic():
            self.conn.execute("DELETE FROM seating_plans WHERE event_id = ?", (plan.event_id,))
            self.conn.execute(
                "INSERT INTO seating_plans (event_id, layout) VALUES (?, ?)",
                (plan.event_id, plan.layout.value),
            )
            self.conn.executemany(
                "INSERT INTO seats (event_id, seat_key, position, label, side, table_no, x, y, "
                "person_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        plan.event_id,
                        s.key,
                        n,
                        s.label,
                        s.side.value if s.side else None,
                        s.table,
                        s.x,
                        s.y,
                        s.person_id,
                    )
                    for n, s in enumerate(plan.seats)
                ],
            )

    def delete_seating_plan(self, event_id: int) -> None:
        with self.atomic():
            self.conn.execute("DELETE FROM seating_plans WHERE event_id = ?", (event_id,))

    # -- badge tokens and check-ins -------------------------------------------------

    def badge_tokens(
        self, *, event_id: int | None = None, delegation_id: int | None = None
    ) -> list[BadgeToken]:
        return [
            _token(r)
            for r in self._all(
                "SELECT * FROM badge_tokens WHERE event_id IS ? AND delegation_id IS ? "
                "ORDER BY person_id, issued_at, token",
                (event_id, delegation_id),
            )
        ]

    def add_badge_tokens(self, tokens: Iterable[BadgeToken], issued_at: datetime) -> None:
        with self.atomic():
            self.conn.executemany(
                "INSERT INTO badge_tokens (token, person_id, event_id, delegation_id, issued_at) "
                "VALUES (?, ?, ?, ?, ?)",
                [
                    (t.token, t.person_id, t.event_id, t.delegation_id, to_storage(issued_at))
                    for t in tokens
                ],
            )

    def find_badge_token(self, token: str) -> BadgeToken | None:
        found = self._all("SELECT * FROM badge_tokens WHERE token = ?", (token,))
        return _token(found[0]) if found else None

    def superseded_badges(self) -> list[BadgeToken]:
        """Badges issued after another for the same person and event (or delegation),
        on another laptop while both were offline (see :mod:`models.protocol.checkin`)."""
        return superseded_badges(self.conn)

    def checkins(self, event_id: int) -> list[CheckIn]:
        from models.protocol.entities import CheckIn

        return [
            CheckIn(r["event_id"], r["person_id"], from_storage(r["arrived_at"]))
            for r in self._all(
                "SELECT * FROM checkins WHERE event_id = ? ORDER BY arrived_at, person_id",
                (event_id,),
            )
        ]

    def checkin_of(self, event_id: int, person_id: int) -> CheckIn | None:
        from models.protocol.entities import CheckIn

        found = self._all(
            "SELECT * FROM checkins WHERE event_id = ? AND person_id = ?", (event_id, person_id)
        )
        return CheckIn(event_id, person_id, from_storage(found[0]["arrived_at"])) if found else None

    def add_checkin(self, checkin: CheckIn) -> bool:
        """Record an arrival; False (and nothing written) when one is already recorded."""
        with self.atomic():
            cursor = self.conn.execute(
                "INSERT OR IGNORE INTO checkins (event_id, person_id, arrived_at) VALUES (?, ?, ?)",
                (checkin.event_id, checkin.person_id, to_storage(checkin.arrived_at)),
            )
        return cursor.rowcount == 1

    def remove_checkin(self, checkin: CheckIn) -> bool:
        """Take back exactly this arrival (same time); False when it is not there."""
        with self.atomic():
            cursor = self.conn.execute(
                "DELETE FROM checkins WHERE event_id = ? AND person_id = ? AND arrived_at = ?",
                (checkin.event_id, checkin.person_id, to_storage(checkin.arrived_at)),
            )
        return cursor.rowcount == 1

    # -- vehicles ----------------------------------------------------------------

    def vehicles(self, event_id: int | None = None) -> list[Vehicle]:
        where, params = ("WHERE event_id = ?", (event_id,)) if event_id is not None else ("", ())
        clause = f"WHERE vehicle_id IN (SELECT id FROM vehicles {where})" if where else ""
        riders: dict[int, list[int]] = defaultdict(list)
        for r in self._all(
            f"SELECT vehicle_id, person_id FROM vehicle_passengers {clause} "
            "ORDER BY vehicle_id, position",
            params,
        ):
            riders[r["vehicle_id"]].append(r["person_id"])
        return [
            _vehicle(r, tuple(riders.get(r["id"], ())))
            for r in self._all(
                f"SELECT * FROM vehicles {where} ORDER BY event_id, leg_id, position, id", params
            )
        ]

    def replace_leg_vehicles(
        self, event_id: int, leg_id: int, vehicles: Sequence[Vehicle]
    ) -> list[Vehicle]:
        """The leg's vehicles become exactly ``vehicles`` (ids kept where given)."""
        from dataclasses import replace

        stored: list[Vehicle] = []
        with self.atomic():
            self.conn.execute(
                "DELETE FROM vehicles WHERE event_id = ? AND leg_id = ?", (event_id, leg_id)
            )
            for n, v in enumerate(vehicles):
                new_id = self._insert(
                    "vehicles",
                    {
                        "id": v.id,
                        "event_id": event_id,
                        "leg_id": leg_id,
                        "position": n,
                        "plate": v.plate,
                        "kind": v.kind,
                        "seats": v.seats,
                        "driver": v.driver,
                        "driver_phone": v.driver_phone,
                        "notes": v.notes,
                    },
                )
                self.conn.executemany(
                    "INSERT INTO vehicle_passengers (vehicle_id, person_id, position) "
                    "VALUES (?, ?, ?)",
                    [(new_id, pid, k) for k, pid in enumerate(dict.fromkeys(v.passenger_ids))],
                )
                stored.append(replace(v, id=new_id, event_id=event_id, leg_id=leg_id, order=n))
        return stored

    # -- gifts -------------------------------------------------------------------

    def gifts(self) -> list[Gift]:
        return [_gift(r) for r in self._all("SELECT * FROM gifts ORDER BY given_on, id")]

    def save_gift(self, gift: Gift) -> Gift:
        from dataclasses import replace

        values: dict[str, Any] = {
            "id": gift.id,
            "event_id": gift.event_id,
            "given_on": gift.given_on.isoformat() if gift.given_on else None,
            "direction": gift.direction.value,
            "giver": gift.giver,
            "recipient": gift.recipient,
            "description": gift.description,
            "value": str(gift.value) if gift.value is not None else None,
            "currency": gift.currency,
            "notes": gift.notes,
        }
        with self.atomic():
            if gift.id is None:
                return replace(gift, id=self._insert("gifts", values))
            self._update("gifts", values, "gift")
        return gift

    def delete_gift(self, gift_id: int) -> None:
        self._delete("gifts", gift_id, "gift")


def _token(r: Any) -> BadgeToken:
    from models.protocol.checkin import BadgeToken

    return BadgeToken(
        r["token"], r["person_id"], r["event_id"], r["delegation_id"], from_storage(r["issued_at"])
    )


def superseded_badges(conn: sqlite3.Connection) -> list[BadgeToken]:
    """Every badge with an earlier-issued one for the same holder, in the order issued."""
    cursor = conn.execute(
        "SELECT b.token, b.person_id, b.event_id, b.delegation_id, b.issued_at "
        "FROM badge_tokens b WHERE EXISTS (SELECT 1 FROM badge_tokens f "
        "WHERE f.person_id = b.person_id AND f.event_id IS b.event_id "
        "AND f.delegation_id IS b.delegation_id "
        "AND (f.issued_at < b.issued_at OR (f.issued_at = b.issued_at AND f.token < b.token))) "
        "ORDER BY b.issued_at, b.token"
    )
    names = ("token", "person_id", "event_id", "delegation_id", "issued_at")
    return [_token(dict(zip(names, row, strict=True))) for row in cursor]


def _vehicle(r: dict[str, Any], riders: tuple[int, ...]) -> Vehicle:
    from models.protocol.entities import Vehicle

    return Vehicle(
        id=r["id"],
        event_id=r["event_id"],
        leg_id=r["leg_id"],
        order=r["position"],
        plate=r["plate"],
        kind=r["kind"],
        seats=r["seats"],
        driver=r["driver"],
        driver_phone=r["driver_phone"],
        passenger_ids=riders,
        notes=r["notes"],
    )


def _gift(r: dict[str, Any]) -> Gift:
    from decimal import Decimal

    from models.protocol.entities import Gift, GiftDirection

    return Gift(
        id=r["id"],
        event_id=r["event_id"],
        given_on=date.fromisoformat(r["given_on"]) if r["given_on"] else None,
        direction=GiftDirection(r["direction"]),
        giver=r["giver"],
        recipient=r["recipient"],
        description=r["description"],
        value=Decimal(r["value"]) if r["value"] else None,
        currency=r["currency"],
        notes=r["notes"],
    )
