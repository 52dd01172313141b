"""The scheduler over a database: propose, apply in one transaction, undo.

:class:`Scheduler` reads the programme and the scheduler's tables, builds the
problem, runs :func:`~models.scheduler.engine.solve`, and turns the outcome
into a :class:`Proposal` (plain rows the command line prints and the window
shows).  :meth:`Scheduler.apply` takes an automatic backup, then writes the
accepted meetings as tentative events and moves the moved ones, all in one
transaction; the :class:`Applied` record it returns undoes exactly that.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from models.entities import (
    Classification,
    Event,
    EventKind,
    EventStatus,
    Participation,
    Programme,
    Reply,
    Role,
)
from models.messages import Message
from models.scheduler.engine import Outcome, solve
from models.scheduler.problem import Inputs, Problem, build_problem
from models.scheduler.requests import Settings
from models.services import Desk
from models.timezones import iso_in_zone

Progress = Callable[[int, int | None], None]


@dataclass(frozen=True, slots=True)
class ProposedMeeting:
    key: int  # meeting key in the problem (-1 for a kept meeting)
    request_ids: tuple[int, ...]
    event_id: int | None  # an existing meeting's event; None for a new one
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    venue_id: int
    venue: str
    room_id: int
    room: str
    interpreter_id: int | None
    person_ids: tuple[int, ...]  # attendees, the interpreter last
    emails: tuple[str, ...]
    host_id: int
    value: int
    moved: bool = False  # an existing meeting that changes
    kept: bool = False  # locked or invites sent: stays as it is


@dataclass(frozen=True, slots=True)
class Unscheduled:
    request_id: int
    reason: str  # a Message: English for the command line, translated by the window
    title: str = ""


@dataclass(frozen=True, slots=True)
class Proposal:
    meetings: tuple[ProposedMeeting, ...]
    unscheduled: tuple[Unscheduled, ...]
    value: int
    bound: int | None
    greedy_value: int
    engine: str
    note: str = ""

    @property
    def new(self) -> tuple[ProposedMeeting, ...]:
        return tuple(m for m in self.meetings if m.event_id is None)

    @property
    def moved(self) -> tuple[ProposedMeeting, ...]:
        return tuple(m for m in self.meetings if m.moved)

    def to_json(self) -> dict[str, Any]:
        scheduled = [
            {
                "request": request_id,
                "event": m.event_id,
                "starts_at": iso_in_zone(m.starts_at, m.timezone),
                "ends_at": iso_in_zone(m.ends_at, m.timezone),
                "venue": m.venue,
                "room": m.room,
                "attendees": list(m.emails),
            }
            for m in self.meetings
            for request_id in m.request_ids
        ]
        scheduled.sort(key=lambda row: (row["starts_at"], row["request"]))
        return {
            "scheduled": scheduled,
            "unscheduled": [
                {"request": u.request_id, "reason": u.reason} for u in self.unscheduled
            ],
            "moved": sorted(m.event_id for m in self.moved if m.event_id is not None),
            "value": self.value,
            "bound": self.bound,
        }


@dataclass(frozen=True, slots=True)
class Applied:
    """What an apply wrote, so that :meth:`Scheduler.undo` can take it back exactly."""

    created: tuple[int, ...]  # new event ids
    before: tuple[Event, ...]  # moved events as they were
    links: dict[int, int | None]  # request id -> its event before
    backup: Path | None = None
    versions: dict[int, int] | None = None  # moved event id -> its version once moved


class Scheduler:
    """The scheduler's use cases over one :class:`~models.services.Desk`."""

    def __init__(self, desk: Desk, settings: Settings | None = None) -> None:
        self.desk = desk
        self.settings = settings or Settings()

    def inputs(self) -> Inputs:
        store = self.desk.store
        return Inputs(
            requests=tuple(store.meeting_requests()),
            availability=tuple(store.availability()),
            bases=store.organisation_bases(),
            locked_event_ids=store.locked_event_ids(),
            sent_event_ids=store.sent_event_ids(),
            settings=self.settings,
        )

    def problem(self, *, allow_moves: bool = False) -> tuple[Programme, Problem]:
        programme = self.desk.programme()
        return programme, build_problem(programme, self.inputs(), allow_moves=allow_moves)

    def propose(
        self,
        *,
        time_limit: float = 20.0,
        seed: int = 0,
        allow_moves: bool = False,
        use_solver: bool = True,
        progress: Progress | None = None,
        cancel: threading.Event | None = None,
    ) -> Proposal:
        started = time.monotonic()  # the limit counts reading the programme too
        programme, problem = self.problem(allow_moves=allow_moves)
        outcome = solve(
            problem,
            time_limit=time_limit,
            seed=seed,
            use_solver=use_solver,
            progress=progress,
            cancelled=cancel.is_set if cancel is not None else None,
            started=started,
        )
        return proposal_of(programme, problem, outcome)

    # -- applying ---------------------------------------------------------------------

    def apply(
        self, proposal: Proposal, accept: Collection[int] | None = None
    ) -> tuple[Applied, Proposal]:
        """Write the accepted meetings (keys; all when ``None``) in one transaction.

        Returns the record for undo and the proposal with the new events' ids.
        """
        chosen = [
            m
            for m in proposal.meetings
            if not m.kept
            and (m.event_id is None or m.moved)
            and (accept is None or m.key in accept)
        ]
        backup = _backup(self.desk) if chosen else None
        store = self.desk.store
        links_before = {r.id: r.event_id for r in store.meeting_requests() if r.id is not None}
        created: list[int] = []
        before: list[Event] = []
        versions: dict[int, int] = {}
        written: dict[int, int] = {}
        with store.atomic():
            for m in chosen:
                if m.event_id is None:
                    event = self.desk.save_event(_new_event(m))
                    assert event.id is not None
                    created.append(event.id)
                    written[m.key] = event.id
                else:
                    old = store.event(m.event_id)
                    before.append(old)
                    moved = self.desk.save_event(_moved_event(old, m))
                    versions[m.event_id] = moved.version
                    written[m.key] = m.event_id
                store.link_requests({r: written[m.key] for r in m.request_ids})
        applied = Applied(
            tuple(created),
            tuple(before),
            {r: links_before.get(r) for m in chosen for r in m.request_ids},
            backup,
            versions,
        )
        meetings = tuple(
            replace(m, event_id=written.get(m.key, m.event_id)) if m.key in written else m
            for m in proposal.meetings
        )
        return applied, replace(proposal, meetings=meetings)

    def undo(self, applied: Applied) -> None:
        """Put the programme back exactly as it was before :meth:`apply`."""
        store = self.desk.store
        expected = {("events", k): v for k, v in (applied.versions or {}).items()}
        with store.expecting(expected), store.atomic():
            for event_id in applied.created:
                store.delete_event(event_id)
            for event in applied.before:  # refused (StaleRecord) if edited since
                store.replace_event(event)
            store.link_requests(applied.links)

    def set_locked(self, event_id: int, locked: bool) -> None:
        self.desk.store.event(event_id)  # NotFound when it is gone
        self.desk.store.set_event_locked(event_id, locked)


