"""The story (list of flowables) of each pack: event pack and delegation pack.

``get_*_story`` return a :class:`Story`: the flowables plus what the page
furniture needs (title, marking).  Nothing here lays out pages; see ``build``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from exports.briefing.parts import (
    TEXT_WIDTH,
    Context,
    cancelled_banner,
    clock_span,
    data_table,
    facts_table,
    home_clock_span,
    marking_of,
    marking_text,
    para,
    rich,
    span_with_label,
)
from exports.briefing.sections import event_facts, event_sections
from exports.briefing.styles import ALERT, MUTED, base_table_commands
from models.entities import Classification, Delegation, Event, Programme, Reply
from models.errors import NotFound
from models.timezones import format_span, zone_label


@dataclass
class Story:
    flowables: list[Any]
    title: str
    subject: str
    classification: Classification
    zone: str  # the zone the print date is shown in
    running_level: int | None = 0  # contents level whose headings name pages in the header

    @property
    def marking(self) -> str:
        return marking_text(self.classification)


def main_delegation(programme: Programme, event: Event) -> Delegation | None:
    """The delegation an event pack is for when none is named: the one with most
    people at the event living in another zone than the venue's (else the largest)."""
    counts: dict[int, int] = {}
    attending = {p.person_id for p in event.participations if p.reply is not Reply.DECLINED}
    for delegation in programme.delegations:
        if delegation.id is not None:
            counts[delegation.id] = sum(1 for m in delegation.member_ids if m in attending)
    ranked = sorted(
        (d for d in programme.delegations if d.id is not None and counts[d.id]),
        key=lambda d: (d.home_timezone == event.timezone, -counts[d.id or 0], d.id or 0),
    )
    return ranked[0] if ranked else None


def _cover(
    ctx: Context,
    kind: str,
    title: str,
    lines: list[tuple[str, Any]],
    level: Classification,
    cancelled: bool,
    printed: datetime,
    zone: str,
) -> list[Any]:
    from reportlab.platypus import PageBreak, Spacer

    s = ctx.styles
    story: list[Any] = [Spacer(1, 70), para(kind, s.cover_kind), para(title, s.cover_title)]
    if cancelled:
        story.append(cancelled_banner())
    story += [Spacer(1, 10), facts_table(lines), Spacer(1, 36)]
    marking = marking_text(level)
    if marking:
        story.append(para(marking, s.marking))
        story.append(para(_handling(level), s.small))
    story.append(Spacer(1, 24))
    local = printed.astimezone(_zone(zone))
    story.append(
        para(
            f"Prepared {local:%a} {local.day} {local:%b %Y %H:%M} "
            f"{local.tzname()} ({zone_label(zone)}) by Delegation Desk.",
            s.small,
        )
    )
    story.append(PageBreak())
    return story


def _zone(name: str) -> Any:
    from models.timezones import zone

    return zone(name)


def _handling(level: Classification) -> str:
    if level is Classification.CONFIDENTIAL:
        return (
            "Closed-door content: who attends is itself confidential. Do not copy or "
            "forward; return or destroy after use."
        )
    return "For the delegation and its hosts only; not for publication."


