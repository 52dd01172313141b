"""Conversion between table rows and entities (the only place that knows columns)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

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
from models.timezones import from_storage, to_storage

Row = Mapping[str, Any]


def organisation_row(o: Organisation) -> dict[str, Any]:
    return {
        "id": o.id,
        "name": o.name,
        "country": o.country,
        "sector": o.sector,
        "kind": o.kind.value,
        "profile": o.profile,
        "website": o.website,
    }


def organisation_from(row: Row) -> Organisation:
    return Organisation(
        id=row["id"],
        name=row["name"],
        country=row["country"],
        sector=row["sector"],
        kind=OrgKind(row["kind"]),
        profile=row["profile"],
        website=row["website"],
        version=row["version"],
    )


def person_row(p: Person) -> dict[str, Any]:
    return {
        "id": p.id,
        "family_name": p.family_name,
        "given_name": p.given_name,
        "name_japanese": p.name_japanese,
        "honorific": p.honorific,
        "position": p.position,
        "organisation_id": p.organisation_id,
        "email": p.email,
        "phone": p.phone,
        "nationality": p.nationality,
        "languages": ",".join(p.languages),
        "dietary": p.dietary,
        "accessibility": p.accessibility,
        "notes": p.notes,
    }


PERSON_COLUMNS = tuple(person_row(Person(family_name="")).keys())
#: What :func:`person_from_tuple` reads: the written columns and the row version.
PERSON_READ_COLUMNS = (*PERSON_COLUMNS, "version")


def person_from(row: Row) -> Person:
    languages = row["languages"]
    return Person(
        id=row["id"],
        family_name=row["family_name"],
        given_name=row["given_name"],
        name_japanese=row["name_japanese"],
        honorific=row["honorific"],
        position=row["position"],
        organisation_id=row["organisation_id"],
        email=row["email"],
        phone=row["phone"],
        nationality=row["nationality"],
        languages=tuple(languages.split(",")) if languages else (),
        dietary=row["dietary"],
        accessibility=row["accessibility"],
        notes=row["notes"],
        version=row["version"],
    )


def person_from_tuple(values: tuple[Any, ...]) -> Person:
    """Fast path for bulk loads: ``values`` in :data:`PERSON_READ_COLUMNS` order."""
    (pid, family, given, japanese, honorific, position, org, email, phone, nationality,
     languages, dietary, accessibility, notes, version) = values  # fmt: skip
    return Person(
        id=pid,
        family_name=family,
        given_name=given,
        name_japanese=japanese,
        honorific=honorific,
        position=position,
        organisation_id=org,
        email=email,
        phone=phone,
        nationality=nationality,
        languages=tuple(languages.split(",")) if languages else (),
        dietary=dietary,
        accessibility=accessibility,
        notes=notes,
        version=version,
    )


def delegation_row(d: Delegation) -> dict[str, Any]:
    return {
        "id": d.id,
        "name": d.name,
        "home_timezone": d.home_timezone,
        "head_id": d.head_id,
        "notes": d.notes,
    }


def delegation_from(row: Row, member_ids: tuple[int, ...]) -> Delegation:
    return Delegation(
        id=row["id"],
        name=row["name"],
        home_timezone=row["home_timezone"],
        head_id=row["head_id"],
        member_ids=member_ids,
        notes=row["notes"],
        version=row["version"],
    )


def venue_row(v: Venue) -> dict[str, Any]:
    return {
        "id": v.id,
        "name": v.name,
        "address": v.address,
        "city": v.city,
        "region": v.region,
        "country": v.country,
        "timezone": v.timezone,
        "latitude": v.latitude,
        "longitude": v.longitude,
        "capacity": v.capacity,
        "access_notes": v.access_notes,
    }


def venue_from(row: Row, rooms: tuple[Room, ...]) -> Venue:
    return Venue(
        id=row["id"],
        name=row["name"],
        address=row["address"],
        city=row["city"],
        region=row["region"],
        country=row["country"],
        timezone=row["timezone"],
        latitude=row["latitude"],
        longitude=row["longitude"],
        capacity=row["capacity"],
        access_notes=row["access_notes"],
        rooms=rooms,
        version=row["version"],
    )


def room_from(row: Row) -> Room:
    return Room(id=row["id"], name=row["name"], capacity=row["capacity"], version=row["version"])


def event_row(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "uid": e.uid,
        "sequence": e.sequence,
        "title": e.title,
        "kind": e.kind.value,
        "starts_at": to_storage(e.starts_at),
        "ends_at": to_storage(e.ends_at),
        "timezone": e.timezone,
        "venue_id": e.venue_id,
        "room_id": e.room_id,
        "classification": e.classification.value,
        "status": e.status.value,
        "objectives": e.objectives,
        "organiser_id": e.organiser_id,
        "meeting_point": e.meeting_point,
        "safety_notes": e.safety_notes,
        "host_contact_id": e.host_contact_id,
        "notes": e.notes,
        "created_at": to_storage(e.created_at) if e.created_at else None,
        "updated_at": to_storage(e.updated_at) if e.updated_at else None,
    }


def event_from(
    row: Row,
    *,
    hosts: tuple[int, ...] = (),
    agenda: tuple[AgendaItem, ...] = (),
    participations: tuple[Participation, ...] = (),
    legs: tuple[TransportLeg, ...] = (),
) -> Event:
    return Event(
        id=row["id"],
        uid=row["uid"],
        sequence=row["sequence"],
        title=row["title"],
        kind=EventKind(row["kind"]),
        starts_at=from_storage(row["starts_at"]),
        ends_at=from_storage(row["ends_at"]),
        timezone=row["timezone"],
        venue_id=row["venue_id"],
        room_id=row["room_id"],
        classification=Classification(row["classification"]),
        status=EventStatus(row["status"]),
        objectives=row["objectives"],
        organiser_id=row["organiser_id"],
        host_organisation_ids=hosts,
        meeting_point=row["meeting_point"],
        safety_notes=row["safety_notes"],
        host_contact_id=row["host_contact_id"],
        notes=row["notes"],
        created_at=from_storage(row["created_at"]),
        updated_at=from_storage(row["updated_at"]),
        agenda=agenda,
        participations=participations,
        legs=legs,
        version=row["version"],
    )


def agenda_from(row: Row) -> AgendaItem:
    return AgendaItem(
        id=row["id"],
        starts_at=from_storage(row["starts_at"]),
        ends_at=from_storage(row["ends_at"]),
        title=row["title"],
        speaker_id=row["speaker_id"],
        speaker_note=row["speaker_note"],
    )


_ROLES = {r.value: r for r in Role}
_REPLIES = {r.value: r for r in Reply}


def participation_from(person_id: int, role: str, reply: str, comment: str = "") -> Participation:
    return Participation(
        person_id=person_id, role=_ROLES[role], reply=_REPLIES[reply], comment=comment
    )


def leg_from(row: Row, passengers: tuple[int, ...]) -> TransportLeg:
    return TransportLeg(
        id=row["id"],
        departs_at=from_storage(row["departs_at"]),
        arrives_at=from_storage(row["arrives_at"]),
        origin=row["origin"],
        destination=row["destination"],
        vehicle=row["vehicle"],
        driver_contact=row["driver_contact"],
        passenger_ids=passengers,
        notes=row["notes"],
    )
