"""The window on a laptop, used from the keyboard: shortcuts that fire, letters that
do not clash, dialogs that fit a 1024×640 screen, no typed work lost by a stray key."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton, QWidget

from models.timezones import in_zone
from tests.ui.drawn import wait_drawn
from ui.event_editor import EventEditor
from ui.keys import menu_mnemonic_clashes, mnemonic, mnemonic_clashes
from ui.layout_fit import fit_to_screen
from ui.main_window import MainWindow
from ui.session import Session
from ui.shell import unique_keys

SK = QKeySequence.StandardKey


@pytest.fixture
def window(qtbot, sample_desk, settings) -> MainWindow:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    win.show()
    wait_drawn(qtbot, win)
    return win


def answer_next_box(qtbot, button_text: str) -> list[str]:
    """Click ``button_text`` in the next message box; returns [the box's text] once it did."""
    seen: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no button {button_text!r} in {[b.text() for b in box.buttons()]}")

    QTimer.singleShot(0, click)
    return seen


def portable(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.PortableText)


# -- shortcuts -----------------------------------------------------------------------


def test_standard_keys_are_not_given_twice(qapp) -> None:
    """X11's Redo is Ctrl+Shift+Z: naming it again must not add a second, ambiguous copy."""
    redo = [portable(k) for k in unique_keys(SK.Redo, "Ctrl+Shift+Z")]
    assert "Ctrl+Shift+Z" in redo
    assert len(redo) == len(set(redo))
    quit_keys = [portable(k) for k in unique_keys(SK.Quit, "Ctrl+Q")]
    assert quit_keys.count("Ctrl+Q") == 1


def test_no_key_is_bound_twice_in_the_window(window) -> None:
    """An ambiguous shortcut does nothing at all: every key reaches exactly one action."""
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for key in action.shortcuts():
            owners.setdefault(portable(key), []).append(action.text())
    assert {k: v for k, v in owners.items() if len(v) > 1} == {}
    acts = window.actions_by_name
    assert "Ctrl+Shift+Z" in [portable(k) for k in acts["redo"].shortcuts()]
    assert "Ctrl+Q" in [portable(k) for k in acts["quit"].shortcuts()]
    assert portable(acts["week"].shortcut()) == "Ctrl+Shift+W"


def test_redo_and_quit_fire_from_their_keys(qtbot, window) -> None:
    session = window.session
    person = session.desk.people()[0]
    session.delete_record("people", person.id, force=True)
    session.undo_stack.undo()
    assert session.undo_stack.canRedo()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert not session.undo_stack.canRedo()
    assert person.id not in {p.id for p in session.desk.people()}
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_the_week_toggle_has_a_key_and_follows_the_buttons(qtbot, window) -> None:
    programme = window.programme
    assert len(programme.days()) == 1
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert len(programme.days()) == 7
    assert window.actions_by_name["week"].isChecked()
    qtbot.mouseClick(programme.day_button, Qt.MouseButton.LeftButton)
    assert len(programme.days()) == 1
    assert not window.actions_by_name["week"].isChecked()


def test_undo_and_redo_buttons_keep_short_labels_and_say_the_rest_in_the_tooltip(
    window,
) -> None:
    tools = window.findChild(QWidget, "main-toolbar")
    undo_button = tools.widgetForAction(window.actions_by_name["undo"])
    assert isinstance(undo_button, QToolButton)
    width = undo_button.sizeHint().width()
    person = window.session.desk.people()[0]
    window.session.delete_record("people", person.id, force=True)
    assert undo_button.text() == "Undo"
    assert undo_button.sizeHint().width() == width  # the toolbar does not re-lay itself
    assert window.session.undo_stack.undoText() in undo_button.toolTip()


# -- mnemonics -------------------------------------------------------------------------


def test_mnemonic_reads_the_underlined_letter() -> None:
    assert mnemonic("Ed&it…") == "i"
    assert mnemonic("Fish && &Chips") == "c"
    assert mnemonic("No letter") == ""


def test_menus_and_pages_have_no_letter_twice(qtbot, window) -> None:
    bar = window.menuBar()
    letters = [mnemonic(a.text()) for a in bar.actions()]
    assert len(letters) == len(set(letters)), [a.text() for a in bar.actions()]
    for action in bar.actions():
        assert menu_mnemonic_clashes(action.menu()) == {}, action.text()
    for key in ("programme", "events", "people", "delegations"):
        window.show_page(key)
        # Alt+E must open the Edit menu, not press a page's button
        assert "e" not in {mnemonic(t) for t in _page_button_texts(window)}, key
        assert mnemonic_clashes(window) == {}, key


def _page_button_texts(window: MainWindow) -> list[str]:
    from PySide6.QtWidgets import QAbstractButton

    page = window.stack.currentWidget()
    return [b.text() for b in page.findChildren(QAbstractButton) if b.isVisibleTo(window)]


def test_each_section_of_the_event_editor_has_its_own_letters(qtbot, sample_desk) -> None:
    editor = EventEditor(Session(sample_desk), sample_desk.events()[0].id)
    qtbot.addWidget(editor)
    editor.show()
    for index in range(editor.tabs.count()):
        editor.tabs.setCurrentIndex(index)
        assert mnemonic_clashes(editor) == {}, editor.tabs.tabText(index)


def test_record_dialogs_have_each_letter_once(qtbot, sample_desk) -> None:
    """Alt+H went to Honorific or Phone at random in the person dialog."""
    from ui.dialogs import PersonDialog
    from ui.dialogs.places import DelegationDialog, VenueDialog
    from ui.dialogs.records import OrganisationDialog

    session = Session(sample_desk)
    venue = next(v for v in sample_desk.venues() if v.rooms)
    for dialog in (
        PersonDialog(session, sample_desk.people()[0]),
        OrganisationDialog(session, sample_desk.organisations()[0]),
        VenueDialog(session, venue),
        DelegationDialog(session, sample_desk.delegations()[0]),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_clashes(dialog) == {}, type(dialog).__name__
        dialog.close()


def test_tab_leaves_a_table_for_its_buttons(qtbot, window) -> None:
    window.show_page("people")
    page = window.tables["people"]
    page.select_id(page.model.record_at(0).id)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.add_button


def test_edit_and_delete_need_a_selection_on_the_programme(qtbot, window) -> None:
    acts = window.actions_by_name
    window.show_page("programme")
    window.programme.canvas.selected_id = 0
    window.programme.canvas.selected.emit(0)
    assert not acts["edit"].isEnabled() and not acts["delete"].isEnabled()
    window.programme.show_event(window.programme.events[0].id)
    assert acts["edit"].isEnabled() and acts["delete"].isEnabled()


# -- sizes -----------------------------------------------------------------------------


def test_the_event_editor_fits_a_1024_by_640_screen_with_its_buttons_visible(
    qtbot, sample_desk
) -> None:
    editor = EventEditor(Session(sample_desk), sample_desk.events()[0].id)
    qtbot.addWidget(editor)
    assert editor.minimumSizeHint().height() <= 640 - 56
    assert editor.minimumSizeHint().width() <= 1024 - 32
    fit_to_screen(editor, QSize(1040, 680))
    editor.resize(editor.size().boundedTo(QSize(1024 - 32, 640 - 56)))
    editor.show()
    qtbot.waitExposed(editor)
    inside = editor.rect()
    for button in editor.buttons.buttons():
        corner = button.mapTo(editor, button.rect().bottomRight())
        assert inside.contains(corner), button.text()
    screen = editor.screen().availableGeometry()
    assert editor.frameGeometry().width() <= screen.width()
    assert editor.frameGeometry().height() <= screen.height()


# -- no work lost ---------------------------------------------------------------------


@pytest.fixture
def editor(qtbot, sample_desk) -> Iterator[EventEditor]:
    """The editor on an event Ms Tanaka (METI) does not attend."""
    tanaka = next(p for p in sample_desk.people() if p.family_name == "Tanaka")
    event = next(e for e in sample_desk.events() if tanaka.id not in e.attendee_ids)
    dialog = EventEditor(Session(sample_desk), event.id)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    dialog.done(EventEditor.DialogCode.Rejected)  # leave without asking about the changes
    dialog.deleteLater()


def test_escape_without_changes_closes_at_once(qtbot, editor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert editor.result() == EventEditor.DialogCode.Rejected
    assert not editor.isVisible()


def test_escape_after_typing_asks_and_can_keep_the_work(qtbot, editor) -> None:
    title = editor.details.title
    qtbot.keyClicks(title, " (moved)")
    asked = answer_next_box(qtbot, "Keep editing")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked and "Discard your changes" in asked[0]
    assert editor.isVisible()
    assert title.text().endswith(" (moved)")
    before = editor.session.desk.event(editor.base.id)
    asked = answer_next_box(qtbot, "Discard changes")
    editor.buttons.button(editor.buttons.StandardButton.Cancel).click()
    assert asked
    assert not editor.isVisible()
    assert editor.session.desk.event(editor.base.id) == before


def test_enter_in_the_attendee_search_adds_the_best_match_and_keeps_the_editor_open(
    qtbot, editor
) -> None:
    desk = editor.session.desk
    attendees = editor.attendees
    editor.tabs.setCurrentIndex(1)
    before = list(editor.context.attendee_ids)
    search = attendees.picker.search
    search.setFocus()
    qtbot.keyClicks(search, "Tanaka")
    # On a busy machine the search counts as slow and waits for a pause in typing.
    qtbot.waitUntil(lambda: not attendees.picker._timer.isActive())
    first = attendees.picker.model.people[0]
    assert first.family_name == "Tanaka"  # before the staff of TANAKA Kikinzoku
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.result() != EventEditor.DialogCode.Accepted
    added = [pid for pid in editor.context.attendee_ids if pid not in before]
    assert [desk.person(pid).family_name for pid in added] == ["Tanaka"]
    assert desk.event(editor.base.id).attendee_ids == editor.base.attendee_ids  # not saved


def test_a_bare_time_is_read_on_the_events_day(qtbot, editor) -> None:
    day = in_zone(editor.base.starts_at, editor.context.zone).date()
    ends = editor.details.ends.edit
    ends.selectAll()
    qtbot.keyClicks(ends, "23:45")
    event, problems = editor.draft()
    assert problems == []
    local = in_zone(event.ends_at, editor.context.zone)
    assert (local.date(), local.hour, local.minute) == (day, 23, 45)


def test_the_calendar_button_beside_a_time_picks_day_and_time(qtbot, editor) -> None:
    """Start and End have a date and time picker: it opens on the time typed and sets both."""
    from PySide6.QtCore import QDate, QTime

    field = editor.details.starts
    day = in_zone(editor.base.starts_at, editor.context.zone)
    qtbot.mouseClick(field.pick, Qt.MouseButton.LeftButton)
    picker = field.picker
    assert picker is not None and picker.isVisible()
    assert picker.calendar.selectedDate().toPython() == day.date()
    assert (picker.clock.time().hour(), picker.clock.time().minute()) == (day.hour, day.minute)
    picker.calendar.setSelectedDate(QDate(2026, 12, 2))
    picker.clock.setTime(QTime(14, 35))
    qtbot.mouseClick(picker.set_button, Qt.MouseButton.LeftButton)
    assert not picker.isVisible()
    assert field.edit.text() == "2026-12-02 14:35"
    event, _problems = editor.draft()
    local = in_zone(event.starts_at, editor.context.zone)
    assert (local.date(), local.hour, local.minute) == (date(2026, 12, 2), 14, 35)


def test_a_new_event_starts_on_the_day_on_screen(qtbot, window, monkeypatch) -> None:
    opened: list[EventEditor] = []
    monkeypatch.setattr(EventEditor, "exec", lambda self: opened.append(self) or 0)
    window.programme.set_day(date(2026, 12, 2))
    window.add_event()
    zone = opened[0].context.zone
    assert in_zone(opened[0].base.starts_at, zone).date() == date(2026, 12, 2)


def test_a_typed_organisation_that_is_none_of_them_is_refused_with_its_near_matches(
    qtbot, sample_desk
) -> None:
    from ui.dialogs import PersonDialog

    session = Session(sample_desk)
    dialog = PersonDialog(session)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.family_name, "Ravindran-Okafor")
    dialog.organisation.setEditText("Hindalco")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Hindalco Industries Ltd" in dialog.problems.text()
    assert not [p for p in sample_desk.people() if p.family_name == "Ravindran-Okafor"]
    dialog.organisation.setEditText("hindalco industries ltd")  # any case
    dialog.accept()
    saved = next(p for p in sample_desk.people() if p.family_name == "Ravindran-Okafor")
    hindalco = next(o for o in sample_desk.organisations() if o.name.startswith("Hindalco"))
    assert saved.organisation_id == hindalco.id


def test_india_is_accepted_as_a_nationality_in_the_dialog(qtbot, sample_desk) -> None:
    from ui.dialogs import PersonDialog

    dialog = PersonDialog(Session(sample_desk))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.family_name, "Ravindran-Okafor")
    qtbot.keyClicks(dialog.nationality, "India")
    dialog.accept()
    saved = next(p for p in sample_desk.people() if p.family_name == "Ravindran-Okafor")
    assert saved.nationality == "IN"


def test_the_import_preview_shows_only_the_buttons_of_its_button_box(qtbot, desk) -> None:
    from pathlib import Path

    from models.people_import import plan_import
    from ui.dialogs.import_people import ImportPreviewDialog, read_candidates

    csv = str(Path(__file__).resolve().parents[1] / "data" / "people_bom.csv")
    plan = plan_import(desk, read_candidates(csv))
    assert plan.valid_rows and not plan.invalid_rows
    dialog = ImportPreviewDialog(plan, csv, [])
    qtbot.addWidget(dialog)
    dialog.show()
    from PySide6.QtWidgets import QPushButton

    shown = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert shown and all(dialog.buttons.isAncestorOf(b) for b in shown)
    assert dialog.import_all.isVisible() and not dialog.import_valid.isVisible()
