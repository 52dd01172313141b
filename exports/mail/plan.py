"""Who gets which e-mail: invitations and updates planned from the programme.

The calendar part of every message is made by :mod:`exports.calendar` (the
same invites ``ics`` writes to files: per attendee for confidential events,
SEQUENCE raised where the export log says a copy needs it, cancellations for
people removed).  This module only groups those documents into messages, one
per recipient, adds the readable summary and the headers, and says which
export-log lines each message will make true once it is delivered.

* ``changed_only=False``: one message per person and event (an invitation).
* ``changed_only=True`` ("send updates"): what changed since each person was
  last told — by e-mail or by a file, the export log does not tell them
  apart — in one message per person (per organiser, whose address is the
  From); nothing for those unaffected.

Nothing here touches the database or the network.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from exports.calendar.builder import Builder, CancelCheck, InviteOptions, Progress
from exports.calendar.changes import ExportLog, IcsDocument, is_news
from exports.calendar.feed import select_events
from exports.calendar.invites import all_invites
from exports.mail.message import Mailbox, message_bytes
from models.clock import Clock
from models.entities import Classification, Event, Programme
from models.errors import NotFound
from models.messages import Message
from models.store.exportlog import ExportRecord
from models.store.outbox import OutboxItem, OutboxMessage


@dataclass(frozen=True, slots=True)
class Change:
    """One thing a message tells: which event, what kind of news, and its file."""

    event: Event
    record: ExportRecord
    document: IcsDocument
    kind: str  # "invitation", "update", "cancellation", "removal"

    @property
    def line(self) -> str:
        return Message("{kind}: {title}", kind=KIND_WORDS[self.kind],
                       title=self.event.title)  # fmt: skip


#: What a change is, in the subject and the text of the message (always English: the
#: message goes to the invitee) and, through a Message, in the window's preview.
KIND_WORDS = {
    "invitation": Message("Invitation"),
    "update": Message("Updated"),
    "cancellation": Message("Cancelled"),
    "removal": Message("No longer expected"),
}


@dataclass(frozen=True, slots=True)
class PlannedMessage:
    person_id: int
    recipient: Mailbox
    organiser: Mailbox
    sender: str  # envelope sender
    subject: str
    changes: tuple[Change, ...]
    message_id: str
    data: bytes

    @property
    def items(self) -> tuple[OutboxItem, ...]:
        return tuple(
            OutboxItem(c.record.channel, c.record.event_id, c.record.event_uid,
                       c.record.method, c.record.sequence, c.record.fingerprint)
            for c in self.changes
        )  # fmt: skip

    def outbox_message(self, created_at: datetime) -> OutboxMessage:
        return OutboxMessage(
            id=None, created_at=created_at, person_id=self.person_id,
            recipient=self.recipient.address, sender=self.sender, subject=self.subject,
            message_id=self.message_id, message=self.data, items=self.items,
        )  # fmt: skip

    @property
    def preview(self) -> str:
        """``Aiko Tanaka <aiko@example.jp>: Invitation: Forum; Cancelled: Visit``."""
        what = "; ".join(c.line for c in self.changes)
        return f"{self.recipient.name} <{self.recipient.address}>: {what}"


@dataclass(frozen=True, slots=True)
class MailPlan:
    messages: tuple[PlannedMessage, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.messages


def _kind(document: IcsDocument, record: ExportRecord, last: ExportRecord | None) -> str:
    if record.method == "CANCEL":
        return "removal" if document.companion else "cancellation"
    if last is None or last.method == "CANCEL":
        return "invitation"
    return "update"


def _event_ids(
    programme: Programme, event_id: int | None, delegation_id: int | None
) -> list[int] | None:
    if event_id is not None:
        if programme.event(event_id) is None:
            raise NotFound(f"There is no event with id {event_id}.", "events", event_id)
        return [event_id]
    if delegation_id is not None:
        chosen = select_events(programme, delegation_id=delegation_id)
        return [e.id for e in chosen if e.id is not None]
    return None


def plan_messages(
    programme: Programme,
    *,
    clock: Clock,
    event_id: int | None = None,
    delegation_id: int | None = None,
    changed_only: bool = False,
    per_attendee: bool | None = None,
    log: Iterable[ExportRecord] = (),
    sender: str = "",
    options: InviteOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> MailPlan:
    """The messages to send for one event, one delegation's members, or everything.

    ``per_attendee``: the calendar part lists only the recipient and the
    organiser (``True``), or every attendee (``False``); ``None``: per
    attendee exactly for confidential events (always so for them).  Every
    message goes to one recipient only, whatever the form.
    """
    log = list(log)
    ids = _event_ids(programme, event_id, delegation_id)
    members: set[int] | None = None
    if delegation_id is not None:
        delegation = programme.delegation(delegation_id)
        members = set(delegation.member_ids) if delegation is not None else set()
    result = all_invites(
        programme, ids, clock=clock, per_attendee=per_attendee, log=log,
        changed_only=changed_only, options=options, progress=progress, cancel=cancel,
    )  # fmt: skip
    builder = Builder(programme, clock, options)
    index = ExportLog(log)
    personal = {(d.event_id, d.person_id): d for d in result.documents if d.person_id is not None}
    shared = {d.event_id: d for d in result.documents if d.person_id is None}
    groups: dict[tuple[int, object], list[Change]] = {}
    skipped: set[int | None] = set()
    for record in result.records:
        person_id = record.person_id
        if person_id is None or (members is not None and person_id not in members):
            continue
        document = personal.get((record.event_id, person_id)) or shared.get(record.event_id)
        event = builder.events.get(record.event_id)
        if document is None or event is None:
            continue
        last = index.invitees(record.event_uid).get(person_id)
        if changed_only and not is_news(
            last, record.sequence, record.fingerprint, cancel=record.method == "CANCEL"
        ):
            continue  # a shared invite lists everyone; only those without it get it
        if record.method == "CANCEL" and last is None:
            # Never invited: nothing to remove (and Google ignores a CANCEL it did not
            # see a REQUEST for), so no message.
            skipped.add(record.event_id)
            continue
        change = Change(event, record, document, _kind(document, record, last))
        key: object = builder.email_of(event.organiser_id) if changed_only else event.id
        groups.setdefault((person_id, key), []).append(change)
    stamp = clock.now()
    messages = [
        _message(builder, person_id, changes, sender, stamp)
        for (person_id, _), changes in groups.items()
    ]
    notes = [n for n in result.notes if members is None or "e-mail address" not in n]
    for event_id in skipped:
        notes.append(Message("“{title}” is cancelled; attendees who were never sent its "
                             "invitation get no cancellation.",
                             title=builder.event(event_id or 0).title))  # fmt: skip
    return MailPlan(tuple(messages), tuple(dict.fromkeys(notes)))


def _mailbox(builder: Builder, person_id: int | None) -> Mailbox:
    person = builder.people[person_id]
    return Mailbox(person.display_name or person.full_name, builder.email_of(person_id))


def _message(
    builder: Builder, person_id: int, changes: Sequence[Change], sender: str, stamp: datetime
) -> PlannedMessage:
    first = changes[0].event
    organiser = _mailbox(builder, first.organiser_id)
    recipient = _mailbox(builder, person_id)
    envelope = sender or organiser.address
    domain = envelope.rpartition("@")[2] or "delegation-desk.invalid"
    message_id = f"<{uuid.uuid4().hex}@{domain}>"
    if len(changes) == 1:
        change = changes[0]
        # "Tue 1 Dec 10:00 IST" (no parentheses: they make Python fold the header badly)
        start = builder.side_by_side(first.starts_at, first.timezone, ()).rsplit(" (", 1)[0]
        subject = f"{KIND_WORDS[change.kind]}: {first.title}, {start}"
    else:
        subject = f"Programme updates: {len(changes)} changes"
    text = summary_text(builder, person_id, recipient, organiser, changes)
    data = message_bytes(
        organiser=organiser, recipient=recipient, sender=envelope, subject=subject, text=text,
        documents=[c.document for c in changes], date=stamp, message_id=message_id,
    )  # fmt: skip
    return PlannedMessage(person_id, recipient, organiser, envelope, subject, tuple(changes),
                          message_id, data)  # fmt: skip


def _zones(builder: Builder, event: Event, person_id: int) -> tuple[str, ...]:
    """The recipient's home zone beside the venue's; without one, the delegations' zones."""
    own = builder.zones_for(event, [person_id])
    if own:
        return own
    homes = dict.fromkeys(builder.home_zone.values())
    homes.pop(event.timezone, None)
    return tuple(homes)