# -- proposal rows ---------------------------------------------------------------------


def proposal_of(programme: Programme, problem: Problem, outcome: Outcome) -> Proposal:
    people = {p.id: p for p in programme.people}
    rows: list[ProposedMeeting] = []
    for key, placement in sorted(outcome.placements.items()):
        m = problem.meetings[key]
        person_ids = m.people + ((placement.interpreter,) if placement.interpreter else ())
        starts = problem.instant(placement.start)
        venue = programme.venue(placement.venue)
        rows.append(
            ProposedMeeting(
                key=key,
                request_ids=m.request_ids,
                event_id=m.event_id,
                title=f"Meeting: {m.title}",
                starts_at=starts,
                ends_at=starts + timedelta(minutes=m.duration),
                timezone=venue.timezone if venue is not None else problem.timezone,
                venue_id=placement.venue,
                venue=problem.name("venue", placement.venue),
                room_id=placement.room,
                room=problem.name("room", placement.room),
                interpreter_id=placement.interpreter,
                person_ids=person_ids,
                emails=tuple(people[p].email for p in person_ids if p in people),
                host_id=m.sides[1],
                value=m.value,
                moved=m.current is not None and placement != m.current,
            )
        )
    for kept in _kept(programme, problem):
        rows.append(kept)
    rows.sort(key=lambda r: (r.starts_at, r.venue, r.room, r.title))
    unscheduled = [
        Unscheduled(request_id, _dropped(programme, problem.meetings[key].event_id, reason),
                    problem.meetings[key].title)
        for key, reason in sorted(outcome.reasons.items())
        for request_id in problem.meetings[key].request_ids
    ]  # fmt: skip
    note = outcome.note
    return Proposal(
        meetings=tuple(rows),
        unscheduled=tuple(sorted(unscheduled, key=lambda u: u.request_id)),
        value=outcome.value,
        bound=outcome.bound,
        greedy_value=outcome.greedy_value,
        engine=outcome.engine,
        note=note,
    )


def _dropped(programme: Programme, event_id: int | None, reason: str) -> str:
    if event_id is None:
        return reason
    event = programme.event(event_id)
    return Message(
        "Its meeting “{title}” can no longer be held as planned and is left as it is "
        "for you to move or cancel: {reason}",
        title=event.title if event is not None else "",
        reason=reason,
    )


