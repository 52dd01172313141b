"""File ▸ Import replies in a Japanese window, with a file that is not a reply and one
that cannot be read: the refusal says why in Japanese, file by file (the system's
reason too); only the files' names stay as written, and nothing changes."""

from __future__ import annotations

import re

from tests.ui.test_replies import _choose_files, _event, _import, _reply_of, reply_file


def test_reply_files_refused_in_japanese(qtbot, told_window, tmp_path, monkeypatch, japanese):
    window = told_window
    desk = window.session.desk
    event = _event(desk)
    attendee = desk.person(event.participations[0].person_id)
    before = _reply_of(desk, event.id, attendee.id)
    good = reply_file(tmp_path / "good.ics", event, attendee.email, "DECLINED")
    request = tmp_path / "invite.ics"
    request.write_bytes(good.read_bytes().replace(b"METHOD:REPLY", b"METHOD:REQUEST"))
    (tmp_path / "notes.txt").write_text("x")
    under = tmp_path / "notes.txt" / "reply.ics"
    _choose_files(monkeypatch, good, request, under)
    _import(qtbot, window)
    said = window.told[-1].replace(str(under), "«file»")
    assert said.startswith(
        "次の理由により、回答は 1 件も取り込まれませんでした:\n"
        "  • invite.icsはカレンダーの回答ではありません。METHOD が REPLY ではなく REQUEST です。\n"
        "  • «file»: 読み取れません（フォルダーではありません）。"
    ), said
    left = said.replace("invite.ics", "").replace("«file»", "")
    left = re.sub(r"\b(METHOD|REPLY|REQUEST)\b", "", left)
    assert not re.search(r"[A-Za-z]{2,}", left), said
    assert _reply_of(desk, event.id, attendee.id) is before
    assert not window.session.undo_stack.canUndo()
