"""Export menu: invites and briefing packs are written in the background and logged."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(qtbot, sample_desk, settings, monkeypatch) -> MainWindow:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    win = MainWindow(Session(sample_desk), settings)
    win.told = told  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    return win


def _event(desk, confidential: bool):
    return next(
        e for e in desk.events()
        if (e.classification.value == "confidential") == confidential and e.participations
    )  # fmt: skip


def test_invites_for_a_restricted_event_go_to_one_file(qtbot, window, tmp_path, monkeypatch):
    event = _event(window.session.desk, confidential=False)
    target = tmp_path / "invite.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_page("events")
    window.tables["events"].select_id(event.id)
    window.actions_by_name["invites"].trigger()
    runner = window.runners[-1]
    with qtbot.waitSignal(runner.done, timeout=20000):
        pass
    text = target.read_text(encoding="utf-8")
    assert "BEGIN:VCALENDAR" in text and event.uid in text
    assert window.session.desk.store.export_records(event_uid=event.uid)
    assert "Wrote 1 calendar file" in window.told[-1]


def test_a_confidential_event_gets_one_invite_per_attendee(qtbot, window, tmp_path, monkeypatch):
    event = _event(window.session.desk, confidential=True)
    folder = tmp_path / "invites"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    runner = window.export_invites(event.id) or window.runners[-1]
    with qtbot.waitSignal(runner.done, timeout=20000):
        pass
    assert len(list(folder.glob("*.ics"))) == len(event.participations)


def test_the_briefing_pack_of_the_chosen_event_is_a_pdf(qtbot, window, tmp_path, monkeypatch):
    event = _event(window.session.desk, confidential=False)
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.print_pack(event.id)
    with qtbot.waitSignal(window.runners[-1].done, timeout=60000):
        pass
    assert target.read_bytes().startswith(b"%PDF")
    assert "briefing pack" in window.told[-1]


def test_without_a_chosen_event_the_window_says_so(window) -> None:
    window.show_page("events")
    window.actions_by_name["pack"].trigger()
    assert window.told == ["Choose an event in the programme or the events list first."]


# -- the rest of the Export menu ---------------------------------------------------------


def _calendar(path):
    from icalendar import Calendar

    return Calendar.from_ical(path.read_bytes())


def _vevents(calendar):
    return [c for c in calendar.walk() if c.name == "VEVENT"]


def _wait(qtbot, window, timeout=20000):
    with qtbot.waitSignal(window.runners[-1].done, timeout=timeout):
        pass


def _by_title(desk, title_start: str):
    return next(e for e in desk.events() if e.title.startswith(title_start))


def test_invitations_one_per_attendee_for_a_restricted_event(qtbot, window, tmp_path, monkeypatch):
    desk = window.session.desk
    event = _by_title(desk, "Aluminium battery foil")
    assert event.classification.value == "restricted"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    window.show_page("events")
    window.tables["events"].select_id(event.id)
    window.actions_by_name["invites-each"].trigger()
    _wait(qtbot, window)
    files = sorted(tmp_path.glob("*.ics"))
    assert len(files) == len(event.participations) == 5
    for path in files:
        calendar = _calendar(path)
        assert calendar["METHOD"] == "REQUEST"
        (vevent,) = _vevents(calendar)
        assert vevent["UID"] == event.uid
        attendees = vevent.get("ATTENDEE")
        assert isinstance(attendees, str)  # one attendee: the recipient alone
    logged = desk.store.export_records(event_uid=event.uid)
    assert {r.person_id for r in logged} == set(event.attendee_ids)
    assert window.told[-1].startswith("Wrote 5 calendar files")


def test_changed_invitations_after_a_reschedule_hold_only_the_moved_event(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from datetime import timedelta

    desk = window.session.desk
    first, second, third = tmp_path / "first", tmp_path / "second", tmp_path / "third"
    for folder in (first, second, third):
        folder.mkdir()
    folders = iter([first, second, third])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(next(folders)))
    window.actions_by_name["invites-changed"].trigger()
    _wait(qtbot, window, 60000)
    assert len(list(first.glob("*.ics"))) > len(desk.events())  # confidential: one per person

    event = _by_title(desk, "Aluminium battery foil")
    desk.reschedule(event.id, event.starts_at + timedelta(hours=1),
                    event.ends_at + timedelta(hours=1))  # fmt: skip
    window.actions_by_name["invites-changed"].trigger()
    _wait(qtbot, window)
    files = list(second.glob("*.ics"))
    assert len(files) == 1
    (vevent,) = _vevents(_calendar(files[0]))
    assert vevent["UID"] == event.uid and vevent["SEQUENCE"] == event.sequence + 1

    window.actions_by_name["invites-changed"].trigger()
    _wait(qtbot, window)
    assert list(third.iterdir()) == []
    assert window.told[-1] == "Nothing changed since the last export."


def _choose_in_feed_dialog(monkeypatch, *, delegation: str | None, limit: str, days=None):
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog

    from ui.dialogs.export_feed import FeedDialog

    def answer(dialog: FeedDialog) -> int:
        if delegation is not None:
            dialog.scope.setCurrentIndex(dialog.scope.findText(f"Delegation: {delegation}"))
        dialog.limit.setCurrentIndex(dialog.limit.findData(limit))
        if days is not None:
            dialog.days.setChecked(True)
            dialog.start.setDate(QDate(days[0].year, days[0].month, days[0].day))
            dialog.end.setDate(QDate(days[1].year, days[1].month, days[1].day))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(FeedDialog, "exec", answer)


def test_programme_feed_of_a_delegation_without_attendees(qtbot, window, tmp_path, monkeypatch):
    from datetime import date

    from exports.calendar.api import select_events
    from models.entities import Classification

    desk = window.session.desk
    delegation = next(d for d in desk.delegations() if d.name.startswith("Japanese"))
    _choose_in_feed_dialog(monkeypatch, delegation=delegation.name, limit="restricted",
                           days=(date(2026, 12, 2), date(2026, 12, 2)))  # fmt: skip
    target = tmp_path / "feed.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["feed"].trigger()
    _wait(qtbot, window)
    calendar = _calendar(target)
    assert calendar["METHOD"] == "PUBLISH"
    assert calendar.get("X-WR-CALNAME")
    expected = select_events(desk.programme(), delegation_id=delegation.id,
                             start=date(2026, 12, 2), end=date(2026, 12, 2),
                             max_classification=Classification.RESTRICTED)  # fmt: skip
    vevents = _vevents(calendar)
    assert expected and len(vevents) == len(expected)
    assert {str(v["UID"]) for v in vevents} == {e.uid for e in expected}
    assert all(v.get("ATTENDEE") is None for v in vevents)
    assert b"ATTENDEE" not in target.read_bytes()
    assert all(v["CLASS"] != "CONFIDENTIAL" for v in vevents)
    assert any(r.channel == "programme" for r in desk.store.export_records())


def test_the_whole_programme_feed_has_every_event(qtbot, window, tmp_path, monkeypatch):
    _choose_in_feed_dialog(monkeypatch, delegation=None, limit="confidential")
    target = tmp_path / "programme.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["feed"].trigger()
    _wait(qtbot, window)
    assert len(_vevents(_calendar(target))) == len(window.session.desk.events())


def test_the_feed_dialog_refuses_a_last_day_before_the_first(qtbot, window) -> None:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.export_feed import FeedDialog

    dialog = FeedDialog(window.session, window)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.end.setDate(QDate(2026, 12, 1))
    dialog.start.setDate(QDate(2026, 12, 3))
    assert ok.isEnabled()  # the days are not used yet
    dialog.days.setChecked(True)
    assert not ok.isEnabled() and "before" in dialog.problem.text()
    dialog.end.setDate(QDate(2026, 12, 3))
    assert ok.isEnabled()
    choice = dialog.choice()
    assert choice.start == choice.end and choice.delegation_id is None


def _person_at(desk, title_start: str):
    event = _by_title(desk, title_start)
    return desk.person(event.participations[0].person_id)


def test_itinerary_calendar_of_the_chosen_person(qtbot, window, tmp_path, monkeypatch):
    desk = window.session.desk
    person = _person_at(desk, "Site visit")
    mine = [e for e in desk.events() if person.id in e.attendee_ids]
    target = tmp_path / "itinerary.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_page("people")
    window.tables["people"].select_id(person.id)
    window.actions_by_name["itinerary"].trigger()
    _wait(qtbot, window)
    calendar = _calendar(target)
    assert calendar["METHOD"] == "PUBLISH"
    uids = {str(v["UID"]) for v in _vevents(calendar)}
    assert {e.uid for e in mine} <= uids
    assert desk.store.export_records(person_id=person.id)


def test_itinerary_pdf_asks_whose_when_nobody_is_chosen(qtbot, window, tmp_path, monkeypatch):
    from io import BytesIO

    from pypdf import PdfReader

    from ui import people_picker

    desk = window.session.desk
    person = _person_at(desk, "Site visit")
    asked: list[str] = []

    def choose(session, title, parent=None):
        asked.append(title)
        return person.id

    monkeypatch.setattr(people_picker, "choose_person", choose)
    target = tmp_path / "itinerary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_page("programme")
    window.actions_by_name["itinerary-pdf"].trigger()
    _wait(qtbot, window, 60000)
    assert asked
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(data)).pages)
    assert person.family_name in text and person.given_name in text
    assert "itinerary of" in window.told[-1]


def test_delegation_pack_asks_which_delegation(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    desk = window.session.desk
    delegation = desk.delegations()[0]
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (delegation.name, True))
    target = tmp_path / "delegation.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["pack-delegation"].trigger()
    _wait(qtbot, window, 120000)
    assert target.read_bytes().startswith(b"%PDF")
    assert delegation.name in window.told[-1]


def test_every_export_action_has_a_status_tip_and_the_menu_is_complete(window) -> None:
    from PySide6.QtWidgets import QMenu

    menu = window.menuBar().findChild(QMenu, "export-menu")
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert len(actions) == 10  # and Send invites, Send updates (e-mail)
    assert all(a.statusTip() for a in actions)
    shortcuts = {a.shortcut().toString() for a in actions if not a.shortcut().isEmpty()}
    assert {"Ctrl+Shift+E", "Ctrl+P", "Ctrl+Shift+F", "Ctrl+Shift+P"} <= shortcuts
    every = [a for m in window.menuBar().findChildren(QMenu) for a in m.actions()]
    assert all(a.statusTip() for a in every if not a.isSeparator() and not a.menu())


def test_briefing_pack_on_the_delegations_page_is_the_delegations(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    desk = window.session.desk
    delegation = desk.delegations()[-1]
    window.programme.show_event(desk.events()[0].id)  # an event chosen elsewhere is not it
    target = tmp_path / "pack.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.show_page("delegations")
    window.tables["delegations"].select_id(delegation.id)
    window.actions_by_name["pack"].trigger()
    _wait(qtbot, window, 120000)
    assert delegation.name in window.told[-1]
    assert target.read_bytes().startswith(b"%PDF")


def test_cancel_writes_and_logs_nothing(qtbot, window, tmp_path, monkeypatch) -> None:
    from exports.calendar import api

    build = api.all_invites

    def slow(*args, cancel, **kwargs):
        cancel.wait(10)  # as if the programme were huge: still building when Cancel is pressed
        return build(*args, cancel=cancel, **kwargs)

    monkeypatch.setattr(api, "all_invites", slow)
    folder = tmp_path / "invites"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    window.actions_by_name["invites-changed"].trigger()
    runner = window.runners[-1]
    with qtbot.waitSignal(runner.cancelled, timeout=20000):
        runner.cancel()  # what the progress dialog's Cancel button does
    assert list(folder.iterdir()) == []
    assert window.session.desk.store.export_records() == []
