"""Reply files that cannot be read: the refusal names each file with the same English as
ever (the command line prints it), and the window writes every line in Japanese — why
the file is not a reply, and the system's reason for a file it cannot read."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.calendar.replies import MAX_REPLY_BYTES, read_reply_files
from models.errors import ImportRefused
from models.messages import Message
from tests.unit.test_time_messages import catalogue


def japanese(text: str) -> str:
    ja = catalogue()
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: ja[key])


def calendar(*lines: str) -> bytes:
    return ("\r\n".join(("BEGIN:VCALENDAR", *lines, "END:VCALENDAR")) + "\r\n").encode()


EVENT = ("BEGIN:VEVENT", "UID:forum@example.org")
ANSWER = "ATTENDEE;PARTSTAT=ACCEPTED:mailto:aiko.tanaka@example.jp"
FILES = {
    "request.ics": calendar("METHOD:REQUEST", *EVENT, ANSWER, "END:VEVENT"),
    "no-method.ics": calendar(*EVENT, ANSWER, "END:VEVENT"),
    "empty.ics": calendar("METHOD:REPLY"),
    "no-answer.ics": calendar(
        "METHOD:REPLY", *EVENT, "ATTENDEE:mailto:a@example.org", "END:VEVENT"
    ),
    "no-uid.ics": calendar("METHOD:REPLY", "BEGIN:VEVENT", ANSWER, "END:VEVENT"),
    "nobody.ics": calendar("METHOD:REPLY", *EVENT, "END:VEVENT"),
    "no-email.ics": calendar(
        "METHOD:REPLY", *EVENT, "ATTENDEE;PARTSTAT=ACCEPTED:Someone", "END:VEVENT"
    ),
    "far.ics": calendar("METHOD:REPLY", *EVENT, "DTSTAMP:99990101T000000Z", ANSWER, "END:VEVENT"),
    "todo.ics": b"BEGIN:VTODO\r\nEND:VTODO\r\n",
}

#: file → (English after "name is not a calendar reply: ", its Japanese)
SAID = {
    "empty.ics": ("it holds no reply to an event.", "行事への回答が含まれていません。"),
    "far.ics": (
        "its DTSTAMP (9999-01-01) is outside the years 1970–2200.",
        "DTSTAMP（9999-01-01）が 1970～2200 年の範囲外です。",
    ),
    "no-answer.ics": (
        "a@example.org gives no answer (PARTSTAT).",
        "a@example.org の回答（PARTSTAT）がありません。",
    ),
    "no-email.ics": (
        "the attendee 'Someone' has no e-mail address.",
        "出席者 'Someone' にメールアドレスがありません。",
    ),
    "no-method.ics": (
        "its METHOD is missing, not REPLY.",
        "METHOD がありません（REPLY である必要があります）。",
    ),
    "no-uid.ics": ("an entry has no UID.", "UID のない項目があります。"),
    "nobody.ics": ("an entry names no attendee.", "出席者（ATTENDEE）のない項目があります。"),
    "request.ics": ("its METHOD is REQUEST, not REPLY.", "METHOD が REPLY ではなく REQUEST です。"),
    "todo.ics": (
        "it holds a VTODO instead of a VCALENDAR.",
        "VCALENDAR ではなく VTODO が含まれています。",
    ),
}


def test_each_file_that_is_not_a_reply_is_named_in_both_languages(tmp_path: Path) -> None:
    for name, data in FILES.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "big.ics").write_bytes(b"x" * (MAX_REPLY_BYTES + 1))
    missing = tmp_path / "missing.ics"
    paths = [tmp_path / n for n in sorted([*FILES, "big.ics"])] + [missing, tmp_path]
    with pytest.raises(ImportRefused) as caught:
        read_reply_files(paths)
    error = caught.value
    assert error.user_message == "No reply was imported, because:" + "".join(
        f"\n  • {line}"
        for line in [
            "big.ics: too large to be a reply.",
            *(f"{n} is not a calendar reply: {SAID[n][0]}" for n in sorted(FILES)),
            f"{missing}: cannot be read (No such file or directory).",
            f"{tmp_path}: cannot be read (Is a directory).",
        ]
    )
    assert japanese(error.head) == "次の理由により、回答は 1 件も取り込まれませんでした:"
    assert [japanese(p) for p in error.problems] == [
        "big.ics: 回答のファイルとしては大きすぎます。",
        *(f"{n}はカレンダーの回答ではありません。{SAID[n][1]}" for n in sorted(FILES)),
        f"{missing}: 読み取れません（ファイルまたはフォルダーが見つかりません）。",
        f"{tmp_path}: 読み取れません（フォルダーです）。",
    ]


def test_a_file_that_is_not_icalendar_keeps_the_readers_words(tmp_path: Path) -> None:
    photo = tmp_path / "photo.ics"
    photo.write_bytes(b"GIF89a not a calendar\r\n")
    with pytest.raises(ImportRefused) as caught:
        read_reply_files([photo])
    (problem,) = caught.value.problems
    assert problem.startswith("photo.ics is not a calendar reply: it cannot be read as iCalendar (")
    why = problem.split("iCalendar (", 1)[1].removesuffix(").")
    assert japanese(problem) == (
        f"photo.icsはカレンダーの回答ではありません。iCalendar として読み取れません（{why}）。"
    )
