"""The sections of one event: agenda, objectives, who is in the room, organisations,
venue, site visit logistics, contacts and a notes page."""

from __future__ import annotations

from itertools import groupby
from typing import Any

from exports.briefing.parts import (
    ROLE_LABELS,
    ROLE_ORDER,
    Context,
    address_of,
    alert_text,
    clock_span,
    country_name,
    data_table,
    facts_table,
    home_clock_span,
    org_line,
    para,
    person_name,
    rich,
    subheading,
    unbroken,
)
from exports.briefing.styles import ALERT, MUTED
from models.entities import Event, EventKind, Participation, Person, Reply, Role
from models.protocol.precedence import by_organisation
from models.timezones import zone_label

ROSTER_WIDTHS = (120.0, 75.0, 140.0, 95.0, 65.0)
#: Colour of the organisation's description in a roster's header row.
HEAD_NOTE = "#d5deea"
CONTACT_ROLES = (Role.LIAISON, Role.SECURITY, Role.DRIVER, Role.INTERPRETER)
REPLY_LABELS = {
    Reply.NEEDS_ACTION: "no reply yet",
    Reply.ACCEPTED: "accepted",
    Reply.TENTATIVE: "tentative",
    Reply.DECLINED: "declined",
}


def event_sections(ctx: Context, event: Event, home_zone: str, level: int) -> list[Any]:
    """Every section of one event's briefing, headings at ``level`` in the contents."""
    from reportlab.platypus import PageBreak

    key = f"e{event.id}"
    story: list[Any] = []
    for name, title, builder in (
        ("agenda", "Agenda", _agenda),
        ("objectives", "Objectives", _objectives),
        ("room", "Who is in the room", _roster),
        ("orgs", "Organisations present", _organisations),
        ("venue", "Venue", _venue),
        ("visit", "Site visit: transport and safety", _site_visit),
        ("contacts", "Contacts", _contacts),
        ("seating", "Seating plan", _seating),
    ):
        if name == "visit" and event.kind is not EventKind.SITE_VISIT and not event.legs:
            continue
        if name == "seating" and (
            ctx.programme.protocol is None or ctx.programme.protocol.plan(event.id) is None
        ):
            continue
        ctx.check_cancel()
        story += ctx.heading(title, level, f"{key}-{name}")
        story.extend(builder(ctx, event, home_zone))
    story.append(PageBreak())
    story += ctx.heading("Notes", level, f"{key}-notes")
    story.append(para(event.title, ctx.styles.small))
    from exports.briefing.flowables import classes

    story.append(classes().RuledLines())
    return story


