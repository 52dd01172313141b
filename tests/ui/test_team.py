"""The window as part of a team: File ▸ Team, the indicator, background sync, conflicts."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from models.services import Desk
from models.store import Store
from models.sync import engine, local
from models.sync.merge import Conflict
from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.session import Session
from ui.team_conflicts import ConflictsDialog


@pytest.fixture
def window(qtbot, sample_desk, settings) -> MainWindow:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    win.show()
    wait_drawn(qtbot, win)
    yield win
    win.team.stop()
    for _ in range(3):  # the loop's last report, then the refreshes it asks for
        QApplication.processEvents()


def test_the_file_menu_offers_team_actions(window: MainWindow) -> None:
    menu = window.findChild(QMenu, "team-menu")
    assert menu is not None
    names = [a.objectName() for a in menu.actions()]
    assert names == [
        "team-create", "team-join", "team-sync", "team-conflicts", "team-upgrade", "team-leave"
    ]  # fmt: skip
    assert window.team.label.text() == ""  # a file used alone shows no team state


def test_changes_flow_both_ways_while_the_window_is_open(
    qtbot, window: MainWindow, team_db: str, tmp_path: Path
) -> None:
    window.team.interval = 1.0
    _create_team(qtbot, window, team_db)

    other = Desk(Store.open(tmp_path / "other.db"))
    engine.join(other.store.conn, team_db)
    person = window.session.desk.person(4)
    theirs = next(p for p in other.people() if p.email == person.email)
    other.save_person(replace(theirs, notes="Needs a wheelchair-accessible car"))
    engine.sync(other.store.conn)  # the server announces it; the window pulls at once

    window.show_page("people")
    page = window.tables["people"]

    def shown() -> bool:
        row = page.model.row_of(person.id)
        return row is not None and page.model.record_at(row).notes.startswith("Needs a wheel")

    qtbot.waitUntil(shown, timeout=30000)
    assert window.session.desk.person(4).notes == "Needs a wheelchair-accessible car"

    current = window.session.desk.person(4)
    window.session.save_record(replace(current, phone="+81 90 0000 1234"))

    def arrived() -> bool:
        engine.sync(other.store.conn)
        return any(p.phone == "+81 90 0000 1234" for p in other.people())

    qtbot.waitUntil(arrived, timeout=30000)
    other.close()


def test_an_unreachable_server_shows_offline_with_what_waits(
    qtbot, window: MainWindow, team_db: str
) -> None:
    window.team.interval = 1.0
    _create_team(qtbot, window, team_db)
    window.team.stop()
    conn = window.session.desk.store.conn
    with local.write(conn):
        conn.execute("UPDATE sync_local SET server = 'postgresql://x@127.0.0.1:1/gone'")
    window.session.save_record(replace(window.session.desk.person(2), notes="offline edit"))
    window.team.restart()
    qtbot.waitUntil(lambda: "offline" in window.team.label.text(), timeout=30000)
    assert "1 change waiting" in window.team.label.text()
    assert "cannot be reached" in window.team.label.toolTip()


def test_the_conflicts_dialog_keeps_mine(qtbot, sample_desk: Desk) -> None:
    conn = sample_desk.store.conn
    with local.write(conn):
        local.assign_identities(conn)
        local.enter_team(conn, "postgresql://me@127.0.0.1/team", "me", "", 1)
        gid = conn.execute(
            "SELECT gid FROM sync_ids WHERE tbl = 'people' AND local_id = 6"
        ).fetchone()[0]
        local.store_conflicts(
            conn,
            [Conflict("people", gid, "notes", "field", "Halal meals", "Vegetarian",
                      "me", "anika")],
            "2026-11-30T12:00:00Z",
        )  # fmt: skip
    session = Session(sample_desk)
    dialog = ConflictsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    assert "Halal meals — me" in dialog.table.item(0, 2).text()
    assert "Vegetarian — anika" in dialog.table.item(0, 3).text()
    qtbot.mouseClick(dialog.mine, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0 and dialog.empty.isVisibleTo(dialog)
    assert sample_desk.person(6).notes == "Halal meals"
    (change,) = local.pending_changes(conn)  # the decision goes out with the next sync
    assert change.new is not None and change.new["notes"] == "Halal meals"
    assert sqlite3.connect(sample_desk.store.path).execute(
        "SELECT count(*) FROM sync_conflicts"
    ).fetchone() == (0,)


def test_create_from_the_menu_runs_in_the_background(
    qtbot, window: MainWindow, team_db: str, monkeypatch
) -> None:
    """Creating a team sends the whole programme: the window stays responsive meanwhile."""
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (team_db, True))
    window.team.interval = 1.0
    menu = window.findChild(QMenu, "team-menu")
    action = next(a for a in menu.actions() if a.objectName() == "team-create")
    action.trigger()
    runner = window.runners[-1]
    assert runner.running  # the menu returned before the upload finished
    with qtbot.waitSignal(runner.done, timeout=60000):
        pass
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: in step", timeout=30000)
    assert window.team.in_team()


def test_every_synced_record_and_field_has_a_name_in_the_conflicts_dialog() -> None:
    from models.sync.tables import TABLES
    from ui.team_conflicts import FIELDS, RECORDS

    assert set(RECORDS) == {t.name for t in TABLES}
    assert {c for t in TABLES for c in t.columns} <= set(FIELDS)


@pytest.mark.usefixtures("japanese")
def test_the_conflicts_dialog_speaks_japanese(qtbot, sample_desk: Desk) -> None:
    from models.messages import Message
    from models.sync.remote import INVALID_MERGE

    problem = Message("{label} ends before it starts.", label=Message("The event"))
    conn = sample_desk.store.conn
    with local.write(conn):
        local.assign_identities(conn)
        local.enter_team(conn, "postgresql://me@127.0.0.1/team", "me", "", 1)
        ids = local.Identities(conn)
        event, person, org = ids.gid("events", 7), ids.gid("people", 6), ids.gid("organisations", 1)
        assert event and person and org
        local.store_conflicts(
            conn,
            [
                Conflict("events", event, "starts_at", "field", "2026-12-01T12:00:00Z",
                         "2026-12-01T11:30:00Z", "me", "anika",
                         label=INVALID_MERGE + problem, problems=(problem,)),
                Conflict("people", person, "", "edit-deleted", "keep", "delete", "me", "anika"),
                Conflict("organisations", org, "", "delete-edited", "delete", "keep", "me",
                         "anika", label="still used by 2 record(s) of the others"),
            ],
            "2026-11-30T12:00:00Z",
        )  # fmt: skip
    dialog = ConflictsDialog(Session(sample_desk))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "競合"
    headers = [dialog.table.horizontalHeaderItem(n).text() for n in range(4)]
    assert "Record" not in headers and "Mine" not in headers
    rows = {
        dialog.table.item(r, 0).text().split(" ")[0]: [
            dialog.table.item(r, c).text() for c in range(4)
        ]
        for r in range(dialog.table.rowCount())
    }
    assert set(rows) == {"行事", "人物", "団体"}
    title = sample_desk.event(7).title
    assert rows["行事"][0] == f"行事 {title}"
    assert rows["行事"][1].startswith("開始 (他の人の変更と合わせると記録が不正になります：")
    assert rows["行事"][1].endswith("：行事の終了が開始より前になっています。)")  # the rules' words
    assert "starts_at" not in rows["行事"][1]
    assert rows["団体"][1].endswith("(他の人の記録 2 件でまだ使われています)")
    for texts in rows.values():
        assert not any(word in " ".join(texts) for word in ("keep it", "delete it", "you "))


@pytest.mark.usefixtures("japanese")
def test_a_merge_the_rules_refuse_and_a_refused_keep_mine_speak_japanese(
    qtbot, monkeypatch, tmp_path: Path, team_db: str
) -> None:
    """Two valid edits of event 7 that cross when merged, through a real server: the
    dialog (opened on the file later) says the rules' problem and, when "keep mine"
    would leave the record invalid, the refusal in Japanese."""
    from datetime import UTC, datetime

    from PySide6.QtWidgets import QMessageBox

    from models.sample import load_sample

    def at(hour: int, minute: int = 0) -> datetime:
        return datetime(2026, 12, 1, hour, minute, tzinfo=UTC)

    lead = Desk(Store.open(tmp_path / "lead.db"))
    load_sample(lead)
    engine.create(lead.store.conn, team_db)
    other = Desk(Store.open(tmp_path / "other.db"))
    engine.join(other.store.conn, team_db)
    theirs = next(e for e in other.events() if e.uid == lead.event(7).uid)
    lead.reschedule(7, at(12, 0), at(12, 30))  # starts later: valid on its own
    other.reschedule(theirs.id, at(11, 30), at(11, 45))  # ends earlier: valid on its own
    assert engine.sync(other.store.conn).in_step
    assert not engine.sync(lead.store.conn).in_step
    other.close()
    lead.close()

    desk = Desk(Store.open(tmp_path / "lead.db"))  # the conflict as the file keeps it
    dialog = ConflictsDialog(Session(desk))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1
    what = dialog.table.item(0, 1).text()
    assert what == (
        "開始 (他の人の変更と合わせると記録が不正になります："
        "行事の終了（2026-12-01 17:15）が開始（2026-12-01 17:30）より前になっています。)"
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(
        text) or QMessageBox.StandardButton.Ok)  # fmt: skip
    qtbot.mouseClick(dialog.mine, Qt.MouseButton.LeftButton)
    (refusal,) = shown
    assert refusal.splitlines() == [
        "自分の「開始」の値は保存できません:",
        "  • 行事の終了（2026-12-01 17:15）が開始（2026-12-01 17:30）より前になっています。",
        "  • 相手の値を残すか、記録の他の項目と矛盾しない値を入力してください。",
    ]
    assert dialog.table.rowCount() == 1  # refused: the conflict still waits
    assert desk.event(7).starts_at == at(11, 30)
    desk.close()


# -- File ▸ Team from the menu, through the real dialogs, against the real server ---------


def _answer_next_dialog(qtbot, kind: type, answer) -> list[str]:
    """When a modal dialog of ``kind`` opens, let ``answer`` fill it in and close it; the
    returned list receives its title (the dialogs run their own event loop)."""
    from PySide6.QtCore import QTimer

    seen: list[str] = []
    tries = iter(range(3000))  # about a minute

    def visible(widget: object) -> bool:
        try:
            return isinstance(widget, kind) and widget.isVisible()
        except RuntimeError:  # a dialog of a moment ago, being deleted
            return False

    def look() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if visible(w)]
        if shown:
            if not seen:
                seen.append(shown[0].windowTitle())
            answer(shown[0])
            QTimer.singleShot(20, look)  # until it has closed (a file dialog may need longer)
        elif seen:
            return
        elif next(tries, None) is not None:
            QTimer.singleShot(20, look)
        elif (other := QApplication.activeModalWidget()) is not None:
            other.close()  # not the dialog expected: fail (seen stays empty), never hang

    QTimer.singleShot(0, look)
    return seen


def _text(value: str):
    def fill(dialog) -> None:
        dialog.setTextValue(value)
        dialog.accept()

    return fill


def _file(path: Path):
    def fill(dialog) -> None:
        from PySide6.QtWidgets import QLineEdit

        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(path))
        dialog.accept()

    return fill


def _create_team(qtbot, window: MainWindow, team_db: str) -> None:
    """Make the window's file the team's programme and wait until it is in step."""
    window.team.create_team(team_db)
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: in step", timeout=30000)


def _enabled(window: MainWindow) -> set[str]:
    """The Team menu's entries a person can choose once the menu opens."""
    menu = window.findChild(QMenu, "team-menu")
    menu.aboutToShow.emit()
    return {a.objectName() for a in menu.actions() if a.isEnabled()}


