"""Time: aware datetimes end to end.

An instant is stored in UTC together with the IANA zone of the place where it
happens.  The core refuses naive datetimes; these helpers convert to and from
the storage form, read times typed in a venue's zone, and show one instant in
two zones side by side (10:00 in New Delhi is 13:30 in Tokyo).
"""

from __future__ import annotations

import os
import re
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import IO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from models.errors import ValidationError
from models.messages import Message
from models.patterns import lazy

#: Friendly names for the zones a delegation coordinator meets most.
_ZONE_LABELS = {
    "Asia/Kolkata": "India",
    "Asia/Calcutta": "India",
    "Asia/Tokyo": "Japan",
    "UTC": "UTC",
}

_STORAGE_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@lru_cache(maxsize=256)
def _zone(name: str) -> ZoneInfo:
    """The zone's rules from the ``tzdata`` package, whatever the system holds.

    One declared source of zone data for every time the app shows, stores and
    exports (VTIMEZONEs included): a machine with older rules, or none (Windows),
    reads the same times as any other.  Rules change often (Mexico abolished
    daylight saving time in 2022; Morocco's hours move with Ramadan each year),
    so the version is pinned by the project's dependency, not by the system.
    """
    parts = name.split("/")
    if not name or any(p in ("", ".", "..") for p in parts) or "\\" in name or ":" in name:
        raise ZoneInfoNotFoundError(name)
    try:
        with _tzdata_file(parts) as data:
            return ZoneInfo.from_file(data, key=name)
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError, ValueError) as exc:
        raise ZoneInfoNotFoundError(name) from exc


def _tzdata_file(parts: list[str]) -> IO[bytes]:
    """A zone's file in the ``tzdata`` package, opened for reading.

    Straight from the package's folder where it has one (an ordinary install):
    ``importlib.resources`` would cost the window's start a few milliseconds
    to import.  From wherever the package lives otherwise (a zip).
    """
    import tzdata

    folders = getattr(tzdata, "__path__", None) or []
    for folder in folders:
        base = os.path.join(folder, "zoneinfo")
        if os.path.isdir(base):
            return open(os.path.join(base, *parts), "rb")
    from importlib import resources

    return resources.files("tzdata.zoneinfo").joinpath(*parts).open("rb")


def zone_rules(name: str) -> ZoneInfo:
    """The rules of a zone known to be valid (stored or checked before), cached."""
    return _zone(name)


def zone_data_version() -> str:
    """The IANA release of the zone data in use, e.g. ``2025b``."""
    import tzdata

    return str(tzdata.IANA_VERSION)


