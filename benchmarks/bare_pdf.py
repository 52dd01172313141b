"""The briefing-pack baseline: a bare reportlab document with the same tables.

For one event it lays out, on A4 with a header and a page-numbered footer,
in the same embedded IPA Gothic font: a cover with a facts table, the agenda
table, the objectives, the roster (per delegation, one table per organisation
headed by its name, the header row repeated on every page), a profile block
for every organisation present, the venue facts, the contacts table and a
notes page.  Plain Python prepares the rows;
there is no contents page, no "of Y" in the page numbers, no cancel checks.
"""

from __future__ import annotations

import io
from datetime import datetime
from itertools import groupby
from typing import Any
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

from models.entities import Event, Programme, Reply, Role

FONT = "BareIPAGothic"
_CONTACT = {Role.LIAISON, Role.SECURITY, Role.DRIVER, Role.INTERPRETER}


def _register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from resources import JAPANESE_FONT

    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(JAPANESE_FONT)))


def pack(programme: Programme, event: Event, now: datetime) -> bytes:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        KeepTogether,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    _register()
    body = ParagraphStyle("body", fontName=FONT, fontSize=10, leading=13)
    cell = ParagraphStyle("cell", fontName=FONT, fontSize=8.5, leading=10.5)
    h1 = ParagraphStyle("h1", fontName=FONT, fontSize=16, leading=20, spaceBefore=10)
    h3 = ParagraphStyle("h3", fontName=FONT, fontSize=11, leading=14, spaceBefore=6)
    grid = [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c7ced8")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8eef6")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]

    def p(text: str, style: ParagraphStyle = cell) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>"), style)

    def table(headers: list[str], rows: list[list[Any]], widths: list[float],
              extra: list[Any] = ()) -> Table:  # type: ignore[assignment]  # fmt: skip
        t = Table([[p(h) for h in headers], *rows], colWidths=widths, repeatRows=1)
        t.setStyle(TableStyle(grid + list(extra)))
        return t

    zone = ZoneInfo(event.timezone)
    venue = programme.venue(event.venue_id)
    start, end = event.starts_at.astimezone(zone), event.ends_at.astimezone(zone)
    tokyo = event.starts_at.astimezone(ZoneInfo("Asia/Tokyo"))
    story: list[Any] = [
        Paragraph(escape(event.title), h1),
        table(["", ""], [
            [p("Kind"), p(event.kind.value)],
            [p("When"), p(f"{start:%a %d %b %Y %H:%M}–{end:%H:%M} {start:%Z} · {tokyo:%H:%M} JST")],
            [p("Venue"), p(venue.name if venue else "")],
            [p("Classification"), p(event.classification.value.upper())],
        ], [120.0, 375.0]),
        PageBreak(),
        Paragraph("Agenda", h1),
    ]  # fmt: skip
    agenda = [[p(f"{a.starts_at.astimezone(zone):%H:%M}–{a.ends_at.astimezone(zone):%H:%M}"),
               p(a.title), p(_name(programme.person(a.speaker_id)))]
              for a in event.agenda]  # fmt: skip
    story.append(table(["Time", "Item", "Speaker"], agenda, [80.0, 255.0, 160.0]))
    story += [Paragraph("Objectives", h1), p(event.objectives, body)]

    story.append(Paragraph("Who is in the room", h1))
    first_delegation: dict[int, int | None] = {}
    for d in programme.delegations:
        for member in d.member_ids:
            first_delegation.setdefault(member, d.id)
    groups: dict[int | None, list[Any]] = {}
    for part in event.participations:
        if part.reply is not Reply.DECLINED:
            person = programme.person(part.person_id)
            if person is not None:
                groups.setdefault(first_delegation.get(part.person_id), []).append((person, part))
    for delegation_id, members in groups.items():
        delegation = programme.delegation(delegation_id)
        story.append(Paragraph(escape(delegation.name if delegation else "Others"), h3))
        members.sort(key=lambda pp: (_org(programme, pp[0]).casefold(), pp[0].sort_key))
        for _, group in groupby(members, key=lambda pp: pp[0].organisation_id):
            staff = list(group)
            rows = [
                [p(_name(person)), p(person.name_japanese), p(person.position),
                 p(part.role.value), p(part.reply.value)]
                for person, part in staff
            ]  # fmt: skip
            header = [_org(programme, staff[0][0]), "", "Position", "Role", "Reply"]
            story.append(table(header, rows, [125.0, 80.0, 150.0, 78.0, 62.0],
                               [("SPAN", (0, 0), (1, 0))]))  # fmt: skip

    story.append(Paragraph("Organisations present", h1))
    org_ids = dict.fromkeys(event.host_organisation_ids)
    for part in event.participations:
        person = programme.person(part.person_id)
        if part.reply is not Reply.DECLINED and person and person.organisation_id is not None:
            org_ids.setdefault(person.organisation_id)
    orgs = [o for o in (programme.organisation(i) for i in org_ids) if o is not None]
    for org in sorted(orgs, key=lambda o: o.name.casefold()):
        story.append(KeepTogether([Paragraph(escape(org.name), h3),
                                   p(f"{org.kind.value} · {org.sector} · {org.country}"),
                                   p(org.profile, body), p(org.website)]))  # fmt: skip

    story.append(Paragraph("Venue", h1))
    if venue is not None:
        facts = [[p("Venue"), p(venue.name)], [p("Address"), p(venue.address)],
                 [p("Access"), p(venue.access_notes)]]  # fmt: skip
        story.append(table(["", ""], facts, [120.0, 375.0]))
    story.append(Paragraph("Contacts", h1))
    contacts = [programme.person(x.person_id) for x in event.participations if x.role in _CONTACT]
    story.append(table(["Role", "Name", "Organisation", "Phone", "Email"],
                       [[p("Contact"), p(_name(c)), p(_org(programme, c)), p(c.phone), p(c.email)]
                        for c in contacts if c is not None],
                       [70.0, 120.0, 110.0, 80.0, 115.0]))  # fmt: skip
    story += [PageBreak(), Paragraph("Notes", h1), Spacer(1, 600)]

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.drawString(56, A4[1] - 36, event.classification.value.upper())
        canvas.drawRightString(A4[0] - 56, A4[1] - 36, event.title[:80])
        canvas.drawString(56, 30, f"Printed {now:%d %b %Y %H:%M}")
        canvas.drawRightString(A4[0] - 56, 30, f"Page {doc.page}")
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, title=event.title, author="Bare",
                            leftMargin=50, rightMargin=50, topMargin=56, bottomMargin=48,
                            invariant=1)  # fmt: skip
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def _name(person: Any) -> str:
    if person is None:
        return ""
    return " ".join(x for x in (person.honorific, person.given_name, person.family_name) if x)


def _org(programme: Programme, person: Any) -> str:
    org = programme.organisation(person.organisation_id)
    return org.name if org else ""
