"""Badge sheets: A4 pages of standard badge inserts, 8 per page, each 90 × 60 mm.

Two columns of four inserts, centred, with corner crop marks.  Each insert
has a coloured band naming the delegation, the name in Latin script and in
Japanese script where known, the organisation, and a QR code holding the
badge's opaque token (never an e-mail, a name or anything readable).  The
design is classification-neutral: the marking is printed in the sheet's
margin, which is cut away.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from exports.briefing.drawing import draw_text
from exports.briefing.parts import marking_of, marking_text
from exports.briefing.styles import INK, MUTED, RULE
from exports.files import write_file
from exports.protocol.sheet import MM, Sheet
from models.entities import Person, Programme
from models.errors import NotFound

INSERT_WIDTH = 90 * MM
INSERT_HEIGHT = 60 * MM
COLUMNS, ROWS = 2, 4
PER_PAGE = COLUMNS * ROWS
QR_SIZE = 26 * MM
#: Band colours, one per delegation in the programme's order; grey for no delegation.
BAND_COLOURS = ("#1d4e89", "#b5452a", "#2e7d32", "#6a3d9a", "#00838f", "#8d6e00")
NO_DELEGATION = "#5f6b7a"
SIZE_NOTE = "Badge inserts 90 × 60 mm, 8 per A4 page; cut along the crop marks."


def band_of(programme: Programme, person_id: int) -> tuple[str, str]:
    """(colour, label) of a person's band: their delegation, else their organisation."""
    for n, delegation in enumerate(programme.delegations):
        if person_id in delegation.member_ids:
            return BAND_COLOURS[n % len(BAND_COLOURS)], delegation.name
    person = programme.person(person_id)
    org = programme.organisation(person.organisation_id) if person else None
    return NO_DELEGATION, org.name if org else "Guest"


