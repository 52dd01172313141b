"""What strict calendar readers found: answers asked for again after a move, RSVP
only where an answer is wanted, one change history for both invite forms,
zone rules from one declared source, and a decline's comment kept."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zoneinfo
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import icalendar
import pytest
from test_ics_fixtures import Sample, build_sample
from test_pack_data import pdf_pages

from exports.briefing.build import render_event_pack
from exports.calendar.api import ExportResult, all_invites, event_invites, read_reply_files
from exports.calendar.zones import vtimezone
from models.clock import FixedClock
from models.entities import Classification, Event, Participation, Reply, Role, Venue
from models.replies import apply_replies
from models.sample import load_sample
from models.services import Desk
from models.timezones import zone_rules

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def invite_of(s: Sample, event: Event, **kwargs: object) -> ExportResult:
    return event_invites(s.desk.programme(), event.id or 0, clock=FixedClock(NOW), **kwargs)  # type: ignore[arg-type]


def attendee_params(data: bytes) -> dict[str, dict[str, str]]:
    (item,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    found = item.get("ATTENDEE", [])
    found = found if isinstance(found, list) else [found]
    return {str(a).removeprefix("mailto:"): dict(a.params) for a in found}


def reply(s: Sample, event: Event, key: str) -> Participation:
    found = s.desk.event(event.id or 0).participation(s.people[key].id or 0)
    assert found is not None
    return found


# -- RSVP and PARTSTAT -------------------------------------------------------------------


def test_rsvp_only_for_participants_who_have_not_answered(sample: Sample) -> None:
    s = sample
    forum = s.desk.event(s.forum.id or 0)
    roles = {s.people["sharma"].id: Role.SECURITY}
    kept = tuple(replace(p, role=roles.get(p.person_id, p.role)) for p in forum.participations)
    s.desk.save_event(replace(forum, participations=kept))
    s.desk.set_reply(forum.id or 0, s.people["tanaka"].id or 0, Reply.ACCEPTED)
    params = attendee_params(invite_of(s, s.forum, per_attendee=False).documents[0].data)
    tanaka, sharma = params["aiko.tanaka@example.jp"], params["priya.sharma@example.in"]
    sato = params["kenji.sato@example.jp"]
    assert (tanaka["PARTSTAT"], "RSVP" in tanaka) == ("ACCEPTED", False)  # answer known
    assert (sato["PARTSTAT"], sato.get("RSVP")) == ("NEEDS-ACTION", "TRUE")  # asked
    assert sharma["ROLE"] == "NON-PARTICIPANT" and "RSVP" not in sharma  # security: not asked


def test_after_a_move_recorded_answers_need_reconfirmation_and_the_invite_asks_again(
    sample: Sample,
) -> None:
    s = sample
    event_id = s.forum.id or 0
    s.desk.set_reply(event_id, s.people["tanaka"].id or 0, Reply.ACCEPTED)
    s.desk.set_reply(event_id, s.people["sato"].id or 0, Reply.DECLINED)
    # a change that is not a move leaves the answers as they are
    s.desk.save_event(replace(s.desk.event(event_id), objectives="Agree the roadmap."))
    assert reply(s, s.forum, "tanaka").reply is Reply.ACCEPTED
    before = s.desk.event(event_id)
    moved = s.desk.reschedule(event_id, before.starts_at + timedelta(hours=2),
                              before.ends_at + timedelta(hours=2))  # fmt: skip
    assert moved.sequence == 1
    assert reply(s, s.forum, "tanaka").reply is Reply.NEEDS_RECONFIRMATION
    assert reply(s, s.forum, "sato").reply is Reply.NEEDS_RECONFIRMATION
    assert reply(s, s.forum, "sharma").reply is Reply.NEEDS_ACTION  # had not answered
    document = invite_of(s, s.forum, per_attendee=False).documents[0]
    (item,) = icalendar.Calendar.from_ical(document.data).walk("VEVENT")
    assert item["SEQUENCE"] == 1
    for email in ("aiko.tanaka@example.jp", "kenji.sato@example.jp"):
        params = attendee_params(document.data)[email]
        assert (params["PARTSTAT"], params["RSVP"]) == ("NEEDS-ACTION", "TRUE")
    # an answer to the new version is recorded as given
    s.desk.set_reply(event_id, s.people["tanaka"].id or 0, Reply.ACCEPTED)
    assert reply(s, s.forum, "tanaka").reply is Reply.ACCEPTED
    # putting the old version back (the window's undo) restores the answers as they were
    s.desk.store.replace_event(replace(before, version=s.desk.event(event_id).version))
    assert reply(s, s.forum, "sato").reply is Reply.DECLINED


def test_the_roster_shows_who_must_reconfirm_and_why_someone_declined(sample: Sample) -> None:
    s = sample
    event_id = s.forum.id or 0
    s.desk.set_reply(event_id, s.people["tanaka"].id or 0, Reply.ACCEPTED)
    apply_replies(s.desk.store, read_reply_files([DATA / "reply-declined-thunderbird-comment.ics"]))
    before = s.desk.event(event_id)
    s.desk.reschedule(event_id, before.starts_at + timedelta(days=1),
                      before.ends_at + timedelta(days=1))  # fmt: skip
    pages = pdf_pages(render_event_pack(s.desk.programme(), event_id, now=NOW))
    text = "".join("".join(pages).split())  # the narrow Reply column wraps its words
    assert "DrAikoTanaka" in text and "toconfirmagain(movedsince)" in text
    assert "InMumbaithatday,sorry." in text


# -- uninviting one person ----------------------------------------------------------------


def test_a_removed_attendee_of_a_shared_invite_is_uninvited_without_status(
    sample: Sample,
) -> None:
    s = sample
    s.desk.store.record_exports(invite_of(s, s.forum, per_attendee=False).records)
    s.desk.remove_participant(s.forum.id or 0, s.people["sato"].id or 0)
    result = invite_of(s, s.forum, per_attendee=False, log=s.desk.store.export_records())
    (cancel,) = [d for d in result.documents if d.method == "CANCEL"]
    (item,) = icalendar.Calendar.from_ical(cancel.data).walk("VEVENT")
    assert "STATUS" not in item
    (request,) = [d for d in result.documents if d.method == "REQUEST"]
    (kept,) = icalendar.Calendar.from_ical(request.data).walk("VEVENT")
    assert str(kept["STATUS"]) == "CONFIRMED"
    # a cancelled event still says so, to everyone
    s.desk.cancel(s.forum.id or 0)
    result = invite_of(s, s.forum, per_attendee=False, log=s.desk.store.export_records())
    (item,) = icalendar.Calendar.from_ical(result.documents[0].data).walk("VEVENT")
    assert str(item["STATUS"]) == "CANCELLED"


# -- one change history for both forms ----------------------------------------------------


@pytest.fixture
def delhi_sample(desk: Desk) -> Desk:
    load_sample(desk)
    return desk


def _export(desk: Desk, event_id: int, **kwargs: object) -> ExportResult:
    result = all_invites(desk.programme(), [event_id], clock=FixedClock(NOW),
                         log=desk.store.export_records(), **kwargs)  # type: ignore[arg-type]  # fmt: skip
    desk.store.record_exports(result.records)
    return result


@pytest.mark.parametrize("first", [False, True], ids=["shared-first", "per-attendee-first"])
def test_changed_only_sends_nothing_for_an_event_sent_in_both_forms(
    delhi_sample: Desk, first: bool
) -> None:
    desk = delhi_sample
    both = [e for e in desk.events() if e.classification is not Classification.CONFIDENTIAL
            and e.participations and not e.is_cancelled]  # fmt: skip
    assert {1, 10, 11, 19, 22} <= {e.id for e in both}
    for event in both:
        assert event.id is not None
        _export(desk, event.id, per_attendee=first)
        _export(desk, event.id, per_attendee=not first)
        for form in (False, True):
            again = _export(desk, event.id, per_attendee=form, changed_only=True)
            assert again.documents == (), (event.id, form, [d.name for d in again.documents])


def test_changed_only_still_sends_a_move_and_a_new_guest_in_either_form(
    delhi_sample: Desk,
) -> None:
    desk = delhi_sample
    event = desk.event(10)
    _export(desk, 10, per_attendee=False)
    _export(desk, 10, per_attendee=True)
    moved = desk.reschedule(10, event.starts_at + timedelta(hours=1),
                            event.ends_at + timedelta(hours=1))  # fmt: skip
    again = _export(desk, 10, per_attendee=True, changed_only=True)
    assert len(again.documents) == len([p for p in moved.participations])
    newcomer = next(p for p in desk.people() if p.email and p.id not in moved.attendee_ids)
    desk.add_participants(10, [newcomer.id or 0])
    shared = _export(desk, 10, per_attendee=False, changed_only=True)
    assert [d.method for d in shared.documents] == ["REQUEST"]  # the guest list changed
    per_person = _export(desk, 10, per_attendee=True, changed_only=True)
    assert per_person.documents == ()  # the newcomer already has it, from the shared file


# -- zone rules from one declared source --------------------------------------------------


def test_vtimezones_follow_the_tzdata_package_not_the_system(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A system whose Casablanca rules say "always UTC" must not change what we export."""
    fake = tmp_path / "zoneinfo" / "Africa"
    fake.mkdir(parents=True)
    utc = next(p for p in (Path(d) / "UTC" for d in zoneinfo.TZPATH) if p.exists())
    shutil.copy(utc, fake / "Casablanca")
    zoneinfo.reset_tzpath(to=[str(tmp_path / "zoneinfo")])
    zoneinfo.ZoneInfo.clear_cache()
    vtimezone.cache_clear()
    try:
        assert datetime(2026, 7, 1, tzinfo=UTC).astimezone(
            zoneinfo.ZoneInfo("Africa/Casablanca")
        ).utcoffset() == timedelta(0)  # the "system" data is the fake
        text = vtimezone("Africa/Casablanca", 2026, 2027).to_ical().decode()
        assert "TZOFFSETTO:+0100" in text  # Morocco's rules, from tzdata
        rules = zone_rules("Africa/Casablanca")
        assert datetime(2026, 7, 1, tzinfo=UTC).astimezone(rules).utcoffset() == timedelta(hours=1)
    finally:
        zoneinfo.reset_tzpath()
        zoneinfo.ZoneInfo.clear_cache()
        vtimezone.cache_clear()


