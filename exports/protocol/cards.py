"""Folded name cards (tent cards): A4 cut across the middle, two cards per sheet.

Each half (210 × 148.5 mm) folds along its length into a tent with two faces
of 210 × 74 mm; the upper face is printed upside down so that both stand
upright once folded.  Each face carries the honorific and name in Latin
script, the name in Japanese script where known, and the organisation.
Cards come in the order of the seating plan (then anyone unseated), so they
can be laid out seat by seat.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from exports.briefing.drawing import draw_text
from exports.briefing.parts import marking_text
from exports.briefing.styles import ACCENT, INK, MUTED, RULE
from exports.files import write_file
from exports.protocol.seating_page import plan_for
from exports.protocol.sheet import MM, Sheet
from models.entities import Event, Person, Programme
from models.errors import NotFound
from models.protocol.seating import unseated

CARD_HEIGHT = 148.5 * MM  # half an A4 page
FACE_HEIGHT = CARD_HEIGHT / 2


def card_people(programme: Programme, event: Event) -> list[tuple[str, Person]]:
    """(seat label, person) for every card, seat by seat, then the unseated."""
    plan = plan_for(programme, event)
    out: list[tuple[str, Person]] = []
    for seat in plan.seats:
        person = programme.person(seat.person_id)
        if person is not None:
            out.append((seat.label, person))
    for pid in unseated(plan, event, programme):
        person = programme.person(pid)
        if person is not None:
            out.append(("", person))
    return out


def render_name_cards(programme: Programme, event_id: int, *, now: datetime | None = None) -> bytes:
    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.", "events", event_id)
    sheet = Sheet(f"Name cards — {event.title}", "Name cards (tent cards)", now)
    people = card_people(programme, event)
    marking = marking_text(event.classification)
    if not people:
        sheet.margin_note(marking, "No name cards: nobody attends this event yet.", 280 * MM)
        sheet.canvas.showPage()
    for n in range(0, len(people), 2):
        for half, (seat, person) in enumerate(people[n : n + 2]):
            _card(
                sheet,
                programme,
                person,
                seat,
                event,
                bottom=(1 - half) * CARD_HEIGHT,
                marking=marking,
            )
        _guides(sheet)
        sheet.canvas.showPage()
    return sheet.pdf()


def _guides(sheet: Sheet) -> None:
    from reportlab.lib import colors

    c = sheet.canvas
    c.saveState()
    c.setStrokeColor(colors.HexColor(MUTED))
    c.setLineWidth(0.4)
    c.setDash(6, 4)
    c.line(0, CARD_HEIGHT, sheet.width, CARD_HEIGHT)  # cut
    c.setStrokeColor(colors.HexColor(RULE))
    c.setDash(1, 3)
    for bottom in (0.0, CARD_HEIGHT):
        c.line(0, bottom + FACE_HEIGHT, sheet.width, bottom + FACE_HEIGHT)  # fold
    c.setFillColor(colors.HexColor(MUTED))
    draw_text(c, 4 * MM, CARD_HEIGHT + 1.2 * MM, "cut here", 6)
    for bottom in (0.0, CARD_HEIGHT):
        draw_text(c, 4 * MM, bottom + FACE_HEIGHT + 1.2 * MM, "fold here", 6)
    c.restoreState()


def _card(
    sheet: Sheet,
    programme: Programme,
    person: Person,
    seat: str,
    event: Event,
    *,
    bottom: float,
    marking: str,
) -> None:
    # The lower face upright; the upper face turned half a circle about its centre.
    _face(sheet, programme, person, seat, bottom, marking)
    c = sheet.canvas
    c.saveState()
    c.translate(sheet.width, bottom + CARD_HEIGHT)
    c.rotate(180)
    _face(sheet, programme, person, seat, 0.0, marking)
    c.restoreState()


def _face(
    sheet: Sheet, programme: Programme, person: Person, seat: str, bottom: float, marking: str
) -> None:
    from reportlab.lib import colors

    c = sheet.canvas
    width = sheet.width - 24 * MM
    centre = sheet.width / 2
    org = programme.organisation(person.organisation_id)
    latin = person.display_name or person.family_name
    japanese = person.name_japanese
    c.saveState()
    c.setFillColor(colors.HexColor(ACCENT))
    c.rect(12 * MM, bottom + FACE_HEIGHT - 9 * MM, width, 1.2 * MM, stroke=0, fill=1)
    c.setFillColor(colors.HexColor(INK))
    if japanese:
        text, size = sheet.fit(japanese, 40, 18, width)
        draw_text(c, centre, bottom + FACE_HEIGHT - 26 * MM, text, size, "centre")
        text, size = sheet.fit(latin, 26, 12, width)
        draw_text(c, centre, bottom + FACE_HEIGHT - 40 * MM, text, size, "centre")
    else:
        text, size = sheet.fit(latin, 40, 14, width)
        draw_text(c, centre, bottom + FACE_HEIGHT - 32 * MM, text, size, "centre")
    if org is not None:
        text, size = sheet.fit(org.name, 14, 8, width)
        c.setFillColor(colors.HexColor(MUTED))
        draw_text(c, centre, bottom + 14 * MM, text, size, "centre")
    c.setFillColor(colors.HexColor(RULE))
    if seat:
        draw_text(c, sheet.width - 12 * MM, bottom + 4 * MM, seat, 6, "right")
    if marking:
        c.setFillColor(colors.HexColor("#d9a0a8"))
        draw_text(c, 12 * MM, bottom + 4 * MM, marking, 6)
    c.restoreState()


def build_name_cards(
    programme: Programme, event_id: int, path: str | os.PathLike[str], **options: datetime | None
) -> Path:
    return write_file(path, render_name_cards(programme, event_id, **options))
