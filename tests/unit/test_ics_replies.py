"""Importing attendees' replies (METHOD:REPLY) from Outlook, Google and others."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest
from test_ics_fixtures import FORUM_UID, Sample, build_sample, delhi

from exports.calendar.api import parse_reply, read_reply_files
from models.entities import Reply
from models.errors import ImportRefused
from models.replies import apply_replies
from models.services import Desk

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def reply_file(uid: str, email: str, partstat: str, sequence: int = 0,
               stamp: datetime | None = None) -> bytes:  # fmt: skip
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Test client//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "REPLY")
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("sequence", sequence)
    event.add("dtstamp", stamp or datetime(2026, 11, 30, 15, tzinfo=UTC))
    attendee = icalendar.vCalAddress(f"mailto:{email}")
    attendee.params["PARTSTAT"] = partstat
    event.add("attendee", attendee)
    calendar.add_component(event)
    return bytes(calendar.to_ical())


def reply_of(s: Sample, key: str) -> Reply:
    participation = s.desk.event(s.forum.id or 0).participation(s.people[key].id or 0)
    assert participation is not None
    return participation.reply


def test_outlook_and_google_replies_are_recorded(sample: Sample) -> None:
    s = sample
    replies = read_reply_files([DATA / "reply-accepted-outlook.ics",
                                DATA / "reply-declined-google.ics"])  # fmt: skip
    report = apply_replies(s.desk.store, replies)
    assert reply_of(s, "tanaka") is Reply.ACCEPTED
    assert reply_of(s, "sato") is Reply.DECLINED
    assert [o.message for o in report.changed] == [
        "Aiko Tanaka for “Battery & critical-mineral forum”: needs action → accepted "
        "(“Looking forward to it.”).",
        "Kenji Sato for “Battery & critical-mineral forum”: needs action → declined.",
    ]
    assert report.ignored == ()
    again = apply_replies(s.desk.store, replies)
    assert again.changed == () and len(again.unchanged) == 2


def test_unknown_event_and_unknown_attendee_are_reported_and_ignored(sample: Sample) -> None:
    s = sample
    replies = [
        *parse_reply(reply_file("no-such-event@example.org", "aiko.tanaka@example.jp",
                                "ACCEPTED"), "a.ics"),
        *parse_reply(reply_file(FORUM_UID, "stranger@example.org", "ACCEPTED"), "b.ics"),
        *parse_reply(reply_file(s.closed.uid, "kenji.sato@example.jp", "ACCEPTED"), "c.ics"),
    ]  # fmt: skip
    report = apply_replies(s.desk.store, replies)
    assert report.changed == ()
    assert [o.source for o in report.ignored] == ["a.ics", "b.ics", "c.ics"]
    assert "no event with UID no-such-event@example.org" in report.ignored[0].message
    assert "stranger@example.org is not an attendee" in report.ignored[1].message
    assert "kenji.sato@example.jp is not an attendee" in report.ignored[2].message
    assert reply_of(s, "tanaka") is Reply.NEEDS_ACTION


def test_a_reply_to_an_older_version_is_ignored(sample: Sample) -> None:
    s = sample
    s.desk.reschedule(s.forum.id or 0, delhi(1, 12), delhi(1, 13, 30))  # SEQUENCE 0 -> 1
    old = parse_reply(reply_file(FORUM_UID, "aiko.tanaka@example.jp", "DECLINED", 0), "old.ics")
    new = parse_reply(reply_file(FORUM_UID, "priya.sharma@example.in", "TENTATIVE", 1), "new.ics")
    report = apply_replies(s.desk.store, [*old, *new])
    assert reply_of(s, "tanaka") is Reply.NEEDS_ACTION
    assert reply_of(s, "sharma") is Reply.TENTATIVE
    assert "earlier version" in report.ignored[0].message
    assert report.ignored[0].source == "old.ics"
    assert len(report.changed) == 1


def test_the_latest_of_two_replies_wins(sample: Sample) -> None:
    s = sample
    later = parse_reply(
        reply_file(
            FORUM_UID,
            "aiko.tanaka@example.jp",
            "TENTATIVE",
            stamp=datetime(2026, 11, 30, 18, tzinfo=UTC),
        ),
        "2.ics",
    )
    morning = datetime(2026, 11, 30, 9, tzinfo=UTC)
    earlier = parse_reply(
        reply_file(FORUM_UID, "aiko.tanaka@example.jp", "ACCEPTED", stamp=morning), "1.ics"
    )
    apply_replies(s.desk.store, [*later, *earlier])
    assert reply_of(s, "tanaka") is Reply.TENTATIVE


def test_replies_to_a_cancelled_event_are_ignored(sample: Sample) -> None:
    s = sample
    s.desk.cancel(s.forum.id or 0)
    replies = parse_reply(reply_file(FORUM_UID, "aiko.tanaka@example.jp", "ACCEPTED", 1), "x.ics")
    report = apply_replies(s.desk.store, replies)
    assert "cancelled" in report.ignored[0].message
    assert reply_of(s, "tanaka") is Reply.NEEDS_ACTION


def test_malformed_files_are_named_and_nothing_is_imported(sample: Sample, tmp_path: Path) -> None:
    s = sample
    good = tmp_path / "good.ics"
    good.write_bytes(reply_file(FORUM_UID, "aiko.tanaka@example.jp", "ACCEPTED"))
    garbage = tmp_path / "holiday-photo.ics"
    garbage.write_bytes(b"\x89PNG\r\n\x1a\n not a calendar")
    request = tmp_path / "invite.ics"
    request.write_bytes(reply_file(FORUM_UID, "a@example.org", "ACCEPTED").replace(
        b"METHOD:REPLY", b"METHOD:REQUEST"))  # fmt: skip
    with pytest.raises(ImportRefused) as caught:
        read_reply_files([good, garbage, request, DATA / "reply-truncated.ics",
                          tmp_path / "missing.ics"])  # fmt: skip
    message = caught.value.user_message
    for name in ("holiday-photo.ics", "invite.ics", "reply-truncated.ics", "missing.ics"):
        assert name in message
    assert "METHOD is REQUEST" in message
    assert "good.ics" not in message
    assert reply_of(s, "tanaka") is Reply.NEEDS_ACTION


def test_a_reply_without_an_answer_is_refused() -> None:
    data = reply_file(FORUM_UID, "aiko.tanaka@example.jp", "ACCEPTED").replace(
        b";PARTSTAT=ACCEPTED", b""
    )
    with pytest.raises(ImportRefused, match=r"no-answer\.ics"):
        parse_reply(data, "no-answer.ics")


def test_reply_times_are_compared_as_instants(sample: Sample) -> None:
    s = sample
    from zoneinfo import ZoneInfo

    tokyo_evening = datetime(2026, 11, 30, 20, tzinfo=ZoneInfo("Asia/Tokyo"))  # 11:00 UTC
    utc_noon = datetime(2026, 11, 30, 12, tzinfo=UTC)
    first = parse_reply(
        reply_file(FORUM_UID, "aiko.tanaka@example.jp", "DECLINED", stamp=tokyo_evening), "a.ics"
    )
    second = parse_reply(
        reply_file(FORUM_UID, "aiko.tanaka@example.jp", "ACCEPTED", stamp=utc_noon), "b.ics"
    )
    apply_replies(s.desk.store, [*second, *first])
    assert reply_of(s, "tanaka") is Reply.ACCEPTED