def render_badges(
    programme: Programme,
    tokens: Mapping[int, str],
    *,
    title: str,
    marking: str = "",
    now: datetime | None = None,
) -> bytes:
    """Badges for ``tokens`` (person id -> token, in the order to print)."""
    sheet = Sheet(f"Badges — {title}", SIZE_NOTE, now)
    people = [(programme.person(pid), token) for pid, token in tokens.items()]
    badges = [(p, t) for p, t in people if p is not None]
    pages = max(1, -(-len(badges) // PER_PAGE))
    for page in range(pages):
        chunk = badges[page * PER_PAGE : (page + 1) * PER_PAGE]
        first = page * PER_PAGE + 1
        note = f"{title} — badges {first}–{first + len(chunk) - 1} of {len(badges)}"
        sheet.margin_note(
            marking,
            note if chunk else f"{title} — no badges: nobody to print",
            sheet.height - 14 * MM,
        )
        sheet.margin_note(marking, SIZE_NOTE, 12 * MM)
        for n, (person, token) in enumerate(chunk):
            col, row = n % COLUMNS, n // COLUMNS
            x = (sheet.width - COLUMNS * INSERT_WIDTH) / 2 + col * INSERT_WIDTH
            y = (sheet.height + ROWS * INSERT_HEIGHT) / 2 - (row + 1) * INSERT_HEIGHT
            _badge(sheet, programme, person, token, x, y)
        _crop_marks(sheet)
        sheet.canvas.showPage()
    return sheet.pdf()


def _crop_marks(sheet: Sheet) -> None:
    from reportlab.lib import colors

    c = sheet.canvas
    left = (sheet.width - COLUMNS * INSERT_WIDTH) / 2
    bottom = (sheet.height - ROWS * INSERT_HEIGHT) / 2
    c.saveState()
    c.setStrokeColor(colors.HexColor(MUTED))
    c.setLineWidth(0.3)
    for i in range(COLUMNS + 1):
        x = left + i * INSERT_WIDTH
        c.line(x, bottom - 8 * MM, x, bottom - 2 * MM)
        c.line(x, bottom + ROWS * INSERT_HEIGHT + 2 * MM, x, bottom + ROWS * INSERT_HEIGHT + 8 * MM)
    for j in range(ROWS + 1):
        y = bottom + j * INSERT_HEIGHT
        c.line(left - 8 * MM, y, left - 2 * MM, y)
        c.line(left + COLUMNS * INSERT_WIDTH + 2 * MM, y, left + COLUMNS * INSERT_WIDTH + 8 * MM, y)
    c.restoreState()


def _badge(
    sheet: Sheet, programme: Programme, person: Person, token: str, x: float, y: float
) -> None:
    from reportlab.lib import colors

    c = sheet.canvas
    colour, label = band_of(programme, person.id or 0)
    c.saveState()
    c.setStrokeColor(colors.HexColor(RULE))
    c.setLineWidth(0.3)
    c.rect(x, y, INSERT_WIDTH, INSERT_HEIGHT, stroke=1, fill=0)
    band = 11 * MM
    c.setFillColor(colors.HexColor(colour))
    c.rect(x, y + INSERT_HEIGHT - band, INSERT_WIDTH, band, stroke=0, fill=1)
    c.setFillColor(colors.white)
    text, size = sheet.fit(label, 9, 6, INSERT_WIDTH - 8 * MM)
    draw_text(c, x + 4 * MM, y + INSERT_HEIGHT - band + 4 * MM, text, size)
    # Name and organisation on the left, the QR code on the right.
    room = INSERT_WIDTH - QR_SIZE - 9 * MM
    c.setFillColor(colors.HexColor(INK))
    top = y + INSERT_HEIGHT - band - 9 * MM
    family = person.family_name.upper()
    given = " ".join(p for p in (person.honorific, person.given_name) if p)
    text, size = sheet.fit(given, 11, 7, room)
    draw_text(c, x + 4 * MM, top, text, size)
    text, size = sheet.fit(family, 17, 9, room)
    draw_text(c, x + 4 * MM, top - 7 * MM, text, size)
    if person.name_japanese:
        text, size = sheet.fit(person.name_japanese, 14, 8, room)
        draw_text(c, x + 4 * MM, top - 14 * MM, text, size)
    org = programme.organisation(person.organisation_id)
    if org is not None:
        c.setFillColor(colors.HexColor(MUTED))
        text, size = sheet.fit(org.name, 8, 5.5, room)
        draw_text(c, x + 4 * MM, y + 5 * MM, text, size)
    draw_qr(c, token, x + INSERT_WIDTH - QR_SIZE - 3 * MM, y + 3 * MM, QR_SIZE)
    c.restoreState()


def qr_modules(data: str) -> list[list[bool]]:
    """The dark modules of a QR code of ``data`` (error correction M), row by row.

    reportlab's own encoder; of the eight mask patterns it tries two and keeps
    the better (trying all eight costs four times as long for a sheet of a
    thousand badges, and every mask decodes the same).
    """
    from reportlab.graphics.barcode.qr import QrCodeWidget
    from reportlab.graphics.barcode.qrencoder import QRUtil

    encoder = QrCodeWidget(data, barLevel="M").qr
    if encoder.version is None:
        encoder.version = encoder.calculate_version()
    penalties = []
    for mask in (0, 2):
        encoder.makeImpl(True, mask)
        penalties.append((QRUtil.getLostPoint(encoder), mask))
    encoder.makeImpl(False, min(penalties)[1])
    return [[bool(m) for m in row] for row in encoder.modules]


def draw_qr(c: object, data: str, x: float, y: float, size: float) -> None:
    """A QR code with a 2-module quiet zone, as a 1-bit image scaled without smoothing."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader

    modules = qr_modules(data)
    border = 2
    side = len(modules) + 2 * border
    image = Image.new("1", (side, side), 1)
    pixels = image.load()
    assert pixels is not None
    for r, row in enumerate(modules):
        for col, dark in enumerate(row):
            if dark:
                pixels[col + border, r + border] = 0
    canvas: Any = c
    canvas.drawImage(ImageReader(image), x, y, size, size)


def render_event_badges(
    programme: Programme, event_id: int, tokens: Mapping[int, str], *, now: datetime | None = None
) -> bytes:
    event = programme.event(event_id)
    if event is None:
        raise NotFound(f"There is no event with id {event_id}.", "events", event_id)
    return render_badges(
        programme, tokens, title=event.title, marking=marking_text(event.classification), now=now
    )


def render_delegation_badges(
    programme: Programme,
    delegation_id: int,
    tokens: Mapping[int, str],
    *,
    now: datetime | None = None,
) -> bytes:
    from exports.briefing.story import delegation_events

    delegation = programme.delegation(delegation_id)
    if delegation is None:
        raise NotFound(
            f"There is no delegation with id {delegation_id}.", "delegations", delegation_id
        )
    level = marking_of(delegation_events(programme, delegation))
    return render_badges(
        programme, tokens, title=delegation.name, marking=marking_text(level), now=now
    )


def build_badges(path: str | os.PathLike[str], data: bytes) -> Path:
    return write_file(path, data)
