"""The e-mail outbox: messages to send, one per recipient, and how delivery went.

A message is queued with the export-log lines it will make true once the
server accepts it (:class:`OutboxItem`: which UID, METHOD and SEQUENCE it
tells its recipient).  Those lines are written to the export log only when
the message is marked sent, in the same transaction: the export log stays
the one record of what each person was last told, whether by a file or by
e-mail, and a message that never left tells no one anything.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from models.store.base import StoreBase
from models.store.exportlog import ExportRecord
from models.timezones import from_storage, to_storage

QUEUED = "queued"  # waiting to be sent
SENDING = "sending"  # handed to the server, no answer recorded yet
SENT = "sent"  # accepted by the server
DEFERRED = "deferred"  # refused for now (4xx): tried again after next_attempt_at
FAILED = "failed"  # refused for good (5xx) or interrupted: not tried again
SUPERSEDED = "superseded"  # replaced by a newer message before it was sent

#: Messages a send run tries to deliver.
PENDING = (QUEUED, DEFERRED)
STATUSES = (QUEUED, SENDING, SENT, DEFERRED, FAILED, SUPERSEDED)


class OutboxItem(NamedTuple):
    """One thing a message tells its recipient: an invitation or a cancellation."""

    channel: str  # "event" (shared form) or "per-attendee", as in the export log
    event_id: int | None
    event_uid: str
    method: str  # REQUEST or CANCEL
    sequence: int
    fingerprint: str = ""


class OutboxMessage(NamedTuple):
    """One e-mail to one recipient, its bytes and its delivery state."""

    id: int | None
    created_at: datetime
    person_id: int | None
    recipient: str
    sender: str  # the envelope sender (MAIL FROM)
    subject: str
    message_id: str
    message: bytes
    status: str = QUEUED
    attempts: int = 0
    next_attempt_at: datetime | None = None
    last_error: str = ""
    sent_at: datetime | None = None
    items: tuple[OutboxItem, ...] = ()


def _when(text: str | None) -> datetime | None:
    return from_storage(text) if text else None


class OutboxStore(StoreBase):
    """The outbox table and its items."""

    def queue_messages(
        self, messages: Sequence[OutboxMessage], supersede: Iterable[int] = ()
    ) -> list[int]:
        """Store new messages (and mark older pending ones replaced) in one transaction."""
        ids: list[int] = []
        with self.atomic():
            for old in supersede:
                self.conn.execute(
                    "UPDATE outbox SET status = ? WHERE id = ? AND status IN (?, ?)",
                    (SUPERSEDED, old, *PENDING),
                )
            for m in messages:
                cursor = self.conn.execute(
                    "INSERT INTO outbox (created_at, person_id, recipient, sender, subject, "
                    "message_id, message, status, attempts, next_attempt_at, last_error) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, '')",
                    (to_storage(m.created_at), m.person_id, m.recipient, m.sender, m.subject,
                     m.message_id, m.message, QUEUED),
                )  # fmt: skip
                key = int(cursor.lastrowid or 0)
                ids.append(key)
                self.conn.executemany(
                    "INSERT INTO outbox_items (outbox_id, position, channel, event_id, "
                    "event_uid, method, sequence, fingerprint) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    [(key, n, *item) for n, item in enumerate(m.items)],
                )
        return ids

    def outbox_messages(
        self, statuses: Iterable[str] | None = None, *, with_bytes: bool = True
    ) -> list[OutboxMessage]:
        """Messages in the order they were queued, optionally only in some states."""
        wanted = tuple(statuses) if statuses is not None else STATUSES
        marks = ", ".join("?" for _ in wanted)
        body = "message" if with_bytes else "x'' AS message"
        rows = self._all(
            f"SELECT id, created_at, person_id, recipient, sender, subject, message_id, {body}, "
            f"status, attempts, next_attempt_at, last_error, sent_at FROM outbox "
            f"WHERE status IN ({marks}) ORDER BY id",
            wanted,
        )
        items: dict[int, list[OutboxItem]] = {}
        if rows:
            found = self._all(
                "SELECT outbox_id, channel, event_id, event_uid, method, sequence, fingerprint "
                f"FROM outbox_items WHERE outbox_id IN (SELECT id FROM outbox WHERE status IN "
                f"({marks})) ORDER BY outbox_id, position",
                wanted,
            )
            for r in found:
                items.setdefault(r["outbox_id"], []).append(
                    OutboxItem(r["channel"], r["event_id"], r["event_uid"], r["method"],
                               r["sequence"], r["fingerprint"])
                )  # fmt: skip
        return [self._message(r, items.get(r["id"], [])) for r in rows]

    @staticmethod
    def _message(r: dict[str, Any], items: list[OutboxItem]) -> OutboxMessage:
        return OutboxMessage(
            id=r["id"], created_at=from_storage(r["created_at"]), person_id=r["person_id"],
            recipient=r["recipient"], sender=r["sender"], subject=r["subject"],
            message_id=r["message_id"], message=bytes(r["message"]), status=r["status"],
            attempts=r["attempts"], next_attempt_at=_when(r["next_attempt_at"]),
            last_error=r["last_error"], sent_at=_when(r["sent_at"]), items=tuple(items),
        )  # fmt: skip

    def _set_status(self, key: int, status: str, **values: Any) -> None:
        columns = ", ".join(f"{name} = ?" for name in values)
        extra = f", {columns}" if columns else ""
        with self.atomic():
            self.conn.execute(
                f"UPDATE outbox SET status = ?{extra} WHERE id = ?",
                (status, *values.values(), key),
            )

    def mark_sending(self, key: int) -> None:
        """Committed before the message is handed to the server."""
        self._set_status(key, SENDING)

    def mark_sent(self, message: OutboxMessage, at: datetime) -> None:
        """Accepted by the server: sent, and its items become export-log lines, together."""
        with self.atomic():
            self.conn.execute(
                "UPDATE outbox SET status = ?, sent_at = ?, attempts = attempts + 1, "
                "last_error = '', next_attempt_at = NULL WHERE id = ?",
                (SENT, to_storage(at), message.id),
            )
            self.record_exports(  # type: ignore[attr-defined]
                ExportRecord(
                    exported_at=at, channel=item.channel, event_id=item.event_id,
                    event_uid=item.event_uid, person_id=message.person_id,
                    recipient=message.recipient, method=item.method, sequence=item.sequence,
                    fingerprint=item.fingerprint,
                )
                for item in message.items
            )  # fmt: skip

    def mark_deferred(self, key: int, error: str, retry_at: datetime) -> None:
        """Refused for now (4xx, or the server could not be reached): try again later."""
        with self.atomic():
            self.conn.execute(
                "UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ?, "
                "next_attempt_at = ? WHERE id = ?",
                (DEFERRED, error, to_storage(retry_at), key),
            )

    def mark_unsent(self, key: int, error: str) -> None:
        """Not handed over (the connection was lost before): queued as it was."""
        self._set_status(key, QUEUED, last_error=error)

    def mark_failed(self, key: int, error: str) -> None:
        with self.atomic():
            self.conn.execute(
                "UPDATE outbox SET status = ?, attempts = attempts + 1, last_error = ? "
                "WHERE id = ?",
                (FAILED, error, key),
            )

    def recover_interrupted(self) -> int:
        """Messages left "sending" by a crash: they may have been delivered, so they
        are marked failed (never sent twice by themselves); returns how many."""
        with self.atomic():
            cursor = self.conn.execute(
                "UPDATE outbox SET status = ?, last_error = ? WHERE status = ?",
                (FAILED, "Interrupted while it was being sent: it may or may not have "
                 "arrived, so it is not sent again by itself.", SENDING),
            )  # fmt: skip
        return int(cursor.rowcount or 0)

    def outbox_counts(self) -> dict[str, int]:
        rows = self._all("SELECT status, count(*) AS n FROM outbox GROUP BY status")
        return {r["status"]: int(r["n"]) for r in rows}
