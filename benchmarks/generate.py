"""Deterministic synthetic programmes for the benchmarks.

The same seed gives the same database, byte for byte in content: names are
drawn from fixed lists by a seeded :class:`random.Random`, times from a fixed
start date, UIDs from the same generator.  Sizes:

* ``sample``: the app's own sample programme when it is available, otherwise
  a small synthetic one of the same order (70 organisations);
* ``L``: 5,000 people, 500 organisations, 1,000 events;
* ``XL``: 100,000 people, 5,000 organisations, 10,000 events, 100,000
  participations.

The data looks like the real thing: venues with rooms in Asia/Kolkata (Delhi
NCR) and some in Asia/Tokyo, every event kind, classification and status,
about ten attendees per event with one conference of 1,000, agendas for
conferences, transport legs for site visits, delegations with a head, and
Japanese names (with kanji) on the Japanese side.  Every address uses the
reserved example domains.

Everything is written through the :class:`~models.store.Store` inside one
transaction.
"""

from __future__ import annotations

import csv
import itertools
import random
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

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
from models.store import Store

SEED = 20261201
#: When every generated programme starts (the first day, in the venue's zone).
FIRST_DAY = date(2026, 12, 1)
#: "Now" stamped on generated records.
STAMP = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Size:
    name: str
    people: int
    organisations: int
    events: int
    participations: int
    venues: int
    delegations: int
    largest_event: int  # attendees of the biggest conference
    days: int  # the programme's length


SIZES: dict[str, Size] = {
    "sample": Size("sample", 150, 70, 12, 120, 6, 3, 40, 2),
    "L": Size("L", 5_000, 500, 1_000, 10_000, 40, 25, 1_000, 60),
    "XL": Size("XL", 100_000, 5_000, 10_000, 100_000, 300, 200, 1_000, 250),
}

# -- name lists (fictional people; organisation names are made up) -----------------

_JP_FAMILY = [
    ("Sato", "佐藤"), ("Suzuki", "鈴木"), ("Takahashi", "高橋"), ("Tanaka", "田中"),
    ("Ito", "伊藤"), ("Watanabe", "渡辺"), ("Yamamoto", "山本"), ("Nakamura", "中村"),
    ("Kobayashi", "小林"), ("Kato", "加藤"), ("Yoshida", "吉田"), ("Yamada", "山田"),
    ("Sasaki", "佐々木"), ("Matsumoto", "松本"), ("Inoue", "井上"), ("Kimura", "木村"),
    ("Hayashi", "林"), ("Shimizu", "清水"), ("Mori", "森"), ("Ikeda", "池田"),
]  # fmt: skip
_JP_GIVEN = [
    ("Taro", "太郎"), ("Hanako", "花子"), ("Ken", "健"), ("Yoko", "陽子"), ("Makoto", "誠"),
    ("Naoki", "直樹"), ("Megumi", "恵"), ("Shota", "翔太"), ("Misaki", "美咲"),
    ("Daisuke", "大輔"), ("Yumi", "由美"), ("Takuya", "拓也"), ("Aiko", "愛子"),
    ("Hiroshi", "博"), ("Keiko", "恵子"), ("Ryo", "涼"),
]  # fmt: skip
_IN_FAMILY = [
    "Sharma", "Verma", "Gupta", "Iyer", "Reddy", "Nair", "Patel", "Singh", "Kapoor", "Mehta",
    "Rao", "Banerjee", "Chatterjee", "Desai", "Joshi", "Kulkarni", "Menon", "Pillai", "Bose",
    "Malhotra", "Agarwal", "Chopra", "Das", "Krishnan",
]  # fmt: skip
_IN_GIVEN = [
    "Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Kavya", "Arjun", "Meera", "Rahul", "Sneha",
    "Aditya", "Divya", "Karan", "Pooja", "Nikhil", "Lakshmi", "Sanjay", "Asha", "Devendra",
]  # fmt: skip
_OTHER = [("Smith", "Anna"), ("Müller", "Jonas"), ("García", "Lucía"), ("O'Brien", "Siobhan"),
          ("Dubois", "Claire"), ("Kim", "Min-jun")]  # fmt: skip
