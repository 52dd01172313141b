"""The story (list of flowables) of each pack: event pack and delegation pack.

``get_*_story`` return a :class:`Story`: the flowables plus what the page
furniture needs (title, marking).  Nothing here lays out pages; see ``build``.
The delegation pack's own pages (members, overview, a day at a glance) are in
``delegation``.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import astuple, dataclass
from datetime import datetime
from typing import Any

from exports.briefing.labels import EN, Labels
from exports.briefing.parts import (
    TEXT_WIDTH,
    Context,
    cancelled_banner,
    facts_table,
    para,
    tentative_banner,
)
from exports.briefing.sections import event_facts, event_sections
from exports.briefing.styles import base_table_commands
from models.entities import Classification, Delegation, Event, EventStatus, Programme, Reply
from models.errors import NotFound
from models.timezones import format_span, in_zone


@dataclass
class Story:
    flowables: list[Any]
    title: str
    subject: str
    classification: Classification
    zone: str  # the zone the print date is shown in
    running_level: int | None = 0  # contents level whose headings name pages in the header
    labels: Labels = EN

    @property
    def marking(self) -> str:
        return self.labels.marking(self.classification)


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


def delegation_events(programme: Programme, delegation: Delegation) -> list[Event]:
    """Every event one of the delegation's members takes part in, in time order."""
    members = set(delegation.member_ids)
    chosen = [e for e in programme.events if any(p.person_id in members for p in e.participations)]
    return sorted(chosen, key=lambda e: (e.starts_at, e.id or 0))


def where_and_when(ctx: Context, events: list[Event]) -> str:
    """``New Delhi · 1–2 December 2026``: the main city and the days, in the venues' time."""
    if not events:
        return ""
    cities = Counter(
        v.city
        for v in (ctx.programme.venue(e.venue_id) for e in events)
        if v is not None and v.city
    )
    days = sorted(in_zone(e.starts_at, e.timezone).date() for e in events)
    last = max(in_zone(e.ends_at, e.timezone).date() for e in events)
    span = ctx.labels.date_range(days[0], last)
    return f"{cities.most_common(1)[0][0]} · {span}" if cities else span


def version_of(ctx: Context, events: list[Event]) -> str:
    """A short reference that changes whenever anything printed about ``events`` does.

    Two prints with the same reference say the same; the time of the last edit
    tells which is newer.
    """
    programme = ctx.programme
    people = [
        programme.person(i) for i in sorted({p.person_id for e in events for p in e.participations})
    ]
    org_ids = {p.organisation_id for p in people if p is not None}
    org_ids.update(i for e in events for i in e.host_organisation_ids)
    printed = (
        *events,
        *people,
        *(programme.venue(i) for i in sorted({e.venue_id or 0 for e in events})),
        *(programme.organisation(i) for i in sorted(i for i in org_ids if i is not None)),
        *programme.delegations,
    )
    values = [astuple(x) for x in printed if x is not None]
    digest = hashlib.sha256(repr(values).encode("utf-8")).hexdigest()[:8]
    edits = [e.updated_at for e in events if e.updated_at is not None]
    if not edits:
        return digest
    last = in_zone(max(edits), events[0].timezone)
    when = f"{ctx.labels.day_month_year(last)} {last:%H:%M} {last.tzname()}"
    return f"{digest}, {ctx.labels.last_edit} {when}"


def cover(
    ctx: Context,
    kind: str,
    title: str,
    lines: list[tuple[str, Any]],
    level: Classification,
    events: list[Event],
    printed: datetime,
    zone: str,
) -> list[Any]:
    """What the pack is, where and when, its classification, version and print time."""
    from reportlab.platypus import PageBreak, Spacer

    from exports.briefing.flowables import classes
    from exports.briefing.text import markup

    s, t = ctx.styles, ctx.labels
    story: list[Any] = [
        Spacer(1, 60),
        para(kind, s.cover_kind),
        classes().Bold(markup(title), s.cover_title),
    ]
    place = where_and_when(ctx, events)
    if place:
        story.append(para(place, s.cover_place))
    if len(events) == 1 and events[0].is_cancelled:
        story.append(cancelled_banner(labels=t))
    elif len(events) == 1 and events[0].status is EventStatus.TENTATIVE:
        story.append(tentative_banner(t))
    story += [Spacer(1, 10), facts_table(lines), Spacer(1, 30)]
    marking = t.marking(level)
    if marking:
        story.append(para(marking, s.marking))
        story.append(para(t.handling(level), s.small))
    story.append(Spacer(1, 24))
    local = printed.astimezone(_zone(zone))
    story.append(para(f"{t.version} {version_of(ctx, events)}", s.small))
    story.append(
        para(
            f"{t.printed} {t.day_month_year(local)} {local:%H:%M} "
            f"{local.tzname()} ({t.zone_name(zone)}) {t.prepared_by}",
            s.small,
        )
    )
    story.append(PageBreak())
    return story


def _zone(name: str) -> Any:
    from models.timezones import zone

    return zone(name)


def contents(ctx: Context, max_level: int = 1) -> list[Any]:
    """The contents page: one row per heading, page numbers filled in at save time.

    Headings deeper than ``max_level`` stay in the PDF outline only.  Each
    number stands on the baseline of its entry's first line.
    """
    from reportlab.platypus import PageBreak, Table, TableStyle

    from exports.briefing.flowables import classes

    s = ctx.styles
    ref = classes().PageRef
    rows = []
    for entry in ctx.entries:
        if entry.level > max_level:
            continue
        style = s.toc1 if entry.level == 0 else s.toc2
        rows.append([para(entry.title, style), ref(entry.key, style.fontSize, style.leading)])
    table = Table(rows, colWidths=[TEXT_WIDTH - 40, 40])
    table.setStyle(
        TableStyle(
            [
                *base_table_commands(),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return [para(ctx.labels.contents, s.h1), table, PageBreak()]


def _event(programme: Programme, event_id: int) -> Event:
    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.", "events", event_id)
    return event


def get_event_story(
    ctx: Context, event_id: int, delegation_id: int | None, printed: datetime
) -> Story:
    """Cover, contents and every section of one event."""
    programme = ctx.programme
    t = ctx.labels
    event = _event(programme, event_id)
    if delegation_id is not None:
        delegation = programme.delegation(delegation_id)
        if delegation is None:
            raise NotFound(
                f"There is no delegation with id {delegation_id}.", "delegations", delegation_id
            )
    else:
        delegation = main_delegation(programme, event)
    home = delegation.home_timezone if delegation else event.timezone
    body = event_sections(ctx, event, home, level=0)
    facts = event_facts(ctx, event, home)
    if delegation is not None:
        facts.append((t.prepared_for, f"{delegation.name} ({t.home_time}: {t.zone_name(home)})"))
    front = cover(
        ctx,
        f"{t.event_pack} · {t.event_kind(event.kind)}",
        event.title,
        facts,
        event.classification,
        [event],
        printed,
        event.timezone,
    )
    title = f"{t.cancelled_prefix if event.is_cancelled else ''}{event.title}"
    subject = f"{t.event_pack}: {event.kind!s}, " + format_span(
        event.starts_at, event.ends_at, event.timezone
    )
    return Story(
        front + contents(ctx) + body,
        title,
        subject,
        event.classification,
        event.timezone,
        running_level=0,
        labels=t,
    )
