"""The one font every pack uses: IPA Gothic, embedded (as a subset) in each PDF.

Packs print the same on a machine with no Japanese fonts because the glyphs
travel inside the file.  IPA Gothic covers Latin, Latin-1 and Japanese; it has
no bold face, so headings differ by size and colour instead.
"""

from __future__ import annotations

from pathlib import Path

from models.errors import ExportError

FONT = "IPAGothic"

_registered = False


def font_file() -> Path:
    from resources import JAPANESE_FONT

    return JAPANESE_FONT


def register_fonts() -> str:
    """Register the font with reportlab once per process; returns its name."""
    global _registered
    if _registered:
        return FONT
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    path = font_file()
    try:
        pdfmetrics.registerFont(TTFont(FONT, str(path)))
    except (OSError, TTFError) as exc:
        raise ExportError(
            f"The font for briefing packs ({path.name}) is missing or damaged; "
            "reinstall Delegation Desk."
        ) from exc
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    _registered = True
    return FONT
