"""Applying the replies attendees sent back to an invite (iTIP METHOD:REPLY).

The calendar package reads reply files into :class:`ReceivedReply` values;
:func:`apply_replies` checks each against the stored programme and records
the attendee's answer.  A reply for an unknown event or attendee, for a
cancelled event, or for an older version of the event (a lower SEQUENCE) is
reported and ignored; everything accepted is written in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from models.entities import Event, Person, Reply
from models.message_values import Name
from models.messages import Message
from models.printable import printable
from models.store import Store


@dataclass(frozen=True, slots=True)
class ReceivedReply:
    """One attendee's answer as read from a reply file."""

    source: str  # the file it came from, for messages
    uid: str
    sequence: int
    email: str
    partstat: str  # as written in the file, e.g. ACCEPTED, DELEGATED
    reply: Reply | None  # None when the answer is not one the programme keeps
    stamp: datetime | None = None  # DTSTAMP: the later of two replies wins
    comment: str = ""  # COMMENT: what the attendee wrote (why they decline, say)


@dataclass(frozen=True, slots=True)
class ReplyOutcome:
    source: str
    message: str
    event_id: int | None = None
    person_id: int | None = None
    old: Reply | None = None
    new: Reply | None = None
    comment: str = ""  # what the attendee wrote with the answer, kept with it


@dataclass(frozen=True, slots=True)
class ReplyReport:
    changed: tuple[ReplyOutcome, ...] = ()
    unchanged: tuple[ReplyOutcome, ...] = ()
    ignored: tuple[ReplyOutcome, ...] = ()

    def lines(self) -> list[str]:
        """The report in words, one line per reply."""
        out: list[str] = [Message("Changed: {what}", what=o.message) for o in self.changed]
        out += [Message("Unchanged: {what}", what=o.message) for o in self.unchanged]
        out += [Message("Ignored ({source}): {what}", source=printable(o.source), what=o.message)
                for o in self.ignored]  # fmt: skip
        # parts come from files sent to us: made printable as they were put in (a line
        # already printable stays the Message it is)
        return [printable(line) for line in out]


#: An answer in the report's words (the window translates them).
REPLY_WORDS = {
    Reply.NEEDS_ACTION: Message("needs action"),
    Reply.ACCEPTED: Message("accepted"),
    Reply.TENTATIVE: Message("tentative"),
    Reply.DECLINED: Message("declined"),
    Reply.NEEDS_RECONFIRMATION: Message("needs re-confirmation"),
}


_EARLIEST = datetime.min.replace(tzinfo=UTC)


def _order(reply: ReceivedReply) -> datetime:
    """Replies without DTSTAMP first, then by DTSTAMP: the latest answer wins."""
    if reply.stamp is None:
        return _EARLIEST
    stamp = reply.stamp if reply.stamp.tzinfo is not None else reply.stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC)


def apply_replies(store: Store, replies: Sequence[ReceivedReply]) -> ReplyReport:
    """Record each attendee's answer; returns what changed and what was ignored."""
    events: dict[str, Event | None] = {}
    emails: dict[str, dict[str, int]] = {}
    current: dict[tuple[int, int], tuple[Reply, str]] = {}
    writes: dict[tuple[int, int], tuple[Reply, ReceivedReply]] = {}
    changed: list[ReplyOutcome] = []
    unchanged: list[ReplyOutcome] = []
    ignored: list[ReplyOutcome] = []
    names: dict[int, Name] = {}
    for reply in sorted(replies, key=_order):
        if reply.uid not in events:
            event = store.event_by_uid(reply.uid)
            events[reply.uid] = event
            if event is not None:
                people = store.people_by_ids(event.attendee_ids)
                emails[reply.uid] = {p.email.casefold(): p.id for p in people
                                     if p.email and p.id is not None}  # fmt: skip
                names.update((p.id, _name(p)) for p in people if p.id is not None)
                for p in event.participations:
                    current[(event.id or 0, p.person_id)] = (p.reply, p.comment)
        event = events[reply.uid]
        if event is None or event.id is None:
            ignored.append(ReplyOutcome(reply.source, Message(
                "no event with UID {uid} is known (deleted, or from another programme).",
                uid=printable(reply.uid))))  # fmt: skip
            continue
        person_id = emails[reply.uid].get(reply.email.casefold())
        if person_id is None:
            ignored.append(ReplyOutcome(reply.source, Message(
                "{email} is not an attendee of “{title}”.", email=printable(reply.email),
                title=printable(event.title)), event.id))  # fmt: skip
            continue
        who = _who(names.get(person_id, reply.email), event.title)
        if event.is_cancelled:
            ignored.append(ReplyOutcome(reply.source, Message(
                "{who}: the event is cancelled.", who=who), event.id, person_id))  # fmt: skip
            continue
        if reply.sequence < event.sequence:
            ignored.append(ReplyOutcome(
                reply.source,
                Message("{who}: the reply answers an earlier version of the invite (SEQUENCE "
                        "{sent}; the event has changed since, now {now}).", who=who,
                        sent=reply.sequence, now=event.sequence),
                event.id, person_id))  # fmt: skip
            continue
        if reply.reply is None:
            ignored.append(ReplyOutcome(reply.source, Message(
                "{who}: the answer {answer} is not one the programme records.", who=who,
                answer=printable(reply.partstat)), event.id, person_id))  # fmt: skip
            continue
        writes[(event.id, person_id)] = (reply.reply, reply)
    for (event_id, person_id), (new, reply) in writes.items():
        old, old_comment = current[(event_id, person_id)]
        title = next(e.title for e in events.values() if e is not None and e.id == event_id)
        who = _who(names.get(person_id, reply.email), title)
        said = Message(" (“{comment}”)", comment=printable(reply.comment)) if reply.comment else ""
        if old is new and old_comment == reply.comment:
            unchanged.append(ReplyOutcome(reply.source, Message(
                "{who}: still {new}{said}.", who=who, new=REPLY_WORDS[new], said=said),
                event_id, person_id, old, new, reply.comment))  # fmt: skip
        else:
            changed.append(ReplyOutcome(reply.source, Message(
                "{who}: {old} → {new}{said}.", who=who, old=REPLY_WORDS[old],
                new=REPLY_WORDS[new], said=said),
                event_id, person_id, old, new, reply.comment))  # fmt: skip
    with store.atomic():
        by_event: dict[int, list[tuple[int, str, str]]] = {}
        for outcome in changed:
            assert outcome.event_id is not None and outcome.person_id is not None
            assert outcome.new is not None
            by_event.setdefault(outcome.event_id, []).append(
                (outcome.person_id, outcome.new.value, outcome.comment)
            )
        for event_id, pairs in by_event.items():
            store.set_replies(event_id, pairs)
    return ReplyReport(tuple(changed), tuple(unchanged), tuple(ignored))


def _who(name: Name | str, title: str) -> Message:
    """``Aiko Tanaka for “Battery forum”`` (an address from a file made printable)."""
    shown = printable(name) if isinstance(name, str) else name
    return Message("{name} for “{title}”", name=shown, title=printable(title))


def _name(person: Person) -> Name:
    """Family name first in a Japanese window."""
    return Name(person.full_name, person.family_name, person.given_name, person.name_japanese)
