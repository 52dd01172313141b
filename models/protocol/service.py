"""Protocol use cases: the one core the window and the command line both call.

Each write returns what an undo needs (the previous state or the record it
made), so the window can take any step back exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from models import locale_text
from models.entities import Event, Person, Programme
from models.errors import NotFound, ValidationError
from models.messages import Message
from models.protocol.checkin import (
    BadgeToken,
    CheckInResult,
    Outcome,
    badges_of_record,
    new_token,
    normalise_token,
)
from models.protocol.entities import (
    CheckIn,
    Gift,
    Layout,
    ProtocolBook,
    RankTable,
    SeatingPlan,
    Vehicle,
)
from models.protocol.precedence import Precedence, attending
from models.protocol.seating import generate, move
from models.protocol.vehicles import Assignment, assign
from models.services import Desk

#: The check-in counts' row for everyone in no delegation (the window shows it translated).
OTHERS = Message("Hosts and other participants")


@dataclass(frozen=True, slots=True)
class DelegationCount:
    name: str
    expected: int
    arrived: int


class ProtocolDesk:
    """Protocol work over one :class:`~models.services.Desk`."""

    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.store = desk.store

    def programme(self) -> Programme:
        return self.desk.programme()

    def event_view(self, event_id: int, *, people: bool = True) -> Programme:
        """What the check-in desk needs of one event, without reading the whole programme:
        the event, its attendees, organisations, venues, delegations and rank tables."""
        store = self.store
        with store.snapshot():
            event = store.event(event_id)
            return Programme(
                organisations=tuple(store.organisations()) if people else (),
                people=tuple(store.people_by_ids(list(event.attendee_ids))) if people else (),
                delegations=tuple(store.delegations()),
                venues=tuple(store.venues()) if people else (),
                events=(event,),
                protocol=ProtocolBook(
                    rank_tables=tuple(store.rank_tables()),
                    explicit_ranks=store.explicit_ranks(),
                )
                if people
                else None,
            )

    # -- precedence --------------------------------------------------------------

    def save_rank_table(self, table: RankTable) -> None:
        problems = []
        if not table.rows:
            problems.append(Message("A rank table needs at least one rank."))
        for n, row in enumerate(table.rows, start=1):
            if not row.label.strip():
                problems.append(Message("Rank {n} has no name.", n=n))
        if table.delegation_id is not None:
            self.store.delegation(table.delegation_id)  # NotFound names it
        if problems:
            raise ValidationError(problems, Message("The rank table"))
        self.store.save_rank_table(table)

    def restore_rank_table(self, delegation_id: int | None, table: RankTable | None) -> None:
        """Put back a rank table as it was (None: the delegation had none of its own)."""
        if table is None:
            self.store.delete_rank_table(delegation_id)
        else:
            self.store.save_rank_table(table)

    def set_rank(self, person_id: int, rank: int | None) -> int | None:
        """Give a person an explicit rank (1 = top row) or clear it; returns the old one."""
        self.store.person(person_id)
        if rank is not None and rank < 1:
            raise ValidationError([f"A rank is 1 or more (given {rank})."])
        return self.store.set_explicit_rank(person_id, rank)

    # -- seating -----------------------------------------------------------------

    def seating_plan(self, event_id: int) -> SeatingPlan | None:
        self.store.event(event_id)
        return self.store.seating_plan(event_id)

    def generate_seating(
        self, event_id: int, layout: Layout | None = None, **options: int
    ) -> tuple[SeatingPlan | None, SeatingPlan]:
        """Make and keep a fresh plan; returns (the plan it replaced, the new plan)."""
        programme = self.programme()
        event = _event(programme, event_id)
        plan = generate(programme, event, layout, **options)
        before = self.store.seating_plan(event_id)
        self.store.save_seating_plan(plan)
        return before, plan

    def move_seat(self, event_id: int, person_id: int, seat_key: str) -> SeatingPlan:
        """Move a person to a seat (swapping with its occupant); returns the plan before."""
        before = self.store.seating_plan(event_id)
        if before is None:
            event = self.store.events_by_ids([event_id])
            title = f"“{event[0].title}”" if event else "This event"
            raise NotFound(f"{title} has no seating plan yet.", "seating_plans", event_id)
        self.store.save_seating_plan(move(before, person_id, seat_key))
        return before

    def restore_seating(self, event_id: int, plan: SeatingPlan | None) -> None:
        if plan is None:
            self.store.delete_seating_plan(event_id)
        else:
            self.store.save_seating_plan(plan)

    def ensure_seating(self, event_id: int) -> SeatingPlan:
        """The kept plan, or a generated one (kept) when there is none."""
        return self.store.seating_plan(event_id) or self.generate_seating(event_id)[1]

    # -- badges and check-in -----------------------------------------------------------

    def badge_tokens(
        self, *, event_id: int | None = None, delegation_id: int | None = None
    ) -> dict[int, str]:
        """Person id -> token for every badge of an event or a delegation; new ones issued."""
        programme = self.programme()
        if (event_id is None) == (delegation_id is None):
            raise ValueError("badges are for one event or one delegation")
        if event_id is not None:
            people = attending(_event(programme, event_id))
        else:
            delegation = programme.delegation(delegation_id)
            if delegation is None:
                raise NotFound(
                    f"There is no delegation with id {delegation_id}.", "delegations", delegation_id
                )
            people = list(delegation.member_ids)
        record, _ = badges_of_record(
            self.store.badge_tokens(event_id=event_id, delegation_id=delegation_id)
        )
        have = {holder[0]: t.token for holder, t in record.items()}
        fresh = [
            BadgeToken(new_token(), pid, event_id, delegation_id)
            for pid in people
            if pid not in have
        ]
        if fresh:
            self.store.add_badge_tokens(fresh, self.desk.clock.now())
            have.update({t.person_id: t.token for t in fresh})
        return {pid: have[pid] for pid in Precedence(programme).order(people)}

    def check_in(self, event_id: int, token: str) -> CheckInResult:
        """The desk's answer to a scanned badge (recorded when it is a first arrival)."""
        programme = self.event_view(event_id)
        event = _event(programme, event_id)
        found = self.store.find_badge_token(normalise_token(token))
        if found is None:
            return CheckInResult(Outcome.UNKNOWN, event_id, zone=event.timezone)
        person = self.store.people_by_ids([found.person_id])
        name = _name(person[0] if person else None)
        if found.event_id is not None and found.event_id != event_id:
            other = next(iter(self.store.events_by_ids([found.event_id])), None)
            return CheckInResult(
                Outcome.WRONG_EVENT,
                event_id,
                found.person_id,
                name,
                zone=event.timezone,
                other_event=other.title if other else f"event {found.event_id}",
            )
        result = self.check_in_person(event_id, found.person_id, _programme=programme)
        if result.outcome.welcome and found.token in {
            b.token for b in self.store.superseded_badges()
        }:
            return replace(result, superseded=True)
        return result

    def check_in_person(
        self, event_id: int, person_id: int, *, _programme: Programme | None = None
    ) -> CheckInResult:
        """Check a person in by name (picked from the live search)."""
        programme = _programme or self.event_view(event_id)
        event = _event(programme, event_id)
        found = self.store.people_by_ids([person_id])
        person = found[0] if found else None
        name = _name(person)
        if person is None or person_id not in attending(event):
            return CheckInResult(
                Outcome.NOT_ON_LIST, event_id, person_id, name, zone=event.timezone
            )
        earlier = self.store.checkin_of(event_id, person_id)
        if earlier is None:
            record = CheckIn(event_id, person_id, self.desk.clock.now())
            if self.store.add_checkin(record):
                return CheckInResult(
                    Outcome.ARRIVED, event_id, person_id, name, record.arrived_at, event.timezone
                )
            earlier = self.store.checkin_of(event_id, person_id)
        assert earlier is not None
        return CheckInResult(
            Outcome.ALREADY, event_id, person_id, name, earlier.arrived_at, event.timezone
        )

    def undo_check_in(self, result: CheckInResult) -> bool:
        """Take back the arrival ``result`` recorded (nothing for other answers)."""
        if not result.recorded or result.person_id is None or result.arrived_at is None:
            return False
        return self.store.remove_checkin(
            CheckIn(result.event_id, result.person_id, result.arrived_at)
        )

    def redo_check_in(self, result: CheckInResult) -> bool:
        if not result.recorded or result.person_id is None or result.arrived_at is None:
            return False
        return self.store.add_checkin(CheckIn(result.event_id, result.person_id, result.arrived_at))

    def expected(self, event_id: int, text: str = "") -> list[Person]:
        """People expected at the event whose name (Latin or Japanese), organisation or
        e-mail contains ``text``, in order of precedence."""
        programme = self.event_view(event_id)
        event = _event(programme, event_id)
        needle = text.casefold().strip()
        found = []
        for pid in Precedence(programme).order(attending(event)):
            person = programme.person(pid)
            if person is None:
                continue
            org = programme.organisation(person.organisation_id)
            hay = " ".join(
                (
                    person.display_name,
                    person.full_name,
                    person.family_name,
                    person.name_japanese,
                    person.name_japanese.replace(" ", ""),
                    org.name if org else "",
                    person.email,
                )
            ).casefold()
            if not needle or all(part in hay for part in needle.split()):
                found.append(person)
        return found

    def counts(self, event_id: int) -> list[DelegationCount]:
        """Expected and arrived, per delegation (then everyone else)."""
        programme = self.event_view(event_id, people=False)
        event = _event(programme, event_id)
        arrived = {c.person_id for c in self.store.checkins(event_id)}
        expected: Counter[str] = Counter()
        came: Counter[str] = Counter()
        order: list[str] = [d.name for d in programme.delegations]
        for pid in attending(event):
            delegation = programme.delegation_of(pid)
            key = delegation.name if delegation else OTHERS
            expected[key] += 1
            came[key] += pid in arrived
        if OTHERS in expected:
            order.append(OTHERS)
        return [DelegationCount(k, expected[k], came[k]) for k in order if expected[k]]

    def checkins(self, event_id: int) -> list[CheckIn]:
        return self.store.checkins(event_id)

    # -- vehicles ----------------------------------------------------------------

    def vehicles(self, event_id: int, leg_id: int | None = None) -> list[Vehicle]:
        return [v for v in self.store.vehicles(event_id) if leg_id is None or v.leg_id == leg_id]

    def set_vehicles(
        self, event_id: int, leg_id: int, vehicles: Sequence[Vehicle]
    ) -> list[Vehicle]:
        """The leg's vehicles become ``vehicles``; returns the ones they replaced."""
        event = self.store.event(event_id)
        if not any(leg.id == leg_id for leg in event.legs):
            raise NotFound(
                f"Event {event_id} has no transport leg {leg_id}.", "transport_legs", leg_id
            )
        problems = []
        for n, v in enumerate(vehicles, start=1):
            what = v.plate or v.kind or Message("vehicle {n}", n=n)
            if v.seats < 1:
                problems.append(
                    Message("{what}: a vehicle needs at least 1 passenger seat.", what=what)
                )
            if len(set(v.passenger_ids)) > v.seats:
                problems.append(
                    Message("{what}: {count} passengers for {seats} seats.",
                            what=what, count=len(set(v.passenger_ids)), seats=v.seats)
                )  # fmt: skip
        riders = [pid for v in vehicles for pid in dict.fromkeys(v.passenger_ids)]
        twice = sorted({p for p in riders if riders.count(p) > 1})
        if twice:
            people = [self.desk.programme().person(p) for p in twice]
            problems.append(
                Message("In two vehicles on the same leg: {names}.", names=_People(tuple(people)))
            )
        if problems:
            raise ValidationError(problems, Message("The vehicles"))
        before = self.vehicles(event_id, leg_id)
        self.store.replace_leg_vehicles(event_id, leg_id, vehicles)
        return before

    def assign_passengers(self, event_id: int, leg_id: int) -> Assignment:
        """Seat the leg's passengers in its vehicles by precedence (and keep it)."""
        programme = self.programme()
        event = _event(programme, event_id)
        leg = next((leg for leg in event.legs if leg.id == leg_id), None)
        if leg is None:
            raise NotFound(
                f"Event {event_id} has no transport leg {leg_id}.", "transport_legs", leg_id
            )
        vehicles = self.vehicles(event_id, leg_id)
        if not vehicles:
            route = f"{leg.origin} → {leg.destination}"
            raise ValidationError([Message("The leg {route} has no vehicles.", route=route)])
        result = assign(programme, event, vehicles, leg.passenger_ids)
        self.store.replace_leg_vehicles(event_id, leg_id, result.vehicles)
        return result

    # -- gifts -------------------------------------------------------------------

    def save_gift(self, gift: Gift) -> Gift:
        problems = []
        for label, value in (
            ("giver", gift.giver),
            ("recipient", gift.recipient),
            ("description", gift.description),
        ):
            if not value.strip():
                problems.append(f"The {label} is missing.")
        if gift.value is not None and gift.value < Decimal(0):
            problems.append("The estimated value cannot be negative.")
        if len(gift.currency.strip()) != 3 or not gift.currency.strip().isalpha():
            problems.append(
                f"The currency is a 3-letter code such as INR or JPY, not {gift.currency!r}."
            )
        if problems:
            raise ValidationError(problems, "The gift")
        self.store.event(gift.event_id)
        return self.store.save_gift(replace(gift, currency=gift.currency.strip().upper()))

    def delete_gift(self, gift_id: int) -> None:
        self.store.delete_gift(gift_id)


def _event(programme: Programme, event_id: int) -> Event:
    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.", "events", event_id)
    return event


@dataclass(frozen=True)
class _People:
    """People named in a problem: ``Aiko Tanaka (田中 愛子), Rohan Mehta`` in English,
    ``田中 愛子、Mehta Rohan`` (family name first) in Japanese."""

    people: tuple[Person | None, ...]

    def __str__(self) -> str:
        return ", ".join(_name(p) for p in self.people)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def localized(self, language: str) -> str:
        if language == "en":
            return str(self)
        return "、".join(
            locale_text.person_name(p.family_name, p.given_name, language, p.name_japanese)
            for p in self.people
            if p is not None
        )


def _name(person: Person | None) -> str:
    if person is None:
        return ""
    name = person.display_name or person.family_name
    return f"{name} ({person.name_japanese})" if person.name_japanese else name
