"""The scheduler over a real database: import, dry run, apply, undo, locks, the CLI."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from models.clashes import find_clashes
from models.entities import EventStatus, Role
from models.sample import load_sample
from models.sample.people import people_specs
from models.scheduler.service import Scheduler
from models.services import Desk
from models.store import Store
from models.store.backups import snapshots

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "data" / "programme-v1.db"


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )


@pytest.fixture
def sample(desk: Desk) -> Desk:
    load_sample(desk)
    return desk


def snapshot(desk: Desk) -> tuple[Any, ...]:
    store = desk.store
    return (desk.programme(), store.meeting_requests(), store.locked_event_ids())


def test_an_old_database_gains_the_scheduler_tables_empty(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copyfile(V1, copy)
    store = Store.open(copy)
    try:
        assert store.meeting_requests() == []
        assert store.availability() == []
        assert store.organisation_bases() == {}
        assert store.locked_event_ids() == frozenset()
    finally:
        store.close()


def test_the_sample_has_about_eighty_requests_some_mutual_some_vetoed(sample: Desk) -> None:
    requests = sample.store.meeting_requests()
    assert 75 <= len(requests) <= 90
    pairs = {(r.requester_id, r.target_org_id) for r in requests}
    assert sum(1 for a, b in pairs if (b, a) in pairs) >= 20  # both directions
    assert sum(1 for r in requests if r.priority.value == "no") == 4


def test_apply_writes_clash_free_tentative_meetings_and_undo_restores_exactly(
    sample: Desk,
) -> None:
    before = snapshot(sample)
    clashes_before = find_clashes(before[0])
    scheduler = Scheduler(sample)
    proposal = scheduler.propose(time_limit=1, seed=2)
    assert len(proposal.new) >= 30
    applied, written = scheduler.apply(proposal)
    assert len(applied.created) == len(proposal.new)
    after = sample.programme()
    # nothing new for the app's own clash detection
    assert find_clashes(after) == clashes_before
    created = [after.event(i) for i in applied.created]
    new = [m for m in written.meetings if m.event_id in set(applied.created)]
    for event, proposed in zip(created, new, strict=True):
        assert event is not None
        assert event.status is EventStatus.TENTATIVE
        assert event.id == proposed.event_id
        assert (event.starts_at, event.ends_at, event.room_id) == (
            proposed.starts_at,
            proposed.ends_at,
            proposed.room_id,
        )
        emails = {after.person(p.person_id).email for p in event.participations}  # type: ignore[union-attr]
        assert emails == set(proposed.emails)
        if proposed.interpreter_id is not None:
            assert event.participation(proposed.interpreter_id).role is Role.INTERPRETER  # type: ignore[union-attr]
    linked = {r.id: r.event_id for r in sample.store.meeting_requests()}
    for m in new:
        assert all(linked[r] == m.event_id for r in m.request_ids)
    scheduler.undo(applied)
    assert snapshot(sample) == before


def test_a_second_run_keeps_applied_meetings_and_never_moves_locked_ones(sample: Desk) -> None:
    scheduler = Scheduler(sample)
    applied, _ = scheduler.apply(scheduler.propose(time_limit=0))
    locked = sample.store.event(applied.created[0])
    assert locked.id is not None
    scheduler.set_locked(locked.id, True)
    again = scheduler.propose(time_limit=0, allow_moves=True)
    kept = [m for m in again.meetings if m.event_id == locked.id]
    assert kept and kept[0].kept and not kept[0].moved
    assert (kept[0].starts_at, kept[0].room_id) == (locked.starts_at, locked.room_id)
    assert again.moved == ()  # the greedy keeps every earlier meeting where it is
    assert {m.event_id for m in again.meetings if m.event_id} == set(applied.created)
    assert again.new == ()


def test_import_requests_checks_every_row_then_writes_all(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert run("demo", "--db", db).returncode == 0
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "Requester,Target,Priority,Duration,Interpreter,Venue,Not before,Not after,Attendees\n"
        "Toyota Motor Corporation,Tata Motors Ltd,must,60,yes,,,,\n"
        "Nobody Inc,Tata Motors Ltd,must,60,,,,,\n"
        '"Honda Motor Co., Ltd.",Ola Electric Mobility Ltd,sometimes,sixty,,Moon Base,,,'
        "x@example.org\n"
        "Toyota Motor Corporation,Tata Motors Ltd,must,60,,,9999-12-01 10:00,,\n",
        encoding="utf-8",
    )
    refused = run("import-requests", "--db", db, bad)
    assert refused.returncode == 2
    for text in (
        "line 3: Requester “Nobody Inc”",
        "line 4: Priority “sometimes”",
        "line 4: Duration “sixty”",
        "line 4: Venue “Moon Base”",
        "line 4: Attendee “x@example.org”",
        "line 5: Not before '9999-12-01 10:00' is outside the years 1970–2200",
    ):
        assert text in refused.stderr, refused.stderr
    listed = json.loads(run("requests", "--db", db, "--json").stdout)
    assert len(listed) == 82  # the sample's own, nothing added
    emails = {p.key: p.email for p in people_specs()}
    good = tmp_path / "good.csv"
    good.write_text(
        "\ufeffRequester;Target;Priority;Duration;Interpreter;Venue;Not before;Not after;"
        "Attendees;Notes\n"
        "Toyota Motor Corporation;Tata Motors Ltd;should;45;Japanese–English;"
        "Taj Palace, New Delhi;2026-12-02 15:00;2026-12-02 18:00;"
        f"{emails['toyota.2']};Hydrogen buses\n"
        f"Honda Motor Co., Ltd.;{emails['mhi.0']};could;30;no;any;;;;\n",
        encoding="utf-8",
    )
    done = run("import-requests", "--db", db, good)
    assert done.returncode == 0, done.stderr
    assert "Imported 2 meeting requests." in done.stdout
    listed = json.loads(run("requests", "--db", db, "--json").stdout)
    assert len(listed) == 84
    assert listed[-2]["interpreter"] == "en-ja" and listed[-2]["duration"] == 45
    assert listed[-1]["target"] == "Arvind Mehta (Ministry of Heavy Industries)"


def test_schedule_json_dry_run_then_apply(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    assert run("demo", "--db", db).returncode == 0
    dry = run("schedule", "--db", db, "--time-limit", "4", "--json")
    # (on a busy machine a one-second limit can end the bound's model before it proves
    # a bound, and the run then reports none)
    assert dry.returncode == 0, dry.stderr
    shown = json.loads(dry.stdout)
    assert set(shown) == {"scheduled", "unscheduled", "moved", "value", "bound"}
    assert shown["scheduled"] and all(row["event"] is None for row in shown["scheduled"])
    row = shown["scheduled"][0]
    assert set(row) == {"request", "event", "starts_at", "ends_at", "venue", "room", "attendees"}
    assert row["starts_at"].endswith("+05:30") and "@example." in row["attendees"][0]
    assert all(u["reason"] for u in shown["unscheduled"])
    assert isinstance(shown["bound"], int) and shown["bound"] >= shown["value"]
    events = json.loads(run("events", "--db", db, "--json").stdout)
    assert len(events) == 23  # a dry run writes nothing
    applied = run("schedule", "--db", db, "--time-limit", "0", "--apply")
    assert applied.returncode == 0, applied.stderr
    assert "new meetings" in applied.stdout and "snapshot" in applied.stdout
    kept = snapshots(db)
    assert len(kept) == 1 and kept[0].reason == "apply schedule"
    assert str(kept[0].path) in applied.stdout
    events = json.loads(run("events", "--db", db, "--json").stdout)
    assert len(events) > 23
    clashes = run("clashes", "--db", db, "--json")
    assert len(json.loads(clashes.stdout)) == 1  # still only the sample's deliberate clash
    again = json.loads(run("schedule", "--db", db, "--time-limit", "0", "--json").stdout)
    assert all(row["event"] is not None for row in again["scheduled"])


def _neutral(programme: Any) -> list[Any]:
    from dataclasses import replace

    return sorted((replace(e, version=0) for e in programme.events), key=lambda e: e.id)


def test_a_meeting_moved_by_hand_is_repaired_around_with_few_moves_and_undone(
    sample: Desk,
) -> None:
    scheduler = Scheduler(sample)
    applied, _ = scheduler.apply(scheduler.propose(time_limit=0))
    programme = sample.programme()
    meetings = [programme.event(i) for i in applied.created]
    # two meetings sharing nobody on the same day: move the first onto the second's
    # time, where one of the second's people also is, and lock it there
    a, b = next(
        (x, y) for x in meetings for y in meetings
        if x is not None and y is not None and x.id != y.id
        and x.starts_at.date() == y.starts_at.date()
        and set(x.attendee_ids) & set(y.attendee_ids) == set()
        and x.venue_id == y.venue_id and x.room_id != y.room_id
    )  # fmt: skip
    assert a is not None and b is not None and a.id is not None
    b_person = next(p for p in b.attendee_ids if sample.store.person(p).organisation_id)
    sample.add_participants(a.id, [b_person])
    sample.reschedule(a.id, b.starts_at, b.starts_at + (a.ends_at - a.starts_at))
    scheduler.set_locked(a.id, True)
    assert find_clashes(sample.programme()) != find_clashes(programme)  # a clash now
    before = sample.programme()
    made = {i for c in find_clashes(before) if a.id in c.event_ids for i in c.event_ids} - {a.id}
    assert made
    repair = scheduler.propose(time_limit=1, seed=1)
    moved = [m.event_id for m in repair.moved]
    assert a.id not in moved and len(moved) <= 3
    links = {r.id: r.event_id for r in sample.store.meeting_requests()}
    dropped = {links[u.request_id] for u in repair.unscheduled if links.get(u.request_id)}
    # every meeting the drag clashed with moves, or is reported as no longer possible
    assert made <= set(moved) | dropped
    done, _ = scheduler.apply(repair, {m.key for m in repair.moved})
    left = {i for c in find_clashes(sample.programme()) if a.id in c.event_ids
            for i in c.event_ids} - {a.id}  # fmt: skip
    assert left <= dropped
    scheduler.undo(done)
    assert _neutral(sample.programme()) == _neutral(before)