def _reread(data: bytes) -> icalendar.Event:
    (item,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    return item


@pytest.mark.parametrize(
    ("zone", "local", "offset"),
    [
        # Mexico abolished daylight saving time in October 2022: July is UTC-6, not -5.
        ("America/Mexico_City", datetime(2026, 7, 1, 10, 0), "-0600"),
        # Morocco: UTC+1, except around Ramadan (UTC+0), by the rules of the declared source.
        ("Africa/Casablanca", datetime(2026, 7, 1, 10, 0), "+0100"),
    ],
)
def test_an_event_in_a_zone_whose_rules_changed_reads_back_at_its_local_time(
    desk: Desk, zone: str, local: datetime, offset: str
) -> None:
    rules = zone_rules(zone)
    venue = desk.save_venue(Venue(name="Trade office", timezone=zone))
    organiser = desk.save_person(
        replace(build_person("Kobayashi", "mei.kobayashi@example.jp"))
    )  # fmt: skip
    guest = desk.save_person(build_person("Verma", "rahul.verma@example.in"))
    start = local.replace(tzinfo=rules)
    event = desk.save_event(Event(
        title="Offtake talks", starts_at=start, ends_at=start + timedelta(hours=1),
        timezone=zone, venue_id=venue.id, organiser_id=organiser.id,
        participations=(Participation(person_id=guest.id or 0),)))  # fmt: skip
    data = event_invites(desk.programme(), event.id or 0, clock=FixedClock(NOW),
                         per_attendee=False).documents[0].data  # fmt: skip
    text = data.decode()
    assert f"DTSTART;TZID={zone}:20260701T100000" in text
    assert f"TZOFFSETTO:{offset}" in text
    item = _reread(data)
    calendar = icalendar.Calendar.from_ical(data)
    (component,) = calendar.walk("VTIMEZONE")
    tz = component.to_tz(lookup_tzid=False)
    instant = item["DTSTART"].dt.replace(tzinfo=None).replace(tzinfo=tz)
    assert instant.astimezone(UTC) == start.astimezone(UTC)  # the file's own zone agrees
    if zone == "America/Mexico_City":
        assert "BEGIN:DAYLIGHT" not in text


def build_person(family: str, email: str):  # type: ignore[no-untyped-def]
    from models.entities import Person

    return Person(family_name=family, email=email)


# -- a decline's comment -----------------------------------------------------------------------


def test_a_declines_comment_is_kept_and_shown_by_rsvp(sample: Sample, db_path: Path) -> None:
    s = sample
    result = subprocess.run(
        [sys.executable, "main.py", "rsvp", "--db", str(db_path),
         str(DATA / "reply-declined-thunderbird-comment.ics")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert (
        "Priya Sharma for “Battery & critical-mineral forum”: needs action → declined "
        "(“In Mumbai that day, sorry. Our CTO will attend the plant visit. ]0;owned”)."
    ) in result.stdout
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    stored = reply(s, s.forum, "sharma")
    assert stored.reply is Reply.DECLINED
    assert stored.comment.startswith("In Mumbai that day, sorry.")
    # the same answer again changes nothing; a new comment is a change
    same = read_reply_files([DATA / "reply-declined-thunderbird-comment.ics"])
    again = apply_replies(s.desk.store, same)
    assert len(again.unchanged) == 1 and not again.changed


def test_a_japanese_pack_names_an_answer_to_confirm_again(sample: Sample) -> None:
    s = sample
    event_id = s.forum.id or 0
    s.desk.set_reply(event_id, s.people["tanaka"].id or 0, Reply.ACCEPTED)
    before = s.desk.event(event_id)
    s.desk.reschedule(event_id, before.starts_at + timedelta(days=1),
                      before.ends_at + timedelta(days=1))  # fmt: skip
    pages = pdf_pages(render_event_pack(s.desk.programme(), event_id, now=NOW, language="ja"))
    assert "再確認待ち" in "".join("".join(pages).split())
