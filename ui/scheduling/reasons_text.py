"""Why a request was left out, in the interface language.

The core (:mod:`models.scheduler.reasons`) gives each reason a kind and its
parameters besides its English sentence; here each kind becomes a ``tr()``
sentence with ``%1``, ``%2``… filled in.  A kind this module does not know
falls back to the core's English.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from models.scheduler import reasons as kind
from models.scheduler.reasons import Reason
from ui.i18n import current_language, tr


def fill(text: str, *values: object) -> str:
    """``%1``, ``%2``… replaced in one pass (a value containing ``%2`` stays as it is)."""
    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]), text)


def _names(items: Any) -> str:
    return ("、" if current_language() == "ja" else ", ").join(str(x) for x in items)


def language(code: str) -> str:
    names = {
        "ja": tr("Scheduler reasons", "Japanese"),
        "en": tr("Scheduler reasons", "English"),
        "hi": tr("Scheduler reasons", "Hindi"),
    }
    return names.get(code, code)


def _pair(pair: Any) -> str:
    return "–".join(language(str(code)) for code in pair)


def priority(word: str) -> str:
    words = {
        "must": tr("Scheduler reasons", "must"),
        "should": tr("Scheduler reasons", "should"),
        "could": tr("Scheduler reasons", "could"),
        "no": tr("Scheduler reasons", "no"),
    }
    return words.get(word, word)


def _meeting(m: Mapping[str, Any]) -> str:
    a, b = m["sides"]
    if m["mutual"]:
        return fill(
            tr("Scheduler reasons", "“%1 and %2” (%3, mutual)"), a, b, priority(m["priority"])
        )
    return fill(tr("Scheduler reasons", "“%1 and %2” (%3)"), a, b, priority(m["priority"]))


def _veto(p: Mapping[str, Any]) -> str:
    return fill(
        tr("Scheduler reasons", "%1 said no to this meeting (request %2)."), p["org"], p["request"]
    )


def _nobody(p: Mapping[str, Any]) -> str:
    return fill(tr("Scheduler reasons", "%1 has nobody in the programme to attend."), p["org"])


def _no_speaker(p: Mapping[str, Any]) -> str:
    return fill(
        tr("Scheduler reasons", "No interpreter in the programme speaks %1."), _pair(p["pair"])
    )


def _no_room(p: Mapping[str, Any]) -> str:
    venues = p["venues"]
    where = str(venues[0]) if venues else tr("Scheduler reasons", "any venue")
    for other in venues[1:]:
        where = fill(tr("Scheduler reasons", "%1 or %2"), where, other)
    return fill(
        tr(
            "Scheduler reasons",
            "No room at %1 holds the %2 people of this meeting (the largest holds %3).",
        ),
        where,
        p["headcount"],
        p["largest"],
    )


def _no_slot(p: Mapping[str, Any]) -> str:
    return fill(
        tr(
            "Scheduler reasons",
            "The times asked leave no %1-minute slot within working hours (lunch kept free); "
            "widen “Not before” and “Not after”.",
        ),
        p["duration"],
    )


def _never_free(p: Mapping[str, Any]) -> str:
    people = p["people"]
    if len(people) + int(p.get("more", 0)) == 1:
        text = tr(
            "Scheduler reasons",
            "No common free time: %1 is never free for %2 minutes when the meeting could be held.",
        )
    else:
        text = tr(
            "Scheduler reasons",
            "No common free time: %1 are never free for %2 minutes when the meeting could be held.",
        )
    return fill(text, _names(people), p["duration"])


def _never_together(p: Mapping[str, Any]) -> str:
    return fill(
        tr(
            "Scheduler reasons",
            "No common free time: the two sides are never free together for %1 minutes in "
            "working hours.",
        ),
        p["duration"],
    )


def _travel(p: Mapping[str, Any]) -> str:
    return fill(
        tr(
            "Scheduler reasons",
            "Travel impossible: %1 cannot get between “%2” at %3 and %4 in time (about %5 min "
            "each way) at any time both sides are free.",
        ),
        p["person"],
        p["event"],
        p["there"],
        p["here"],
        p["minutes"],
    )


def _travel_counted(p: Mapping[str, Any]) -> str:
    return tr("Scheduler reasons", "No common free time when travel between venues is counted.")


def _interpreter_busy(p: Mapping[str, Any]) -> str:
    return fill(
        tr(
            "Scheduler reasons",
            "No interpreter (%1) is free, able to get there and within the six-hour day at any "
            "time both sides are free.",
        ),
        _pair(p["pair"]),
    )


def _rooms_full(p: Mapping[str, Any]) -> str:
    return fill(
        tr(
            "Scheduler reasons",
            "Every room large enough for %1 people is taken at every time both sides are free.",
        ),
        p["headcount"],
    )


def _lost(p: Mapping[str, Any]) -> str:
    named = _names(_meeting(m) for m in p["meetings"])
    if p["higher"]:
        lost = fill(tr("Scheduler reasons", "lost to higher-priority requests: %1."), named)
    else:
        lost = fill(tr("Scheduler reasons", "lost to other requests: %1."), named)
    if p["busy"]:
        return fill(
            tr("Scheduler reasons", "%1 is fully booked whenever both sides are free: %2"),
            p["busy"],
            lost,
        )
    return lost  # as the core writes it


def _no_placement(p: Mapping[str, Any]) -> str:
    return tr("Scheduler reasons", "No placement passes every check.")


_KINDS: dict[str, Callable[[Mapping[str, Any]], str]] = {
    kind.VETO: _veto,
    kind.NOBODY: _nobody,
    kind.NO_SPEAKER: _no_speaker,
    kind.NO_ROOM: _no_room,
    kind.NO_SLOT: _no_slot,
    kind.NEVER_FREE: _never_free,
    kind.NEVER_TOGETHER: _never_together,
    kind.TRAVEL: _travel,
    kind.TRAVEL_COUNTED: _travel_counted,
    kind.INTERPRETER_BUSY: _interpreter_busy,
    kind.ROOMS_FULL: _rooms_full,
    kind.LOST: _lost,
    kind.NO_PLACEMENT: _no_placement,
}


def reason_text(reason: Reason) -> str:
    """The reason in the interface language."""
    describe = _KINDS.get(reason.kind)
    if describe is None:
        return reason.text
    try:
        return describe(reason.params)
    except (KeyError, IndexError, TypeError, ValueError):  # parameters of another version
        return reason.text


def unscheduled_text(u: Any) -> str:
    """An :class:`~models.scheduler.service.Unscheduled` row's reason, translated."""
    if u.why is None:
        return str(u.reason)
    text = reason_text(u.why)
    if u.dropped_event is not None:
        return fill(
            tr(
                "Scheduler reasons",
                "Its meeting (event %1) can no longer be held as planned and is left as it is "
                "for you to move or cancel: %2",
            ),
            u.dropped_event,
            text,
        )
    return text
