"""Badge tokens and the check-in desk: idempotent, undoable, honest about refusals."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from main import main
from models.clock import FixedClock
from models.protocol.checkin import Outcome
from models.protocol.service import ProtocolDesk
from models.sample import load_sample
from models.services import Desk

CONFERENCE, MEETING = 1, 2


@pytest.fixture
def core(desk: Desk) -> ProtocolDesk:
    load_sample(desk)
    return ProtocolDesk(desk)


def test_tokens_are_opaque_random_and_stable_per_person_and_event(core: ProtocolDesk) -> None:
    tokens = core.badge_tokens(event_id=CONFERENCE)
    programme = core.programme()
    assert set(tokens) == {
        p.person_id for p in programme.event(CONFERENCE).participations if p.reply != "declined"
    }
    assert len(set(tokens.values())) == len(tokens)
    for pid, token in tokens.items():
        person = programme.person(pid)
        assert re.fullmatch(r"[A-Z2-7]{24}", token)
        for secret in (person.email, person.family_name, person.given_name, str(pid)):
            assert secret.casefold() not in token.casefold() or len(secret) < 3
    assert core.badge_tokens(event_id=CONFERENCE) == tokens  # printed again: same badges
    assert core.badge_tokens(event_id=MEETING).keys().isdisjoint(tokens.values())


def test_checking_in_twice_records_one_arrival_with_the_first_time(
    core: ProtocolDesk, clock: FixedClock
) -> None:
    pid, token = next(iter(core.badge_tokens(event_id=CONFERENCE).items()))
    first = core.check_in(CONFERENCE, token)
    assert first.outcome is Outcome.ARRIVED and first.person_id == pid
    clock.advance(minutes=7)
    again = core.check_in(CONFERENCE, token)
    assert again.outcome is Outcome.ALREADY
    assert again.arrived_at == first.arrived_at
    assert "already arrived at 17:30" in again.message()  # 12:00 UTC is 17:30 in New Delhi
    assert [c.person_id for c in core.checkins(CONFERENCE)] == [pid]
    assert not core.undo_check_in(again)  # a repeat wrote nothing, so undoes nothing
    assert [c.person_id for c in core.checkins(CONFERENCE)] == [pid]


def test_undo_restores_the_list_and_redo_brings_the_arrival_back(core: ProtocolDesk) -> None:
    tokens = list(core.badge_tokens(event_id=CONFERENCE).values())
    core.check_in(CONFERENCE, tokens[0])
    before = core.checkins(CONFERENCE)
    counts_before = core.counts(CONFERENCE)
    result = core.check_in(CONFERENCE, tokens[1])
    assert len(core.checkins(CONFERENCE)) == 2
    assert core.undo_check_in(result)
    assert core.checkins(CONFERENCE) == before
    assert core.counts(CONFERENCE) == counts_before
    assert core.redo_check_in(result)
    assert len(core.checkins(CONFERENCE)) == 2


def test_refusals_say_why_and_write_nothing(core: ProtocolDesk) -> None:
    meeting_tokens = core.badge_tokens(event_id=MEETING)
    programme = core.programme()
    conference_people = set(programme.event(CONFERENCE).attendee_ids)
    pid = next(p for p in meeting_tokens if p not in conference_people)
    wrong = core.check_in(CONFERENCE, meeting_tokens[pid])
    assert wrong.outcome is Outcome.WRONG_EVENT
    assert programme.event(MEETING).title in wrong.message()
    unknown = core.check_in(CONFERENCE, "not-a-real-token")
    assert unknown.outcome is Outcome.UNKNOWN and "not on the list" in unknown.message()
    stranger = core.check_in_person(CONFERENCE, pid)
    assert stranger.outcome is Outcome.NOT_ON_LIST
    assert core.checkins(CONFERENCE) == []


def test_a_delegation_badge_is_good_at_any_event_its_wearer_attends(core: ProtocolDesk) -> None:
    programme = core.programme()
    japan = programme.delegations[0]
    tokens = core.badge_tokens(delegation_id=japan.id)
    conference = set(programme.event(CONFERENCE).attendee_ids)
    member = next(p for p in japan.member_ids if p in conference)
    absent = next(p for p in japan.member_ids if p not in conference)
    assert core.check_in(CONFERENCE, tokens[member]).outcome is Outcome.ARRIVED
    assert core.check_in(CONFERENCE, tokens[absent]).outcome is Outcome.NOT_ON_LIST


def test_live_search_finds_by_latin_or_japanese_name_and_counts_by_delegation(
    core: ProtocolDesk,
) -> None:
    found = core.expected(CONFERENCE, "小林")
    assert [p.family_name for p in found] == ["Kobayashi"]
    assert core.expected(CONFERENCE, "kobay")[0].name_japanese == "小林 浩"
    core.check_in_person(CONFERENCE, found[0].id)
    counts = {c.name: (c.expected, c.arrived) for c in core.counts(CONFERENCE)}
    assert counts["Japanese public–private delegation"][1] == 1
    assert sum(e for e, _ in counts.values()) == len(core.expected(CONFERENCE))


def test_command_line_exit_codes(core: ProtocolDesk, db_path: Path, capsys) -> None:
    token = next(iter(core.badge_tokens(event_id=CONFERENCE).values()))
    core.desk.close()
    args = ["checkin", "--db", str(db_path), "--event", str(CONFERENCE), "--token"]
    assert main([*args, token]) == 0
    assert "arrived at" in capsys.readouterr().out
    assert main([*args, token]) == 0
    assert "already arrived at" in capsys.readouterr().out
    assert main([*args, "nonsense"]) == 2
    assert "Unknown badge" in capsys.readouterr().out
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1


def test_tokens_are_base32_and_never_look_like_an_option() -> None:
    """A token starting with "-" was read by the command line as an option (exit 2)."""
    from models.protocol.checkin import new_token

    tokens = {new_token() for _ in range(2000)}
    assert len(tokens) == 2000
    assert all(re.fullmatch(r"[A-Z2-7]{24}", t) for t in tokens)


def test_a_scanner_typing_with_caps_lock_still_checks_in(core: ProtocolDesk) -> None:
    person, token = next(iter(core.badge_tokens(event_id=CONFERENCE).items()))
    result = core.check_in(CONFERENCE, f"  {token.lower()}\n")
    assert result.outcome is Outcome.ARRIVED
    assert result.person_id == person
