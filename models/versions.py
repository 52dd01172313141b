"""Row versions: how a write knows it does not overwrite a change it has not seen.

Every editable record — organisations, people, delegations, venues and their
rooms, events and everything that hangs off an event (hosts, agenda items,
participations, transport legs and their passengers) — carries a row version:
the ``version`` column of its table and the ``version`` field of its entity.
A room is written with its venue and what hangs off an event with the event,
so the venue's or the event's version covers them (rooms also carry their own).

The rules, all enforced in :class:`models.store.Store` (the one write path):

* A new record is stored at version 1 (a restored one at its old version + 1,
  so a version never repeats for an id).
* Every write raises the version by one, in the same statement that checks it
  (``UPDATE … SET version = version + 1 WHERE id = ? AND version = ?``).  The
  expected version is the entity's ``version`` (what the writer loaded), or, for
  undo and redo, the one given with :meth:`Store.expecting`.  When the stored
  version is another, nothing is written and
  :class:`~models.errors.StaleRecord` says what differs (:func:`differences`).
* Writes that change a record indirectly raise its version too: replies
  recorded from ``.ics`` files (the event), members added by an import (the
  delegation), a deleted person (every event and delegation that named them).

To see what a piece of work wrote, wrap it in :meth:`Store.recording`: the list
it yields receives one :class:`Written` per record written (``version`` None
for a delete).  To be told of every write as it happens — inside its
transaction, so a listener may write rows of its own that commit or roll back
with it — append a callable to :attr:`Store.write_listeners`.  The window's
undo stack (``ui.session``) uses the first; change capture for syncing is
meant to use the second.

Changes made by another connection are noticed cheaply with
``PRAGMA data_version`` (:meth:`Store.data_version`), which changes whenever
another connection commits to the file.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import Any, NamedTuple

from models.errors import Change

#: (table, id): how a record is named in :meth:`Store.expecting` and :class:`Written`.
Key = tuple[str, int]


class Choice(Enum):
    """What to do about a :class:`~models.errors.StaleRecord` (the user's answer)."""

    RELOAD = "reload"  # keep what is stored; drop this edit (or this undo step)
    OVERWRITE = "overwrite"  # write anyway, over the stored version
    CANCEL = "cancel"  # neither: give the error back to the caller


class Written(NamedTuple):
    """One record written by a store call: its table, id and new version."""

    table: str
    id: int
    version: int | None  # None: the record was deleted


#: Fields that every write changes by itself, or that only the store sets.
_BOOKKEEPING = frozenset({"id", "version", "sequence", "created_at", "updated_at", "uid"})

_LABELS = {
    "starts_at": "Start",
    "ends_at": "End",
    "timezone": "Time zone",
    "venue_id": "Venue",
    "room_id": "Room",
    "organiser_id": "Organiser",
    "host_organisation_ids": "Hosts",
    "host_contact_id": "Host contact",
    "participations": "Attendees",
    "legs": "Transport",
    "agenda": "Agenda",
    "member_ids": "Members",
    "head_id": "Head",
    "organisation_id": "Organisation",
    "home_timezone": "Home time zone",
    "name_japanese": "Japanese name",
    "family_name": "Family name",
    "given_name": "Given name",
    "email": "E-mail",
}


def label(field: str) -> str:
    """A field's name as a person reads it: ``starts_at`` → ``Start``."""
    return _LABELS.get(field) or field.replace("_", " ").capitalize()


def show(value: Any, zone: str | None = None) -> str:
    """A short text for a field's value (times in ``zone`` when given)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        if zone:
            from models.timezones import in_zone

            return f"{in_zone(value, zone):%Y-%m-%d %H:%M}"
        return value.isoformat(timespec="minutes")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, tuple):
        if not value:
            return "none"
        if isinstance(value[0], int | str):
            return ", ".join(str(v) for v in value)
        if hasattr(value[0], "reply"):
            replies = sorted({str(p.reply.value) for p in value})
            return f"{len(value)} ({', '.join(replies)})"
        return f"{len(value)} item{'s' if len(value) != 1 else ''}"
    text = str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _apart(a: str, b: str) -> tuple[str, str]:
    """Two long texts shown from a little before where they first differ."""
    start = next(
        (n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b))
    )
    start = max(0, start - 20)

    def clip(text: str) -> str:
        part = text[start : start + 60]
        return ("…" if start else "") + part + ("…" if start + 60 < len(text) else "")

    return clip(a), clip(b)


def differences(yours: Any, stored: Any) -> tuple[Change, ...]:
    """What differs between the record a write would store and the one stored now."""
    if yours is None or stored is None or type(yours) is not type(stored):
        return ()
    zone = getattr(stored, "timezone", None)
    found: list[Change] = []
    for name in type(stored)._fields:
        if name in _BOOKKEEPING:
            continue
        a, b = getattr(yours, name), getattr(stored, name)
        if a != b:
            mine, theirs = show(a, zone), show(b, zone)
            if mine == theirs and isinstance(a, str) and isinstance(b, str):
                mine, theirs = _apart(a, b)  # long texts that differ after the shown part
            if mine == theirs:  # e.g. the same number of attendees, other replies
                mine, theirs = f"{mine} (changed)", theirs
            found.append(Change(label(name), theirs, mine))
    return tuple(found)
