"""The store keeps exactly what it is given, in a file only its owner can read."""

from __future__ import annotations

import sqlite3
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.entities import (
    AgendaItem,
    Classification,
    Delegation,
    Event,
    EventKind,
    EventStatus,
    Organisation,
    OrgKind,
    Participation,
    Person,
    Reply,
    Role,
    Room,
    TransportLeg,
    TravelTime,
    Venue,
)
from models.errors import NotFound
from models.store import ExportRecord, Store

HOSTILE = "x'); DROP TABLE people;--"
T0 = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)  # 10:00 in New Delhi
STAMP = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def store(db_path: Path) -> Iterator[Store]:
    opened = Store.open(db_path)
    yield opened
    opened.close()


def reopened(store: Store) -> Store:
    """Close ``store`` and open its file again, so reads come from disk."""
    store.close()
    return Store.open(store.path)


def test_organisation_round_trip(store: Store) -> None:
    org = store.insert_organisation(
        Organisation(
            name="Ministry of Economy, Trade and Industry (METI)",
            country="JP",
            sector="government",
            kind=OrgKind.GOVERNMENT,
            profile="経済産業省 — industrial policy, trade and energy.",
            website="https://www.meti.go.jp/",
        )
    )
    assert org.id is not None
    again = reopened(store)
    try:
        assert again.organisations() == [org]
        assert again.organisation(org.id) == org
    finally:
        again.close()


def test_person_round_trip_with_japanese_name(store: Store) -> None:
    jetro = store.insert_organisation(Organisation(name="JETRO", kind=OrgKind.AGENCY))
    person = store.insert_person(
        Person(
            family_name="Tanaka",
            given_name="Aiko",
            name_japanese="田中 愛子",
            honorific="Dr",
            position="Director, Battery Supply Chains",
            organisation_id=jetro.id,
            email="aiko.tanaka@example.jp",
            phone="+81 3 0000 0000",
            nationality="JP",
            languages=("ja", "en"),
            dietary="vegetarian",
            accessibility="step-free access",
            notes="Arrives on the overnight flight.",
        )
    )
    again = reopened(store)
    try:
        assert person.id is not None
        assert again.person(person.id) == person
        assert again.people() == [person]
        assert again.search_people("田中") == [person]
        assert again.search_people("田中愛子") == [person]  # typed without the space
        assert again.search_people("jetro") == [person]
        assert again.search_people("aiko tanaka") == [person]
    finally:
        again.close()


def test_bulk_insert_keeps_order_and_ids(store: Store) -> None:
    people = store.insert_people(
        [Person(family_name=f"Sharma {n}", email=f"s{n}@example.in") for n in range(50)]
    )
    assert len({p.id for p in people}) == 50
    again = reopened(store)
    try:
        assert again.people_by_ids([p.id for p in people if p.id is not None]) == people
    finally:
        again.close()


def test_delegation_round_trip_keeps_member_order(store: Store) -> None:
    a, b, c = store.insert_people(
        [Person(family_name="Sato"), Person(family_name="Abe"), Person(family_name="Mori")]
    )
    assert a.id and b.id and c.id
    delegation = store.insert_delegation(
        Delegation(
            name="Japanese delegation",
            home_timezone="Asia/Tokyo",
            head_id=c.id,
            member_ids=(c.id, a.id, b.id),
            notes="Ministry of Finance, METI and JETRO",
        )
    )
    again = reopened(store)
    try:
        assert again.delegations() == [delegation]
    finally:
        again.close()


def test_venue_round_trip_with_rooms(store: Store) -> None:
    venue = store.insert_venue(
        Venue(
            name="Embassy of Japan",
            address="50-G Shantipath, Chanakyapuri",
            city="New Delhi",
            region="Delhi",
            country="IN",
            timezone="Asia/Kolkata",
            latitude=28.5975,
            longitude=77.1855,
            capacity=200,
            access_notes="Passports at the gate.",
            rooms=(Room(name="Hall", capacity=120), Room(name="Sakura Room")),
        )
    )
    assert all(r.id is not None for r in venue.rooms)
    again = reopened(store)
    try:
        assert again.venues() == [venue]
        _hall, sakura = venue.rooms
        changed = again.update_venue(
            replace(venue, rooms=(replace(sakura, capacity=12), Room(name="Annex", capacity=8)))
        )
        assert again.venue(changed.id or 0) == changed
        assert [r.name for r in again.venue(changed.id or 0).rooms] == ["Sakura Room", "Annex"]
        assert changed.rooms[0].id == sakura.id  # kept rooms keep their id
    finally:
        again.close()


