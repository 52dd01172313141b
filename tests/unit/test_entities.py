"""Records compare, hash, print and refuse changes as frozen dataclasses do."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

import pytest

from models.entities import Event, Organisation, Participation, Person, Room, Venue


def test_records_are_equal_by_class_and_fields() -> None:
    sato = Person(id=1, family_name="Sato", given_name="Misaki", name_japanese="佐藤 美咲")
    assert sato == Person(id=1, family_name="Sato", given_name="Misaki", name_japanese="佐藤 美咲")
    assert sato != dataclasses.replace(sato, email="sato@example.jp")
    assert hash(sato) == hash(dataclasses.replace(sato))
    assert len({sato, dataclasses.replace(sato), dataclasses.replace(sato, id=2)}) == 2
    # Same field values, different kinds of record: never equal.
    assert Room(id=1, name="Hall") != Organisation(id=1, name="Hall")
    assert (sato == "Sato") is False


def test_records_print_like_dataclasses_and_cannot_be_changed() -> None:
    room = Room(id=3, name="Auditorium", capacity=120)
    assert repr(room) == "Room(id=3, version=0, name='Auditorium', capacity=120)"
    with pytest.raises(dataclasses.FrozenInstanceError):
        room.name = "Annex"  # type: ignore[misc]
    assert [f.name for f in dataclasses.fields(Room)] == ["id", "version", "name", "capacity"]


def test_nested_records_compare_deeply() -> None:
    start = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)
    event = Event(
        id=7, title="Cell production partnership", starts_at=start,
        ends_at=start.replace(hour=5), timezone="Asia/Kolkata",
        participations=(Participation(person_id=1),),
    )  # fmt: skip
    again = dataclasses.replace(event, participations=(Participation(person_id=1),))
    assert event == again and hash(event) == hash(again)
    assert event != dataclasses.replace(event, participations=(Participation(person_id=2),))
    venue = Venue(name="Embassy of Japan", timezone="Asia/Kolkata", rooms=(Room(name="Hall"),))
    assert venue.rooms[0] == Room(name="Hall")
