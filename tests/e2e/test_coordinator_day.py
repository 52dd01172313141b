"""One full scenario through the real main window, as a coordinator lives it.

The sample programme is opened from a file; a meeting is added in the event
editor and makes a clash that the status bar reports; Ctrl+Z takes it back;
the double-booked interpreter's second meeting is cancelled from the
programme; the invites and the briefing pack made afterwards say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from models.clock import FixedClock
from models.entities import EventStatus
from models.sample import load_sample
from models.services import Desk
from models.store import Store
from tests.conftest import TEST_NOW
from tests.ui.drawn import wait_drawn

TOSHIBA = "Lithium-titanate cells for buses and rail"


@pytest.fixture
def window(qtbot, tmp_path: Path):
    from ui.main_window import MainWindow
    from ui.session import Session

    path = tmp_path / "delhi.db"
    desk = Desk(Store.open(path), FixedClock(TEST_NOW))
    load_sample(desk)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Session(desk), settings)
    qtbot.addWidget(win)
    win.show()
    wait_drawn(qtbot, win)
    yield win
    win.close()


def _status(window) -> str:
    return window.clash_label.text()


def _event_titled(desk: Desk, start: str):
    return next(e for e in desk.events() if e.title.startswith(start))


def test_a_coordinators_day(qtbot, window, tmp_path: Path) -> None:
    from ui.event_editor import EventEditor

    desk = window.session.desk
    qtbot.waitUntil(lambda: _status(window) == "⚠ 1 clash", timeout=20000)

    # A last-minute meeting for the interpreter, typed into the editor.
    sato = desk.search_people("佐藤 美咲")[0]
    editor = EventEditor(window.session, None, window)
    qtbot.addWidget(editor)
    editor.show()
    details = editor.details
    qtbot.keyClicks(details.title, "Interpreting briefing")
    for edit, text in ((details.starts.edit, "2026-12-02 11:15"),
                       (details.ends.edit, "2026-12-02 11:45")):  # fmt: skip
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit, text)
    picker = editor.attendees.picker
    qtbot.keyClicks(picker.search, "misaki.sato")
    assert [p.id for p in picker.model.people] == [sato.id]
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert editor.ok_button.isEnabled(), editor.problems.text()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    added = editor.saved
    assert desk.event(added.id).attendee_ids == (sato.id,)
    qtbot.waitUntil(lambda: _status(window) == "⚠ 3 clashes", timeout=20000)

    # Ctrl+Z in the window takes the meeting back out of the database.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=20000)
    window.programme.setFocus()
    QTest.keyClick(window.programme, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all(e.id != added.id for e in desk.events())
    qtbot.waitUntil(lambda: _status(window) == "⚠ 1 clash", timeout=20000)

    # Cancel the second of her two overlapping meetings from the programme.
    toshiba = _event_titled(desk, TOSHIBA)
    window.programme.cancel_event(toshiba.id)
    cancelled = desk.event(toshiba.id)
    assert cancelled.status is EventStatus.CANCELLED
    assert cancelled.uid == toshiba.uid and cancelled.sequence == toshiba.sequence + 1
    qtbot.waitUntil(lambda: _status(window) == "No clashes", timeout=20000)

    # The invites staff send now cancel the meeting under the same UID.
    from exports.calendar import api

    result = api.event_invites(desk.programme(), toshiba.id, clock=desk.clock)
    for document in result.documents:
        calendar = Calendar.from_ical(document.data)
        assert str(calendar["METHOD"]) == "CANCEL"
        (vevent,) = calendar.walk("VEVENT")
        assert str(vevent["UID"]) == toshiba.uid
        assert int(vevent["SEQUENCE"]) == cancelled.sequence
        assert str(vevent["STATUS"]) == "CANCELLED"

    # The interpreter's printed itinerary, made the night before, no longer
    # lists the cancelled meeting as a place to be.
    from exports.briefing.build import build_itinerary

    pdf = build_itinerary(desk.programme(), sato.id, tmp_path / "sato.pdf", now=desk.clock.now())
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "佐藤" in text and "Page 1 of" in text
    assert "GS Yuasa" in text
