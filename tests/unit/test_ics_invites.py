"""Invites, per-attendee invites, cancellations and updates, read back by two parsers."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import vobject
from test_ics_fixtures import Sample, build_sample, delhi

from exports.calendar.api import (
    ExportResult,
    InviteOptions,
    all_invites,
    event_invites,
    itineraries,
    person_itinerary,
    programme_feed,
    write_to_file,
    write_to_folder,
)
from models.clock import FixedClock
from models.entities import (
    AgendaItem,
    Classification,
    Event,
    Participation,
    Reply,
    Role,
    Venue,
)
from models.errors import Cancelled, ExportError
from models.services import Desk

NOW = datetime(2026, 11, 30, 12, tzinfo=UTC)
TOKYO = ZoneInfo("Asia/Tokyo")


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def clock() -> FixedClock:
    return FixedClock(NOW)


def only_event(data: bytes) -> icalendar.Event:
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1
    return events[0]


def attendees(item: icalendar.Event) -> list[icalendar.vCalAddress]:
    found = item.get("ATTENDEE", [])
    return found if isinstance(found, list) else [found]


def export(s: Sample, event: Event, **kwargs: object) -> ExportResult:
    return event_invites(s.desk.programme(), event.id or 0, clock=clock(), **kwargs)  # type: ignore[arg-type]


def logged(s: Sample, result: ExportResult) -> ExportResult:
    s.desk.store.record_exports(result.records)
    return result


def test_shared_invite_reads_back_every_property(sample: Sample) -> None:
    s = sample
    [document] = export(s, s.forum).documents
    calendar = icalendar.Calendar.from_ical(document.data)
    assert str(calendar["METHOD"]) == "REQUEST"
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]) == "-//Delegation Desk//Calendar export 1.0//EN"
    item = only_event(document.data)
    assert item.errors == []
    assert str(item["UID"]) == s.forum.uid
    assert item["SEQUENCE"] == 0
    assert item["DTSTAMP"].dt == NOW
    assert item["LAST-MODIFIED"].dt == s.forum.updated_at
    assert item["DTSTART"].params["TZID"] == "Asia/Kolkata"
    assert item["DTSTART"].dt == delhi(1, 10)
    assert item["DTEND"].dt == delhi(1, 11, 30)
    assert str(item["SUMMARY"]) == "Battery & critical-mineral forum"
    assert (
        str(item["LOCATION"]) == "Embassy of Japan, Hall, 50-G Shantipath, Chanakyapuri, New Delhi"
    )
    assert (item["GEO"].latitude, item["GEO"].longitude) == (28.5977, 77.1875)
    assert str(item["CLASS"]) == "PRIVATE"
    assert str(item["STATUS"]) == "CONFIRMED"
    assert str(item["ORGANIZER"]) == "mailto:mei.kobayashi@example.jp"
    assert item["ORGANIZER"].params["CN"] == "Ms Mei Kobayashi"
    people = {str(a): dict(a.params) for a in attendees(item)}
    # The driver has no e-mail address: he gets no invite (and a note says so).
    assert set(people) == {"mailto:aiko.tanaka@example.jp", "mailto:priya.sharma@example.in",
                           "mailto:kenji.sato@example.jp"}  # fmt: skip
    assert people["mailto:aiko.tanaka@example.jp"] == {
        "CN": "Dr Aiko Tanaka", "ROLE": "CHAIR",
        "PARTSTAT": "NEEDS-ACTION", "RSVP": "TRUE",
    }  # fmt: skip
    assert people["mailto:kenji.sato@example.jp"]["ROLE"] == "REQ-PARTICIPANT"
    description = str(item["DESCRIPTION"])
    assert "Tue 1 Dec 10:00 IST (India) · 13:30 JST (Japan)" in description
    assert "Agree the supply-chain roadmap." in description
    assert "10:00–10:30 Opening (Dr Aiko Tanaka)" in description
    assert "10:30–11:30 Recycling panel (Lohum CTO)" in description
    assert "keep seats apart" not in description  # internal notes stay inside
    [alarm] = item.walk("VALARM")
    assert alarm["TRIGGER"].dt == timedelta(minutes=-30)

    parsed = vobject.readOne(document.data.decode(), validate=True)
    event = parsed.vevent
    assert event.uid.value == s.forum.uid
    assert event.dtstart.value == delhi(1, 10)
    assert event.summary.value == "Battery & critical-mineral forum"
    assert event.description.value == description
    assert len(event.contents["attendee"]) == 3
    assert parsed.method.value == "REQUEST"


def test_ten_at_the_embassy_in_new_delhi_is_half_past_one_in_tokyo(sample: Sample) -> None:
    data = export(sample, sample.forum).documents[0].data
    start = only_event(data)["DTSTART"].dt
    assert start.astimezone(TOKYO).strftime("%H:%M") == "13:30"
    parsed = vobject.readOne(data.decode(), validate=True).vevent.dtstart.value
    assert parsed.astimezone(TOKYO).strftime("%H:%M") == "13:30"
    assert parsed.utcoffset() == timedelta(hours=5, minutes=30)


def _tzids(data: bytes) -> tuple[set[str], set[str]]:
    calendar = icalendar.Calendar.from_ical(data)
    used = set()
    for component in calendar.walk():
        for value in component.values():
            for v in value if isinstance(value, list) else [value]:
                tzid = getattr(v, "params", {}).get("TZID")
                if tzid:
                    used.add(tzid)
    defined = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    return used, defined


def test_every_tzid_used_has_a_vtimezone(sample: Sample) -> None:
    s = sample
    tokyo = s.desk.save_venue(Venue(name="Keidanren Kaikan", city="Tokyo", timezone="Asia/Tokyo"))
    s.desk.save_event(
        Event(title="Follow-up in Tokyo", starts_at=datetime(2026, 12, 10, 1, tzinfo=UTC),
              ends_at=datetime(2026, 12, 10, 2, tzinfo=UTC), timezone="Asia/Tokyo",
              venue_id=tokyo.id, organiser_id=s.people["kobayashi"].id,
              participations=(Participation(person_id=s.people["sato"].id or 0),))
    )  # fmt: skip
    programme = s.desk.programme()
    documents = [
        *event_invites(programme, s.forum.id or 0, clock=clock()).documents,
        *event_invites(programme, s.closed.id or 0, clock=clock()).documents,
        *programme_feed(programme, clock=clock()).documents,
        *person_itinerary(programme, s.people["sato"].id or 0, clock=clock()).documents,
    ]
    feed_used: set[str] = set()
    for document in documents:
        used, defined = _tzids(document.data)
        assert used and used == defined, document.name
        assert not {"IST", "JST", "UTC+05:30"} & used
        feed_used |= used
    assert feed_used == {"Asia/Kolkata", "Asia/Tokyo"}


def test_per_attendee_files_show_no_other_guest(sample: Sample) -> None:
    s = sample
    closed = s.desk.save_event(
        replace(
            s.closed,
            host_contact_id=s.people["sharma"].id,
            agenda=(AgendaItem(starts_at=delhi(1, 14), ends_at=delhi(1, 15), title="Terms",
                               speaker_id=s.people["verma"].id),),
        )
    )  # fmt: skip
    result = export(s, closed)  # confidential: per attendee by default
    guests = [s.people[k] for k in ("tanaka", "verma", "sharma")]
    assert [d.name for d in result.documents] == [
        f"{s.closed.id}-tanaka-aiko.ics", f"{s.closed.id}-verma-rahul.ics",
        f"{s.closed.id}-sharma-priya.ics",
    ]  # fmt: skip
    for document, guest in zip(result.documents, guests, strict=True):
        text = document.data.decode()
        others = [g for g in guests if g is not guest]
        for other in others:
            assert other.email not in text
            assert other.family_name not in text
        item = only_event(document.data)
        assert [str(a) for a in attendees(item)] == [f"mailto:{guest.email}"]
        assert str(item["ORGANIZER"]) == "mailto:mei.kobayashi@example.jp"
        assert str(item["CLASS"]) == "CONFIDENTIAL"
        assert "Participants" not in str(item["DESCRIPTION"])


def test_a_shared_invite_of_a_confidential_event_is_refused(sample: Sample) -> None:
    with pytest.raises(ExportError, match="confidential"):
        export(sample, sample.closed, per_attendee=False)


def test_per_attendee_restricted_event_lists_no_guests_in_description(sample: Sample) -> None:
    s = sample
    result = export(s, s.forum, per_attendee=True)
    assert len(result.documents) == 3
    for document in result.documents:
        assert "Participants" not in str(only_event(document.data)["DESCRIPTION"])
        assert len(attendees(only_event(document.data))) == 1


def test_feed_and_itinerary_never_list_attendees(sample: Sample) -> None:
    s = sample
    programme = s.desk.programme()
    feed = programme_feed(programme, clock=clock()).documents[0].data
    itinerary = person_itinerary(programme, s.people["tanaka"].id or 0, clock=clock())
    for data in (feed, itinerary.documents[0].data):
        for item in icalendar.Calendar.from_ical(data).walk("VEVENT"):
            assert "ATTENDEE" not in item
            assert str(item["ORGANIZER"]) == "mailto:mei.kobayashi@example.jp"
        assert b"rahul.verma@example.in" not in data or b"Host contact" in data
        assert b"priya.sharma" not in data


def test_reschedule_and_cancel_raise_sequence_and_keep_uid(sample: Sample) -> None:
    s = sample
    first = only_event(export(s, s.forum).documents[0].data)
    s.desk.reschedule(s.forum.id or 0, delhi(1, 12), delhi(1, 13, 30))
    moved = only_event(export(s, s.desk.event(s.forum.id or 0)).documents[0].data)
    s.desk.cancel(s.forum.id or 0)
    [document] = export(s, s.desk.event(s.forum.id or 0)).documents
    gone = only_event(document.data)
    assert str(first["UID"]) == str(moved["UID"]) == str(gone["UID"]) == s.forum.uid
    assert (first["SEQUENCE"], moved["SEQUENCE"], gone["SEQUENCE"]) == (0, 1, 2)
    assert moved["DTSTART"].dt == delhi(1, 12)
    assert str(icalendar.Calendar.from_ical(document.data)["METHOD"]) == "CANCEL"
    assert str(gone["STATUS"]) == "CANCELLED"
    assert "VALARM" not in [c.name for c in gone.subcomponents]


def test_unchanged_reexport_is_byte_identical(sample: Sample) -> None:
    s = sample
    programme = s.desk.programme()
    for event in (s.forum, s.closed, s.visit):
        a = event_invites(programme, event.id or 0, clock=clock())
        b = event_invites(s.desk.programme(), event.id or 0, clock=clock())
        assert [d.data for d in a.documents] == [d.data for d in b.documents]
    later = event_invites(programme, s.forum.id or 0, clock=FixedClock(NOW + timedelta(days=1)))
    earlier = event_invites(programme, s.forum.id or 0, clock=clock())
    diff = set(later.documents[0].data.splitlines()) ^ set(earlier.documents[0].data.splitlines())
    assert {line.split(b":")[0] for line in diff} == {b"DTSTAMP"}


def test_a_removed_person_gets_a_cancellation_with_a_higher_sequence(sample: Sample) -> None:
    s = sample
    sato = s.people["sato"]
    logged(s, export(s, s.forum, per_attendee=True))
    s.desk.remove_participant(s.forum.id or 0, sato.id or 0)
    result = logged(s, export(s, s.forum, per_attendee=True, log=s.desk.store.export_records()))
    cancels = [d for d in result.documents if d.method == "CANCEL"]
    assert [d.name for d in cancels] == [f"{s.forum.id}-sato-kenji-cancel.ics"]
    calendar = icalendar.Calendar.from_ical(cancels[0].data)
    assert str(calendar["METHOD"]) == "CANCEL"
    item = only_event(cancels[0].data)
    assert str(item["UID"]) == s.forum.uid
    # The event goes ahead without him: RFC 5546 §3.2.5, no STATUS when uninviting
    # (STATUS:CANCELLED makes clients tell him the whole meeting was cancelled).
    assert "STATUS" not in item
    assert item["SEQUENCE"] >= 1  # one more than the 0 he was sent
    assert [str(a) for a in attendees(item)] == ["mailto:kenji.sato@example.jp"]
    others = [d for d in result.documents if d.method == "REQUEST"]
    assert all(b"kenji.sato" not in d.data for d in others)
    # Once sent, the cancellation is not sent again...
    again = export(s, s.forum, per_attendee=True, log=s.desk.store.export_records())
    assert all(d.method == "REQUEST" for d in again.documents)
    # ...and if he is invited back, his invite outranks the cancellation.
    s.desk.add_participants(s.forum.id or 0, [sato.id or 0])
    back = export(s, s.forum, per_attendee=True, log=s.desk.store.export_records())
    [his] = [d for d in back.documents if d.person_id == sato.id]
    assert his.method == "REQUEST"
    assert only_event(his.data)["SEQUENCE"] > item["SEQUENCE"]


def test_removed_person_of_a_shared_invite_gets_a_file_of_their_own(sample: Sample) -> None:
    s = sample
    sharma = s.people["sharma"]
    logged(s, export(s, s.forum))
    s.desk.remove_participant(s.forum.id or 0, sharma.id or 0)
    result = export(s, s.forum, log=s.desk.store.export_records())
    methods = [(d.method, d.person_id) for d in result.documents]
    assert methods == [("REQUEST", None), ("CANCEL", sharma.id)]
    assert b"priya.sharma" not in result.documents[0].data


def test_changed_only_sends_only_what_changed(sample: Sample) -> None:
    s = sample
    logged(s, export(s, s.forum, per_attendee=True))
    unchanged = export(s, s.forum, per_attendee=True, changed_only=True,
                       log=s.desk.store.export_records())  # fmt: skip
    assert unchanged.is_empty
    assert "Nothing changed since the last export." in unchanged.notes
    # An attendee added: only they get an invite.
    verma = s.people["verma"]
    s.desk.add_participants(s.forum.id or 0, [verma.id or 0], Role.ATTENDEE)
    added = logged(s, export(s, s.forum, per_attendee=True, changed_only=True,
                             log=s.desk.store.export_records()))  # fmt: skip
    assert [d.person_id for d in added.documents] == [verma.id]
    # Moved: everyone.
    s.desk.reschedule(s.forum.id or 0, delhi(1, 11), delhi(1, 12, 30))
    moved = logged(s, export(s, s.forum, per_attendee=True, changed_only=True,
                             log=s.desk.store.export_records()))  # fmt: skip
    assert len(moved.documents) == 4
    # Edited without moving (SEQUENCE kept): everyone again, the text changed.
    event = s.desk.event(s.forum.id or 0)
    s.desk.save_event(replace(event, objectives="A new objective."))
    edited = logged(s, export(s, s.forum, per_attendee=True, changed_only=True,
                              log=s.desk.store.export_records()))  # fmt: skip
    assert len(edited.documents) == 4
    # Cancelled: everyone gets the cancellation, once.
    s.desk.cancel(s.forum.id or 0)
    cancelled = logged(s, export(s, s.forum, per_attendee=True, changed_only=True,
                                 log=s.desk.store.export_records()))  # fmt: skip
    assert {d.method for d in cancelled.documents} == {"CANCEL"}
    assert len(cancelled.documents) == 4
    assert export(s, s.forum, per_attendee=True, changed_only=True,
                  log=s.desk.store.export_records()).is_empty  # fmt: skip


def test_export_log_records_what_went_to_whom(sample: Sample) -> None:
    s = sample
    logged(s, export(s, s.closed))
    records = s.desk.store.export_records(event_uid=s.closed.uid)
    assert sorted(r.recipient for r in records) == [
        "aiko.tanaka@example.jp", "priya.sharma@example.in", "rahul.verma@example.in"]  # fmt: skip
    assert {(r.channel, r.method, r.sequence) for r in records} == {("per-attendee", "REQUEST", 0)}
    assert all(r.exported_at == NOW for r in records)


def test_alarm_defaults_and_options(sample: Sample) -> None:
    s = sample

    def trigger(event: Event, options: InviteOptions | None = None) -> timedelta | None:
        result = export(s, event, per_attendee=True, options=options)
        alarms = only_event(result.documents[0].data).walk("VALARM")
        return alarms[0]["TRIGGER"].dt if alarms else None

    assert trigger(s.forum) == timedelta(minutes=-30)
    assert trigger(s.visit) == timedelta(hours=-2)
    assert trigger(s.forum, InviteOptions(alarm_minutes=15)) == timedelta(minutes=-15)
    assert trigger(s.visit, InviteOptions(site_visit_alarm_minutes=None)) is None


def test_site_visit_description_has_transport_meeting_point_and_safety(sample: Sample) -> None:
    s = sample
    text = str(only_event(export(s, s.visit).documents[0].data)["DESCRIPTION"])
    assert "Meeting point: Hotel lobby, 07:15" in text
    assert (
        "Wed 2 Dec 07:30–09:30 Hotel, New Delhi → Lohum plant (Van 1; driver +91 98100 00000)"
        in text
    )
    assert "Safety shoes and goggles provided." in text
    assert "Host contact: Shri Rahul Verma" in text


def test_feed_selects_by_delegation_and_dates(sample: Sample) -> None:
    s = sample
    indian_only = s.desk.save_event(
        Event(title="Recyclers' round table", starts_at=delhi(3, 9), ends_at=delhi(3, 10),
              timezone="Asia/Kolkata", participations=(
                  Participation(person_id=s.people["verma"].id or 0),))
    )  # fmt: skip
    programme = s.desk.programme()

    def uids(**kwargs: object) -> set[str]:
        limit = kwargs.setdefault("max_classification", Classification.CONFIDENTIAL)
        if limit is None:  # the feed's own default
            del kwargs["max_classification"]
        result = programme_feed(programme, clock=clock(), **kwargs)  # type: ignore[arg-type]
        data = result.documents[0].data
        calendar = icalendar.Calendar.from_ical(data)
        assert str(calendar["METHOD"]) == "PUBLISH"
        assert str(calendar["X-WR-CALNAME"]).startswith("Programme")
        assert calendar["REFRESH-INTERVAL"].dt == timedelta(hours=1)
        return {str(e["UID"]) for e in calendar.walk("VEVENT")}

    everything = {s.forum.uid, s.closed.uid, s.visit.uid, indian_only.uid}
    assert uids() == everything
    assert s.closed.classification is Classification.CONFIDENTIAL
    assert uids(max_classification=None) == everything - {s.closed.uid}  # privacy by default
    assert uids(delegation_id=s.japan.id) == everything - {indian_only.uid}
    from datetime import date

    assert uids(start=date(2026, 12, 2), end=date(2026, 12, 2)) == {s.visit.uid}
    assert uids(delegation_id=s.japan.id, start=date(2026, 12, 1), end=date(2026, 12, 1)) == {
        s.forum.uid, s.closed.uid}  # fmt: skip


def test_cancelled_events_stay_in_the_feed_as_cancelled(sample: Sample) -> None:
    s = sample
    s.desk.cancel(s.visit.id or 0)
    data = programme_feed(s.desk.programme(), clock=clock()).documents[0].data
    status = {str(e["UID"]): str(e["STATUS"])
              for e in icalendar.Calendar.from_ical(data).walk("VEVENT")}  # fmt: skip
    assert status[s.visit.uid] == "CANCELLED"
    assert status[s.forum.uid] == "CONFIRMED"


def test_itinerary_has_own_events_and_legs_with_stable_uids(sample: Sample) -> None:
    s = sample
    sato = s.people["sato"]
    legs = s.visit.legs

    def entries() -> dict[str, icalendar.Event]:
        result = person_itinerary(s.desk.programme(), sato.id or 0, clock=clock())
        calendar = icalendar.Calendar.from_ical(result.documents[0].data)
        assert str(calendar["X-WR-CALNAME"]) == "Itinerary — Mr Kenji Sato"
        return {str(e["UID"]): e for e in calendar.walk("VEVENT")}

    first = entries()
    leg_uid = f"leg-{legs[0].id}-{s.visit.uid}"
    # His events (not the closed-door meeting), and only the leg he rides out.
    assert set(first) == {s.forum.uid, s.visit.uid, leg_uid}
    assert first[leg_uid]["DTSTART"].dt == delhi(2, 7, 30)
    assert "Van 1" in str(first[leg_uid]["DESCRIPTION"])
    assert "10:00 IST (India) · 13:30 JST (Japan)" in str(first[s.visit.uid]["DESCRIPTION"])
    s.desk.reschedule(s.visit.id or 0, delhi(2, 11), delhi(2, 14))
    moved = entries()
    assert set(moved) == set(first)
    assert moved[leg_uid]["DTSTART"].dt == delhi(2, 8, 30)
    assert moved[leg_uid]["SEQUENCE"] == 1


def test_itinerary_cancels_entries_the_person_no_longer_has(sample: Sample) -> None:
    s = sample
    sato = s.people["sato"]
    logged(s, person_itinerary(s.desk.programme(), sato.id or 0, clock=clock()))
    s.desk.remove_participant(s.forum.id or 0, sato.id or 0)
    result = person_itinerary(s.desk.programme(), sato.id or 0, clock=clock(), changed_only=True,
                              log=s.desk.store.export_records())  # fmt: skip
    [item] = icalendar.Calendar.from_ical(result.documents[0].data).walk("VEVENT")
    assert str(item["UID"]) == s.forum.uid
    assert str(item["STATUS"]) == "CANCELLED"
    assert item["SEQUENCE"] == 1


def test_progress_is_reported_and_cancel_stops(sample: Sample) -> None:
    s = sample
    seen: list[tuple[int, int]] = []
    programme_feed(s.desk.programme(), clock=clock(), progress=lambda d, t: seen.append((d, t)),
                   max_classification=Classification.CONFIDENTIAL)  # fmt: skip
    assert seen[-1] == (3, 3)
    stop = threading.Event()
    stop.set()
    with pytest.raises(Cancelled):
        programme_feed(s.desk.programme(), clock=clock(), cancel=stop)


def test_writing_is_all_or_nothing(sample: Sample, tmp_path: Path) -> None:
    s = sample
    documents = export(s, s.closed).documents
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    old = tmp_path / documents[0].name
    old.write_bytes(b"old copy")
    (tmp_path / documents[1].name).mkdir()  # cannot be replaced by a file
    with pytest.raises(ExportError):
        write_to_folder(documents, tmp_path)
    assert old.read_bytes() == b"old copy"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([documents[0].name,
                                                                 documents[1].name])  # fmt: skip
    (tmp_path / documents[1].name).rmdir()
    written = write_to_folder(documents, tmp_path)
    assert [p.read_bytes() for p in written] == [d.data for d in documents]


def test_an_event_without_organiser_is_refused_alone_and_noted_among_many(sample: Sample) -> None:
    s = sample
    s.desk.save_event(replace(s.desk.event(s.visit.id or 0), organiser_id=None))
    with pytest.raises(ExportError, match="no organiser with an e-mail address"):
        export(s, s.visit)
    result = all_invites(s.desk.programme(), clock=clock())
    assert {d.event_id for d in result.documents} == {s.forum.id, s.closed.id}
    assert any("Site visit: Lohum recycling plant" in note for note in result.notes)


def test_partstat_follows_the_stored_reply_and_class_the_classification(sample: Sample) -> None:
    s = sample
    s.desk.set_reply(s.visit.id or 0, s.people["sato"].id or 0, Reply.DECLINED)
    s.desk.set_reply(s.visit.id or 0, s.people["tanaka"].id or 0, Reply.TENTATIVE)
    item = only_event(export(s, s.visit).documents[0].data)
    partstat = {str(a): a.params["PARTSTAT"] for a in attendees(item)}
    assert partstat == {
        "mailto:aiko.tanaka@example.jp": "TENTATIVE",
        "mailto:kenji.sato@example.jp": "DECLINED",
        "mailto:rahul.verma@example.in": "NEEDS-ACTION",
    }
    assert {a.params["ROLE"] for a in attendees(item)} == {"REQ-PARTICIPANT"}
    assert str(item["CLASS"]) == "PUBLIC"
    assert item["SEQUENCE"] == 0  # a reply is not a change of the event


def test_itineraries_of_a_delegation_one_file_each(sample: Sample) -> None:
    s = sample
    namesake = s.desk.save_person(replace(s.people["sato"], id=None, email="k.sato@example.jp"))
    s.desk.add_participants(s.visit.id or 0, [namesake.id or 0])
    members = [*s.japan.member_ids, namesake.id or 0]
    result = itineraries(s.desk.programme(), members, clock=clock())
    assert [d.person_id for d in result.documents] == [m for m in members if m != s.people[
        "kobayashi"].id]  # fmt: skip
    names = [d.name for d in result.documents]
    assert names == ["itinerary-tanaka-aiko.ics", "itinerary-sato-kenji.ics",
                     f"itinerary-sato-kenji-{namesake.id}.ics"]  # fmt: skip
    assert result.notes == ("Mei Kobayashi has no events.",)


def test_only_the_shared_invite_takes_the_given_file_name(sample: Sample, tmp_path: Path) -> None:
    s = sample
    logged(s, export(s, s.forum))
    s.desk.remove_participant(s.forum.id or 0, s.people["sato"].id or 0)
    # The others get the shared invite again (its guest list changed), he a cancellation.
    result = export(s, s.forum, changed_only=True, log=s.desk.store.export_records())
    assert [d.method for d in result.documents] == ["REQUEST", "CANCEL"]
    assert b"kenji.sato" not in result.documents[0].data
    cancels = result.documents[1:]
    # ...and it must not overwrite the shared invite's file.
    target = tmp_path / "forum.ics"
    target.write_bytes(b"the shared invite")
    [written] = write_to_file(cancels, target)
    assert written == tmp_path / f"{s.forum.id}-sato-kenji-cancel.ics"
    assert target.read_bytes() == b"the shared invite"


def test_a_person_invited_back_still_gets_a_higher_sequence_when_the_event_moves(
    sample: Sample,
) -> None:
    s = sample
    sato = s.people["sato"]

    def his_sequence() -> int:
        result = logged(s, export(s, s.forum, per_attendee=True,
                                  log=s.desk.store.export_records()))  # fmt: skip
        [his] = [d for d in result.documents if d.person_id == sato.id]
        return int(only_event(his.data)["SEQUENCE"])

    assert his_sequence() == 0
    s.desk.remove_participant(s.forum.id or 0, sato.id or 0)
    assert his_sequence() == 1  # the cancellation
    s.desk.add_participants(s.forum.id or 0, [sato.id or 0])
    assert his_sequence() == 2  # invited back: above the cancellation
    assert his_sequence() == 2  # unchanged: the same again
    s.desk.reschedule(s.forum.id or 0, delhi(1, 12), delhi(1, 13, 30))  # event SEQUENCE 0 -> 1
    assert his_sequence() == 3  # moved: above what he has, although the event is at 1
