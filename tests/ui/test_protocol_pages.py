"""The protocol pages as a person uses them: check-in desk, seating editor, vehicles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMenu

from models.entities import EventKind
from models.protocol.service import ProtocolDesk
from ui.main_window import MainWindow
from ui.protocol.checkin_desk import CheckInDesk
from ui.protocol.seating_editor import NameItem, SeatingEditor
from ui.protocol.vehicles_editor import VehiclesEditor
from ui.session import Session

CONFERENCE, MEETING = 1, 2
#: Where to keep pictures of the pages (the README's come from here); off by default.
SHOTS = os.environ.get("PROTOCOL_SHOTS", "")


@pytest.fixture
def session(sample_desk, qapp) -> Session:
    return Session(sample_desk)


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def test_the_desk_checks_a_badge_in_once_and_undo_takes_it_back(qtbot, session) -> None:
    core = ProtocolDesk(session.desk)
    token = next(iter(core.badge_tokens(event_id=CONFERENCE).values()))
    desk = CheckInDesk(session, CONFERENCE)
    qtbot.addWidget(desk)
    desk.show()
    qtbot.keyClicks(desk.scan, token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "arrived at 17:30" in desk.answer.text()
    assert "#1b7f3b" in desk.answer.styleSheet()  # green
    _shot(desk, "checkin-desk.png")
    assert len(core.checkins(CONFERENCE)) == 1
    assert desk.counts.item(desk.counts.rowCount() - 1, 1).text() == "1"
    qtbot.keyClicks(desk.scan, token)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "already arrived at 17:30" in desk.answer.text()
    assert len(core.checkins(CONFERENCE)) == 1
    qtbot.keyClicks(desk.scan, "Zq9-unknown-badge-token")
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "Unknown badge" in desk.answer.text() and "#b00020" in desk.answer.styleSheet()
    qtbot.mouseClick(desk.undo_button, Qt.MouseButton.LeftButton)
    assert core.checkins(CONFERENCE) == []
    assert desk.counts.item(desk.counts.rowCount() - 1, 1).text() == "0"
    session.undo_stack.redo()
    assert len(core.checkins(CONFERENCE)) == 1


def test_a_typed_name_is_found_live_and_checked_in(qtbot, session, type_text) -> None:
    core = ProtocolDesk(session.desk)
    desk = CheckInDesk(session, CONFERENCE)
    qtbot.addWidget(desk)
    desk.show()
    type_text(desk.scan, "小林")
    assert desk.matches.count() == 1
    assert "Kobayashi" in desk.matches.item(0).text()
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "Kobayashi" in desk.answer.text() and "arrived" in desk.answer.text()
    assert [c.person_id for c in core.checkins(CONFERENCE)] == [
        core.expected(CONFERENCE, "小林")[0].id
    ]
    # Someone not expected at this event.
    stranger = next(
        p for p in session.desk.people() if p.id not in session.desk.event(CONFERENCE).attendee_ids
    )
    desk.scan.clear()
    type_text(desk.scan, stranger.family_name + " " + stranger.given_name)
    qtbot.keyClick(desk.scan, Qt.Key.Key_Return)
    assert "not on the list" in desk.answer.text()


def _drag(view, start: QPointF, end: QPointF) -> None:
    """Press, move and release the left button on the view, as a hand would."""
    viewport = view.viewport()
    a = view.mapFromScene(start)
    b = view.mapFromScene(end)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    for kind, point, button, buttons in (
        (QEvent.Type.MouseButtonPress, a, left, left),
        (QEvent.Type.MouseMove, (a + b) / 2, none, left),
        (QEvent.Type.MouseMove, b, none, left),
        (QEvent.Type.MouseButtonRelease, b, left, none),
    ):
        pos = QPointF(QPoint(point.x(), point.y()))
        event = QMouseEvent(kind, pos, viewport.mapToGlobal(pos), button, buttons,
                            Qt.KeyboardModifier.NoModifier)  # fmt: skip
        QApplication.sendEvent(viewport, event)


def test_dragging_a_name_to_another_seat_moves_it_and_undo_puts_it_back(qtbot, session) -> None:
    core = ProtocolDesk(session.desk)
    editor = SeatingEditor(session, MEETING)
    qtbot.addWidget(editor)
    editor.resize(1000, 640)
    editor.show()
    qtbot.waitExposed(editor)
    plan = core.seating_plan(MEETING)
    assert plan is not None and plan.seated_ids
    seated = next(s for s in plan.seats if s.person_id is not None)
    empty = next(s for s in plan.seats if s.person_id is None and s.side is seated.side)
    item = editor.name_item(seated.person_id)
    assert isinstance(item, NameItem)
    _shot(editor, "seating-editor.png")
    _drag(editor.view, item.scenePos(), editor.seat_rect(empty.key).center())
    qtbot.waitUntil(lambda: core.seating_plan(MEETING).seat_of(seated.person_id).key == empty.key)
    qtbot.waitUntil(lambda: editor.name_item(seated.person_id).seat.key == empty.key)
    session.undo_stack.undo()
    assert core.seating_plan(MEETING) == plan
    qtbot.waitUntil(lambda: editor.name_item(seated.person_id).seat.key == seated.key)
    # A drop outside any seat changes nothing.
    item = editor.name_item(seated.person_id)
    _drag(editor.view, item.scenePos(), item.scenePos() + QPointF(0, 400))
    qtbot.wait(10)
    assert core.seating_plan(MEETING) == plan


def test_vehicles_are_edited_assigned_by_precedence_and_undone(qtbot, session, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr("ui.protocol.vehicles_editor.show_error",
                        lambda parent, error: shown.append(error.user_message))  # fmt: skip
    core = ProtocolDesk(session.desk)
    visit = next(e for e in session.desk.events() if e.kind is EventKind.SITE_VISIT)
    editor = VehiclesEditor(session, visit.id)
    qtbot.addWidget(editor)
    editor.show()
    leg = editor.leg_id
    before = core.vehicles(visit.id, leg)
    assert editor.table.rowCount() == len(before)
    _shot(editor, "vehicles-editor.png")
    editor.add_row()
    row = editor.table.rowCount() - 1
    editor.table.item(row, 0).setText("DL 9C 0009")
    editor.table.item(row, 2).setText("2")
    editor.assign()
    after = core.vehicles(visit.id, leg)
    assert [v.plate for v in after][-1] == "DL 9C 0009"
    assert all(len(v.passenger_ids) <= v.seats for v in after)
    assert sum(len(v.passenger_ids) for v in after) == len(
        next(lg for lg in visit.legs if lg.id == leg).passenger_ids
    )
    editor.table.item(0, 2).setText("many")
    editor.save()  # refused: the message is shown, nothing stored
    assert shown and "seats must be a whole number" in shown[0]
    assert core.vehicles(visit.id, leg) == after
    session.undo_stack.undo()
    assert core.vehicles(visit.id, leg) == before


def test_the_window_has_a_protocol_menu(qtbot, sample_desk, settings) -> None:
    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    menu = window.menuBar().findChild(QMenu, "protocol-menu")
    assert menu is not None
    texts = [a.text().replace("&", "") for a in menu.actions() if a.text()]
    assert texts[:3] == ["Check-in desk…", "Seating plan…", "Vehicles…"]
    assert "Print badges (90 × 60 mm)…" in texts
    assert all(a.statusTip() for a in menu.actions() if not a.isSeparator())


def test_the_attendee_table_lists_people_in_order_of_precedence(qtbot, session) -> None:
    from models.protocol.precedence import precedence
    from ui.event_editor import EventEditor

    editor = EventEditor(session, CONFERENCE)
    qtbot.addWidget(editor)
    tab = editor.attendees
    qtbot.mouseClick(tab.by_precedence, Qt.MouseButton.LeftButton)
    shown = [p.person_id for p in tab.model.rows]
    programme = session.desk.programme()
    assert shown == precedence(programme, programme.event(CONFERENCE).attendee_ids)
    assert sorted(shown) == sorted(programme.event(CONFERENCE).attendee_ids)


def test_a_delegations_rank_table_is_edited_and_undone(qtbot, session) -> None:
    from models.protocol.precedence import precedence
    from ui.protocol.ranks_editor import RanksEditor

    editor = RanksEditor(session)
    qtbot.addWidget(editor)
    editor.show()
    japan = next(d for d in session.desk.delegations() if d.home_timezone == "Asia/Tokyo")
    editor.which.setCurrentIndex(editor.which.findData(japan.id))
    assert editor.table.rowCount() == 8  # the default table to start from
    first_before = precedence(session.desk.programme(), japan.member_ids)[0]
    # Put investors' partners above everyone: a rank of their own at the top.
    editor.add_row()
    last = editor.table.rowCount() - 1
    editor.table.item(last, 0).setText("Senior partner")
    editor.table.item(last, 1).setText("managing partner, partner")
    editor.table.setCurrentCell(last, 0)
    for _ in range(last):
        editor.move_up()
    editor.save()
    stored = session.desk.store.rank_tables()
    assert [t.rows[0].label for t in stored if t.delegation_id == japan.id] == ["Senior partner"]
    first = session.desk.person(precedence(session.desk.programme(), japan.member_ids)[0])
    assert first.position in ("Managing Partner", "Partner")
    assert editor.order.item(0).text().startswith("1. Senior partner — ")
    session.undo_stack.undo()
    assert all(t.delegation_id != japan.id for t in session.desk.store.rank_tables())
    assert precedence(session.desk.programme(), japan.member_ids)[0] == first_before