_POSITIONS = [
    "Director", "Deputy Director-General", "Chief Executive Officer", "Head of Strategy",
    "Senior Engineer", "Investment Manager", "Counsellor", "Minister", "Secretary",
    "Vice President, Battery Materials", "Plant Manager", "Interpreter", "Liaison Officer",
    "Security Officer", "Driver", "Policy Analyst",
]  # fmt: skip
_SECTORS = [
    "EV manufacturing", "cell production", "mineral processing", "battery recycling",
    "rare-earth magnets", "catalytic converter recycling", "hydrogen fuel cells",
    "private equity", "trade promotion", "finance", "automotive components",
]  # fmt: skip
_JP_ORG_WORDS = ["Sakura", "Fuji", "Kaze", "Hikari", "Midori", "Asahi", "Tsubasa", "Nami"]
_IN_ORG_WORDS = ["Ganga", "Surya", "Vayu", "Indus", "Kaveri", "Himalaya", "Deccan", "Lotus"]
_ORG_SUFFIX = {
    OrgKind.GOVERNMENT: "Ministry Office",
    OrgKind.COMPANY: "Industries",
    OrgKind.INVESTOR: "Capital Partners",
    OrgKind.AGENCY: "Trade Agency",
    OrgKind.ASSOCIATION: "Industry Association",
}
_TOPICS = [
    "Battery supply chain", "Cell production joint venture", "Critical minerals dialogue",
    "Recycling technology transfer", "Rare-earth magnet sourcing", "Hydrogen fuel cells",
    "EV financing round", "Catalytic converter recovery (Pt, Pd)", "Processing facility plan",
]  # fmt: skip
_KIND_HOURS = {  # local start hours and length in minutes per kind
    EventKind.CLOSED_DOOR: ((9, 17), (45, 120)),
    EventKind.CONFERENCE: ((9, 10), (240, 480)),
    EventKind.BILATERAL: ((9, 18), (30, 90)),
    EventKind.SITE_VISIT: ((7, 10), (240, 540)),
    EventKind.RECEPTION: ((18, 20), (90, 180)),
}
_KINDS = list(EventKind)
_KIND_WEIGHTS = [30, 8, 40, 7, 15]
_ZONES = {"IN": ZoneInfo("Asia/Kolkata"), "JP": ZoneInfo("Asia/Tokyo")}


def _uid(rng: random.Random) -> str:
    return f"{uuid.UUID(int=rng.getrandbits(128), version=4)}@delegation-desk"


# -- building the records ---------------------------------------------------------------


def _organisations(rng: random.Random, n: int) -> list[Organisation]:
    kinds = list(OrgKind)
    found = []
    for i in range(n):
        country = "JP" if i % 2 == 0 else "IN"
        words = _JP_ORG_WORDS if country == "JP" else _IN_ORG_WORDS
        kind = kinds[rng.randrange(len(kinds))] if i % 7 else OrgKind.COMPANY
        sector = _SECTORS[rng.randrange(len(_SECTORS))]
        name = f"{words[rng.randrange(len(words))]} {sector.title()} {_ORG_SUFFIX[kind]} {i + 1}"
        domain = "example.jp" if country == "JP" else "example.in"
        found.append(
            Organisation(
                name=name,
                country=country,
                sector=sector,
                kind=kind,
                profile=f"{name} works in {sector}; founded {1950 + rng.randrange(70)}.",
                website=f"https://org{i + 1}.{domain}/",
            )
        )
    return found