def _full_event(store: Store) -> Event:
    meti = store.insert_organisation(Organisation(name="METI", kind=OrgKind.GOVERNMENT))
    lohum = store.insert_organisation(Organisation(name="Lohum"))
    aiko, ravi, driver = store.insert_people(
        [
            Person(family_name="Tanaka", given_name="Aiko", name_japanese="田中 愛子"),
            Person(family_name="Mehta", given_name="Ravi"),
            Person(family_name="Singh", given_name="Harpreet"),
        ]
    )
    assert aiko.id and ravi.id and driver.id and meti.id and lohum.id
    venue = store.insert_venue(
        Venue(name="Lohum facility", timezone="Asia/Kolkata", rooms=(Room(name="Plant floor"),))
    )
    return Event(
        uid="visit-1@delegation-desk",
        sequence=3,
        title="Site visit: Lohum battery recycling, Greater Noida",
        kind=EventKind.SITE_VISIT,
        starts_at=T0,
        ends_at=T0 + timedelta(hours=6),
        timezone="Asia/Kolkata",
        venue_id=venue.id,
        room_id=venue.rooms[0].id,
        classification=Classification.CONFIDENTIAL,
        status=EventStatus.CONFIRMED,
        objectives="See cell recycling at scale; discuss a joint venture.",
        organiser_id=aiko.id,
        host_organisation_ids=(lohum.id, meti.id),
        meeting_point="Embassy of Japan, main gate",
        safety_notes="Safety shoes and goggles provided.",
        host_contact_id=ravi.id,
        notes="日本語のメモ",
        created_at=STAMP,
        updated_at=STAMP + timedelta(minutes=5),
        agenda=(
            AgendaItem(
                starts_at=T0 + timedelta(hours=2),
                ends_at=T0 + timedelta(hours=3),
                title="Plant tour",
                speaker_id=ravi.id,
            ),
            AgendaItem(
                starts_at=T0 + timedelta(hours=3),
                ends_at=T0 + timedelta(hours=4),
                title="Lunch",
                speaker_note="Hosted by the plant manager",
            ),
        ),
        participations=(
            Participation(person_id=aiko.id, role=Role.CHAIR, reply=Reply.ACCEPTED),
            Participation(person_id=ravi.id, role=Role.LIAISON, reply=Reply.TENTATIVE),
            Participation(person_id=driver.id, role=Role.DRIVER, reply=Reply.DECLINED),
        ),
        legs=(
            TransportLeg(
                departs_at=T0,
                arrives_at=T0 + timedelta(hours=2),
                origin="Embassy of Japan",
                destination="Lohum facility",
                vehicle="Coach DL 1C 0000",
                driver_contact="+91 98 0000 0000",
                passenger_ids=(ravi.id, aiko.id),
                notes="Convoy of two",
            ),
            TransportLeg(
                departs_at=T0 + timedelta(hours=5),
                arrives_at=T0 + timedelta(hours=7),
                origin="Lohum facility",
                destination="Taj Palace",
                passenger_ids=(aiko.id,),
            ),
        ),
    )


def test_event_round_trip_with_everything_that_hangs_off_it(store: Store) -> None:
    event = store.insert_event(_full_event(store))
    assert event.id is not None
    assert all(a.id is not None for a in event.agenda)
    assert all(leg.id is not None for leg in event.legs)
    again = reopened(store)
    try:
        assert again.event(event.id) == event
        assert again.events() == [event]
        assert again.event_by_uid("visit-1@delegation-desk") == event
        assert again.programme().events == (event,)
    finally:
        again.close()


def test_replacing_an_event_rewrites_its_children(store: Store) -> None:
    event = store.insert_event(_full_event(store))
    changed = replace(
        event,
        participations=event.participations[:1],
        legs=(replace(event.legs[0], passenger_ids=(event.participations[0].person_id,)),),
        agenda=(),
        host_organisation_ids=event.host_organisation_ids[1:],
    )
    stored = store.replace_event(changed)
    again = reopened(store)
    try:
        assert again.event(event.id or 0) == stored
        assert stored.participations == event.participations[:1]
        assert stored.agenda == ()
    finally:
        again.close()


def test_travel_times_and_export_log_round_trip(store: Store) -> None:
    a = store.insert_venue(Venue(name="Embassy of Japan", timezone="Asia/Kolkata"))
    b = store.insert_venue(Venue(name="Lohum facility", timezone="Asia/Kolkata"))
    assert a.id and b.id
    store.set_travel_time(TravelTime(from_venue_id=a.id, to_venue_id=b.id, minutes=150))
    store.set_travel_time(TravelTime(from_venue_id=a.id, to_venue_id=b.id, minutes=120))
    record = ExportRecord(
        exported_at=STAMP, channel="per-attendee", event_id=None, event_uid="u-1@delegation-desk",
        person_id=None, recipient="aiko.tanaka@example.jp", method="CANCEL", sequence=4,
        fingerprint="abc",
    )  # fmt: skip
    store.record_exports([record])
    again = reopened(store)
    try:
        assert again.travel_times() == [
            TravelTime(from_venue_id=a.id, to_venue_id=b.id, minutes=120)
        ]
        assert again.export_records() == [record]
        assert again.export_records(event_uid="other") == []
    finally:
        again.close()


def test_a_missing_record_is_not_found(store: Store) -> None:
    with pytest.raises(NotFound, match="no event with id 42"):
        store.event(42)
    with pytest.raises(NotFound):
        store.person(7)


