"""Times in calendar entries: the venue's zone first, the home zone beside it."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from exports.calendar.builder import Builder
from models.clock import FixedClock
from models.entities import Programme
from models.timezones import format_side_by_side

ZONES = [
    "Asia/Kolkata", "Asia/Tokyo", "Europe/London", "America/New_York", "Asia/Kathmandu",
    "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "UTC", "Africa/Casablanca",
    "America/Sao_Paulo",
]  # fmt: skip
instants = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2037, 12, 31),
                        timezones=st.just(UTC))  # fmt: skip


@given(instants, st.sampled_from(ZONES), st.sampled_from(ZONES))
def test_entries_show_times_exactly_as_the_rest_of_the_app(
    instant: datetime, venue: str, home: str
) -> None:
    builder = Builder(Programme(), FixedClock(datetime(2026, 11, 30, tzinfo=UTC)))
    assert builder.side_by_side(instant, venue, [home]) == format_side_by_side(instant, venue, home)
    assert builder.side_by_side(instant, venue, []) == format_side_by_side(instant, venue, venue)


def test_two_home_zones_are_both_shown() -> None:
    builder = Builder(Programme(), FixedClock(datetime(2026, 11, 30, tzinfo=UTC)))
    instant = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)  # 10:00 in New Delhi
    assert builder.side_by_side(instant, "Europe/London", ["Asia/Kolkata", "Asia/Tokyo"]) == (
        "Tue 1 Dec 04:30 GMT (London) · 10:00 IST (India) · 13:30 JST (Japan)"
    )
