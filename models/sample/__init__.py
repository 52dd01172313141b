"""The sample programme: two days of a Japanese delegation in New Delhi.

Tuesday 1 and Wednesday 2 December 2026.  On the first morning the
conference on the battery and critical-mineral ecosystem at the Embassy of
Japan in Chanakyapuri, organised by Japan's Ministry of Finance, METI and
JETRO; closed-door meetings between Japanese and Indian organisations in the
afternoon; a reception at the Embassy in the evening.  On the second day
Japanese officials visit Lohum's facility in Greater Noida, Uttar Pradesh
(coach and escort car out and back) while closed-door meetings continue in
Aerocity, Gurugram and Chanakyapuri; the visitors join a follow-up meeting
with Lohum at the end of the day.

The organisations are real and public (those named "Sample …" are
invented); every person is fictional, with an example.jp, example.in or
example.org address.

The deliberate clash: the interpreter Ms Misaki Sato (佐藤 美咲) is booked
into two overlapping meetings at the JW Marriott Aerocity on Wednesday —
GS Yuasa and Exide Energy (11:00–12:00, Meeting Room 1) and Toshiba and
Amara Raja (11:30–12:30, Meeting Room 2).  It is the only clash in the
sample; ``clashes`` finds it.

:func:`load_sample` writes everything through the :class:`~models.services.Desk`,
so each record is validated as if a coordinator had entered it; the same ids
and the same event UIDs come out on every run.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from datetime import datetime

from models.entities import (
    AgendaItem,
    Delegation,
    Event,
    EventKind,
    EventStatus,
    Organisation,
    Participation,
    Person,
    Reply,
    Role,
    Room,
    TransportLeg,
    Venue,
)
from models.errors import AppError
from models.sample import events as spec
from models.sample.organisations import ORGANISATIONS
from models.sample.people import people_specs
from models.sample.venues import DELHI, VENUES
from models.services import Desk
from models.timezones import zone_rules

#: Event UIDs are uuid5 of this namespace and the event's number.
UID_NAMESPACE = uuid.UUID("6f1c9a52-3b0e-5c55-9a57-1d4e0b2a7c11")

FIRST_DAY = (2026, 12, 1)

_ZONE = zone_rules(DELHI)


def sample_uids() -> Iterator[str]:
    """The UIDs given to the sample's events, in order of creation."""
    n = 0
    while True:
        n += 1
        yield f"{uuid.uuid5(UID_NAMESPACE, f'sample-event-{n}')}@delegation-desk"


def at(day: int, clock: str) -> datetime:
    """Wall-clock time in New Delhi on day 1 or 2 of the programme."""
    hours, minutes = (int(p) for p in clock.split(":"))
    year, month, first = FIRST_DAY
    return datetime(year, month, first + day - 1, hours, minutes, tzinfo=_ZONE)


def load_sample(desk: Desk) -> None:
    """Write the sample programme into an empty database, in one transaction.

    Raises :class:`AppError` when the database already holds records.
    """
    if not desk.store.is_empty() or desk.store.count("delegations"):
        raise AppError(
            "The sample programme can only be loaded into an empty database; "
            "this one already holds a programme."
        )
    desk.store.snapshot_before("the sample programme")  # a used file may hold other records
    uids = sample_uids()
    previous: Callable[[], str] = desk.new_uid
    desk.new_uid = lambda: next(uids)
    try:
        with desk.store.atomic():
            _Loader(desk).run()
    finally:
        desk.new_uid = previous


