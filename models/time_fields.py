"""The names of the time fields a person types into, as the core's problems
name them ("Start '10:7x' is not a date and time like 2026-12-01 10:00.").

Each is a :class:`models.messages.Message`: English on the command line, the
window's language in the window.  :func:`models.timezones.parse_local` puts
the first letter of the English in capitals where the name opens a sentence.
"""

from __future__ import annotations

from models.messages import Message

START = Message("start")
END = Message("end")
NOT_BEFORE = Message("Not before")  # a meeting request's window (a file's columns)
NOT_AFTER = Message("Not after")


def agenda_time(row: int, title: str, end: bool) -> Message:
    """``agenda item 'Opening' start``; ``agenda item 3 end`` while it has no title
    (``row`` counts from 0)."""
    if title.strip():
        if end:
            return Message("agenda item {title!r} end", title=title)
        return Message("agenda item {title!r} start", title=title)
    if end:
        return Message("agenda item {number} end", number=row + 1)
    return Message("agenda item {number} start", number=row + 1)


def leg_time(origin: str, destination: str, arrival: bool) -> Message:
    """``departure of Delhi → Noida`` (``?`` for a place not given yet)."""
    route = f"{origin or '?'} → {destination or '?'}"
    if arrival:
        return Message("arrival of {route}", route=route)
    return Message("departure of {route}", route=route)
