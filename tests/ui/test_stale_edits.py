"""Edits in the window never silently undo a change made elsewhere.

"Elsewhere" is a real second writer: the command line in another process
(``main.py reschedule``) or a second connection to the same file.
"""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from models.errors import StaleRecord
from models.services import Desk
from models.store import Store
from models.timezones import in_zone
from models.versions import Choice
from tests.ui.drawn import wait_drawn
from ui.conflicts import ConflictDialog
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]


def cli_reschedule(db: str, event_id: int, start: str, end: str) -> None:
    """Move an event from another process, as a colleague at a terminal would."""
    result = subprocess.run(
        [sys.executable, "main.py", "reschedule", "--db", db, "--event", str(event_id),
         "--start", start, "--end", end],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr


class Answers:
    """Stands in for the person at the conflict dialog: records and answers."""

    def __init__(self, *choices: Choice) -> None:
        self.choices = list(choices)
        self.asked: list[tuple[StaleRecord, str]] = []

    def __call__(self, stale: StaleRecord, action: str) -> Choice:
        self.asked.append((stale, action))
        return self.choices.pop(0)


@pytest.fixture
def event_id(session: Session) -> int:
    (event,) = session.desk.events()
    assert event.id is not None
    return event.id


def local_start(session: Session, event_id: int) -> str:
    event = session.desk.event(event_id)
    return f"{in_zone(event.starts_at, event.timezone):%Y-%m-%d %H:%M}"


def _edit_title_and_save(qtbot, session: Session, event_id: int, title: str):
    from ui.event_editor import EventEditor

    editor = EventEditor(session, event_id)
    qtbot.addWidget(editor)
    editor.details.title.selectAll()
    qtbot.keyClicks(editor.details.title, title)
    return editor


def test_editor_save_after_a_reschedule_elsewhere_asks_and_reload_keeps_theirs(
    qtbot, session: Session, event_id: int
) -> None:
    editor = _edit_title_and_save(qtbot, session, event_id, "Battery conference (moved)")
    cli_reschedule(session.desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    answers = Answers(Choice.RELOAD)
    session.resolve = answers
    depth = session.undo_stack.count()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)

    ((stale, action),) = answers.asked
    assert action == "save"
    changed = {c.field: c for c in stale.changes}
    assert changed["Start"].stored == "2026-12-01 15:00"
    assert changed["Title"].yours == "Battery conference (moved)"
    stored = session.desk.event(event_id)
    assert stored.title == "Battery conference"  # their version kept, mine dropped
    assert local_start(session, event_id) == "2026-12-01 15:00"
    assert session.undo_stack.count() == depth  # nothing to undo: nothing was saved


def test_overwrite_saves_mine_and_undo_puts_theirs_back(
    qtbot, session: Session, event_id: int
) -> None:
    editor = _edit_title_and_save(qtbot, session, event_id, "Battery conference (final)")
    cli_reschedule(session.desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    session.resolve = Answers(Choice.OVERWRITE)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert session.desk.event(event_id).title == "Battery conference (final)"
    assert local_start(session, event_id) == "2026-12-01 10:00"  # mine, as the editor showed
    session.undo_stack.undo()
    assert session.desk.event(event_id).title == "Battery conference"
    assert local_start(session, event_id) == "2026-12-01 15:00"  # theirs, not my load


def test_cancel_leaves_the_editor_open_with_the_draft(
    qtbot, session: Session, event_id: int, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    editor = _edit_title_and_save(qtbot, session, event_id, "Draft title")
    cli_reschedule(session.desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    session.resolve = Answers(Choice.CANCEL)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.result() != editor.DialogCode.Accepted
    assert editor.details.title.text() == "Draft title"
    assert "changed elsewhere" in shown[0]
    assert session.desk.event(event_id).title == "Battery conference"


def test_undo_of_an_event_changed_elsewhere_asks_before_reverting_it(
    qtbot, session: Session, event_id: int
) -> None:
    from dataclasses import replace

    event = session.desk.event(event_id)
    session.save_event(replace(event, title="Renamed in the window"))
    cli_reschedule(session.desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    answers = Answers(Choice.RELOAD)
    session.resolve = answers
    depth = session.undo_stack.count()
    session.undo_stack.undo()
    ((stale, action),) = answers.asked
    assert action == "undo"
    assert "Start" in {c.field for c in stale.changes}
    # kept as stored: neither my rename nor their move was undone, the step is gone
    stored = session.desk.event(event_id)
    assert stored.title == "Renamed in the window"
    assert local_start(session, event_id) == "2026-12-01 15:00"
    assert session.undo_stack.count() == depth - 1


def test_undo_anyway_and_redo_after_a_change_elsewhere(
    qtbot, session: Session, event_id: int
) -> None:
    from dataclasses import replace

    event = session.desk.event(event_id)
    session.save_event(replace(event, title="Renamed in the window"))
    other = Desk(Store.open(session.desk.store.path), session.desk.clock)
    try:
        theirs = other.event(event_id)
        other.save_event(replace(theirs, notes="Bring the MoU draft"))  # a second connection
    finally:
        other.close()
    session.resolve = Answers(Choice.OVERWRITE)
    session.undo_stack.undo()
    assert session.desk.event(event_id).title == "Battery conference"
    assert session.desk.event(event_id).notes == ""  # undone anyway, as asked
    session.resolve = Answers()  # nothing changed since the undo: no question
    session.undo_stack.redo()
    assert session.desk.event(event_id).title == "Renamed in the window"


def test_moving_a_block_then_undo_after_a_reschedule_elsewhere_asks(
    qtbot, session: Session, event_id: int
) -> None:
    """The programme's drag and cancel write through session.push with snapshots too."""
    desk = session.desk
    before = desk.event(event_id)
    session.push("Move", lambda: desk.reschedule(event_id, before.starts_at + timedelta(hours=1),
                                                  before.ends_at + timedelta(hours=1)),
                 lambda: desk.save_event(before), ("events",))  # fmt: skip
    session.resolve = Answers()
    session.undo_stack.undo()  # nothing changed elsewhere: undone without a question
    assert desk.event(event_id).starts_at == before.starts_at
    session.undo_stack.redo()
    cli_reschedule(desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    answers = Answers(Choice.RELOAD)
    session.resolve = answers
    session.undo_stack.undo()
    assert len(answers.asked) == 1
    assert local_start(session, event_id) == "2026-12-01 15:00"


def test_the_conflict_dialog_shows_what_differs_and_returns_the_choice(
    qtbot, session: Session, event_id: int
) -> None:
    from dataclasses import replace

    held = session.desk.event(event_id)
    cli_reschedule(session.desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    with pytest.raises(StaleRecord) as caught:
        session.desk.save_event(replace(held, title="Mine"))
    for action, choice in (("save", Choice.OVERWRITE), ("save", Choice.RELOAD),
                           ("save", Choice.CANCEL), ("undo", Choice.OVERWRITE),
                           ("undo", Choice.RELOAD)):  # fmt: skip
        box = ConflictDialog(caught.value, action)
        qtbot.addWidget(box)
        assert "Start: now 2026-12-01 15:00 — yours 2026-12-01 10:00" in box.text()
        assert "Title: now Battery conference — yours Mine" in box.text()
        box.open()
        qtbot.mouseClick(box.button_for(choice), Qt.MouseButton.LeftButton)
        assert box.choice() is choice
    undo_box = ConflictDialog(caught.value, "undo")
    qtbot.addWidget(undo_box)
    assert {b.text() for b in undo_box.buttons()} == {"&Keep their change", "Undo &anyway"}


def test_the_conflict_dialog_speaks_japanese(qtbot, qapp, session: Session, event_id: int) -> None:
    from dataclasses import replace

    from ui.i18n import install_translators

    held = session.desk.event(event_id)
    cli_reschedule(session.desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    with pytest.raises(StaleRecord) as caught:
        session.desk.save_event(replace(held, title="Mine"))
    install_translators(qapp, "ja")
    try:
        box = ConflictDialog(caught.value, "save")
        qtbot.addWidget(box)
        assert box.windowTitle() == "行事が他の場所で変更されました"
        assert "「Battery conference」は、開いた後に" in box.text()
        assert "異なる点:" in box.text() and "現在 2026-12-01 15:00" in box.text()
        assert {b.text() for b in box.buttons()} == {
            "再読み込み(&R)", "上書き(&O)", "キャンセル(&C)"
        }  # fmt: skip
        undo_box = ConflictDialog(caught.value, "undo")
        qtbot.addWidget(undo_box)
        assert "元に戻すとその変更を上書きします" in undo_box.text()
        assert {b.text() for b in undo_box.buttons()} == {
            "相手の変更を残す(&K)", "それでも元に戻す(&A)"
        }  # fmt: skip
    finally:
        install_translators(qapp, "en")


def test_the_window_notices_a_change_made_by_another_process(
    qtbot, sample_desk: Desk, settings
) -> None:
    from ui.main_window import MainWindow

    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    window.show()
    wait_drawn(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.counter.count >= 0, timeout=60000)
    before = window.counter.count
    window.show_page("events")
    events = window.tables["events"]
    target = next(e for e in sample_desk.events() if not e.is_cancelled and e.participations)
    assert target.id is not None
    clashing = next(
        e for e in sample_desk.events()
        if e.id != target.id and not e.is_cancelled
        and set(e.attendee_ids) & set(target.attendee_ids)
    )  # fmt: skip
    start = in_zone(clashing.starts_at, clashing.timezone)
    end = start + (target.ends_at - target.starts_at)
    with qtbot.waitSignal(window.session.external.noticed, timeout=20000):
        cli_reschedule(sample_desk.store.path, target.id, f"{start:%Y-%m-%d %H:%M}",
                       f"{end:%Y-%m-%d %H:%M}")  # fmt: skip

    def shown_start() -> object:
        row = events.model.row_of(target.id)
        return None if row is None else events.model.record_at(row).starts_at

    qtbot.waitUntil(lambda: shown_start() == clashing.starts_at)
    qtbot.waitUntil(lambda: window.counter.count > before, timeout=60000)  # clash panel too


def test_the_attendee_table_shows_a_moved_answer_and_a_declines_comment(
    qtbot, session: Session, event_id: int
) -> None:
    from models.entities import Reply
    from ui.event_editor import EventEditor
    from ui.event_editor_tabs.attendees import REPLY_COLUMN

    desk = session.desk
    (first,) = desk.event(event_id).participations
    desk.set_reply(event_id, first.person_id, Reply.ACCEPTED)
    cli_reschedule(desk.store.path, event_id, "2026-12-01 15:00", "2026-12-01 17:00")
    editor = EventEditor(session, event_id)
    qtbot.addWidget(editor)
    model = editor.attendees.model
    assert model.data(model.index(0, REPLY_COLUMN)) == "Needs re-confirmation"
    desk.store.set_replies(event_id, [(first.person_id, Reply.DECLINED.value, "In Osaka")])
    editor = EventEditor(session, event_id)
    qtbot.addWidget(editor)
    model = editor.attendees.model
    assert model.data(model.index(0, REPLY_COLUMN)) == "Declined — “In Osaka”"


def test_undo_of_an_import_asks_when_an_imported_person_changed_elsewhere(
    qtbot, session: Session
) -> None:
    """Ctrl+Z of an import deleted the people it added even after a colleague had edited one."""
    from dataclasses import replace

    from models.entities import Person
    from models.people_import import Candidate, apply_import, plan_import
    from ui.dialogs.import_people import record_import

    rows = [
        Candidate(line=2, person=Person(family_name="Verma", given_name="Kavya",
                                        email="kavya.verma@example.in"),
                  organisation_name="Lohum Cleantech"),
        Candidate(line=3, person=Person(family_name="Ishida", given_name="Ren",
                                        email="ren.ishida@example.jp")),
    ]  # fmt: skip
    plan = plan_import(session.desk, rows)
    worker = Desk(Store.open(session.desk.store.path))  # the import runs on its own connection
    report = apply_import(worker, plan)
    worker.close()
    record_import(session, plan, report, False, None)

    colleague = Desk(Store.open(session.desk.store.path))
    verma = next(p for p in colleague.people() if p.email == "kavya.verma@example.in")
    colleague.save_person(replace(verma, phone="+91 98100 00000"))
    colleague.close()

    answers = Answers(Choice.RELOAD)
    session.resolve = answers
    session.undo_stack.undo()
    ((stale, action),) = answers.asked
    assert action == "undo" and stale.kind == "people"
    emails = {p.email for p in session.desk.people()}
    assert "kavya.verma@example.in" in emails  # their edit kept: nothing deleted unasked
