"""What was sent before: the export log read once, and the results of an export.

Every export returns :class:`ExportRecord` lines saying which UID went to whom
with which METHOD and SEQUENCE; the caller stores them
(``Store.record_exports``) once the files are written.  The next export reads
them back through :class:`ExportLog` to find people removed from an event
(they were sent a REQUEST and are no longer attendees) and, with
``changed_only``, to leave out what each recipient already has.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from models.entities import Person
from models.message_values import Name
from models.messages import Message
from models.store.store import ExportRecord

#: Channels whose records are invitations addressed to a person.
INVITE_CHANNELS = frozenset({"event", "per-attendee"})
ITINERARY_CHANNEL = "person"
FEED_CHANNEL = "programme"
#: The note of an export of changes when there are none (the window looks for it).
NOTHING_CHANGED = Message("Nothing changed since the last export.")


@dataclass(frozen=True, slots=True)
class IcsDocument:
    """One calendar file: a suggested file name, its METHOD and its bytes."""

    name: str
    method: str  # REQUEST, CANCEL or PUBLISH
    data: bytes
    summary: str  # one line for people, e.g. "Invite to “Battery forum” for Aiko Tanaka"
    event_id: int | None = None
    person_id: int | None = None
    #: A cancellation for someone removed from the event: ``write_to_file``
    #: puts it beside the main file instead of in its place.
    companion: bool = False


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What an export made: files to write, log lines to store, remarks for the user."""

    documents: tuple[IcsDocument, ...] = ()
    records: tuple[ExportRecord, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def is_empty(self) -> bool:
        """True when there is nothing to write (e.g. nothing changed since the last export)."""
        return not self.documents


class ExportLog:
    """The export log indexed for look-ups: the last record per recipient and UID."""

    def __init__(self, records: Iterable[ExportRecord] = ()) -> None:
        self._invites: dict[str, dict[int, ExportRecord]] = {}
        self._itinerary: dict[int, dict[str, ExportRecord]] = {}
        self._feeds: dict[tuple[str, str], ExportRecord] = {}
        for record in records:  # oldest first: later lines replace earlier ones
            if record.channel in INVITE_CHANNELS and record.person_id is not None:
                self._invites.setdefault(record.event_uid, {})[record.person_id] = record
            elif record.channel == ITINERARY_CHANNEL and record.person_id is not None:
                self._itinerary.setdefault(record.person_id, {})[record.event_uid] = record
            elif record.channel == FEED_CHANNEL:
                self._feeds[(record.recipient, record.event_uid)] = record

    def invitees(self, uid: str) -> dict[int, ExportRecord]:
        """Person id -> the last invitation or cancellation sent to them for ``uid``."""
        return self._invites.get(uid, {})

    def itinerary(self, person_id: int) -> dict[str, ExportRecord]:
        """UID -> the last itinerary entry sent to the person."""
        return self._itinerary.get(person_id, {})

    def feed(self, scope: str, uid: str) -> ExportRecord | None:
        return self._feeds.get((scope, uid))


#: Separates an invite's fingerprint from its guest list's in a shared invite's log line.
GUESTS_MARK = "/"


def with_guests(fingerprint: str, guests: str) -> str:
    """What a shared invite logs: the event's fingerprint and its guest list's."""
    return f"{fingerprint}{GUESTS_MARK}{guests}"


def _content(fingerprint: str) -> str:
    return fingerprint.split(GUESTS_MARK, 1)[0]


def _guests(fingerprint: str) -> str | None:
    parts = fingerprint.split(GUESTS_MARK, 1)
    return parts[1] if len(parts) == 2 else None


def is_news(
    last: ExportRecord | None,
    sequence: int,
    fingerprint: str,
    *,
    cancel: bool,
    guests: str | None = None,
) -> bool:
    """Whether a recipient whose last copy is ``last`` needs this version.

    New to them, moved (a higher SEQUENCE), edited without a new SEQUENCE (the
    fingerprint differs) or cancelled since.  A cancellation of something they
    were never sent is no news.  Shared and per-attendee invites keep one
    history: the fingerprint is the same for both forms; a shared invite also
    logs its guest list (``guests``), news to those whose last copy was a
    shared one listing other guests.
    """
    if last is None:
        return not cancel
    if cancel:
        return last.method != "CANCEL"
    if last.method == "CANCEL" or last.sequence < sequence:
        return True
    if _content(last.fingerprint) != _content(fingerprint):
        return True
    had = _guests(last.fingerprint)
    return guests is not None and had is not None and had != guests


def next_sequence(
    event_sequence: int, last: ExportRecord | None, *, cancel: bool, fingerprint: str = ""
) -> int:
    """SEQUENCE for one recipient: the event's, raised where their copy needs more.

    A recipient who was sent a cancellation (removed from the event) and is
    invited again, or who is now removed, gets at least one more than what
    they were last sent, so their calendar takes the new version.  Once a
    recipient's copy is ahead of the event's SEQUENCE that way, every later
    change of the event (a different ``fingerprint``) raises it again.
    """
    if last is None:
        return event_sequence
    if cancel != (last.method == "CANCEL"):
        return max(event_sequence, last.sequence + 1)
    if (
        last.sequence > event_sequence
        and fingerprint
        and _content(fingerprint) != _content(last.fingerprint)
    ):
        return last.sequence + 1
    return max(event_sequence, last.sequence)


def report_name(person: Person) -> Name:
    """A person's name in a report: as written in English, family name first in Japanese."""
    return Name(person.full_name, person.family_name, person.given_name, person.name_japanese)
