"""Plan ▸ Schedule meetings…, the requests panel and locks, driven as a person would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(qtbot, sample_desk, settings) -> MainWindow:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    win.show()
    wait_drawn(qtbot, win)
    return win


def _open_dialog(qtbot, window):  # type: ignore[no-untyped-def]
    window.actions_by_name["schedule"].trigger()
    dialog = window.planning.dialog
    qtbot.waitExposed(dialog)
    return dialog


def test_schedule_shows_ghosts_and_a_list_then_accept_all_is_one_undo(qtbot, window) -> None:
    desk = window.session.desk
    before = desk.programme()
    clashes_before = desk.clashes()
    dialog = _open_dialog(qtbot, window)
    dialog.time_limit.setValue(1)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=60_000)
    proposal = dialog.proposal
    assert "new meetings" in dialog.status.text()
    ghosts = window.programme.ghosts
    assert len(ghosts) == len(proposal.new) > 20
    shown = {b.event_id for b in window.programme.canvas.blocks}
    assert any(i < 0 for i in shown)  # drawn on the timeline
    tops = [dialog.tree.topLevelItem(n).text(0) for n in range(dialog.tree.topLevelItemCount())]
    assert tops[0].startswith("Scheduled (") and tops[-1].startswith("Unscheduled (")
    unscheduled = dialog.tree.topLevelItem(dialog.tree.topLevelItemCount() - 1)
    reasons = [unscheduled.child(k).text(1) for k in range(unscheduled.childCount())]
    assert any("said no" in reason for reason in reasons)
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    after = desk.programme()
    assert len(after.events) == len(before.events) + len(proposal.new)
    assert desk.clashes() == clashes_before
    assert window.programme.ghosts == []
    window.session.undo_stack.undo()
    assert desk.programme() == before
    assert all(r.event_id is None for r in desk.store.meeting_requests())


def test_accept_ticked_writes_only_the_ticked_meetings(qtbot, window) -> None:
    desk = window.session.desk
    count = len(desk.programme().events)
    dialog = _open_dialog(qtbot, window)
    dialog.time_limit.setValue(0)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=30_000)
    scheduled = dialog.tree.topLevelItem(0)
    for k in range(2, scheduled.childCount()):
        scheduled.child(k).setCheckState(0, Qt.CheckState.Unchecked)
    qtbot.mouseClick(dialog.accept_some_button, Qt.MouseButton.LeftButton)
    assert len(desk.programme().events) == count + 2


def test_discard_clears_the_ghosts_and_writes_nothing(qtbot, window) -> None:
    desk = window.session.desk
    before = desk.programme()
    dialog = _open_dialog(qtbot, window)
    dialog.time_limit.setValue(0)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.proposal is not None, timeout=30_000)
    assert window.programme.ghosts
    qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert window.programme.ghosts == []
    assert desk.programme() == before


def test_the_requests_panel_filters_and_deletes_undoably(qtbot, window) -> None:
    window.actions_by_name["requests"].trigger()
    panel = window.planning.dock.widget()
    assert panel.requests.rowCount() == 82
    qtbot.keyClicks(panel.filter, "Tanaka Kikinzoku")
    assert 0 < panel.requests.rowCount() < 10
    assert "of 82 requests" in panel.count.text()
    panel.request_view.selectRow(0)
    chosen = panel.selected_request()
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    store = window.session.desk.store
    assert chosen.id not in {r.id for r in store.meeting_requests()}
    window.session.undo_stack.undo()
    assert len(store.meeting_requests()) == 82


def test_lock_from_the_event_menu_is_undoable(qtbot, window) -> None:
    view = window.programme
    event_id = window.session.desk.events()[0].id
    menu = view.context_menu(event_id)
    lock = next(a for a in menu.actions() if a.text().startswith("Locked"))
    assert not lock.isChecked()
    lock.trigger()
    store = window.session.desk.store
    assert event_id in store.locked_event_ids()
    window.session.undo_stack.undo()
    assert event_id not in store.locked_event_ids()
    menu.deleteLater()


def test_an_availability_window_is_added_and_taken_back(qtbot, window) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from models.scheduler.requests import Availability

    window.actions_by_name["requests"].trigger()
    panel = window.planning.dock.widget()
    desk = window.session.desk
    org = desk.organisations()[0]
    delhi = ZoneInfo("Asia/Kolkata")
    panel.save_window(
        Availability(
            organisation_id=org.id,
            busy=True,
            notes="board meeting",
            starts_at=datetime(2026, 12, 2, 9, 0, tzinfo=delhi),
            ends_at=datetime(2026, 12, 2, 13, 0, tzinfo=delhi),
        )
    )
    assert panel.availability.rowCount() == 1
    assert panel.availability.data(panel.availability.index(0, 0)) == org.name
    assert panel.availability.data(panel.availability.index(0, 3)) == "busy"
    window.session.undo_stack.undo()
    assert desk.store.availability() == []
    assert panel.availability.rowCount() == 0


def test_file_menu_imports_requests_all_or_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    assert "file-import-requests" in window.actions_by_name
    bad = tmp_path / "bad.csv"
    bad.write_text("Requester,Target,Priority\nNobody,Tata Motors Ltd,must\n", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert window.planning.import_requests_from(str(bad)) == 0
    assert shown and "line 2: Requester “Nobody”" in shown[0]
    assert len(window.session.desk.store.meeting_requests()) == 82
    good = tmp_path / "good.csv"
    good.write_text(
        "Requester,Target,Priority,Duration\nToyota Motor Corporation,Tata Motors Ltd,could,30\n",
        encoding="utf-8",
    )
    assert window.planning.import_requests_from(str(good)) == 1
    assert len(window.session.desk.store.meeting_requests()) == 83
    window.session.undo_stack.undo()
    assert len(window.session.desk.store.meeting_requests()) == 82
