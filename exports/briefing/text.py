"""Turning user text into Paragraph markup that prints literally.

reportlab's ``Paragraph`` reads its text as markup: ``x<y`` raises, ``AT&T``
loses characters and ``<img src=...>`` would read a local file.  Every piece of
text a person typed goes through :func:`markup` before it reaches a Paragraph,
and through :func:`clean` before it is drawn directly on the canvas.
"""

from __future__ import annotations

import re
import unicodedata

#: Control characters other than tab and line breaks (they are dropped).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029]")
_SPACES = re.compile(r"[ \t]+")  # no-break spaces are kept: they hold numbers together


def clean(text: str | None) -> str:
    """Normalised plain text: NFC, no control characters, tabs as spaces.

    Line breaks are kept (as ``\\n``); runs of spaces become one space.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", str(text))
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROL.sub("", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


def markup(text: str | None) -> str:
    """Paragraph markup that shows ``text`` exactly as typed.

    ``&``, ``<`` and ``>`` are escaped, so nothing a person typed is read as a
    tag or an entity; line breaks become ``<br/>``; runs the base font has no
    glyphs for (Devanagari, symbols) are set in the font that has them.
    """
    from exports.briefing.scripts import tagged

    return tagged(clean(text)).replace("\n", "<br/>")


def one_line(text: str | None) -> str:
    """Plain text on one line (for headers, bookmarks and PDF metadata)."""
    return clean(text).replace("\n", " ")
