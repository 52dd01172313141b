"""The fonts every pack embeds (as subsets): IPA PGothic, then Noto fallbacks.

Packs print the same on a machine with no Japanese or Indian fonts because the
glyphs travel inside the file.  IPA PGothic sets Latin, Latin-1, Greek,
Cyrillic and Japanese; what it has no glyph for is set in the first shipped
Noto font that has one: Devanagari, Bengali, Tamil, Telugu, Gujarati,
Gurmukhi, Kannada, Malayalam and Oriya (shaped through HarfBuzz, see
``shaping``), Latin beyond Latin-1 (Noto Sans) and monochrome symbols (Noto
Sans Symbols 2).  :mod:`exports.briefing.scripts` picks the font per run of text.

None of these has a bold face in the files shipped: headings are drawn with a
synthetic bold (the glyph outline stroked as well as filled), the same in
every script.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from models.errors import ExportError
from models.messages import Message

FONT = "IPAGothic"


@dataclass(frozen=True, slots=True)
class Fallback:
    """One fallback font: its reportlab name, the characters it has, whether to shape."""

    name: str
    coverage: frozenset[int]
    shaped: bool


@dataclass(frozen=True, slots=True)
class FontSet:
    """The base font, what it covers, and the fallbacks in the order they are tried."""

    base: str
    base_coverage: frozenset[int]
    fallbacks: tuple[Fallback, ...]


def font_file() -> Path:
    from resources import JAPANESE_FONT

    return JAPANESE_FONT


def _load(name: str, path: Path) -> frozenset[int]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    try:
        font = TTFont(name, str(path))
    except (OSError, TTFError) as exc:
        raise ExportError(
            Message(
                "The font for briefing packs ({name}) is missing or damaged; "
                "reinstall Delegation Desk.",
                name=path.name,
            )
        ) from exc
    pdfmetrics.registerFont(font)
    return frozenset(font.face.charToGlyph)


#: Fallbacks whose script needs OpenType shaping (reordering, conjuncts).
_UNSHAPED = {"NotoSans-Regular", "NotoSansSymbols2-Regular"}


@lru_cache(maxsize=1)
def font_set() -> FontSet:
    """Register every shipped font with reportlab once per process."""
    from reportlab.lib.fonts import addMapping

    from exports.briefing.shaping import install
    from resources import FALLBACK_FONTS

    # Line breaks and tabs have no glyph but never need another font.
    base = _load(FONT, font_file()) | {0x09, 0x0A}
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(FONT, bold, italic, FONT)
    fallbacks = []
    for path in FALLBACK_FONTS:
        name = path.stem
        coverage = _load(name, path)
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(name, bold, italic, name)
        fallbacks.append(Fallback(name, coverage, name not in _UNSHAPED))
    install({f.name for f in fallbacks if f.shaped})
    return FontSet(FONT, base, tuple(fallbacks))


def register_fonts() -> str:
    """Register the fonts with reportlab once per process; returns the base font's name."""
    return font_set().base
