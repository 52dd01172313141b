"""The sections of one event: (site visit logistics first), agenda, objectives,
who is in the room, organisations, venue, contacts and, when asked, a notes page."""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any

from exports.briefing.parts import (
    KEEP_WITH_HEADING,
    ROLE_ORDER,
    Context,
    address_markup,
    address_of,
    alert_text,
    clock_span,
    country_name,
    data_table,
    facts_table,
    home_clock_span,
    org_line,
    para,
    paragraph,
    person_name,
    rich,
    subheading,
    unbroken,
)
from exports.briefing.styles import ALERT, GROUP, MUTED, TENTATIVE
from exports.briefing.text import markup
from models.entities import (
    Event,
    EventKind,
    EventStatus,
    Participation,
    Person,
    Reply,
    Role,
)

ROSTER_WIDTHS = (120.0, 62.0, 188.0, 70.0, 55.0)
CONTACT_WIDTHS = (66.0, 112.0, 108.0, 86.0, 123.0)
CONTACT_ROLES = (Role.LIAISON, Role.SECURITY, Role.DRIVER, Role.INTERPRETER)
#: Space the roster's heading needs below it: the count, a delegation's name,
#: the table's header band, an organisation's row and two people.
KEEP_WITH_ROSTER = KEEP_WITH_HEADING + 50.0
#: Space a heading followed by one short paragraph needs.
KEEP_WITH_LINE = 60.0
#: Cell padding (left + right) of every table, in points.
CELL_PADDING = 8.0

#: Phone numbers and number plates: printed on one line, never cut.
_PHONE = re.compile(r"\+?\d[\d ()\-]{5,}\d")
_PLATE = re.compile(r"\b[A-Z]{2}[ -]?\d{1,2}(?:[ -]?[A-Z]{1,3}){0,2}[ -]?\d{1,4}\b")


def keep_together(text: str) -> str:
    """``text`` with the phone numbers and number plates in it made unbreakable."""
    text = _PLATE.sub(lambda m: unbroken(m.group()), text)
    return _PHONE.sub(lambda m: unbroken(m.group()), text)


def event_sections(ctx: Context, event: Event, home_zone: str, level: int) -> list[Any]:
    """Every section of one event's briefing, headings at ``level`` in the contents.

    A site visit starts with its logistics (meeting point, departure, safety):
    that is what its readers need first.
    """
    from reportlab.platypus import PageBreak

    t = ctx.labels
    key = f"e{event.id}"
    story: list[Any] = []
    sections = [
        ("agenda", t.agenda, _agenda),
        ("objectives", t.objectives, _objectives),
        ("room", t.room, _roster),
        ("orgs", t.organisations, _organisations),
        ("venue", t.venue, _venue),
        ("contacts", t.contacts, _contacts),
    ]
    book = ctx.programme.protocol
    if book is not None and book.plan(event.id) is not None:
        sections.append(("seating", t.seating, _seating))
    if event.kind is EventKind.SITE_VISIT or event.legs:
        sections.insert(0, ("visit", t.visit, _site_visit))
    for name, title, builder in sections:
        ctx.check_cancel()
        body = builder(ctx, event, home_zone)
        keep = KEEP_WITH_ROSTER if name == "room" else KEEP_WITH_HEADING
        if len(body) == 1 and _is_paragraph(body[0]):
            keep = KEEP_WITH_LINE  # "none recorded" needs no room for a table
        story += ctx.heading(title, level, f"{key}-{name}", keep=keep)
        story.extend(body)
    if ctx.notes:
        from exports.briefing.flowables import classes

        story.append(PageBreak())
        story += ctx.heading(t.notes, level, f"{key}-notes")
        story.append(para(event.title, ctx.styles.small))
        story.append(classes().RuledLines())
    return story


def _is_paragraph(flowable: Any) -> bool:
    from reportlab.platypus import Paragraph

    return isinstance(flowable, Paragraph) and len(flowable.getPlainText()) < 200


