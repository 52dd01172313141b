"""Clashes before saving: what a draft event would clash with, by the core's own rules.

The event editor asks, while the coordinator picks people and a room, "who of
these is busy then, and with what?" — and the timeline asks, after a drop,
"which clashes did this move make?".  Both answers come from
:func:`models.clashes.find_clashes` run on a small programme: the events
near the draft's time (:func:`nearby`) plus the draft itself as a probe.
There is no second copy of the rules here: a person is busy exactly when
adding them would make a clash the clash panel would list.

* :func:`people_busy` — the draft with every candidate attending: each
  person's double bookings and journeys too short (declined and cancelled
  events never count, as in the clash panel);
* :func:`rooms_busy` — one probe per room of the draft's venue: each room's
  double bookings;
* :func:`clashes_made` — the clashes of one event that were not there before.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Protocol

from models.clashes import Clash, ClashKind, find_clashes
from models.entities import Event, Participation, Person, Programme, TravelTime, Venue

#: Events this far before or after the draft can still clash with it (a journey
#: across Delhi NCR takes hours, never half a day).
MARGIN = timedelta(hours=12)

#: The id the probe of a new (unsaved) event is given; stored ids are positive.
DRAFT_ID = -1

_PERSON_KINDS = (ClashKind.PERSON, ClashKind.TRAVEL)


@dataclass(frozen=True, slots=True)
class Busy:
    """Why someone (or a room) cannot simply be added: the other event and the clash."""

    kind: ClashKind
    other: Event  # the event the draft would clash with
    clash: Clash  # as the clash panel would list it


class _Reader(Protocol):
    """What :func:`nearby` reads (a :class:`~models.store.Store`)."""

    def events_between(self, start: datetime, end: datetime) -> list[Event]: ...
    def people_by_ids(self, ids: Iterable[int]) -> list[Person]: ...
    def venues(self) -> list[Venue]: ...
    def travel_times(self) -> list[TravelTime]: ...


def nearby(store: _Reader, starts_at: datetime, ends_at: datetime) -> Programme:
    """The part of the programme that can clash with an event between these times."""
    events = store.events_between(starts_at - MARGIN, ends_at + MARGIN)
    people = {p.person_id for e in events for p in e.participations}
    return Programme(
        people=tuple(store.people_by_ids(sorted(people))),
        venues=tuple(store.venues()),
        events=tuple(events),
        travel_times=tuple(store.travel_times()),
    )


def people_busy(
    programme: Programme, draft: Event, people: Sequence[Person]
) -> dict[int, tuple[Busy, ...]]:
    """For each of ``people``, what attending ``draft`` would clash with (only the busy)."""
    wanted = {p.id for p in people if p.id is not None}
    if not wanted or draft.is_cancelled:
        return {}
    probe = replace(
        draft,
        id=_probe_id(draft),
        participations=tuple(Participation(person_id=pid) for pid in sorted(wanted)),
    )
    known = {p.id for p in programme.people}
    world = replace(
        programme,
        people=programme.people + tuple(p for p in people if p.id not in known),
        events=(*_others(programme, draft), probe),
        _index={},
    )
    found: dict[int, list[Busy]] = {}
    for clash in find_clashes(world):
        if clash.kind not in _PERSON_KINDS or probe.id not in clash.event_ids:
            continue
        other = _other(world, clash, probe.id)
        if other is None:
            continue
        for person_id in clash.person_ids:
            if person_id in wanted:
                found.setdefault(person_id, []).append(Busy(clash.kind, other, clash))
    return {pid: tuple(busy) for pid, busy in found.items()}


def rooms_busy(
    programme: Programme, draft: Event, room_ids: Iterable[int]
) -> dict[int, tuple[Busy, ...]]:
    """For each room of the draft's venue, what booking it then would double-book."""
    venue = programme.venue(draft.venue_id)
    if venue is None or draft.is_cancelled:
        return {}
    rooms = [r for r in room_ids if venue.room(r) is not None]
    probes = tuple(
        replace(draft, id=DRAFT_ID - n, room_id=room, participations=(), agenda=(), legs=())
        for n, room in enumerate(rooms)
    )
    world = replace(programme, events=_others(programme, draft) + probes, _index={})
    probe_ids = {p.id: p.room_id for p in probes}
    found: dict[int, list[Busy]] = {}
    for clash in find_clashes(world):
        if clash.kind is not ClashKind.ROOM:
            continue
        mine = [i for i in clash.event_ids if i in probe_ids]
        if len(mine) != 1:
            continue
        other = _other(world, clash, mine[0])
        room = probe_ids[mine[0]]
        if other is not None and room is not None:
            found.setdefault(room, []).append(Busy(clash.kind, other, clash))
    return {room: tuple(busy) for room, busy in found.items()}


def clashes_of(programme: Programme, event_id: int) -> list[Clash]:
    """The clashes ``event_id`` takes part in."""
    return [c for c in find_clashes(programme) if event_id in c.event_ids]


def clashes_made(before: Sequence[Clash], after: Sequence[Clash]) -> list[Clash]:
    """The clashes in ``after`` that ``before`` did not have (same kind, events, people, room)."""
    seen = {_identity(c) for c in before}
    return [c for c in after if _identity(c) not in seen]


def _identity(clash: Clash) -> tuple[object, ...]:
    return (clash.kind, frozenset(clash.event_ids), frozenset(clash.person_ids), clash.room_id)


def _probe_id(draft: Event) -> int:
    return draft.id if draft.id is not None else DRAFT_ID


def _others(programme: Programme, draft: Event) -> tuple[Event, ...]:
    return tuple(e for e in programme.events if draft.id is None or e.id != draft.id)


def _other(world: Programme, clash: Clash, mine: int | None) -> Event | None:
    others = [i for i in clash.event_ids if i != mine]
    return world.event(others[0]) if others else None
