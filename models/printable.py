"""Text from outside made safe to show: no control characters, no escape sequences.

Reply files, CSV files and old databases may carry terminal escape sequences
(retitle the window, clear the screen, move the cursor to print fake results)
or bidirectional overrides that reorder what a person reads.  :func:`printable`
removes them; the command line passes everything it prints through
:class:`PrintableStream`, and the window shows untrusted text only after
:func:`printable`.  Line breaks and tabs stay; zero-width joiners (needed by
Indian scripts) stay too.
"""

from __future__ import annotations

import re
from typing import Any, TextIO

# A whole escape sequence first (CSI …, OSC … BEL/ST, a two-character escape),
# then any other control character: C0 except tab and line feed, DEL, C1, and
# the bidirectional embeddings, overrides and isolates.
_SEQUENCES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[@-_]"
    r"|\x9b[0-?]*[ -/]*[@-~]"
    r"|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?"
)
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` without escape sequences and control characters (``\\r\\n`` → ``\\n``)."""
    if text.isprintable():
        return text
    text = text.replace("\r\n", "\n")
    return _CONTROLS.sub("", _SEQUENCES.sub("", text))


class PrintableStream:
    """A text stream that writes only printable text to the stream it wraps.

    It also never fails on a character the stream's encoding lacks (a legacy
    console code page): such characters are written as ``\\uXXXX`` escapes.
    """

    def __init__(self, stream: TextIO) -> None:
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(printable(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)
