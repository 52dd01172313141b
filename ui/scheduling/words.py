"""Small wording helpers of the scheduler's window."""

from __future__ import annotations

import re

from ui.i18n import tr


def fill(text: str, *values: object) -> str:
    """``%1``, ``%2``… replaced in one pass (a value containing ``%2`` stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


def priority(word: str) -> str:
    """A request's priority (``must``, ``should``, ``could``, ``no``) in the interface language."""
    words = {
        "must": tr("Meeting requests", "must"),
        "should": tr("Meeting requests", "should"),
        "could": tr("Meeting requests", "could"),
        "no": tr("Meeting requests", "no"),
    }
    return words.get(word, word)
