"""After the lead's `team upgrade`, another file's own records of the newly shared tables are
merged with the team's, not replaced: what the team lacks is sent up, what it holds the same
is taken as the team's, and the same record with other values is merged as usual (a real
PostgreSQL on 127.0.0.1)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from models.entities import EventKind
from models.protocol.entities import Gift, GiftDirection
from models.protocol.precedence import attending
from models.protocol.service import ProtocolDesk
from models.scheduler.requests import MeetingRequest, Priority
from models.store import Store
from models.sync import engine
from tests.pgserver import PgServer
from tests.sync.test_shared_protocol import ARRIVAL, by_uid, open_desk
from tests.sync.test_shared_scheduler import _as_format_2, request_notes
from tests.sync.test_team_cli import cli, programme_rows


def _count(path: Path, sql: str) -> int:
    store = Store.open(path)
    try:
        return int(store.conn.execute(sql).fetchone()[0])
    finally:
        store.close()


def test_the_first_sync_after_the_upgrade_merges_this_files_own_records(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, url = team
    a = open_desk(lead)
    reception = next(e for e in a.events() if e.kind is EventKind.RECEPTION)
    guest, second = attending(reception)[:2]
    guest_email, second_email = a.person(guest).email, a.person(second).email
    # the lead's own protocol records before the upgrade: a gift and an arrival at 09:15
    ProtocolDesk(a).save_gift(
        Gift(event_id=reception.id or 0, direction=GiftDirection.GIVEN, giver="The embassy",
             recipient="Lohum", description="A lacquer box", value=Decimal("1000"),
             currency="JPY")
    )  # fmt: skip
    a.close()
    a = open_desk(lead, ARRIVAL + timedelta(minutes=5))
    ProtocolDesk(a).check_in_person(reception.id or 0, guest)
    a.close()
    requests_before = _count(lead, "SELECT count(*) FROM meeting_requests")
    # the team as an earlier version made it: these tables were each file's own
    _as_format_2(url, lead, other)

    # meanwhile, on the other laptop (format 2: not shared yet)
    b = open_desk(other)
    b_reception = by_uid(b, reception.uid)
    b_guest = next(p for p in b.people() if p.email == guest_email)
    b_second = next(p for p in b.people() if p.email == second_email)
    core = ProtocolDesk(b)
    core.check_in_person(b_reception.id or 0, b_guest.id or 0)  # 09:10, before the lead's
    core.check_in_person(b_reception.id or 0, b_second.id or 0)  # only here
    core.save_gift(  # the same gift, valued otherwise
        Gift(event_id=b_reception.id or 0, direction=GiftDirection.GIVEN, giver="The embassy",
             recipient="Lohum", description="A lacquer box", value=Decimal("1500"),
             currency="JPY")
    )  # fmt: skip
    organisations = b.organisations()
    b.store.insert_meeting_requests(
        [MeetingRequest(requester_id=organisations[0].id or 0,
                        target_org_id=organisations[-1].id, priority=Priority.MUST,
                        notes="asked for on the other laptop")]
    )  # fmt: skip
    b.close()

    code, out, err = cli(capsys, "team", "upgrade", "--db", lead)
    assert code == 0, err
    code, out, err = cli(capsys, "sync", "--db", other)
    assert code == 3, err  # the gift's value waits for a decision
    assert "merged with the team's" in out and "new to the team, sent" in out
    assert "replaced" not in out

    # nothing doubled: the requests both files held are the team's, once
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    assert _count(lead, "SELECT count(*) FROM meeting_requests") == requests_before + 1
    assert _count(other, "SELECT count(*) FROM meeting_requests") == requests_before + 1
    assert "asked for on the other laptop" in request_notes(lead)
    assert _count(lead, "SELECT count(*) FROM gifts WHERE description = 'A lacquer box'") == 1
    assert _count(other, "SELECT count(*) FROM gifts WHERE description = 'A lacquer box'") == 1

    # the arrivals: the same person checked in on both arrived at the earlier time (no
    # conflict); the one checked in only on the other laptop reached the lead
    for path in (lead, other):
        desk = open_desk(path)
        event = by_uid(desk, reception.uid)
        arrived = {desk.person(c.person_id).email: c.arrived_at
                   for c in desk.store.checkins(event.id or 0)}  # fmt: skip
        desk.close()
        assert arrived == {guest_email: ARRIVAL, second_email: ARRIVAL}

    # the gift: the team's value stays until someone decides
    code, out, _ = cli(capsys, "conflicts", "--db", other, "--json")
    (conflict,) = json.loads(out)
    assert (conflict["tbl"], conflict["field"]) == ("gifts", "value")
    assert (conflict["mine"], conflict["theirs"]) == ("1500", "1000")
    assert programme_rows(lead) == programme_rows(other)
    assert cli(capsys, "resolve", "--db", other, "--conflict", str(conflict["id"]),
               "--keep", "mine")[0] == 0  # fmt: skip
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    a = Store.open(lead)
    (gift,) = [g for g in a.gifts() if g.description == "A lacquer box"]
    a.close()
    assert gift.value == Decimal("1500")
    assert programme_rows(lead) == programme_rows(other)


def test_a_read_only_role_takes_the_teams_records_in_place_of_its_own(
    team: tuple[Path, Path, str], pg: PgServer, tmp_path: Path
) -> None:
    """A printer may not send: its records the team lacks are replaced (after a snapshot)."""
    from models.store.backups import snapshots

    lead, _, url = team
    database = url.rsplit("/", 1)[1]
    user = f"printer_{database}"
    store = Store.open(lead)
    pg.add_password(user, engine.add_member(store.conn, user, "printer", None))
    store.close()
    printer = tmp_path / "printer.db"
    store = Store.open(printer)
    assert engine.join(store.conn, pg.url(user, database)).role == "printer"
    store.close()
    _as_format_2(url, lead, printer)
    store = Store.open(printer)
    requests = store.meeting_requests()
    store.update_meeting_request(replace(requests[0], notes="printer's own notes"))
    store.close()
    store = Store.open(lead)
    assert engine.upgrade(store.conn).after > 2
    store.close()
    store = Store.open(printer)
    try:
        report = engine.sync(store.conn)
    finally:
        store.close()
    assert report.merged is not None and report.merged.dropped == 1  # the edited request
    assert report.in_step and snapshots(printer)
    assert "printer's own notes" not in request_notes(printer)
    theirs, mine = programme_rows(lead), programme_rows(printer)  # it sees no secret
    for name in ("meeting_requests", "meeting_request_attendees"):
        assert mine[name] and set(mine[name]) <= set(theirs[name])
