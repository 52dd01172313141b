"""Protocol rows a delete takes with it, kept so that an undo puts them back.

Deleting an event or a person cascades to its seats, badge tokens,
check-ins, vehicles and gifts; :meth:`Desk.restore` writes them back.
"""

from __future__ import annotations

from typing import Any

from models.store.base import StoreBase

#: What refers to an event or a person, in the order rows are put back.
_BY_EVENT = (
    ("seating_plans", "event_id = ?"),
    ("seats", "event_id = ?"),
    ("badge_tokens", "event_id = ?"),
    ("checkins", "event_id = ?"),
    ("vehicles", "event_id = ?"),
    ("vehicle_passengers", "vehicle_id IN (SELECT id FROM vehicles WHERE event_id = ?)"),
    ("gifts", "event_id = ?"),
)
_BY_PERSON = (
    ("person_ranks", "person_id = ?"),
    ("seats", "person_id = ?"),
    ("badge_tokens", "person_id = ?"),
    ("checkins", "person_id = ?"),
    ("vehicle_passengers", "person_id = ?"),
)

ProtocolRows = tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


class ProtocolKeeping(StoreBase):
    """Keeping the protocol rows a delete would take with it, to put them back on undo."""

    def protocol_rows(
        self, *, event_id: int | None = None, person_id: int | None = None
    ) -> ProtocolRows:
        """Every protocol row that refers to the event (or the person)."""
        plan = _BY_EVENT if event_id is not None else _BY_PERSON
        key = event_id if event_id is not None else person_id
        return tuple(
            (table, tuple(self._all(f"SELECT * FROM {table} WHERE {where}", (key,))))
            for table, where in plan
        )

    def put_protocol_rows(self, kept: ProtocolRows) -> None:
        """Put back rows taken by a delete (rows still there are left as they are;
        a seat emptied by the delete gets its person back)."""
        with self.atomic():
            for table, found in kept:
                for row in found:
                    columns = ", ".join(row)
                    marks = ", ".join("?" for _ in row)
                    tail = "OR IGNORE " if table != "seats" else ""
                    sql = f"INSERT {tail}INTO {table} ({columns}) VALUES ({marks})"
                    if table == "seats":
                        sql += (
                            " ON CONFLICT(event_id, seat_key) DO UPDATE SET person_id = "
                            "excluded.person_id WHERE seats.person_id IS NULL"
                        )
                    self.conn.execute(sql, tuple(row.values()))
