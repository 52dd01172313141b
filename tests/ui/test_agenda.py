"""The agenda: the programme's days as a compact list beside the timeline."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from models.clashes import Clash, ClashKind
from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.privacy import set_hiding
from ui.programme.agenda import ATTENDEES, CLASH, TITLE, WHEN, WHERE, AgendaModel
from ui.programme_view import ProgrammeView


@pytest.fixture
def view(qtbot, psession, prog):
    widget = ProgrammeView(psession)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def rows(view: ProgrammeView) -> list[list[str]]:
    model = view.agenda.agenda
    return [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
            for r in range(model.rowCount())]  # fmt: skip


def test_the_agenda_lists_the_day_in_time_order_with_room_attendees_and_clashes(qtbot, view, prog):
    qtbot.mouseClick(view.agenda_button, Qt.MouseButton.LeftButton)
    assert view.showing_agenda() and view.agenda.isVisible()
    assert not view.canvas.isVisible() and not view.header.isVisible()
    view.set_clashes([Clash(ClashKind.PERSON, "Haruka Sato is booked twice.",
                            (prog.events["closed"], prog.events["bilateral"]))])  # fmt: skip
    listed = rows(view)
    assert [r[TITLE] for r in listed] == [
        "Battery and critical minerals conference",
        "METI – Tata: cell production",
        "JETRO – Lohum: recycling (Tentative)",
        "Magnet supply briefing (Cancelled)",
        "Embassy reception",
    ]
    conference = listed[0]
    assert conference[WHEN] == "10:00–13:00"
    assert conference[WHERE] == "Auditorium · Embassy of Japan"  # the room before the venue
    assert conference[ATTENDEES] == "3"
    assert [r[CLASH] for r in listed] == ["", "⚠", "⚠", "", ""]
    model = view.agenda.agenda
    assert model.index(1, CLASH).data(Qt.ItemDataRole.ToolTipRole) == (
        "Haruka Sato is booked twice."
    )
    assert model.index(0, CLASH).data(Qt.ItemDataRole.AccessibleTextRole) == "No clash"
    qtbot.mouseClick(view.agenda_button, Qt.MouseButton.LeftButton)
    assert not view.showing_agenda() and view.canvas.isVisible()


def test_double_click_or_enter_opens_the_event(qtbot, view, prog):
    view.set_agenda(True)
    table = view.agenda
    with qtbot.waitSignal(view.event_activated) as opened:
        rect = table.visualRect(table.model().index(1, TITLE))
        QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened.args == [prog.events["closed"]]
    assert view.selected_event_id() == prog.events["closed"]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.event_activated) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [prog.events["bilateral"]]


def test_over_several_days_each_row_names_its_day_and_titles_follow_privacy(view, prog):
    view.set_agenda(True)
    view.set_programme_range(True)
    listed = rows(view)
    assert listed[0][WHEN] == "Tue 1 Dec  10:00–13:00"
    assert listed[-1][WHEN] == "Wed 2 Dec  09:00–13:00"
    assert listed[-1][TITLE] == "Lohum facility tour"
    set_hiding(True)
    assert rows(view)[-1][TITLE] == "Confidential meeting"
    assert "Lohum facility tour" not in str(rows(view))


def test_the_model_passes_qts_model_checks(qtmodeltester, view):
    assert view.agenda is None  # made when first shown: the window opens without it
    view.set_agenda(True)
    model = view.agenda.agenda
    assert isinstance(model, AgendaModel) and model.rowCount() == 5
    qtmodeltester.check(model)


def test_view_agenda_and_its_key_switch_the_programme_to_the_list(qtbot, psession, prog,
                                                                  settings):  # fmt: skip
    window = MainWindow(psession, settings)
    qtbot.addWidget(window)
    window.show()
    wait_drawn(qtbot, window)
    window.show_page("people")
    action = window.actions_by_name["agenda"]
    assert action.shortcut().toString() == "Ctrl+Shift+L"
    action.trigger()
    assert window.current_page_key() == "programme"
    assert window.programme.showing_agenda()
    window.programme.agenda_button.click()  # the button and the menu agree
    assert not action.isChecked() and not window.programme.showing_agenda()
