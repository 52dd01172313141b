"""Invitations by e-mail, received by a real SMTP server on loopback and read back.

Every message is parsed with the standard library's e-mail parser and its
calendar parts with icalendar; the outbox and the export log are checked for
what a coordinator would see: who was told what, what waits, what failed.
"""

from __future__ import annotations

import email
import email.policy
from collections.abc import Iterator
from datetime import timedelta
from email.message import EmailMessage

import icalendar
import pytest
from mail_server import MailServer, free_port
from test_ics_fixtures import Sample, build_sample, delhi

from exports.mail.outbox import DeliveryReport, deliver, queue_plan
from exports.mail.plan import MailPlan, plan_messages
from exports.mail.smtp import SmtpSettings
from models.errors import Cancelled
from models.services import Desk
from models.store.outbox import DEFERRED, FAILED, QUEUED, SENT, SUPERSEDED


@pytest.fixture
def server() -> Iterator[MailServer]:
    running = MailServer().start()
    yield running
    running.stop()


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def settings(server: MailServer) -> SmtpSettings:
    return SmtpSettings(host="127.0.0.1", port=server.port, security="none", timeout=5)


def plan(s: Sample, **kwargs: object) -> MailPlan:
    return plan_messages(
        s.desk.programme(), clock=s.desk.clock, log=s.desk.store.export_records(), **kwargs
    )  # type: ignore[arg-type]


def send(s: Sample, server: MailServer, waits: list[float] | None = None,
         **kwargs: object) -> DeliveryReport:  # fmt: skip
    queue_plan(s.desk.store, plan(s, **kwargs), s.desk.clock)
    return deliver(s.desk.store, settings(server), clock=s.desk.clock,
                   sleep=(waits.append if waits is not None else lambda _: None))  # fmt: skip


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def calendar_parts(message: EmailMessage) -> list[EmailMessage]:
    return [p for p in message.walk() if p.get_content_type() == "text/calendar"]


def decoded(message: EmailMessage) -> str:
    """Headers and every part's decoded text: all a recipient can see."""
    text = "".join(f"{k}: {v}\n" for k, v in message.items())
    for part in message.walk():
        if not part.is_multipart():
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            text += payload.decode("utf-8")
    return text


def addresses(s: Sample, *keys: str) -> list[str]:
    return [s.people[k].email for k in keys]


def test_an_invitation_arrives_as_imip_with_the_method_on_the_mime_part(
    sample: Sample, server: MailServer
) -> None:
    report = send(sample, server, event_id=sample.forum.id)
    assert report.complete and len(report.sent) == 3  # Singh has no address
    assert sorted(r.recipients[0] for r in server.received) == sorted(
        addresses(sample, "tanaka", "sharma", "sato"))  # fmt: skip
    for received in server.received:
        assert len(received.recipients) == 1
        message = parse(received.data)
        assert message["To"].addresses[0].addr_spec == received.recipients[0]
        assert message["Cc"] is None and message["Bcc"] is None
        assert message["From"].addresses[0].addr_spec == "mei.kobayashi@example.jp"
        assert message["Message-ID"] and message["Date"]
        assert message.get_content_type() == "multipart/mixed"
        alternative = message.get_payload()[0]
        assert [p.get_content_type() for p in alternative.get_payload()] == [
            "text/plain", "text/calendar"]  # fmt: skip
        text = alternative.get_payload()[0].get_content()
        assert "Tue 1 Dec 10:00 IST (India) · 13:30 JST (Japan)" in text
        (part,) = calendar_parts(message)
        assert part.get_param("method") == "REQUEST"
        assert part.get_content_charset() == "utf-8"
        cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        assert cal["METHOD"] == "REQUEST"
        (vevent,) = cal.walk("VEVENT")
        assert str(vevent["UID"]) == sample.forum.uid
        attachment = message.get_payload()[1]
        assert attachment.get_content_type() == "application/ics"
        assert attachment.get_filename() == "invite.ics"
        assert attachment.get_payload(decode=True) == part.get_payload(decode=True)
    told = {r.recipient for r in sample.desk.store.export_records(event_uid=sample.forum.uid)}
    assert told == set(addresses(sample, "tanaka", "sharma", "sato"))


