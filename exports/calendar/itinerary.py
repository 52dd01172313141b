"""One person's itinerary: their events, and the transport legs they ride.

A METHOD:PUBLISH calendar for the person's own calendar: no ORGANIZER, no
ATTENDEE, no guest list.  Each transport leg of a site visit the person rides
is an entry of its own, with a UID made of the leg's stored id and the event's
UID (never of times, places or names, which change).  Entries the person was
sent before (export log) and is no longer part of come back as
STATUS:CANCELLED with a higher SEQUENCE, so their calendar drops them.
"""

from __future__ import annotations

from collections.abc import Iterable

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
)
from exports.calendar.text import file_name
from models.clock import Clock
from models.entities import Event, Programme, TransportLeg
from models.errors import NotFound
from models.store.store import ExportRecord

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
    """The person's itinerary as one calendar file (entries in time order)."""
    builder = Builder(programme, clock, options)
    person = builder.people.get(person_id)
    if person is None:
        raise NotFound(f"There is no person with id {person_id}.")
    mine: dict[str, _Entry] = {}
    everything: dict[str, _Entry] = {}
    for event in programme.events:
        attending = event.participation(person_id) is not None
        everything[event.uid] = (event, None)
        if attending:
            mine[event.uid] = (event, None)
        for ride in event.legs:
            uid = builder.leg_uid(event, ride)
            everything[uid] = (event, ride)
            if person_id in ride.passenger_ids:
                mine[uid] = (event, ride)
    sent = ExportLog(log).itinerary(person_id)
    gone = {
        uid: everything[uid]
        for uid, last in sent.items()
        if uid not in mine and uid in everything and last.method != "CANCEL"
    }
    home = builder.home_zone.get(person_id)
    cal = builder.calendar("PUBLISH", f"Itinerary — {person.display_name or person.full_name}")
    used: set[str] = set()
    records: list[ExportRecord] = []
    steps = Steps(len(mine) + len(gone), progress, cancel)
    entries: list[tuple[str, _Entry]] = [*mine.items(), *gone.items()]
    for uid, (event, leg) in entries:
        removed = uid in gone
        cancelled = removed or event.is_cancelled
        last = sent.get(uid)
        sequence = next_sequence(event.sequence, last, cancel=removed)
        fp = fingerprint(event, with_guests=False)
        steps.step()
        if changed_only and not is_news(last, sequence, fp, cancel=cancelled):
            continue
        zones = (home,) if home and home != event.timezone else ()
        if leg is None:
            item = builder.vevent(event, zones=zones, cancelled=cancelled, sequence=sequence)
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
        note = "Nothing changed since the last export." if changed_only else (
            f"{person.full_name} has no events.")  # fmt: skip
        return ExportResult(notes=(note,))
    name = file_name("itinerary", person.family_name, person.given_name)
    if name == "itinerary.ics":
        name = f"itinerary-person-{person_id}.ics"
    document = IcsDocument(
        name=name, method="PUBLISH", data=builder.finish(cal, used),
        summary=f"Itinerary of {person.full_name}: {len(records)} entry(ies)",
        person_id=person_id,
    )  # fmt: skip
    return ExportResult((document,), tuple(records))
