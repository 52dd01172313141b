"""Small flowables the packs need beyond reportlab's own.

Created lazily (reportlab is imported inside :func:`classes`), so importing
this module costs nothing for commands that never print.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any


@dataclass(frozen=True, slots=True)
class FlowableClasses:
    Heading: type[Any]
    PageRef: type[Any]
    RuledLines: type[Any]


@lru_cache(maxsize=1)
def classes() -> FlowableClasses:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable, Paragraph

    from exports.briefing.styles import RULE

    class Heading(Paragraph):  # type: ignore[misc]
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
        """The page number of a heading, filled in when the document is saved."""

        def __init__(self, key: str, size: float = 10) -> None:
            super().__init__()
            self.key, self.size = key, size

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            self.width = avail_width
            return avail_width, self.size * 1.2

        def draw(self) -> None:
            ref = getattr(self.canv, "page_ref", None)
            if ref is not None:
                ref(self.key, self.width, self.size * 0.25)

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

    return FlowableClasses(Heading, PageRef, RuledLines)
