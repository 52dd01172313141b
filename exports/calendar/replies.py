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
from models.printable import printable
from models.replies import ReceivedReply
from models.validation import FIRST_YEAR, LAST_YEAR, in_supported_years

#: Reply files are small; anything bigger is not a reply.
MAX_REPLY_BYTES = 5_000_000
#: A reply's COMMENT is kept to this many characters (it is shown beside the answer).
MAX_COMMENT = 500


class _Malformed(Exception):
    pass


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
            f"its DTSTAMP ({stamp.year:04d}-{stamp.month:02d}-{stamp.day:02d}) is outside the "
            f"years {FIRST_YEAR}–{LAST_YEAR}."
        )
    return stamp


def parse_reply(data: bytes, source: str) -> list[ReceivedReply]:
    """The replies in one file; raises ``ImportRefused`` naming ``source`` when
    the file is not a readable METHOD:REPLY calendar."""
    try:
        return _parse(data, source)
    except _Malformed as exc:
        raise ImportRefused(printable(f"{source} is not a calendar reply: {exc}")) from None


def _parse(data: bytes, source: str) -> list[ReceivedReply]:
    from icalendar import Calendar

    try:
        calendars = Calendar.from_ical(data, multiple=True)
    except (ValueError, KeyError, IndexError, TypeError, UnicodeDecodeError) as exc:
        raise _Malformed(f"it cannot be read as iCalendar ({exc}).") from None
    if not calendars:
        raise _Malformed("it holds no calendar.")
    found: list[ReceivedReply] = []
    for cal in calendars:
        if cal.name != "VCALENDAR":
            raise _Malformed(f"it holds a {cal.name} instead of a VCALENDAR.")
        method = str(cal.get("METHOD", "")).upper()
        if method != "REPLY":
            raise _Malformed(f"its METHOD is {method or 'missing'}, not REPLY.")
        for component in cal.walk("VEVENT"):
            errors = getattr(component, "errors", None)
            if errors:
                raise _Malformed(f"it has damaged properties ({errors[0]}).")
            uid = printable(str(component.get("UID", ""))).strip()
            if not uid:
                raise _Malformed("an entry has no UID.")
            try:
                sequence = int(component.get("SEQUENCE", 0))
            except (TypeError, ValueError):
                raise _Malformed("its SEQUENCE is not a number.") from None
            attendees = component.get("ATTENDEE")
            if attendees is None:
                raise _Malformed("an entry names no attendee.")
            if not isinstance(attendees, list):
                attendees = [attendees]
            stamp = _stamp(component.get("DTSTAMP"))
            comment = _comment(component.get("COMMENT"))
            for attendee in attendees:
                email = printable(_address(attendee))
                partstat = printable(str(getattr(attendee, "params", {}).get("PARTSTAT", "")))
                partstat = partstat.upper()
                if not email or "@" not in email:
                    raise _Malformed(f"the attendee {str(attendee)!r} has no e-mail address.")
                if not partstat:
                    raise _Malformed(f"{email} gives no answer (PARTSTAT).")
                found.append(ReceivedReply(source=source, uid=uid, sequence=sequence,
                                           email=email, partstat=partstat,
                                           reply=REPLY_OF.get(partstat), stamp=stamp,
                                           comment=comment))  # fmt: skip
    if not found:
        raise _Malformed("it holds no reply to an event.")
    return found


def read_reply_files(paths: Iterable[Path | str]) -> list[ReceivedReply]:
    """Every reply in the files; refuses the whole import if any file is bad."""
    replies: list[ReceivedReply] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        try:
            if path.stat().st_size > MAX_REPLY_BYTES:
                problems.append(f"{path.name}: too large to be a reply.")
                continue
            data = path.read_bytes()
        except OSError as exc:
            problems.append(f"{path}: cannot be read ({exc.strerror or exc}).")
            continue
        try:
            replies.extend(parse_reply(data, path.name))
        except ImportRefused as exc:
            problems.append(exc.user_message)
    if problems:
        raise ImportRefused("No reply was imported, because:", problems)
    return replies
