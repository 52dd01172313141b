"""Badge tokens and the check-in desk's answers.

A badge's QR code holds an opaque random token: 24 characters of base32
(``A``–``Z``, ``2``–``7``; 120 random bits), no e-mail, no name, nothing derived
from the person.  Base32 rather than URL-safe base64: a token never starts with
``-`` (which a command line reads as an option), it fits the QR code's compact
alphanumeric mode, and a keyboard-wedge scanner typing with Caps Lock on still
gives the same token once upper-cased (:func:`normalise_token`).  A token is
issued per person and event (or per person and delegation for a delegation's
badges, valid at every event the person attends).

One badge of record per person and event (or delegation).  Two laptops working
offline may each issue one; once they have synced, the badge issued first (the
earlier ``issued_at``, then the smaller token) is the badge of record, the one the
badge sheets print from then on, and the other is *superseded*.  A superseded badge
has been printed and may be in the person's hand: the desk still welcomes its
holder (the same person, on the list) and says to collect it and reprint theirs,
so that one badge per person stays in circulation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

#: Random bytes of a token (15 bytes make 24 base32 characters, no padding).
TOKEN_BYTES = 15


def new_token() -> str:
    # Imported here: ``secrets`` pulls in hashlib and random, about 5 ms of the
    # window's start, which never issues a token.
    import base64
    import secrets

    return base64.b32encode(secrets.token_bytes(TOKEN_BYTES)).decode("ascii")


def normalise_token(scanned: str) -> str:
    """What a scanner or a person typed, as stored: no surrounding blanks, upper case."""
    return scanned.strip().upper()


@dataclass(frozen=True, slots=True)
class BadgeToken:
    token: str
    person_id: int
    event_id: int | None = None
    delegation_id: int | None = None
    issued_at: datetime | None = None

    @property
    def holder(self) -> tuple[int, int | None, int | None]:
        """Whose badge for what: person, event, delegation (one badge of record each)."""
        return (self.person_id, self.event_id, self.delegation_id)


def _issue_order(token: BadgeToken) -> tuple[bool, datetime | None, str]:
    return (token.issued_at is None, token.issued_at, token.token)


def badges_of_record(
    tokens: Iterable[BadgeToken],
) -> tuple[dict[tuple[int, int | None, int | None], BadgeToken], list[BadgeToken]]:
    """The badge of record of each holder (the first issued; ties: the smaller token)
    and the superseded ones, in the order they were issued."""
    record: dict[tuple[int, int | None, int | None], BadgeToken] = {}
    superseded: list[BadgeToken] = []
    for token in sorted(tokens, key=_issue_order):
        if token.holder in record:
            superseded.append(token)
        else:
            record[token.holder] = token
    return record, superseded


class Outcome(StrEnum):
    ARRIVED = "arrived"  # green: first check-in, recorded now
    ALREADY = "already arrived"  # green, with the earlier time: nothing recorded
    NOT_ON_LIST = "not on the list"  # red: known person, not expected at this event
    WRONG_EVENT = "wrong event"  # red: a badge issued for another event
    UNKNOWN = "unknown badge"  # red: no such token

    @property
    def welcome(self) -> bool:
        return self in (Outcome.ARRIVED, Outcome.ALREADY)


@dataclass(frozen=True, slots=True)
class CheckInResult:
    outcome: Outcome
    event_id: int
    person_id: int | None = None
    name: str = ""
    arrived_at: datetime | None = None  # ARRIVED: now; ALREADY: the first arrival
    zone: str = "UTC"  # the event's zone, for showing times
    other_event: str = ""  # WRONG_EVENT: the event the badge is for
    #: A welcome on a badge superseded by one issued first (see the module's note).
    superseded: bool = False

    @property
    def recorded(self) -> bool:
        """Whether this answer wrote a check-in (which an undo takes back)."""
        return self.outcome is Outcome.ARRIVED

    def message(self) -> str:
        from models.messages import Message
        from models.timezones import in_zone

        when = ""
        if self.arrived_at is not None:
            when = f"{in_zone(self.arrived_at, self.zone):%H:%M}"
        if self.outcome is Outcome.ARRIVED and self.superseded:
            return Message(
                "{name}: arrived at {when} — duplicate badge: collect it, reprint theirs",
                name=self.name,
                when=when,
            )
        if self.outcome is Outcome.ARRIVED:
            return Message("{name}: arrived at {when}", name=self.name, when=when)
        if self.outcome is Outcome.ALREADY and self.superseded:
            return Message(
                "{name}: already arrived at {when} — duplicate badge: collect it, reprint theirs",
                name=self.name,
                when=when,
            )
        if self.outcome is Outcome.ALREADY:
            return Message("{name}: already arrived at {when}", name=self.name, when=when)
        if self.outcome is Outcome.NOT_ON_LIST:
            name = self.name or Message("This person")
            return Message("{name}: not on the list for this event", name=name)
        if self.outcome is Outcome.WRONG_EVENT:
            return Message(
                "{name}: wrong event — this badge is for {event}",
                name=self.name,
                event=self.other_event,
            )
        return Message("Unknown badge: not on the list")
