"""VTIMEZONEs give the same offsets as the zone database, in a form Outlook reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import icalendar
import pytest
import vobject

from exports.calendar.zones import vtimezone
from models.timezones import zone_rules

#: Daylight-saving zones in both hemispheres, half-hour and 45-minute offsets,
#: Ireland's "negative" summer time, zones that dropped DST, and Morocco's
#: irregular changes around Ramadan.
ZONES = [
    "Europe/London", "America/New_York", "Australia/Sydney", "Australia/Lord_Howe",
    "Pacific/Chatham", "America/Santiago", "Europe/Dublin", "America/St_Johns",
    "Asia/Kolkata", "Asia/Tokyo", "Asia/Kathmandu", "America/Sao_Paulo", "Asia/Tehran",
    "Africa/Casablanca",
]  # fmt: skip


def _parsed(component: icalendar.Timezone) -> icalendar.Timezone:
    data = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
    data += component.to_ical() + b"END:VCALENDAR\r\n"
    [parsed] = icalendar.Calendar.from_ical(data).walk("VTIMEZONE")
    return parsed


@pytest.mark.parametrize("name", ZONES)
def test_offsets_match_the_zone_database_hour_by_hour(name: str) -> None:
    tz = _parsed(vtimezone(name, 2026, 2027)).to_tz(lookup_tzid=False)
    zone = zone_rules(name)  # the declared source (tzdata), not the system's
    start = datetime(2026, 1, 1, tzinfo=UTC)
    wrong = [
        instant
        for instant in (start + timedelta(hours=h) for h in range(2 * 365 * 24))
        if instant.astimezone(tz).utcoffset() != instant.astimezone(zone).utcoffset()
    ]
    assert wrong == []


@pytest.mark.parametrize("name", ["Europe/London", "America/New_York", "Australia/Sydney"])
def test_regular_daylight_saving_is_a_yearly_rule_not_a_date_list(name: str) -> None:
    text = vtimezone(name, 2026, 2027).to_ical().decode()
    assert text.count("RRULE:FREQ=YEARLY;BYDAY=") == 2
    assert "RDATE" not in text
    assert "BEGIN:DAYLIGHT" in text and "BEGIN:STANDARD" in text


def test_a_zone_without_changes_has_one_observance() -> None:
    text = vtimezone("Asia/Kolkata", 2026, 2027).to_ical().decode()
    assert text.count("BEGIN:STANDARD") == 1
    assert "TZOFFSETFROM:+0530" in text and "TZOFFSETTO:+0530" in text and "TZNAME:IST" in text


def test_vobject_reads_summer_time_in_london() -> None:
    component = vtimezone("Europe/London", 2026, 2027)
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n" + component.to_ical()
        + b"BEGIN:VEVENT\r\nUID:1@example.org\r\nDTSTAMP:20261130T120000Z\r\n"
        b"DTSTART;TZID=Europe/London:20270710T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )  # fmt: skip
    start = vobject.readOne(data.decode(), validate=True).vevent.dtstart.value
    assert start.astimezone(UTC) == datetime(2027, 7, 10, 9, tzinfo=UTC)
