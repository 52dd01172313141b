"""Dates and names written the way each interface language expects (no Qt).

English: ``Tue 1 Dec 2026 10:00`` and given name first.  Japanese:
``2026年12月1日(火) 10:00`` and the family name first (``田中 愛子``, or
``Tanaka Aiko`` where no Japanese form is known).  The window and printed
documents both use these, so a briefing pack and the screen agree.
"""

from __future__ import annotations

from datetime import date, datetime

LANGUAGES = ("en", "ja")
_WEEKDAYS_JA = "月火水木金土日"
_WEEKDAYS_EN = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
              "Dec")  # fmt: skip


def long_date(day: date, language: str) -> str:
    """``2026年12月1日(火)`` or ``Tue 1 Dec 2026``."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日({_WEEKDAYS_JA[day.weekday()]})"
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


def short_date(day: date, language: str) -> str:
    """``12月1日(火)`` or ``Tue 1 Dec``: a day within a programme everyone knows the year of."""
    if language == "ja":
        return f"{day.month}月{day.day}日({_WEEKDAYS_JA[day.weekday()]})"
    return f"{_WEEKDAYS_EN[day.weekday()]} {day.day} {_MONTHS_EN[day.month - 1]}"


def date_time(moment: datetime, language: str) -> str:
    """``2026年12月1日(火) 10:00`` or ``Tue 1 Dec 2026 10:00`` (the time as given, 24-hour)."""
    return f"{long_date(moment.date(), language)} {moment:%H:%M}"


def person_name(family: str, given: str, language: str, japanese: str = "") -> str:
    """A person's name in the order the language writes it.

    Japanese: the Japanese form when known (it is written family name first),
    else ``Family Given``.  English: ``Given Family``.
    """
    if language == "ja":
        if japanese.strip():
            return japanese.strip()
        return " ".join(part for part in (family.strip(), given.strip()) if part)
    return " ".join(part for part in (given.strip(), family.strip()) if part)


_ZONES_JA = {
    "Asia/Kolkata": "インド",
    "Asia/Calcutta": "インド",
    "Asia/Tokyo": "日本",
    "UTC": "UTC",
    "Asia/Singapore": "シンガポール",
    "Europe/London": "ロンドン",
    "America/New_York": "ニューヨーク",
    "America/Los_Angeles": "ロサンゼルス",
    "Europe/Berlin": "ベルリン",
    "Europe/Paris": "パリ",
    "Australia/Sydney": "シドニー",
}


def known_zone_name(zone: str, language: str) -> str:
    """The language's own name for the place of ``zone`` (``インド``), or ``""`` when it
    has none."""
    return _ZONES_JA.get(zone, "") if language == "ja" else ""


def zone_name(zone: str, language: str) -> str:
    """``India`` / ``インド``: the place a zone stands for, as the language names it."""
    from models.timezones import zone_label

    if language == "ja" and zone in _ZONES_JA:
        return _ZONES_JA[zone]
    return zone_label(zone)


def span(start: datetime, end: datetime, zone: str, language: str) -> str:
    """``Tue 1 Dec 2026, 10:00–11:30 IST`` / ``2026年12月1日(火) 10:00–11:30 IST``."""
    from models.timezones import abbreviation, format_span, in_zone

    if language != "ja":
        return format_span(start, end, zone)
    a, b = in_zone(start, zone), in_zone(end, zone)
    head = f"{long_date(a.date(), language)} {a:%H:%M}"
    if a.date() == b.date():
        return f"{head}–{b:%H:%M} {abbreviation(end, zone)}"
    return f"{head} – {short_date(b.date(), language)} {b:%H:%M} {abbreviation(end, zone)}"


def side_by_side(value: datetime, venue_zone: str, other_zone: str, language: str) -> str:
    """One instant in the venue's zone and another.

    ``12月1日(火) 10:00 IST（インド） · 13:30 JST（日本）`` in Japanese.
    """
    from models.timezones import abbreviation, format_side_by_side, in_zone

    if language != "ja":
        return format_side_by_side(value, venue_zone, other_zone)
    first = in_zone(value, venue_zone)
    text = (f"{short_date(first.date(), language)} {first:%H:%M} "
            f"{abbreviation(value, venue_zone)}（{zone_name(venue_zone, language)}）")  # fmt: skip
    if other_zone and other_zone != venue_zone:
        second = in_zone(value, other_zone)
        day = "" if second.date() == first.date() else short_date(second.date(), language) + " "
        text += (f" · {day}{second:%H:%M} {abbreviation(value, other_zone)}"
                 f"（{zone_name(other_zone, language)}）")  # fmt: skip
    return text
