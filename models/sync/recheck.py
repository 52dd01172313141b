"""The domain's rules applied again to a record that a merge put together.

Two edits, each valid on its own laptop, can merge field by field into a
record that is not: one coordinator moved an event's start later, another its
end earlier; one chose a room, the other moved the event to another venue.
:func:`new_problems` rebuilds such a merged record (as the entity the rest of
the app knows, references included) and asks :mod:`models.validation`; only
problems the server's record did not already have count, so a record that was
already wrong does not stop every later merge of it.

Records travel in the sync format (see :mod:`models.sync.tables`): references
are global identities, which serve here as the entities' ids.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from models import validation
from models.entities import Room, Venue
from models.messages import Message
from models.store import rows
from models.sync.merge import Data

#: Finds a record by table and global identity (``None``: unknown or deleted).
Lookup = Callable[[str, str], "Data | None"]

#: The tables whose merged records are checked, and the records they need.
CHECKED = frozenset(
    {"organisations", "people", "delegations", "venues", "rooms", "events",
     "agenda_items", "transport_legs"}
)  # fmt: skip


def _row(key: str, data: Data, **extra: Any) -> dict[str, Any]:
    return {"id": key, "version": 0, **data, **extra}


def _venue(key: str | None, lookup: Lookup, rooms: tuple[Room, ...] = ()) -> Venue | None:
    if not key:
        return None
    data = lookup("venues", key)
    return rows.venue_from(_row(key, data), rooms) if data is not None else None


def _event_problems(key: str, data: Data, lookup: Lookup, **children: Any) -> list[str]:
    event = rows.event_from(_row(key, data), **children)
    venue_key = data.get("venue_id")
    rooms: tuple[Room, ...] = ()
    room_key = data.get("room_id")
    if room_key:
        room = lookup("rooms", room_key)
        if room is not None and room.get("venue_id") == venue_key:
            rooms = (rows.room_from(_row(room_key, room)),)
    return validation.check_event(event, _venue(venue_key, lookup, rooms))


def problems(tbl: str, key: str, data: Data, lookup: Lookup) -> list[str]:
    """What the domain's rules say of this record (with the records it refers to)."""
    try:
        return _problems(tbl, key, data, lookup)
    except (KeyError, TypeError, ValueError) as exc:  # a value the entity cannot hold
        return [Message("A value cannot be read ({problem}).", problem=str(exc))]


def _problems(tbl: str, key: str, data: Data, lookup: Lookup) -> list[str]:
    if tbl == "organisations":
        return validation.check_organisation(rows.organisation_from(_row(key, data)))
    if tbl == "people":
        return validation.check_person(rows.person_from(_row(key, data)))
    if tbl == "delegations":
        return validation.check_delegation(rows.delegation_from(_row(key, data), ()))
    if tbl == "venues":
        return validation.check_venue(rows.venue_from(_row(key, data), ()))
    if tbl == "rooms":
        venue = _venue(data.get("venue_id"), lookup, (rows.room_from(_row(key, data)),))
        return validation.check_venue(venue) if venue is not None else []
    if tbl == "events":
        return _event_problems(key, data, lookup)
    if tbl in {"agenda_items", "transport_legs"}:
        event_key = str(data.get("event_id") or "")
        event = lookup("events", event_key) if event_key else None
        if event is None:
            return []
        if tbl == "agenda_items":
            return _event_problems(event_key, event, lookup, agenda=(rows.agenda_from(
                _row(key, data)),))  # fmt: skip
        return _event_problems(event_key, event, lookup, legs=(rows.leg_from(_row(key, data), ()),))
    return []


def new_problems(tbl: str, key: str, merged: Data, before: Data, lookup: Lookup) -> list[str]:
    """Problems of the merged record that the record before the merge did not have."""
    if tbl not in CHECKED:
        return []
    had = set(problems(tbl, key, before, lookup))
    return [p for p in problems(tbl, key, merged, lookup) if p not in had]
