"""The export and delivery reports are Messages: the same English as before for the
command line and JSON, and a key and values the window translates."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from exports.caldav.publish import PublishReport
from exports.mail.outbox import DeliveryReport
from models.messages import Message
from models.store.outbox import OutboxMessage

JA = {
    "{count} sent": "送信 {count} 通",
    "{head}, {count} failed": "{head}、失敗 {count} 件",
    "{head}, {count} queued": "{head}、送信待ち {count} 通",
    "{text}.": "{text}。",
    "Sent to {to}: {subject}": "{to} に送信: {subject}",
    "Refused for good by the server for {to}: {why}": "{to} 宛ては拒否されました: {why}",
    "{count} message(s) stay in the outbox and go at the next send.": "{count} 通は残ります。",
    "{added} added, {updated} updated, {removed} removed, {unchanged} unchanged": (
        "追加 {added} 件、更新 {updated} 件、削除 {removed} 件、変更なし {unchanged} 件"
    ),
    "{head}, {count} changed on the server (not overwritten)": (
        "{head}、サーバー上で変更 {count} 件"
    ),
    "Added: {title}": "追加: {title}",
    "Removed: {title}": "削除: {title}",
    "the entry {name}": "項目 {name}",
}


def ja(text: str) -> str:
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: JA.get(key, key))


def _message(to: str, subject: str) -> OutboxMessage:
    return OutboxMessage(id=1, created_at=datetime(2026, 12, 1, tzinfo=UTC), person_id=1,
                         recipient=to, sender="desk@example.jp", subject=subject,
                         message_id="<1@example.jp>", message=b"")  # fmt: skip


def test_a_delivery_report_keeps_its_english_and_speaks_japanese() -> None:
    report = DeliveryReport(
        sent=[_message("aiko@example.jp", "Invitation: Battery forum, Tue 1 Dec 10:00 IST")],
        failed=[(_message("ravi@example.in", "Updated: Site visit"), "550 Mailbox unavailable")],
        left_queued=2,
    )
    assert report.headline() == "1 sent, 1 failed, 2 queued."
    assert ja(report.headline()) == "送信 1 通、失敗 1 件、送信待ち 2 通。"
    assert report.lines() == [
        "Sent to aiko@example.jp: Invitation: Battery forum, Tue 1 Dec 10:00 IST",
        "Refused for good by the server for ravi@example.in: 550 Mailbox unavailable",
        "2 message(s) stay in the outbox and go at the next send.",
    ]
    assert [ja(line) for line in report.lines()] == [
        "aiko@example.jp に送信: Invitation: Battery forum, Tue 1 Dec 10:00 IST",
        "ravi@example.in 宛ては拒否されました: 550 Mailbox unavailable",
        "2 通は残ります。",
    ]
    assert json.loads(json.dumps(report.lines())) == report.lines()


def test_a_publish_report_keeps_its_english_and_speaks_japanese() -> None:
    report = PublishReport(
        created=["Battery forum"],
        deleted=[Message("the entry {name}", name="old.ics")],
        unchanged=4,
        conflicts=[
            Message(
                "“{title}” was changed on the server by someone else; their change is kept.",
                title="Reception",
            )
        ],
    )
    assert report.headline() == (
        "1 added, 0 updated, 1 removed, 4 unchanged, 1 changed on the server (not overwritten)."
    )
    assert ja(report.headline()) == (
        "追加 1 件、更新 0 件、削除 1 件、変更なし 4 件、サーバー上で変更 1 件。"
    )
    assert report.lines()[:2] == ["Added: Battery forum", "Removed: the entry old.ics"]
    assert [ja(line) for line in report.lines()[:2]] == [
        "追加: Battery forum",
        "削除: 項目 old.ics",
    ]
