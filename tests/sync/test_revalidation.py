"""Two valid edits merged field by field into an invalid record: a conflict, never applied.

Against a real PostgreSQL server on 127.0.0.1 (the ``team_db`` fixture).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.errors import ValidationError
from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import engine


@pytest.fixture
def laptops(team_db: str, tmp_path: Path) -> Iterator[tuple[Desk, Desk]]:
    """The sample as a team's programme on the lead's laptop, and a second laptop joined."""
    lead = Desk(Store.open(tmp_path / "lead.db"))
    load_sample(lead)
    engine.create(lead.store.conn, team_db)
    other = Desk(Store.open(tmp_path / "other.db"))
    engine.join(other.store.conn, team_db)
    yield lead, other
    lead.close()
    other.close()


def _same(desk: Desk, uid: str) -> int:
    found = next(e for e in desk.events() if e.uid == uid)
    assert found.id is not None
    return found.id


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 1, hour, minute, tzinfo=UTC)


def test_a_start_and_an_end_that_cross_are_a_conflict_not_a_merge(
    laptops: tuple[Desk, Desk],
) -> None:
    lead, other = laptops
    event = lead.event(7)  # 11:30–12:30 UTC
    assert (event.starts_at, event.ends_at) == (at(11, 30), at(12, 30))
    theirs = _same(other, event.uid)
    lead.reschedule(7, at(12, 0), at(12, 30))  # starts later: valid on its own
    other.reschedule(theirs, at(11, 30), at(11, 45))  # ends earlier: valid on its own
    assert engine.sync(other.store.conn).in_step
    report = engine.sync(lead.store.conn)

    assert not report.in_step
    (conflict,) = [c.conflict for c in report.conflicts]
    assert conflict.field == "starts_at" and conflict.kind == "field"
    assert conflict.mine.startswith("2026-12-01T12:00") and conflict.theirs.startswith(
        "2026-12-01T11:30"
    )
    assert "would be invalid" in conflict.label and "before it starts" in conflict.label
    # Nothing invalid anywhere: both laptops hold the other laptop's (valid) event.
    assert engine.sync(other.store.conn).in_step
    for desk, eid in ((lead, 7), (other, theirs)):
        held = desk.event(eid)
        assert (held.starts_at, held.ends_at) == (at(11, 30), at(11, 45))

    stored = report.conflicts[0]
    with pytest.raises(ValidationError, match="before it starts"):
        engine.resolve(lead.store.conn, stored.id, "mine")
    assert lead.event(7).starts_at == at(11, 30)  # the refused decision changed nothing
    assert [c.id for c in engine.conflicts(lead.store.conn)] == [stored.id]
    engine.resolve(lead.store.conn, stored.id, None, "2026-12-01T11:35:00Z")
    assert engine.sync(lead.store.conn).in_step
    assert engine.sync(other.store.conn).in_step
    held = other.event(theirs)
    assert (held.starts_at, held.ends_at) == (at(11, 35), at(11, 45))


@pytest.mark.parametrize("beside", [False, True], ids=["alone", "beside-another-event-there"])
def test_a_venue_moved_while_a_room_was_chosen_elsewhere_asks(
    laptops: tuple[Desk, Desk], beside: bool
) -> None:
    lead, other = laptops
    event = lead.event(5)  # Embassy of Japan, Conference Room A
    assert (event.venue_id, event.room_id) == (1, 2)
    taj = next(v for v in lead.venues() if v.name.startswith("Taj Palace"))
    durbar = next(r for r in taj.rooms if r.name == "Durbar Room")
    theirs = other.event(_same(other, event.uid))
    embassy = next(v for v in other.venues() if v.name.startswith("Embassy of Japan"))
    room_b = next(r for r in embassy.rooms if r.name == "Conference Room B")
    other.save_event(replace(theirs, room_id=room_b.id))  # another room at the embassy
    lead.save_event(replace(event, venue_id=taj.id, room_id=durbar.id))  # to the Taj Palace
    if beside:  # the same push changes another event at the embassy: the check of the
        # move still reads the embassy whole (the push first reads it only by version)
        there = next(e for e in lead.events() if e.venue_id == 1 and e.id != event.id)
        lead.save_event(replace(there, title=there.title + " (revised)"))
    assert engine.sync(other.store.conn).in_step
    report = engine.sync(lead.store.conn)

    fields = {c.conflict.field: c.conflict for c in report.conflicts}
    assert set(fields) == {"venue_id", "room_id"}
    assert "is not at Taj Palace" in fields["venue_id"].label
    assert fields["room_id"].label == ""  # the same field changed on both sides
    engine.sync(other.store.conn)
    for desk in (lead, other):
        held = next(e for e in desk.events() if e.uid == event.uid)
        venue = next(v for v in desk.venues() if v.id == held.venue_id)
        assert venue.name.startswith("Embassy of Japan")
        assert venue.room(held.room_id) is not None  # the room is where the event is


def test_a_merge_that_stays_valid_is_applied_without_asking(
    laptops: tuple[Desk, Desk],
) -> None:
    lead, other = laptops
    event = lead.event(7)
    theirs = _same(other, event.uid)
    lead.reschedule(7, at(11, 0), at(12, 30))  # starts earlier
    other.reschedule(theirs, at(11, 30), at(13, 0))  # ends later
    assert engine.sync(other.store.conn).in_step
    assert engine.sync(lead.store.conn).in_step
    assert engine.sync(other.store.conn).in_step
    for desk, eid in ((lead, 7), (other, theirs)):
        held = desk.event(eid)
        assert (held.starts_at, held.ends_at) == (at(11, 0), at(13, 0))
