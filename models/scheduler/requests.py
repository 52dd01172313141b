"""Meeting requests and availability: what the scheduler is asked to place.

A request says who asks (an organisation, optionally named people), whom
they want to meet (an organisation, or one person), how much (must, should,
could) or not at all ("no": a veto that kills the pair in both directions),
for how long, with an interpreter or not, where, and between which times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from models.messages import Message


class Priority(StrEnum):
    MUST = "must"
    SHOULD = "should"
    COULD = "could"
    NO = "no"  # a veto: the requester refuses to meet the target

    @property
    def value_points(self) -> int:
        return _POINTS[self]


_POINTS = {Priority.MUST: 10, Priority.SHOULD: 4, Priority.COULD: 1, Priority.NO: 0}

#: Where a meeting happens when the request names no venue.
VENUE_ANY = "any"
VENUE_HOST = "host"  # the target organisation's base venue


@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingRequest:
    """One organisation's wish (or veto) to meet another organisation or person."""

    id: int | None = None
    requester_id: int  # organisation
    target_org_id: int | None = None
    target_person_id: int | None = None  # a person; their organisation is the other side
    priority: Priority = Priority.SHOULD
    duration_minutes: int = 60
    interpreter: str = ""  # "" none; "ja-en", "ja-hi": the language pair
    venue_id: int | None = None  # a named venue; None with venue_rule
    venue_rule: str = VENUE_HOST  # "host", "any", or "named" (venue_id given)
    not_before: datetime | None = None
    not_after: datetime | None = None
    attendee_ids: tuple[int, ...] = ()  # required people; () = the organisations' delegates
    notes: str = ""
    event_id: int | None = None  # the meeting scheduled for it, once applied


@dataclass(frozen=True, slots=True, kw_only=True)
class Availability:
    """When a person or an organisation is here and free (or busy).

    A person or organisation with any ``available`` window is available only
    inside those windows (arrival to departure); ``busy`` windows are taken
    away on top, as are the events they attend.
    """

    id: int | None = None
    person_id: int | None = None
    organisation_id: int | None = None
    starts_at: datetime
    ends_at: datetime
    busy: bool = False
    notes: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """The working day the scheduler fills, in the venues' local time."""

    day_start: str = "09:00"
    day_end: str = "18:00"
    lunch_start: str = "13:00"  # no meeting overlaps lunch
    lunch_end: str = "14:00"
    step_minutes: int = 15  # meetings start on this grid
    interpreter_minutes_per_day: int = 360  # the profession's six hours
    timezone: str = "Asia/Kolkata"


LANGUAGE_NAMES = {"ja": "Japanese", "en": "English", "hi": "Hindi"}


def language_pair(text: str) -> tuple[str, str] | None:
    """``"ja-en"`` → ``("en", "ja")`` (sorted); ``None`` when no interpreter."""
    if not text:
        return None
    parts = [p for p in text.replace("–", "-").replace("/", "-").split("-") if p]
    if len(parts) != 2:
        raise ValueError(text)
    a, b = sorted(p.strip().lower() for p in parts)
    return (a, b)


def pair_label(pair: tuple[str, str]) -> str:
    """``English–Japanese``, each name in the reader's language in the window."""
    first, second = (LANGUAGE_NAMES.get(x, x) for x in pair)
    return Message("{a}–{b}", a=Message(first), b=Message(second))


def priority_word(priority: Priority) -> str:
    """``must``, ``should``, ``could``, ``no`` (translated in the window)."""
    word = priority.value
    return Message(word)