def _person(rng: random.Random, n: int, org_id: int | None, country: str) -> Person:
    languages: tuple[str, ...]
    if country == "JP":
        family, family_jp = _JP_FAMILY[rng.randrange(len(_JP_FAMILY))]
        given, given_jp = _JP_GIVEN[rng.randrange(len(_JP_GIVEN))]
        japanese = f"{family_jp} {given_jp}" if rng.random() < 0.8 else ""
        domain, languages, honorific = "example.jp", ("ja", "en"), rng.choice(["Mr", "Ms", "Dr"])
    elif country == "IN":
        family = _IN_FAMILY[rng.randrange(len(_IN_FAMILY))]
        given = _IN_GIVEN[rng.randrange(len(_IN_GIVEN))]
        japanese, domain = "", "example.in"
        languages, honorific = ("hi", "en"), rng.choice(["Mr", "Ms", "Dr", "Shri", "Smt"])
    else:
        family, given = _OTHER[rng.randrange(len(_OTHER))]
        japanese, domain, languages, honorific = "", "example.org", ("en",), "Dr"
    local = f"{given}.{family}".lower().replace("'", "").replace("ü", "ue").replace("í", "i")
    return Person(
        family_name=family,
        given_name=given,
        name_japanese=japanese,
        honorific=honorific,
        position=_POSITIONS[rng.randrange(len(_POSITIONS))],
        organisation_id=org_id,
        email=f"{local}.{n}@{domain}",
        phone=f"+{81 if country == 'JP' else 91} {rng.randrange(10**9, 10**10)}",
        nationality=country if country in ("JP", "IN") else "",
        languages=languages,
        dietary="vegetarian" if rng.random() < 0.15 else "",
        accessibility="step-free access" if rng.random() < 0.02 else "",
    )


def people_rows(count: int, org_ids: list[int], org_countries: list[str], seed: int = SEED
                ) -> Iterator[Person]:  # fmt: skip
    """``count`` people working for the given organisations (deterministic)."""
    rng = random.Random(seed * 7 + count)
    for n in range(count):
        k = rng.randrange(len(org_ids)) if org_ids else -1
        country = org_countries[k] if k >= 0 else "IN"
        if rng.random() < 0.03:
            country = "XX"
        yield _person(rng, n, org_ids[k] if k >= 0 else None, country)


def _venues(rng: random.Random, n: int, largest: int) -> list[Venue]:
    found = []
    for i in range(n):
        in_japan = i % 5 == 4
        lat, lon = (35.68, 139.76) if in_japan else (28.61, 77.21)
        rooms = [
            Room(name=f"Room {chr(65 + r)}", capacity=rng.choice([12, 20, 20, 40, 80, 150]))
            for r in range(1 + rng.randrange(5))
        ]
        if i == 0:
            rooms.append(Room(name="Grand Hall", capacity=max(largest + 200, 200)))
        capacity = sum(r.capacity or 0 for r in rooms) + 50
        found.append(
            Venue(
                name=f"{'Tokyo' if in_japan else 'Delhi'} Venue {i + 1}",
                address=f"{1 + rng.randrange(200)} {'Chome-' if in_japan else 'Marg '}{i + 1}",
                city="Tokyo" if in_japan else rng.choice(["New Delhi", "Gurugram", "Noida"]),
                region="Tokyo" if in_japan else "Delhi NCR",
                country="JP" if in_japan else "IN",
                timezone="Asia/Tokyo" if in_japan else "Asia/Kolkata",
                latitude=round(lat + rng.uniform(-0.2, 0.2), 5),
                longitude=round(lon + rng.uniform(-0.2, 0.2), 5),
                capacity=capacity,
                access_notes="Photo ID at the gate; arrive 15 minutes early.",
                rooms=tuple(rooms),
            )
        )
    return found


def _attendee_counts(rng: random.Random, size: Size) -> list[int]:
    """Attendees per event: the first is the largest conference; the sum is exact."""
    n, total = size.events, size.participations
    first = min(size.largest_event, size.people, total)
    if n == 1:
        return [first]
    rest = total - first
    mean = max(rest / (n - 1), 2)
    counts = [first] + [max(2, int(rng.triangular(2, 2 * mean - 2, mean))) for _ in range(n - 1)]
    difference = total - sum(counts)
    step = 1 if difference > 0 else -1
    while difference:
        i = 1 + rng.randrange(n - 1)
        if step < 0 and counts[i] <= 2:
            continue
        counts[i] += step
        difference -= step
    return counts


