"""Clashes before saving: free/busy in the editor, and a move that makes a clash says so.

The sample (tests/ui/conftest.py): the Battery conference, 1 Dec 10:00–12:00
New Delhi time at the Embassy of Japan, attended by Aiko Tanaka.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models.entities import Event, Participation
from ui.session import Session


@pytest.fixture(autouse=True)
def collected() -> Iterator[None]:
    yield
    gc.collect()  # sessions and their undo stacks, while the application is whole


def at(hour: int, minute: int = 0) -> datetime:
    """1 Dec 2026, ``hour`` in New Delhi."""
    return datetime(2026, 12, 1, hour, minute, tzinfo=UTC) - timedelta(hours=5, minutes=30)


def person_id(session: Session, family: str) -> int:
    return next(p.id for p in session.desk.people() if p.family_name == family) or 0


@pytest.fixture
def conference(session: Session) -> Event:
    (event,) = session.desk.events()
    venue = session.desk.venues()[0]
    return session.desk.save_event(replace(event, room_id=venue.rooms[0].id))  # in the Hall


def new_editor(qtbot, session: Session, start: datetime):
    from ui.event_editor import EventEditor

    editor = EventEditor(session, None, starts_at=start)
    qtbot.addWidget(editor)
    return editor


def picker_lines(editor) -> dict[str, str]:
    model = editor.attendees.picker.model
    return {
        p.family_name: model.data(model.index(row), Qt.ItemDataRole.DisplayRole)
        for row, p in enumerate(model.people)
    }


def test_the_picker_marks_who_is_busy_then_and_with_what(
    qtbot, session: Session, conference: Event
) -> None:
    editor = new_editor(qtbot, session, at(11))
    qtbot.keyClicks(editor.attendees.picker.search, "Ta")  # Tanaka, Tanabe, Yamada Taro

    lines = picker_lines(editor)
    busy = "busy 10:00–12:00 Battery conference"
    assert lines["Tanaka"] == f"⚠ Aiko Tanaka · 田中 愛子 — METI — {busy}"
    assert "busy" not in lines["Yamada"] and "busy" not in lines["Tanabe"]
    model = editor.attendees.picker.model
    row = [p.family_name for p in model.people].index("Tanaka")
    tip = model.data(model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert "Aiko Tanaka is booked in “Battery conference”" in tip

    # moved to the afternoon, she is free
    editor.details.starts.edit.setText("2026-12-01 14:00")
    editor.details.ends.edit.setText("2026-12-01 15:00")
    qtbot.waitUntil(lambda: "busy" not in picker_lines(editor)["Tanaka"])
    editor.done(0)  # closed without asking about the draft


def test_the_room_list_marks_a_booked_room(qtbot, session: Session, conference: Event) -> None:
    editor = new_editor(qtbot, session, at(11))
    box = editor.details.room
    venue = session.desk.venues()[0]
    editor.details.venue.setCurrentIndex(editor.details.venue.findData(venue.id))
    qtbot.waitUntil(lambda: "busy" in box.itemText(box.findData(conference.room_id)))

    text = box.itemText(box.findData(conference.room_id))
    assert text == "Hall (seats 80) — ⚠ busy 10:00–12:00 Battery conference"
    tip = box.itemData(box.findData(conference.room_id), Qt.ItemDataRole.ToolTipRole)
    assert "Room “Hall” at Embassy of Japan is booked twice" in tip

    editor.details.starts.edit.setText("2026-12-01 12:00")  # right after it: free
    editor.details.ends.edit.setText("2026-12-01 13:00")
    qtbot.waitUntil(lambda: box.itemText(box.findData(conference.room_id)) == "Hall (seats 80)")
    editor.done(0)  # closed without asking about the draft


@pytest.fixture
def lunch(session: Session, conference: Event) -> Event:
    return session.desk.save_event(
        Event(
            title="Lunch with METI",
            starts_at=at(12),
            ends_at=at(13),
            timezone="Asia/Kolkata",
            venue_id=conference.venue_id,
            participations=(Participation(person_id=person_id(session, "Tanaka")),),
        )
    )


@pytest.fixture
def view(qtbot, session: Session, lunch: Event):
    from ui.programme_view import ProgrammeView

    widget = ProgrammeView(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_event(lunch.id)
    return widget


def test_a_nudge_that_makes_a_clash_says_so_and_undo_takes_it_back(
    qtbot, session: Session, view, lunch: Event
) -> None:
    notice = view.clash_notice
    assert not notice.isVisible()

    QTest.keyClick(view.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # 11:55

    assert session.desk.event(lunch.id).starts_at == at(11, 55)
    assert notice.isVisible()
    assert notice.text.text().startswith(
        "“Lunch with METI” now clashes: Aiko Tanaka is booked in “Battery conference”"
    )
    qtbot.mouseClick(notice.undo_button, Qt.MouseButton.LeftButton)
    assert session.desk.event(lunch.id).starts_at == at(12)
    assert not notice.isVisible()


def test_a_move_that_makes_no_clash_says_nothing(qtbot, session: Session, view, lunch) -> None:
    QTest.keyClick(view.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # 12:05
    assert session.desk.event(lunch.id).starts_at == at(12, 5)
    assert not view.clash_notice.isVisible()


def test_the_notice_goes_with_the_next_edit_and_a_kept_clash_is_not_news(
    qtbot, session: Session, view, lunch: Event
) -> None:
    QTest.keyClick(view.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # 11:55
    assert view.clash_notice.isVisible()
    QTest.keyClick(view.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # 11:50
    assert session.desk.event(lunch.id).starts_at == at(11, 50)
    assert not view.clash_notice.isVisible()  # the same clash as before this step
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert session.desk.event(lunch.id).starts_at == at(12)


def test_the_people_import_preview_asks_did_you_mean(qtbot, session: Session) -> None:
    from models.entities import Person
    from models.people_import import Candidate, plan_import
    from ui.dialogs.import_people import ImportPreviewDialog

    rows = [
        Candidate(line=2, person=Person(family_name="Sato", given_name="Haruka"),
                  organisation_name="M.E.T.I."),
        Candidate(line=3, person=Person(family_name="Rao", given_name="Anil"),
                  organisation_name="Lohum Ltd"),
    ]  # fmt: skip
    dialog = ImportPreviewDialog(plan_import(session.desk, rows), "people.csv", [])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.similar.isVisible()
    assert dialog.similar.text().splitlines() == [
        "⚠ Organisation “M.E.T.I.” is new: did you mean “METI”?",
        "⚠ Organisation “Lohum Ltd” is new: did you mean “Lohum”?",
    ]
