"""A view that shows nothing says why and what to do next: a filter with no match, an
empty programme, a day without events, no transport legs, no people, no requests."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from models.services import Desk
from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.session import Session


def make_window(qtbot, desk: Desk, settings) -> MainWindow:
    win = MainWindow(Session(desk), settings)
    qtbot.addWidget(win)
    win.show()
    wait_drawn(qtbot, win)
    return win


def note_over(view) -> str:
    """The note shown over ``view`` ('' when none is), checked to sit inside it."""
    note = view.empty_note if hasattr(view, "empty_note") else None
    assert note is not None
    if not note.isVisible():
        return ""
    assert note.geometry().intersects(note.view.viewport().geometry())
    assert note.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    return note.text()


def test_a_filter_with_no_match_says_so_and_how_to_see_everyone(qtbot, sample_desk, settings):
    window = make_window(qtbot, sample_desk, settings)
    window.show_page("people")
    page = window.tables["people"]
    assert note_over(page) == ""
    qtbot.keyClicks(page.filter, "zzqx")
    assert page.model.rowCount() == 0
    text = note_over(page)
    assert "zzqx" in text and "Esc" in text
    page.filter.clear()
    assert page.model.rowCount() > 0
    assert note_over(page) == ""


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("people", ("No people yet", "CSV")),
        ("events", ("No events yet", "Add")),
        ("organisations", ("No organisations yet",)),
        ("venues", ("No venues yet",)),
        ("delegations", ("No delegations yet",)),
    ],
)
def test_an_empty_table_says_how_to_fill_it(qtbot, desk, settings, kind, words) -> None:
    window = make_window(qtbot, desk, settings)
    window.show_page(kind)
    text = note_over(window.tables[kind])
    assert all(word in text for word in words), text


def test_an_empty_programme_says_how_to_add_the_first_event(qtbot, desk, settings) -> None:
    window = make_window(qtbot, desk, settings)
    text = note_over(window.programme)
    assert "no events yet" in text and "Double-click" in text


def test_a_day_without_events_points_to_the_days_that_have_them(qtbot, sample_desk, settings):
    window = make_window(qtbot, sample_desk, settings)
    programme = window.programme
    assert programme.events and note_over(programme) == ""
    programme.set_day(date(2026, 11, 20))
    assert not programme.events
    text = note_over(programme)
    assert "Whole programme" in text and "Ctrl+Shift+G" in text
    programme.set_programme_range(True)
    assert programme.events and note_over(programme) == ""


def test_no_transport_legs_says_how_to_add_one(qtbot, sample_desk) -> None:
    from ui.event_editor import EventEditor

    event = next(e for e in sample_desk.events() if not e.legs)
    editor = EventEditor(Session(sample_desk), event.id)
    qtbot.addWidget(editor)
    editor.show()
    logistics = editor.logistics
    editor.tabs.setCurrentWidget(logistics)
    assert "No transport legs yet" in note_over_legs(logistics)
    qtbot.mouseClick(logistics.add_leg, Qt.MouseButton.LeftButton)
    assert logistics.legs.rowCount() == 1
    assert note_over_legs(logistics) == ""
    editor.done(EventEditor.DialogCode.Rejected)


def note_over_legs(logistics) -> str:
    note = logistics.no_legs
    return note.text() if note.isVisible() else ""


def test_no_meeting_requests_says_where_they_come_from(qtbot, desk, settings) -> None:
    from ui.scheduling.requests_panel import RequestsPanel

    panel = RequestsPanel(Session(desk))
    qtbot.addWidget(panel)
    panel.show()
    note = panel.empty_note
    assert note.isVisible() and "Import requests from CSV" in note.text()
    qtbot.keyClicks(panel.filter, "zzqx")
    assert "zzqx" in note.text()
