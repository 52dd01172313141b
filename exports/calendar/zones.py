"""VTIMEZONE components that every calendar client reads the same way.

icalendar generates a zone's history as a long list of RDATEs.  Outlook for
Windows does not apply RDATEs in a VTIMEZONE, so a meeting in a zone with
daylight saving time lands an hour off for half the year.  Where the zone's
rule is regular over the years the export covers ("last Sunday of March at
01:00 UTC"), this module writes it as a yearly RRULE, the form Outlook,
Google and Apple themselves write; otherwise (Morocco's changes around
Ramadan) it lists each change of those years as an RDATE, computed here from
zoneinfo (icalendar's own list misses some of Morocco's changes).  Zones
without changes get one STANDARD observance.  Results are cached per zone
and span of years.

The rules come from one declared source, the ``tzdata`` package the project
depends on (:func:`models.timezones.zone_rules`), the same rules DTSTART and
DTEND are computed with — never the system's zone data, which may be older
(a reader with other rules places an event an hour off where they differ).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from models.timezones import zone_rules

if TYPE_CHECKING:
    import icalendar

_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


@dataclass(frozen=True, slots=True)
class _Change:
    at: datetime  # the instant, UTC
    before: timedelta  # UTC offset before
    after: timedelta  # UTC offset after
    name: str  # abbreviation after

    @property
    def local(self) -> datetime:
        """Wall-clock time of the change, as read before it (VTIMEZONE's DTSTART)."""
        return (self.at + self.before).replace(tzinfo=None)


def _offset(zone: ZoneInfo, instant: datetime) -> timedelta:
    return instant.astimezone(zone).utcoffset() or timedelta(0)


def _changes(zone: ZoneInfo, first_year: int, last_year: int) -> list[_Change]:
    """Every change of UTC offset from 1 January of ``first_year`` to the end of ``last_year``."""
    found: list[_Change] = []
    instant = datetime(first_year, 1, 1, tzinfo=UTC)
    end = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    current = _offset(zone, instant)
    day = timedelta(days=1)
    while instant < end:
        following = instant + day
        offset = _offset(zone, following)
        if offset != current:
            low, high = int(instant.timestamp()), int(following.timestamp())
            while high - low > 1:  # the first second with the new offset
                middle = (low + high) // 2
                if _offset(zone, datetime.fromtimestamp(middle, UTC)) == current:
                    low = middle
                else:
                    high = middle
            at = datetime.fromtimestamp(high, UTC)
            found.append(_Change(at, current, offset, at.astimezone(zone).tzname() or ""))
            current = offset
        instant = following
    return found


def _yearly_rule(changes: list[_Change], years: range) -> str | None:
    """``FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU`` when all changes follow one rule, once a year."""
    if [c.local.year for c in changes] != list(years):
        return None
    locals_ = [c.local for c in changes]
    if len({(t.month, t.weekday(), t.time()) for t in locals_}) != 1:
        return None
    first = locals_[0]
    weekday = _WEEKDAYS[first.weekday()]
    if all(t.day + 7 > calendar.monthrange(t.year, t.month)[1] for t in locals_):
        return f"FREQ=YEARLY;BYMONTH={first.month};BYDAY=-1{weekday}"
    weeks = {(t.day - 1) // 7 + 1 for t in locals_}
    if len(weeks) == 1:
        return f"FREQ=YEARLY;BYMONTH={first.month};BYDAY={weeks.pop()}{weekday}"
    return None


def _offset_text(offset: timedelta) -> str:
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


@lru_cache(maxsize=128)
def vtimezone(name: str, first_year: int, last_year: int) -> icalendar.Timezone:
    """The VTIMEZONE of IANA zone ``name``, right for every instant of the years given."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

    zone = zone_rules(name)
    # Start a year early so that the first observance begins before any event.
    years = range(first_year - 1, last_year + 2)
    changes = _changes(zone, years[0], years[-1])
    result = Timezone()
    result.add("tzid", name)
    if not changes:
        instant = datetime(first_year, 7, 1, tzinfo=UTC)
        offset = _offset(zone, instant)
        standard = TimezoneStandard()
        standard.add("dtstart", datetime(1970, 1, 1))
        standard.add("tzoffsetfrom", offset)
        standard.add("tzoffsetto", offset)
        standard.add("tzname", instant.astimezone(zone).tzname() or _offset_text(offset))
        result.add_component(standard)
        return result
    kinds: dict[tuple[timedelta, timedelta], list[_Change]] = {}
    for change in changes:
        kinds.setdefault((change.before, change.after), []).append(change)
    rules = {kind: _yearly_rule(group, years) for kind, group in kinds.items()}
    regular = len(kinds) == 2 and None not in rules.values()
    for (before, after), group in sorted(kinds.items(), key=lambda k: k[1][0].at):
        observance = TimezoneDaylight() if after > before else TimezoneStandard()
        observance.add("dtstart", group[0].local)
        rule = rules[(before, after)]
        if regular and rule:
            observance.add("rrule", vRecur.from_ical(rule))
        else:  # irregular (Morocco's Ramadan changes): every change listed
            for change in group[1:]:
                observance.add("rdate", change.local)
        observance.add("tzoffsetfrom", before)
        observance.add("tzoffsetto", after)
        observance.add("tzname", group[0].name or _offset_text(after))
        result.add_component(observance)
    return result
