"""The records of protocol work: plain frozen dataclasses, like ``models.entities``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum


class Side(StrEnum):
    """Which side of a bilateral event a person is on.  Ranked separately."""

    HOST = "host"
    GUEST = "guest"


class Layout(StrEnum):
    BILATERAL = "bilateral table"  # two sides facing each other across a rectangle
    ROUND = "round tables"  # receptions: tables of a few seats, the top table first
    ROWS = "conference rows"  # rows facing the front, the first ones reserved


class GiftDirection(StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


@dataclass(frozen=True, slots=True)
class RankRow:
    """One rank of a table: its label and the position titles that have it.

    A title matches a keyword when it starts with it (case and hyphens
    ignored), e.g. ``director-general`` matches "Deputy Director-General …"
    only through the longer keyword ``deputy director-general``.
    """

    label: str
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RankTable:
    """Ranks from the most senior down; ``delegation_id`` None is the default table."""

    delegation_id: int | None
    rows: tuple[RankRow, ...]


@dataclass(frozen=True, slots=True)
class Seat:
    """One place in a seating plan; ``x``, ``y`` in metres from the plan's origin."""

    key: str  # stable within the plan, e.g. "G3", "T2.5", "A7"
    label: str  # what a person reads: "Guest side 3", "Table 2, seat 5"
    side: Side | None
    x: float
    y: float
    table: int = 1
    person_id: int | None = None


@dataclass(frozen=True, slots=True)
class SeatingPlan:
    event_id: int
    layout: Layout
    seats: tuple[Seat, ...]

    def seat_of(self, person_id: int) -> Seat | None:
        return next((s for s in self.seats if s.person_id == person_id), None)

    @property
    def seated_ids(self) -> tuple[int, ...]:
        return tuple(s.person_id for s in self.seats if s.person_id is not None)


@dataclass(frozen=True, slots=True)
class Vehicle:
    """A vehicle on one transport leg; ``seats`` counts passenger seats (not the driver)."""

    id: int | None = None
    event_id: int = 0
    leg_id: int = 0
    order: int = 0  # place in the motorcade, 0 = lead
    plate: str = ""
    kind: str = ""  # "Sedan", "Coach", "Escort car"
    seats: int = 4
    driver: str = ""
    driver_phone: str = ""
    passenger_ids: tuple[int, ...] = ()
    notes: str = ""

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.kind, self.plate) if p) or f"Vehicle {self.order + 1}"


@dataclass(frozen=True, slots=True)
class Gift:
    """One line of the gift register (many governments require one)."""

    id: int | None = None
    event_id: int = 0
    given_on: date | None = None
    direction: GiftDirection = GiftDirection.GIVEN
    giver: str = ""  # person or organisation, as written
    recipient: str = ""
    description: str = ""
    value: Decimal | None = None  # estimated
    currency: str = "INR"
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CheckIn:
    event_id: int
    person_id: int
    arrived_at: datetime


@dataclass(frozen=True, slots=True)
class ProtocolBook:
    """The protocol data of a programme (what exports and clash checks read).

    Badge tokens and check-ins are not in here: they are read where needed.
    """

    rank_tables: tuple[RankTable, ...] = ()
    explicit_ranks: dict[int, int] = field(default_factory=dict)  # person id -> rank row (1-based)
    seating: tuple[SeatingPlan, ...] = ()
    vehicles: tuple[Vehicle, ...] = ()
    gifts: tuple[Gift, ...] = ()

    def table_for(self, delegation_id: int | None) -> RankTable | None:
        own = next((t for t in self.rank_tables if t.delegation_id == delegation_id), None)
        if own is not None or delegation_id is None:
            return own
        return next((t for t in self.rank_tables if t.delegation_id is None), None)

    def plan(self, event_id: int | None) -> SeatingPlan | None:
        return next((p for p in self.seating if p.event_id == event_id), None)

    def vehicles_of(self, event_id: int | None, leg_id: int | None = None) -> list[Vehicle]:
        found = [
            v
            for v in self.vehicles
            if v.event_id == event_id and (leg_id is None or v.leg_id == leg_id)
        ]
        return sorted(found, key=lambda v: (v.leg_id, v.order, v.id or 0))

    def gifts_of(self, event_ids: set[int]) -> list[Gift]:
        found = [g for g in self.gifts if g.event_id in event_ids]
        return sorted(found, key=lambda g: (g.given_on or date.min, g.id or 0))