def test_confidential_messages_show_no_other_attendee_anywhere(
    sample: Sample, server: MailServer
) -> None:
    send(sample, server, event_id=sample.closed.id)
    guests = {"tanaka", "verma", "sharma"}
    assert len(server.received) == 3
    for received in server.received:
        message = parse(received.data)
        mine = next(k for k in guests if sample.people[k].email == received.recipients[0])
        seen = decoded(message)
        assert sample.people[mine].email in seen
        for other in guests - {mine}:
            person = sample.people[other]
            assert person.email not in seen
            assert person.family_name not in seen, f"{person.family_name} shown to {mine}"
        (part,) = calendar_parts(message)
        (vevent,) = icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")
        attendees = vevent.get("ATTENDEE")
        attendees = attendees if isinstance(attendees, list) else [attendees]
        assert [str(a).removeprefix("mailto:") for a in attendees] == [received.recipients[0]]
        assert "CONFIDENTIAL" in seen


def test_a_cancellation_carries_method_cancel_on_the_part_and_in_the_file(
    sample: Sample, server: MailServer
) -> None:
    send(sample, server, event_id=sample.visit.id)
    sample.desk.cancel(sample.visit.id or 0)
    server.received.clear()
    report = send(sample, server, event_id=sample.visit.id, changed_only=True)
    assert len(report.sent) == 3
    for received in server.received:
        message = parse(received.data)
        (part,) = calendar_parts(message)
        assert part.get_param("method") == "CANCEL"
        cal = icalendar.Calendar.from_ical(part.get_payload(decode=True))
        assert cal["METHOD"] == "CANCEL"
        assert cal.walk("VEVENT")[0]["STATUS"] == "CANCELLED"
        assert message["Subject"].startswith("Cancelled: Site visit")


def test_send_updates_batches_each_persons_changes_and_skips_the_unaffected(
    sample: Sample, server: MailServer
) -> None:
    send(sample, server)  # everything, one message per person and event
    assert len(server.received) == 3 + 3 + 3
    server.received.clear()
    desk = sample.desk
    desk.reschedule(sample.forum.id or 0, delhi(1, 11), delhi(1, 12, 30))
    desk.cancel(sample.visit.id or 0)
    report = send(sample, server, changed_only=True)
    by_person = {r.recipients[0]: parse(r.data) for r in server.received}
    assert len(server.received) == len(by_person) == len(report.sent)
    # Tanaka: forum moved and visit cancelled, in one message; Verma: the visit only;
    # Sharma: the forum only; Sato: both.  Nobody hears about the unchanged closed meeting.
    assert set(by_person) == set(addresses(sample, "tanaka", "sato", "sharma", "verma"))
    tanaka = by_person[sample.people["tanaka"].email]
    methods = sorted(p.get_param("method") for p in calendar_parts(tanaka))
    assert methods == ["CANCEL", "REQUEST"]
    assert tanaka["Subject"] == "Programme updates: 2 changes"
    text = decoded(tanaka)
    assert "Updated: Battery & critical-mineral forum" in text
    assert "Cancelled: Site visit: Lohum recycling plant" in text
    assert "Cell production" not in text
    verma = by_person[sample.people["verma"].email]
    assert [p.get_param("method") for p in calendar_parts(verma)] == ["CANCEL"]
    assert "Cell production" not in decoded(verma)
    moved = icalendar.Calendar.from_ical(
        next(p for p in calendar_parts(tanaka) if p.get_param("method") == "REQUEST")
        .get_payload(decode=True)
    ).walk("VEVENT")[0]  # fmt: skip
    assert moved["DTSTART"].dt == delhi(1, 11) and moved["SEQUENCE"] == 1
    server.received.clear()
    again = send(sample, server, changed_only=True)
    assert again.sent == [] and server.received == []