# -- integrity ---------------------------------------------------------------------------


def test_foreign_keys_are_enforced_on_every_connection(store: Store) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store.insert_person(Person(family_name="Nobody", organisation_id=999))
    org = store.insert_organisation(Organisation(name="Tata"))
    store.insert_person(Person(family_name="Rao", organisation_id=org.id))
    again = reopened(store)
    try:
        assert again.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        with pytest.raises(sqlite3.IntegrityError):
            again.delete_organisation(org.id or 0)  # people still work there
        assert [o.name for o in again.organisations()] == ["Tata"]
    finally:
        again.close()


def test_an_event_naming_an_unknown_person_is_not_half_written(store: Store) -> None:
    event = _full_event(store)
    broken = replace(event, participations=(*event.participations, Participation(person_id=999)))
    with pytest.raises(sqlite3.IntegrityError):
        store.insert_event(broken)
    assert store.events() == []
    assert store.conn.execute("SELECT count(*) FROM agenda_items").fetchone()[0] == 0


def test_deleting_a_person_removes_them_from_events(store: Store) -> None:
    event = store.insert_event(_full_event(store))
    ravi = event.participations[1].person_id
    store.delete_person(ravi)
    after = store.event(event.id or 0)
    assert ravi not in after.attendee_ids
    assert ravi not in after.legs[0].passenger_ids
    assert after.host_contact_id is None
    assert after.agenda[0].speaker_id is None


# -- privacy -------------------------------------------------------------------------------


def test_new_database_and_its_wal_files_are_private(db_path: Path) -> None:
    store = Store.open(db_path)
    try:
        store.insert_person(Person(family_name="Tanaka"))
        siblings = [db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]
        assert all(p.exists() for p in siblings)
        modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in siblings}
        assert modes == {p.name: 0o600 for p in siblings}
    finally:
        store.close()


# -- values are never SQL ---------------------------------------------------------------------


def test_hostile_text_is_stored_as_text(store: Store) -> None:
    org = store.insert_organisation(Organisation(name=HOSTILE, profile="'; --"))
    person = store.insert_person(
        Person(family_name=HOSTILE, given_name='Robert"); DELETE FROM events;--',
               organisation_id=org.id, email="bobby@example.org")
    )  # fmt: skip
    venue = store.insert_venue(
        Venue(name=HOSTILE, timezone="Asia/Kolkata", rooms=(Room(name=HOSTILE),))
    )
    event = store.insert_event(
        Event(
            uid=HOSTILE, title=HOSTILE, starts_at=T0, ends_at=T0 + timedelta(hours=1),
            timezone="Asia/Kolkata", venue_id=venue.id, room_id=venue.rooms[0].id,
            participations=(Participation(person_id=person.id or 0),),
            created_at=STAMP, updated_at=STAMP,
        )
    )  # fmt: skip
    again = reopened(store)
    try:
        assert again.people() == [person]
        assert again.organisations() == [org]
        assert again.venues() == [venue]
        assert again.events() == [event]
        assert again.search_people(HOSTILE) == [person]
        assert again.search_people("DROP TABLE") == [person]
        assert again.organisation_named(HOSTILE) == org
    finally:
        again.close()


def test_search_wildcards_are_taken_literally(store: Store) -> None:
    store.insert_people([Person(family_name="Iyer"), Person(family_name="100%_Mehta")])
    assert [p.family_name for p in store.search_people("%")] == ["100%_Mehta"]
    assert [p.family_name for p in store.search_people("_")] == ["100%_Mehta"]
    assert store.search_people("I_er") == []


_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40
).filter(lambda s: s.strip() != "")


@settings(max_examples=40, deadline=None)
@given(family=_TEXT, japanese=st.text(alphabet="田中愛子佐藤健二やまだアイコ 　", max_size=12))
def test_any_name_round_trips(family: str, japanese: str) -> None:
    store = Store.memory()
    try:
        person = store.insert_person(Person(family_name=family, name_japanese=japanese))
        assert store.person(person.id or 0) == person
        assert person in store.search_people(family)
    finally:
        store.close()


def test_events_between_and_their_spans_agree(desk) -> None:
    from datetime import timedelta

    from models.sample import load_sample

    load_sample(desk)
    store = desk.store
    every = store.events()
    start = every[0].starts_at + timedelta(hours=3)
    end = start + timedelta(days=1)
    overlapping = store.events_between(start, end)
    assert overlapping and len(overlapping) < len(every)
    assert all(e.starts_at < end and e.ends_at > start for e in overlapping)
    spans = store.event_spans(start, end)
    assert spans == [(e.id, e.starts_at, e.ends_at, e.timezone) for e in overlapping]
    assert [s[0] for s in store.event_spans()] == [e.id for e in every]


def test_event_spans_take_both_bounds_or_neither(store: Store) -> None:
    from datetime import UTC, datetime

    with pytest.raises(ValueError, match="both start and end"):
        store.event_spans(datetime(2026, 12, 1, tzinfo=UTC))
