"""The delegation pack: cover, members, overview, a page per day at a glance, every event."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from exports.briefing.parts import (
    Context,
    cancelled_banner,
    clock_span,
    data_table,
    facts_table,
    home_clock_span,
    marking_of,
    para,
    person_name,
    rich,
    span_with_label,
    tentative_banner,
)
from exports.briefing.sections import event_facts, event_sections
from exports.briefing.story import Story, contents, cover, delegation_events
from exports.briefing.styles import ALERT, MUTED, TENTATIVE, TENTATIVE_BAND
from models.entities import Delegation, Event, EventStatus, Person, Reply, Role
from models.errors import NotFound
from models.timezones import in_zone


def get_delegation_story(ctx: Context, delegation_id: int, printed: datetime) -> Story:
    """Cover, contents, members, overview, each day at a glance, then every event in full."""
    from reportlab.platypus import PageBreak

    programme = ctx.programme
    t = ctx.labels
    delegation = programme.delegation(delegation_id)
    if delegation is None:
        raise NotFound(
            f"There is no delegation with id {delegation_id}.", "delegations", delegation_id
        )
    home = delegation.home_timezone
    events = delegation_events(programme, delegation)
    level = marking_of(events)
    body: list[Any] = ctx.heading(t.members, 0, "members")
    body += _members(ctx, delegation, events)
    body.append(PageBreak())
    body += ctx.heading(t.overview, 0, "overview")
    body += _overview(ctx, delegation, events)
    for day, todays in _days(events):
        body.append(PageBreak())
        body += ctx.heading(f"{t.at_a_glance}: {t.long_date(day)}", 0, f"day{day.isoformat()}")
        body += _at_a_glance(ctx, delegation, todays)
    for event in events:
        ctx.check_cancel()
        body.append(PageBreak())
        head = f"{t.cancelled_prefix}{event.title}" if event.is_cancelled else event.title
        body += ctx.heading(head, 0, f"e{event.id}")
        if event.is_cancelled:
            body.append(cancelled_banner(labels=t))
        elif event.status is EventStatus.TENTATIVE:
            body.append(tentative_banner(t))
        body.append(facts_table(event_facts(ctx, event, home)))
        body += event_sections(ctx, event, home, level=1)
    # The gift register (protocol), when gifts were recorded at these events.
    book = programme.protocol
    if book is not None and book.gifts_of({e.id for e in events if e.id is not None}):
        from exports.protocol.gifts import gift_register

        body.append(PageBreak())
        body += ctx.heading(t.gifts, 0, "gifts")
        body += gift_register(ctx, events)
    leader = programme.person(delegation.head_id)
    lines: list[tuple[str, Any]] = []
    if leader is not None:
        name = person_name(leader) + (f"  {leader.name_japanese}" if leader.name_japanese else "")
        lines.append((t.head_of_delegation, name))
    lines.append((t.member_count, str(len(delegation.member_ids))))
    lines.append((t.home_zone, f"{t.zone_name(home)} ({home})"))
    if events:
        first, last = events[0].starts_at, max(e.ends_at for e in events)
        lines.append((t.programme, span_with_label(first, last, events[0].timezone, t)))
        if home != events[0].timezone:
            lines.append((t.in_home_time, span_with_label(first, last, home, t)))
    lines.append(
        (t.events, f"{len(events)}, of which {sum(e.is_cancelled for e in events)} cancelled")
    )
    lines.append((t.marked, t.level(level)))
    front = cover(ctx, t.delegation_pack, delegation.name, lines, level, events, printed, home)
    subject = f"{t.delegation_pack}: {len(events)} events"
    return Story(
        front + contents(ctx, max_level=0) + body,
        delegation.name,
        subject,
        level,
        home,
        labels=t,
    )


def _days(events: list[Event]) -> list[tuple[date, list[Event]]]:
    """The programme's days (in the venues' time), each with its events."""
    days: dict[date, list[Event]] = {}
    for event in events:
        days.setdefault(in_zone(event.starts_at, event.timezone).date(), []).append(event)
    return sorted(days.items())


def _members(ctx: Context, delegation: Delegation, events: list[Event]) -> list[Any]:
    """Everyone in the delegation, by precedence, with what they attend.

    Someone who attends nothing yet is listed too: the pack is her delegation's.
    """
    s, t = ctx.styles, ctx.labels
    programme = ctx.programme
    people = [p for p in (programme.person(i) for i in delegation.member_ids) if p is not None]
    if not people:
        return [para("The delegation has no members yet.", s.body)]
    attending: dict[int, int] = {}
    for event in events:
        if event.is_cancelled:
            continue
        for part in event.participations:
            if part.reply is not Reply.DECLINED:
                attending[part.person_id] = attending.get(part.person_id, 0) + 1
    rows = []
    for person in ctx.ordered(people):
        org = programme.organisation(person.organisation_id)
        role = ", ".join(x for x in (person.position, org.name if org else "") if x)
        count = attending.get(person.id or 0, 0)
        head = person.id == delegation.head_id
        rows.append(
            [
                rich(
                    [("", person_name(person)), (ALERT if head else "", t.head_of_delegation)]
                    if head
                    else [("", person_name(person))],
                    s.cell,
                ),
                para(person.name_japanese, s.cell) if person.name_japanese else "",
                para(role, s.cell),
                rich(
                    [(MUTED, t.attends_nothing)]
                    if not count
                    else [("", t.attends.format(n=count))],
                    s.cell,
                ),
            ]
        )
    headers = [t.name, "", f"{t.position}, {t.organisation.lower()}", t.events]
    return [data_table(headers, rows, [130.0, 80.0, 215.0, 70.0])]


def _where(ctx: Context, event: Event) -> str:
    venue = ctx.programme.venue(event.venue_id)
    room = venue.room(event.room_id) if venue else None
    return (
        ", ".join(x for x in (venue.name if venue else "", room.name if room else "") if x)
        or "Venue to be decided"
    )


def _status(ctx: Context, event: Event) -> list[tuple[str, str]]:
    t = ctx.labels
    colour = {EventStatus.CANCELLED: ALERT, EventStatus.TENTATIVE: TENTATIVE}.get(event.status, "")
    out = [(colour, t.event_status(event.status))]
    out.append((ALERT if event.classification.rank >= 2 else MUTED, t.level(event.classification)))
    return out


def _tentative_rows(events: list[Event], first_row: int = 1) -> list[tuple[Any, ...]]:
    """Table commands shading the rows of tentative events."""
    return [
        ("BACKGROUND", (0, n + first_row), (-1, n + first_row), TENTATIVE_BAND)
        for n, e in enumerate(events)
        if e.status is EventStatus.TENTATIVE
    ]


def _overview(ctx: Context, delegation: Delegation, events: list[Event]) -> list[Any]:
    s, t = ctx.styles, ctx.labels
    if not events:
        return [para("No events yet: none of the delegation's members attends anything.", s.body)]
    members = set(delegation.member_ids)
    home = delegation.home_timezone
    # The home-time column only where it says something.
    show_home = any(home != e.timezone for e in events)
    rows = []
    for event in events:
        count = sum(
            1
            for p in event.participations
            if p.person_id in members and p.reply is not Reply.DECLINED
        )
        row = [para(clock_span(event.starts_at, event.ends_at, event.timezone, True, t), s.cell)]
        if show_home:
            row.append(
                para(
                    home_clock_span(event.starts_at, event.ends_at, event.timezone, home, t), s.cell
                )
            )
        row += [
            rich(
                [
                    ("", event.title),
                    (MUTED, f"{t.event_kind(event.kind)} · {count} of the delegation"),
                ],
                s.cell,
            ),
            para(_where(ctx, event), s.cell),
            rich(_status(ctx, event), s.cell),
        ]
        rows.append(row)
    headers = [f"{t.when} ({t.zone_name(events[0].timezone)})"]
    widths = [92.0]
    if show_home:
        headers.append(f"{t.when} ({t.zone_name(home)})")
        widths.append(92.0)
    headers += [t.event, t.where, t.status]
    widths += [251.0 - (92.0 if show_home else 0.0), 90.0, 62.0]
    return [data_table(headers, rows, widths, _tentative_rows(events))]


def _leader(ctx: Context, delegation: Delegation, event: Event) -> Person | None:
    """Who leads an event: its chair, else the delegation's head if there, else the
    most senior of the delegation attending (by the pack's order)."""
    programme = ctx.programme
    present = [p for p in event.participations if p.reply is not Reply.DECLINED]
    for part in present:
        if part.role is Role.CHAIR:
            return programme.person(part.person_id)
    ids = {p.person_id for p in present}
    if delegation.head_id in ids:
        return programme.person(delegation.head_id)
    ours = [programme.person(i) for i in delegation.member_ids if i in ids]
    ranked = ctx.ordered([p for p in ours if p is not None])
    return ranked[0] if ranked else None


def _at_a_glance(ctx: Context, delegation: Delegation, events: list[Event]) -> list[Any]:
    """One page: every event of the day, both clocks, venue and who leads."""
    s, t = ctx.styles, ctx.labels
    home = delegation.home_timezone
    show_home = any(home != e.timezone for e in events)
    rows = []
    for event in events:
        leader = _leader(ctx, delegation, event)
        lead = [("", person_name(leader))] if leader is not None else [(MUTED, "—")]
        if leader is not None and leader.name_japanese:
            lead.append((MUTED, leader.name_japanese))
        row = [para(clock_span(event.starts_at, event.ends_at, event.timezone, labels=t), s.glance)]
        if show_home:
            row.append(
                para(
                    home_clock_span(event.starts_at, event.ends_at, event.timezone, home, t),
                    s.glance,
                )
            )
        status = " · ".join(text for _, text in _status(ctx, event))
        colour = {EventStatus.CANCELLED: ALERT, EventStatus.TENTATIVE: TENTATIVE}.get(
            event.status, MUTED
        )
        title = [("", event.title), (colour, f"{t.event_kind(event.kind)} · {status}")]
        if event.meeting_point:
            title.append((ALERT, f"{t.meet}: {event.meeting_point}"))
        row += [rich(title, s.glance), para(_where(ctx, event), s.glance), rich(lead, s.glance)]
        rows.append(row)
    headers = [f"{t.time} ({t.zone_name(events[0].timezone)})"]
    widths = [70.0]
    if show_home:
        headers.append(f"{t.time} ({t.zone_name(home)})")
        widths.append(70.0)
    headers += [t.event, t.where, t.leads]
    widths += [205.0 + (0.0 if show_home else 70.0), 80.0, 70.0]
    return [data_table(headers, rows, widths, _tentative_rows(events))]
