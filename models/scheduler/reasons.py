"""Why a request was left out: a kind, its parameters, and the English sentence.

The command line prints :attr:`Reason.text`; the window formats ``kind`` and
``params`` in the interface language (``models/`` has no translations), so
each kind names exactly the parameters its sentence needs.  Parameters are
plain values: names as the programme writes them, numbers, language codes
and priorities as their stored words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

#: a veto: ``org`` (who said no), ``request`` (the vetoing request's id)
VETO = "veto"
#: ``org`` has nobody in the programme to attend
NOBODY = "nobody"
#: nobody in the programme speaks ``pair`` (two language codes)
NO_SPEAKER = "no-speaker"
#: no room at ``venues`` (names) holds ``headcount`` people; the largest holds ``largest``
NO_ROOM = "no-room"
#: the window asked leaves no ``duration``-minute slot in working hours
NO_SLOT = "no-slot"
#: ``people`` (names; ``more`` not named) are never free for ``duration`` minutes
NEVER_FREE = "never-free"
#: the two sides are never free together for ``duration`` minutes
NEVER_TOGETHER = "never-together"
#: ``person`` cannot get between ``event`` at ``there`` and ``here`` (about ``minutes``)
TRAVEL = "travel"
#: no common free time once travel between venues is counted
TRAVEL_COUNTED = "travel-counted"
#: no interpreter for ``pair`` is free, able to get there and within the day's cap
INTERPRETER_BUSY = "interpreter-busy"
#: every room large enough for ``headcount`` people is taken whenever both sides are free
ROOMS_FULL = "rooms-full"
#: lost to ``meetings`` (each ``{"sides": (org, org), "priority", "mutual"}``); ``higher``
#: when all of them are worth at least as much; ``busy`` the side fully booked, or ""
LOST = "lost"
#: nothing else applies
NO_PLACEMENT = "no-placement"


@dataclass(frozen=True, slots=True)
class Reason:
    kind: str
    text: str  # in English, for the command line and JSON
    params: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.text
