"""Any text a coordinator types survives an invite: two strict parsers read it back.

Hypothesis throws commas, semicolons, backslashes, quotes, newlines, control
characters, Japanese, emoji and long notes at the exporter; icalendar and
vobject (with validation) must both read back exactly the cleaned text, and
nothing in the text may add a property or a component.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import vobject
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from exports.calendar.api import event_invites, person_itinerary, programme_feed
from exports.calendar.builder import Builder
from exports.calendar.text import calendar_name, clean_name, clean_text, file_name
from models.clock import FixedClock
from models.entities import (
    AgendaItem,
    Classification,
    Event,
    EventKind,
    Participation,
    Person,
    Programme,
    TransportLeg,
    Venue,
)

CLOCK = FixedClock(datetime(2026, 11, 30, 12, tzinfo=UTC))
NASTY = ",;:\\\"'\n\r\t ^<>&日本語テキスト😀🇯🇵\x00\x07\x1b\x7f\x85\u2028\ufeff"
texts = st.one_of(
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.text(alphabet=NASTY, max_size=80),
)
LONG_NOTE = ('覚書: battery, cells; recycling \\ "quoted"\n' * 120)[:5000]

EXPECTED_PROPERTIES = {
    "UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "LOCATION", "DESCRIPTION",
    "CLASS", "STATUS", "TRANSP", "ORGANIZER", "ATTENDEE",
}  # fmt: skip


def _programme(text: str) -> Programme:
    start = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)
    end = datetime(2026, 12, 1, 6, tzinfo=UTC)
    people = (
        Person(id=1, family_name=text or "X", given_name=text, email="guest@example.org"),
        Person(id=2, family_name="Kobayashi", given_name="Mei", email="mei@example.jp"),
    )
    venue = Venue(id=1, name=text or "Venue", address=text, timezone="Asia/Kolkata")
    event = Event(
        id=1, uid="0c7c4a9e-test@delegation-desk", title=text, starts_at=start, ends_at=end,
        timezone="Asia/Kolkata", venue_id=1, objectives=text, organiser_id=2,
        classification=Classification.PUBLIC,
        agenda=(AgendaItem(starts_at=start, ends_at=end, title=text or "Item"),),
        participations=(Participation(person_id=1),),
    )  # fmt: skip
    return Programme(people=people, venues=(venue,), events=(event,))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
@example(LONG_NOTE)
@example("BEGIN:VEVENT\nUID:evil\nEND:VEVENT\r\nATTENDEE:mailto:spy@example.org")
@example('Tanaka "Aiko" \\ ^n 田中')
@example("C:\\New folder\\N \\n \\\\N")
def test_text_reads_back_equal_in_icalendar_and_vobject(text: str) -> None:
    programme = _programme(text)
    data = event_invites(programme, 1, clock=CLOCK, per_attendee=False).documents[0].data
    title = clean_text(text) or "Untitled event"
    name = clean_name(f"{text} {text or 'X'}")

    calendar = icalendar.Calendar.from_ical(data)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert event.errors == []
    assert str(event["SUMMARY"]) == title
    assert clean_text(text) in str(event["DESCRIPTION"])
    location = Builder(programme, CLOCK).location(programme.events[0])
    assert str(event.get("LOCATION", "")) == location
    assert "\n" not in location
    assert [str(a) for a in [event["ATTENDEE"]]] == ["mailto:guest@example.org"]
    assert event["ATTENDEE"].params.get("CN", "") == name
    assert {k for k in event if k not in ("CREATED", "LAST-MODIFIED")} <= EXPECTED_PROPERTIES
    assert [c.name for c in calendar.subcomponents] == ["VTIMEZONE", "VEVENT"]

    parsed = vobject.readOne(data.decode("utf-8"), validate=True)
    assert parsed.vevent.summary.value == title
    assert parsed.vevent.description.value == str(event["DESCRIPTION"])
    if location:
        assert parsed.vevent.location.value == location
    attendees = parsed.vevent.contents["attendee"]
    assert len(attendees) == 1
    assert attendees[0].params.get("CN", [""])[0] == name
    assert len(parsed.contents["vevent"]) == 1


@settings(max_examples=60, deadline=None)
@given(texts)
def test_feed_name_reads_back_on_one_line(text: str) -> None:
    data = programme_feed(_programme("Forum"), clock=CLOCK, name=text or "Feed").documents[0].data
    calendar = icalendar.Calendar.from_ical(data)
    name = calendar_name(text or "Feed") or "Programme"
    assert str(calendar["X-WR-CALNAME"]) == name
    assert vobject.readOne(data.decode("utf-8"), validate=True).x_wr_calname.value == name
    assert len(calendar.walk("VEVENT")) == 1


def test_clean_text_keeps_what_people_type_and_drops_control_characters() -> None:
    assert clean_text('a,b;c\\d "e" 日本 😀\tf') == 'a,b;c\\d "e" 日本 😀\tf'
    assert clean_text("one\r\ntwo\rthree\nfour") == "one\ntwo\nthree\nfour"
    assert clean_text("bell\x07 escape\x1b nul\x00 del\x7f") == "bell escape nul del"


def test_clean_name_is_one_line_without_quotes() -> None:
    assert clean_name('  Dr "Aiko"\n Tanaka\x07 ') == "Dr Aiko Tanaka"
    assert clean_name("田中 愛子") == "田中 愛子"


def test_file_names_are_safe() -> None:
    assert file_name("12", "Tanaka", "Aiko") == "12-tanaka-aiko.ics"
    assert file_name("3", "../../etc/passwd") == "3-etc-passwd.ics"
    assert file_name("7", "田中", "Ōno") == "7-ono.ics"
    assert file_name("") == "calendar.ics"


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, texts)
@example('Gate 3; bring ID, \\ "hard hat"\n安全靴', "Van 1 — 😀\r\nDriver: +91")
@example("", "C:\\New \\N")
def test_site_visit_text_reads_back_in_itineraries(place: str, note: str) -> None:
    start = datetime(2026, 12, 2, 4, 30, tzinfo=UTC)
    leg = TransportLeg(id=7, departs_at=start, arrives_at=start + timedelta(hours=1),
                       origin=place or "Hotel", destination=note or "Plant", vehicle=note,
                       driver_contact=place, notes=note, passenger_ids=(1,))  # fmt: skip
    event = Event(
        id=1, uid="site-visit@delegation-desk", title="Visit", kind=EventKind.SITE_VISIT,
        starts_at=start + timedelta(hours=1), ends_at=start + timedelta(hours=3),
        timezone="Asia/Kolkata", meeting_point=place, safety_notes=note, legs=(leg,),
        participations=(Participation(person_id=1),),
    )  # fmt: skip
    programme = Programme(people=(Person(id=1, family_name="Sato", email="s@example.jp"),),
                          events=(event,))  # fmt: skip
    data = person_itinerary(programme, 1, clock=CLOCK).documents[0].data
    parsed = icalendar.Calendar.from_ical(data)
    items = {str(e["UID"]): e for e in parsed.walk("VEVENT")}
    assert set(items) == {"site-visit@delegation-desk", "leg-7-site-visit@delegation-desk"}
    assert all(e.errors == [] for e in items.values())
    checked = vobject.readOne(data.decode("utf-8"), validate=True)
    assert len(checked.contents["vevent"]) == 2
    for entry in checked.contents["vevent"]:
        mine = items[entry.uid.value]
        assert entry.summary.value == str(mine["SUMMARY"])
        assert entry.description.value == str(mine["DESCRIPTION"])
    visit = str(items["site-visit@delegation-desk"]["DESCRIPTION"])
    leg_text = str(items["leg-7-site-visit@delegation-desk"]["DESCRIPTION"])
    assert clean_text(note) in visit and clean_text(note) in leg_text
    if clean_text(place):
        assert f"Meeting point: {clean_text(place)}" in visit
    summary = str(items["leg-7-site-visit@delegation-desk"]["SUMMARY"])
    assert summary == clean_text(f"Transport: {place or 'Hotel'} → {note or 'Plant'}")
