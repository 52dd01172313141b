"""A small programme for the briefing-pack tests, built through the Desk services.

Independent of the shipped sample: a conference, a confidential closed-door
meeting, a site visit with a convoy, a cancelled reception, Japanese names and
hostile text in names and organisations.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

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
    Venue,
)
from models.services import Desk
from models.timezones import parse_local

DELHI = "Asia/Kolkata"
TOKYO = "Asia/Tokyo"
HOSTILE = ("<b>x</b>", "AT&T", "x<y", '<img src="/etc/passwd"/>')


def at(text: str) -> datetime:
    """A time typed in New Delhi."""
    return parse_local(text, DELHI)


@dataclass
class Ids:
    conference: int
    closed_door: int
    site_visit: int
    reception: int
    japan: int
    tanaka: int
    sharma: int
    hostile: int
    embassy: int


def build_programme(desk: Desk) -> Ids:
    org = desk.save_organisation
    meti = org(
        Organisation(
            name="Ministry of Economy, Trade and Industry (METI)",
            country="JP",
            kind=OrgKind.GOVERNMENT,
            sector="Industrial policy",
            profile="Japan's ministry for industry and trade policy.",
        )
    )
    jetro = org(
        Organisation(
            name="JETRO",
            country="JP",
            kind=OrgKind.AGENCY,
            profile="Japan External Trade Organization.",
            website="https://www.jetro.go.jp/",
        )
    )
    lohum = org(
        Organisation(
            name="Lohum",
            country="IN",
            sector="Battery recycling",
            profile="Battery materials and recycling; hosts the site visit.",
        )
    )
    att = org(
        Organisation(
            name="AT&T <Holdings> & Co",
            country="IN",
            profile="Profile with <i>markup</i> & an ampersand; x<y and y>x.",
        )
    )
    person = desk.save_person
    tanaka = person(
        Person(
            family_name="Tanaka",
            given_name="Aiko",
            name_japanese="田中 愛子",
            honorific="Dr",
            position="Director-General, Manufacturing Industries",
            organisation_id=meti.id,
            email="aiko.tanaka@example.jp",
            phone="+81 3 0000 0001",
            nationality="JP",
        )
    )
    yamada = person(
        Person(
            family_name="Yamada",
            given_name="Taro",
            name_japanese="山田 太郎",
            honorific="Mr",
            position="Director, Battery Industry Office",
            organisation_id=jetro.id,
            email="taro.yamada@example.jp",
        )
    )
    sharma = person(
        Person(
            family_name="Sharma",
            given_name="Priya",
            honorific="Ms",
            position="Head of Partnerships",
            organisation_id=lohum.id,
            email="priya.sharma@example.in",
            phone="+91 11 0000 0001",
        )
    )
    hostile = person(
        Person(
            family_name=HOSTILE[0],
            given_name=HOSTILE[2],
            position=HOSTILE[3],
            organisation_id=att.id,
            email="hostile@example.org",
        )
    )
    liaison = person(
        Person(
            family_name="Mehta",
            given_name="Arjun",
            honorific="Shri",
            position="Liaison officer",
            email="arjun.mehta@example.in",
            phone="+91 98 0000 0002",
        )
    )
    guard = person(
        Person(
            family_name="Kapoor",
            given_name="Vikram",
            position="Security lead",
            phone="+91 98 0000 0003",
        )
    )
    interpreter = person(
        Person(
            family_name="Suzuki",
            given_name="Mei",
            name_japanese="鈴木 芽衣",
            position="Interpreter",
            email="a.very.long.address.for.interpretation.services@example.jp",
        )
    )
    japan = desk.save_delegation(
        Delegation(
            name="Japanese government and industry delegation",
            home_timezone=TOKYO,
            head_id=tanaka.id,
            member_ids=(tanaka.id, yamada.id, interpreter.id),
        )
    )
    embassy = desk.save_venue(
        Venue(
            name="Embassy of Japan",
            address="50-G Shantipath, Chanakyapuri",
            city="New Delhi",
            country="IN",
            timezone=DELHI,
            access_notes="Photo ID at the gate; no phones inside.",
            rooms=(
                Room(name="Conference Hall", capacity=2000),
                Room(name="Meeting Room 2", capacity=12),
            ),
        )
    )
    plant = desk.save_venue(
        Venue(
            name="Lohum facility",
            address="Industrial Area",
            city="Greater Noida",
            region="Uttar Pradesh",
            timezone=DELHI,
        )
    )
    hall, small_room = embassy.rooms
    everyone = (tanaka, yamada, sharma, hostile, interpreter)
    conference = desk.save_event(
        Event(
            title="Battery and critical-mineral ecosystem conference",
            kind=EventKind.CONFERENCE,
            starts_at=at("2026-12-01 10:00"),
            ends_at=at("2026-12-01 13:00"),
            timezone=DELHI,
            venue_id=embassy.id,
            room_id=hall.id,
            classification=Classification.RESTRICTED,
            status=EventStatus.CONFIRMED,
            host_organisation_ids=(meti.id, jetro.id),
            objectives="Agree next steps on cell production & recycling.\n\nIdentify JV partners.",
            organiser_id=yamada.id,
            agenda=(
                AgendaItem(
                    starts_at=at("2026-12-01 10:00"),
                    ends_at=at("2026-12-01 10:30"),
                    title="Opening remarks",
                    speaker_id=tanaka.id,
                ),
                AgendaItem(
                    starts_at=at("2026-12-01 10:30"),
                    ends_at=at("2026-12-01 12:00"),
                    title="Panel: rare-earth magnets <and> catalytic converters",
                    speaker_note="Moderated by JETRO",
                ),
            ),
            participations=(
                *(Participation(person_id=p.id, reply=Reply.ACCEPTED) for p in everyone),
                Participation(person_id=liaison.id, role=Role.LIAISON),
                Participation(person_id=guard.id, role=Role.SECURITY),
            ),
        )
    )
    closed = desk.save_event(
        Event(
            title="Closed-door meeting on JV terms",
            kind=EventKind.CLOSED_DOOR,
            starts_at=at("2026-12-01 15:00"),
            ends_at=at("2026-12-01 16:00"),
            timezone=DELHI,
            venue_id=embassy.id,
            room_id=small_room.id,
            classification=Classification.CONFIDENTIAL,
            participations=(
                Participation(person_id=tanaka.id, role=Role.CHAIR),
                Participation(person_id=sharma.id),
                Participation(person_id=interpreter.id, role=Role.INTERPRETER),
                Participation(person_id=yamada.id, reply=Reply.DECLINED),
            ),
        )
    )
    visit = desk.save_event(
        Event(
            title="Site visit: Lohum recycling plant",
            kind=EventKind.SITE_VISIT,
            starts_at=at("2026-12-02 08:00"),
            ends_at=at("2026-12-02 14:00"),
            timezone=DELHI,
            venue_id=plant.id,
            classification=Classification.RESTRICTED,
            host_organisation_ids=(lohum.id,),
            host_contact_id=sharma.id,
            meeting_point="Embassy of Japan, main gate",
            safety_notes="Safety shoes, helmet & goggles",
            participations=(
                Participation(person_id=tanaka.id),
                Participation(person_id=interpreter.id, role=Role.INTERPRETER),
                Participation(person_id=liaison.id, role=Role.LIAISON),
            ),
            legs=(
                TransportLeg(
                    departs_at=at("2026-12-02 08:00"),
                    arrives_at=at("2026-12-02 09:30"),
                    origin="Embassy of Japan",
                    destination="Lohum, Greater Noida",
                    vehicle="Convoy car 1 (white Innova)",
                    driver_contact="+91 98 0000 0009",
                    passenger_ids=(tanaka.id, interpreter.id),
                ),
                TransportLeg(
                    departs_at=at("2026-12-02 12:30"),
                    arrives_at=at("2026-12-02 14:00"),
                    origin="Lohum, Greater Noida",
                    destination="Embassy of Japan",
                    vehicle="Convoy car 1 (white Innova)",
                    passenger_ids=(tanaka.id, interpreter.id),
                ),
            ),
        )
    )
    reception = desk.save_event(
        Event(
            title="Evening reception",
            kind=EventKind.RECEPTION,
            starts_at=at("2026-12-01 19:00"),
            ends_at=at("2026-12-01 21:00"),
            timezone=DELHI,
            venue_id=embassy.id,
            classification=Classification.PUBLIC,
            participations=(Participation(person_id=tanaka.id),),
        )
    )
    desk.cancel(reception.id)
    assert None not in (conference.id, closed.id, visit.id, japan.id, embassy.id)
    return Ids(
        conference.id,
        closed.id,
        visit.id,
        reception.id,
        japan.id,
        tanaka.id,
        sharma.id,
        hostile.id,
        embassy.id,
    )


def add_crowd(desk: Desk, event_id: int, count: int) -> None:
    """``count`` more attendees at the event, across a few organisations (bulk insert)."""
    orgs = [
        desk.save_organisation(Organisation(name=f"Company {n:02d}", country="IN"))
        for n in range(20)
    ]
    people = desk.store.insert_people(
        [
            Person(
                family_name=f"Attendee{n:04d}",
                given_name="Test",
                honorific="Mr",
                position="Executive with a rather long position title to force wrapping",
                organisation_id=orgs[n % 20].id,
                email=f"attendee{n}@example.org",
            )
            for n in range(count)
        ]
    )
    desk.add_participants(event_id, [p.id for p in people if p.id is not None])


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, read back with pypdf."""
    import io

    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def unembedded_fonts(data: bytes) -> list[str]:
    """Names of fonts used in the PDF without their glyphs inside it."""
    import io

    from pypdf import PdfReader

    missing = []
    for page in PdfReader(io.BytesIO(data)).pages:
        fonts = page.get("/Resources", {}).get_object().get("/Font", {}).get_object()
        for ref in fonts.values():
            font = ref.get_object()
            for f in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                if f.get("/Subtype") == "/Type0":
                    continue
                descriptor = f.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor.get_object() for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                if not embedded:
                    missing.append(str(f.get("/BaseFont")))
    return missing


def flat_text(data: bytes) -> str:
    """All the PDF's text with every run of white space as one space (cells wrap)."""
    return " ".join("\n".join(pdf_pages(data)).split())