def _contents(ctx: Context, max_level: int = 1) -> list[Any]:
    """The contents page: one row per heading, page numbers filled in at save time.

    Headings deeper than ``max_level`` stay in the PDF outline only.
    """
    from reportlab.platypus import PageBreak, Table, TableStyle

    from exports.briefing.flowables import classes

    s = ctx.styles
    ref = classes().PageRef
    rows = [
        [para(entry.title, s.toc1 if entry.level == 0 else s.toc2), ref(entry.key)]
        for entry in ctx.entries
        if entry.level <= max_level
    ]
    table = Table(rows, colWidths=[TEXT_WIDTH - 40, 40])
    table.setStyle(
        TableStyle(
            [
                *base_table_commands(),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return [para("Contents", s.h1), table, PageBreak()]


def _event(programme: Programme, event_id: int) -> Event:
    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.")
    return event


def get_event_story(
    ctx: Context, event_id: int, delegation_id: int | None, printed: datetime
) -> Story:
    """Cover, contents and every section of one event."""
    programme = ctx.programme
    event = _event(programme, event_id)
    if delegation_id is not None:
        delegation = programme.delegation(delegation_id)
        if delegation is None:
            raise NotFound(f"There is no delegation with id {delegation_id}.")
    else:
        delegation = main_delegation(programme, event)
    home = delegation.home_timezone if delegation else event.timezone
    body = event_sections(ctx, event, home, level=0)
    facts = event_facts(ctx, event, home)
    if delegation is not None:
        facts.append(("Prepared for", f"{delegation.name} (home time: {zone_label(home)})"))
    cover = _cover(
        ctx,
        f"Briefing pack · {str(event.kind).capitalize()}",
        event.title,
        facts,
        event.classification,
        event.is_cancelled,
        printed,
        event.timezone,
    )
    title = f"{'CANCELLED: ' if event.is_cancelled else ''}{event.title}"
    subject = f"Briefing pack: {event.kind!s}, " + format_span(
        event.starts_at, event.ends_at, event.timezone
    )
    return Story(
        cover + _contents(ctx) + body,
        title,
        subject,
        event.classification,
        event.timezone,
        running_level=None,
    )


def delegation_events(programme: Programme, delegation: Delegation) -> list[Event]:
    """Every event one of the delegation's members takes part in, in time order."""
    members = set(delegation.member_ids)
    chosen = [e for e in programme.events if any(p.person_id in members for p in e.participations)]
    return sorted(chosen, key=lambda e: (e.starts_at, e.id or 0))


def get_delegation_story(ctx: Context, delegation_id: int, printed: datetime) -> Story:
    """Cover, contents, programme overview, then every event in full."""
    from reportlab.platypus import PageBreak

    programme = ctx.programme
    delegation = programme.delegation(delegation_id)
    if delegation is None:
        raise NotFound(f"There is no delegation with id {delegation_id}.")
    home = delegation.home_timezone
    events = delegation_events(programme, delegation)
    level = marking_of(events)
    body: list[Any] = ctx.heading("Programme overview", 0, "overview")
    body += _overview(ctx, delegation, events)
    for event in events:
        ctx.check_cancel()
        body.append(PageBreak())
        head = f"CANCELLED: {event.title}" if event.is_cancelled else event.title
        body += ctx.heading(head, 0, f"e{event.id}")
        if event.is_cancelled:
            body.append(cancelled_banner())
        body.append(facts_table(event_facts(ctx, event, home)))
        body += event_sections(ctx, event, home, level=1)
    # The gift register (protocol), when gifts were recorded at these events.
    book = programme.protocol
    if book is not None and book.gifts_of({e.id for e in events if e.id is not None}):
        from exports.protocol.gifts import gift_register

        body.append(PageBreak())
        body += ctx.heading("Gift register", 0, "gifts")
        body += gift_register(ctx, events)
    leader = programme.person(delegation.head_id)
    lines: list[tuple[str, Any]] = []
    if leader is not None:
        name = leader.display_name + (f"  {leader.name_japanese}" if leader.name_japanese else "")
        lines.append(("Head of delegation", name))
    lines.append(("Members", str(len(delegation.member_ids))))
    lines.append(("Home time zone", f"{zone_label(home)} ({home})"))
    if events:
        first, last = events[0].starts_at, max(e.ends_at for e in events)
        lines.append(("Programme", span_with_label(first, last, events[0].timezone)))
        if home != events[0].timezone:
            lines.append(("In home time", span_with_label(first, last, home)))
    lines.append(
        ("Events", f"{len(events)}, of which {sum(e.is_cancelled for e in events)} cancelled")
    )
    lines.append(("Marked", str(level).capitalize()))
    cover = _cover(
        ctx, "Delegation briefing pack", delegation.name, lines, level, False, printed, home
    )
    subject = f"Delegation briefing pack: {len(events)} events"
    return Story(cover + _contents(ctx, max_level=0) + body, delegation.name, subject, level, home)


def _overview(ctx: Context, delegation: Delegation, events: list[Event]) -> list[Any]:
    s = ctx.styles
    programme = ctx.programme
    if not events:
        return [para("No events yet: none of the delegation's members attends anything.", s.body)]
    members = set(delegation.member_ids)
    home = delegation.home_timezone
    rows = []
    for event in events:
        venue = programme.venue(event.venue_id)
        room = venue.room(event.room_id) if venue else None
        where = (
            ", ".join(x for x in (venue.name if venue else "", room.name if room else "") if x)
            or "Venue to be decided"
        )
        count = sum(
            1
            for p in event.participations
            if p.person_id in members and p.reply is not Reply.DECLINED
        )
        status = [(ALERT, "CANCELLED")] if event.is_cancelled else [("", str(event.status))]
        status.append(
            (ALERT if event.classification.rank >= 2 else MUTED, str(event.classification))
        )
        home_time = home_clock_span(event.starts_at, event.ends_at, event.timezone, home)
        rows.append(
            [
                para(clock_span(event.starts_at, event.ends_at, event.timezone, day=True), s.cell),
                para(home_time or "same", s.cell),
                rich(
                    [("", event.title), (MUTED, f"{event.kind} · {count} of the delegation")],
                    s.cell,
                ),
                para(where, s.cell),
                rich(status, s.cell),
            ]
        )
    headers = ["When (venue time)", f"When ({zone_label(home)})", "Event", "Where", "Status"]
    return [data_table(headers, rows, [92.0, 92.0, 151.0, 100.0, 60.0])]