def _room_for(rng: random.Random, venue: Venue, attendees: int) -> Room:
    """A room of the venue; a coordinator looks at a few before settling for one."""
    room = venue.rooms[rng.randrange(len(venue.rooms))]
    for _ in range(3):
        if room.capacity is None or room.capacity >= attendees:
            break
        room = venue.rooms[rng.randrange(len(venue.rooms))]
    return room


def _local(day: date, hour: int, minute: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour, minute), zone).astimezone(UTC)


def _events(
    rng: random.Random,
    size: Size,
    venues: list[Venue],
    person_ids: list[int],
    org_ids: list[int],
) -> Iterator[Event]:
    counts = _attendee_counts(rng, size)
    for n, attendees in enumerate(counts):
        kind = EventKind.CONFERENCE if n == 0 else rng.choices(_KINDS, _KIND_WEIGHTS)[0]
        venue = venues[0] if n == 0 else venues[rng.randrange(len(venues))]
        room = venue.rooms[-1] if n == 0 else _room_for(rng, venue, attendees)
        zone = _ZONES[venue.country]
        # The visit moves on to Japan for its last fifth: few impossible journeys.
        split = max(1, size.days * 4 // 5)
        offset = split + rng.randrange(size.days - split) if zone is _ZONES["JP"] else 0
        day = FIRST_DAY + timedelta(days=offset or rng.randrange(split))
        (first_hour, last_hour), (shortest, longest) = _KIND_HOURS[kind]
        start = _local(day, rng.randint(first_hour, last_hour), rng.choice((0, 15, 30, 45)), zone)
        end = start + timedelta(minutes=rng.randrange(shortest, longest + 1, 15))
        ids = rng.sample(person_ids, min(attendees, len(person_ids)))
        participations = tuple(
            Participation(
                person_id=pid,
                role=(Role.CHAIR if k == 0 else Role.SPEAKER if k < 3 and kind is
                      EventKind.CONFERENCE else rng.choice(_ROLE_MIX)),
                reply=rng.choice(_REPLY_MIX),
            )
            for k, pid in enumerate(ids)
        )  # fmt: skip
        topic = _TOPICS[rng.randrange(len(_TOPICS))]
        agenda: tuple[AgendaItem, ...] = ()
        if kind is EventKind.CONFERENCE:
            parts = 3 + rng.randrange(4)
            length = (end - start) / parts
            agenda = tuple(
                AgendaItem(
                    starts_at=start + length * k,
                    ends_at=start + length * (k + 1),
                    title=f"Session {k + 1}: {_TOPICS[(n + k) % len(_TOPICS)]}",
                    speaker_id=ids[min(k, len(ids) - 1)],
                )
                for k in range(parts)
            )
        legs: tuple[TransportLeg, ...] = ()
        if kind is EventKind.SITE_VISIT:
            riders = ids[: min(len(ids), 12)]
            legs = (
                TransportLeg(departs_at=start - timedelta(hours=2), arrives_at=start,
                             origin="Hotel lobby", destination=venue.name,
                             vehicle="Convoy, 2 vans", driver_contact="+91 98100 00000",
                             passenger_ids=tuple(riders)),
                TransportLeg(departs_at=end, arrives_at=end + timedelta(hours=2),
                             origin=venue.name, destination="Hotel lobby",
                             vehicle="Convoy, 2 vans", passenger_ids=tuple(riders)),
            )  # fmt: skip
        status = EventStatus.CANCELLED if rng.random() < 0.04 else rng.choice(_STATUS_MIX)
        yield Event(
            uid=_uid(rng),
            sequence=rng.choice((0, 0, 0, 1, 2)),
            title=f"{topic} — {kind.value} {n + 1}",
            kind=kind,
            starts_at=start,
            ends_at=end,
            timezone=venue.timezone,
            venue_id=venue.id,
            room_id=room.id,
            classification=rng.choice(_CLASSIFICATIONS),
            status=status,
            objectives=f"Agree next steps on {topic.lower()}; confirm owners and dates.",
            organiser_id=ids[0],
            host_organisation_ids=tuple(dict.fromkeys(rng.sample(org_ids, 2))),
            meeting_point="Main gate, visitor centre" if legs else "",
            safety_notes="Safety shoes, helmet and goggles are provided." if legs else "",
            host_contact_id=ids[-1] if legs else None,
            created_at=STAMP,
            updated_at=STAMP,
            agenda=agenda,
            participations=participations,
            legs=legs,
        )


_ROLE_MIX = [Role.ATTENDEE] * 12 + [Role.INTERPRETER, Role.LIAISON, Role.SECURITY, Role.DRIVER]
_REPLY_MIX = [Reply.ACCEPTED] * 5 + [Reply.NEEDS_ACTION] * 3 + [Reply.TENTATIVE, Reply.DECLINED]
_STATUS_MIX = [EventStatus.CONFIRMED] * 4 + [EventStatus.TENTATIVE]
_CLASSIFICATIONS = list(Classification)


# -- writing ---------------------------------------------------------------------


def populate(store: Store, size: Size, seed: int = SEED) -> None:
    """Fill an empty store with a synthetic programme of ``size``."""
    rng = random.Random(seed)
    with store.atomic():
        orgs = [store.insert_organisation(o) for o in _organisations(rng, size.organisations)]
        org_ids = [o.id for o in orgs if o.id is not None]
        countries = [o.country for o in orgs]
        people = store.insert_people(list(people_rows(size.people, org_ids, countries, seed)))
        person_ids = [p.id for p in people if p.id is not None]
        venues = [store.insert_venue(v) for v in _venues(rng, size.venues, size.largest_event)]
        for a, b in itertools.pairwise(venues[:4]):
            if a.id is not None and b.id is not None:
                store.set_travel_time(TravelTime(from_venue_id=a.id, to_venue_id=b.id, minutes=45))
        for k in range(size.delegations):
            members = tuple(rng.sample(person_ids, min(len(person_ids), 5 + rng.randrange(40))))
            store.insert_delegation(
                Delegation(
                    name=f"Delegation {k + 1}",
                    home_timezone="Asia/Tokyo" if k % 2 == 0 else "Asia/Kolkata",
                    head_id=members[0],
                    member_ids=members,
                )
            )
        for event in _events(rng, size, venues, person_ids, org_ids):
            store.insert_event(event)


def _load_sample(store: Store) -> bool:
    """Load the app's own sample programme; False when it does not exist yet."""
    try:
        from models import sample
    except ImportError:
        return False
    loader: Callable[..., object] | None = getattr(sample, "load_sample", None)
    if loader is None:
        return False
    from models.services import Desk

    loader(Desk(store))
    return True


def build(path: Path, size_name: str, seed: int = SEED) -> Path:
    """A new database file at ``path`` holding the programme of ``size_name``."""
    if path.exists():
        path.unlink()
    store = Store.open(path)
    try:
        if size_name != "sample" or not _load_sample(store):
            populate(store, SIZES[size_name], seed)
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return path


# -- CSV for the import figure ---------------------------------------------------------

#: Column headers of the people CSV the import reads.
CSV_COLUMNS = (
    "family_name", "given_name", "name_japanese", "honorific", "position", "organisation",
    "email", "phone", "nationality", "languages", "dietary", "accessibility", "notes",
)  # fmt: skip


def write_people_csv(path: Path, count: int, organisations: list[str], seed: int = SEED) -> Path:
    """``count`` people as a UTF-8 CSV with a header row, by organisation name."""
    countries = ["JP" if i % 2 == 0 else "IN" for i in range(len(organisations))]
    ids = list(range(len(organisations)))
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(CSV_COLUMNS)
        for p in people_rows(count, ids, countries, seed):
            org = organisations[p.organisation_id] if p.organisation_id is not None else ""
            writer.writerow(
                (p.family_name, p.given_name, p.name_japanese, p.honorific, p.position, org,
                 p.email, p.phone, p.nationality, ";".join(p.languages), p.dietary,
                 p.accessibility, p.notes)
            )  # fmt: skip
    return path


def organisation_names(count: int, seed: int = SEED) -> list[Organisation]:
    """The organisations a programme of this many organisations has (for the CSV)."""
    return _organisations(random.Random(seed), count)
