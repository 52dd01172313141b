"""Two laptops, offline, each print the badges of the same event: after both sync, every
person keeps one badge of record (the first issued), the sheets print it on both laptops, and
the other badge is still welcomed at the desk with a word to collect it (a real PostgreSQL on
127.0.0.1)."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest

from models.entities import EventKind
from models.protocol.checkin import BadgeToken, Outcome, badges_of_record
from models.protocol.service import ProtocolDesk
from tests.sync.test_shared_protocol import ARRIVAL, by_uid, open_desk, sync
from tests.sync.test_team_cli import cli, programme_rows


def _tokens_by_email(path: Path, uid: str, when: timedelta) -> dict[str, str]:
    """Print (issue) the event's badges on this laptop at ARRIVAL + ``when``: e-mail → token."""
    desk = open_desk(path, ARRIVAL + when)
    try:
        event = by_uid(desk, uid)
        tokens = ProtocolDesk(desk).badge_tokens(event_id=event.id)
        return {desk.person(pid).email: token for pid, token in tokens.items()}
    finally:
        desk.close()


def _qr_codes(pdf: Path, folder: Path) -> list[str]:
    import zxingcpp
    from PIL import Image

    subprocess.run(["pdftoppm", "-png", "-r", "150", str(pdf), str(folder / "page")], check=True)
    found: list[str] = []
    for png in sorted(folder.glob("page*.png")):
        with Image.open(png) as image:
            found += [r.text for r in zxingcpp.read_barcodes(image)]
    return found


def test_badges_issued_on_two_offline_laptops_keep_the_first_issued_as_each_persons_badge(
    team: tuple[Path, Path, str], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    lead, other, _ = team
    desk = open_desk(lead)
    event = next(e for e in desk.events() if e.kind is EventKind.RECEPTION)
    desk.close()
    first = _tokens_by_email(lead, event.uid, timedelta(minutes=0))  # printed at 09:10 IST
    later = _tokens_by_email(other, event.uid, timedelta(minutes=7))  # at 09:17, offline
    assert first.keys() == later.keys() and len(first) >= 3
    assert not set(first.values()) & set(later.values())

    assert sync(lead).superseded_badges == []  # nothing to compare with yet
    report = sync(other)
    assert report.in_step
    assert sorted(b.token for b in report.superseded_badges) == sorted(later.values())
    code, out, err = cli(capsys, "sync", "--db", lead)
    assert code == 0, err
    assert f"{len(later)} badge(s) were issued twice, on two laptops" in out
    assert "Print these badges again:" in out
    assert f"— {event.title}" in out
    assert programme_rows(lead) == programme_rows(other)

    for path in (lead, other):
        # the badge list (what the next sheet prints) is the first-issued one, everywhere
        assert _tokens_by_email(path, event.uid, timedelta(hours=1)) == first
        desk = open_desk(path)
        assert sorted(b.token for b in desk.store.superseded_badges()) == sorted(later.values())
        desk.close()

    # The desk on the second laptop: the badge it printed itself still lets its holder in,
    # with a word to collect it; the first-issued badge of someone else is a plain welcome.
    guest, duplicate = next(iter(later.items()))
    desk = open_desk(other, ARRIVAL + timedelta(minutes=30))
    try:
        core = ProtocolDesk(desk)
        b_event = by_uid(desk, event.uid).id or 0
        answer = core.check_in(b_event, duplicate)
        assert answer.outcome is Outcome.ARRIVED and answer.superseded
        assert desk.person(answer.person_id or 0).email == guest
        assert "duplicate badge: collect it, reprint theirs" in answer.message()
        again = core.check_in(b_event, first[guest])  # the badge of record, the same person
        assert again.outcome is Outcome.ALREADY and not again.superseded
        assert "duplicate" not in again.message()
        someone, theirs = next((e, t) for e, t in first.items() if e != guest)
        plain = core.check_in(b_event, theirs)
        assert plain.outcome is Outcome.ARRIVED and not plain.superseded
        assert desk.person(plain.person_id or 0).email == someone
        (*_, second_duplicate) = later.values()
        later_answer = core.check_in(b_event, second_duplicate.lower())  # Caps Lock off
        assert later_answer.outcome.welcome and later_answer.superseded
    finally:
        desk.close()

    # The sheet printed on the second laptop now carries the first-issued tokens.
    code, out, err = cli(capsys, "badges", "--db", other, "--event", str(b_event),
                         "-o", tmp_path / "badges.pdf")  # fmt: skip
    assert code == 0, err
    assert f"{len(later)} other badge(s) of these people" in out
    assert sorted(_qr_codes(tmp_path / "badges.pdf", tmp_path)) == sorted(first.values())


def test_the_badge_of_record_is_the_first_issued_then_the_smaller_token() -> None:
    at = ARRIVAL
    tokens = [
        BadgeToken("ZZZ", 1, 5, None, at + timedelta(minutes=2)),
        BadgeToken("MMM", 1, 5, None, at),
        BadgeToken("AAA", 1, 5, None, at),  # issued in the same second: the smaller token
        BadgeToken("BBB", 1, None, 3, at + timedelta(minutes=9)),  # the delegation's own
        BadgeToken("CCC", 2, 5, None, at + timedelta(minutes=1)),
    ]
    record, superseded = badges_of_record(tokens)
    assert {h: t.token for h, t in record.items()} == {
        (1, 5, None): "AAA",
        (1, None, 3): "BBB",
        (2, 5, None): "CCC",
    }
    assert [t.token for t in superseded] == ["MMM", "ZZZ"]
