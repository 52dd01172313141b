"""Text that is safe to put into an iCalendar file.

iCalendar TEXT may hold any character except control characters (RFC 5545,
section 3.3.11); the library escapes commas, semicolons, backslashes and
newlines, and folds long lines, so what is left to do here is to remove what
the format cannot carry at all.  After :func:`clean_text` a value is written
and read back unchanged by icalendar and vobject alike, and no text can start
a property or a component of its own.

Parameter values (the CN of an ORGANIZER or ATTENDEE) are stricter: they are
quoted, so they cannot hold a double quote; a caret is encoded by RFC 6868 in
a way many clients do not decode; and some parsers treat a backslash in a
parameter as an escape although RFC 5545 has none there.  :func:`clean_name`
drops all three, so a name reads back the same everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import icalendar

#: C0 controls except TAB and LF, DEL, C1 controls, lone surrogates (not UTF-8),
#: the Unicode line and paragraph separators (some parsers split lines on them)
#: and the byte-order mark (parsers drop it).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff]")
_NAME_UNSAFE = re.compile('[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ud800-\udfff"^\\\\]+')
_SPACES = re.compile(r"\s+")
_LIST_MARKS = re.compile(r"\s*[,;\\]+[\s,;\\]*")
_FILE_UNSAFE = re.compile(r"[^a-z0-9]+")


def clean_text(value: str) -> str:
    """``value`` as it will read back from the file: line breaks as ``\\n``,
    control characters removed, everything else (Japanese, emoji, quotes,
    punctuation, tabs) kept."""
    if not value:
        return ""
    if "\r" in value:
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return _UNSAFE.sub("", value)


def clean_name(value: str) -> str:
    """A display name for a CN parameter: one line, no quotes, no carets."""
    return _SPACES.sub(" ", _NAME_UNSAFE.sub(" ", value)).strip()


def calendar_name(value: str) -> str:
    """A calendar's display name (X-WR-CALNAME): one line, and without the
    characters some readers split on there (comma, semicolon, backslash)."""
    return _LIST_MARKS.sub(" · ", clean_name(value)).strip(" ·")


def file_part(value: str) -> str:
    """A lower-case ASCII fragment for a file name (``Tanaka Aiko`` -> ``tanaka-aiko``).

    Names in other scripts give an empty string: callers add an id instead.
    """
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    return _FILE_UNSAFE.sub("-", ascii_text.lower()).strip("-")[:40].strip("-")


def file_name(*parts: str, suffix: str = ".ics") -> str:
    """A safe file name from fragments; empty fragments are left out."""
    cleaned = [p for p in (file_part(part) for part in parts) if p]
    return "-".join(cleaned or ["calendar"]) + suffix


@lru_cache(maxsize=1)
def _text_class() -> type[icalendar.vText]:
    from icalendar import vText

    class RfcText(vText):
        """TEXT escaped exactly as RFC 5545 section 3.3.11 says.

        icalendar 7 writes a literal backslash followed by a capital N as an
        escaped line break, so "C:\\New" would come back as two lines; readers
        (icalendar's own included) decode the correct escaping fine.
        """

        def to_ical(self) -> bytes:
            text = str(self)
            if "\\" in text:
                text = text.replace("\\", "\\\\")
            if ";" in text:
                text = text.replace(";", "\\;")
            if "," in text:
                text = text.replace(",", "\\,")
            if "\n" in text:
                text = text.replace("\n", "\\n")
            return text.encode("utf-8")

    return RfcText


def text_value(value: str) -> icalendar.vText:
    """A TEXT property value for already cleaned text (see :func:`clean_text`)."""
    return _text_class()(value)
