"""Clash detection (being written): the interface the rest of the app uses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from models.entities import Programme


class ClashKind(StrEnum):
    PERSON = "person double-booked"
    ROOM = "room double-booked"
    TRAVEL = "not enough travel time"
    CAPACITY = "over capacity"


@dataclass(frozen=True, slots=True)
class Clash:
    kind: ClashKind
    message: str  # names the people, events and times involved
    event_ids: tuple[int, ...]
    person_ids: tuple[int, ...] = ()
    starts_at: datetime | None = None  # when the conflict begins
    ends_at: datetime | None = None


def find_clashes(programme: Programme) -> list[Clash]:
    return []
