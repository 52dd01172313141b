"""A small programme for the timeline, editor and clash panel tests.

Import the fixtures explicitly: ``from tests.ui.conftest_programme import ...``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase

from models.entities import (
    Classification,
    Delegation,
    Event,
    EventKind,
    EventStatus,
    Organisation,
    OrgKind,
    Participation,
    Person,
    Room,
    Venue,
)
from models.services import Desk
from models.timezones import parse_local
from resources import JAPANESE_FONT

FONT = JAPANESE_FONT
DELHI = "Asia/Kolkata"


@dataclass
class Sample:
    """Ids of what :func:`build` stored, by short name."""

    people: dict[str, int]
    orgs: dict[str, int]
    venues: dict[str, int]
    rooms: dict[str, int]
    events: dict[str, int]
    delegation: int


def at(text: str) -> object:
    return parse_local(text, DELHI)


def build(desk: Desk) -> Sample:
    orgs = {
        key: desk.save_organisation(Organisation(name=name, country=country, kind=kind)).id
        for key, name, country, kind in (
            ("meti", "Ministry of Economy, Trade and Industry (METI)", "JP", OrgKind.GOVERNMENT),
            ("jetro", "Japan External Trade Organization (JETRO)", "JP", OrgKind.AGENCY),
            ("tata", "Tata Motors", "IN", OrgKind.COMPANY),
            ("lohum", "Lohum", "IN", OrgKind.COMPANY),
        )
    }
    people = {}
    for key, given, family, japanese, org, email in (
        ("sato", "Haruka", "Sato", "佐藤 春香", "meti", "h.sato@example.jp"),
        ("tanaka", "Kenji", "Tanaka", "田中 健二", "meti", "k.tanaka@example.jp"),
        ("yamamoto", "Aiko", "Yamamoto", "山本 愛子", "jetro", "a.yamamoto@example.jp"),
        ("mehta", "Rohan", "Mehta", "", "tata", "rohan.mehta@example.in"),
        ("iyer", "Priya", "Iyer", "", "lohum", "priya.iyer@example.in"),
        ("kapoor", "Arjun", "Kapoor", "", "lohum", "arjun.kapoor@example.in"),
    ):
        person = Person(given_name=given, family_name=family, name_japanese=japanese,
                        organisation_id=orgs[org], email=email)  # fmt: skip
        people[key] = desk.save_person(person).id
    delegation = desk.save_delegation(
        Delegation(name="Japanese delegation", home_timezone="Asia/Tokyo",
                   head_id=people["sato"],
                   member_ids=(people["sato"], people["tanaka"], people["yamamoto"]))
    ).id  # fmt: skip
    embassy = desk.save_venue(
        Venue(name="Embassy of Japan", city="New Delhi", timezone=DELHI,
              rooms=(Room(name="Auditorium", capacity=200), Room(name="Room A", capacity=12)))
    )  # fmt: skip
    hotel = desk.save_venue(
        Venue(name="Taj Palace", city="New Delhi", timezone=DELHI,
              rooms=(Room(name="Durbar Hall", capacity=300), Room(name="Boardroom", capacity=16)))
    )  # fmt: skip
    plant = desk.save_venue(Venue(name="Lohum plant", city="Greater Noida", timezone=DELHI))
    rooms = {r.name: r.id for v in (embassy, hotel) for r in v.rooms}
    events = {}
    for key, title, kind, start, end, venue, room, cls, status, who in (
        ("conference", "Battery and critical minerals conference", EventKind.CONFERENCE,
         "2026-12-01 10:00", "2026-12-01 13:00", embassy, "Auditorium",
         Classification.RESTRICTED, EventStatus.CONFIRMED, ("sato", "tanaka", "mehta")),
        ("closed", "METI – Tata: cell production", EventKind.CLOSED_DOOR,
         "2026-12-01 14:00", "2026-12-01 15:00", hotel, "Boardroom",
         Classification.CONFIDENTIAL, EventStatus.CONFIRMED, ("sato", "mehta")),
        ("bilateral", "JETRO – Lohum: recycling", EventKind.BILATERAL,
         "2026-12-01 14:30", "2026-12-01 15:30", embassy, "Room A",
         Classification.RESTRICTED, EventStatus.TENTATIVE, ("yamamoto", "iyer")),
        ("reception", "Embassy reception", EventKind.RECEPTION,
         "2026-12-01 19:00", "2026-12-01 21:00", embassy, "Auditorium",
         Classification.PUBLIC, EventStatus.CONFIRMED, ("sato", "tanaka", "yamamoto")),
        ("visit", "Lohum facility tour", EventKind.SITE_VISIT,
         "2026-12-02 09:00", "2026-12-02 13:00", plant, None,
         Classification.CONFIDENTIAL, EventStatus.CONFIRMED, ("tanaka", "iyer", "kapoor")),
        ("dropped", "Magnet supply briefing", EventKind.CLOSED_DOOR,
         "2026-12-01 16:00", "2026-12-01 17:00", hotel, "Boardroom",
         Classification.CONFIDENTIAL, EventStatus.CANCELLED, ("kapoor",)),
    ):  # fmt: skip
        status_now = EventStatus.CONFIRMED if status is EventStatus.CANCELLED else status
        saved = desk.save_event(
            Event(title=title, kind=kind, starts_at=at(start), ends_at=at(end), timezone=DELHI,
                  venue_id=venue.id, room_id=rooms.get(room or ""), classification=cls,
                  status=status_now,
                  participations=tuple(Participation(person_id=people[p]) for p in who))
        )  # fmt: skip
        if status is EventStatus.CANCELLED:
            saved = desk.cancel(saved.id)
        events[key] = saved.id
    venues = {"embassy": embassy.id, "hotel": hotel.id, "plant": plant.id}
    return Sample(people, orgs, venues, rooms, events, delegation)


@pytest.fixture(scope="session")
def japanese_font() -> int:
    """Register the bundled font so Japanese names render offscreen."""
    return QFontDatabase.addApplicationFont(str(FONT))


@pytest.fixture
def psession(qapp, desk, japanese_font):
    from ui.session import Session

    return Session(desk)


@pytest.fixture
def prog(desk) -> Sample:
    return build(desk)


@pytest.fixture
def shots(request) -> Path | None:
    """Where to save screenshots (``--basetemp``-independent): set SHOTS_DIR to keep them."""
    import os

    folder = os.environ.get("SHOTS_DIR")
    if not folder:
        return None
    path = Path(folder)
    path.mkdir(parents=True, exist_ok=True)
    return path
