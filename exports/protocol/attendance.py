"""Attendance as CSV for the organisers: everyone expected, and who arrived when.

UTF-8 with a byte-order mark and Excel's dialect, like the people import
reads; cells that a spreadsheet would take for a formula are prefixed with
an apostrophe.  Rows are in order of precedence, hosts first.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from models.entities import Programme
from models.errors import NotFound
from models.protocol.entities import CheckIn, Side
from models.protocol.precedence import Precedence
from models.timezones import in_zone

HEADER = (
    "Name",
    "Japanese name",
    "Organisation",
    "Delegation",
    "Side",
    "Role",
    "Reply",
    "Arrived",
    "Arrived at",
)


def _cell(text: str) -> str:
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def attendance_csv(programme: Programme, event_id: int, checkins: Iterable[CheckIn]) -> bytes:
    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.", "events", event_id)
    arrived = {c.person_id: c.arrived_at for c in checkins if c.event_id == event_id}
    rules = Precedence(programme)
    roles = {p.person_id: p for p in event.participations}
    ordered = rules.order(roles)
    ordered.sort(key=lambda pid: rules.side(event, pid) is not Side.HOST)
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel")
    writer.writerow(HEADER)
    for pid in ordered:
        person = programme.person(pid)
        if person is None:
            continue
        org = programme.organisation(person.organisation_id)
        delegation = programme.delegation_of(pid)
        when = arrived.get(pid)
        local = in_zone(when, event.timezone).strftime("%Y-%m-%d %H:%M") if when else ""
        writer.writerow(
            [
                _cell(x)
                for x in (
                    person.display_name or person.family_name,
                    person.name_japanese,
                    org.name if org else "",
                    delegation.name if delegation else "",
                    rules.side(event, pid).value,
                    roles[pid].role.value,
                    roles[pid].reply.value,
                    "yes" if when else "no",
                    local,
                )
            ]
        )
    return out.getvalue().encode("utf-8-sig")
