"""The event editor, used through its widgets: typed text, clicks, then the stored event."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from models.entities import EventKind, Reply, Role
from models.errors import ValidationError
from models.timezones import in_zone
from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.conftest_programme import DELHI
from ui.clash_panel import ClashPanel
from ui.event_editor import EventEditor


def local(instant) -> str:
    return f"{in_zone(instant, DELHI):%Y-%m-%d %H:%M}"


def type_text(qtbot, edit: QLineEdit, text: str) -> None:
    """Type like a person: keys for ASCII, an input method's commit for 日本語 or a dash."""
    for chunk in re.findall(r"[\x20-\x7e]+|[^\x20-\x7e]+", text):
        if chunk.isascii():
            qtbot.keyClicks(edit, chunk)
        else:
            composed = QInputMethodEvent()
            composed.setCommitString(chunk)
            QApplication.sendEvent(edit, composed)


def retype(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    QTest.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture
def open_editor(qtbot, psession, prog):
    def make(event_id=None) -> EventEditor:
        dialog = EventEditor(psession, event_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def fill_new_bilateral(qtbot, editor: EventEditor, prog) -> None:
    details = editor.details
    type_text(qtbot, details.title, "METI – Attero: catalytic converters")
    details.kind.setCurrentIndex(details.kind.findData(EventKind.BILATERAL))
    details.venue.setCurrentIndex(details.venue.findData(prog.venues["hotel"]))
    details.room.setCurrentIndex(details.room.findData(prog.rooms["Durbar Hall"]))
    retype(qtbot, details.starts.edit, "2026-12-01 14:30")
    retype(qtbot, details.ends.edit, "2026-12-01 15:30")
    picker = editor.attendees.picker
    type_text(qtbot, picker.search, "佐藤")  # Haruka Sato, by her name in Japanese
    assert [p.family_name for p in picker.model.people] == ["Sato"]
    click(qtbot, picker.add_button)
    picker.org_box.setCurrentIndex(picker.org_box.findText("Lohum"))
    click(qtbot, picker.org_button)


def test_create_an_event_with_attendees_from_the_picker(qtbot, open_editor, psession, prog):
    editor = open_editor()
    assert not editor.ok_button.isEnabled()  # no title yet
    fill_new_bilateral(qtbot, editor, prog)
    assert "18:00 JST" in editor.details.starts.echo.text()  # 14:30 in Delhi, live in Tokyo
    assert editor.tabs.tabText(1) == "&Attendees (3)"
    assert editor.ok_button.isEnabled(), editor.problems.text()
    click(qtbot, editor.ok_button)

    assert editor.result() == EventEditor.DialogCode.Accepted
    stored = psession.desk.event(editor.saved.id)
    assert stored.title == "METI – Attero: catalytic converters"
    assert stored.kind is EventKind.BILATERAL
    assert stored.room_id == prog.rooms["Durbar Hall"]
    assert local(stored.starts_at) == "2026-12-01 14:30"
    assert local(stored.ends_at) == "2026-12-01 15:30"
    assert set(stored.attendee_ids) == {
        prog.people["sato"],
        prog.people["iyer"],
        prog.people["kapoor"],
    }
    psession.undo_stack.undo()
    assert all(e.title != stored.title for e in psession.desk.events())


def test_a_clash_made_in_the_editor_shows_in_the_panel_until_undone(
    qtbot, open_editor, psession, prog
):
    panel = ClashPanel(psession)
    qtbot.addWidget(panel)
    assert panel.clash_count() == 0
    editor = open_editor()
    fill_new_bilateral(qtbot, editor, prog)  # Sato is also in the 14:00–15:00 meeting
    with qtbot.waitSignal(panel.clash_count_changed) as counted:
        click(qtbot, editor.ok_button)
    assert counted.args[0] >= 1
    messages = [panel.tree.topLevelItem(i).text(2) for i in range(panel.tree.topLevelItemCount())]
    assert any("Haruka Sato" in m and "catalytic" in m for m in messages)
    with qtbot.waitSignal(panel.clash_count_changed) as counted:
        psession.undo_stack.undo()
    assert counted.args == [0]


def test_end_before_start_is_shown_inline_and_blocks_saving(qtbot, open_editor, psession, prog):
    editor = open_editor(prog.events["conference"])
    assert editor.ok_button.isEnabled()
    assert editor.problems.isHidden()
    retype(qtbot, editor.details.ends.edit, "2026-12-01 09:30")
    assert not editor.ok_button.isEnabled()
    assert editor.problems.isVisible()
    assert "ends (2026-12-01 09:30) before it starts (2026-12-01 10:00)" in editor.problems.text()
    retype(qtbot, editor.details.ends.edit, "2026-12-01 1")  # half typed
    assert "not a date and time" in editor.problems.text()
    retype(qtbot, editor.details.ends.edit, "2026-12-01 12:00")
    assert editor.ok_button.isEnabled()


def test_role_and_reply_are_edited_in_the_table(qtbot, open_editor, psession, prog):
    editor = open_editor(prog.events["conference"])
    model = editor.attendees.model
    row = [p.person_id for p in model.rows].index(prog.people["sato"])
    assert model.setData(model.index(row, 3), Role.CHAIR.value)
    assert model.setData(model.index(row, 4), Reply.ACCEPTED.value)
    editor.attendees.table.selectRow([p.person_id for p in model.rows].index(prog.people["mehta"]))
    click(qtbot, editor.attendees.remove)
    click(qtbot, editor.ok_button)
    stored = psession.desk.event(prog.events["conference"])
    sato = stored.participation(prog.people["sato"])
    assert (sato.role, sato.reply) == (Role.CHAIR, Reply.ACCEPTED)
    assert stored.participation(prog.people["mehta"]) is None
    psession.undo_stack.undo()
    assert psession.desk.event(prog.events["conference"]).participation(prog.people["mehta"])


def test_agenda_and_transport_legs_are_saved(qtbot, open_editor, psession, prog):
    editor = open_editor(prog.events["visit"])
    editor.tabs.setCurrentWidget(editor.agenda)
    click(qtbot, editor.agenda.add)
    editor.agenda.table.item(0, 2).setText("Tour of the cell recycling line")
    editor.agenda.table.item(0, 1).setText("10:15")
    editor.tabs.setCurrentWidget(editor.logistics)
    qtbot.keyClicks(editor.logistics.meeting_point, "Taj Palace lobby")
    click(qtbot, editor.logistics.add_leg)
    legs = editor.logistics.legs
    legs.item(0, 2).setText("Taj Palace")
    legs.item(0, 3).setText("Lohum plant, Greater Noida")
    legs.item(0, 4).setText("Coach 1")
    passengers = editor.logistics.passengers
    assert passengers.count() == 3
    passengers.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert editor.ok_button.isEnabled(), editor.problems.text()
    click(qtbot, editor.ok_button)

    stored = psession.desk.event(prog.events["visit"])
    assert [(local(a.starts_at), local(a.ends_at), a.title) for a in stored.agenda] == [
        ("2026-12-02 09:00", "2026-12-02 10:15", "Tour of the cell recycling line")
    ]
    assert stored.meeting_point == "Taj Palace lobby"
    (leg,) = stored.legs
    assert (leg.origin, leg.destination, leg.vehicle) == (
        "Taj Palace", "Lohum plant, Greater Noida", "Coach 1"
    )  # fmt: skip
    assert local(leg.departs_at) == "2026-12-02 08:00"
    assert len(leg.passenger_ids) == 2


def test_an_error_from_the_core_is_shown_and_the_editor_stays_open(
    qtbot, open_editor, psession, prog, monkeypatch
):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))

    def refuse(event, text=""):
        raise ValidationError(["2 of the people named no longer exist."], "The event")

    monkeypatch.setattr(psession, "save_event", refuse)
    editor = open_editor(prog.events["conference"])
    retype(qtbot, editor.details.title, "Renamed")
    click(qtbot, editor.ok_button)
    assert shown and "no longer exist" in shown[0]
    assert editor.isVisible()
    assert psession.desk.event(prog.events["conference"]).title != "Renamed"