class _Loader:
    def __init__(self, desk: Desk) -> None:
        self.desk = desk
        self.orgs: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.venues: dict[str, Venue] = {}

    def run(self) -> None:
        for o in ORGANISATIONS:
            saved = self.desk.save_organisation(
                Organisation(
                    name=o.name, country=o.country, sector=o.sector, kind=o.kind, profile=o.profile
                )
            )
            assert saved.id is not None
            self.orgs[o.key] = saved.id
        for p in people_specs():
            person = self.desk.save_person(
                Person(
                    family_name=p.family,
                    given_name=p.given,
                    name_japanese=p.japanese,
                    honorific=p.honorific,
                    position=p.position,
                    organisation_id=self.orgs[p.org],
                    email=p.email,
                    phone=p.phone,
                    nationality=p.nationality,
                    languages=p.languages,
                    dietary=p.dietary,
                    accessibility=p.accessibility,
                )
            )
            assert person.id is not None
            self.people[p.key] = person.id
        self._delegations()
        for v in VENUES:
            self.venues[v.key] = self.desk.save_venue(
                Venue(
                    name=v.name,
                    address=v.address,
                    city=v.city,
                    region=v.region,
                    country="IN",
                    timezone=DELHI,
                    latitude=v.latitude,
                    longitude=v.longitude,
                    capacity=v.capacity,
                    access_notes=v.access_notes,
                    rooms=tuple(Room(name=n, capacity=c) for n, c in v.rooms),
                )
            )
        self._conference()
        meetings = sorted(spec.MEETINGS, key=lambda m: (m.day, m.start, m.title))
        for meeting in (m for m in meetings if m.day == 1):
            self._meeting(meeting)
        self._reception()
        site_visit = self._site_visit()
        for meeting in (m for m in meetings if m.day == 2):
            self._meeting(meeting)
        from models.sample.protocol import load_protocol

        load_protocol(self.desk, self.people, site_visit)
        self._requests()

    # -- helpers -----------------------------------------------------------------

    def _room(self, venue: str, name: str) -> int:
        room = next(r for r in self.venues[venue].rooms if r.name == name)
        assert room.id is not None
        return room.id

    def _hosts(self, keys: tuple[str, ...]) -> tuple[int, ...]:
        return tuple(self.orgs[k] for k in keys)

    def _save(self, event: Event) -> Event:
        return self.desk.save_event(event)

    def _requests(self) -> None:
        """The meeting requests for the scheduler, and where each organisation receives."""
        from models.sample.requests import BASES, REQUESTS
        from models.scheduler.requests import VENUE_ANY, VENUE_HOST, MeetingRequest, Priority

        store = self.desk.store
        for org_key, venue_key in BASES.items():
            store.set_organisation_base(self.orgs[org_key], self.venues[venue_key].id)

        def when(text: str) -> datetime | None:
            if not text:
                return None
            day, clock = text.split()
            return at(int(day), clock)

        requests = []
        for r in REQUESTS:
            person = "." in r.target
            venue = self.venues[r.venue] if r.venue not in ("", "any") else None
            requests.append(
                MeetingRequest(
                    requester_id=self.orgs[r.requester],
                    target_org_id=None if person else self.orgs[r.target],
                    target_person_id=self.people[r.target] if person else None,
                    priority=Priority(r.priority),
                    duration_minutes=r.duration,
                    interpreter=r.interpreter if r.priority != "no" else "",
                    venue_id=venue.id if venue is not None else None,
                    venue_rule="named" if venue else VENUE_ANY if r.venue == "any" else VENUE_HOST,
                    not_before=when(r.not_before),
                    not_after=when(r.not_after),
                    attendee_ids=tuple(self.people[k] for k in r.attendees),
                    notes=r.notes,
                )
            )
        store.insert_meeting_requests(requests)

    # -- the programme -----------------------------------------------------------------

    def _delegations(self) -> None:
        specs = people_specs()
        country = {o.key: o.country for o in ORGANISATIONS}
        resident = {"embassy", "jccii", "interpreters", "security", "cars"}
        japanese = [self.people[p.key] for p in specs
                    if country[p.org] == "JP" and p.org not in resident]  # fmt: skip
        indian = [self.people[p.key] for p in specs
                  if country[p.org] == "IN" and p.org not in resident]  # fmt: skip
        self.desk.save_delegation(
            Delegation(
                name="Japanese public–private delegation",
                home_timezone="Asia/Tokyo",
                head_id=self.people["mof.0"],
                member_ids=tuple(japanese),
                notes="Government officials, battery makers, carmakers and investors from Japan.",
            )
        )
        self.desk.save_delegation(
            Delegation(
                name="Indian government and industry delegation",
                home_timezone="Asia/Kolkata",
                head_id=self.people["mhi.0"],
                member_ids=tuple(indian),
                notes="Ministries, conglomerates, EV makers, battery firms and "
                "recyclers from India.",
            )
        )

    def _conference(self) -> None:
        roles: dict[str, Role] = dict(spec.CONFERENCE_STAFF)
        for _, _, _, speaker, _ in spec.CONFERENCE_AGENDA:
            if speaker:
                roles.setdefault(speaker, Role.SPEAKER)
        for panellist in spec.PANELLISTS:
            roles.setdefault(panellist, Role.SPEAKER)
        service = {"interpreters", "security", "cars"}
        for p in people_specs():
            if p.org not in service and p.key.endswith((".0", ".1")):
                roles.setdefault(p.key, Role.ATTENDEE)
        participations = tuple(
            Participation(person_id=self.people[key], role=role,
                          reply=Reply.TENTATIVE if n % 19 == 7 else Reply.ACCEPTED)
            for n, (key, role) in enumerate(roles.items())
        )  # fmt: skip
        agenda = tuple(
            AgendaItem(starts_at=at(1, start), ends_at=at(1, end), title=title,
                       speaker_id=self.people[speaker] if speaker else None, speaker_note=note)
            for start, end, title, speaker, note in spec.CONFERENCE_AGENDA
        )  # fmt: skip
        self._save(
            Event(
                title="India–Japan Conference on the Battery and Critical-Mineral Ecosystem",
                kind=EventKind.CONFERENCE,
                starts_at=at(1, "09:30"),
                ends_at=at(1, "13:30"),
                timezone=DELHI,
                venue_id=self.venues["embassy"].id,
                room_id=self._room("embassy", "Auditorium"),
                classification=spec.RESTRICTED,
                status=EventStatus.CONFIRMED,
                objectives="EV manufacturing, cell production, mineral processing, recycling, "
                "rare-earth magnets, recycling of catalytic converters and hydrogen fuel cells: "
                "where Japanese technology and capital meet Indian manufacturing.",
                organiser_id=self.people["jetro.4"],
                host_organisation_ids=self._hosts(("mof", "meti", "jetro")),
                notes="By invitation. Simultaneous interpretation Japanese–English.",
                agenda=agenda,
                participations=participations,
            )
        )

    def _meeting(self, m: spec.MeetingSpec) -> None:
        participations = [
            Participation(person_id=self.people[key], role=Role.CHAIR if n == 0 else Role.ATTENDEE,
                          reply=Reply.TENTATIVE if m.tentative else Reply.ACCEPTED)
            for n, key in enumerate(m.people)
        ]  # fmt: skip
        if m.interpreter:
            participations.append(
                Participation(
                    person_id=self.people[m.interpreter],
                    role=Role.INTERPRETER,
                    reply=Reply.ACCEPTED,
                )
            )
        self._save(
            Event(
                title=m.title,
                kind=m.kind,
                starts_at=at(m.day, m.start),
                ends_at=at(m.day, m.end),
                timezone=DELHI,
                venue_id=self.venues[m.venue].id,
                room_id=self._room(m.venue, m.room),
                classification=m.classification,
                status=EventStatus.TENTATIVE if m.tentative else EventStatus.CONFIRMED,
                objectives=m.objectives,
                organiser_id=self.people["jetro.4"],
                host_organisation_ids=self._hosts(m.hosts),
                participations=tuple(participations),
            )
        )

    def _reception(self) -> None:
        roles: dict[str, Role] = {
            "embassy.0": Role.CHAIR,
            "embassy.5": Role.LIAISON,
            "embassy.4": Role.SECURITY,
            "security.0": Role.SECURITY,
        }
        service = {"interpreters", "security", "cars"}
        for p in people_specs():
            if p.org not in service and (p.key.endswith(".0") or p.org in {"embassy", "meti"}):
                roles.setdefault(p.key, Role.ATTENDEE)
        replies = (Reply.ACCEPTED,) * 6 + (Reply.NEEDS_ACTION, Reply.TENTATIVE, Reply.ACCEPTED)
        participations = tuple(
            Participation(person_id=self.people[key], role=role,
                          reply=Reply.DECLINED if n % 23 == 11 else replies[n % len(replies)])
            for n, (key, role) in enumerate(roles.items())
        )  # fmt: skip
        self._save(
            Event(
                title="Reception for the Japanese delegation",
                kind=EventKind.RECEPTION,
                starts_at=at(1, "19:30"),
                ends_at=at(1, "21:30"),
                timezone=DELHI,
                venue_id=self.venues["embassy"].id,
                room_id=self._room("embassy", "Reception Hall"),
                classification=spec.RESTRICTED,
                status=EventStatus.CONFIRMED,
                objectives="Informal exchange between the delegations and their Indian hosts.",
                organiser_id=self.people["jetro.4"],
                host_organisation_ids=self._hosts(("embassy",)),
                notes="Lounge suit. Vegetarian, Jain and halal food served.",
                participations=participations,
            )
        )

    def _site_visit(self) -> Event:
        person = self.people
        visitors = tuple(person[k] for k in spec.VISITORS)
        escort = tuple(person[k] for k in spec.ESCORT)
        coach, escort_car = (self.desk.person(person[k]) for k in spec.DRIVERS)
        leela = "The Leela Palace New Delhi, main porch"
        gate = "Lohum facility, Greater Noida: visitors' gate"
        legs = (
            TransportLeg(departs_at=at(2, "07:30"), arrives_at=at(2, "09:10"), origin=leela,
                         destination=gate, vehicle="Coach, 25 seats (sample plate DL 1V 0001)",
                         driver_contact=f"{coach.full_name}, {coach.phone}",
                         passenger_ids=visitors,
                         notes="Via the DND Flyway and the Noida–Greater Noida Expressway."),
            TransportLeg(departs_at=at(2, "07:30"), arrives_at=at(2, "09:10"), origin=leela,
                         destination=gate, vehicle="Escort car (sample plate DL 3C 0002)",
                         driver_contact=f"{escort_car.full_name}, {escort_car.phone}",
                         passenger_ids=escort, notes="Leads the coach."),
            TransportLeg(departs_at=at(2, "13:00"), arrives_at=at(2, "14:45"), origin=gate,
                         destination=leela, vehicle="Coach, 25 seats (sample plate DL 1V 0001)",
                         driver_contact=f"{coach.full_name}, {coach.phone}",
                         passenger_ids=visitors),
            TransportLeg(departs_at=at(2, "13:00"), arrives_at=at(2, "14:45"), origin=gate,
                         destination=leela, vehicle="Escort car (sample plate DL 3C 0002)",
                         driver_contact=f"{escort_car.full_name}, {escort_car.phone}",
                         passenger_ids=escort),
        )  # fmt: skip
        roles = {k: Role.ATTENDEE for k in spec.VISITORS}
        roles["meti.1"] = Role.CHAIR
        roles["interpreters.6"] = Role.INTERPRETER
        roles["investindia.3"] = Role.LIAISON
        roles["embassy.3"] = Role.LIAISON
        roles.update({k: Role.SECURITY for k in spec.ESCORT[1:]})
        roles.update({k: Role.DRIVER for k in spec.DRIVERS})
        roles.update({k: Role.ATTENDEE for k in spec.LOHUM_HOSTS})
        agenda = tuple(
            AgendaItem(starts_at=at(2, start), ends_at=at(2, end), title=title,
                       speaker_id=person[speaker] if speaker else None)
            for start, end, title, speaker in spec.SITE_VISIT_AGENDA
        )  # fmt: skip
        return self._save(
            Event(
                title="Site visit: Lohum's battery recycling and materials facility",
                kind=EventKind.SITE_VISIT,
                starts_at=at(2, "07:30"),
                ends_at=at(2, "14:45"),
                timezone=DELHI,
                venue_id=self.venues["lohum"].id,
                room_id=self._room("lohum", "Visitor Briefing Room"),
                classification=spec.RESTRICTED,
                status=EventStatus.CONFIRMED,
                objectives="See recycling and refining of battery materials at scale; prepare "
                "the joint-venture discussion in the evening.",
                organiser_id=person["jetro.4"],
                host_organisation_ids=self._hosts(("lohum", "jetro")),
                meeting_point="The Leela Palace New Delhi, main porch, at 07:15; the coach "
                "leaves at 07:30 sharp.",
                safety_notes=spec.SAFETY_NOTES,
                host_contact_id=person[spec.LOHUM_HOSTS[0]],
                notes="Passport or photo ID needed at the gate. About 1 h 40 min each way.",
                agenda=agenda,
                participations=tuple(
                    Participation(person_id=person[k], role=r, reply=Reply.ACCEPTED)
                    for k, r in roles.items()
                ),
                legs=legs,
            )
        )
