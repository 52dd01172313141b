"""The core the window and the command line share: sequence, UID, delete and restore."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from models.clashes import ClashKind
from models.entities import (
    AgendaItem,
    Delegation,
    Event,
    EventStatus,
    Organisation,
    OrgKind,
    Participation,
    Person,
    Programme,
    Reply,
    Role,
    Room,
    TransportLeg,
    Venue,
)
from models.errors import InUse, NotFound, StaleRecord
from models.services import Desk

T0 = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)  # 10:00 in New Delhi
HOUR = timedelta(hours=1)


def content(programme: Programme) -> Programme:
    """The programme without row versions (a restore puts content back; versions go on)."""

    def bare(records: tuple[Any, ...]) -> tuple[Any, ...]:
        out = []
        for r in records:
            if isinstance(r, Venue):
                r = replace(r, rooms=tuple(replace(room, version=0) for room in r.rooms))
            out.append(replace(r, version=0) if hasattr(r, "version") else r)
        return tuple(out)

    return Programme(
        organisations=bare(programme.organisations),
        people=bare(programme.people),
        delegations=bare(programme.delegations),
        venues=bare(programme.venues),
        events=bare(programme.events),
        travel_times=programme.travel_times,
    )


@dataclass
class Sample:
    jetro: Organisation
    meti: Organisation
    aiko: Person
    ravi: Person
    embassy: Venue
    lohum: Venue
    delegation: Delegation
    roundtable: Event
    visit: Event


@pytest.fixture
def sample(desk: Desk) -> Sample:
    jetro = desk.save_organisation(Organisation(name="JETRO", country="JP", kind=OrgKind.AGENCY))
    meti = desk.save_organisation(Organisation(name="METI", country="JP"))
    lohum_org = desk.save_organisation(Organisation(name="Lohum", country="IN"))
    aiko = desk.save_person(
        Person(family_name="Tanaka", given_name="Aiko", name_japanese="田中 愛子",
               organisation_id=jetro.id, email="aiko.tanaka@example.jp")
    )  # fmt: skip
    ravi = desk.save_person(
        Person(family_name="Mehta", given_name="Ravi", organisation_id=lohum_org.id,
               email="ravi.mehta@example.in")
    )  # fmt: skip
    assert aiko.id and ravi.id and jetro.id and meti.id and lohum_org.id
    embassy = desk.save_venue(
        Venue(name="Embassy of Japan", timezone="Asia/Kolkata", latitude=28.5975,
              longitude=77.1855, rooms=(Room(name="Hall", capacity=120),
                                        Room(name="Sakura Room", capacity=10)))
    )  # fmt: skip
    lohum = desk.save_venue(
        Venue(name="Lohum facility", timezone="Asia/Kolkata", latitude=28.4744, longitude=77.504)
    )
    delegation = desk.save_delegation(
        Delegation(name="Japanese delegation", home_timezone="Asia/Tokyo", head_id=aiko.id)
    )
    roundtable = desk.save_event(
        Event(
            title="Battery cell roundtable",
            starts_at=T0,
            ends_at=T0 + 2 * HOUR,
            timezone="Asia/Kolkata",
            venue_id=embassy.id,
            room_id=embassy.rooms[0].id,
            host_organisation_ids=(meti.id, jetro.id),
            organiser_id=aiko.id,
            agenda=(
                AgendaItem(starts_at=T0, ends_at=T0 + HOUR, title="Opening", speaker_id=aiko.id),
            ),
            participations=(
                Participation(person_id=aiko.id, role=Role.CHAIR),
                Participation(person_id=ravi.id),
            ),
        )
    )
    visit = desk.save_event(
        Event(
            title="Lohum site visit",
            starts_at=T0 + 5 * HOUR,
            ends_at=T0 + 9 * HOUR,
            timezone="Asia/Kolkata",
            venue_id=lohum.id,
            host_organisation_ids=(lohum_org.id, meti.id),
            host_contact_id=ravi.id,
            participations=(Participation(person_id=aiko.id),),
            legs=(
                TransportLeg(
                    departs_at=T0 + 3 * HOUR,
                    arrives_at=T0 + 5 * HOUR,
                    origin="Embassy of Japan",
                    destination="Lohum facility",
                    passenger_ids=(aiko.id, ravi.id),
                ),
            ),
        )
    )
    return Sample(jetro, meti, aiko, ravi, embassy, lohum, delegation, roundtable, visit)


# -- UID and SEQUENCE ------------------------------------------------------------------


def test_a_new_event_gets_a_uid_and_sequence_zero(sample: Sample) -> None:
    assert sample.roundtable.uid.endswith("@delegation-desk")
    assert sample.roundtable.uid != sample.visit.uid
    assert sample.roundtable.sequence == 0


def test_reschedule_raises_sequence_and_moves_agenda_and_legs(desk: Desk, sample: Sample) -> None:
    moved = desk.reschedule(sample.visit.id or 0, T0 + 6 * HOUR, T0 + 10 * HOUR)
    assert moved.sequence == 1
    assert moved.uid == sample.visit.uid
    assert moved.legs[0].departs_at == T0 + 4 * HOUR
    stored = desk.event(sample.visit.id or 0)
    assert (stored.starts_at, stored.sequence, stored.uid) == (T0 + 6 * HOUR, 1, sample.visit.uid)
    later = desk.reschedule(sample.roundtable.id or 0, T0 + HOUR, T0 + 3 * HOUR)
    assert later.agenda[0].starts_at == T0 + HOUR


def test_cancel_raises_sequence_once(desk: Desk, sample: Sample) -> None:
    cancelled = desk.cancel(sample.roundtable.id or 0)
    assert cancelled.status is EventStatus.CANCELLED
    assert cancelled.sequence == 1
    assert desk.cancel(sample.roundtable.id or 0).sequence == 1  # cancelling again: no change
    assert desk.event(sample.roundtable.id or 0).uid == sample.roundtable.uid


def test_a_change_of_venue_or_room_raises_sequence(desk: Desk, sample: Sample) -> None:
    other_room = desk.save_event(replace(sample.roundtable, room_id=sample.embassy.rooms[1].id))
    assert other_room.sequence == 1
    elsewhere = desk.save_event(replace(other_room, venue_id=sample.lohum.id, room_id=None))
    assert elsewhere.sequence == 2
    assert elsewhere.uid == sample.roundtable.uid


def test_a_title_only_edit_keeps_sequence(desk: Desk, sample: Sample) -> None:
    renamed = desk.save_event(replace(sample.roundtable, title="Cell chemistry roundtable",
                                      objectives="Agree next steps"))  # fmt: skip
    assert renamed.sequence == 0
    assert renamed.uid == sample.roundtable.uid
    assert desk.event(sample.roundtable.id or 0).title == "Cell chemistry roundtable"


def test_a_later_departure_raises_sequence_but_a_new_vehicle_does_not(
    desk: Desk, sample: Sample
) -> None:
    leg = sample.visit.legs[0]
    new_vehicle = desk.save_event(replace(sample.visit, legs=(replace(leg, vehicle="Minibus 2"),)))
    assert new_vehicle.sequence == 0
    later = replace(leg, departs_at=leg.departs_at + HOUR / 2, arrives_at=leg.arrives_at + HOUR / 2)
    moved = desk.save_event(replace(new_vehicle, legs=(later,)))
    assert moved.sequence == 1
    assert moved.uid == sample.visit.uid


def test_a_stale_copy_cannot_lower_sequence_or_change_uid(desk: Desk, sample: Sample) -> None:
    desk.reschedule(sample.visit.id or 0, T0 + 6 * HOUR, T0 + 10 * HOUR)
    stale = replace(sample.visit, uid="forged@example.org", sequence=0, title="Renamed")
    stale = replace(stale, starts_at=T0 + 6 * HOUR, ends_at=T0 + 10 * HOUR)
    with pytest.raises(StaleRecord):  # loaded before the reschedule: refused as it is
        desk.save_event(stale)
    current = desk.event(sample.visit.id or 0).version
    with desk.store.expecting({("events", sample.visit.id or 0): current}):  # overwrite
        saved = desk.save_event(stale)
    # The stale copy also carries the legs' old times: that is a change too.
    assert (saved.uid, saved.sequence) == (sample.visit.uid, 2)


def test_a_reply_does_not_raise_sequence(desk: Desk, sample: Sample) -> None:
    replied = desk.set_reply(sample.roundtable.id or 0, sample.ravi.id or 0, Reply.ACCEPTED)
    assert replied.sequence == 0
    assert replied.participation(sample.ravi.id or 0) == Participation(
        person_id=sample.ravi.id or 0, reply=Reply.ACCEPTED
    )


# -- delete and restore ------------------------------------------------------------------


def test_deleting_an_event_and_restoring_it_brings_back_the_same_uid(
    desk: Desk, sample: Sample
) -> None:
    before = desk.programme()
    removal = desk.delete_event(sample.visit.id or 0)
    with pytest.raises(NotFound):
        desk.event(sample.visit.id or 0)
    desk.restore(removal)
    assert content(desk.programme()) == content(before)


def test_deleting_a_person_in_events_and_restoring_them(desk: Desk, sample: Sample) -> None:
    before = desk.programme()
    ravi = sample.ravi.id or 0
    removal = desk.delete_person(ravi, force=True)
    after = desk.programme()
    assert after.person(ravi) is None
    roundtable = after.event(sample.roundtable.id)
    visit = after.event(sample.visit.id)
    assert roundtable is not None and visit is not None
    assert ravi not in roundtable.attendee_ids
    assert visit.host_contact_id is None
    assert ravi not in visit.legs[0].passenger_ids
    desk.restore(removal)
    assert content(desk.programme()) == content(before)


def test_deleting_the_head_of_a_delegation_and_restoring_them(desk: Desk, sample: Sample) -> None:
    before = desk.programme()
    removal = desk.delete_person(sample.aiko.id or 0, force=True)
    (delegation,) = desk.delegations()
    assert delegation.head_id is None and delegation.member_ids == ()
    desk.restore(removal)
    assert content(desk.programme()) == content(before)


def test_deleting_an_organisation_hosting_events_and_restoring_it(
    desk: Desk, sample: Sample
) -> None:
    before = desk.programme()
    removal = desk.delete_organisation(sample.meti.id or 0, force=True)
    hosts = {e.title: e.host_organisation_ids for e in desk.events()}
    assert all(sample.meti.id not in ids for ids in hosts.values())
    assert hosts["Battery cell roundtable"] == (sample.jetro.id,)
    desk.restore(removal)
    assert content(desk.programme()) == content(before)
    assert desk.event(sample.roundtable.id or 0).host_organisation_ids == (
        sample.meti.id,
        sample.jetro.id,
    )


# -- what stands in the way of a delete is named ------------------------------------------------


def test_deleting_a_person_in_the_programme_names_what_they_are_part_of(
    desk: Desk, sample: Sample
) -> None:
    with pytest.raises(InUse) as caught:
        desk.delete_person(sample.aiko.id or 0)
    assert caught.value.dependants == (
        "Aiko Tanaka will be removed from “Battery cell roundtable”.",
        "Aiko Tanaka will be removed from “Lohum site visit”.",
        "Aiko Tanaka will leave the delegation Japanese delegation.",
    )
    assert desk.person(sample.aiko.id or 0) == sample.aiko


def test_an_organisation_with_staff_cannot_be_deleted(desk: Desk, sample: Sample) -> None:
    with pytest.raises(InUse) as caught:
        desk.delete_organisation(sample.jetro.id or 0, force=True)
    assert "1 person works for JETRO" in caught.value.user_message
    assert [o.name for o in desk.organisations()] == ["JETRO", "Lohum", "METI"]


def test_an_organisation_hosting_events_names_them(desk: Desk, sample: Sample) -> None:
    with pytest.raises(InUse) as caught:
        desk.delete_organisation(sample.meti.id or 0)
    assert caught.value.dependants == (
        "METI will no longer be listed as host of “Battery cell roundtable”.",
        "METI will no longer be listed as host of “Lohum site visit”.",
    )


def test_a_venue_with_events_names_them(desk: Desk, sample: Sample) -> None:
    with pytest.raises(InUse) as caught:
        desk.delete_venue(sample.lohum.id or 0)
    assert caught.value.dependants == ("“Lohum site visit” takes place at Lohum facility.",)
    assert desk.venues() == [sample.embassy, sample.lohum]


# -- clashes through the core ----------------------------------------------------------------


def test_clashes_follow_the_programme(desk: Desk, sample: Sample) -> None:
    assert desk.clashes() == []
    # Move the site visit so that it starts right after the roundtable, across Delhi.
    desk.reschedule(sample.visit.id or 0, T0 + 2 * HOUR + timedelta(minutes=30), T0 + 6 * HOUR)
    (clash,) = desk.clashes()
    assert clash.kind is ClashKind.TRAVEL
    assert clash.person_ids == (sample.aiko.id,)
    assert "Aiko Tanaka has 30 min" in clash.message
    # Aiko declines the visit: nothing left to worry about.
    desk.set_reply(sample.visit.id or 0, sample.aiko.id or 0, Reply.DECLINED)
    assert desk.clashes() == []
