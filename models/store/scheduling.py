"""The scheduler's tables: meeting requests, availability, base venues and locks."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from models.errors import NotFound
from models.store.base import StoreBase, missing
from models.timezones import from_storage, to_storage

if TYPE_CHECKING:  # imported when first used: the window's start does not need them
    from models.scheduler.requests import Availability, MeetingRequest


def _time(text: str | None) -> Any:
    return from_storage(text) if text else None


def _request_row(r: MeetingRequest) -> dict[str, Any]:
    return {
        "id": r.id,
        "requester_id": r.requester_id,
        "target_org_id": r.target_org_id,
        "target_person_id": r.target_person_id,
        "priority": r.priority.value,
        "duration_minutes": r.duration_minutes,
        "interpreter": r.interpreter,
        "venue_id": r.venue_id,
        "venue_rule": r.venue_rule,
        "not_before": to_storage(r.not_before) if r.not_before else None,
        "not_after": to_storage(r.not_after) if r.not_after else None,
        "notes": r.notes,
        "event_id": r.event_id,
    }


class SchedulingStore(StoreBase):
    """Meeting requests with their attendees; availability; bases; locks."""

    # -- requests ------------------------------------------------------------------

    def meeting_requests(self) -> list[MeetingRequest]:
        from models.scheduler.requests import MeetingRequest, Priority

        people: dict[int, list[int]] = defaultdict(list)
        for r in self._all(
            "SELECT request_id, person_id FROM meeting_request_attendees "
            "ORDER BY request_id, position"
        ):
            people[r["request_id"]].append(r["person_id"])
        return [
            MeetingRequest(
                id=r["id"],
                requester_id=r["requester_id"],
                target_org_id=r["target_org_id"],
                target_person_id=r["target_person_id"],
                priority=Priority(r["priority"]),
                duration_minutes=r["duration_minutes"],
                interpreter=r["interpreter"],
                venue_id=r["venue_id"],
                venue_rule=r["venue_rule"],
                not_before=_time(r["not_before"]),
                not_after=_time(r["not_after"]),
                attendee_ids=tuple(people.get(r["id"], ())),
                notes=r["notes"],
                event_id=r["event_id"],
            )
            for r in self._all("SELECT * FROM meeting_requests ORDER BY id")
        ]

    def meeting_request(self, request_id: int) -> MeetingRequest:
        found = [r for r in self.meeting_requests() if r.id == request_id]
        if not found:
            raise NotFound(missing("meeting request", request_id), "meeting_requests", request_id)
        return found[0]

    def _write_attendees(self, request_id: int, people: Sequence[int]) -> None:
        self.conn.execute(
            "DELETE FROM meeting_request_attendees WHERE request_id = ?", (request_id,)
        )
        self.conn.executemany(
            "INSERT INTO meeting_request_attendees (request_id, person_id, position) "
            "VALUES (?, ?, ?)",
            [(request_id, p, n) for n, p in enumerate(dict.fromkeys(people))],
        )

    def insert_meeting_requests(self, requests: Iterable[MeetingRequest]) -> list[MeetingRequest]:
        stored = []
        with self.atomic():
            for r in requests:
                new_id = self._insert("meeting_requests", _request_row(r))
                self._write_attendees(new_id, r.attendee_ids)
                stored.append(replace(r, id=new_id))
        return stored

    def update_meeting_request(self, r: MeetingRequest) -> MeetingRequest:
        assert r.id is not None
        with self.atomic():
            self._update("meeting_requests", _request_row(r), "meeting request")
            self._write_attendees(r.id, r.attendee_ids)
        return r

    def delete_meeting_request(self, request_id: int) -> None:
        self._delete("meeting_requests", request_id, "meeting request")

    def link_requests(self, links: Mapping[int, int | None]) -> None:
        """Set the meeting (event) each request is met by."""
        with self.atomic():
            self.conn.executemany(
                "UPDATE meeting_requests SET event_id = ? WHERE id = ?",
                [(event_id, request_id) for request_id, event_id in links.items()],
            )

    # -- availability -----------------------------------------------------------------

    def availability(self) -> list[Availability]:
        from models.scheduler.requests import Availability

        return [
            Availability(
                id=r["id"],
                person_id=r["person_id"],
                organisation_id=r["organisation_id"],
                starts_at=from_storage(r["starts_at"]),
                ends_at=from_storage(r["ends_at"]),
                busy=bool(r["busy"]),
                notes=r["notes"],
            )
            for r in self._all("SELECT * FROM availability ORDER BY starts_at, id")
        ]

    def save_availability(self, a: Availability) -> Availability:
        row = {
            "id": a.id,
            "person_id": a.person_id,
            "organisation_id": a.organisation_id,
            "starts_at": to_storage(a.starts_at),
            "ends_at": to_storage(a.ends_at),
            "busy": int(a.busy),
            "notes": a.notes,
        }
        with self.atomic():
            if a.id is None:
                return replace(a, id=self._insert("availability", row))
            self._update("availability", row, "availability window")
        return a

    def delete_availability(self, availability_id: int) -> None:
        self._delete("availability", availability_id, "availability window")

    # -- base venues and locks ------------------------------------------------------------

    def organisation_bases(self) -> dict[int, int]:
        return {
            r["organisation_id"]: r["venue_id"]
            for r in self._all("SELECT organisation_id, venue_id FROM organisation_bases")
        }

    def set_organisation_base(self, org_id: int, venue_id: int | None) -> None:
        with self.atomic():
            self.conn.execute("DELETE FROM organisation_bases WHERE organisation_id = ?", (org_id,))
            if venue_id is not None:
                self.conn.execute(
                    "INSERT INTO organisation_bases (organisation_id, venue_id) VALUES (?, ?)",
                    (org_id, venue_id),
                )

    def locked_event_ids(self) -> frozenset[int]:
        return frozenset(r["event_id"] for r in self._all("SELECT event_id FROM event_locks"))

    def set_event_locked(self, event_id: int, locked: bool) -> None:
        with self.atomic():
            self.conn.execute("DELETE FROM event_locks WHERE event_id = ?", (event_id,))
            if locked:
                self.conn.execute("INSERT INTO event_locks (event_id) VALUES (?)", (event_id,))

    def sent_event_ids(self) -> frozenset[int]:
        """Events whose invites were sent (the export log has a request for them)."""
        return frozenset(
            r["event_id"]
            for r in self._all(
                "SELECT DISTINCT event_id FROM export_log "
                "WHERE event_id IS NOT NULL AND method = 'REQUEST'"
            )
        )
