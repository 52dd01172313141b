"""What was published to each CalDAV calendar: one row per calendar object resource.

The stored ETag is what the next publish sends as If-Match, so a resource
changed on the server by someone else is noticed instead of overwritten; the
fingerprint says whether the event changed here since it was published.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import NamedTuple

from models.store.base import StoreBase
from models.timezones import from_storage, to_storage


class PublishedResource(NamedTuple):
    calendar_url: str
    event_uid: str
    event_id: int | None
    href: str  # the resource's URL
    etag: str  # as the server gave it, quotes included ("" when it gave none)
    fingerprint: str
    published_at: datetime


class CalDavStore(StoreBase):
    """The caldav_resources table."""

    def published_resources(self, calendar_url: str) -> dict[str, PublishedResource]:
        """Event UID -> what was last published for it to this calendar."""
        rows = self._all(
            "SELECT * FROM caldav_resources WHERE calendar_url = ? ORDER BY event_uid",
            (calendar_url,),
        )
        found = {}
        for r in rows:
            found[r["event_uid"]] = PublishedResource(
                r["calendar_url"], r["event_uid"], r["event_id"], r["href"], r["etag"],
                r["fingerprint"], from_storage(r["published_at"]),
            )  # fmt: skip
        return found

    def save_published(self, resources: Iterable[PublishedResource]) -> None:
        with self.atomic():
            self.conn.executemany(
                "INSERT INTO caldav_resources (calendar_url, event_uid, event_id, href, etag, "
                "fingerprint, published_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (calendar_url, event_uid) DO UPDATE SET event_id = excluded.event_id, "
                "href = excluded.href, etag = excluded.etag, fingerprint = excluded.fingerprint, "
                "published_at = excluded.published_at",
                [(r.calendar_url, r.event_uid, r.event_id, r.href, r.etag, r.fingerprint,
                  to_storage(r.published_at)) for r in resources],
            )  # fmt: skip

    def forget_published(self, calendar_url: str, event_uids: Iterable[str]) -> None:
        with self.atomic():
            self.conn.executemany(
                "DELETE FROM caldav_resources WHERE calendar_url = ? AND event_uid = ?",
                [(calendar_url, uid) for uid in event_uids],
            )
