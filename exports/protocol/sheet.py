"""The canvas of the cut-out documents (name cards, badge sheets).

They are drawn directly on the page, not laid out as flowing text, but share
everything else with the briefing packs: the embedded font, the text cleaner,
the PDF dates from the injected clock, the colours and the marking.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

from exports.briefing.canvas import pdf_date
from exports.briefing.drawing import draw_text, fit, text_width
from exports.briefing.fonts import register_fonts
from exports.briefing.styles import ALERT, MUTED
from exports.briefing.text import one_line
from models.clock import SystemClock

MM = 72.0 / 25.4  # points per millimetre


class Sheet:
    """An A4 canvas with the packs' font and metadata; ``pdf()`` gives the bytes."""

    def __init__(self, title: str, subject: str, now: datetime | None = None) -> None:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen.canvas import Canvas

        self.font = register_fonts()
        self.width, self.height = A4
        self._buffer = io.BytesIO()
        created = now or SystemClock().now()
        self.canvas: Any = Canvas(self._buffer, pagesize=A4, invariant=1, initialFontName=self.font)
        self.canvas.setDateFormatter(pdf_date(created))
        self.canvas.setTitle(one_line(title))
        self.canvas.setSubject(one_line(subject))
        self.canvas.setAuthor("Delegation Desk")
        self.canvas.setCreator("Delegation Desk")

    def pdf(self) -> bytes:
        self.canvas.save()
        return self._buffer.getvalue()

    def text_width(self, text: str, size: float) -> float:
        return text_width(text, size)

    def fit(self, text: str, largest: float, smallest: float, width: float) -> tuple[str, float]:
        """``text`` (cleaned, one line) at the largest size that fits ``width``;
        shortened with "…" if even ``smallest`` is too large."""
        text = one_line(text)
        size = largest
        while size > smallest and self.text_width(text, size) > width:
            size -= 0.5
        return fit(text, size, width), size

    def margin_note(self, marking: str, left: str, y: float) -> None:
        """The marking (centre, red) and a small note (left, grey) on one line."""
        from reportlab.lib import colors

        c = self.canvas
        c.saveState()
        if marking:
            c.setFillColor(colors.HexColor(ALERT))
            draw_text(c, self.width - 15 * MM, y, marking, 9, "right")
        c.setFillColor(colors.HexColor(MUTED))
        draw_text(c, 15 * MM, y, one_line(left), 7)
        c.restoreState()
