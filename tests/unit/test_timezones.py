"""Time: stored unambiguously, read in the venue's zone, shown in two zones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.errors import ValidationError
from models.timezones import (
    abbreviation,
    format_side_by_side,
    format_span,
    from_storage,
    in_zone,
    is_valid_zone,
    iso_in_zone,
    localize,
    parse_local,
    to_storage,
)

KOLKATA = ZoneInfo("Asia/Kolkata")
TOKYO = ZoneInfo("Asia/Tokyo")
ZONES = [KOLKATA, TOKYO, ZoneInfo("Europe/Berlin"), ZoneInfo("America/New_York"), UTC]

aware_instants = st.datetimes(
    min_value=datetime(1971, 1, 1),
    max_value=datetime(2099, 12, 31),
    timezones=st.sampled_from(ZONES),
    allow_imaginary=False,
)
wall_clock = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


@given(aware_instants)
def test_storage_round_trip_keeps_the_instant(value: datetime) -> None:
    stored = to_storage(value)
    assert stored.endswith("Z")
    back = from_storage(stored)
    assert back.tzinfo is UTC
    # Compared in UTC: Python never calls an ambiguous wall time equal across zones.
    assert back == value.replace(microsecond=0).astimezone(UTC)
    assert in_zone(back, str(value.tzinfo)).replace(tzinfo=None) == value.replace(
        tzinfo=None, microsecond=0
    )


@given(wall_clock, st.sampled_from(["Asia/Kolkata", "Asia/Tokyo"]))
def test_typed_local_time_round_trips_in_india_and_japan(naive: datetime, zone: str) -> None:
    text = f"{naive:%Y-%m-%d %H:%M}"
    parsed = parse_local(text, zone)
    assert parsed.utcoffset() is not None
    assert in_zone(parsed, zone).replace(tzinfo=None) == naive
    assert from_storage(to_storage(parsed)) == parsed
    # The same instant written with its offset reads back the same, in any zone.
    assert parse_local(iso_in_zone(parsed, zone), "UTC") == parsed


@given(wall_clock)
def test_india_is_five_and_a_half_hours_ahead_of_utc(naive: datetime) -> None:
    parsed = parse_local(f"{naive:%Y-%m-%d %H:%M}", "Asia/Kolkata")
    assert parsed.utcoffset() == timedelta(hours=5, minutes=30)
    assert iso_in_zone(parsed, "Asia/Kolkata").endswith("+05:30")
    assert in_zone(parsed, "Asia/Tokyo").replace(tzinfo=None) == naive + timedelta(
        hours=3, minutes=30
    )


def test_ten_in_new_delhi_is_half_past_one_in_tokyo() -> None:
    ten = parse_local("2026-12-01 10:00", "Asia/Kolkata")
    assert to_storage(ten) == "2026-12-01T04:30:00Z"
    assert format_side_by_side(ten, "Asia/Kolkata", "Asia/Tokyo") == (
        "Tue 1 Dec 10:00 IST (India) · 13:30 JST (Japan)"
    )
    assert iso_in_zone(ten, "Asia/Tokyo") == "2026-12-01T13:30:00+09:00"


def test_the_other_zone_carries_its_own_day_when_it_differs() -> None:
    late = parse_local("2026-12-01 22:00", "Asia/Kolkata")
    assert format_side_by_side(late, "Asia/Kolkata", "Asia/Tokyo") == (
        "Tue 1 Dec 22:00 IST (India) · Wed 2 Dec 01:30 JST (Japan)"
    )


def test_spans_and_abbreviations() -> None:
    start = parse_local("2026-12-01 10:00", "Asia/Kolkata")
    assert format_span(start, start + timedelta(hours=1, minutes=30), "Asia/Kolkata") == (
        "Tue 1 Dec 2026, 10:00–11:30 IST"
    )
    assert abbreviation(start, "Asia/Tokyo") == "JST"


def test_a_typed_offset_wins_over_the_venue_zone() -> None:
    assert parse_local("2026-12-01T13:30+09:00", "Asia/Kolkata") == parse_local(
        "2026-12-01 10:00", "Asia/Kolkata"
    )
    assert parse_local("2026-12-01 04:30Z", "Asia/Tokyo") == datetime(
        2026, 12, 1, 4, 30, tzinfo=UTC
    )


@pytest.mark.parametrize(
    "call",
    [
        lambda naive: to_storage(naive),
        lambda naive: in_zone(naive, "Asia/Kolkata"),
        lambda naive: iso_in_zone(naive, "Asia/Tokyo"),
    ],
)
def test_naive_datetimes_are_refused(call) -> None:
    with pytest.raises(ValueError, match="naive"):
        call(datetime(2026, 12, 1, 10, 0))


def test_the_core_refuses_naive_times(desk) -> None:
    from models.entities import Event

    naive = datetime(2026, 12, 1, 10, 0)
    with pytest.raises(ValueError, match="naive"):
        desk.save_event(
            Event(title="Roundtable", starts_at=naive, ends_at=naive + timedelta(hours=1),
                  timezone="Asia/Kolkata")
        )  # fmt: skip
    assert desk.events() == []


def test_a_time_skipped_by_daylight_saving_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_local("2026-03-29 02:30", "Europe/Berlin", "start")
    assert caught.value.user_message == (
        "Start 2026-03-29 02:30 does not exist in Europe/Berlin (the clocks change then)."
    )
    with pytest.raises(ValidationError):
        localize(datetime(2026, 3, 29, 2, 30), "Europe/Berlin")


def test_the_hour_before_and_after_the_gap_is_fine() -> None:
    before = parse_local("2026-03-29 01:59", "Europe/Berlin")
    after = parse_local("2026-03-29 03:00", "Europe/Berlin")
    assert after.astimezone(UTC) - before.astimezone(UTC) == timedelta(minutes=1)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("tomorrow at ten", "is not a date and time like 2026-12-01 10:00"),
        ("2026-02-30 10:00", "is not a real date and time"),
        ("2026-12-01 25:00", "is not a real date and time"),
    ],
)
def test_unreadable_times_are_explained(text: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        parse_local(text, "Asia/Kolkata")


def test_abbreviations_are_not_zones() -> None:
    assert not is_valid_zone("IST")
    assert is_valid_zone("Asia/Kolkata")
    with pytest.raises(ValidationError, match="IST is India, Ireland and Israel"):
        parse_local("2026-12-01 10:00", "IST")


def test_fixed_offsets_are_accepted_as_aware() -> None:
    plus_0530 = datetime(2026, 12, 1, 10, 0, tzinfo=timezone(timedelta(hours=5, minutes=30)))
    assert to_storage(plus_0530) == "2026-12-01T04:30:00Z"
