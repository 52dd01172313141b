"""Paragraph and table styles of every pack, built once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from exports.briefing.fonts import register_fonts

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle

#: Colours (hex) used across the pack.
INK = "#1f2933"
ACCENT = "#1d4e89"
MUTED = "#5f6b7a"
RULE = "#c7ced8"
BAND = "#e8eef6"
GROUP = "#f3f5f8"
ALERT = "#b00020"
#: Tentative (not yet confirmed): amber text on a pale amber ground.
TENTATIVE = "#8a5a00"
TENTATIVE_BAND = "#fdf1d6"


@dataclass(frozen=True, slots=True)
class Styles:
    """The named styles a story uses (attributes rather than a dict: typed)."""

    font: str
    cover_kind: ParagraphStyle
    cover_title: ParagraphStyle
    cover_place: ParagraphStyle
    marking: ParagraphStyle
    cancelled: ParagraphStyle
    tentative: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h3: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_group: ParagraphStyle
    cell_note: ParagraphStyle
    glance: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


@lru_cache(maxsize=1)
def get_styles() -> Styles:
    """The pack's styles; the font is registered on first use."""
    from reportlab.lib.colors import HexColor, white
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    font = register_fonts()

    def style(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {
            "fontName": font,
            "fontSize": 10,
            "leading": 13,
            "textColor": INK,
            "splitLongWords": 1,
        }
        base.update(kw)
        # Colour objects, not strings: a string is parsed again at every paragraph drawn.
        for name in ("textColor", "backColor", "borderColor"):
            if isinstance(base.get(name), str):
                base[name] = white if base[name] == "white" else HexColor(base[name])
        return ParagraphStyle(name, **base)

    cell = style("cell", fontSize=8.5, leading=10.5)
    return Styles(
        font=font,
        cover_kind=style("cover_kind", fontSize=13, leading=17, textColor=ACCENT),
        cover_title=style("cover_title", fontSize=24, leading=30, spaceAfter=6),
        cover_place=style("cover_place", fontSize=14, leading=19, textColor=MUTED, spaceAfter=8),
        marking=style(
            "marking",
            fontSize=15,
            leading=20,
            alignment=TA_CENTER,
            textColor=ALERT,
            borderColor=ALERT,
            borderWidth=1.2,
            borderPadding=8,
            # The box is drawn borderPadding outside the text: indent the text so
            # the box stands on the margins, not past them.
            leftIndent=8,
            rightIndent=8,
            spaceBefore=8,
            spaceAfter=14,
        ),
        cancelled=style(
            "cancelled",
            fontSize=15,
            leading=20,
            alignment=TA_CENTER,
            textColor="white",
            backColor=ALERT,
            borderPadding=6,
            leftIndent=6,
            rightIndent=6,
            spaceBefore=8,
            spaceAfter=12,
        ),
        tentative=style(
            "tentative",
            fontSize=11,
            leading=15,
            alignment=TA_CENTER,
            textColor=TENTATIVE,
            backColor=TENTATIVE_BAND,
            borderColor=TENTATIVE,
            borderWidth=0.8,
            borderPadding=5,
            leftIndent=5,
            rightIndent=5,
            spaceBefore=6,
            spaceAfter=10,
        ),
        h1=style(
            "h1",
            fontSize=17,
            leading=22,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        ),
        h2=style(
            "h2",
            fontSize=13,
            leading=17,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
        ),
        h3=style(
            "h3",
            fontSize=10.5,
            leading=14,
            textColor=INK,
            spaceBefore=8,
            spaceAfter=3,
        ),
        body=style("body", spaceAfter=5),
        small=style("small", fontSize=8.5, leading=11, textColor=MUTED, spaceAfter=4),
        cell=cell,
        cell_head=style("cell_head", fontSize=8.5, leading=10.5, textColor="white"),
        cell_group=style("cell_group", fontSize=9, leading=11.5, textColor=ACCENT),
        glance=style("glance", fontSize=8.5, leading=10.5),
        cell_note=style("cell_note", fontSize=7.5, leading=11.5, textColor=MUTED, alignment=2),
        toc1=style("toc1", fontSize=10.5, leading=15),
        toc2=style("toc2", fontSize=9.5, leading=13, leftIndent=14),
    )


def table_style(*extra: tuple[Any, ...]) -> Any:
    """The look of every table: a coloured header row, thin rules, top-aligned cells."""
    from reportlab.lib import colors

    return plain_table_style(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(ACCENT)), *extra)


def plain_table_style(*extra: tuple[Any, ...]) -> Any:
    """Thin rules and top-aligned cells, no header band (a table continuing another)."""
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    return TableStyle(
        [
            *base_table_commands(),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor(RULE)),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def base_table_commands() -> list[tuple[Any, ...]]:
    """Commands every table needs: the embedded font even for empty cells.

    (reportlab sets a cell's font before drawing it, and would otherwise pull in
    Helvetica, which is not embedded.)
    """
    return [("FONTNAME", (0, 0), (-1, -1), register_fonts())]


_SHAPED: dict[int, tuple[Any, Any]] = {}


def shaped_style(style: ParagraphStyle) -> ParagraphStyle:
    """The same style with OpenType shaping on (for text in an Indian script).

    Only paragraphs that need it shape: HarfBuzz over every Latin word of a
    1,000-person roster would cost a third more for nothing.
    """
    from reportlab.lib.styles import ParagraphStyle

    found = _SHAPED.get(id(style))
    if found is None:
        variant = ParagraphStyle(f"{style.name}-shaped", parent=style, shaping=1)
        found = _SHAPED[id(style)] = (style, variant)
    return found[1]
