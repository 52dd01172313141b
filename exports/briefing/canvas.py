"""Page furniture: header, footer, marking, watermark, "Page X of Y", contents numbers.

The header and footer (pack title, confidentiality marking, print date) are
drawn by :func:`page_decorator` before a page's content; the optional diagonal
watermark is drawn over it when the page is finished.  Page totals and the
page numbers of the contents are only known at the end, so
:func:`numbered_canvas` keeps each finished page and draws them when the
document is saved (one layout pass, no ``multiBuild``).
Bookmarks and the PDF outline are replayed then too, so they point at the
right pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from exports.briefing.drawing import draw_text, fit, text_width
from exports.briefing.styles import ACCENT, ALERT, MUTED, RULE

PAGE_MARGIN = 50.0  # points, left and right
HEADER_Y_FROM_TOP = 30.0
FOOTER_Y = 24.0
#: Distance from the top of the page to the top of the text frame (build.TOP_MARGIN).
TOP_OF_FRAME = 56.0
#: A heading whose top is this close to the frame's top starts the page.
TOP_TOLERANCE = 40.0


@dataclass(frozen=True, slots=True)
class PageDecor:
    """What every page of one pack shows around its content."""

    title: str  # plain text (already cleaned)
    marking: str  # "CONFIDENTIAL", "RESTRICTED" or "" for public packs
    printed: str  # "Printed Mon 30 Nov 2026 17:30 IST"
    watermark: str = ""  # the diagonal word, or "" for none
    font: str = "Helvetica"
    running_level: int | None = 0  # headings of this level name the page in its header
    page_of: str = "Page {page} of {total}"


def page_decorator(decor: PageDecor) -> Callable[[Any, Any], None]:
    """An ``onPage`` callback drawing the header, the footer and the watermark."""
    from reportlab.lib import colors

    alert, muted, rule = (colors.HexColor(c) for c in (ALERT, MUTED, RULE))

    def decorate(canvas: Any, doc: Any) -> None:
        width, height = doc.pagesize
        top = height - HEADER_Y_FROM_TOP
        canvas.saveState()
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

    muted, accent, alert = (colors.HexColor(c) for c in (MUTED, ACCENT, ALERT))
    formatter = pdf_date(created)

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.setDateFormatter(formatter)
            self.anchors: dict[str, int] = {}
            self.marks: dict[int, list[tuple[str, str, int, float]]] = {}
            self.page_refs: dict[int, list[tuple[str, float, float, float]]] = {}
            self._kept: list[dict[str, Any]] = []
            self.running = [""]  # the section a page belongs to, while pages are replayed

        # -- recorded while the pages are laid out -----------------------------

        def mark_anchor(self, key: str, title: str, level: int, height: float) -> None:
            page = self.getPageNumber()
            self.anchors[key] = page
            top = self.absolutePosition(0, height)[1]
            self.marks.setdefault(page, []).append((key, title, level, top))

        def page_ref(self, key: str, right: float, baseline: float, size: float = 10) -> None:
            x, y = self.absolutePosition(right, baseline)
            self.page_refs.setdefault(self.getPageNumber(), []).append((key, x, y, size))

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
            self.drawRightString(
                width - PAGE_MARGIN, FOOTER_Y, decor.page_of.format(page=page, total=total)
            )
            for n, (key, x, y, size) in enumerate(self.page_refs.get(page, ())):
                number = str(self.anchors.get(key, ""))
                self.setFont(decor.font, size)
                self.drawRightString(x, y, number)
                # Named explicitly: the canvas's own annotation counter is part of the
                # page state restored above, so its automatic names would repeat.
                rect = (x - 30, y - 3, x, y + 10)
                self.linkRect("", key, rect, relative=0, name=f"contents-{page}-{n}")
            self.restoreState()
            if decor.watermark:
                self._watermark(width, height)
            for key, title, level, top in self.marks.get(page, ()):
                self.bookmarkPage(key, fit="XYZ", top=top + 6)
                self.addOutlineEntry(title, key, level=level)

        def _watermark(self, width: float, height: float) -> None:
            """The marking across the page, over the content (a table's bands
            cannot hide it), transparent enough to read through and dark enough
            to survive a photocopier: outlined letters with a light fill."""
            self.saveState()
            self.setFillColor(alert)
            self.setStrokeColor(alert)
            self.setFillAlpha(0.12)
            self.setStrokeAlpha(0.45)
            self.setLineWidth(1.2)
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self._code.append("2 Tr")
            # Across the page's diagonal, clear of the corners.
            size = min(80.0, 560 / max(1.0, text_width(decor.watermark, 1)))
            draw_text(self, 0, -size / 3, decor.watermark, size, "centre")
            self.restoreState()

        def _running_header(self, page: int, width: float, height: float) -> None:
            """Pack title, then the section the page belongs to.

            That is the section a heading at the top of the page starts, else
            the one continued from the page before (a page that continues
            Wednesday says Wednesday even when Contacts start lower down).
            """
            marks = [m for m in self.marks.get(page, ()) if m[2] == decor.running_level]
            top = height - TOP_OF_FRAME - TOP_TOLERANCE
            if marks and marks[0][3] >= top:
                self.running[0] = marks[0][1]
            text = decor.title
            if self.running[0] and self.running[0] != decor.title:
                text = f"{text} — {self.running[0]}"
            if marks:
                self.running[0] = marks[-1][1]
            room = width - 2 * PAGE_MARGIN - 110
            self.setFillColor(accent)
            draw_text(self, PAGE_MARGIN, height - HEADER_Y_FROM_TOP, fit(text, 8.5, room), 8.5)

    return NumberedCanvas
