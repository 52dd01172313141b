"""The DESCRIPTION of an entry: what a delegate reads when they open it.

Times are given in the venue's zone and beside it in the home zones of the
people it is meant for; then objectives, agenda, and for site visits the
meeting point, the host's contact, the transport and the safety rules.
Internal notes are never exported, nor is a guest list (the ATTENDEE lines
of a shared invite are the only place guests appear); a confidential event's
speakers and host contact are not named either, since who is in a
closed-door room is itself confidential.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from exports.calendar.text import clean_text
from models.entities import Classification, Event, EventKind, TransportLeg
from models.timezones import in_zone

if TYPE_CHECKING:
    from exports.calendar.builder import Builder


def _hm(instant: datetime, zone: str) -> str:
    return f"{in_zone(instant, zone):%H:%M}"


def _leg_line(event: Event, leg: TransportLeg) -> str:
    start = in_zone(leg.departs_at, event.timezone)
    end = in_zone(leg.arrives_at, event.timezone)
    line = (
        f"{start:%a} {start.day} {start:%b} {start:%H:%M}–{end:%H:%M} "
        f"{leg.origin} → {leg.destination}"
    )
    extras = [x for x in (leg.vehicle, f"driver {leg.driver_contact}"
                          if leg.driver_contact else "") if x]  # fmt: skip
    if extras:
        line += f" ({'; '.join(extras)})"
    if leg.notes:
        line += f" — {leg.notes}"
    return line


def _site_lines(builder: Builder, event: Event) -> list[str]:
    lines: list[str] = []
    if event.meeting_point:
        lines += ["", f"Meeting point: {event.meeting_point}"]
    host = builder.people.get(event.host_contact_id)
    if host is not None and event.classification is Classification.CONFIDENTIAL:
        lines.append("Host contact: through the organiser")
    elif host is not None:
        contact = ", ".join(x for x in (host.display_name, host.phone, host.email) if x)
        lines.append(f"Host contact: {contact}")
    if event.legs:
        lines += ["", "Transport:"]
        lines += [f"• {_leg_line(event, leg)}" for leg in event.legs]
    if event.safety_notes:
        lines += ["", "Safety:", event.safety_notes]
    return lines


def describe(
    builder: Builder,
    event: Event,
    zones: Sequence[str],
) -> str:
    zone = event.timezone
    secret = event.classification is Classification.CONFIDENTIAL
    lines = [
        f"Starts: {builder.side_by_side(event.starts_at, zone, zones)}",
        f"Ends: {builder.side_by_side(event.ends_at, zone, zones)}",
    ]
    if event.is_cancelled:
        lines.append("This event is CANCELLED.")
    lines.append(f"{event.kind.value.capitalize()} · {event.classification.value}")
    hosts = [builder.org_names[o] for o in event.host_organisation_ids if o in builder.org_names]
    if hosts:
        lines.append("Hosted by " + ", ".join(hosts))
    if event.objectives:
        lines += ["", "Objectives:", event.objectives]
    if event.agenda:
        lines += ["", "Agenda:"]
        for item in event.agenda:
            speaker = builder.people.get(item.speaker_id)
            who = speaker.display_name if speaker is not None else item.speaker_note
            if secret:  # who speaks in a closed-door meeting is who is in the room
                who = ""
            line = f"• {_hm(item.starts_at, zone)}–{_hm(item.ends_at, zone)} {item.title}"
            lines.append(f"{line} ({who})" if who else line)
    if (
        event.kind is EventKind.SITE_VISIT
        or event.legs
        or event.meeting_point
        or event.safety_notes
    ):
        lines += _site_lines(builder, event)
    return clean_text("\n".join(lines))


def describe_leg(builder: Builder, event: Event, leg: TransportLeg, zones: Sequence[str]) -> str:
    zone = event.timezone
    lines = [
        f"Departs: {builder.side_by_side(leg.departs_at, zone, zones)}",
        f"Arrives: {builder.side_by_side(leg.arrives_at, zone, zones)}",
        f"For: {event.title}",
        f"From: {leg.origin}",
        f"To: {leg.destination}",
    ]
    if leg.vehicle:
        lines.append(f"Vehicle: {leg.vehicle}")
    if leg.driver_contact:
        lines.append(f"Driver: {leg.driver_contact}")
    if event.meeting_point and leg == min(event.legs, key=lambda x: x.departs_at):
        lines.append(f"Meeting point: {event.meeting_point}")
    if leg.notes:
        lines += ["", leg.notes]
    if event.safety_notes:
        lines += ["", "Safety:", event.safety_notes]
    if event.is_cancelled:
        lines.append("The visit is CANCELLED.")
    return clean_text("\n".join(lines))
