"""A record deleted on a member's laptop while the team's programme waited for the lead's
`team upgrade` stays deleted after it: the deletion reaches the team, unless someone changed
the record there, when the team keeps it and the member is asked (a real PostgreSQL on
127.0.0.1)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from models.entities import EventKind
from models.protocol.checkin import CheckInResult, Outcome
from models.protocol.entities import Gift, GiftDirection
from models.protocol.precedence import attending
from models.protocol.service import ProtocolDesk
from tests.sync.test_shared_protocol import ARRIVAL, by_uid, open_desk, sync
from tests.sync.test_shared_scheduler import _as_format_2
from tests.sync.test_team_cli import cli, programme_rows


def _gift(event_id: int, description: str, value: str) -> Gift:
    return Gift(event_id=event_id, direction=GiftDirection.GIVEN, giver="The embassy",
                recipient="Lohum", description=description, value=Decimal(value),
                currency="JPY")  # fmt: skip


def _state(path: Path, uid: str) -> tuple[dict[str, Decimal | None], list[str]]:
    """The reception's gifts (description → value) and the e-mails of who arrived."""
    desk = open_desk(path)
    try:
        event = by_uid(desk, uid)
        gifts = {g.description: g.value for g in desk.store.gifts() if g.event_id == event.id}
        arrived = sorted(desk.person(c.person_id).email for c in desk.store.checkins(event.id or 0))
        return gifts, arrived
    finally:
        desk.close()


def test_deletions_made_while_the_team_waited_for_its_upgrade_reach_the_team(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, url = team
    a = open_desk(lead)
    reception = next(e for e in a.events() if e.kind is EventKind.RECEPTION)
    guest, second = attending(reception)[:2]
    core = ProtocolDesk(a)
    for description in ("A lacquer box", "A silk scarf", "A tea set"):
        core.save_gift(_gift(reception.id or 0, description, "1000"))
    core.check_in_person(reception.id or 0, guest)
    core.check_in_person(reception.id or 0, second)
    a.close()
    assert sync(lead).in_step and sync(other).in_step
    gifts, emails = _state(lead, reception.uid)
    # the team as an earlier version made it: each file holds these records on its own
    _as_format_2(url, lead, other)

    # on the other laptop meanwhile: two gifts deleted, an arrival taken back
    b = open_desk(other)
    b_event = by_uid(b, reception.uid)
    b_core = ProtocolDesk(b)
    for gift in b.store.gifts():
        if gift.description in ("A lacquer box", "A silk scarf"):
            b_core.delete_gift(gift.id or 0)
    b_guest = next(p for p in b.people() if p.email == emails[0])
    checked = b.store.checkin_of(b_event.id or 0, b_guest.id or 0)
    assert checked is not None
    assert b_core.undo_check_in(
        CheckInResult(Outcome.ARRIVED, b_event.id or 0, b_guest.id, "", checked.arrived_at,
                      b_event.timezone)
    )  # fmt: skip
    b.close()
    # ... and on the lead's: the silk scarf valued again
    a = open_desk(lead, ARRIVAL + timedelta(hours=1))
    scarf = next(g for g in a.store.gifts() if g.description == "A silk scarf")
    ProtocolDesk(a).save_gift(replace(scarf, value=Decimal("2500")))
    a.close()

    code, out, err = cli(capsys, "team", "upgrade", "--db", lead)
    assert code == 0, err
    code, out, err = cli(capsys, "sync", "--db", other)
    assert code == 3, err  # the scarf: deleted here, changed there
    assert "3 deleted here, deleted from the team too" in out
    code, out, _ = cli(capsys, "conflicts", "--db", other, "--json")
    (conflict,) = json.loads(out)
    assert (conflict["tbl"], conflict["kind"]) == ("gifts", "delete-edited")
    assert cli(capsys, "sync", "--db", lead)[0] == 0

    # the box and the arrival are gone everywhere; the scarf stays, as the lead valued it
    kept = {k: v for k, v in gifts.items() if k != "A lacquer box"}
    expected = ({**kept, "A silk scarf": Decimal("2500")}, emails[1:])
    assert _state(lead, reception.uid) == expected
    assert _state(other, reception.uid) == expected
    assert programme_rows(lead) == programme_rows(other)
    for path in (lead, other):  # settled: nothing comes back at the next sync
        again = sync(path)
        assert again.pulled == 0
    assert _state(lead, reception.uid) == expected

    # keeping the deletion decides it for the team
    assert cli(capsys, "resolve", "--db", other, "--conflict", str(conflict["id"]),
               "--keep", "mine")[0] == 0  # fmt: skip
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    assert _state(lead, reception.uid)[0] == {k: v for k, v in kept.items() if k != "A silk scarf"}
    assert programme_rows(lead) == programme_rows(other)


def test_deletions_the_lead_made_before_the_upgrade_win_over_other_copies(
    capsys: pytest.CaptureFixture[str], team: tuple[Path, Path, str]
) -> None:
    lead, other, url = team
    a = open_desk(lead)
    reception = next(e for e in a.events() if e.kind is EventKind.RECEPTION)
    guest = attending(reception)[0]
    core = ProtocolDesk(a)
    for description in ("A lacquer box", "A silk scarf", "A tea set"):
        core.save_gift(_gift(reception.id or 0, description, "1000"))
    arrival = core.check_in_person(reception.id or 0, guest)
    a.close()
    assert sync(lead).in_step and sync(other).in_step
    gifts, emails = _state(lead, reception.uid)
    _as_format_2(url, lead, other)

    # the lead, before upgrading: the box and the scarf deleted, the arrival taken back
    a = open_desk(lead)
    core = ProtocolDesk(a)
    for gift in a.store.gifts():
        if gift.description in ("A lacquer box", "A silk scarf"):
            core.delete_gift(gift.id or 0)
    assert core.undo_check_in(arrival)
    a.close()
    # the other laptop meanwhile valued the scarf
    b = open_desk(other)
    scarf = next(g for g in b.store.gifts() if g.description == "A silk scarf")
    ProtocolDesk(b).save_gift(replace(scarf, value=Decimal("2500")))
    b.close()

    code, out, err = cli(capsys, "team", "upgrade", "--db", lead)
    assert code == 0, err
    code, out, err = cli(capsys, "sync", "--db", other)
    assert code == 3, err  # the scarf: changed here, deleted there
    assert "2 the team had deleted, deleted here too" in out  # the box, the arrival
    code, out, _ = cli(capsys, "conflicts", "--db", other, "--json")
    (conflict,) = json.loads(out)
    assert (conflict["tbl"], conflict["kind"]) == ("gifts", "edit-deleted")
    assert cli(capsys, "sync", "--db", lead)[0] == 0

    kept = {k: v for k, v in gifts.items() if k != "A lacquer box"}
    expected = ({**kept, "A silk scarf": Decimal("2500")}, [])
    assert _state(other, reception.uid) == expected
    assert _state(lead, reception.uid) == expected  # kept until someone decides
    assert programme_rows(lead) == programme_rows(other)
    for path in (lead, other):
        assert sync(path).pulled == 0
    # taking theirs (the deletion) decides it for the team
    assert cli(capsys, "resolve", "--db", other, "--conflict", str(conflict["id"]),
               "--keep", "theirs")[0] == 0  # fmt: skip
    assert cli(capsys, "sync", "--db", other)[0] == 0
    assert cli(capsys, "sync", "--db", lead)[0] == 0
    assert _state(lead, reception.uid)[0] == {k: v for k, v in kept.items() if k != "A silk scarf"}
    assert programme_rows(lead) == programme_rows(other)
    assert emails  # the arrival was there before
