"""Duplicate badges in the window: the window's background sync says when it finds that
two laptops issued a badge for the same person and event, and Print badges says whose
other badge to collect (a real PostgreSQL on 127.0.0.1)."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog

from models.clock import FixedClock
from models.protocol.service import ProtocolDesk
from models.services import Desk
from models.store import Store
from models.sync import engine
from tests.conftest import TEST_NOW
from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow

CONFERENCE = 1


@pytest.fixture
def window(qtbot, told_window) -> MainWindow:
    told_window.show()
    wait_drawn(qtbot, told_window)
    yield told_window
    told_window.team.stop()
    for _ in range(3):  # the loop's last report, then the refreshes it asks for
        QApplication.processEvents()


def _badges_on_two_laptops(qtbot, window: MainWindow, team_db: str, tmp_path: Path) -> list[str]:
    """The window's file and another laptop each print the conference's badges while
    apart, the other an hour earlier; returns the full names of the people concerned."""
    window.team.interval = 1.0
    window.team.create_team(team_db)
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: in step", timeout=30000)
    other = Desk(Store.open(tmp_path / "other.db"), FixedClock(TEST_NOW - timedelta(hours=1)))
    engine.join(other.store.conn, team_db)
    window.team.stop()  # apart for a while
    desk = window.session.desk
    mine = ProtocolDesk(desk).badge_tokens(event_id=CONFERENCE)
    uid = desk.event(CONFERENCE).uid
    theirs_event = other.store.event_by_uid(uid)
    assert theirs_event is not None
    theirs = ProtocolDesk(other).badge_tokens(event_id=theirs_event.id)
    assert len(theirs) == len(mine) >= 4
    assert engine.sync(other.store.conn).in_step
    other.close()
    return [desk.person(pid).full_name for pid in mine]


def test_a_sync_that_finds_duplicate_badges_says_whose_and_what_to_do(
    qtbot, window: MainWindow, team_db: str, tmp_path: Path
) -> None:
    names = _badges_on_two_laptops(qtbot, window, team_db, tmp_path)
    window.team.restart()
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "issued twice" in bar.currentMessage(), timeout=30000)
    said = bar.currentMessage()
    assert said.startswith(
        f"{len(names)} badges were issued twice, on two laptops: print them again and "
        "collect the others at check-in (Protocol ▸ Print badges) — "
    )
    listed, more = said.rsplit(" — ", 1)[1].split(" and ")
    assert len(set(listed.split(", ")) & set(names)) == 3
    assert more == f"{len(names) - 3} more"
    # the badges sheet now holds the badges of record: the other laptop's
    core = ProtocolDesk(window.session.desk)
    superseded = {b.token for b in window.session.desk.store.superseded_badges()}
    assert len(superseded) == len(names)
    assert not superseded & set(core.badge_tokens(event_id=CONFERENCE).values())
    if shots := os.environ.get("TEAM_SHOTS"):
        window.resize(1280, 720)
        qtbot.wait(200)
        window.grab().save(str(Path(shots) / "duplicate-badges-status.png"))


def test_print_badges_names_the_people_whose_other_badge_to_collect(
    qtbot, window: MainWindow, team_db: str, tmp_path: Path, monkeypatch
) -> None:
    names = _badges_on_two_laptops(qtbot, window, team_db, tmp_path)
    window.team.restart()
    qtbot.waitUntil(lambda: "issued twice" in window.statusBar().currentMessage(), timeout=30000)
    window.team.stop()
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window, "chosen_event_id", lambda: CONFERENCE)
    window.actions_by_name["protocol-print-badges"].trigger()
    runner = window.runners[-1]
    with qtbot.waitSignal(runner.done, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(window.told), timeout=10000)
    (told,) = window.told
    assert told.startswith("Wrote the badges of")
    assert (
        f"{len(names)} badges of these people, issued after theirs on another laptop, are "
        "duplicates: hand each person the badge printed now and collect the other at "
        "check-in (it is still accepted there): "
    ) in told
    assert all(n in told for n in names)
    assert target.exists()


def test_print_badges_says_nothing_of_duplicates_when_there_are_none(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "badges.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window, "chosen_event_id", lambda: CONFERENCE)
    window.actions_by_name["protocol-print-badges"].trigger()
    with qtbot.waitSignal(window.runners[-1].done, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(window.told), timeout=10000)
    assert "duplicate" not in window.told[0]


def test_the_words_on_duplicate_badges_are_japanese_in_a_japanese_window(
    sample_desk: Desk, japanese: None
) -> None:
    from models.protocol.checkin import BadgeToken
    from ui.team_badges import print_note, sync_message

    core = ProtocolDesk(sample_desk)
    person_id, _first = next(iter(core.badge_tokens(event_id=CONFERENCE).items()))
    later = BadgeToken("DUPL1CATEDUPL1CATEDUPL1C", person_id, CONFERENCE)
    sample_desk.store.add_badge_tokens([later], TEST_NOW + timedelta(minutes=5))
    person = sample_desk.person(person_id)
    assert person.name_japanese
    (duplicate,) = sample_desk.store.superseded_badges()
    said = sync_message(sample_desk, [duplicate])
    assert said == (
        "1 件のバッジが 2 台のパソコンで二重に発行されました。バッジを再印刷し、もう一方は"
        f"受付で回収してください（儀典 ▸ バッジを印刷）— {person.name_japanese}"
    )
    note = print_note(sample_desk, CONFERENCE)
    assert note.startswith("この方々のバッジ 1 件は、別のパソコンで後から発行された")
    assert note.endswith(f"：{person.name_japanese}。")
    assert print_note(sample_desk, CONFERENCE + 1) == ""
