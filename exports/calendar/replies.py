"""Reading the replies attendees send back (iTIP METHOD:REPLY files).

:func:`read_reply_files` reads every file first and refuses the whole import,
naming each bad file, when any of them is not a readable reply; the caller
then hands the replies to :func:`models.replies.apply_replies`.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from exports.calendar.builder import REPLY_OF
from exports.calendar.text import clean_name
from models.errors import ImportRefused
from models.messages import Message
from models.os_reasons import os_reason
from models.printable import printable
from models.replies import ReceivedReply
from models.validation import FIRST_YEAR, LAST_YEAR, in_supported_years

#: Reply files are small; anything bigger is not a reply.
MAX_REPLY_BYTES = 5_000_000
#: A reply's COMMENT is kept to this many characters (it is shown beside the answer).
MAX_COMMENT = 500


class _Malformed(Exception):
    """Why a file is not a reply: a message (its values made printable as they are put in)."""

    def __init__(self, why: Message) -> None:
        super().__init__(why)
        self.why = why


def _address(value: Any) -> str:
    text = str(value).strip()
    if text[:7].casefold() == "mailto:":
        text = text[7:]
    return text.strip()


def _comment(value: Any) -> str:
    """COMMENT as one clean line: untrusted text, shown in tables and terminals."""
    if value is None:
        return ""
    parts = value if isinstance(value, list) else [value]
    text = clean_name(" ".join(str(p) for p in parts))
    return text if len(text) <= MAX_COMMENT else text[: MAX_COMMENT - 1] + "…"


def _stamp(value: Any) -> datetime | None:
    found = getattr(value, "dt", None)
    if isinstance(found, datetime):
        stamp = found if found.tzinfo is not None else found.replace(tzinfo=UTC)
    elif isinstance(found, date):
        stamp = datetime(found.year, found.month, found.day, tzinfo=UTC)
    else:
        return None
    if not in_supported_years(stamp):
        raise _Malformed(
            Message(
                "its DTSTAMP ({date}) is outside the years {first}–{last}.",
                date=f"{stamp.year:04d}-{stamp.month:02d}-{stamp.day:02d}",
                first=FIRST_YEAR,
                last=LAST_YEAR,
            )
        )
    return stamp


def parse_reply(data: bytes, source: str) -> list[ReceivedReply]:
    """The replies in one file; raises ``ImportRefused`` naming ``source`` when
    the file is not a readable METHOD:REPLY calendar."""
    try:
        return _parse(data, source)
    except _Malformed as exc:
        raise ImportRefused(
            Message(
                "{source} is not a calendar reply: {problem}",
                source=printable(source),
                problem=exc.why,
            )
        ) from None


def _parse(data: bytes, source: str) -> list[ReceivedReply]:
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError) as exc:
        raise _Malformed(
            Message("it cannot be read as iCalendar ({reason}).", reason=printable(str(exc)))
        ) from None
    if not calendars:
        raise _Malformed(Message("it holds no calendar."))
    found: list[ReceivedReply] = []
    for cal in calendars:
        if cal.name != "VCALENDAR":
            raise _Malformed(
                Message("it holds a {name} instead of a VCALENDAR.", name=printable(cal.name))
            )
        method = str(cal.get("METHOD", "")).upper()
        if method != "REPLY":
            raise _Malformed(
                Message("its METHOD is {method}, not REPLY.", method=printable(method))
                if method
                else Message("its METHOD is missing, not REPLY.")
            )
        for component in cal.walk("VEVENT"):
            errors = getattr(component, "errors", None)
            if errors:
                raise _Malformed(
                    Message("it has damaged properties ({error}).", error=printable(str(errors[0])))
                )
            uid = printable(str(component.get("UID", ""))).strip()
            if not uid:
                raise _Malformed(Message("an entry has no UID."))
            try:
                sequence = int(component.get("SEQUENCE", 0))
            except (TypeError, ValueError):
                raise _Malformed(Message("its SEQUENCE is not a number.")) from None
            attendees = component.get("ATTENDEE")
            if attendees is None:
                raise _Malformed(Message("an entry names no attendee."))
            if not isinstance(attendees, list):
                attendees = [attendees]
            stamp = _stamp(component.get("DTSTAMP"))
            comment = _comment(component.get("COMMENT"))
            for attendee in attendees:
                email = printable(_address(attendee))
                partstat = printable(str(getattr(attendee, "params", {}).get("PARTSTAT", "")))
                partstat = partstat.upper()
                if not email or "@" not in email:
                    raise _Malformed(
                        Message(
                            "the attendee {attendee} has no e-mail address.",
                            attendee=printable(repr(str(attendee))),
                        )
                    )
                if not partstat:
                    raise _Malformed(Message("{email} gives no answer (PARTSTAT).", email=email))
                found.append(ReceivedReply(source=source, uid=uid, sequence=sequence,
                                           email=email, partstat=partstat,
                                           reply=REPLY_OF.get(partstat), stamp=stamp,
                                           comment=comment))  # fmt: skip
    if not found:
        raise _Malformed(Message("it holds no reply to an event."))
    return found


def read_reply_files(paths: Iterable[Path | str]) -> list[ReceivedReply]:
    """Every reply in the files; refuses the whole import if any file is bad."""
    replies: list[ReceivedReply] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.stat().st_size > MAX_REPLY_BYTES:
                problems.append(
                    Message("{name}: too large to be a reply.", name=printable(path.name))
                )
                continue
            data = path.read_bytes()
        except OSError as exc:
            problems.append(
                Message(
                    "{path}: cannot be read ({reason}).",
                    path=printable(str(path)),
                    reason=os_reason(exc),
                )
            )
            continue
        try:
            replies.extend(parse_reply(data, path.name))
        except ImportRefused as exc:
            problems.append(exc.user_message)
    if problems:
        raise ImportRefused(Message("No reply was imported, because:"), problems)
    return replies