def _agenda(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s = ctx.styles
    if not event.agenda:
        return [para("No agenda items have been recorded.", s.body)]
    home = home_zone and home_zone != event.timezone
    rows = []
    for item in sorted(event.agenda, key=lambda a: a.starts_at):
        speaker = ctx.programme.person(item.speaker_id)
        who = person_name(speaker) if speaker else ""
        if speaker and speaker.name_japanese:
            who = f"{who}\n{speaker.name_japanese}"
        if item.speaker_note:
            who = f"{who}\n{item.speaker_note}" if who else item.speaker_note
        row = [para(clock_span(item.starts_at, item.ends_at, event.timezone), s.cell)]
        if home:
            row.append(
                para(
                    home_clock_span(item.starts_at, item.ends_at, event.timezone, home_zone), s.cell
                )
            )
        row += [para(item.title, s.cell), para(who, s.cell)]
        rows.append(row)
    venue_label = f"Time ({zone_label(event.timezone)})"
    if home:
        headers = [venue_label, f"Time ({zone_label(home_zone)})", "Item", "Speaker"]
        widths = [78.0, 78.0, 199.0, 140.0]
    else:
        headers, widths = [venue_label, "Item", "Speaker"], [80.0, 255.0, 160.0]
    return [data_table(headers, rows, widths)]


def _objectives(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    text = event.objectives.strip()
    if not text:
        return [para("No objectives have been recorded.", ctx.styles.body)]
    return [para(block, ctx.styles.body) for block in text.split("\n\n") if block.strip()]


def _role_label(ctx: Context, person: Person, role: Role) -> str:
    label = ROLE_LABELS[role]
    delegation = ctx.delegation_of(person.id) if person.id is not None else None
    if delegation is not None and delegation.head_id == person.id:
        label += "\nHead of delegation"
    return label


def _roster(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    """Attendees grouped by delegation, then organisation; declined people listed apart."""
    s = ctx.styles
    programme = ctx.programme
    present = [p for p in event.participations if p.reply is not Reply.DECLINED]
    declined = [p for p in event.participations if p.reply is Reply.DECLINED]
    if not present:
        return [para("Nobody is expected yet.", s.body)]
    groups: dict[int | None, list[tuple[Person, Any]]] = {}
    for part in present:
        person = programme.person(part.person_id)
        if person is None:
            continue
        delegation = ctx.delegation_of(part.person_id)
        groups.setdefault(delegation.id if delegation else None, []).append((person, part))
    order = [d.id for d in programme.delegations if d.id in groups]
    if None in groups:
        order.append(None)
    story: list[Any] = [para(f"{len(present)} expected.", s.small)]
    for delegation_id in order:
        ctx.check_cancel()
        members = groups[delegation_id]
        delegation = programme.delegation(delegation_id)
        title = delegation.name if delegation else "Hosts and other participants"
        story += subheading(f"{title} ({len(members)})", s.h3)
        # Order of precedence (models.protocol.precedence): organisations by their
        # most senior member, then each organisation's people by precedence.
        ranked = by_organisation(programme, [p.id or 0 for p, _ in members])
        place = {pid: n for n, pid in enumerate(ranked)}
        members.sort(key=lambda pp: place[pp[0].id or 0])
        for _, staff in groupby(members, key=lambda pp: pp[0].organisation_id):
            story.append(_org_roster(ctx, list(staff)))
    if declined:
        names = ", ".join(person_name(programme.person(p.person_id)) for p in declined)
        story.append(rich([(MUTED, f"Declined (not attending): {names}")], s.small))
    return story


def _org_roster(ctx: Context, staff: list[tuple[Person, Participation]]) -> Any:
    """One organisation's people: its name heads the table and repeats on every page.

    One table per organisation keeps each table short, so splitting it across
    pages stays cheap even for a 1,000-person roster.
    """
    s = ctx.styles
    cell = s.cell
    org = ctx.programme.organisation(staff[0][0].organisation_id)
    label = [("", org.name), (HEAD_NOTE, org_line(org))] if org else [("", "No organisation")]
    header = [rich(label, s.cell_head), "", "Position", "Role", "Reply"]
    rows = [
        [
            para(person_name(person), cell),
            para(person.name_japanese, cell) if person.name_japanese else "",
            para(person.position, cell) if person.position else "",
            para(_role_label(ctx, person, part.role), cell),
            para(REPLY_LABELS[part.reply], cell),
        ]
        for person, part in staff
    ]
    return data_table(header, rows, ROSTER_WIDTHS, [("SPAN", (0, 0), (1, 0))])


def _org_key(ctx: Context, person: Person) -> tuple[str, int]:
    org = ctx.programme.organisation(person.organisation_id)
    return (org.name.casefold(), org.id or 0) if org else ("\uffff", 0)


def _organisations(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    from reportlab.platypus import KeepTogether

    s = ctx.styles
    programme = ctx.programme
    ids: dict[int, None] = dict.fromkeys(event.host_organisation_ids)
    for part in event.participations:
        if part.reply is Reply.DECLINED:
            continue
        person = programme.person(part.person_id)
        if person is not None and person.organisation_id is not None:
            ids.setdefault(person.organisation_id)
    orgs = [o for o in (programme.organisation(i) for i in ids) if o is not None]
    if not orgs:
        return [para("No organisations are recorded for this event.", s.body)]
    hosts = set(event.host_organisation_ids)
    orgs.sort(key=lambda o: (o.id not in hosts, o.name.casefold()))
    story: list[Any] = []
    for org in orgs:
        ctx.check_cancel()
        title = f"{org.name} (host)" if org.id in hosts else org.name
        block = [para(title, s.h3), para(org_line(org), s.small)]
        if org.profile:
            block.append(para(org.profile, s.body))
        if org.website:
            block.append(para(org.website, s.small))
        story.append(KeepTogether(block))
    return story


def _venue(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s = ctx.styles
    venue = ctx.programme.venue(event.venue_id)
    if venue is None:
        return [alert_text("No venue has been chosen yet.", s.body)]
    room = venue.room(event.room_id)
    pairs: list[tuple[str, Any]] = [("Venue", venue.name)]
    if address_of(venue):
        pairs.append(("Address", address_of(venue)))
    if venue.country:
        pairs.append(("Country", country_name(venue.country)))
    if room is not None:
        size = f" (seats {room.capacity})" if room.capacity else ""
        pairs.append(("Room", f"{room.name}{size}"))
    pairs.append(("Time zone", f"{zone_label(venue.timezone)} ({venue.timezone})"))
    if venue.latitude is not None and venue.longitude is not None:
        pairs.append(("Map position", f"{venue.latitude:.5f}, {venue.longitude:.5f}"))
    pairs.append(("Access", venue.access_notes or "No access notes recorded."))
    return [facts_table(pairs)]


def _site_visit(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s = ctx.styles
    programme = ctx.programme
    missing = "Not recorded — ask the host."
    host = programme.person(event.host_contact_id)
    if host is not None:
        host_text = "\n".join(
            p
            for p in (
                person_name(host) + (f"  {host.name_japanese}" if host.name_japanese else ""),
                ", ".join(x for x in (host.position, _org(ctx, host)) if x),
                "  ".join(x for x in (host.phone, host.email) if x),
            )
            if p
        )
    else:
        host_text = missing
    story: list[Any] = [
        facts_table(
            [
                ("Meeting point", event.meeting_point or missing),
                ("Host contact", host_text),
                ("Safety and protective equipment", event.safety_notes or missing),
            ],
            label_width=130,
        )
    ]
    story += subheading("Transport", s.h3)
    if not event.legs:
        story.append(alert_text("No transport has been arranged yet.", s.body))
        return story
    home = home_zone if home_zone and home_zone != event.timezone else ""
    rows = []
    for leg in sorted(event.legs, key=lambda leg_: leg_.departs_at):
        times = [
            ("", clock_span(leg.departs_at, leg.arrives_at, event.timezone, day=True)),
            (MUTED, home_clock_span(leg.departs_at, leg.arrives_at, event.timezone, home)),
        ]
        vehicle = "\n".join(x for x in (leg.vehicle, leg.driver_contact) if x)
        passengers = [programme.person(pid) for pid in leg.passenger_ids]
        names = ", ".join(person_name(p) for p in passengers if p is not None)
        route = f"{leg.origin} → {leg.destination}"
        rows.append(
            [
                rich(times, s.cell),
                rich([("", route), (MUTED, leg.notes)], s.cell),
                para(vehicle, s.cell),
                para(f"{len(leg.passenger_ids)}: {names}" if names else "none listed", s.cell),
            ]
        )
    story.append(
        data_table(
            ["Departs – arrives", "Route", "Vehicle and driver", "Passengers"],
            rows,
            [105.0, 130.0, 100.0, 160.0],
        )
    )
    return story


def _org(ctx: Context, person: Person) -> str:
    org = ctx.programme.organisation(person.organisation_id)
    return org.name if org else ""


def contact_rows(ctx: Context, event: Event) -> list[tuple[str, Person | None, str]]:
    """(role, person, free text) for everyone a delegate may need to call."""
    programme = ctx.programme
    out: list[tuple[str, Person | None, str]] = []
    organiser = programme.person(event.organiser_id)
    if organiser is not None:
        out.append(("Organiser", organiser, ""))
    host = programme.person(event.host_contact_id)
    if host is not None:
        out.append(("Host contact", host, ""))
    people = [
        (part.role, programme.person(part.person_id))
        for part in event.participations
        if part.role in CONTACT_ROLES and part.reply is not Reply.DECLINED
    ]
    people.sort(key=lambda rp: (ROLE_ORDER[rp[0]], rp[1].sort_key if rp[1] else ("", "")))
    out += [(ROLE_LABELS[role], person, "") for role, person in people if person is not None]
    for leg in sorted(event.legs, key=lambda leg_: leg_.departs_at):
        if leg.driver_contact:
            what = f"Driver, {leg.vehicle}" if leg.vehicle else "Driver"
            out.append((what, None, leg.driver_contact))
    return out


def _contacts(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s = ctx.styles
    rows = []
    for role, person, text in contact_rows(ctx, event):
        if person is None:
            rows.append([para(role, s.cell), para(text, s.cell), "", "", ""])
            continue
        rows.append(
            [
                para(role, s.cell),
                para(
                    person_name(person)
                    + (f"\n{person.name_japanese}" if person.name_japanese else ""),
                    s.cell,
                ),
                para(_org(ctx, person), s.cell),
                para(unbroken(person.phone), s.cell) if person.phone else "",
                para(person.email, s.cell) if person.email else "",
            ]
        )
    if not rows:
        return [alert_text("No liaison officers, security or drivers are recorded.", s.body)]
    return [
        data_table(
            ["Role", "Name", "Organisation", "Phone", "E-mail"],
            rows,
            [75.0, 110.0, 100.0, 95.0, 115.0],
        )
    ]


def event_facts(ctx: Context, event: Event, home_zone: str) -> list[tuple[str, Any]]:
    """The key facts of an event, for a cover or the head of its section."""
    from exports.briefing.parts import span_with_label
    from models.timezones import format_side_by_side

    programme = ctx.programme
    pairs: list[tuple[str, Any]] = [
        ("Kind", str(event.kind).capitalize()),
        ("When", span_with_label(event.starts_at, event.ends_at, event.timezone)),
        ("Starts", format_side_by_side(event.starts_at, event.timezone, home_zone)),
        ("Ends", format_side_by_side(event.ends_at, event.timezone, home_zone)),
    ]
    venue = programme.venue(event.venue_id)
    if venue is not None:
        room = venue.room(event.room_id)
        where = f"{venue.name}, {room.name}" if room else venue.name
        if address_of(venue):
            where += f"\n{address_of(venue)}"
        pairs.append(("Venue", where))
    hosts = [o.name for o in (programme.organisation(i) for i in event.host_organisation_ids) if o]
    if hosts:
        pairs.append(("Hosted by", ", ".join(hosts)))
    pairs.append(("Classification", str(event.classification).capitalize()))
    status = str(event.status).upper() if event.is_cancelled else str(event.status).capitalize()
    pairs.append(("Status", rich([(ALERT if event.is_cancelled else "", status)], ctx.styles.body)))
    return pairs


def _seating(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    """The kept seating plan (protocol): drawing and seat list."""
    from exports.protocol.seating_page import plan_for, seating_section

    return seating_section(ctx, event, plan_for(ctx.programme, event))
