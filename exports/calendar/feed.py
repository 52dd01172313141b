"""The programme as a calendar to subscribe to (METHOD:PUBLISH).

A feed carries no ATTENDEE and its descriptions carry no guest list, so it
can be shared with anyone who may see the programme; each entry names its
organiser (iTIP wants an ORGANIZER in PUBLISH) when they have an address.
Cancelled events stay in it with STATUS:CANCELLED, so subscribed calendars
strike them out instead of keeping a stale entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from exports.calendar.builder import (
    Builder,
    CancelCheck,
    InviteOptions,
    Progress,
    Steps,
    fingerprint,
)
from exports.calendar.changes import (
    FEED_CHANNEL,
    NOTHING_CHANGED,
    ExportLog,
    ExportResult,
    IcsDocument,
    is_news,
)
from exports.calendar.text import calendar_name, file_name
from models.clock import Clock
from models.entities import Classification, Event, Programme
from models.errors import NotFound, ValidationError
from models.messages import Message
from models.store.store import ExportRecord
from models.timezones import in_zone
from models.validation import within_supported_years


def select_events(
    programme: Programme,
    *,
    delegation_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    max_classification: Classification = Classification.CONFIDENTIAL,
) -> list[Event]:
    """Events of the programme, of one delegation's members, between two dates.

    ``start`` and ``end`` are calendar days, both included, read in each
    event's own venue zone (an event on 2 Dec in New Delhi is on 2 Dec).
    """
    if start is not None and end is not None and end < start:
        raise ValidationError([f"The end date {end} is before the start date {start}."])
    members: set[int] | None = None
    if delegation_id is not None:
        delegation = programme.delegation(delegation_id)
        if delegation is None:
            raise NotFound(
                f"There is no delegation with id {delegation_id}.", "delegations", delegation_id
            )
        members = set(delegation.member_ids)
    chosen = []
    for event in programme.events:
        if event.classification.rank > max_classification.rank:
            continue
        if members is not None and not (
            members.intersection(event.attendee_ids)
            or any(members.intersection(leg.passenger_ids) for leg in event.legs)
        ):
            continue
        if start is not None and in_zone(event.ends_at, event.timezone).date() < start:
            continue
        if end is not None and in_zone(event.starts_at, event.timezone).date() > end:
            continue
        chosen.append(event)
    return chosen


def programme_feed(
    programme: Programme,
    *,
    clock: Clock,
    delegation_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    max_classification: Classification = Classification.RESTRICTED,
    name: str = "",
    log: Iterable[ExportRecord] = (),
    changed_only: bool = False,
    options: InviteOptions | None = None,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> ExportResult:
    """One METHOD:PUBLISH calendar of the selected events (see :func:`select_events`).

    Confidential events are left out unless ``max_classification`` is
    :attr:`Classification.CONFIDENTIAL`: a feed is shared, and who meets whom
    behind closed doors is itself sensitive.

    ``name`` becomes X-WR-CALNAME (default: "Programme" or "Programme — <delegation>").
    With ``changed_only`` only events that are new, moved, edited or cancelled
    since the last feed of the same scope are included.
    """
    programme, skipped = within_supported_years(programme)
    events = select_events(programme, delegation_id=delegation_id, start=start, end=end,
                           max_classification=max_classification)  # fmt: skip
    builder = Builder(programme, clock, options)
    delegation = programme.delegation(delegation_id)
    scope = f"delegation {delegation_id}" if delegation is not None else "programme"
    if delegation is not None:
        zones: tuple[str, ...] = (delegation.home_timezone,)
        title = calendar_name(name) or f"Programme — {delegation.name}"
    else:
        zones = tuple(dict.fromkeys(d.home_timezone for d in programme.delegations))
        title = calendar_name(name) or "Programme"
    index = ExportLog(log)
    cal = builder.calendar("PUBLISH", title)
    # Subscribed calendars (Apple, Outlook, Thunderbird) look for changes hourly.
    cal.add("refresh-interval", timedelta(hours=1), parameters={"VALUE": "DURATION"})
    cal.add("x-published-ttl", "PT1H")
    used: set[str] = set()
    records: list[ExportRecord] = []
    steps = Steps(len(events), progress, cancel)
    for event in events:
        fp = fingerprint(event, with_guests=False)
        if changed_only and not _feed_news(index.feed(scope, event.uid), event, fp):
            steps.step()
            continue
        event_zones = tuple(z for z in zones if z != event.timezone)
        cal.add_component(builder.vevent(event, zones=event_zones, cancelled=event.is_cancelled,
                                         organizer=builder.has_organiser(event)))  # fmt: skip
        used.add(event.timezone)
        records.append(
            ExportRecord(
                exported_at=builder.stamp, channel=FEED_CHANNEL, event_id=event.id,
                event_uid=event.uid, person_id=None, recipient=scope,
                method="CANCEL" if event.is_cancelled else "PUBLISH",
                sequence=event.sequence, fingerprint=fp,
            )
        )  # fmt: skip
        steps.step()
    if not records:
        note = NOTHING_CHANGED if changed_only else Message("No events chosen.")
        return ExportResult(notes=(*skipped, note))
    base = "programme" if delegation is None else f"programme {delegation.name}"
    span = "".join(f" {d.isoformat()}" for d in (start, end) if d is not None)
    document = IcsDocument(
        name=file_name(base + span), method="PUBLISH", data=builder.finish(cal, used),
        summary=Message("{title}: {count} event(s)", title=title, count=len(records)),
    )  # fmt: skip
    return ExportResult((document,), tuple(records), tuple(skipped))


def _feed_news(last: ExportRecord | None, event: Event, fp: str) -> bool:
    if last is None:
        return True  # new to this feed (cancelled ones too: subscribers may have it)
    return is_news(last, event.sequence, fp, cancel=event.is_cancelled) or (
        not event.is_cancelled and last.method == "CANCEL"
    )
