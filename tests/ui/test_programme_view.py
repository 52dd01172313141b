"""The programme timeline, driven with the mouse and keyboard like a coordinator would."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from models.timezones import in_zone
from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.conftest_programme import DELHI
from ui.programme.layout import place, snap
from ui.programme_view import ProgrammeView


@pytest.fixture
def view(qtbot, psession, prog):
    widget = ProgrammeView(psession)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def local(instant) -> str:
    return f"{in_zone(instant, DELHI):%Y-%m-%d %H:%M}"


def drag(qtbot, canvas, start: QPoint, end: QPoint) -> None:
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    middle = QPoint(start.x(), (start.y() + end.y()) // 2)
    QTest.mouseMove(canvas, middle)
    QTest.mouseMove(canvas, end)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_opens_on_the_first_programme_day_with_both_rulers(view, prog):
    assert view.days() == [date(2026, 12, 1)]
    assert view.zone == DELHI
    assert view.canvas.zone_titles()[0].startswith("IST")
    assert view.canvas.zone_titles()[1].startswith("JST")
    shown = {e.id for e in view.events}
    assert prog.events["conference"] in shown
    assert prog.events["visit"] not in shown  # the next day


def test_drag_moves_the_event_snapped_to_five_minutes_and_undo_moves_it_back(
    qtbot, view, psession, prog
):
    event_id = prog.events["conference"]
    canvas = view.canvas
    rect = canvas.block_rect(event_id)
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 20)
    # 47 minutes further down the day: lands on 10:45, the nearest five minutes
    drop = QPoint(grab.x(), grab.y() + round(47 * canvas.pixels_per_minute))
    drag(qtbot, canvas, grab, drop)

    moved = psession.desk.event(event_id)
    assert local(moved.starts_at) == "2026-12-01 10:45"
    assert local(moved.ends_at) == "2026-12-01 13:45"
    assert moved.sequence == 1  # calendars will see an update
    assert canvas.block_rect(event_id).top() > rect.top()

    psession.undo_stack.undo()
    back = psession.desk.event(event_id)
    assert local(back.starts_at) == "2026-12-01 10:00"
    assert local(back.ends_at) == "2026-12-01 13:00"
    psession.undo_stack.redo()
    assert local(psession.desk.event(event_id).starts_at) == "2026-12-01 10:45"


def test_drag_in_the_week_moves_to_another_day(qtbot, view, psession, prog):
    view.set_week_mode(True)
    canvas = view.canvas
    event_id = prog.events["reception"]
    rect = canvas.block_rect(event_id)
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 10)
    wednesday = canvas.column_left(2) + (grab.x() - canvas.column_left(1))
    drop = QPoint(round(wednesday), grab.y())
    drag(qtbot, canvas, grab, drop)
    moved = psession.desk.event(event_id)
    assert local(moved.starts_at) == "2026-12-02 19:00"


def test_a_move_the_core_refuses_is_explained_and_the_block_returns(
    qtbot, view, psession, prog, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    event_id = prog.events["conference"]

    def refuse(*args, **kwargs):
        from models.errors import ValidationError

        raise ValidationError(["The room is being renovated."], "The event")

    monkeypatch.setattr(psession.desk, "reschedule", refuse)
    canvas = view.canvas
    rect = canvas.block_rect(event_id)
    grab = QPoint(int(rect.center().x()), int(rect.top()) + 20)
    drag(qtbot, canvas, grab, QPoint(grab.x(), grab.y() + 100))
    assert shown and "renovated" in shown[0]
    assert local(psession.desk.event(event_id).starts_at) == "2026-12-01 10:00"
    assert canvas.block_rect(event_id) == rect
    assert psession.undo_stack.count() == 0


def test_click_selects_and_double_click_or_enter_opens(qtbot, view, prog):
    canvas = view.canvas
    event_id = prog.events["closed"]
    centre = canvas.block_rect(event_id).center().toPoint()
    QTest.mouseClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    assert view.selected_event_id() == event_id
    with qtbot.waitSignal(view.event_activated) as opened:
        QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          centre)  # fmt: skip
    assert opened.args == [event_id]
    with qtbot.waitSignal(view.event_activated) as opened:
        QTest.keyClick(canvas, Qt.Key.Key_Return)
    assert opened.args == [event_id]


def test_parallel_events_sit_side_by_side(view, prog):
    closed = view.canvas.block_rect(prog.events["closed"])
    bilateral = view.canvas.block_rect(prog.events["bilateral"])
    assert closed.intersects(bilateral) is False
    assert closed.right() <= bilateral.left()


def test_layout_never_overlaps_many_parallel_events(psession, prog):
    events = psession.desk.events()
    placed = place(events, [date(2026, 12, 1)], DELHI)
    by_lane = {(p.lane, p.lanes) for p in placed if p.event.id == prog.events["bilateral"]}
    assert by_lane == {(1, 2)}
    assert snap(47) == 45 and snap(48) == 50


def test_context_menu_cancels_with_undo_and_offers_exports(
    qtbot, view, psession, prog, monkeypatch
):
    event_id = prog.events["closed"]
    menu = view.context_menu(event_id)
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert {"Open", "Cancel event", "Delete", "Export invites…", "Briefing pack…"} <= set(actions)
    with qtbot.waitSignal(view.export_invites_requested) as asked:
        actions["Export invites…"].trigger()
    assert asked.args == [event_id]
    with qtbot.waitSignal(view.export_invites_per_attendee_requested) as asked:
        actions["Export invites, one per attendee…"].trigger()
    assert asked.args == [event_id]
    with qtbot.waitSignal(view.print_pack_requested) as asked:
        actions["Briefing pack…"].trigger()
    assert asked.args == [event_id]
    actions["Cancel event"].trigger()
    assert psession.desk.event(event_id).is_cancelled
    psession.undo_stack.undo()
    assert not psession.desk.event(event_id).is_cancelled
    from PySide6.QtWidgets import QMessageBox

    asked: list[str] = []

    def answer_delete(box: QMessageBox) -> int:  # the question names the event
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == "Delete").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer_delete)
    delete = next(a for a in view.context_menu(event_id).actions() if a.text() == "Delete")
    delete.trigger()

    assert event_id not in {e.id for e in view.events}
    psession.undo_stack.undo()
    assert event_id in {e.id for e in view.events}


def test_second_zone_can_be_changed(qtbot, view):
    with qtbot.waitSignal(view.second_zone_changed) as changed:
        view.set_second_zone("Europe/London")
    assert changed.args == ["Europe/London"]
    assert view.canvas.zone_titles()[1].startswith("GMT")
    view.set_second_zone("IST")  # an abbreviation, not a zone: ignored
    assert view.second_zone == "Europe/London"


def test_show_event_goes_to_its_day(view, prog):
    view.show_event(prog.events["visit"])
    assert view.days() == [date(2026, 12, 2)]
    assert view.selected_event_id() == prog.events["visit"]


def test_keyboard_moves_the_chosen_event_by_five_minutes(qtbot, view, psession, prog):
    event_id = prog.events["reception"]
    view.show_event(event_id)
    QTest.keyClick(view.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view.canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert local(psession.desk.event(event_id).starts_at) == "2026-12-01 19:10"
    QTest.keyClick(view.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert local(psession.desk.event(event_id).starts_at) == "2026-12-01 19:05"
    assert psession.undo_stack.count() == 3


def test_double_click_on_an_empty_slot_adds_an_event_there(qtbot, view, psession, prog):
    canvas = view.canvas
    x = round(canvas.column_left(0) + 40)
    y = round(canvas.minute_to_y(17 * 60 + 40))  # 17:40, rounded down to the quarter hour
    QTest.mouseDClick(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                      QPoint(x, y))  # fmt: skip
    editor = view._editor
    qtbot.waitExposed(editor)
    assert editor.details.starts.edit.text() == "2026-12-01 17:30"
    qtbot.keyClicks(editor.details.title, "Press briefing")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    (added,) = [e for e in psession.desk.events() if e.title == "Press briefing"]
    assert (local(added.starts_at), local(added.ends_at)) == (
        "2026-12-01 17:30",
        "2026-12-01 18:30",
    )
    assert view.selected_event_id() == added.id


def test_painting_and_signals_leave_reference_counts_alone(qtbot, view):
    """Some Qt bindings (PySide6 6.12 on CPython 3.11) lose a reference to None
    on each void call and to True on each emit until the interpreter aborts;
    the pinned version must not."""
    import sys

    view.canvas.repaint()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(200):  # a few minutes of scrolling
        view.canvas.repaint()
        view.event_selected.emit(1)
    assert sys.getrefcount(None) - none_before < 50
    assert sys.getrefcount(True) - true_before > -50


def test_clashing_events_are_marked_and_explained(view, prog):
    from models.clashes import Clash, ClashKind

    clash = Clash(ClashKind.PERSON, "Haruka Sato is booked twice.",
                  (prog.events["closed"], prog.events["bilateral"]))  # fmt: skip
    view.set_clashes([clash])
    assert set(view.canvas.clash_notes) == {prog.events["closed"], prog.events["bilateral"]}
    closed = next(b for b in view.canvas.blocks if b.event_id == prog.events["closed"])
    assert "⚠ Haruka Sato is booked twice." in view.canvas.describe(closed.event)
    view.set_clashes([])
    assert "⚠" not in view.canvas.describe(closed.event)
