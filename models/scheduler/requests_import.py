"""Importing meeting requests in bulk: checks every row, then writes all or nothing.

The rules are the people import's: every problem is reported with its line
number; without ``skip_invalid`` nothing is written unless every row is
valid; the valid rows are written in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.entities import Programme
from models.errors import ImportRefused, ValidationError
from models.messages import Message
from models.org_names import near_duplicates
from models.scheduler.requests import (
    VENUE_ANY,
    VENUE_HOST,
    MeetingRequest,
    Priority,
    Settings,
    language_pair,
)
from models.services import Desk
from models.time_fields import NOT_AFTER, NOT_BEFORE
from models.timezones import parse_local

_LANGUAGES = {"japanese": "ja", "english": "en", "hindi": "hi", "日本語": "ja"}
_YES = {"yes", "y", "true", "1", "needed", "ja-en"}
_NO = {"", "no", "n", "false", "0", "none"}


@dataclass(frozen=True, slots=True)
class RequestRow:
    """One row as read: header field -> cell text."""

    line: int
    values: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PlannedRequest:
    line: int
    request: MeetingRequest | None
    problems: tuple[str, ...]


def _interpreter(text: str) -> str:
    low = text.strip().casefold()
    if low in _NO:
        return ""
    if low in _YES:
        return "ja-en"
    parts = [p.strip() for p in low.replace("–", "-").replace("/", "-").split("-")]
    codes = [_LANGUAGES.get(p, p) for p in parts]
    if len(codes) != 2 or not all(len(c) == 2 and c.isalpha() for c in codes):
        raise ValueError(text)
    pair = language_pair("-".join(codes))
    assert pair is not None
    return "-".join(pair)


def plan_requests(
    programme: Programme, rows: list[RequestRow], settings: Settings | None = None
) -> list[PlannedRequest]:
    zone = (settings or Settings()).timezone
    orgs = {o.name.casefold(): o for o in programme.organisations}
    people = {p.email.casefold(): p for p in programme.people if p.email}
    venues = {v.name.casefold(): v for v in programme.venues}
    known = [o.name for o in programme.organisations]

    def meant(given: str) -> str:
        """`` Did you mean “Ministry of Economy, Trade and Industry (METI)”?`` or ``""``."""
        if "@" in given:
            return ""
        similar = near_duplicates([given], known)
        return Message(" Did you mean “{name}”?", name=similar[0].known) if similar else ""

    planned = []
    for row in rows:
        v = row.values
        problems: list[str] = []
        requester = orgs.get(v.get("requester", "").casefold())
        if requester is None:
            given = v.get("requester", "")
            problems.append(
                Message("Requester “{given}” is not an organisation in the programme.{meant}",
                        given=given, meant=meant(given))
                if given
                else Message("The requester is missing.")
            )  # fmt: skip
        target_text = v.get("target", "")
        target_org = orgs.get(target_text.casefold())
        target_person = people.get(target_text.casefold()) if "@" in target_text else None
        if target_org is None and target_person is None:
            problems.append(
                Message("Target “{given}” is neither an organisation in the programme nor the "
                        "e-mail of a person in it.{meant}", given=target_text,
                        meant=meant(target_text))
                if target_text
                else Message("The target is missing.")
            )  # fmt: skip
        try:
            priority = Priority(v.get("priority", "").strip().casefold())
        except ValueError:
            priority = Priority.SHOULD
            problems.append(
                Message("Priority “{given}” is not one of must, should, could or no.",
                        given=v.get("priority", ""))
            )  # fmt: skip
        duration = 60
        text = v.get("duration", "").strip()
        if text:
            if text.isdigit() and 10 <= int(text) <= 600:
                duration = int(text)
            else:
                problems.append(
                    Message("Duration “{given}” is not a number of minutes between 10 and 600.",
                            given=text)
                )  # fmt: skip
        try:
            interpreter = _interpreter(v.get("interpreter", ""))
        except ValueError:
            interpreter = ""
            problems.append(
                Message("Interpreter “{given}” is not yes, no or a language pair such as ja-en.",
                        given=v.get("interpreter", ""))
            )  # fmt: skip
        venue_text = v.get("venue", "").strip()
        venue_id, rule, venue_zone = None, VENUE_HOST, zone
        if venue_text.casefold() in ("any", "anywhere"):
            rule = VENUE_ANY
        elif venue_text and venue_text.casefold() not in ("host", "the host's venue"):
            venue = venues.get(venue_text.casefold())
            if venue is None:
                problems.append(
                    Message("Venue “{given}” is not a venue in the programme.", given=venue_text)
                )
            else:
                venue_id, rule, venue_zone = venue.id, "named", venue.timezone
        times = {}
        for key, label in (("not_before", NOT_BEFORE), ("not_after", NOT_AFTER)):
            text = v.get(key, "").strip()
            if text:
                try:
                    times[key] = parse_local(text, venue_zone, label)
                except ValidationError as exc:
                    problems.extend(exc.problems)
        if (
            "not_before" in times
            and "not_after" in times
            and (times["not_after"] <= times["not_before"])
        ):
            problems.append(Message("“Not after” is not later than “Not before”."))
        attendees = []
        for email in (e.strip() for e in v.get("attendees", "").split(";")):
            if not email:
                continue
            found = people.get(email.casefold())
            if found is None or found.id is None:
                problems.append(
                    Message("Attendee “{given}” is not the e-mail of a person in the programme.",
                            given=email)
                )  # fmt: skip
            else:
                attendees.append(found.id)
        target_org_id = target_org.id if target_org is not None else None
        if requester is not None and target_org_id is not None and requester.id == target_org_id:
            problems.append(Message("An organisation cannot ask to meet itself."))
        request = None
        if not problems and requester is not None and requester.id is not None:
            request = MeetingRequest(
                requester_id=requester.id,
                target_org_id=target_org_id,
                target_person_id=target_person.id if target_person is not None else None,
                priority=priority,
                duration_minutes=duration,
                interpreter=interpreter,
                venue_id=venue_id,
                venue_rule=rule,
                not_before=times.get("not_before"),
                not_after=times.get("not_after"),
                attendee_ids=tuple(attendees),
                notes=v.get("notes", ""),
            )
        planned.append(PlannedRequest(row.line, request, tuple(problems)))
    return planned


def import_requests(
    desk: Desk, rows: list[RequestRow], *, skip_invalid: bool = False
) -> tuple[list[MeetingRequest], list[str]]:
    """Write the valid requests (all or nothing unless ``skip_invalid``).

    Returns the stored requests and the problems of skipped rows.
    """
    if not rows:
        raise ImportRefused(
            Message("There is nothing to import: the file has no rows of requests.")
        )
    planned = plan_requests(desk.programme(), rows)
    problems: list[str] = [Message("line {line}: {problem}", line=p.line, problem=text)
                           for p in planned for text in p.problems]  # fmt: skip
    bad = sum(1 for p in planned if p.problems)
    if bad and not skip_invalid:
        key = (
            "Nothing was imported: {bad} of {count} row has problems. Correct them, or import "
            "only the valid rows."
            if bad == 1
            else "Nothing was imported: {bad} of {count} rows have problems. Correct them, or "
            "import only the valid rows."
        )
        raise ImportRefused(Message(key, bad=bad, count=len(planned)), problems)
    valid = [p.request for p in planned if p.request is not None]
    return desk.store.insert_meeting_requests(valid), problems
