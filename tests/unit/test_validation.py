"""Validation speaks a coordinator's language and reports every problem at once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from models.entities import (
    AgendaItem,
    Delegation,
    Event,
    Organisation,
    Participation,
    Person,
    Reply,
    Room,
    TransportLeg,
    Venue,
)
from models.errors import ValidationError
from models.services import Desk
from models.validation import (
    check_delegation,
    check_event,
    check_organisation,
    check_person,
    check_venue,
    ensure,
    is_valid_email,
)

T0 = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)  # 10:00 in New Delhi
HOUR = timedelta(hours=1)
EMBASSY = Venue(
    id=1,
    name="Embassy of Japan",
    timezone="Asia/Kolkata",
    capacity=5,
    rooms=(Room(id=11, name="Sakura Room", capacity=3),),
)


def meeting(**changes: object) -> Event:
    values: dict[str, object] = {
        "title": "Battery cell roundtable",
        "starts_at": T0,
        "ends_at": T0 + HOUR,
        "timezone": "Asia/Kolkata",
    }
    values.update(changes)
    return Event(**values)  # type: ignore[arg-type]


def people(n: int, reply: Reply = Reply.ACCEPTED) -> tuple[Participation, ...]:
    return tuple(Participation(person_id=i, reply=reply) for i in range(1, n + 1))


def test_a_good_event_has_no_problems() -> None:
    assert check_event(meeting(venue_id=1, room_id=11, participations=people(3)), EMBASSY) == []


def test_end_before_start_shows_both_times_in_the_venue_zone() -> None:
    problems = check_event(meeting(ends_at=T0 - HOUR))
    assert problems == ["The event ends (2026-12-01 09:00) before it starts (2026-12-01 10:00)."]


def test_end_equal_to_start_is_refused_too() -> None:
    assert len(check_event(meeting(ends_at=T0))) == 1


def test_unknown_zone_explains_that_ist_is_ambiguous() -> None:
    (problem,) = check_event(meeting(timezone="IST"))
    assert problem.startswith("Unknown time zone 'IST'")
    assert "IST is India, Ireland and Israel" in problem
    assert "Asia/Kolkata" in problem


def test_unknown_zone_without_a_hint_for_made_up_names() -> None:
    assert check_delegation(
        Delegation(name="Japanese delegation", home_timezone="Mars/Olympus")
    ) == ["Unknown time zone 'Mars/Olympus'."]


def test_an_unknown_zone_does_not_hide_end_before_start() -> None:
    problems = check_event(meeting(timezone="JST", ends_at=T0 - HOUR))
    assert len(problems) == 2
    assert "The event ends before it starts." in problems


@pytest.mark.parametrize(
    ("problems", "expected"),
    [
        (check_person(Person(family_name="  ")), "The family name is missing."),
        (check_organisation(Organisation(name="")), "The organisation's name is missing."),
        (check_venue(Venue(name="", timezone="Asia/Kolkata")), "The venue's name is missing."),
        (
            check_delegation(Delegation(name="", home_timezone="Asia/Tokyo")),
            "The delegation's name is missing.",
        ),
        (check_event(meeting(title="")), "The title is missing."),
    ],
)
def test_missing_name(problems: list[str], expected: str) -> None:
    assert problems == [expected]


@pytest.mark.parametrize(
    "email", ["aiko.tanaka", "aiko@", "@example.jp", "aiko tanaka@example.jp", "aiko@example"]
)
def test_malformed_email(email: str) -> None:
    assert not is_valid_email(email)
    assert check_person(Person(family_name="Tanaka", email=email)) == [
        f"E-mail address {email!r} is not valid (like name@example.org)."
    ]


@pytest.mark.parametrize("email", ["aiko.tanaka@example.jp", "r.mehta+desk@example.in"])
def test_well_formed_email(email: str) -> None:
    assert check_person(Person(family_name="Tanaka", email=email)) == []


def test_room_over_capacity_counts_everyone_but_the_declined() -> None:
    crowded = meeting(venue_id=1, room_id=11, participations=people(4))
    assert check_event(crowded, EMBASSY) == [
        "Room 'Sakura Room' holds 3 people but 4 are expected."
    ]
    one_declined = (*people(3), Participation(person_id=9, reply=Reply.DECLINED))
    assert check_event(meeting(venue_id=1, room_id=11, participations=one_declined), EMBASSY) == []


def test_venue_over_capacity_when_no_room_is_chosen() -> None:
    assert check_event(meeting(venue_id=1, participations=people(6)), EMBASSY) == [
        "Embassy of Japan holds 5 people but 6 are expected."
    ]


def test_room_of_another_venue() -> None:
    assert check_event(meeting(venue_id=1, room_id=99), EMBASSY) == [
        "The chosen room is not at Embassy of Japan."
    ]


def test_transport_leg_arriving_before_it_departs() -> None:
    leg = TransportLeg(
        departs_at=T0, arrives_at=T0 - HOUR, origin="Embassy of Japan", destination="Lohum"
    )
    assert check_event(meeting(ends_at=T0 + 6 * HOUR, legs=(leg,))) == [
        "Transport leg Embassy of Japan → Lohum arrives before it departs."
    ]


def test_agenda_item_outside_the_event() -> None:
    item = AgendaItem(starts_at=T0 + 2 * HOUR, ends_at=T0 + 3 * HOUR, title="Plant tour")
    assert check_event(meeting(agenda=(item,))) == [
        "Agenda item 'Plant tour' lies outside the event's time."
    ]


def test_room_larger_than_its_venue() -> None:
    venue = Venue(name="Embassy of Japan", timezone="Asia/Kolkata", capacity=50,
                  rooms=(Room(name="Hall", capacity=120),))  # fmt: skip
    assert check_venue(venue) == ["Room 'Hall' holds 120, more than the venue's 50."]


def test_every_problem_of_an_event_is_reported_at_once() -> None:
    leg = TransportLeg(departs_at=T0, arrives_at=T0 - HOUR, origin="A", destination="B")
    event = meeting(
        title=" ",
        timezone="IST",
        ends_at=T0 - HOUR,
        venue_id=1,
        room_id=11,
        participations=people(4),
        legs=(leg,),
    )
    problems = check_event(event, EMBASSY)
    assert len(problems) == 5
    with pytest.raises(ValidationError) as caught:
        ensure(problems, "The event")
    assert caught.value.problems == tuple(problems)
    message = caught.value.user_message
    assert message.startswith("The event cannot be saved:")
    for text in (
        "The title is missing.",
        "Unknown time zone 'IST'",
        "The event ends before it starts.",
        "Room 'Sakura Room' holds 3 people but 4 are expected.",
        "Transport leg A → B arrives before it departs.",
    ):
        assert text in message


def test_every_problem_of_a_person_is_reported_at_once() -> None:
    problems = check_person(Person(family_name="", email="aiko@", nationality="Japan"))
    assert problems == [
        "The family name is missing.",
        "E-mail address 'aiko@' is not valid (like name@example.org).",
        "Nationality 'Japan' is not a two-letter country code such as JP.",
    ]


def test_the_core_refuses_to_save_with_every_problem_listed(desk: Desk) -> None:
    with pytest.raises(ValidationError) as caught:
        desk.save_person(Person(family_name=" ", email="not-an-email"))
    assert caught.value.problems == (
        "The family name is missing.",
        "E-mail address 'not-an-email' is not valid (like name@example.org).",
    )
    assert desk.people() == []


def test_the_core_refuses_an_event_in_an_overfull_room(desk: Desk) -> None:
    room = Room(name="Sakura Room", capacity=2)
    venue = desk.save_venue(Venue(name="Embassy of Japan", timezone="Asia/Kolkata", rooms=(room,)))
    guests = [desk.save_person(Person(family_name=name)) for name in ("Tanaka", "Mehta", "Sato")]
    event = meeting(
        venue_id=venue.id,
        room_id=venue.rooms[0].id,
        ends_at=T0 - HOUR,
        participations=tuple(Participation(person_id=g.id or 0) for g in guests),
    )
    with pytest.raises(ValidationError) as caught:
        desk.save_event(event)
    assert caught.value.problems == (
        "The event ends (2026-12-01 09:00) before it starts (2026-12-01 10:00).",
        "Room 'Sakura Room' holds 2 people but 3 are expected.",
    )
    assert desk.events() == []