def test_inputs_have_accessible_names(open_editor):
    editor = open_editor()
    for widget in (editor.details.title, editor.details.venue, editor.details.room,
                   editor.details.starts.edit, editor.details.ends.edit,
                   editor.attendees.picker.search, editor.attendees.table):  # fmt: skip
        assert widget.accessibleName()


def test_ok_without_changes_stores_nothing_new(qtbot, open_editor, psession, prog):
    before = psession.desk.event(prog.events["visit"])
    editor = open_editor(prog.events["visit"])
    click(qtbot, editor.ok_button)
    assert editor.result() == EventEditor.DialogCode.Accepted
    assert psession.desk.event(prog.events["visit"]) == before
    assert psession.undo_stack.count() == 0


def test_picker_finds_by_organisation_and_email_and_adds_a_delegation(
    qtbot, open_editor, psession, prog
):
    editor = open_editor()
    picker = editor.attendees.picker
    # (a search that was slow once, on a busy machine, waits for a pause in typing)
    type_text(qtbot, picker.search, "tata")
    qtbot.waitUntil(lambda: [p.family_name for p in picker.model.people] == ["Mehta"])
    retype(qtbot, picker.search, "example.jp")
    qtbot.waitUntil(lambda: len(picker.model.people) == 3)
    assert picker.found.text() == "3 matches."
    picker.delegation_box.setCurrentIndex(picker.delegation_box.findData(prog.delegation))
    click(qtbot, picker.delegation_button)
    assert set(editor.context.attendee_ids) == {
        prog.people["sato"],
        prog.people["tanaka"],
        prog.people["yamamoto"],
    }
    # the Japanese delegation attends: the second zone is their home zone
    assert editor.context.second_zone == "Asia/Tokyo"
    assert picker.model.data(picker.model.index(0)).startswith("✓")


