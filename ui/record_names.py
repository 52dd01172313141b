"""Records said by name: what Undo and Redo say, and what a missing record is called.

The window never shows a record's internal number: an undo step reads
"Delete “Site visit: Lohum…” and its 20 attendees", a record deleted
elsewhere is "The event “Battery conference” no longer exists", and a record
whose name is unknown is "this event", never "event 13".

Undo texts quote titles as stored (privacy mode masks them on the Undo and
Redo actions); texts shown directly go through :func:`title_of`, which asks
privacy mode (View ▸ Hide confidential titles) for the title to show.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.entities import Delegation, Event, Organisation, Person, Venue
from models.errors import NotFound
from ui.i18n import full_name_text, tr
from ui.privacy import mask, shown_title

# Longest title quoted in an undo text; longer ones end in "…".
TITLE_LIMIT = 48

# A missing record, by table: (with its name, without a name).
_GONE = {
    "events": (
        QT_TRANSLATE_NOOP(
            "Records",
            "The event “{name}” no longer exists: it was deleted "
            "in another window or by another program.",
        ),
        QT_TRANSLATE_NOOP(
            "Records",
            "This event no longer exists: it was deleted in another window or by another program.",
        ),
    ),
    "people": (
        QT_TRANSLATE_NOOP(
            "Records",
            "{name} is no longer in the programme: it was deleted "
            "in another window or by another program.",
        ),
        QT_TRANSLATE_NOOP(
            "Records",
            "This person is no longer in the programme: it was deleted "
            "in another window or by another program.",
        ),
    ),
    "organisations": (
        QT_TRANSLATE_NOOP(
            "Records",
            "The organisation “{name}” no longer exists: it was deleted "
            "in another window or by another program.",
        ),
        QT_TRANSLATE_NOOP(
            "Records",
            "This organisation no longer exists: it was deleted "
            "in another window or by another program.",
        ),
    ),
    "delegations": (
        QT_TRANSLATE_NOOP(
            "Records",
            "The delegation “{name}” no longer exists: it was deleted "
            "in another window or by another program.",
        ),
        QT_TRANSLATE_NOOP(
            "Records",
            "This delegation no longer exists: it was deleted "
            "in another window or by another program.",
        ),
    ),
    "venues": (
        QT_TRANSLATE_NOOP(
            "Records",
            "The venue “{name}” no longer exists: it was deleted "
            "in another window or by another program.",
        ),
        QT_TRANSLATE_NOOP(
            "Records",
            "This venue no longer exists: it was deleted in another window or by another program.",
        ),
    ),
    "meeting_requests": (
        QT_TRANSLATE_NOOP(
            "Records",
            "The meeting request “{name}” no longer exists: it was deleted "
            "in another window or by another program.",
        ),
        QT_TRANSLATE_NOOP(
            "Records",
            "This meeting request no longer exists: it was deleted "
            "in another window or by another program.",
        ),
    ),
}


def shorten(text: str, limit: int = TITLE_LIMIT) -> str:
    """``text`` on one line, at most ``limit`` characters (ending in "…")."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def title_of(event: Event) -> str:
    """The event's title as the window shows it now (privacy mode's label while that is on)."""
    return shown_title(event)


def name_of(record: Any) -> str:
    """How a person knows a record: an event's title, a person's full name, a name.

    Undo texts quote titles as stored: privacy mode masks them where they are
    shown (:func:`ui.privacy.mask_action` on Undo and Redo), also when it is
    switched on after the edit.
    """
    if isinstance(record, Event):
        return record.title
    if isinstance(record, Person):
        return full_name_text(record)
    if isinstance(record, Organisation | Delegation | Venue):
        return record.name
    return str(getattr(record, "title", "") or getattr(record, "name", ""))


def gone_text(error: NotFound, name: str = "") -> str:
    """A missing record said with its name (or as "this event"), never with its number."""
    name = name or error.name
    named, unnamed = _GONE.get(error.kind, ("", ""))
    if not named:
        return tr(
            "Records",
            "What you chose no longer exists: it was deleted "
            "in another window or by another program.",
        )
    if name:  # an event's title: hidden in privacy mode like everywhere
        return mask(tr("Records", named).format(name=shorten(name)))
    return tr("Records", unnamed)


# -- undo texts ---------------------------------------------------------------------------


def add_text(record: Any) -> str:
    return tr("Undo", "Add “{name}”").format(name=shorten(name_of(record)))


def edit_text(record: Any) -> str:
    return tr("Undo", "Edit “{name}”").format(name=shorten(name_of(record)))


def delete_text(record: Any) -> str:
    """``Delete “Site visit: Lohum…” and its 20 attendees`` (an event), ``Delete “METI”``."""
    name = shorten(name_of(record))
    if isinstance(record, Event) and record.participations:
        count = len(record.participations)
        return tr("Undo", "Delete “{name}” and its %n attendee(s)", None, count).format(name=name)
    if isinstance(record, Delegation) and record.member_ids:
        count = len(record.member_ids)
        return tr("Undo", "Delete the delegation “{name}” (%n member(s))", None, count).format(
            name=name
        )
    return tr("Undo", "Delete “{name}”").format(name=name)


def cancel_text(event: Event) -> str:
    return tr("Undo", "Cancel “{name}”").format(name=shorten(event.title))


def move_text(event: Event, when: str) -> str:
    return tr("Undo", "Move “{name}” to {when}").format(name=shorten(event.title), when=when)
