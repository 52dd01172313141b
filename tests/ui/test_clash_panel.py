"""The clash panel: clashes appear after a change, go on undo, and open their event."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models.clashes import Clash, ClashKind
from models.entities import Participation
from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.conftest_programme import at
from ui.clash_panel import ClashPanel


@pytest.fixture
def panel(qtbot, psession, prog):
    widget = ClashPanel(psession)
    qtbot.addWidget(widget)
    widget.resize(900, 300)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def double_book(psession, prog) -> None:
    """Put Haruka Sato into the bilateral that overlaps her closed-door meeting."""
    event = psession.desk.event(prog.events["bilateral"])
    joined = (*event.participations, Participation(person_id=prog.people["sato"]))
    psession.save_event(replace(event, participations=joined))


def test_a_double_booking_appears_and_undo_removes_it(qtbot, panel, psession, prog):
    assert panel.clash_count() == 0
    assert "No clashes" in panel.summary.text()
    with qtbot.waitSignal(panel.clash_count_changed) as counted:
        double_book(psession, prog)
    assert counted.args == [1]
    assert panel.tree.topLevelItemCount() == 1
    row = panel.tree.topLevelItem(0)
    assert row.text(0) == "Person double-booked"
    assert "Haruka Sato" in row.text(2)
    assert "14:30" in row.text(1)
    with qtbot.waitSignal(panel.clash_count_changed) as counted:
        psession.undo_stack.undo()
    assert counted.args == [0]
    assert panel.tree.topLevelItemCount() == 0


def test_double_click_opens_the_first_event(qtbot, panel, psession, prog):
    with qtbot.waitSignal(panel.clash_count_changed):
        double_book(psession, prog)
    rect = panel.tree.visualItemRect(panel.tree.topLevelItem(0))
    QTest.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.NoModifier, rect.center())  # fmt: skip
    with qtbot.waitSignal(panel.event_activated) as opened:
        QTest.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier, rect.center())  # fmt: skip
    assert opened.args[0] in (prog.events["closed"], prog.events["bilateral"])
    assert opened.args[0] == panel.clash_at(0).event_ids[0]


def test_shows_whatever_the_core_reports(qtbot, psession, prog, monkeypatch):
    fake = [
        Clash(ClashKind.ROOM, "Boardroom is booked twice.", (prog.events["closed"],),
              starts_at=at("2026-12-01 14:00"), ends_at=at("2026-12-01 15:00")),
        Clash(ClashKind.TRAVEL, "Too little time to reach the Lohum plant.",
              (prog.events["visit"],)),
    ]  # fmt: skip
    monkeypatch.setattr(psession.desk, "clashes", lambda: fake)
    panel = ClashPanel(psession)
    qtbot.addWidget(panel)
    assert panel.clash_count() == 2
    assert panel.tree.topLevelItem(0).text(1) == "Tue 1 Dec 2026, 14:00–15:00 IST"
    assert panel.tree.topLevelItem(1).text(0) == "Not enough travel time"
    assert "2 clashes" in panel.summary.text()


def test_a_big_programme_is_checked_off_the_gui_thread(qtbot, psession, prog, monkeypatch):
    import ui.clash_panel

    monkeypatch.setattr(ui.clash_panel, "MANY_EVENTS", 0)  # as if the programme were huge
    panel = ClashPanel(psession)
    qtbot.addWidget(panel)
    assert panel.clash_count() is None  # not known yet: the status bar waits
    assert panel.summary.text() == "Checking for clashes…"
    qtbot.waitUntil(lambda: panel.clash_count() == 0)
    with qtbot.waitSignal(panel.clash_count_changed) as counted:
        double_book(psession, prog)
    assert counted.args == [1]
    assert "Haruka Sato" in panel.tree.topLevelItem(0).text(2)
    qtbot.waitUntil(lambda: panel.running_checks() == 0)  # every finished check is let go


def test_the_clashes_themselves_are_handed_on(qtbot, panel, psession, prog):
    with qtbot.waitSignal(panel.clashes_changed) as handed:
        double_book(psession, prog)
    (clash,) = handed.args[0]
    assert set(clash.event_ids) == {prog.events["closed"], prog.events["bilateral"]}


def test_a_check_queued_when_the_database_closes_does_nothing(qtbot, panel, psession) -> None:
    """A change just before the window goes away queues a check that must not read a closed file."""
    from ui.shell import ClashCounter

    counter = ClashCounter(psession)
    counts: list[int] = []
    counter.count_changed.connect(counts.append)
    psession.changed.emit(())  # both queue a check for the next turn of the event loop
    panel._schedule()
    psession.desk.close()
    qtbot.wait(50)  # the queued checks run: they must neither raise nor report a count
    assert counts == []
    panel.refresh()