def test_a_connection_dropped_mid_batch_resumes_without_sending_anything_twice(
    sample: Sample, server: MailServer
) -> None:
    server.behaviour.drop_at = 4
    first = send(sample, server)
    assert len(first.sent) == 3 and not first.complete
    assert "cannot be reached" in first.unreachable and first.left_queued == 6
    statuses = [m.status for m in sample.desk.store.outbox_messages()]
    assert statuses.count(SENT) == 3 and statuses.count(QUEUED) == 6
    server.behaviour.down = False
    server.behaviour.drop_at = None
    second = deliver(sample.desk.store, settings(server), clock=sample.desk.clock)
    assert len(second.sent) == 6 and second.complete
    told = [(r.recipients[0], calendar_parts(parse(r.data))[0].get_payload(decode=True))
            for r in server.received]  # fmt: skip
    uids = [(who, str(icalendar.Calendar.from_ical(data).walk("VEVENT")[0]["UID"]))
            for who, data in told]  # fmt: skip
    assert len(uids) == len(set(uids)) == 9
    assert {m.status for m in sample.desk.store.outbox_messages()} == {SENT}
    assert len(sample.desk.store.export_records()) == 9


def test_a_message_whose_reply_was_lost_is_reported_not_sent_twice(
    sample: Sample, server: MailServer
) -> None:
    server.behaviour.drop_after_data_at = 2
    report = send(sample, server, event_id=sample.forum.id)
    assert len(report.sent) == 2 and len(report.failed) == 1
    lost, why = report.failed[0]
    assert "may have arrived" in why
    again = deliver(sample.desk.store, settings(server), clock=sample.desk.clock)
    assert again.sent == [] and len(server.received) == 2
    (stored,) = sample.desk.store.outbox_messages([FAILED])
    assert stored.recipient == lost.recipient and "may have arrived" in stored.last_error
    assert not sample.desk.store.export_records(person_id=stored.person_id)


def test_a_550_for_one_recipient_leaves_the_others_sent(sample: Sample, server: MailServer) -> None:
    sato = sample.people["sato"].email
    server.behaviour.rcpt_replies[sato] = ["550 5.1.1 No such user here"]
    report = send(sample, server, event_id=sample.forum.id)
    assert [m.recipient for m, _ in report.failed] == [sato]
    assert "550 5.1.1 No such user here" in report.failed[0][1]
    assert sorted(r.recipients[0] for r in server.received) == sorted(
        addresses(sample, "tanaka", "sharma"))  # fmt: skip
    states = {m.recipient: m.status for m in sample.desk.store.outbox_messages()}
    assert states[sato] == FAILED and list(states.values()).count(SENT) == 2
    # What Sato was told is nothing: the next "send updates" tries again.
    assert not sample.desk.store.export_records(person_id=sample.people["sato"].id)
    again = plan(sample, event_id=sample.forum.id, changed_only=True)
    assert [m.recipient.address for m in again.messages] == [sato]


def test_a_4xx_is_retried_with_growing_waits_and_delivered_once(
    sample: Sample, server: MailServer
) -> None:
    sharma = sample.people["sharma"].email
    server.behaviour.rcpt_replies[sharma] = ["451 4.7.1 Greylisted", "451 4.7.1 Greylisted"]
    waits: list[float] = []
    report = send(sample, server, waits=waits, event_id=sample.forum.id)
    assert report.complete and len(report.sent) == 3
    assert waits == [2.0, 10.0]
    assert len(server.to(sharma)) == 1


def test_a_4xx_that_persists_waits_for_the_next_send(sample: Sample, server: MailServer) -> None:
    sharma = sample.people["sharma"].email
    server.behaviour.rcpt_replies[sharma] = ["451 4.3.0 Try later"] * 4
    report = send(sample, server, event_id=sample.forum.id)
    assert len(report.sent) == 2 and len(report.deferred) == 1
    (waiting,) = sample.desk.store.outbox_messages([DEFERRED])
    assert waiting.recipient == sharma and waiting.attempts == 4
    assert waiting.next_attempt_at == sample.desk.clock.now() + timedelta(minutes=10)
    early = deliver(sample.desk.store, settings(server), clock=sample.desk.clock)
    assert early.sent == [] and early.not_due == 1
    sample.desk.clock.advance(minutes=11)  # type: ignore[attr-defined]
    later = deliver(sample.desk.store, settings(server), clock=sample.desk.clock)
    assert [m.recipient for m in later.sent] == [sharma]
    assert len(server.to(sharma)) == 1


