"""A save blocked by another program's lock never freezes the window, and loses nothing.

The other program is real: a second process holding ``BEGIN IMMEDIATE`` on the
same file until the test tells it to commit.  The test tells it from a timer
of the window's event loop, so the save can only finish if that loop keeps
running while the save waits.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from models.services import Desk
from ui.session import Session

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("COMMIT")
print("released", flush=True)
sys.stdin.readline()
"""


class Holder:
    """Another program holding the database's write lock."""

    def __init__(self, path: str) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", HOLDER, path],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        )  # fmt: skip
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "locked"
        self.released = False

    def release(self) -> None:
        if self.released:
            return
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write("\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "released"
        self.released = True

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture(autouse=True)
def collected() -> Iterator[None]:
    """Each test's sessions (undo stacks whose commands point back at them) are
    collected while the application is still whole, not by the last collection
    at exit, when PySide may free their Qt objects in any order."""
    yield
    gc.collect()


@pytest.fixture
def holder(session: Session) -> Iterator[Holder]:
    holding = Holder(session.desk.store.path)
    yield holding
    holding.stop()


@pytest.fixture
def event_id(session: Session) -> int:
    (event,) = session.desk.events()
    assert event.id is not None
    return event.id


class Ticker:
    """Counts the ticks of a timer of the window's event loop."""

    def __init__(self) -> None:
        self.ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def tick(self) -> None:
        self.ticks += 1


def _editor_with_title(qtbot, session: Session, event_id: int, title: str):
    from ui.event_editor import EventEditor

    editor = EventEditor(session, event_id)
    qtbot.addWidget(editor)
    editor.details.title.selectAll()
    qtbot.keyClicks(editor.details.title, title)
    return editor


def test_a_save_waits_for_the_lock_with_the_window_alive_and_then_saves(
    qtbot, session: Session, event_id: int, holder: Holder
) -> None:
    editor = _editor_with_title(qtbot, session, event_id, "Battery conference (room 2)")
    ticker = Ticker()
    QTimer.singleShot(300, holder.release)  # only runs if the event loop does

    editor.accept()  # OK: the save meets the other program's lock

    assert holder.released  # the window's timer ran during the save ...
    assert ticker.ticks > 0
    assert session.lock_wait.pauses > 0  # ... because the save waited with the loop running
    assert editor.result() == editor.DialogCode.Accepted
    assert session.desk.event(event_id).title == "Battery conference (room 2)"
    assert session.undo_stack.count() == 1
    assert session.lock_wait.dialog is None  # nothing left on screen
    ticker.timer.stop()


def _stop_waiting_when_asked(qtbot) -> list[str]:
    """Press Stop waiting as soon as the window offers it; returns what was shown."""
    pressed: list[str] = []

    def press() -> None:
        from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QProgressDialog) and widget.isVisible():
                pressed.append(widget.labelText())
                (button,) = widget.findChildren(QPushButton)
                assert button.text().replace("&", "") == "Stop waiting"
                button.click()
                return
        QTimer.singleShot(20, press)

    QTimer.singleShot(20, press)
    return pressed


def test_stop_waiting_keeps_the_editor_open_with_the_draft_and_says_why(
    qtbot, session: Session, event_id: int, holder: Holder, monkeypatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    editor = _editor_with_title(qtbot, session, event_id, "Battery conference (room 2)")
    editor.show()
    pressed = _stop_waiting_when_asked(qtbot)

    editor.accept()

    assert "Another program is writing to the database" in pressed[0]
    assert "Your change is kept" in pressed[0]
    assert len(shown) == 1 and "in use by another program" in shown[0]
    assert editor.isVisible() and editor.result() != editor.DialogCode.Accepted
    assert editor.details.title.text() == "Battery conference (room 2)"  # the draft is kept
    assert session.desk.event(event_id).title == "Battery conference"  # nothing half-written
    assert session.undo_stack.count() == 0

    holder.release()
    editor.accept()  # and once the other program is done, OK saves it
    assert session.desk.event(event_id).title == "Battery conference (room 2)"


def test_an_undo_given_up_while_locked_stays_undoable(
    qtbot, session: Session, event_id: int, people_desk: Desk, monkeypatch
) -> None:
    from dataclasses import replace

    told: list[str] = []
    session.notify = lambda error: told.append(error.user_message)
    event = session.desk.event(event_id)
    session.save_event(replace(event, title="Battery conference (moved)"))
    holding = Holder(session.desk.store.path)
    try:
        _stop_waiting_when_asked(qtbot)
        session.undo_stack.undo()
        qtbot.waitUntil(lambda: session.undo_stack.index() == 1)  # the step is back in place
        assert told and "in use by another program" in told[0]
        assert session.desk.event(event_id).title == "Battery conference (moved)"
        assert session.undo_stack.canUndo()
        holding.release()
    finally:
        holding.stop()
    session.undo_stack.undo()  # now it goes through
    assert session.desk.event(event_id).title == "Battery conference"
    session.undo_stack.redo()
    assert session.desk.event(event_id).title == "Battery conference (moved)"
