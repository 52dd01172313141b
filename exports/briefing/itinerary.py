"""A personal itinerary: one person's days, hour by hour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from exports.briefing.labels import Labels
from exports.briefing.parts import (
    ROLE_ORDER,
    Context,
    address_markup,
    address_of,
    clock_span,
    data_table,
    facts_table,
    home_clock_span,
    marking_of,
    para,
    paragraph,
    person_name,
    rich,
    unbroken,
)
from exports.briefing.sections import contact_rows, keep_together, split_contact
from exports.briefing.story import Story
from exports.briefing.styles import ALERT, MUTED, TENTATIVE, TENTATIVE_BAND
from models.entities import Event, EventStatus, Person, Reply, TransportLeg
from models.errors import NotFound
from models.timezones import in_zone

#: How many people an itinerary names for one event before "and N others".
MAX_NAMED = 10


@dataclass(frozen=True, slots=True)
class Slot:
    starts_at: datetime
    ends_at: datetime
    event: Event
    leg: TransportLeg | None = None

    @property
    def day(self) -> date:
        return in_zone(self.starts_at, self.event.timezone).date()


def person_events(ctx: Context, person_id: int) -> list[Event]:
    """Events the person attends (not declined) or travels to, in time order."""
    chosen = []
    for event in ctx.programme.events:
        part = event.participation(person_id)
        rides = any(person_id in leg.passenger_ids for leg in event.legs)
        if (part is not None and part.reply is not Reply.DECLINED) or rides:
            chosen.append(event)
    return sorted(chosen, key=lambda e: (e.starts_at, e.id or 0))


def _slots(events: list[Event], person_id: int) -> list[Slot]:
    slots = []
    for event in events:
        slots.append(Slot(event.starts_at, event.ends_at, event))
        slots += [
            Slot(leg.departs_at, leg.arrives_at, event, leg)
            for leg in event.legs
            if person_id in leg.passenger_ids
        ]
    slots.sort(key=lambda s: (s.starts_at, s.leg is None, s.event.id or 0))
    return slots


def get_itinerary_story(ctx: Context, person_id: int, printed: datetime) -> Story:
    programme = ctx.programme
    person = programme.person(person_id)
    if person is None:
        raise NotFound(f"There is no person with id {person_id}.", "people", person_id)
    s, t = ctx.styles, ctx.labels
    delegation = ctx.delegation_of(person_id)
    home = delegation.home_timezone if delegation else ""
    events = person_events(ctx, person_id)
    level = marking_of(events)
    org = programme.organisation(person.organisation_id)
    title = f"{t.itinerary}: {person_name(person)}"
    ctx.numbered = False
    story: list[Any] = ctx.heading(title, 0, "top")
    facts: list[tuple[str, Any]] = []
    if person.name_japanese:
        facts.append((t.name_japanese, person.name_japanese))
    role = ", ".join(x for x in (person.position, org.name if org else "") if x)
    if role:
        facts.append((t.position, role))
    if delegation is not None:
        facts.append((t.delegation, f"{delegation.name} ({t.home_time}: {t.zone_name(home)})"))
    for label, value in (
        (t.dietary, person.dietary),
        (t.accessibility, person.accessibility),
    ):
        if value:
            facts.append((label, value))
    facts.append((t.events, str(len(events))))
    story.append(facts_table(facts))
    if not events:
        story.append(para("Nothing is planned for this person yet.", s.body))
    current: date | None = None
    rows: list[list[Any]] = []
    shaded: list[int] = []  # rows of tentative events
    headers = [t.time, t.what, t.where, t.with_]
    widths = [92.0, 138.0, 135.0, 130.0]
    met: set[int] = set()  # events whose meeting point is already shown
    busy_until: tuple[datetime, str] | None = None  # the latest-ending booking so far
    for slot in _slots(events, person_id):
        ctx.check_cancel()
        overlap = ""
        if slot.leg is None and not slot.event.is_cancelled:
            if busy_until is not None and slot.starts_at < busy_until[0]:
                overlap = busy_until[1]
            if busy_until is None or slot.ends_at > busy_until[0]:
                busy_until = (slot.ends_at, slot.event.title)
        if slot.day != current:
            if rows:
                story.append(data_table(headers, rows, widths, _shade(shaded)))
                rows, shaded = [], []
            current = slot.day
            story += ctx.heading(t.long_date(current), 1, f"d{current.isoformat()}", s.h2)
        if slot.event.status is EventStatus.TENTATIVE:
            shaded.append(len(rows) + 1)
        meet = slot.event.id not in met
        met.add(slot.event.id or 0)
        rows.append(
            _leg_row(ctx, slot, person, home, meet)
            if slot.leg
            else _event_row(ctx, slot.event, person, home, overlap, meet)
        )
    if rows:
        story.append(data_table(headers, rows, widths, _shade(shaded)))
    contacts = _contacts(ctx, events, person_id)
    if contacts:
        story += ctx.heading(t.contacts, 1, "contacts", s.h2)
        story.append(
            data_table([t.role, t.name, t.phone, t.email], contacts, [120.0, 135.0, 100.0, 140.0])
        )
    zone_name = home or (events[0].timezone if events else "UTC")
    return Story(story, title, "Personal itinerary", level, zone_name, running_level=1, labels=t)


def _shade(rows: list[int]) -> list[tuple[Any, ...]]:
    return [("BACKGROUND", (0, n), (-1, n), TENTATIVE_BAND) for n in rows]


def _times(start: datetime, end: datetime, zone: str, home: str, labels: Labels) -> Any:
    from exports.briefing.styles import get_styles

    other = home_clock_span(start, end, zone, home, labels)
    span = clock_span(start, end, zone, labels=labels)
    return rich([("", span), (MUTED, other)], get_styles().cell)


def _event_row(
    ctx: Context, event: Event, person: Person, home: str, overlap: str = "", meet: bool = True
) -> list[Any]:
    s, t = ctx.styles, ctx.labels
    programme = ctx.programme
    part = event.participation(person.id or 0)
    role = t.role_name(part.role) if part else "Passenger"
    what = [("", event.title), (MUTED, f"{t.event_kind(event.kind)} · {role}")]
    if event.is_cancelled:
        what.insert(0, (ALERT, t.cancelled_word))
    elif event.status is EventStatus.TENTATIVE:
        what.insert(0, (TENTATIVE, t.event_status(event.status).upper()))
    if overlap:
        what.append((ALERT, f"Overlaps “{overlap}”"))
    if event.classification.rank:
        what.append(
            (
                ALERT if event.classification.rank >= 2 else MUTED,
                str(event.classification).capitalize(),
            )
        )
    venue = programme.venue(event.venue_id)
    where: list[tuple[str, str]] = []
    if venue is not None:
        room = venue.room(event.room_id)
        where.append(("", venue.name + (f", {room.name}" if room else "")))
        where.append((MUTED, address_of(venue)))
    else:
        where.append((ALERT, "Venue to be decided"))
    if event.meeting_point and meet:
        where.append(("", f"{t.meet}: {event.meeting_point}"))
    if event.safety_notes:
        where.append((MUTED, f"Safety: {event.safety_notes}"))
    others = sorted(
        (
            p
            for p in event.participations
            if p.person_id != person.id and p.reply is not Reply.DECLINED
        ),
        key=lambda p: ROLE_ORDER[p.role],
    )
    names = [_short(programme.person(p.person_id)) for p in others[:MAX_NAMED]]
    if len(others) > MAX_NAMED:
        names.append(f"and {len(others) - MAX_NAMED} others")
    hosts = [o.name for o in (programme.organisation(i) for i in event.host_organisation_ids) if o]
    with_ = [(MUTED, "Hosts: " + ", ".join(hosts) if hosts else ""), ("", "; ".join(names))]
    return [
        _times(event.starts_at, event.ends_at, event.timezone, home, t),
        rich(what, s.cell),
        rich(where, s.cell),
        rich(with_, s.cell),
    ]


def _leg_row(ctx: Context, slot: Slot, person: Person, home: str, meet: bool) -> list[Any]:
    """A transport leg; the first one of a visit says where and when to meet."""
    s, t = ctx.styles, ctx.labels
    leg = slot.leg
    assert leg is not None
    event = slot.event
    what = [("", f"{t.transport}: {leg.origin} → {leg.destination}"), (MUTED, f"for {event.title}")]
    if meet and event.meeting_point:
        what.insert(0, (ALERT, f"{t.meet}: {event.meeting_point}"))
    where = [
        ("", keep_together(leg.vehicle)),
        (MUTED, keep_together(leg.driver_contact)),
        (MUTED, leg.notes),
    ]
    fellow = [_short(ctx.programme.person(pid)) for pid in leg.passenger_ids if pid != person.id]
    return [
        _times(leg.departs_at, leg.arrives_at, event.timezone, home, t),
        rich(what, s.cell),
        rich(where, s.cell),
        para("; ".join(fellow), s.cell),
    ]


def _short(person: Person | None) -> str:
    if person is None:
        return "(unknown)"
    name = person_name(person)
    return f"{name} ({person.name_japanese})" if person.name_japanese else name


def _contacts(ctx: Context, events: list[Event], person_id: int) -> list[list[Any]]:
    """Everyone to call across the person's events, each once (drivers by number)."""
    from exports.briefing.sections import CELL_PADDING

    s = ctx.styles
    seen: set[tuple[str, int | None, str]] = set()
    rows = []
    for event in events:
        for role, person, text, vehicle in contact_rows(ctx, event):
            key = (role, person.id if person else None, text)
            if key in seen or (person is not None and person.id == person_id):
                continue
            seen.add(key)
            if person is not None and vehicle:
                role = f"{role}\n{keep_together(vehicle)}"
            if person is None:
                name, phone = split_contact(text)
                label = f"{name}\n{vehicle}" if name and vehicle else name or vehicle
                rows.append(
                    [
                        para(role, s.cell),
                        para(keep_together(label), s.cell),
                        para(unbroken(phone), s.cell),
                        "",
                    ]
                )
            else:
                email = (
                    paragraph(address_markup(person.email, 140.0 - CELL_PADDING, s.cell), s.cell)
                    if person.email
                    else ""
                )
                rows.append(
                    [
                        para(role, s.cell),
                        para(_short(person), s.cell),
                        para(unbroken(person.phone), s.cell),
                        email,
                    ]
                )
    return rows
