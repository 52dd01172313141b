"""Clashes before saving: who and which room a draft event would clash with."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from models.clash_preview import clashes_made, clashes_of, nearby, people_busy, rooms_busy
from models.clashes import ClashKind
from models.entities import Event, Participation, Person, Reply, Room, Venue
from models.services import Desk


def at(hour: int, minute: int = 0) -> datetime:
    """1 Dec 2026, ``hour`` in New Delhi (UTC+05:30)."""
    return datetime(2026, 12, 1, hour, minute, tzinfo=UTC) - timedelta(hours=5, minutes=30)


@pytest.fixture
def world(desk: Desk) -> dict[str, object]:
    embassy = desk.save_venue(
        Venue(name="Embassy of Japan", city="New Delhi", timezone="Asia/Kolkata",
              latitude=28.5975, longitude=77.1860,
              rooms=(Room(name="Hall", capacity=80), Room(name="Library", capacity=12)))
    )  # fmt: skip
    plant = desk.save_venue(
        Venue(name="Lohum plant", city="Greater Noida", timezone="Asia/Kolkata",
              latitude=28.4744, longitude=77.5040)
    )  # fmt: skip
    aiko = desk.save_person(Person(family_name="Tanaka", given_name="Aiko"))
    ravi = desk.save_person(Person(family_name="Mehta", given_name="Ravi"))
    priya = desk.save_person(Person(family_name="Sharma", given_name="Priya"))
    hall = embassy.rooms[0].id
    lunch = desk.save_event(
        Event(title="Lunch with METI", starts_at=at(10), ends_at=at(11),
              timezone="Asia/Kolkata", venue_id=embassy.id, room_id=hall,
              participations=(Participation(person_id=aiko.id or 0),
                              Participation(person_id=priya.id or 0, reply=Reply.DECLINED)))
    )  # fmt: skip
    tour = desk.save_event(
        Event(title="Plant tour", starts_at=at(12), ends_at=at(13), timezone="Asia/Kolkata",
              venue_id=plant.id, participations=(Participation(person_id=ravi.id or 0),))
    )  # fmt: skip
    return {"desk": desk, "embassy": embassy, "aiko": aiko, "ravi": ravi, "priya": priya,
            "hall": hall, "library": embassy.rooms[1].id, "lunch": lunch, "tour": tour}  # fmt: skip


def draft(world: dict, start: datetime, end: datetime, **changes: object) -> Event:
    embassy = world["embassy"]
    return Event(title="Battery roundtable", starts_at=start, ends_at=end,
                 timezone="Asia/Kolkata", venue_id=embassy.id, **changes)  # fmt: skip


def test_a_person_in_another_event_then_is_busy_with_it(world: dict) -> None:
    desk: Desk = world["desk"]
    new = draft(world, at(10, 30), at(11, 30))
    people = [world["aiko"], world["ravi"], world["priya"]]

    busy = people_busy(nearby(desk.store, new.starts_at, new.ends_at), new, people)

    aiko, ravi, priya = (p.id for p in people)
    assert set(busy) == {aiko, ravi}
    (lunch,) = busy[aiko]
    assert lunch.kind is ClashKind.PERSON and lunch.other.title == "Lunch with METI"
    assert "Aiko Tanaka is booked in “Lunch with METI”" in lunch.clash.message
    # Ravi is free at 10:30 but cannot reach the plant in Greater Noida by 12:00
    (journey,) = busy[ravi]
    assert journey.kind is ClashKind.TRAVEL and journey.other.title == "Plant tour"
    assert priya not in busy  # she declined the lunch: not busy, as in the clash panel


def test_nobody_is_busy_when_the_draft_is_moved_away(world: dict) -> None:
    desk: Desk = world["desk"]
    new = draft(world, at(16), at(17))
    people = [world["aiko"], world["ravi"]]
    assert people_busy(nearby(desk.store, new.starts_at, new.ends_at), new, people) == {}


def test_an_event_being_edited_does_not_clash_with_its_stored_self(world: dict) -> None:
    desk: Desk = world["desk"]
    lunch: Event = world["lunch"]
    moved = replace(lunch, starts_at=at(10, 15), ends_at=at(11, 15))
    busy = people_busy(nearby(desk.store, moved.starts_at, moved.ends_at), moved, [world["aiko"]])
    assert busy == {}
    rooms = rooms_busy(nearby(desk.store, moved.starts_at, moved.ends_at), moved, [world["hall"]])
    assert rooms == {}


def test_a_booked_room_is_busy_and_a_free_one_is_not(world: dict) -> None:
    desk: Desk = world["desk"]
    new = draft(world, at(10, 30), at(11, 30))
    rooms = [world["hall"], world["library"]]

    busy = rooms_busy(nearby(desk.store, new.starts_at, new.ends_at), new, rooms)

    assert list(busy) == [world["hall"]]
    (booking,) = busy[world["hall"]]
    assert booking.other.title == "Lunch with METI"
    assert "Room “Hall” at Embassy of Japan is booked twice" in booking.clash.message


def test_a_move_reports_only_the_clashes_it_made(world: dict) -> None:
    desk: Desk = world["desk"]
    tour: Event = world["tour"]
    aiko = world["aiko"]
    tour = desk.save_event(
        replace(tour, participations=(*tour.participations, Participation(person_id=aiko.id)))
    )
    before = clashes_of(desk.programme(), tour.id)
    desk.reschedule(tour.id, at(10, 30), at(11, 30))
    after = clashes_of(desk.programme(), tour.id)

    made = clashes_made(before, after)

    assert [c.kind for c in made] == [ClashKind.PERSON]
    assert "Aiko Tanaka is booked in “Lunch with METI”" in made[0].message
    assert clashes_made(after, after) == []