def test_offline_the_messages_wait_and_a_newer_version_replaces_the_queued_one(
    sample: Sample,
) -> None:
    offline = MailServer(port=free_port())  # nothing listens there yet
    first = send(sample, offline, event_id=sample.closed.id)
    assert first.left_queued == 3 and "cannot be reached" in first.unreachable
    sample.desk.reschedule(sample.closed.id or 0, delhi(1, 16), delhi(1, 17))
    send(sample, offline, event_id=sample.closed.id, changed_only=True)
    statuses = [m.status for m in sample.desk.store.outbox_messages()]
    assert statuses == [SUPERSEDED] * 3 + [QUEUED] * 3
    offline.start()
    try:
        report = deliver(sample.desk.store, settings(offline), clock=sample.desk.clock)
    finally:
        offline.stop()
    assert len(report.sent) == 3 and len(offline.received) == 3
    for received in offline.received:
        (part,) = calendar_parts(parse(received.data))
        vevent = icalendar.Calendar.from_ical(part.get_payload(decode=True)).walk("VEVENT")[0]
        assert vevent["DTSTART"].dt == delhi(1, 16)


def test_a_sender_mailbox_sends_on_the_organisers_behalf(
    sample: Sample, server: MailServer
) -> None:
    send(sample, server, event_id=sample.visit.id, sender="desk@embassy.example.jp")
    for received in server.received:
        assert received.sender == "desk@embassy.example.jp"  # the envelope
        message = parse(received.data)
        assert str(message["Sender"]) == "desk@embassy.example.jp"
        assert message["From"].addresses[0].addr_spec == "mei.kobayashi@example.jp"
        assert message["Message-ID"].endswith("@embassy.example.jp>")


def test_a_delegations_invites_go_to_its_members_only(sample: Sample) -> None:
    planned = plan(sample, delegation_id=sample.india.id)
    assert {m.recipient.address for m in planned.messages} == set(
        addresses(sample, "sharma", "verma"))  # fmt: skip


def test_cancelling_a_send_keeps_the_rest_queued(sample: Sample, server: MailServer) -> None:
    queue_plan(sample.desk.store, plan(sample), sample.desk.clock)
    with pytest.raises(Cancelled, match="Sending was cancelled: 2 sent"):
        deliver(sample.desk.store, settings(server), clock=sample.desk.clock,
                cancel=lambda: len(server.received) >= 2)  # fmt: skip
    statuses = [m.status for m in sample.desk.store.outbox_messages()]
    assert statuses.count(SENT) == 2 and statuses.count(QUEUED) == 7
    rest = deliver(sample.desk.store, settings(server), clock=sample.desk.clock)
    assert len(rest.sent) == 7 and len(server.received) == 9


def test_a_server_without_starttls_is_refused_rather_than_used_in_clear(
    sample: Sample, server: MailServer
) -> None:
    queue_plan(sample.desk.store, plan(sample, event_id=sample.forum.id), sample.desk.clock)
    plain = SmtpSettings(host="127.0.0.1", port=server.port, security="starttls", timeout=5)
    report = deliver(sample.desk.store, plain, clock=sample.desk.clock)
    assert "does not offer STARTTLS" in report.unreachable
    assert report.left_queued == 3 and server.received == []


def test_a_cancelled_event_is_not_announced_to_people_never_invited(
    sample: Sample, server: MailServer
) -> None:
    sample.desk.cancel(sample.visit.id or 0)
    planned = plan(sample, event_id=sample.visit.id)
    assert planned.is_empty
    assert any("never sent its invitation" in note for note in planned.notes)
