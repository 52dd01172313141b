"""One person's itinerary: their events, and the transport legs they ride.

A METHOD:PUBLISH calendar for the person's own calendar: the organiser is
named, but no ATTENDEE and no guest list.  Each transport leg of a site visit the person rides
is an entry of its own, with a UID made of the leg's stored id and the event's
UID (never of times, places or names, which change).  Entries the person was
sent before (export log) and is no longer part of come back as
STATUS:CANCELLED with a higher SEQUENCE, so their calendar drops them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from exports.calendar.builder import (
    Builder,
    CancelCheck,
    InviteOptions,
    Progress,
    Steps,
    fingerprint,
)
from exports.calendar.changes import (
    ITINERARY_CHANNEL,
    ExportLog,
    ExportResult,
    IcsDocument,
    is_news,
    next_sequence,
    report_name,
)
from exports.calendar.text import file_name
from models.clock import Clock
from models.entities import Event, Programme, TransportLeg
from models.errors import NotFound
from models.messages import Message
from models.store.store import ExportRecord
from models.validation import within_supported_years

_Entry = tuple[Event, TransportLeg | None]


def person_itinerary(
    programme: Programme,
    person_id: int,
    *,
    clock: Clock,
    log: Iterable[ExportRecord] = (),
    changed_only: bool = False,
    options: InviteOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """The person's itinerary as one calendar file."""
    return itineraries(programme, [person_id], clock=clock, log=log, changed_only=changed_only,
                       options=options, progress=progress, cancel=cancel)  # fmt: skip


def itineraries(
    programme: Programme,
    person_ids: Sequence[int] | None = None,
    *,
    clock: Clock,
    log: Iterable[ExportRecord] = (),
    changed_only: bool = False,
    options: InviteOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """One itinerary file per person (everyone with an entry when ``person_ids`` is None).

    The programme is indexed once, so a delegation's itineraries cost no more
    than their entries.
    """
    programme, skipped = within_supported_years(programme)
    builder = Builder(programme, clock, options)
    everything: dict[str, _Entry] = {}
    entries: dict[int, dict[str, _Entry]] = {}
    for event in programme.events:
        everything[event.uid] = (event, None)
        for p in event.participations:
            entries.setdefault(p.person_id, {})[event.uid] = (event, None)
        for ride in event.legs:
            uid = builder.leg_uid(event, ride)
            everything[uid] = (event, ride)
            for passenger in ride.passenger_ids:
                entries.setdefault(passenger, {})[uid] = (event, ride)
    if person_ids is None:
        person_ids = [p.id for p in programme.people if p.id in entries]
    for person_id in person_ids:
        if person_id not in builder.people:
            raise NotFound(f"There is no person with id {person_id}.", "people", person_id)
    index = ExportLog(log)
    steps = Steps(len(person_ids), progress, cancel)
    documents: list[IcsDocument] = []
    records: list[ExportRecord] = []
    notes: list[str] = list(skipped)
    names: set[str] = set()
    for person_id in person_ids:
        made = _one(builder, person_id, entries.get(person_id, {}), everything,
                    index.itinerary(person_id), changed_only)  # fmt: skip
        if made is None:
            person = builder.people[person_id]
            if changed_only:
                notes.append(Message("Nothing changed in the itinerary of {name} since the "
                                     "last export.", name=report_name(person)))  # fmt: skip
            else:
                notes.append(Message("{name} has no events.", name=report_name(person)))
        else:
            document, lines = made
            if document.name in names:
                document = replace(document, name=f"{document.name[:-4]}-{person_id}.ics")
            names.add(document.name)
            documents.append(document)
            records.extend(lines)
        steps.step()
    return ExportResult(tuple(documents), tuple(records), tuple(notes))


def _one(
    builder: Builder,
    person_id: int,
    mine: dict[str, _Entry],
    everything: dict[str, _Entry],
    sent: dict[str, ExportRecord],
    changed_only: bool,
) -> tuple[IcsDocument, list[ExportRecord]] | None:
    person = builder.people[person_id]
    gone = {
        uid: everything[uid]
        for uid, last in sent.items()
        if uid not in mine and uid in everything and last.method != "CANCEL"
    }
    home = builder.home_zone.get(person_id)
    cal = builder.calendar("PUBLISH", f"Itinerary — {person.display_name or person.full_name}")
    used: set[str] = set()
    records: list[ExportRecord] = []
    listed: list[tuple[str, _Entry]] = [*mine.items(), *gone.items()]
    for uid, (event, leg) in listed:
        removed = uid in gone
        cancelled = removed or event.is_cancelled
        last = sent.get(uid)
        fp = fingerprint(event, with_guests=False)
        sequence = next_sequence(event.sequence, last, cancel=removed, fingerprint=fp)
        if changed_only and not is_news(last, sequence, fp, cancel=cancelled):
            continue
        zones = (home,) if home and home != event.timezone else ()
        if leg is None:
            item = builder.vevent(event, zones=zones, cancelled=cancelled, sequence=sequence,
                                  organizer=builder.has_organiser(event))  # fmt: skip
        else:
            item = builder.leg_vevent(event, leg, zones, cancelled=cancelled, sequence=sequence)
        cal.add_component(item)
        used.add(event.timezone)
        records.append(
            ExportRecord(
                exported_at=builder.stamp, channel=ITINERARY_CHANNEL, event_id=event.id,
                event_uid=uid, person_id=person_id, recipient=person.email,
                method="CANCEL" if cancelled else "PUBLISH", sequence=sequence, fingerprint=fp,
            )
        )  # fmt: skip
    if not records:
        return None
    name = file_name("itinerary", person.family_name, person.given_name)
    if name == "itinerary.ics":
        name = f"itinerary-person-{person_id}.ics"
    document = IcsDocument(
        name=name, method="PUBLISH", data=builder.finish(cal, used),
        summary=Message("Itinerary of {name}: {count} entry(ies)", name=report_name(person),
                        count=len(records)),
        person_id=person_id,
    )  # fmt: skip
    return document, records