def _agenda(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s, t = ctx.styles, ctx.labels
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
        row = [para(clock_span(item.starts_at, item.ends_at, event.timezone, labels=t), s.cell)]
        if home:
            row.append(
                para(
                    home_clock_span(item.starts_at, item.ends_at, event.timezone, home_zone, t),
                    s.cell,
                )
            )
        row += [para(item.title, s.cell), para(who, s.cell)]
        rows.append(row)
    venue_label = f"{t.time} ({t.zone_name(event.timezone)})"
    if home:
        headers = [venue_label, f"{t.time} ({t.zone_name(home_zone)})", t.item, t.speaker]
        widths = [78.0, 78.0, 199.0, 140.0]
    else:
        headers, widths = [venue_label, t.item, t.speaker], [80.0, 255.0, 160.0]
    return [data_table(headers, rows, widths)]


def _objectives(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    text = event.objectives.strip()
    if not text:
        return [para("No objectives have been recorded.", ctx.styles.body)]
    return [para(block, ctx.styles.body) for block in text.split("\n\n") if block.strip()]


def _role_label(ctx: Context, person: Person, role: Role) -> str:
    label = ctx.labels.role_name(role)
    delegation = ctx.delegation_of(person.id) if person.id is not None else None
    if delegation is not None and delegation.head_id == person.id:
        label += "\n" + ctx.labels.head_of_delegation
    return label


def _reply_cell(ctx: Context, part: Participation) -> Any:
    """The answer, and beside it what the person wrote with it (a decline's reason, say)."""
    reply = part.reply
    colour = {
        Reply.TENTATIVE: TENTATIVE,
        Reply.NEEDS_ACTION: MUTED,
        Reply.NEEDS_RECONFIRMATION: TENTATIVE,
    }.get(reply, "")
    label = ctx.labels.reply_label(reply)
    text = f"{label}: “{part.comment}”" if part.comment else label
    return rich([(colour, text)], ctx.styles.cell)


def _roster(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    """Attendees by delegation, then organisation (a group row each); declined apart."""
    s, t = ctx.styles, ctx.labels
    programme = ctx.programme
    present = [p for p in event.participations if p.reply is not Reply.DECLINED]
    declined = [p for p in event.participations if p.reply is Reply.DECLINED]
    if not present:
        return [para("Nobody is expected yet.", s.body)]
    groups: dict[int | None, list[tuple[Person, Participation]]] = {}
    for part in present:
        person = programme.person(part.person_id)
        if person is None:
            continue
        delegation = ctx.delegation_of(part.person_id)
        groups.setdefault(delegation.id if delegation else None, []).append((person, part))
    order = [d.id for d in programme.delegations if d.id in groups]
    if None in groups:
        order.append(None)
    story: list[Any] = [para(t.expected.format(n=len(present)), s.small)]
    for delegation_id in order:
        ctx.check_cancel()
        members = groups[delegation_id]
        delegation = programme.delegation(delegation_id)
        title = delegation.name if delegation else t.others
        story += subheading(f"{title} ({len(members)})", s.h3)
        _sort_roster(ctx, members)
        first = True
        for _, staff in groupby(members, key=lambda pp: pp[0].organisation_id):
            story.append(_org_roster(ctx, list(staff), with_header=first))
            first = False
    if declined:
        names = ", ".join(
            person_name(programme.person(p.person_id)) + (f" (“{p.comment}”)" if p.comment else "")
            for p in declined
        )
        story.append(rich([(MUTED, t.declined.format(names=names))], s.small))
    return story


def _sort_roster(ctx: Context, members: list[tuple[Person, Participation]]) -> None:
    """Organisations in order of their most senior member, each one's people in
    order of precedence (:func:`models.protocol.precedence.by_organisation`);
    with another order given, organisations by name and people in that order."""
    if ctx.order is None:
        from models.protocol.precedence import by_organisation

        ranked = by_organisation(ctx.programme, [p.id or 0 for p, _ in members])
        place = {pid: n for n, pid in enumerate(ranked)}
        members.sort(key=lambda pp: place[pp[0].id or 0])
        return
    rank = {id(p): n for n, p in enumerate(ctx.ordered([p for p, _ in members]))}
    members.sort(key=lambda pp: (_org_key(ctx, pp[0]), rank[id(pp[0])]))


def _org_roster(ctx: Context, staff: list[tuple[Person, Participation]], with_header: bool) -> Any:
    """One organisation's people under a light group row naming it.

    The dark header band starts a delegation's list only; the group row
    repeats at the top of a page the organisation continues on.  One table
    per organisation keeps each table short, so splitting one across pages
    stays cheap even for a 1,000-person roster.
    """
    from exports.briefing.flowables import classes

    s, t = ctx.styles, ctx.labels
    cell = s.cell
    org = ctx.programme.organisation(staff[0][0].organisation_id)
    name = classes().Bold(markup(org.name if org else t.no_organisation), s.cell_group)
    group = [name, "", para(org_line(org), s.cell_note) if org else "", "", ""]
    rows = [
        [
            paragraph(markup(person_name(person)), cell),
            para(person.name_japanese, cell) if person.name_japanese else "",
            para(person.position, cell) if person.position else "",
            para(_role_label(ctx, person, part.role), cell),
            _reply_cell(ctx, part),
        ]
        for person, part in staff
    ]
    header = [t.name, "", t.position, t.role, t.reply]
    g = 1 if with_header else 0  # the group row's index
    style = [
        ("SPAN", (0, g), (1, g)),
        ("SPAN", (2, g), (4, g)),
        ("BACKGROUND", (0, g), (-1, g), GROUP),
        ("TOPPADDING", (0, g), (-1, g), 4),
        # Compact: a person is one line wherever the position allows.
        ("TOPPADDING", (0, g + 1), (-1, -1), 2),
        ("BOTTOMPADDING", (0, g + 1), (-1, -1), 2),
    ]
    if with_header:
        return data_table(header, [group, *rows], ROSTER_WIDTHS, style, repeat=2)
    return data_table(None, [group, *rows], ROSTER_WIDTHS, style)


def _org_key(ctx: Context, person: Person) -> tuple[str, int]:
    org = ctx.programme.organisation(person.organisation_id)
    return (org.name.casefold(), org.id or 0) if org else ("\uffff", 0)


def _organisations(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    from reportlab.platypus import KeepTogether

    from exports.briefing.flowables import classes

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
        title = f"{org.name}{ctx.labels.host_suffix}" if org.id in hosts else org.name
        block = [classes().Bold(markup(title), s.h3), para(org_line(org), s.small)]
        if org.profile:
            block.append(para(org.profile, s.body))
        if org.website:
            block.append(paragraph(address_markup(org.website, 495, s.small), s.small))
        story.append(KeepTogether(block))
    return story


def _venue(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s, t = ctx.styles, ctx.labels
    venue = ctx.programme.venue(event.venue_id)
    if venue is None:
        return [alert_text("No venue has been chosen yet.", s.body)]
    room = venue.room(event.room_id)
    pairs: list[tuple[str, Any]] = [(t.venue, venue.name)]
    if address_of(venue):
        pairs.append((t.address, address_of(venue)))
    if venue.country:
        pairs.append((t.country, country_name(venue.country)))
    if room is not None:
        size = f" (seats {room.capacity})" if room.capacity else ""
        pairs.append((t.room_label, f"{room.name}{size}"))
    pairs.append((t.time_zone, f"{t.zone_name(venue.timezone)} ({venue.timezone})"))
    if venue.latitude is not None and venue.longitude is not None:
        pairs.append((t.map_position, f"{venue.latitude:.5f}, {venue.longitude:.5f}"))
    pairs.append((t.access, venue.access_notes or "No access notes recorded."))
    return [facts_table(pairs)]


def _site_visit(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s, t = ctx.styles, ctx.labels
    programme = ctx.programme
    missing = "Not recorded — ask the host."
    host = programme.person(event.host_contact_id)
    if host is not None:
        host_text = "\n".join(
            p
            for p in (
                person_name(host) + (f"  {host.name_japanese}" if host.name_japanese else ""),
                ", ".join(x for x in (host.position, _org(ctx, host)) if x),
                "  ".join(x for x in (keep_together(host.phone), host.email) if x),
            )
            if p
        )
    else:
        host_text = missing
    legs = sorted(event.legs, key=lambda leg_: leg_.departs_at)
    pairs: list[tuple[str, Any]] = [(t.meeting_point, event.meeting_point or missing)]
    if legs:
        first = legs[0]
        departs = clock_span(first.departs_at, first.arrives_at, event.timezone, True, t)
        pairs.append((t.transport, f"{departs}: {first.origin} → {first.destination}"))
    pairs += [(t.host_contact, host_text), (t.safety, event.safety_notes or missing)]
    story: list[Any] = [facts_table(pairs)]
    story += subheading(t.transport, s.h3)
    if not legs:
        story.append(alert_text("No transport has been arranged yet.", s.body))
        return story
    home = home_zone if home_zone and home_zone != event.timezone else ""
    rows = []
    for leg in legs:
        times = [
            ("", clock_span(leg.departs_at, leg.arrives_at, event.timezone, True, t)),
            (MUTED, home_clock_span(leg.departs_at, leg.arrives_at, event.timezone, home, t)),
        ]
        vehicle = "\n".join(keep_together(x) for x in (leg.vehicle, leg.driver_contact) if x)
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
            [t.departs_arrives, t.route, t.vehicle_driver, t.passengers],
            rows,
            [105.0, 130.0, 100.0, 160.0],
        )
    )
    return story


def _org(ctx: Context, person: Person) -> str:
    org = ctx.programme.organisation(person.organisation_id)
    return org.name if org else ""


def split_contact(text: str) -> tuple[str, str]:
    """A driver's free-text contact as (name, phone): ``Ravi Kumar +91 98 …``."""
    found = _PHONE.search(text)
    if found is None:
        return text.strip(), ""
    name = (text[: found.start()] + text[found.end() :]).strip(" ,;:-")
    return name, found.group().strip()


def contact_rows(ctx: Context, event: Event) -> list[tuple[str, Person | None, str, str]]:
    """(role, person, free text, vehicle) for everyone a delegate may need to call.

    A driver of several legs is listed once, with every vehicle he drives.
    """
    programme = ctx.programme
    t = ctx.labels
    out: list[tuple[str, Person | None, str, str]] = []
    organiser = programme.person(event.organiser_id)
    if organiser is not None:
        out.append(("Organiser", organiser, "", ""))
    host = programme.person(event.host_contact_id)
    if host is not None:
        out.append((t.host_contact, host, "", ""))
    people = [
        (part.role, programme.person(part.person_id))
        for part in event.participations
        if part.role in CONTACT_ROLES and part.reply is not Reply.DECLINED
    ]
    people.sort(key=lambda rp: (ROLE_ORDER[rp[0]], rp[1].sort_key if rp[1] else ("", "")))
    out += [(t.role_name(role), person, "", "") for role, person in people if person is not None]
    drivers: dict[str, list[str]] = {}
    for leg in sorted(event.legs, key=lambda leg_: leg_.departs_at):
        if leg.driver_contact:
            vehicles = drivers.setdefault(leg.driver_contact.strip(), [])
            if leg.vehicle and leg.vehicle not in vehicles:
                vehicles.append(leg.vehicle)
    # A driver who is also an attendee of the event is one row: his, with his vehicles.
    by_phone = {_digits(p.phone): n for n, (_, p, _, _) in enumerate(out) if p and p.phone}
    for text, vehicles in drivers.items():
        found = by_phone.get(_digits(split_contact(text)[1]))
        if found is not None and _digits(split_contact(text)[1]):
            role, person, free, known = out[found]
            joined = "\n".join(v for v in (known, *vehicles) if v)
            out[found] = (role, person, free, joined)
        else:
            out.append((t.driver, None, text, "\n".join(vehicles)))
    return out


def _digits(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


def _contacts(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    s, t = ctx.styles, ctx.labels
    email_width = CONTACT_WIDTHS[4] - CELL_PADDING
    rows = []
    for role, person, text, vehicle in contact_rows(ctx, event):
        if person is None:
            name, phone = split_contact(text)
            rows.append(
                [
                    para(role, s.cell),
                    para(name, s.cell),
                    para(keep_together(vehicle), s.cell),
                    para(unbroken(phone), s.cell),
                    "",
                ]
            )
            continue
        name = person_name(person) + (f"\n{person.name_japanese}" if person.name_japanese else "")
        rows.append(
            [
                para(role, s.cell),
                para(name, s.cell),
                para(keep_together(vehicle) or _org(ctx, person), s.cell),
                para(unbroken(person.phone), s.cell) if person.phone else "",
                paragraph(address_markup(person.email, email_width, s.cell), s.cell)
                if person.email
                else "",
            ]
        )
    if not rows:
        return [alert_text("No liaison officers, security or drivers are recorded.", s.body)]
    headers = [t.role, t.name, f"{t.organisation} / {t.vehicle.lower()}", t.phone, t.email]
    return [data_table(headers, rows, CONTACT_WIDTHS)]


def event_facts(ctx: Context, event: Event, home_zone: str) -> list[tuple[str, Any]]:
    """The key facts of an event, for a cover or the head of its section."""
    from exports.briefing.parts import side_by_side, span_with_label

    programme = ctx.programme
    t = ctx.labels
    pairs: list[tuple[str, Any]] = [
        (t.kind, t.event_kind(event.kind)),
        (t.when, span_with_label(event.starts_at, event.ends_at, event.timezone, t)),
        (t.starts, side_by_side(event.starts_at, event.timezone, home_zone, t)),
        (t.ends, side_by_side(event.ends_at, event.timezone, home_zone, t)),
    ]
    if event.meeting_point:
        pairs.append((t.meeting_point, event.meeting_point))
    venue = programme.venue(event.venue_id)
    if venue is not None:
        room = venue.room(event.room_id)
        where = f"{venue.name}, {room.name}" if room else venue.name
        if address_of(venue):
            where += f"\n{address_of(venue)}"
        pairs.append((t.venue, where))
    hosts = [o.name for o in (programme.organisation(i) for i in event.host_organisation_ids) if o]
    if hosts:
        pairs.append((t.hosted_by, ", ".join(hosts)))
    pairs.append((t.classification, t.level(event.classification)))
    colour = {EventStatus.CANCELLED: ALERT, EventStatus.TENTATIVE: TENTATIVE}.get(event.status, "")
    pairs.append((t.status, rich([(colour, t.event_status(event.status))], ctx.styles.body)))
    return pairs


def _seating(ctx: Context, event: Event, home_zone: str) -> list[Any]:
    """The kept seating plan (protocol): drawing and seat list."""
    from exports.protocol.seating_page import plan_for, seating_section

    return seating_section(ctx, event, plan_for(ctx.programme, event))
