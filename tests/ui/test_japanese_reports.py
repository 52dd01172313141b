"""The reports the core writes, shown by a Japanese window in Japanese.

Calendar exports, the e-mail preview and send report, the CalDAV publish
report and the scheduler's note come from ``exports/`` and ``models/`` as
:class:`models.messages.Message` — English for the command line, translated
by the window.  Real servers on loopback (aiosmtpd, Radicale) take what the
window sends.  What stays as it is: the programme's own data (titles, names),
addresses, file names, and what a server or the system answered.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from test_japanese import data_words, spoken_texts, untranslated

from models.messages import Message
from ui.main_window import MainWindow
from ui.session import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from caldav_server import Radicale
from mail_server import MailServer, free_port


@pytest.fixture
def window(japanese, told_window) -> MainWindow:
    """The main window in Japanese (message boxes kept in ``told``)."""
    return told_window


def _japanese(text: str) -> bool:
    return any("\u3040" <= c <= "\u30ff" or "\u4e00" <= c <= "\u9fff" for c in text)


def _left_in_english(texts: list[str], desk, *kept: str) -> list[str]:
    """Lines of ``texts`` with English words beyond the data and the ``kept`` words."""
    data = data_words(desk) | {p.full_name for p in desk.people()} | {k for k in kept if k}
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return untranslated(lines, data)


def test_calendar_export_reports_in_japanese(qtbot, window, sample_desk, tmp_path, monkeypatch):
    from ui.dialogs import exporting

    monkeypatch.setattr(exporting, "ask_folder", lambda parent, title: tmp_path)
    window.keep(exporting.export_changed_invites(window, window.session))
    qtbot.waitUntil(lambda: bool(window.told), timeout=60000)
    (report,) = window.told
    assert report.startswith("カレンダーファイルを"), report
    assert report.splitlines()[0].endswith("（前回の書き出し以降の変更分）。"), report
    assert "の招待状（" in report  # each file's summary, e.g. 「…」の招待状（宛先: …）
    # names as the Japanese interface writes them: family name first, Japanese script
    people = {p.id: p for p in sample_desk.people()}
    shown = [people[d.person_id] for d in _changed_invites(sample_desk)[:8] if d.person_id]
    assert shown, "the first files are per attendee"
    for person in shown:
        expected = person.name_japanese or f"{person.family_name} {person.given_name}"
        assert f"（宛先: {expected}）" in report, (expected, report)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written and _left_in_english([report], sample_desk, *written) == [], report
    # The notes too: the sample has attendees without an e-mail address.
    no_address = [p for p in sample_desk.people() if not p.email]
    if no_address:
        assert "メールアドレスがないため" in report
    # Nothing changed since: the headline says so in Japanese.
    window.told.clear()
    window.keep(exporting.export_changed_invites(window, window.session))
    qtbot.waitUntil(lambda: bool(window.told), timeout=60000)
    assert window.told[-1].startswith("前回の書き出し以降、変更はありません。"), window.told
    assert _left_in_english(window.told, sample_desk) == [], window.told


def _changed_invites(desk) -> list:
    from exports.calendar import api

    result = api.all_invites(desk.programme(), None, clock=desk.clock, changed_only=True)
    return list(result.documents)


def _mail_settings(window: MainWindow, port: int) -> None:
    window.settings.setValue("mail/host", "127.0.0.1")
    window.settings.setValue("mail/port", port)
    window.settings.setValue("mail/security", "none")


def test_send_preview_and_report_in_japanese(qtbot, window, sample_desk, monkeypatch) -> None:
    from ui.dialogs import sending

    server = MailServer().start()
    try:
        _mail_settings(window, server.port)
        refused = next(p.email for p in sample_desk.people() if p.email)
        server.behaviour.rcpt_replies[refused] = ["550 5.1.1 Mailbox unavailable"] * 9
        previews: list[list[str]] = []
        spoken: list[str] = []

        def accept(dialog: QDialog) -> int:
            table = dialog.table
            previews.append([table.item(r, 1).text() for r in range(table.rowCount())])
            previews.append([table.item(r, 1).toolTip() for r in range(table.rowCount())])
            spoken.extend(spoken_texts(dialog))  # what a screen reader finds
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(sending.PreviewDialog, "exec", accept)
        window.actions_by_name["send-updates"].trigger()
        qtbot.waitUntil(lambda: bool(window.told), timeout=120000)
        told, lines = previews
        assert told and all(t.startswith("招待: ") for t in told), told[:3]
        assert _left_in_english(told + lines, sample_desk) == []
        assert _left_in_english(spoken, sample_desk) == [], spoken
        (report,) = window.told
        sent = len(server.received)
        assert report.startswith(f"送信が完了しました: 送信 {sent} 通、失敗 1 件。"), report
        assert f"{refused} 宛てはサーバーに受け付けを拒否されました（再送しません）" in report
        subjects = [m.subject for m in window.session.desk.store.outbox_messages()]
        # the subjects are the e-mails' own (in English, as the invitees get them)
        left = _left_in_english([report], sample_desk, "5.1.1 Mailbox unavailable", *subjects)
        assert left == [], report
        assert any(f" に送信: {s}" in report for s in subjects)
    finally:
        server.stop()


def test_a_mail_server_out_of_reach_is_reported_in_japanese(
    qtbot, window, sample_desk, monkeypatch
) -> None:
    from ui.dialogs import sending

    port = free_port()  # nobody listens there
    _mail_settings(window, port)
    monkeypatch.setattr(sending.PreviewDialog, "exec", lambda d: QDialog.DialogCode.Accepted)
    window.actions_by_name["send-updates"].trigger()
    qtbot.waitUntil(lambda: bool(window.told), timeout=120000)
    (report,) = window.told
    assert report.startswith("送信が完了しました: 送信 0 通、送信待ち "), report
    assert f"メールサーバー 127.0.0.1:{port} に接続できません（" in report
    assert "メッセージは送信トレイに残ります。" in report
    assert "次回の送信時に送られます。" in report
    # the system's reason, in Japanese by its number
    assert f"メールサーバー 127.0.0.1:{port} に接続できません（接続が拒否されました）" in report
    assert _left_in_english([report], sample_desk, f"127.0.0.1:{port}") == [], report


def _publish_to(qtbot, window, monkeypatch, url: str) -> str:
    """File ▸ Publish calendars to ``url``, as a person fills the dialog; the one report."""
    from ui.dialogs import publishing

    def fill(dialog: QDialog) -> int:
        dialog.url.setText(url)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(publishing.PublishDialog, "exec", fill)
    window.actions_by_name["publish"].trigger()
    qtbot.waitUntil(lambda: bool(window.told), timeout=120000)
    (report,) = window.told
    return report


def test_a_calendar_server_out_of_reach_is_reported_in_japanese(
    qtbot, window, sample_desk, monkeypatch
) -> None:
    port = free_port()  # nobody listens there
    url = f"http://127.0.0.1:{port}/desk/restricted/"
    report = _publish_to(qtbot, window, monkeypatch, url)
    assert f"カレンダーサーバー {url} に接続できません（接続が拒否されました）。" in report, report
    assert _left_in_english([report], sample_desk, url) == [], report


def test_publish_report_in_japanese(qtbot, window, sample_desk, tmp_path, monkeypatch) -> None:

    radicale = Radicale(tmp_path).start()
    try:
        url = f"{radicale.base}/desk/restricted/"
        first = _publish_to(qtbot, window, monkeypatch, url)
        count = len(radicale.names("desk/restricted"))
        assert first.startswith(
            f"{url} に公開しました: 追加 {count} 件、更新 0 件、削除 0 件、変更なし 0 件。"
        ), first
        assert "\n追加: " in first
        assert _left_in_english([first], sample_desk, url) == [], first
        # One event renamed here, another changed on the server by someone else.
        desk = sample_desk
        events = [e for e in desk.events() if e.classification.value != "confidential"]
        from dataclasses import replace

        from exports.caldav.resources import resource_name

        desk.save_event(replace(events[0], title=events[0].title + " (revised)"))
        name = resource_name(events[1].uid)
        assert name in radicale.names("desk/restricted")
        status, _headers, body = radicale.request("GET", f"/desk/restricted/{name}")
        assert status == 200
        changed = body.replace(b"SUMMARY:", b"SUMMARY:Edited elsewhere - ", 1)
        status, _headers, _body = radicale.request(
            "PUT", f"/desk/restricted/{name}", changed, {"Content-Type": "text/calendar"}
        )
        assert status in (201, 204)
        window.told.clear()
        window.actions_by_name["publish"].trigger()
        qtbot.waitUntil(lambda: bool(window.told), timeout=120000)
        (second,) = window.told
        assert second.startswith(f"{url} に公開しました: 追加 0 件、更新 1 件、"), second
        assert "、サーバー上で変更済み 1 件（上書きしていません）。" in second
        assert f"更新: {events[0].title} (revised)" in second
        assert f"「{events[1].title}」はサーバー上で他の人が変更しました。" in second
        left = _left_in_english([second], desk, url, f"{events[0].title} (revised)")
        assert left == [], second
    finally:
        radicale.stop()


def test_the_scheduler_s_note_in_japanese(japanese) -> None:
    from ui.scheduling.schedule_dialog import _note

    note = Message("Stopped before the time limit: the best schedule found so far is shown.")
    assert _note(note) == "制限時間の前に停止しました。それまでで最良の案を表示しています。"
    clock = Message(
        "The time limit ran out before the search's fixed budget (a busy computer): "
        "another run with the same seed may differ."
    )
    assert _note(clock).startswith("探索が所定の作業量を終える前に制限時間に達しました")
    assert _note("") == ""


def test_the_english_window_shows_the_command_line_s_words(
    qtbot, sample_desk, settings, tmp_path, monkeypatch
) -> None:
    """In English, the window's report is the core's English text, unchanged."""
    from exports.calendar import api
    from ui.dialogs import exporting

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.informativeText()))
    monkeypatch.setattr(exporting, "ask_folder", lambda parent, title: tmp_path / "out")
    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    expected = api.all_invites(sample_desk.programme(), None, clock=sample_desk.clock,
                               changed_only=True)  # fmt: skip
    window.keep(exporting.export_changed_invites(window, window.session))
    qtbot.waitUntil(lambda: bool(told), timeout=60000)
    lines = told[0].splitlines()
    assert lines[:8] == [d.summary for d in expected.documents[:8]]
    assert set(expected.notes) <= set(lines)
    assert all(isinstance(n, Message) for n in expected.notes)


def test_replies_report_in_japanese(qtbot, window, sample_desk, tmp_path, monkeypatch) -> None:
    from test_replies import _choose_files, _event, _import, reply_file

    event = _event(sample_desk)
    first, second = (sample_desk.person(p.person_id) for p in event.participations[:2])
    words = {"needs action": "回答待ち", "accepted": "出席", "declined": "欠席", "tentative": "仮"}
    before = next(p.reply for p in event.participations if p.person_id == first.id).value
    answer = "DECLINED" if before == "accepted" else "ACCEPTED"
    files = [
        reply_file(tmp_path / "answer.ics", event, first.email, answer),
        reply_file(tmp_path / "stranger.ics", event, "someone@example.org", "ACCEPTED"),
        reply_file(tmp_path / "old.ics", event, second.email, "DECLINED", sequence=-1),
        reply_file(tmp_path / "odd.ics", event, second.email, "DELEGATED"),
    ]
    _choose_files(monkeypatch, *files)
    _import(qtbot, window)
    qtbot.waitUntil(lambda: bool(window.told), timeout=20000)
    (report,) = window.told
    now = words[answer.lower()]
    name = first.name_japanese or f"{first.family_name} {first.given_name}"  # family name first
    assert f"• 変更: {name}（「{event.title}」）: {words[before]} → {now}。" in report
    assert f"someone@example.org は「{event.title}」の出席者ではありません。" in report
    assert "招待状の以前の版への回答です" in report
    assert "回答 DELEGATED はこの日程で記録できる回答ではありません。" in report
    kept = ["someone@example.org", "DELEGATED", "SEQUENCE", *(f.name for f in files)]
    assert _left_in_english([report], sample_desk, *kept) == [], report


def test_people_import_report_in_japanese(qtbot, sample_desk, tmp_path, monkeypatch, japanese):
    from ui.dialogs import import_people

    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)

    def accept_valid_rows(dialog) -> int:
        dialog.skip_invalid = True
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(import_people.ImportPreviewDialog, "exec", accept_valid_rows)
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "Family name,Given name,E-mail,Organisation\n"
        "Kapoor,Raj,raj@example.in,Attero Recycling\n"
        ",Nobody,nobody-at-example,\n",
        encoding="utf-8",
    )
    session = Session(sample_desk)
    runners = [import_people.preview_and_import(session, str(csv_file))]
    original = import_people.run_import
    monkeypatch.setattr(
        import_people, "run_import", lambda *a, **k: runners.append(original(*a, **k))
    )
    qtbot.waitUntil(lambda: bool(boxes), timeout=20000)
    (box,) = boxes
    assert box.text() == (
        "1 名を取り込みました。組織を 1 件作成しました: Attero Recycling。"
        "問題のある 1 行は取り込みませんでした:"
    ), box.text()
    problems = box.informativeText()
    assert "• 3 行目: 姓が入力されていません。" in problems, problems
    kept = ["Attero Recycling", "nobody-at-example"]
    assert _left_in_english([box.text(), problems], sample_desk, *kept) == []
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(30000)


def test_snapshots_listed_in_japanese(qtbot, sample_desk, japanese) -> None:
    from datetime import UTC, datetime

    from models.store.backups import snapshot_before, snapshots
    from ui.dialogs.snapshots import SnapshotDialog

    path = sample_desk.store.path
    snapshot_before(
        sample_desk.store, "import of people", now=datetime(2026, 11, 30, 9, tzinfo=UTC)
    )
    snapshot_before(sample_desk.store, "apply schedule", now=datetime(2026, 11, 30, 10, tzinfo=UTC))
    found = snapshots(path)
    assert [s.describe().split(" (")[0] for s in found] == [
        "2026-11-30 10:00:00 UTC — before apply schedule",
        "2026-11-30 09:00:00 UTC — before import of people",
    ]
    dialog = SnapshotDialog(found)
    qtbot.addWidget(dialog)
    shown = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    # the date written the Japanese way too (ui/dialogs/snapshots.py)
    assert shown[0].startswith("2026年11月30日(月) 10:00 UTC — 日程案の適用の前（"), shown
    assert shown[1].startswith("2026年11月30日(月) 09:00 UTC — 人物の取り込みの前（"), shown
    assert untranslated(shown, {"KB", "MB"}) == [], shown
    spoken = spoken_texts(dialog)  # a screen reader's names, tooltips, status tips
    assert spoken and untranslated(spoken, {"KB", "MB"}) == [], spoken


def test_an_export_that_cannot_be_written_says_why_in_japanese(
    qtbot, window, sample_desk, tmp_path, monkeypatch
) -> None:
    from ui.dialogs import exporting

    folder = tmp_path / "already-a-folder.ics"
    folder.mkdir()
    monkeypatch.setattr(exporting, "ask_file", lambda *args, **kwargs: folder)
    event = next(e for e in sample_desk.events() if e.classification.value != "confidential")
    window.keep(exporting.export_invites(window, window.session, event.id, per_attendee=False))
    qtbot.waitUntil(lambda: bool(window.told), timeout=60000)
    (said,) = window.told
    assert said.startswith(f"{folder} はフォルダーです。ファイル名を指定してください。"), said
    assert list(folder.iterdir()) == []
