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
