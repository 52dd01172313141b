"""Row versions: every write raises them; a write from a stale copy is refused.

The lost update these guard against: the window holds an event, the command
line (another process) reschedules it, and the window's save silently put the
old time back.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from models.entities import (
    Delegation,
    Event,
    Organisation,
    Participation,
    Person,
    Reply,
    Room,
    Venue,
)
from models.errors import NotFound, StaleRecord
from models.services import Desk
from models.store import Store
from models.versions import Written

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "data" / "programme-v1.db"
T0 = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)  # 10:00 in New Delhi


@pytest.fixture
def programme(desk: Desk) -> dict[str, object]:
    org = desk.save_organisation(Organisation(name="Lohum", country="IN"))
    aiko = desk.save_person(Person(family_name="Tanaka", given_name="Aiko", organisation_id=org.id))
    ravi = desk.save_person(Person(family_name="Mehta", given_name="Ravi", organisation_id=org.id))
    venue = desk.save_venue(
        Venue(name="Embassy of Japan", timezone="Asia/Kolkata", rooms=(Room(name="Hall"),))
    )
    delegation = desk.save_delegation(
        Delegation(name="Japan", home_timezone="Asia/Tokyo", head_id=aiko.id)
    )
    event = desk.save_event(
        Event(
            title="Battery roundtable",
            starts_at=T0,
            ends_at=T0 + timedelta(hours=1),
            timezone="Asia/Kolkata",
            venue_id=venue.id,
            participations=(
                Participation(person_id=aiko.id or 0),
                Participation(person_id=ravi.id or 0),
            ),
        )
    )
    return {"org": org, "aiko": aiko, "ravi": ravi, "venue": venue,
            "delegation": delegation, "event": event}  # fmt: skip


def _version(store: Store, table: str, key: int | None) -> int:
    return int(store._scalar(f"SELECT version FROM {table} WHERE id = ?", (key,)))


def test_new_records_start_at_version_1_and_every_save_raises_it(
    desk: Desk, programme: dict[str, object]
) -> None:
    org = programme["org"]
    assert isinstance(org, Organisation)
    assert org.version == 1 == _version(desk.store, "organisations", org.id)
    saved = desk.save_organisation(replace(org, sector="Recycling"))
    assert saved.version == 2 == _version(desk.store, "organisations", org.id)
    event = programme["event"]
    assert isinstance(event, Event) and event.id is not None
    assert event.version == 1
    moved = desk.reschedule(event.id, T0 + timedelta(hours=2), T0 + timedelta(hours=3))
    assert moved.version == 2 == desk.event(event.id).version
    venue = programme["venue"]
    assert isinstance(venue, Venue)
    renamed = desk.save_venue(replace(venue, rooms=(replace(venue.rooms[0], name="Main hall"),)))
    assert renamed.version == 2 and renamed.rooms[0].version == 2
    assert desk.store.venue(venue.id or 0) == renamed


def test_indirect_writes_raise_the_version_of_the_record_they_change(
    desk: Desk, programme: dict[str, object]
) -> None:
    event, aiko, ravi = programme["event"], programme["aiko"], programme["ravi"]
    delegation = programme["delegation"]
    assert isinstance(event, Event) and isinstance(aiko, Person) and isinstance(ravi, Person)
    assert isinstance(delegation, Delegation)
    # a reply recorded from an .ics file (the rsvp command's path)
    desk.store.set_replies(event.id or 0, [(ravi.id or 0, Reply.ACCEPTED.value, "")])
    assert desk.event(event.id or 0).version == 2
    # members added by an import
    desk.store.add_delegation_members(delegation.id or 0, [ravi.id or 0])
    assert desk.store.delegation(delegation.id or 0).version == 2
    # a deleted person takes themself out of events and delegations: those changed
    desk.delete_person(aiko.id or 0, force=True)
    assert desk.event(event.id or 0).version == 3
    assert desk.store.delegation(delegation.id or 0).version == 3


def test_a_save_from_a_copy_loaded_before_a_reschedule_elsewhere_is_refused(
    desk: Desk, db_path: Path, programme: dict[str, object]
) -> None:
    event = programme["event"]
    assert isinstance(event, Event) and event.id is not None
    held = desk.event(event.id)  # what the window loaded
    result = subprocess.run(
        [sys.executable, "main.py", "reschedule", "--db", str(db_path), "--event", str(event.id),
         "--start", "2026-12-01 15:00", "--end", "2026-12-01 16:00"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    with pytest.raises(StaleRecord) as caught:
        desk.save_event(replace(held, title="Battery roundtable (closed)"))
    stale = caught.value
    assert (stale.kind, stale.record_id, stale.expected, stale.current_version) == (
        "events",
        event.id,
        1,
        2,
    )
    fields = {c.field: c for c in stale.changes}
    assert fields["Start"].stored == "2026-12-01 15:00"  # shown in the venue's zone
    assert fields["Start"].yours == "2026-12-01 10:00"
    assert fields["Title"].yours == "Battery roundtable (closed)"
    assert "changed elsewhere" in stale.user_message and "Start" in stale.user_message
    # nothing was written: the reschedule made elsewhere stands
    now = desk.event(event.id)
    assert now.title == "Battery roundtable" and now.starts_at == T0 + timedelta(hours=5)
    # overwrite: save again expecting the version found stored
    with desk.store.expecting({("events", event.id): stale.current_version}):
        kept = desk.save_event(replace(held, title="Battery roundtable (closed)"))
    assert kept.version == 3 and kept.starts_at == T0
    assert kept.sequence == 2  # moved twice, as calendars must see it


def test_every_kind_of_record_refuses_a_stale_copy(
    desk: Desk, programme: dict[str, object]
) -> None:
    other = Desk(Store.open(desk.store.path), desk.clock)  # a second connection
    try:
        for key, save in (
            ("org", other.save_organisation),
            ("aiko", other.save_person),
            ("venue", other.save_venue),
            ("delegation", other.save_delegation),
        ):
            record = programme[key]
            fresh = getattr(other.store, _READ[key])(record.id)  # type: ignore[attr-defined]
            save(replace(fresh, **{_FIELD[key]: "changed elsewhere"}))
            with pytest.raises(StaleRecord):
                getattr(desk, _SAVE[key])(replace(record, **{_FIELD[key]: "mine"}))
    finally:
        other.close()


_READ = {"org": "organisation", "aiko": "person", "venue": "venue", "delegation": "delegation"}
_SAVE = {"org": "save_organisation", "aiko": "save_person", "venue": "save_venue",
         "delegation": "save_delegation"}  # fmt: skip
_FIELD = {"org": "profile", "aiko": "notes", "venue": "access_notes", "delegation": "notes"}


def test_a_deleted_record_is_named_not_found(desk: Desk, programme: dict[str, object]) -> None:
    event = programme["event"]
    assert isinstance(event, Event) and event.id is not None
    desk.delete_event(event.id)
    with pytest.raises(NotFound):
        desk.store.replace_event(event)


def test_restore_does_not_overwrite_an_event_changed_since_the_delete(
    desk: Desk, programme: dict[str, object]
) -> None:
    event, ravi = programme["event"], programme["ravi"]
    assert isinstance(event, Event) and isinstance(ravi, Person) and event.id is not None
    removal = desk.delete_person(ravi.id or 0, force=True)
    desk.reschedule(event.id, T0 + timedelta(hours=4), T0 + timedelta(hours=5))  # elsewhere
    with pytest.raises(StaleRecord):
        desk.restore(removal)
    assert desk.event(event.id).starts_at == T0 + timedelta(hours=4)  # nothing undone
    with pytest.raises(NotFound):
        desk.person(ravi.id or 0)  # all or nothing


def test_writes_are_recorded_and_told_to_listeners_inside_their_transaction(
    desk: Desk, programme: dict[str, object]
) -> None:
    event = programme["event"]
    assert isinstance(event, Event) and event.id is not None
    seen: list[tuple[Written, bool]] = []
    desk.store.write_listeners.append(lambda w: seen.append((w, desk.store.conn.in_transaction)))
    with desk.store.recording() as journal:
        desk.reschedule(event.id, T0 + timedelta(hours=1), T0 + timedelta(hours=2))
        desk.delete_event(event.id)
    assert journal == [Written("events", event.id, 2), Written("events", event.id, None)]
    assert [w for w, _ in seen] == journal
    assert all(inside for _, inside in seen)


def test_a_version_1_database_is_migrated_with_every_row_at_version_1(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copy(V1, copy)
    store = Store.open(copy)
    try:
        assert {p.version for p in store.people()} == {1}
        assert store.event(1).version == 1
        assert {r.version for v in store.venues() for r in v.rooms} == {1}
        assert {d.version for d in store.delegations()} == {1}
        assert {o.version for o in store.organisations()} == {1}
    finally:
        store.close()


def test_a_long_title_changed_at_its_end_is_shown_where_it_differs(
    desk: Desk, programme: dict[str, object]
) -> None:
    event = programme["event"]
    assert isinstance(event, Event) and event.id is not None
    long = "Lithium-titanate cells for buses and rail: Toshiba and Amara Raja"
    held = desk.save_event(replace(event, title=long))
    desk.reschedule(event.id, T0 + timedelta(hours=1), T0 + timedelta(hours=2))
    with pytest.raises(StaleRecord) as caught:
        desk.save_event(replace(held, title=long + " (final)"))
    (title,) = [c for c in caught.value.changes if c.field == "Title"]
    assert title.yours.endswith("Amara Raja (final)") and title.stored.endswith("Amara Raja")
    assert "(changed)" not in title.yours
