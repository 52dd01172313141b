"""Vehicle manifests of an event's transport legs, one section per leg.

For each leg: where and when to meet (15 minutes before departure), the
departure and arrival, then vehicle by vehicle in motorcade order with its
driver and passengers, the security contact and a sign-off line.
"""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from exports.briefing.parts import (
    Context,
    alert_text,
    clock_span,
    data_table,
    facts_table,
    para,
    person_name,
    rich,
    unbroken,
)
from exports.briefing.styles import MUTED
from exports.files import write_file
from models.entities import Event, Programme, Reply, Role, TransportLeg
from models.errors import NotFound
from models.protocol.entities import Vehicle
from models.protocol.vehicles import motorcade, over_seats
from models.timezones import abbreviation, in_zone

#: How long before departure passengers meet.
MEETING_LEAD = timedelta(minutes=15)


def _clock(value: datetime, zone: str) -> str:
    local = in_zone(value, zone)
    return f"{local:%a} {local.day} {local:%b %Y}, {local:%H:%M} {abbreviation(value, zone)}"


def security_contacts(programme: Programme, event: Event) -> list[str]:
    found = []
    for part in event.participations:
        if part.role is Role.SECURITY and part.reply is not Reply.DECLINED:
            person = programme.person(part.person_id)
            if person is not None:
                found.append(" ".join(x for x in (person_name(person), person.phone) if x))
    return found


def leg_section(ctx: Context, event: Event, leg: TransportLeg, number: int) -> list[Any]:
    s = ctx.styles
    programme = ctx.programme
    book = programme.protocol
    vehicles = motorcade(book.vehicles_of(event.id, leg.id)) if book else []
    zone = event.timezone
    story = ctx.heading(f"Leg {number}: {leg.origin} → {leg.destination}", 0, f"leg{leg.id}")
    meet = leg.departs_at - MEETING_LEAD
    security = security_contacts(programme, event) or ["(none named: add one to the event)"]
    facts: list[tuple[str, Any]] = [
        ("Meet", f"{_clock(meet, zone)} at {leg.origin} (15 minutes before departure)"),
        ("Departs", _clock(leg.departs_at, zone)),
        ("Arrives", f"{clock_span(leg.departs_at, leg.arrives_at, zone)} at {leg.destination}"),
        ("Security contact", "\n".join(security)),
    ]
    if leg.notes:
        facts.append(("Notes", leg.notes))
    story.append(facts_table(facts))
    if not vehicles:
        story.append(
            para(
                "No vehicles are assigned to this leg in the vehicle plan; as recorded on the leg:",
                s.small,
            )
        )
        vehicles = [
            Vehicle(
                event_id=event.id or 0,
                leg_id=leg.id or 0,
                kind=leg.vehicle,
                seats=len(leg.passenger_ids),
                driver=leg.driver_contact,
                passenger_ids=leg.passenger_ids,
            )
        ]
    rows = []
    for n, vehicle in enumerate(vehicles):
        names = [person_name(programme.person(pid)) for pid in vehicle.passenger_ids]
        riders = "\n".join(f"{k}. {name}" for k, name in enumerate(names, start=1)) or "—"
        seats = f"{len(names)} of {vehicle.seats}"
        seat_cell = (
            alert_text(f"{seats}\nOVER SEATS", s.cell)
            if over_seats(vehicle)
            else para(seats, s.cell)
        )
        driver = "\n".join(x for x in (vehicle.driver, unbroken(vehicle.driver_phone)) if x)
        rows.append(
            [
                para("Lead" if n == 0 else str(n + 1), s.cell),
                rich([("", vehicle.kind), ("", vehicle.plate), (MUTED, vehicle.notes)], s.cell),
                seat_cell,
                para(driver or "—", s.cell),
                para(riders, s.cell),
            ]
        )
    story.append(
        data_table(
            ["Order", "Vehicle", "Seats", "Driver", "Passengers"],
            rows,
            [40.0, 110.0, 50.0, 105.0, 190.0],
        )
    )
    story.append(para(" ", s.body))
    story.append(
        para(
            "Checked by: ______________________   Signature: ________________   Time: ________",
            s.body,
        )
    )
    return story


def render_manifest(
    programme: Programme, event_id: int, *, now: datetime | None = None, **options: Any
) -> bytes:
    from reportlab.platypus import PageBreak

    from exports.briefing.build import render
    from exports.briefing.story import Story

    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.", "events", event_id)

    def story(ctx: Context) -> Story:
        flow: list[Any] = [para(f"Vehicle manifest: {event.title}", ctx.styles.h1)]
        legs = sorted(event.legs, key=lambda leg: (leg.departs_at, leg.id or 0))
        # Legs leaving together (a motorcade) print on one page each; others follow.
        if not legs:
            flow.append(para("This event has no transport legs.", ctx.styles.body))
        for n, leg in enumerate(legs, start=1):
            if n > 1:
                flow.append(PageBreak())
            flow += leg_section(ctx, event, leg, n)
        return Story(
            flow,
            f"Vehicle manifest — {event.title}",
            "Vehicle manifest",
            event.classification,
            event.timezone,
            running_level=None,
        )

    return render(story, programme, now=now, **options)


def build_manifest(
    programme: Programme, event_id: int, path: str | os.PathLike[str], **options: Any
) -> Path:
    return write_file(path, render_manifest(programme, event_id, **options))
