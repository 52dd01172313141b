"""A small programme built through the Desk, shared by the calendar tests.

The Embassy of Japan in New Delhi (Asia/Kolkata) hosts a forum and a
closed-door meeting; a site visit goes to a plant in Uttar Pradesh with a
convoy out and back.  The Japanese delegation's home zone is Asia/Tokyo.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

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
    Role,
    Room,
    TransportLeg,
    Venue,
)
from models.services import Desk

DELHI = ZoneInfo("Asia/Kolkata")
#: The forum's UID is fixed so that reply files in tests/data can answer it.
FORUM_UID = "5f0c3b8e-3a52-4d38-9d0e-1b2f4c6a7e10@delegation-desk"


def delhi(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=DELHI)


@dataclass
class Sample:
    desk: Desk
    people: dict[str, Person]
    forum: Event
    closed: Event
    visit: Event
    embassy: Venue
    japan: Delegation
    india: Delegation

    def refresh(self) -> None:
        self.forum = self.desk.event(self.forum.id or 0)
        self.closed = self.desk.event(self.closed.id or 0)
        self.visit = self.desk.event(self.visit.id or 0)


def build_sample(desk: Desk) -> Sample:
    meti = desk.save_organisation(Organisation(name="METI", country="JP", kind=OrgKind.GOVERNMENT))
    lohum = desk.save_organisation(Organisation(name="Lohum", country="IN"))  # fmt: skip
    specs = {
        "tanaka": ("Tanaka", "Aiko", "田中 愛子", "Dr", "aiko.tanaka@example.jp", meti.id),
        "sato": ("Sato", "Kenji", "佐藤 健二", "Mr", "kenji.sato@example.jp", meti.id),
        "kobayashi": ("Kobayashi", "Mei", "", "Ms", "mei.kobayashi@example.jp", meti.id),
        "sharma": ("Sharma", "Priya", "", "Ms", "priya.sharma@example.in", lohum.id),
        "verma": ("Verma", "Rahul", "", "Shri", "rahul.verma@example.in", lohum.id),
        "singh": ("Singh", "Arjun", "", "", "", lohum.id),
    }
    people = {
        key: desk.save_person(Person(family_name=f, given_name=g, name_japanese=j, honorific=h,
                                     email=e, organisation_id=o))
        for key, (f, g, j, h, e, o) in specs.items()
    }  # fmt: skip
    ids = {k: p.id or 0 for k, p in people.items()}
    japan = desk.save_delegation(
        Delegation(
            name="Japan",
            home_timezone="Asia/Tokyo",
            head_id=ids["tanaka"],
            member_ids=(ids["tanaka"], ids["sato"], ids["kobayashi"]),
        )
    )
    india = desk.save_delegation(
        Delegation(
            name="India",
            home_timezone="Asia/Kolkata",
            head_id=ids["sharma"],
            member_ids=(ids["sharma"], ids["verma"]),
        )
    )
    embassy = desk.save_venue(
        Venue(
            name="Embassy of Japan",
            address="50-G Shantipath, Chanakyapuri",
            city="New Delhi",
            timezone="Asia/Kolkata",
            latitude=28.5977,
            longitude=77.1875,
            rooms=(Room(name="Hall"),),
        )
    )
    plant = desk.save_venue(
        Venue(
            name="Lohum plant",
            address="Greater Noida",
            region="Uttar Pradesh",
            timezone="Asia/Kolkata",
        )
    )
    forum = desk.save_event(
        Event(
            uid=FORUM_UID,
            title="Battery & critical-mineral forum",
            kind=EventKind.CONFERENCE,
            starts_at=delhi(1, 10),
            ends_at=delhi(1, 11, 30),
            timezone="Asia/Kolkata",
            venue_id=embassy.id,
            room_id=embassy.rooms[0].id,
            classification=Classification.RESTRICTED,
            status=EventStatus.CONFIRMED,
            objectives="Agree the supply-chain roadmap.",
            organiser_id=ids["kobayashi"],
            host_organisation_ids=(meti.id or 0,),
            notes="internal: keep seats apart",
            agenda=(
                AgendaItem(
                    starts_at=delhi(1, 10),
                    ends_at=delhi(1, 10, 30),
                    title="Opening",
                    speaker_id=ids["tanaka"],
                ),
                AgendaItem(
                    starts_at=delhi(1, 10, 30),
                    ends_at=delhi(1, 11, 30),
                    title="Recycling panel",
                    speaker_note="Lohum CTO",
                ),
            ),
            participations=(
                Participation(person_id=ids["tanaka"], role=Role.CHAIR),
                Participation(person_id=ids["sharma"], role=Role.SPEAKER),
                Participation(person_id=ids["sato"]),
                Participation(person_id=ids["singh"], role=Role.DRIVER),
            ),
        )
    )
    closed = desk.save_event(
        Event(
            title="Cell production JV (closed door)",
            kind=EventKind.CLOSED_DOOR,
            starts_at=delhi(1, 14),
            ends_at=delhi(1, 15),
            timezone="Asia/Kolkata",
            venue_id=embassy.id,
            classification=Classification.CONFIDENTIAL,
            status=EventStatus.CONFIRMED,
            organiser_id=ids["kobayashi"],
            objectives="Terms of the joint venture.",
            participations=(
                Participation(person_id=ids["tanaka"]),
                Participation(person_id=ids["verma"]),
                Participation(person_id=ids["sharma"]),
            ),
        )
    )
    visit = desk.save_event(Event(
        title="Site visit: Lohum recycling plant", kind=EventKind.SITE_VISIT,
        starts_at=delhi(2, 10), ends_at=delhi(2, 13), timezone="Asia/Kolkata",
        venue_id=plant.id, classification=Classification.PUBLIC,
        status=EventStatus.CONFIRMED, organiser_id=ids["kobayashi"],
        meeting_point="Hotel lobby, 07:15", safety_notes="Safety shoes and goggles provided.",
        host_contact_id=ids["verma"],
        participations=(Participation(person_id=ids["tanaka"]),
                        Participation(person_id=ids["sato"]),
                        Participation(person_id=ids["verma"], role=Role.LIAISON)),
        legs=(TransportLeg(departs_at=delhi(2, 7, 30), arrives_at=delhi(2, 9, 30),
                           origin="Hotel, New Delhi", destination="Lohum plant", vehicle="Van 1",
                           driver_contact="+91 98100 00000",
                           passenger_ids=(ids["tanaka"], ids["sato"])),
              TransportLeg(departs_at=delhi(2, 13, 15), arrives_at=delhi(2, 15, 15),
                           origin="Lohum plant", destination="Hotel, New Delhi",
                           vehicle="Van 1", passenger_ids=(ids["tanaka"],)))))  # fmt: skip
    return Sample(desk, people, forum, closed, visit, embassy, japan, india)


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def test_the_sample_is_stored_with_uids_and_leg_ids(sample: Sample) -> None:
    events = sample.desk.events()
    assert len({e.uid for e in events}) == 3
    assert all(leg.id is not None for leg in sample.visit.legs)