def is_valid_zone(name: str) -> bool:
    """True when ``name`` is an IANA zone this machine knows (not an abbreviation)."""
    if not name or name != name.strip() or name.startswith("/") or ".." in name:
        return False
    try:
        _zone(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def zone(name: str) -> ZoneInfo:
    """The zone called ``name``; a clear error for abbreviations such as "IST"."""
    if not is_valid_zone(name):
        raise ValidationError([unknown_zone_message(name)])
    return _zone(name)


def unknown_zone_message(name: str) -> str:
    if name.upper() in {"IST", "JST", "CST", "EST", "BST", "PST"}:
        return Message(
            "Unknown time zone {zone!r} — abbreviations are ambiguous (IST is India, Ireland "
            "and Israel); use a name such as Asia/Kolkata or Asia/Tokyo.",
            zone=name,
        )
    return Message("Unknown time zone {zone!r}.", zone=name)


def common_zones() -> list[str]:
    """All IANA zone names, sorted, for pickers."""
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def require_aware(value: datetime, what: str = "time") -> datetime:
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise ValueError(f"{what} must be a timezone-aware datetime, got naive {value!r}")
    return value


def to_utc(value: datetime) -> datetime:
    return require_aware(value).astimezone(UTC)


def to_storage(value: datetime) -> str:
    """The unambiguous stored form: UTC, second precision, ``Z`` suffix."""
    utc = to_utc(value)
    # %Y does not pad years before 1000 on every platform: pad it here.
    return f"{utc.year:04d}" + utc.strftime(_STORAGE_FORMAT[2:])


_LOOSE_STORED = lazy(r"^(\d{1,4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)Z$")


def from_storage(text: str) -> datetime:
    # fromisoformat reads the trailing "Z" (Python 3.11+) and is ~10x faster
    # than strptime, which matters when a large programme is loaded.
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        # Earlier versions stored years before 1000 unpadded ("1-01-01T04:06:32Z").
        match = _LOOSE_STORED().match(text)
        if match is None:
            raise
        year, month, day, hour, minute, second = (int(part) for part in match.groups())
        return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def in_zone(value: datetime, zone_name: str) -> datetime:
    """``value`` in the zone; in UTC when the zone's time would fall outside year 1–9999
    (only a time at the very edge of the calendar, which the core refuses to store)."""
    try:
        return require_aware(value).astimezone(zone(zone_name))
    except OverflowError:
        return value.astimezone(UTC)


_TIME_TEXT = lazy(
    r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{1,2}:\d{2}(?::\d{2})?)\s*(Z|[+-]\d{2}:?\d{2})?\s*$"
)
#: A day typed the Japanese way (``2026年12月1日 10:00``, a weekday such as ``(火)``
#: allowed) or with slashes (``2026/12/1 10:00``).
_JAPANESE_DAY = lazy(
    r"^\s*(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|/(\d{1,2})/(\d{1,2}))"
    r"\s*(?:[(（]\s*[月火水木金土日]\s*[)）])?\s*(.*)$"
)
#: A time of day alone (``14:30``), read on a day known from elsewhere.
CLOCK_ONLY = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*$")
#: What a time field holds when its caller does not say.
TIME = Message("time")


def iso_typed(text: str) -> str:
    """``text`` with a day typed the Japanese way or with slashes rewritten as
    ``2026-12-01 …``; any other text unchanged."""
    match = _JAPANESE_DAY().match(text)
    if match is None:
        return text
    year, month, day, month2, day2, rest = match.groups()
    return f"{int(year):04d}-{int(month or month2):02d}-{int(day or day2):02d} {rest}".strip()


def _capitalized(what: str) -> object:
    """``what`` at the head of an English sentence (the message values are defined
    when a problem is first met, not at the window's start)."""
    from models.message_values import Capitalized

    return Capitalized(what)


def parse_local(text: str, zone_name: str, what: str = TIME) -> datetime:
    """Read a time typed by a person.

    ``2026-12-01 10:00`` (or ``2026年12月1日 10:00``, ``2026/12/1 10:00``) is read
    in ``zone_name`` (the venue's zone); ``2026-12-01T10:00+09:00`` or a trailing
    ``Z`` carries its own offset.  A local time that does not exist (skipped by a
    daylight-saving change) is refused rather than silently shifted.  ``what``
    names the field in the problems (``start``; a :class:`Message` is written in
    the window's language).
    """
    match = _TIME_TEXT().match(iso_typed(text))
    if not match:
        raise ValidationError([
            Message("{what} {text!r} is not a date and time like 2026-12-01 10:00.",
                    what=_capitalized(what), text=text)
        ])  # fmt: skip
    day_text, clock_text, offset_text = match.groups()
    try:
        day = date.fromisoformat(day_text)
        hour, minute, *rest = (int(p) for p in clock_text.split(":"))
        clock = time(hour, minute, rest[0] if rest else 0)
    except ValueError:
        raise ValidationError([
            Message("{what} {text!r} is not a real date and time.",
                    what=_capitalized(what), text=text)
        ]) from None  # fmt: skip
    if not 1970 <= day.year <= 2200:
        raise ValidationError([
            Message("{what} {text!r} is outside the years 1970–2200; check the year.",
                    what=_capitalized(what), text=text.strip())
        ])  # fmt: skip
    naive = datetime.combine(day, clock)
    if offset_text:
        stamp = f"{day_text}T{clock.isoformat()}{'+00:00' if offset_text == 'Z' else offset_text}"
        return datetime.fromisoformat(stamp)
    return localize(naive, zone_name, what)


