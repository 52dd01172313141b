"""Small flowables the packs need beyond reportlab's own.

Created lazily (reportlab is imported inside :func:`classes`), so importing
this module costs nothing for commands that never print.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

#: Width of the outline stroked around each glyph for the synthetic bold, per point of size.
BOLD_STROKE = 0.035


@dataclass(frozen=True, slots=True)
class FlowableClasses:
    Heading: type[Any]
    Bold: type[Any]
    PageRef: type[Any]
    RuledLines: type[Any]


def embolden(canvas: Any, style: Any) -> None:
    """Make the text drawn next a synthetic bold: each glyph filled and stroked.

    None of the shipped fonts has a bold face; stroking the outline in the
    text's own colour thickens every script alike (PDF text render mode 2).
    The caller saves and restores the graphics state around it.
    """
    canvas.setStrokeColor(style.textColor)
    canvas.setLineWidth(style.fontSize * BOLD_STROKE)
    canvas.setLineJoin(1)
    canvas._code.append("2 Tr")


@lru_cache(maxsize=1)
def classes() -> FlowableClasses:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable, Paragraph

    from exports.briefing.styles import RULE

    class Bold(Paragraph):  # type: ignore[misc]
        """A paragraph set in the synthetic bold (headings, names, group rows)."""

        def draw(self) -> None:
            self.canv.saveState()
            embolden(self.canv, self.style)
            super().draw()
            self.canv.restoreState()

    class Heading(Bold):
        """A heading that tells the canvas where it landed (contents, bookmarks)."""

        def __init__(self, text: str, style: Any, key: str, title: str, level: int) -> None:
            super().__init__(text, style)
            self.key, self.outline_title, self.level = key, title, level

        def draw(self) -> None:
            super().draw()
            mark = getattr(self.canv, "mark_anchor", None)
            if mark is not None:
                mark(self.key, self.outline_title, self.level, self.height)

    class PageRef(Flowable):  # type: ignore[misc]
        """The page number of a heading, filled in when the document is saved.

        Its baseline is that of the first line of the contents entry beside it
        (``leading`` and ``size`` of that entry's style; the row is top-aligned).
        """

        def __init__(self, key: str, size: float = 10, leading: float = 12) -> None:
            super().__init__()
            self.key, self.size, self.leading = key, size, leading

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            return avail_width, self.leading

        def draw(self) -> None:
            ref = getattr(self.canv, "page_ref", None)
            if ref is not None:
                # reportlab puts a paragraph's first baseline one font size below its top.
                ref(self.key, self.width, self.leading - self.size)

    class RuledLines(Flowable):  # type: ignore[misc]
        """Ruled lines filling the rest of the page, for handwritten notes."""

        def __init__(self, spacing: float = 24) -> None:
            super().__init__()
            self.spacing = spacing

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            self.height = max(self.spacing, avail_height - 4)
            return self.width, self.height

        def split(self, avail_width: float, avail_height: float) -> list[Any]:
            return []

        def draw(self) -> None:
            canvas = self.canv
            canvas.setStrokeColor(colors.HexColor(RULE))
            canvas.setLineWidth(0.5)
            y = self.height - self.spacing
            while y >= 0:
                canvas.line(0, y, self.width, y)
                y -= self.spacing

    return FlowableClasses(Heading, Bold, PageRef, RuledLines)