def test_item_models_pass_the_model_tester(qtmodeltester, open_editor, prog):
    editor = open_editor(prog.events["conference"])
    qtmodeltester.check(editor.attendees.model)
    qtmodeltester.check(editor.attendees.picker.model)


def test_a_new_start_keeps_the_duration(qtbot, open_editor, prog):
    editor = open_editor(prog.events["closed"])  # 14:00–15:00
    retype(qtbot, editor.details.starts.edit, "2026-12-01 16:15")
    assert editor.details.ends.edit.text() == "2026-12-01 17:15"
    assert "20:45 JST" in editor.details.ends.echo.text()


def test_role_is_chosen_from_a_drop_down_in_the_table(qtbot, open_editor, psession, prog):
    editor = open_editor(prog.events["closed"])
    table = editor.attendees.table
    model = editor.attendees.model
    row = [p.person_id for p in model.rows].index(prog.people["mehta"])
    index = model.index(row, 3)
    table.setCurrentIndex(index)
    table.edit(index)
    box = table.viewport().findChild(QComboBox)
    assert box is not None and box.accessibleName() == "Role"
    for _ in range(box.findData(Role.INTERPRETER.value) - box.currentIndex()):
        QTest.keyClick(box, Qt.Key.Key_Down)  # as a user picks with the arrow keys
    assert model.index(row, 3).data() == "Interpreter"
    QTest.keyClick(box, Qt.Key.Key_Return)
    click(qtbot, editor.ok_button)
    stored = psession.desk.event(prog.events["closed"]).participation(prog.people["mehta"])
    assert stored.role is Role.INTERPRETER


def test_moving_the_start_moves_agenda_and_transport_with_it(qtbot, open_editor, psession, prog):
    editor = open_editor(prog.events["visit"])  # Wed 2 Dec 09:00–13:00
    click(qtbot, editor.agenda.add)
    editor.agenda.table.item(0, 2).setText("Welcome and safety briefing")
    click(qtbot, editor.logistics.add_leg)
    editor.logistics.legs.item(0, 2).setText("Taj Palace")
    editor.logistics.legs.item(0, 3).setText("Lohum plant")
    retype(qtbot, editor.details.starts.edit, "2026-12-03 10:00")  # a day and an hour later
    assert editor.details.ends.edit.text() == "2026-12-03 14:00"
    assert editor.ok_button.isEnabled(), editor.problems.text()
    click(qtbot, editor.ok_button)
    stored = psession.desk.event(prog.events["visit"])
    (item,) = stored.agenda
    assert (local(item.starts_at), local(item.ends_at)) == ("2026-12-03 10:00", "2026-12-03 10:30")
    (leg,) = stored.legs
    assert (local(leg.departs_at), local(leg.arrives_at)) == (
        "2026-12-03 09:00",
        "2026-12-03 10:00",
    )


def test_the_picker_waits_for_a_pause_in_typing_when_searching_is_slow(qtbot, open_editor):
    editor = open_editor()
    picker = editor.attendees.picker
    picker._slow = True  # as with a hundred thousand people
    type_text(qtbot, picker.search, "Iyer")
    assert picker._timer.isActive()
    qtbot.waitUntil(lambda: [p.family_name for p in picker.model.people] == ["Iyer"])


def test_opening_an_event_that_is_gone_explains_it(qtbot, psession, prog, monkeypatch):
    from ui.event_editor import edit_event

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    psession.delete_event(prog.events["closed"])
    assert edit_event(psession, prog.events["closed"]) is False
    assert shown