def parse_on_day(text: str, zone_name: str, day: date | None, what: str = TIME) -> datetime:
    """A time typed in a field of an event on ``day``: a bare ``14:30`` is that day's,
    anything else is read by :func:`parse_local`."""
    match = CLOCK_ONLY.match(text)
    if match is None or day is None:
        return parse_local(text, zone_name, what)
    hour, minute = int(match.group(1)), int(match.group(2))
    if hour > 23 or minute > 59:
        raise ValidationError(
            [Message("{what} {text!r} is not a time of day.", what=_capitalized(what), text=text)]
        )
    return localize(datetime.combine(day, time(hour, minute)), zone_name, what)


def localize(naive: datetime, zone_name: str, what: str = TIME) -> datetime:
    """Attach ``zone_name`` to a wall-clock time, refusing times that do not exist."""
    if naive.tzinfo is not None:
        raise ValueError("localize() takes a naive wall-clock time")
    tz = zone(zone_name)
    aware = naive.replace(tzinfo=tz)
    round_trip = aware.astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    if round_trip != naive:
        from models.message_values import Typed, Zone

        raise ValidationError([
            Message("{what} {when} does not exist in {zone} (the clocks change then).",
                    what=_capitalized(what), when=Typed(naive), zone=Zone(zone_name))
        ])  # fmt: skip
    return aware


def zone_label(zone_name: str) -> str:
    """A short human label: "India", "Japan", or the city of the zone."""
    if zone_name in _ZONE_LABELS:
        return _ZONE_LABELS[zone_name]
    return zone_name.rsplit("/", 1)[-1].replace("_", " ")


def abbreviation(value: datetime, zone_name: str) -> str:
    """The zone's abbreviation at that instant ("IST", "JST"), or its UTC offset."""
    local = in_zone(value, zone_name)
    abbr = local.tzname() or ""
    if not abbr or abbr[0] in "+-":
        return format_offset(local.utcoffset() or timedelta(0))
    return abbr


def format_offset(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def format_side_by_side(value: datetime, venue_zone: str, other_zone: str) -> str:
    """``Tue 1 Dec 10:00 IST (India) · 13:30 JST (Japan)``.

    The second time carries its own day when it falls on another date.
    """
    first = in_zone(value, venue_zone)
    text = (
        f"{first:%a} {first.day} {first:%b} {first:%H:%M} "
        f"{abbreviation(value, venue_zone)} ({zone_label(venue_zone)})"
    )
    if other_zone and other_zone != venue_zone:
        second = in_zone(value, other_zone)
        day = "" if second.date() == first.date() else f"{second:%a} {second.day} {second:%b} "
        text += (
            f" · {day}{second:%H:%M} {abbreviation(value, other_zone)} ({zone_label(other_zone)})"
        )
    return text


def format_span(start: datetime, end: datetime, zone_name: str) -> str:
    """``Tue 1 Dec 2026, 10:00–11:30 IST`` in one zone."""
    a = in_zone(start, zone_name)
    b = in_zone(end, zone_name)
    head = f"{a:%a} {a.day} {a:%b %Y}, {a:%H:%M}"
    if a.date() == b.date():
        return f"{head}–{b:%H:%M} {abbreviation(end, zone_name)}"
    return f"{head} – {b:%a} {b.day} {b:%b} {b:%H:%M} {abbreviation(end, zone_name)}"


def iso_in_zone(value: datetime, zone_name: str) -> str:
    """ISO 8601 with the zone's offset, e.g. ``2026-12-01T10:00:00+05:30``."""
    return in_zone(value, zone_name).isoformat()
