"""Page furniture: header, footer, marking, watermark, "Page X of Y", contents numbers.

The header and footer (pack title, confidentiality marking, print date) and
the optional diagonal watermark are drawn by :func:`page_decorator` before a
page's content.  Page totals and the page numbers of the contents are only
known at the end, so :func:`numbered_canvas` keeps each finished page and
draws them when the document is saved (one layout pass, no ``multiBuild``).
Bookmarks and the PDF outline are replayed then too, so they point at the
right pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from exports.briefing.drawing import draw_text, fit
from exports.briefing.styles import ACCENT, ALERT, MUTED, RULE

PAGE_MARGIN = 50.0  # points, left and right
HEADER_Y_FROM_TOP = 30.0
FOOTER_Y = 24.0


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page of one pack shows around its content."""

    title: str  # plain text (already cleaned)
    marking: str  # "CONFIDENTIAL", "RESTRICTED" or "" for public packs
    printed: str  # "Printed Mon 30 Nov 2026 17:30 IST"
    watermark: str = ""  # the diagonal word, or "" for none
    font: str = "Helvetica"
    running_level: int | None = 0  # headings of this level name the page in its header


def page_decorator(decor: PageDecor) -> Callable[[Any, Any], None]:
    """An ``onPage`` callback drawing the header, the footer and the watermark."""
    from reportlab.lib import colors

    alert, muted, rule = (colors.HexColor(c) for c in (ALERT, MUTED, RULE))

    def decorate(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        top = height - HEADER_Y_FROM_TOP
        canvas.saveState()
        if decor.watermark:
            canvas.saveState()
            canvas.setFillColor(alert)
            canvas.setFillAlpha(0.09)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(45)
            draw_text(canvas, 0, -24, decor.watermark, 72, "centre")
            canvas.restoreState()
        if decor.marking:
            canvas.setFillColor(alert)
            draw_text(canvas, width - PAGE_MARGIN, top, decor.marking, 10, "right")
            draw_text(canvas, width / 2, FOOTER_Y, decor.marking, 10, "centre")
        canvas.setStrokeColor(rule)
        canvas.setLineWidth(0.5)
        canvas.line(PAGE_MARGIN, top - 5, width - PAGE_MARGIN, top - 5)
        canvas.line(PAGE_MARGIN, FOOTER_Y + 12, width - PAGE_MARGIN, FOOTER_Y + 12)
        canvas.setFillColor(muted)
        draw_text(canvas, PAGE_MARGIN, FOOTER_Y, decor.printed, 7.5)
        canvas.restoreState()

    return decorate


def pdf_date(instant: datetime) -> Callable[..., str]:
    """A date formatter for the PDF's CreationDate/ModDate: the injected "now"."""
    stamp = instant.strftime("D:%Y%m%d%H%M%S")
    offset = instant.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    sign = "+" if minutes >= 0 else "-"
    text = f"{stamp}{sign}{abs(minutes) // 60:02d}'{abs(minutes) % 60:02d}'"
    return lambda *_: text


def numbered_canvas(decor: PageDecor, created: datetime) -> type[Any]:
    """A canvas class that draws "Page X of Y" and the contents' page numbers at the end."""
    from reportlab.lib import colors
    from reportlab.pdfgen.canvas import Canvas

    muted, accent = colors.HexColor(MUTED), colors.HexColor(ACCENT)
    formatter = pdf_date(created)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(formatter)
            self.anchors: dict[str, int] = {}
            self.marks: dict[int, list[tuple[str, str, int, float]]] = {}
            self.page_refs: dict[int, list[tuple[str, float, float]]] = {}
            self._kept: list[dict[str, Any]] = []
            self.running = [""]  # the section a page belongs to, while pages are replayed

        # -- recorded while the pages are laid out -----------------------------

        def mark_anchor(self, key: str, title: str, level: int, height: float) -> None:
            page = self.getPageNumber()
            self.anchors[key] = page
            top = self.absolutePosition(0, height)[1]
            self.marks.setdefault(page, []).append((key, title, level, top))

        def page_ref(self, key: str, right: float, baseline: float) -> None:
            x, y = self.absolutePosition(right, baseline)
            self.page_refs.setdefault(self.getPageNumber(), []).append((key, x, y))

        def showPage(self) -> None:
            self._kept.append(dict(self.__dict__))
            self._startPage()

        # -- drawn once the number of pages is known ----------------------------

        def save(self) -> None:
            total = len(self._kept)
            for state in self._kept:
                self.__dict__.update(state)
                self._finish_page(total)
                Canvas.showPage(self)
            Canvas.save(self)

        def _finish_page(self, total: int) -> None:
            page = self.getPageNumber()
            width, height = self._pagesize
            self.saveState()
            self._running_header(page, width, height)
            self.setFont(decor.font, 7.5)
            self.setFillColor(muted)
            self.drawRightString(width - PAGE_MARGIN, FOOTER_Y, f"Page {page} of {total}")
            self.setFont(decor.font, 10)
            for n, (key, x, y) in enumerate(self.page_refs.get(page, ())):
                number = str(self.anchors.get(key, ""))
                self.drawRightString(x, y, number)
                # Named explicitly: the canvas's own annotation counter is part of the
                # page state restored above, so its automatic names would repeat.
                rect = (x - 30, y - 3, x, y + 10)
                self.linkRect("", key, rect, relative=0, name=f"contents-{page}-{n}")
            self.restoreState()
            for key, title, level, top in self.marks.get(page, ()):
                self.bookmarkPage(key, fit="XYZ", top=top + 6)
                self.addOutlineEntry(title, key, level=level)

        def _running_header(self, page: int, width: float, height: float) -> None:
            """Pack title, then the section the page starts or continues."""
            starts = [m[1] for m in self.marks.get(page, ()) if m[2] == decor.running_level]
            if starts:
                self.running[0] = starts[0]
            text = decor.title
            if self.running[0] and self.running[0] != decor.title:
                text = f"{text} — {self.running[0]}"
            room = width - 2 * PAGE_MARGIN - 110
            self.setFillColor(accent)
            draw_text(self, PAGE_MARGIN, height - HEADER_Y_FROM_TOP, fit(text, 8.5, room), 8.5)

    return NumberedCanvas
