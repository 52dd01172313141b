"""File ▸ Import replies, deleting an event already sent, clashes on the timeline."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.entities import Reply
from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(told_window) -> MainWindow:
    return told_window


def _event(desk):
    return next(e for e in desk.events() if e.title.startswith("Aluminium battery foil"))


def reply_file(path, event, email: str, partstat: str = "ACCEPTED", sequence=None):
    """A METHOD:REPLY file as a calendar program sends it back."""
    from icalendar import Calendar, Event, vCalAddress

    calendar = Calendar()
    calendar.add("PRODID", "-//Example Mail//Calendar 1.0//EN")
    calendar.add("VERSION", "2.0")
    calendar.add("METHOD", "REPLY")
    vevent = Event()
    vevent.add("UID", event.uid)
    vevent.add("SEQUENCE", event.sequence if sequence is None else sequence)
    vevent.add("DTSTAMP", datetime(2026, 11, 30, 13, 0, tzinfo=UTC))
    vevent.add("DTSTART", event.starts_at)
    vevent.add("SUMMARY", event.title)
    attendee = vCalAddress(f"mailto:{email}")
    attendee.params["PARTSTAT"] = partstat
    vevent.add("ATTENDEE", attendee)
    calendar.add_component(vevent)
    path.write_bytes(calendar.to_ical())
    return path


def _reply_of(desk, event_id: int, person_id: int) -> Reply:
    return next(p.reply for p in desk.event(event_id).participations if p.person_id == person_id)


def _import(qtbot, window) -> None:
    """File ▸ Import replies, waiting for the files to be read."""
    window.actions_by_name["replies"].trigger()
    runner = window.runners[-1]
    ended: list[str] = []
    runner.done.connect(lambda _result: ended.append("done"))
    runner.failed.connect(lambda _message, _details: ended.append("failed"))
    qtbot.waitUntil(lambda: bool(ended), timeout=20000)


def _choose_files(monkeypatch, *paths) -> None:
    names = [str(p) for p in paths]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (names, ""))


def test_a_reply_imported_from_the_menu_is_recorded_and_ctrl_z_restores_it(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    desk = window.session.desk
    event = _event(desk)
    first, second = (desk.person(p.person_id) for p in event.participations[:2])
    before = (_reply_of(desk, event.id, first.id), _reply_of(desk, event.id, second.id))
    wanted = tuple(Reply.DECLINED if r is Reply.ACCEPTED else Reply.ACCEPTED for r in before)
    _choose_files(monkeypatch, *(
        reply_file(tmp_path / f"{n}.ics", event, person.email, reply.name)
        for n, (person, reply) in enumerate(zip((first, second), wanted, strict=True))
    ))  # fmt: skip

    _import(qtbot, window)
    assert (_reply_of(desk, event.id, first.id), _reply_of(desk, event.id, second.id)) == wanted
    assert window.told[-1].startswith("2 changed, 0 unchanged, 0 ignored.")
    change = f"{first.full_name} for “{event.title}”: {before[0].value} → {wanted[0].value}."
    assert change in window.told[-1]

    window.actions_by_name["undo"].trigger()
    after_undo = (_reply_of(desk, event.id, first.id), _reply_of(desk, event.id, second.id))
    assert after_undo == before
    assert desk.event(event.id).sequence == event.sequence  # undo is no reschedule
    window.actions_by_name["redo"].trigger()
    assert _reply_of(desk, event.id, first.id) is wanted[0]


def test_replies_for_strangers_and_old_versions_are_reported_and_ignored(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from datetime import timedelta

    desk = window.session.desk
    first = _event(desk)
    email = desk.person(first.attendee_ids[0]).email
    old = reply_file(tmp_path / "old.ics", first, email, "DECLINED")  # to the first version
    event = desk.reschedule(first.id, first.starts_at + timedelta(hours=1),
                            first.ends_at + timedelta(hours=1))  # fmt: skip
    assert event.sequence == first.sequence + 1
    attendee = desk.person(event.participations[0].person_id)
    # answered again after the move (a moved event's earlier answers need re-confirmation)
    event = desk.set_reply(event.id, attendee.id, Reply.ACCEPTED)
    same = "ACCEPTED"
    _choose_files(monkeypatch, reply_file(tmp_path / "stranger.ics", event, "nobody@example.org"),
                  reply_file(tmp_path / "same.ics", event, attendee.email, same), old)  # fmt: skip
    _import(qtbot, window)
    report = window.told[-1]
    assert report.startswith("0 changed, 1 unchanged, 2 ignored.")
    assert "stranger.ics" in report and "nobody@example.org is not an attendee" in report
    assert "old.ics" in report and "earlier version" in report
    assert not window.session.undo_stack.canUndo()  # nothing changed, nothing to undo


def test_a_malformed_reply_file_is_refused_and_nothing_changes(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    desk = window.session.desk
    event = _event(desk)
    attendee = desk.person(event.participations[0].person_id)
    before = _reply_of(desk, event.id, attendee.id)
    other = "DECLINED" if before is Reply.ACCEPTED else "ACCEPTED"
    good = reply_file(tmp_path / "good.ics", event, attendee.email, other)
    bad = tmp_path / "broken.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nthis is not a calendar\r\n")
    _choose_files(monkeypatch, good, bad)
    _import(qtbot, window)
    assert "No reply was imported" in window.told[-1]
    assert "broken.ics" in window.told[-1] and "good.ics" not in window.told[-1]
    assert _reply_of(desk, event.id, attendee.id) is before
    assert not window.session.undo_stack.canUndo()


# -- deleting an event whose invitations were sent ------------------------------------------


def _export_invites(qtbot, window, event, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "invite.ics"), ""))  # fmt: skip
    window.export_invites(event.id)
    with qtbot.waitSignal(window.runners[-1].done, timeout=20000):
        pass


def _answer(monkeypatch, button_text: str, asked: list[str]) -> None:
    def click(box: QMessageBox) -> int:
        asked.append(box.text())
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)


@pytest.mark.parametrize(
    ("answer", "status"),
    [("Cancel the event", "cancelled"), ("Keep it", "confirmed"), ("Delete anyway", None)],
)
def test_deleting_an_event_already_sent_offers_to_cancel_it(
    qtbot, window, tmp_path, monkeypatch, answer, status
) -> None:
    desk = window.session.desk
    event = _event(desk)
    _export_invites(qtbot, window, event, tmp_path, monkeypatch)
    asked: list[str] = []
    _answer(monkeypatch, answer, asked)
    window.show_page("events")
    window.tables["events"].select_id(event.id)
    window.actions_by_name["delete"].trigger()
    assert asked == [
        f"Invitations for this event were sent to {len(event.participations)} people. Cancel it "
        "instead (attendees get a cancellation), delete it anyway, or keep it?"
    ]
    if status is None:
        assert event.id not in {e.id for e in desk.events()}
        window.actions_by_name["undo"].trigger()
        assert desk.event(event.id).uid == event.uid
    else:
        assert desk.event(event.id).status.value == status


def test_an_event_never_sent_is_deleted_only_once_the_question_naming_it_is_answered(
    qtbot, window, monkeypatch
) -> None:
    """The Delete key on the timeline asks first, naming the event and its attendees."""
    from ui.dialogs.event_delete import confirm_event_delete

    desk = window.session.desk
    event = _event(desk)
    count = len(event.participations)
    asked: list[str] = []
    _answer(monkeypatch, "Keep it", asked)
    assert confirm_event_delete(window, window.session, event.id) == "keep"
    window.show_page("programme")
    window.programme.show_event(event.id)
    window.actions_by_name["delete"].trigger()
    assert asked[-1] == f"Delete “{event.title}” and its {count} attendees?"
    assert event.id in {e.id for e in desk.events()}
    _answer(monkeypatch, "Delete", asked)
    window.actions_by_name["delete"].trigger()
    assert event.id not in {e.id for e in desk.events()}


# -- clashes on the timeline ------------------------------------------------------------------


def test_clashing_events_are_marked_on_the_timeline_once_the_panel_is_attached(
    qtbot, sample_desk, settings
) -> None:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    canvas = win.programme.canvas
    assert canvas.clash_notes == {}
    win.show()
    wait_drawn(qtbot, win)
    clashing = {i for clash in sample_desk.clashes() for i in clash.event_ids}
    assert clashing
    qtbot.waitUntil(lambda: set(canvas.clash_notes) == clashing, timeout=10000)
