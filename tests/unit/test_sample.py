"""The sample programme: deterministic, realistic, and with its one deliberate clash."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, date, datetime

import pytest

from models.clashes import ClashKind, find_clashes
from models.clock import FixedClock
from models.commands import event_json, person_json
from models.entities import Classification, EventKind, Organisation, Programme, Role
from models.errors import AppError
from models.sample import load_sample
from models.services import Desk, random_uid
from models.store import Store
from models.timezones import in_zone

_CJK = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _loaded(clock: FixedClock) -> Programme:
    desk = Desk(Store.memory(), clock)
    load_sample(desk)
    programme = desk.programme()
    desk.close()
    return programme


@pytest.fixture(scope="module")
def programme() -> Programme:
    return _loaded(FixedClock(datetime(2026, 11, 30, 12, 0, tzinfo=UTC)))


def _as_json(p: Programme) -> str:
    orgs: dict[int | None, Organisation] = {o.id: o for o in p.organisations}
    return json.dumps(
        {
            "events": [event_json(e, p) for e in p.events],
            "people": [person_json(x, orgs) for x in p.people],
        },
        ensure_ascii=False,
        sort_keys=True,
    )


def test_two_runs_give_the_same_programme_ids_and_uids(clock: FixedClock) -> None:
    first, second = _loaded(clock), _loaded(clock)
    assert _as_json(first) == _as_json(second)
    assert [e.uid for e in first.events] == [e.uid for e in second.events]
    assert len({e.uid for e in first.events}) == len(first.events)
    assert first == second


def test_refuses_a_database_that_is_not_empty(desk: Desk) -> None:
    load_sample(desk)
    before = desk.programme()
    with pytest.raises(AppError, match="empty database"):
        load_sample(desk)
    assert desk.programme() == before
    assert desk.new_uid is random_uid  # the deterministic UIDs were only borrowed


def test_organisations(programme: Programme) -> None:
    names = {o.name for o in programme.organisations}
    assert len(names) >= 40
    for wanted in ("Lohum", "Attero", "Tata Capital", "Vedanta", "Maruti Suzuki", "METI",
                   "JETRO", "Ministry of Finance, Japan", "Embassy of Japan"):  # fmt: skip
        assert any(wanted in n for n in names), wanted
    for org in programme.organisations:
        assert org.country in {"JP", "IN"} and org.sector and org.profile, org.name
        if "Invented" in org.profile:
            assert org.name.startswith("Sample "), org.name
    assert Counter(o.country for o in programme.organisations)["JP"] >= 20


def test_closed_door_meetings(programme: Programme) -> None:
    closed = [e for e in programme.events if e.kind is EventKind.CLOSED_DOOR]
    assert len(closed) >= 12
    assert all(
        e.classification in {Classification.CONFIDENTIAL, Classification.RESTRICTED} for e in closed
    )
    countries = {o.id: o.country for o in programme.organisations}
    people = {p.id: p for p in programme.people}
    for event in closed:
        sides = {countries[people[p.person_id].organisation_id] for p in event.participations}
        assert sides >= {"JP", "IN"}, event.title
        assert event.room_id is not None


def test_conference_at_the_embassy_with_an_agenda(programme: Programme) -> None:
    (conference,) = [e for e in programme.events if e.kind is EventKind.CONFERENCE]
    venue = programme.venue(conference.venue_id)
    assert venue is not None and "Embassy of Japan" in venue.name
    assert venue.latitude == pytest.approx(28.5975, abs=0.01)
    hosts = {programme.organisation(h).name for h in conference.host_organisation_ids}  # type: ignore[union-attr]
    assert any("METI" in h for h in hosts) and any("JETRO" in h for h in hosts)
    assert any("Ministry of Finance" in h for h in hosts)
    assert len(conference.agenda) >= 6
    speakers = {a.speaker_id for a in conference.agenda if a.speaker_id}
    roles = {p.person_id: p.role for p in conference.participations}
    assert speakers and all(roles[s] is Role.SPEAKER for s in speakers)


def test_site_visit_to_lohum_with_transport_legs(programme: Programme) -> None:
    (visit,) = [e for e in programme.events if e.kind is EventKind.SITE_VISIT]
    venue = programme.venue(visit.venue_id)
    assert venue is not None and venue.region == "Uttar Pradesh"
    assert (venue.latitude, venue.longitude) == pytest.approx((28.47, 77.50), abs=0.05)
    assert visit.meeting_point and "helmet" in visit.safety_notes
    host = programme.person(visit.host_contact_id)
    assert host is not None and "Lohum" in programme.organisation(host.organisation_id).name  # type: ignore[union-attr]
    outbound = [leg for leg in visit.legs if leg.destination.startswith("Lohum")]
    back = [leg for leg in visit.legs if leg.origin.startswith("Lohum")]
    assert outbound and back
    for leg in visit.legs:
        assert leg.vehicle and leg.driver_contact and leg.passenger_ids
        assert leg.departs_at < leg.arrives_at
    assert max(leg.arrives_at for leg in outbound) <= min(leg.departs_at for leg in back)
    roles = Counter(p.role for p in visit.participations)
    assert roles[Role.DRIVER] >= 1 and roles[Role.SECURITY] >= 1 and roles[Role.INTERPRETER]


def test_two_days_in_new_delhi_with_a_reception(programme: Programme) -> None:
    days = {in_zone(e.starts_at, "Asia/Kolkata").date() for e in programme.events}
    assert days == {date(2026, 12, 1), date(2026, 12, 2)}
    assert all(e.timezone == "Asia/Kolkata" for e in programme.events)
    assert any(e.kind is EventKind.RECEPTION for e in programme.events)
    roles = {p.role for e in programme.events for p in e.participations}
    assert roles >= {Role.CHAIR, Role.SPEAKER, Role.INTERPRETER, Role.LIAISON, Role.SECURITY,
                     Role.DRIVER}  # fmt: skip


def test_people_are_fictional_on_example_domains(programme: Programme) -> None:
    people = programme.people
    assert 140 <= len(people) <= 170
    emails = [p.email for p in people]
    assert all(re.fullmatch(r"[a-z.0-9]+@example\.(org|jp|in)", e) for e in emails)
    assert len(set(emails)) == len(emails)
    japanese = [p for p in people if _CJK.search(p.name_japanese)]
    assert len(japanese) >= 50
    assert any(p.name_japanese == "田中 愛子" for p in people)
    assert all(p.honorific and p.position for p in people)
    assert sum(1 for p in people if p.dietary) >= 10
    assert sum(1 for p in people if p.accessibility) >= 2


def test_a_japanese_and_an_indian_delegation_with_heads(programme: Programme) -> None:
    zones = {d.home_timezone: d for d in programme.delegations}
    assert set(zones) == {"Asia/Tokyo", "Asia/Kolkata"}
    for delegation in zones.values():
        assert delegation.head_id in delegation.member_ids
        assert len(delegation.member_ids) >= 30
    tokyo = zones["Asia/Tokyo"]
    assert all(programme.person(i).nationality == "JP" for i in tokyo.member_ids)  # type: ignore[union-attr]


def test_the_deliberate_clash_is_the_only_one(programme: Programme) -> None:
    clashes = find_clashes(programme)
    assert len(clashes) == 1
    (clash,) = clashes
    assert clash.kind is ClashKind.PERSON
    interpreter = programme.person(clash.person_ids[0])
    assert interpreter is not None and interpreter.name_japanese == "佐藤 美咲"
    titles = [programme.event(i).title for i in clash.event_ids]  # type: ignore[union-attr]
    assert any("GS Yuasa" in t for t in titles) and any("Toshiba" in t for t in titles)
    assert "Misaki Sato" in clash.message