def summary_text(
    builder: Builder,
    person_id: int,
    recipient: Mailbox,
    organiser: Mailbox,
    changes: Sequence[Change],
) -> str:
    """The text/plain part: each change with its time in both zones and its place.

    Only the recipient's own data and the event's: never another attendee.
    """
    lines = [f"Dear {recipient.name},", ""]
    if len(changes) == 1:
        lines.append("Your calendar entry is attached; your calendar shows it as an invitation.")
    else:
        lines.append(f"{len(changes)} changes to your programme; each is attached as a calendar "
                     "entry that updates your calendar.")  # fmt: skip
    for change in changes:
        event = change.event
        zones = _zones(builder, event, person_id)
        lines += ["", f"{KIND_WORDS[change.kind]}: {event.title}"]
        if change.kind == "removal":
            lines.append("  You are no longer expected at this event; it is removed from your "
                         "calendar.")  # fmt: skip
        elif change.kind == "cancellation":
            lines.append("  This event is cancelled.")
        lines.append(f"  Starts: {builder.side_by_side(event.starts_at, event.timezone, zones)}")
        lines.append(f"  Ends:   {builder.side_by_side(event.ends_at, event.timezone, zones)}")
        place = builder.location(event)
        if place:
            lines.append(f"  Where:  {place}")
        if event.classification is Classification.CONFIDENTIAL:
            lines.append("  CONFIDENTIAL: please do not forward this invitation.")
    lines += ["", f"Sent for {organiser.name} <{organiser.address}> by Delegation Desk."]
    return "\n".join(lines) + "\n"