def _kept(programme: Programme, problem: Problem) -> Iterable[ProposedMeeting]:
    by_event: dict[int, list[int]] = {}
    for k in problem.kept:
        by_event.setdefault(k.event_id, []).append(k.request_id)
    for event_id, request_ids in by_event.items():
        e = programme.event(event_id)
        if e is None or e.venue_id is None or e.room_id is None:
            continue
        venue = programme.venue(e.venue_id)
        room = venue.room(e.room_id) if venue is not None else None
        interpreter = next(
            (p.person_id for p in e.participations if p.role is Role.INTERPRETER), None
        )
        person_ids = tuple(p.person_id for p in e.participations)
        emails = []
        for pid in person_ids:
            person = programme.person(pid)
            if person is not None:
                emails.append(person.email)
        yield ProposedMeeting(
            key=-1,
            request_ids=tuple(sorted(request_ids)),
            event_id=event_id,
            title=e.title,
            starts_at=e.starts_at,
            ends_at=e.ends_at,
            timezone=e.timezone,
            venue_id=e.venue_id,
            venue=venue.name if venue is not None else "",
            room_id=e.room_id,
            room=room.name if room is not None else "",
            interpreter_id=interpreter,
            person_ids=person_ids,
            emails=tuple(emails),
            host_id=e.host_organisation_ids[0] if e.host_organisation_ids else 0,
            value=0,
            kept=True,
        )


def _participations(m: ProposedMeeting, old: Event | None = None) -> tuple[Participation, ...]:
    replies = {p.person_id: p.reply for p in old.participations} if old is not None else {}
    return tuple(
        Participation(
            person_id=pid,
            role=Role.INTERPRETER if pid == m.interpreter_id else Role.ATTENDEE,
            reply=replies.get(pid, Reply.NEEDS_ACTION),
        )
        for pid in m.person_ids
    )


def _new_event(m: ProposedMeeting) -> Event:
    requests = ", ".join(str(r) for r in m.request_ids)
    return Event(
        title=m.title,
        kind=EventKind.CLOSED_DOOR,
        starts_at=m.starts_at,
        ends_at=m.ends_at,
        timezone=m.timezone,
        venue_id=m.venue_id,
        room_id=m.room_id,
        classification=Classification.CONFIDENTIAL,
        status=EventStatus.TENTATIVE,
        host_organisation_ids=(m.host_id,) if m.host_id else (),
        participations=_participations(m),
        notes=f"Proposed by the meeting scheduler for request{'s' if ',' in requests else ''} "
        f"{requests}.",
    )


def _moved_event(old: Event, m: ProposedMeeting) -> Event:
    return replace(
        old,
        starts_at=m.starts_at,
        ends_at=m.ends_at,
        venue_id=m.venue_id,
        room_id=m.room_id,
        participations=_participations(m, old),
    )


def _backup(desk: Desk) -> Path | None:
    """An automatic snapshot of the database before the scheduler writes to it.

    Raises :class:`~models.errors.StorageUnavailable` when none can be kept:
    nothing is written then.
    """
    from models.store.backups import snapshot_before

    snapshot = snapshot_before(desk.store, "apply schedule", now=desk.clock.now())
    return snapshot.path if snapshot is not None else None


def with_proposal(programme: Programme, proposal: Proposal) -> Programme:
    """The programme as it would be with the proposal applied (no database)."""
    events = {e.id: e for e in programme.events}
    next_id = max((e for e in events if e is not None), default=0) + 1
    for m in proposal.meetings:
        if m.kept:
            continue
        if m.event_id is None:
            events[next_id] = replace(_new_event(m), id=next_id)
            next_id += 1
        elif m.moved and m.event_id in events:
            old = events[m.event_id]
            assert old is not None
            events[m.event_id] = _moved_event(old, m)
    return replace(programme, events=tuple(e for e in events.values() if e is not None), _index={})


@dataclass(frozen=True, slots=True)
class RequestLine:
    """A request as a list shows it: names instead of ids."""

    request: Any  # MeetingRequest
    requester: str
    target: str
    venue: str
    window: str
    meeting: str  # "" or the scheduled meeting's time


def request_lines(programme: Programme, requests: Iterable[Any]) -> list[RequestLine]:
    from models.timezones import format_span

    def org(key: int | None) -> str:
        found = programme.organisation(key)
        return found.name if found is not None else ""

    lines = []
    for r in requests:
        target = org(r.target_org_id)
        person = programme.person(r.target_person_id)
        if person is not None:
            target = f"{person.full_name} ({org(person.organisation_id)})"
        venue = programme.venue(r.venue_id)
        where = venue.name if venue is not None else "any" if r.venue_rule == "any" else "host's"
        zone = venue.timezone if venue is not None else "Asia/Kolkata"
        window = ""
        if r.not_before is not None or r.not_after is not None:
            begin = r.not_before or r.not_after
            end = r.not_after or r.not_before
            window = format_span(begin, end, zone)
        event = programme.event(r.event_id)
        meeting = format_span(event.starts_at, event.ends_at, event.timezone) if event else ""
        lines.append(RequestLine(r, org(r.requester_id), target, where, window, meeting))
    return lines


def ghost_events(proposal: Proposal) -> list[Event]:
    """The proposal as events to draw faintly on the timeline (ids below zero)."""
    ghosts = []
    for n, m in enumerate(proposal.meetings, start=1):
        if m.kept or (m.event_id is not None and not m.moved):
            continue
        ghosts.append(replace(_new_event(m), id=-n, title=f"Proposed: {m.title}"))
    return ghosts
