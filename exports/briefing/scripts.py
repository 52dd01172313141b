"""Which font sets each piece of text: runs by script, and a visible fallback.

A line such as ``Priya Sharma प्रिया शर्मा 橋本彩`` is cut into runs, each set
in a font that has its glyphs: Latin and Japanese in the base font,
Devanagari in Noto Sans Devanagari.  Spaces, digits and punctuation between
letters of one Indian script stay in that script's run (its font has them),
so a syllable is never cut from its neighbours before shaping.

A character no shipped font has (most emoji) prints as its Unicode name in
brackets, ``[grinning face]``; variation selectors, skin-tone modifiers and
other invisible modifiers are dropped; a pair of regional indicators prints as
``[flag IN]``.  Nothing prints as an empty box or vanishes without a trace.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from xml.sax.saxutils import escape

from exports.briefing.fonts import FontSet, font_set

#: Indian scripts (Devanagari to Malayalam and Sinhala): text that needs shaping.
COMPLEX = re.compile(r"[\u0900-\u0dff]")

#: Invisible presentation modifiers: variation selectors, skin tones, tags, keycap.
_DROPPED = re.compile(
    "[\ufe00-\ufe0f\U000e0100-\U000e01ef\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f\u20e3]"
)
_FLAG = re.compile("[\U0001f1e6-\U0001f1ff]{2}")
_JOINERS = {0x200C, 0x200D}


def _flag(match: re.Match[str]) -> str:
    letters = "".join(chr(ord(c) - 0x1F1E6 + ord("A")) for c in match.group())
    return f"[flag {letters}]"


def fallback_text(char: str) -> str:
    """What prints for a character no shipped font has."""
    name = unicodedata.name(char, "")
    return f"[{name.lower()}]" if name else f"[U+{ord(char):04X}]"


@lru_cache(maxsize=1)
def _outside_base() -> re.Pattern[str]:
    """A pattern matching any character the base font has no glyph for."""
    points = sorted(font_set().base_coverage)
    ranges: list[str] = []
    start = prev = points[0]
    for cp in [*points[1:], -1]:
        if cp == prev + 1:
            prev = cp
            continue
        ranges.append(re.escape(chr(start)) + ("-" + re.escape(chr(prev)) if prev > start else ""))
        start = prev = cp
    return re.compile("[^" + "".join(ranges) + "]")


def _neutral(char: str) -> bool:
    """Spaces, digits, punctuation, marks and joiners: they join the run they sit in."""
    return ord(char) in _JOINERS or unicodedata.category(char)[0] not in "L"


def runs(text: str, fonts: FontSet | None = None) -> list[tuple[str, str]]:
    """``text`` as (font name, piece) runs; pieces have no-glyph characters replaced."""
    fonts = fonts or font_set()
    if not _outside_base().search(text):
        return [(fonts.base, text)] if text else []
    text = _FLAG.sub(_flag, _DROPPED.sub("", text))
    base, has_base = fonts.base, fonts.base_coverage
    out: list[tuple[str, str]] = []
    current, piece = base, list[str]()
    current_cover = has_base
    for char in text:
        cp = ord(char)
        if current != base and cp in current_cover and _neutral(char):
            font, cover = current, current_cover
        elif cp in has_base:
            font, cover = base, has_base
        else:
            found = next((f for f in fonts.fallbacks if cp in f.coverage), None)
            if found is None:
                font, cover, char = base, has_base, fallback_text(char)
            else:
                font, cover = found.name, found.coverage
        if font != current and piece:
            out.append((current, "".join(piece)))
            piece = []
        current, current_cover = font, cover
        piece.append(char)
    if piece:
        out.append((current, "".join(piece)))
    return out


def tagged(text: str) -> str:
    """Paragraph markup of plain ``text``: escaped, runs in other fonts in ``<font>`` tags."""
    fonts = font_set()
    if not _outside_base().search(text):
        return escape(text)
    return "".join(
        escape(piece) if font == fonts.base else f'<font face="{font}">{escape(piece)}</font>'
        for font, piece in runs(text, fonts)
    )


def needs_shaping(text: str) -> bool:
    """True when ``text`` holds an Indian script (shaping costs time: only then)."""
    return COMPLEX.search(text) is not None
