"""Clash detection: the double bookings a coordinator must see at once."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.clashes import Clash, ClashKind, find_clashes
from models.entities import (
    Event,
    EventStatus,
    Participation,
    Person,
    Programme,
    Reply,
    Room,
    TravelTime,
    Venue,
)
from models.travel import distance_km, estimated_minutes, override_table

IST = ZoneInfo("Asia/Kolkata")

EMBASSY = Venue(
    id=1,
    name="Embassy of Japan",
    city="New Delhi",
    timezone="Asia/Kolkata",
    latitude=28.5975,
    longitude=77.1855,
    capacity=200,
    rooms=(Room(id=11, name="Hall", capacity=120), Room(id=12, name="Sakura Room", capacity=3)),
)
HOTEL = Venue(
    id=2,
    name="Taj Palace",
    city="New Delhi",
    timezone="Asia/Kolkata",
    latitude=28.5960,
    longitude=77.1697,
    capacity=4,
    rooms=(Room(id=21, name="Durbar Hall", capacity=300),),
)
LOHUM = Venue(
    id=3,
    name="Lohum facility",
    city="Greater Noida",
    region="Uttar Pradesh",
    timezone="Asia/Kolkata",
    latitude=28.4744,
    longitude=77.5040,
)
TOKYO = Venue(
    id=4, name="METI", city="Tokyo", timezone="Asia/Tokyo", latitude=35.6721, longitude=139.7506
)
NOWHERE = Venue(id=5, name="Venue to be confirmed", timezone="Asia/Kolkata")
VENUES = (EMBASSY, HOTEL, LOHUM, TOKYO, NOWHERE)

AIKO, RAVI, KENJI, PRIYA = 1, 2, 3, 4
PEOPLE = (
    Person(id=AIKO, family_name="Tanaka", given_name="Aiko", name_japanese="田中 愛子"),
    Person(id=RAVI, family_name="Mehta", given_name="Ravi"),
    Person(id=KENJI, family_name="Sato", given_name="Kenji", name_japanese="佐藤 健二"),
    Person(id=PRIYA, family_name="Sharma", given_name="Priya"),
)


def at(hhmm: str, day: int = 1) -> datetime:
    """A wall-clock time in New Delhi on ``day`` December 2026, as UTC."""
    hour, minute = (int(x) for x in hhmm.split(":"))
    return datetime(2026, 12, day, hour, minute, tzinfo=IST).astimezone(UTC)


def event(
    event_id: int,
    title: str,
    start: str,
    end: str,
    *,
    venue: Venue = EMBASSY,
    room: int | None = None,
    people: tuple[int, ...] = (),
    declined: tuple[int, ...] = (),
    status: EventStatus = EventStatus.CONFIRMED,
    day: int = 1,
) -> Event:
    parts = tuple(Participation(person_id=p) for p in people) + tuple(
        Participation(person_id=p, reply=Reply.DECLINED) for p in declined
    )
    return Event(
        id=event_id,
        uid=f"event-{event_id}@test",
        title=title,
        starts_at=at(start, day),
        ends_at=at(end, day),
        timezone=venue.timezone,
        venue_id=venue.id,
        room_id=room,
        status=status,
        participations=parts,
    )


def clashes(*events: Event, travel: tuple[TravelTime, ...] = ()) -> list[Clash]:
    return find_clashes(Programme(people=PEOPLE, venues=VENUES, events=events, travel_times=travel))


def of_kind(found: list[Clash], kind: ClashKind) -> list[Clash]:
    return [c for c in found if c.kind is kind]


# -- a person in two places at once -------------------------------------------------


def test_person_in_two_overlapping_events_is_named_with_both_events_and_times() -> None:
    found = clashes(
        event(1, "Battery cell roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
        event(2, "Recycling briefing", "10:30", "11:30", room=12, people=(AIKO,)),
    )
    assert found == [
        Clash(
            ClashKind.PERSON,
            "Aiko Tanaka is booked in “Battery cell roundtable” (Tue 1 Dec 10:00–11:00 IST) "
            "and “Recycling briefing” (10:30–11:30 IST).",
            (1, 2),
            (AIKO,),
            starts_at=at("10:30"),
            ends_at=at("11:00"),
        )
    ]


def test_everyone_booked_twice_in_the_same_pair_of_events_is_named_in_one_clash() -> None:
    found = clashes(
        event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO, RAVI, PRIYA)),
        event(2, "Briefing", "10:30", "11:30", room=12, people=(RAVI, AIKO, KENJI)),
    )
    (clash,) = found
    assert clash.person_ids == (RAVI, AIKO)  # by family name
    assert clash.message.startswith("Ravi Mehta and Aiko Tanaka are booked in “Roundtable”")
    assert "Priya" not in clash.message and "Kenji" not in clash.message


def test_an_event_on_another_day_carries_its_own_day() -> None:
    found = clashes(
        event(1, "Overnight drive", "22:00", "23:59", venue=NOWHERE, people=(KENJI,)),
        replace(
            event(2, "Night shift", "23:30", "23:50", venue=NOWHERE, people=(KENJI,)),
            ends_at=at("01:00", day=2),
        ),
    )
    (clash,) = found
    assert "(Tue 1 Dec 22:00–23:59 IST)" in clash.message
    assert "(23:30–Wed 2 Dec 01:00 IST)" in clash.message


def test_times_are_shown_in_the_venue_zone() -> None:
    start = datetime(2026, 12, 1, 13, 30, tzinfo=ZoneInfo("Asia/Tokyo"))
    tokyo_call = Event(
        id=2,
        title="Call with METI",
        starts_at=start,
        ends_at=start + timedelta(hours=1),
        timezone="Asia/Tokyo",
        venue_id=TOKYO.id,
        participations=(Participation(person_id=AIKO),),
    )
    found = clashes(
        event(1, "Roundtable", "10:00", "11:00", venue=NOWHERE, people=(AIKO,)), tokyo_call
    )
    (clash,) = found
    assert "“Roundtable” (Tue 1 Dec 10:00–11:00 IST)" in clash.message
    assert "“Call with METI” (13:30–14:30 JST)" in clash.message


def test_events_that_touch_do_not_clash() -> None:
    assert (
        clashes(
            event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
            event(2, "Lunch", "11:00", "12:00", room=11, people=(AIKO,)),
        )
        == []
    )


def test_declined_participation_never_clashes() -> None:
    assert (
        clashes(
            event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
            event(2, "Briefing", "10:30", "11:30", room=12, declined=(AIKO,)),
        )
        == []
    )


def test_cancelled_event_never_clashes() -> None:
    cancelled = EventStatus.CANCELLED
    assert (
        clashes(
            event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
            event(2, "Briefing", "10:30", "11:30", room=11, people=(AIKO,), status=cancelled),
            event(3, "Drive", "11:10", "12:00", venue=LOHUM, people=(AIKO,), status=cancelled),
        )
        == []
    )


def test_tentative_events_and_replies_still_clash() -> None:
    tentative = event(2, "Briefing", "10:30", "11:30", room=12, status=EventStatus.TENTATIVE)
    tentative = replace(
        tentative, participations=(Participation(person_id=AIKO, reply=Reply.TENTATIVE),)
    )
    found = clashes(event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)), tentative)
    assert [c.kind for c in found] == [ClashKind.PERSON]


# -- a room booked twice ----------------------------------------------------------------


def test_room_booked_twice_names_the_room_venue_and_both_events() -> None:
    found = clashes(
        event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
        event(2, "Press briefing", "10:45", "11:15", room=11, people=(RAVI,)),
    )
    assert found == [
        Clash(
            ClashKind.ROOM,
            "Room “Hall” at Embassy of Japan is booked twice: “Roundtable” "
            "(Tue 1 Dec 10:00–11:00 IST) and “Press briefing” (10:45–11:15 IST).",
            (1, 2),
            starts_at=at("10:45"),
            ends_at=at("11:00"),
            room_id=11,
        )
    ]


def test_different_rooms_of_one_venue_do_not_clash() -> None:
    assert (
        clashes(
            event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
            event(2, "Briefing", "10:00", "11:00", room=12, people=(RAVI,)),
        )
        == []
    )


# -- too little time on the road ----------------------------------------------------------


def test_too_little_time_to_reach_a_distant_venue() -> None:
    found = clashes(
        event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO, RAVI)),
        event(2, "Lohum site visit", "11:30", "14:00", venue=LOHUM, people=(AIKO,)),
    )
    (clash,) = found
    assert clash.kind is ClashKind.TRAVEL
    assert clash.event_ids == (1, 2)
    assert clash.person_ids == (AIKO,)
    assert (clash.starts_at, clash.ends_at) == (at("11:00"), at("11:30"))
    assert clash.minutes_available == 30
    assert clash.minutes_needed == estimated_minutes(EMBASSY, LOHUM)
    assert clash.message.startswith(
        "Aiko Tanaka has 30 min to get from “Roundtable” at Embassy of Japan "
        "(ends Tue 1 Dec 11:00 IST) to “Lohum site visit” at Lohum facility (starts 11:30 IST);"
    )
    assert "the journey takes about " in clash.message


def test_enough_time_to_travel_is_no_clash() -> None:
    assert (
        clashes(
            event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
            event(2, "Lohum site visit", "14:00", "17:00", venue=LOHUM, people=(AIKO,)),
        )
        == []
    )


def test_the_same_venue_needs_no_travel_time() -> None:
    assert (
        clashes(
            event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
            event(2, "Briefing", "11:00", "12:00", room=12, people=(AIKO,)),
        )
        == []
    )


def test_travel_is_checked_from_the_event_that_ends_last() -> None:
    # Leaving the hotel late matters, not the early morning at the embassy.
    found = clashes(
        event(1, "Breakfast", "07:00", "08:00", room=11, people=(KENJI,)),
        event(2, "Hotel meeting", "08:30", "11:00", venue=HOTEL, people=(KENJI,)),
        event(3, "Lohum site visit", "11:20", "14:00", venue=LOHUM, people=(KENJI,)),
    )
    assert [(c.kind, c.event_ids) for c in found] == [(ClashKind.TRAVEL, (2, 3))]


def test_venues_without_coordinates_are_not_guessed() -> None:
    assert (
        clashes(
            event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,)),
            event(2, "Dinner", "11:00", "12:00", venue=NOWHERE, people=(AIKO,)),
        )
        == []
    )


def test_coordinator_travel_time_overrides_the_estimate_both_ways() -> None:
    there = event(1, "Roundtable", "10:00", "11:00", room=11, people=(AIKO,))
    visit = event(2, "Lohum site visit", "11:30", "14:00", venue=LOHUM, people=(AIKO,))
    back = event(3, "Reception", "14:20", "16:00", room=11, people=(AIKO,))
    assert [c.kind for c in clashes(there, visit, back)] == [ClashKind.TRAVEL, ClashKind.TRAVEL]
    # One figure for embassy → Lohum serves the return too.
    quick = (TravelTime(from_venue_id=EMBASSY.id or 0, to_venue_id=LOHUM.id or 0, minutes=20),)
    assert clashes(there, visit, back, travel=quick) == []
    # A figure of its own for the way back wins over the reverse one.
    slow_back = (*quick, TravelTime(from_venue_id=3, to_venue_id=1, minutes=90))
    (clash,) = clashes(there, visit, back, travel=slow_back)
    assert clash.event_ids == (2, 3)
    assert clash.minutes_needed == 90
    assert "the journey takes about 1 h 30 min" in clash.message


def test_a_short_hop_that_still_needs_more_than_no_time() -> None:
    found = clashes(
        event(1, "Roundtable", "10:00", "11:00", room=11, people=(PRIYA,)),
        event(2, "Lunch", "11:00", "12:00", venue=HOTEL, room=21, people=(PRIYA,)),
    )
    (clash,) = found
    assert clash.message.startswith("Priya Sharma has no time to get from “Roundtable”")


# -- more people than seats ---------------------------------------------------------------


def test_event_over_its_room_capacity() -> None:
    crowded = event(1, "Cell chemistry", "10:00", "11:00", room=12, people=(AIKO, RAVI, KENJI))
    assert clashes(crowded) == []  # three fit in a room for three
    crowded = replace(crowded, participations=(*crowded.participations, Participation(
        person_id=PRIYA, reply=Reply.ACCEPTED)))  # fmt: skip
    assert clashes(crowded) == [
        Clash(
            ClashKind.CAPACITY,
            "“Cell chemistry” (Tue 1 Dec 10:00–11:00 IST) expects 4 people but room "
            "“Sakura Room” at Embassy of Japan holds 3.",
            (1,),
            starts_at=at("10:00"),
            ends_at=at("11:00"),
            room_id=12,
        )
    ]


def test_declined_people_do_not_take_a_seat() -> None:
    crowded = event(
        1, "Cell chemistry", "10:00", "11:00", room=12, people=(AIKO, RAVI, KENJI),
        declined=(PRIYA,),
    )  # fmt: skip
    assert clashes(crowded) == []


def test_venue_capacity_counts_when_no_room_is_chosen() -> None:
    found = clashes(event(1, "Dinner", "19:00", "21:00", venue=HOTEL, people=(1, 2, 3, 4, 5)))
    (clash,) = found
    assert clash.kind is ClashKind.CAPACITY
    assert clash.message.endswith("expects 5 people but Taj Palace holds 4.")


def test_clashes_come_by_start_time_then_kind() -> None:
    found = clashes(
        event(1, "Late talk", "15:00", "16:00", room=11, people=(AIKO,)),
        event(2, "Late panel", "15:30", "16:30", room=11, people=(AIKO,)),
        event(3, "Tiny room", "09:00", "10:00", room=12, people=(1, 2, 3, 4)),
    )
    assert [(c.kind, c.event_ids) for c in found] == [
        (ClashKind.CAPACITY, (3,)),
        (ClashKind.PERSON, (1, 2)),
        (ClashKind.ROOM, (1, 2)),
    ]


# -- the road-time estimate ---------------------------------------------------------------


def test_distance_between_the_embassy_and_greater_noida() -> None:
    km = distance_km(EMBASSY, LOHUM)
    assert km is not None and 30 < km < 38
    assert distance_km(EMBASSY, NOWHERE) is None


def test_estimate_is_a_realistic_delhi_drive() -> None:
    minutes = estimated_minutes(EMBASSY, LOHUM)
    assert minutes is not None and 100 <= minutes <= 180  # roughly two hours by road
    short = estimated_minutes(EMBASSY, HOTEL)
    assert short is not None and 10 <= short <= 30
    assert estimated_minutes(EMBASSY, EMBASSY) == 0
    assert estimated_minutes(EMBASSY, NOWHERE) is None


def test_override_applies_to_the_reverse_trip_unless_given() -> None:
    table = override_table([TravelTime(from_venue_id=1, to_venue_id=3, minutes=75)])
    assert estimated_minutes(LOHUM, EMBASSY, table) == 75
    assert estimated_minutes(EMBASSY, NOWHERE, [TravelTime(from_venue_id=5, to_venue_id=1,
                                                           minutes=5)]) == 5  # fmt: skip
    both = override_table(
        [
            TravelTime(from_venue_id=1, to_venue_id=3, minutes=75),
            TravelTime(from_venue_id=3, to_venue_id=1, minutes=120),
        ]
    )
    assert estimated_minutes(EMBASSY, LOHUM, both) == 75
    assert estimated_minutes(LOHUM, EMBASSY, both) == 120


# -- properties ----------------------------------------------------------------------------

BASE = datetime(2026, 12, 1, 3, 30, tzinfo=UTC)
SLOT = timedelta(minutes=15)
PLACES = ((EMBASSY, 11), (EMBASSY, 12), (HOTEL, 21), (LOHUM, None), (NOWHERE, None))


@st.composite
def events_strategy(draw: st.DrawFn, max_events: int = 6) -> list[Event]:
    count = draw(st.integers(1, max_events))
    found = []
    for n in range(1, count + 1):
        start = draw(st.integers(0, 40))
        length = draw(st.integers(1, 12))
        venue, room = draw(st.sampled_from(PLACES))
        people = draw(st.lists(st.sampled_from(range(1, 7)), unique=True, max_size=5))
        replies = [draw(st.sampled_from(list(Reply))) for _ in people]
        status = draw(st.sampled_from(list(EventStatus)))
        found.append(
            Event(
                id=n * 7,
                title=f"Meeting {n}",
                starts_at=BASE + start * SLOT,
                ends_at=BASE + (start + length) * SLOT,
                timezone=venue.timezone,
                venue_id=venue.id,
                room_id=room,
                status=status,
                participations=tuple(
                    Participation(person_id=p, reply=r)
                    for p, r in zip(people, replies, strict=True)
                ),
            )
        )
    return found


def programme(events: list[Event] | tuple[Event, ...]) -> Programme:
    return Programme(people=PEOPLE, venues=VENUES, events=tuple(events))


@given(events_strategy(), st.randoms(use_true_random=False))
def test_order_of_events_in_the_programme_does_not_matter(events: list[Event], rnd) -> None:
    shuffled = list(events)
    rnd.shuffle(shuffled)
    assert find_clashes(programme(events)) == find_clashes(programme(shuffled))
    assert find_clashes(programme(events)) == find_clashes(programme(events[::-1]))


@given(events_strategy())
def test_person_clashes_are_exactly_the_overlapping_pairs(events: list[Event]) -> None:
    expected = set()
    for a, b in itertools.combinations(events, 2):
        if a.is_cancelled or b.is_cancelled:
            continue
        if not (a.starts_at < b.ends_at and b.starts_at < a.ends_at):
            continue
        going = {p.person_id for p in a.participations if p.reply is not Reply.DECLINED}
        going &= {p.person_id for p in b.participations if p.reply is not Reply.DECLINED}
        for person in going:
            expected.add((frozenset((a.id, b.id)), person))
    found = {
        (frozenset(c.event_ids), person)
        for c in find_clashes(programme(events))
        if c.kind is ClashKind.PERSON
        for person in c.person_ids
    }
    assert found == expected


@given(events_strategy())
def test_disjoint_spans_never_clash(events: list[Event]) -> None:
    # Lay the same events end to end, with a gap of a day between them.
    spread = []
    for n, e in enumerate(events):
        start = BASE + timedelta(days=n)
        spread.append(replace(e, starts_at=start, ends_at=start + (e.ends_at - e.starts_at)))
    kinds = {c.kind for c in find_clashes(programme(spread))}
    assert kinds <= {ClashKind.CAPACITY}


@given(events_strategy(), st.integers(0, 5))
def test_a_declined_participation_changes_nothing(events: list[Event], which: int) -> None:
    target = events[which % len(events)]
    newcomer = Participation(person_id=99, reply=Reply.DECLINED)
    changed = [
        replace(e, participations=(*e.participations, newcomer)) if e is target else e
        for e in events
    ]
    assert find_clashes(programme(changed)) == find_clashes(programme(events))
    assert all(99 not in c.person_ids for c in find_clashes(programme(changed)))


@given(events_strategy(), events_strategy())
def test_a_cancelled_event_changes_nothing(events: list[Event], others: list[Event]) -> None:
    cancelled = [
        replace(e, id=1000 + n, status=EventStatus.CANCELLED) for n, e in enumerate(others)
    ]
    assert find_clashes(programme(events + cancelled)) == find_clashes(programme(events))


@given(events_strategy(), st.integers(0, 5))
def test_a_person_in_only_one_event_never_clashes(events: list[Event], which: int) -> None:
    target = events[which % len(events)]
    loner = Participation(person_id=PRIYA + 50)
    changed = [
        replace(e, participations=(*e.participations, loner)) if e is target else e for e in events
    ]
    assert all(PRIYA + 50 not in c.person_ids for c in find_clashes(programme(changed)))


@settings(max_examples=50)
@given(events_strategy(max_events=8))
def test_every_clash_names_its_events_and_people(events: list[Event]) -> None:
    by_id = {e.id: e for e in events}
    names = {p.id: p.full_name for p in PEOPLE}
    for clash in find_clashes(programme(events)):
        for event_id in clash.event_ids:
            assert f"“{by_id[event_id].title}”" in clash.message
            assert not by_id[event_id].is_cancelled
        for person_id in clash.person_ids:
            assert names.get(person_id, f"Person {person_id}") in clash.message


# Vehicle clashes need a vehicle plan: tests/unit/test_protocol_vehicles.py finds those.
@pytest.mark.parametrize(
    "kind", [k for k in ClashKind if k not in (ClashKind.VEHICLE_SEATS, ClashKind.VEHICLE_TWICE)]
)
def test_every_kind_is_found_in_a_small_programme(kind: ClashKind) -> None:
    found = clashes(
        event(1, "Roundtable", "10:00", "11:00", room=12, people=(AIKO, RAVI, KENJI, PRIYA)),
        event(2, "Press", "10:30", "11:00", room=12, people=(AIKO,)),
        event(3, "Lohum site visit", "11:15", "15:00", venue=LOHUM, people=(RAVI,)),
    )
    assert kind in {c.kind for c in found}


def test_a_crowd_booked_twice_is_counted_after_the_first_names() -> None:
    crowd = tuple(range(1, 11))
    (clash,) = clashes(
        event(1, "Plenary", "10:00", "12:00", room=11, people=crowd),
        event(2, "Press", "11:00", "11:30", venue=HOTEL, room=21, people=crowd),
    )
    assert clash.person_ids[:4] == (RAVI, KENJI, PRIYA, AIKO)  # named people first, by name
    assert set(clash.person_ids) == set(crowd)
    assert clash.message.startswith("Ravi Mehta, Kenji Sato, Priya Sharma, Aiko Tanaka, Person ")
    assert " and 2 others are booked in “Plenary”" in clash.message
