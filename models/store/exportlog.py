"""The export log: what was sent to whom, and when."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, NamedTuple

from models.store.base import StoreBase
from models.timezones import to_storage


class ExportRecord(NamedTuple):
    """One line of the export log: what was sent to whom, and when.

    A named tuple rather than a dataclass: cheaper to define, and the store
    is imported as the window starts.
    """

    exported_at: datetime
    channel: str  # "event", "per-attendee", "person", "programme"
    event_id: int | None
    event_uid: str
    person_id: int | None
    recipient: str
    method: str  # REQUEST, CANCEL, PUBLISH
    sequence: int
    fingerprint: str = ""


class ExportLogStore(StoreBase):
    """What was exported to whom (calendar invites)."""

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
