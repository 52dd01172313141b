"""Invitations (METHOD:REQUEST) and cancellations (METHOD:CANCEL) for events.

Two forms:

* shared — one file listing the organiser and every attendee;
* per attendee — one file per attendee listing only the organiser and them.

Confidential events are always sent per attendee: who is in a closed-door
room is itself confidential, so a shared invite of one is refused with
:class:`~models.errors.ExportError` (and ``per_attendee=None``, the default,
picks per attendee for them).  No DESCRIPTION lists guests: in a shared
invite of a restricted or public event the ATTENDEE lines do.

A cancelled event gives METHOD:CANCEL with STATUS:CANCELLED to its attendees.
People who were sent a REQUEST for the event (found in the export log) and are
no longer attendees get a METHOD:CANCEL of their own, with a SEQUENCE at least
one higher than what they were last sent, and without STATUS: the event goes
ahead without them (RFC 5546 §3.2.5).

Invites ask for an answer (RSVP=TRUE) only from participants who have not
given one for this version; an answer recorded before the time or the place
changed is sent as PARTSTAT=NEEDS-ACTION, so the invite asks again.

``changed_only`` compares each recipient's last copy with one fingerprint of
the event that both forms share (:func:`~exports.calendar.builder.fingerprint`
without guests), so an event sent once shared and once per attendee is not
sent again whole: only people added or removed, and changes, go out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from exports.calendar.builder import (
    Builder,
    CancelCheck,
    InviteOptions,
    Progress,
    Steps,
    fingerprint,
)
from exports.calendar.changes import (
    NOTHING_CHANGED,
    ExportLog,
    ExportResult,
    IcsDocument,
    is_news,
    next_sequence,
    report_name,
    with_guests,
)
from exports.calendar.text import file_name, file_part
from models.clock import Clock
from models.entities import Classification, Event, Participation, Programme
from models.errors import ExportError
from models.messages import Message
from models.store.store import ExportRecord
from models.validation import within_supported_years


@dataclass(slots=True)
class _Collected:
    documents: list[IcsDocument] = field(default_factory=list)
    records: list[ExportRecord] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)

    def unique(self, name: str, person_id: int) -> str:
        if name in self.names:
            stem = name.removesuffix(".ics")
            name = f"{stem}-{person_id}.ics"
        self.names.add(name)
        return name

    def result(self) -> ExportResult:
        return ExportResult(tuple(self.documents), tuple(self.records), tuple(self.notes))


def guest_list(attendees: Iterable[Participation]) -> str:
    """A digest of who a shared invite lists, and as what."""
    import hashlib

    listed = tuple((p.person_id, p.role.value) for p in attendees)
    return hashlib.blake2b(repr(listed).encode(), digest_size=6).hexdigest()


def sent_per_attendee(event: Event, per_attendee: bool | None = None) -> bool:
    """Whether the event's invites go one per attendee: as asked, and by
    default (``None``) exactly when the event is confidential."""
    if per_attendee is None:
        return event.classification is Classification.CONFIDENTIAL
    return per_attendee


def event_invites(
    programme: Programme,
    event_id: int,
    *,
    clock: Clock,
    per_attendee: bool | None = None,
    log: Iterable[ExportRecord] = (),
    changed_only: bool = False,
    options: InviteOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """The invitations (or cancellations) for one event.

    ``per_attendee``: ``True`` one file per attendee, ``False`` one shared
    file, ``None`` per attendee for confidential events and shared otherwise.
    ``log``: the export log (``Store.export_records()``), used to send
    cancellations to people removed since and, with ``changed_only``, to leave
    out recipients who already have this version.
    """
    return all_invites(
        programme, [event_id], clock=clock, per_attendee=per_attendee, log=log,
        changed_only=changed_only, options=options, progress=progress, cancel=cancel,
    )  # fmt: skip


def all_invites(
    programme: Programme,
    event_ids: Sequence[int] | None = None,
    *,
    clock: Clock,
    per_attendee: bool | None = None,
    log: Iterable[ExportRecord] = (),
    changed_only: bool = False,
    options: InviteOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """Invitations for several events (all of them when ``event_ids`` is None),
    one calendar file per event (shared) or per event and attendee."""
    whole = programme
    programme, skipped = within_supported_years(programme)
    if event_ids is not None:
        for event_id in event_ids:
            event = whole.event(event_id)
            if event is not None and programme.event(event_id) is None:
                raise ExportError(
                    Message(
                        "Event {id} “{title}” cannot be exported: its times lie outside the "
                        "years 1970–2200. Correct them first.",
                        id=event_id,
                        title=event.title,
                    )
                )
    builder = Builder(programme, clock, options)
    events = list(programme.events) if event_ids is None else [builder.event(i) for i in event_ids]
    if per_attendee is False:
        secret = [e for e in events if e.classification is Classification.CONFIDENTIAL]
        if secret:
            raise ExportError(
                Message(
                    "“{title}” is confidential: a shared invite would show every guest to "
                    "everyone. Export one invite per attendee instead.",
                    title=secret[0].title,
                )
            )
    index = ExportLog(log)
    collected = _Collected()
    collected.notes.extend(skipped)
    steps = Steps(len(events), progress, cancel)
    for event in events:
        shared = not sent_per_attendee(event, per_attendee)
        if len(events) > 1 and event.participations and not builder.email_of(event.organiser_id):
            # One event without an organiser must not stop the invites of all the others.
            collected.notes.append(
                Message(
                    "“{title}” has no organiser with an e-mail address; no invites were made.",
                    title=event.title,
                )
            )
        else:
            _one_event(builder, index, event, shared, changed_only, collected)
        steps.step()
    if changed_only and not collected.documents:
        collected.notes.append(NOTHING_CHANGED)
    return collected.result()


def _one_event(
    builder: Builder,
    index: ExportLog,
    event: Event,
    shared: bool,
    changed_only: bool,
    out: _Collected,
) -> None:
    cancel = event.is_cancelled
    method = "CANCEL" if cancel else "REQUEST"
    sent = index.invitees(event.uid)
    reachable: list[Participation] = []
    for p in event.participations:
        if builder.email_of(p.person_id):
            reachable.append(p)
        else:
            person = builder.people.get(p.person_id)
            name = report_name(person) if person else Message("person {id}", id=p.person_id)
            out.notes.append(
                Message(
                    "{name} has no e-mail address and gets no invite to “{title}”.",
                    name=name,
                    title=event.title,
                )
            )
    fp = fingerprint(event, with_guests=False)  # one history for both forms
    guests = guest_list(reachable) if shared else None
    needed = [
        p for p in reachable
        if not changed_only
        or is_news(sent.get(p.person_id), next_sequence(event.sequence, sent.get(p.person_id),
                   cancel=cancel, fingerprint=fp), fp, cancel=cancel, guests=guests)
    ]  # fmt: skip
    if not reachable:
        out.notes.append(
            Message("“{title}” has no attendee with an e-mail address.", title=event.title)
        )
    if shared and needed:
        _shared(builder, event, reachable, sent, method, fp, out)
    elif not shared:
        for p in needed:
            _personal(builder, event, p, sent.get(p.person_id), method, fp, out)
    current = set(event.attendee_ids)
    for person_id, last in sent.items():
        if person_id in current or last.method != "REQUEST" or not builder.email_of(person_id):
            continue
        removed = Participation(person_id=person_id)
        _personal(builder, event, removed, last, "CANCEL", fp, out, removed_person=True)


def _record(
    builder: Builder,
    event: Event,
    person_id: int,
    channel: str,
    method: str,
    sequence: int,
    fp: str,
) -> ExportRecord:
    return ExportRecord(
        exported_at=builder.stamp, channel=channel, event_id=event.id, event_uid=event.uid,
        person_id=person_id, recipient=builder.email_of(person_id), method=method,
        sequence=sequence, fingerprint=fp,
    )  # fmt: skip


def _shared(
    builder: Builder,
    event: Event,
    attendees: Sequence[Participation],
    sent: dict[int, ExportRecord],
    method: str,
    fp: str,
    out: _Collected,
) -> None:
    cancel = method == "CANCEL"
    sequence = max(
        (
            next_sequence(event.sequence, sent.get(p.person_id), cancel=cancel, fingerprint=fp)
            for p in attendees
        ),
        default=event.sequence,
    )
    cal = builder.calendar(method)
    cal.add_component(
        builder.vevent(
            event,
            zones=builder.zones_for(event, (p.person_id for p in attendees)),
            attendees=attendees,
            organizer=True,
            rsvp=not cancel,
            cancelled=cancel,
            sequence=sequence,
        )
    )
    name = file_name(str(event.id), event.title, "cancel" if cancel else "")
    if cancel:
        summary = Message("Cancellation of “{title}” for {count} attendee(s)",
                          title=event.title, count=len(attendees))  # fmt: skip
    else:
        summary = Message("Invite to “{title}” for {count} attendee(s)",
                          title=event.title, count=len(attendees))  # fmt: skip
    out.documents.append(
        IcsDocument(
            name=out.unique(name, 0), method=method, data=builder.finish(cal, [event.timezone]),
            summary=summary,
            event_id=event.id,
        )
    )  # fmt: skip
    logged = with_guests(fp, guest_list(attendees))
    out.records.extend(
        _record(builder, event, p.person_id, "event", method, sequence, logged) for p in attendees
    )


def _personal(
    builder: Builder,
    event: Event,
    participation: Participation,
    last: ExportRecord | None,
    method: str,
    fp: str,
    out: _Collected,
    *,
    removed_person: bool = False,
) -> None:
    cancel = method == "CANCEL"
    person_id = participation.person_id
    person = builder.people[person_id]
    sequence = next_sequence(event.sequence, last, cancel=cancel, fingerprint=fp)
    cal = builder.calendar(method)
    attendee = participation if not removed_person else None
    cal.add_component(
        builder.vevent(
            event,
            zones=builder.zones_for(event, [person_id]),
            attendees=[attendee] if attendee is not None else [],
            organizer=True,
            rsvp=not cancel,
            cancelled=cancel,
            sequence=sequence,
            uninvite=removed_person,
        )
    )
    if attendee is None:  # a removed person: name them, without role or reply
        vevent = cal.subcomponents[-1]
        vevent.add("attendee", builder.address(person_id))
    parts = [str(event.id), file_part(person.family_name), file_part(person.given_name)]
    if not parts[1] and not parts[2]:
        parts[1] = f"person-{person_id}"
    name = file_name(*parts, "cancel" if cancel else "")
    who = {"title": event.title, "name": report_name(person)}
    if removed_person:
        summary = Message("Cancellation of “{title}” for {name} (no longer attending)", **who)
    elif cancel:
        summary = Message("Cancellation of “{title}” for {name}", **who)
    else:
        summary = Message("Invite to “{title}” for {name}", **who)
    out.documents.append(
        IcsDocument(
            name=out.unique(name, person_id), method=method,
            data=builder.finish(cal, [event.timezone]), summary=summary,
            event_id=event.id, person_id=person_id, companion=removed_person,
        )
    )  # fmt: skip
    out.records.append(
        _record(builder, event, person_id, "per-attendee", method, sequence, fp)
    )  # fmt: skip