def _trigger(window: MainWindow, name: str) -> None:
    menu = window.findChild(QMenu, "team-menu")
    next(a for a in menu.actions() if a.objectName() == name).trigger()


def test_create_join_and_leave_from_the_menu(
    qtbot, window: MainWindow, team_db: str, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

    window.team.interval = 1.0
    lead_path = window.session.desk.store.path
    # alone, the file can create or join a team (and read that it has no conflicts)
    assert _enabled(window) == {"team-create", "team-join", "team-conflicts"}
    asked = _answer_next_dialog(qtbot, QInputDialog, _text(team_db))
    _trigger(window, "team-create")
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: in step", timeout=60000)
    assert asked == ["Create a team"]
    assert window.team.in_team()
    assert _enabled(window) == {
        "team-join", "team-sync", "team-conflicts", "team-upgrade", "team-leave"
    }  # fmt: skip
    events = len(window.session.desk.events())

    # Join into a new file: the window opens it, holding the team's programme.
    joined = tmp_path / "joined.db"
    asked = _answer_next_dialog(qtbot, QInputDialog, _text(team_db))
    chosen = _answer_next_dialog(qtbot, QFileDialog, _file(joined))
    # the file dialog opens once the address is given
    _trigger(window, "team-join")
    qtbot.waitUntil(lambda: window.session.desk.store.path == str(joined), timeout=60000)
    assert asked == ["Join a team"] and chosen == ["Keep the team's programme in"]
    assert window.session.desk.store.path != lead_path
    assert len(window.session.desk.events()) == events
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: in step", timeout=60000)
    team = local.settings(window.session.desk.store.conn)
    assert team is not None and team.role == "lead"

    # Leave: asked first; the file keeps its programme and no longer syncs.
    asked = _answer_next_dialog(
        qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    _trigger(window, "team-leave")
    qtbot.waitUntil(lambda: not window.team.in_team(), timeout=30000)
    assert asked == ["Leave the team"]
    assert window.team.label.text() == "" and window.team.loop is None
    assert window.statusBar().currentMessage() == "This file no longer belongs to a team."
    assert "team-leave" not in _enabled(window) and "team-create" in _enabled(window)
    assert len(window.session.desk.events()) == events
    conn = sqlite3.connect(joined)
    assert conn.execute("SELECT count(*) FROM sync_ids").fetchone() == (0,)
    conn.close()


def test_leaving_can_be_called_off(qtbot, window: MainWindow, team_db: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    window.team.interval = 1.0
    _create_team(qtbot, window, team_db)
    asked = _answer_next_dialog(
        qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click()
    )
    _trigger(window, "team-leave")
    assert asked == ["Leave the team"]
    assert window.team.in_team() and window.team.label.text() == "Team: in step"


def test_the_indicator_counts_waiting_changes_then_shows_in_step(
    qtbot, window: MainWindow, team_db: str
) -> None:
    window.team.interval = 60.0  # only the edit wakes the loop
    _create_team(qtbot, window, team_db)
    shown: list[str] = []
    window.team.state_changed.connect(shown.append)
    window.session.save_record(replace(window.session.desk.person(2), notes="Arrives at 9"))
    assert window.team.label.text() == "Team: 1 change waiting"  # before the loop reports
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: in step", timeout=30000)
    assert shown[0] == "Team: 1 change waiting" and shown[-1] == "Team: in step"
    assert local.outbox_size(window.session.desk.store.conn) == 0


def test_the_indicator_shows_conflicts_waiting_for_a_decision(
    qtbot, window: MainWindow, team_db: str, tmp_path: Path
) -> None:
    window.team.interval = 1.0
    _create_team(qtbot, window, team_db)
    other = Desk(Store.open(tmp_path / "other.db"))
    engine.join(other.store.conn, team_db)
    window.team.stop()  # offline for a moment: both edit the same field
    mine = window.session.desk.person(4)
    window.session.save_record(replace(mine, dietary="Vegetarian"))
    theirs = next(p for p in other.people() if p.email == mine.email)
    other.save_person(replace(theirs, dietary="No pork"))
    assert engine.sync(other.store.conn).in_step
    other.close()
    window.team.restart()
    qtbot.waitUntil(lambda: window.team.label.text() == "⚠ Team: 1 conflict", timeout=30000)
    assert "Conflicts" in window.team.label.toolTip()
    (waiting,) = engine.conflicts(window.session.desk.store.conn)
    assert (waiting.conflict.mine, waiting.conflict.theirs) == ("Vegetarian", "No pork")


def test_the_lead_upgrades_a_team_of_the_previous_format_from_the_menu(
    qtbot, window: MainWindow, team_db: str
) -> None:
    import psycopg
    from PySide6.QtWidgets import QMessageBox

    from models.sync.tables import SYNC_FORMAT
    from tests.sync.test_shared_scheduler import _as_format_2

    window.team.interval = 1.0
    _create_team(qtbot, window, team_db)
    window.team.stop()
    _as_format_2(team_db, Path(window.session.desk.store.path))
    window.team.restart()
    qtbot.waitUntil(lambda: window.team.label.text() == "⚠ Team: sync failed", timeout=30000)
    assert "team upgrade" in window.team.label.toolTip()
    asked = _answer_next_dialog(
        qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click()
    )
    _trigger(window, "team-upgrade")
    qtbot.waitUntil(lambda: window.team.label.text() == "Team: in step", timeout=60000)
    assert asked == ["Upgrade the team's programme"]
    with psycopg.connect(team_db) as pg:
        found = pg.execute("SELECT value FROM dd_meta WHERE key = 'format'").fetchone()
        requests = pg.execute(
            "SELECT count(*) FROM dd_state WHERE tbl = 'meeting_requests'"
        ).fetchone()
    assert found == (str(SYNC_FORMAT),) and requests == (82,)
