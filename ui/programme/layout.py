"""Where each event goes on the timeline: plain arithmetic, no painting.

Events of one day are cut to that day (in the programme's main zone) and
parallel ones are put side by side: each cluster of events that overlap,
directly or through others, shares the column's width equally and every event
takes the first free lane, so no two blocks overlap.  Given the lanes of the
last layout, an event keeps its lane while that lane is still free: nudging a
block by five minutes never makes it (or its neighbours) jump sideways.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from models.entities import Event
from models.timezones import localize

#: The programme's main zone when no event says otherwise (the visit is in India).
DEFAULT_MAIN_ZONE = "Asia/Kolkata"
#: Moves made by dragging land on multiples of this many minutes.
SNAP_MINUTES = 5


class Placed(NamedTuple):
    """One event's block within one day: its minutes and its lane.

    A named tuple rather than a dataclass: cheaper to define as the window starts.
    """

    event: Event
    day_index: int  # which day column
    start_minute: float  # minutes after the day's midnight, clipped to the day
    end_minute: float
    lane: int
    lanes: int  # lanes in its cluster
    span: int = 1  # lanes it covers: widened into free lanes to its right


def main_zone(events: Iterable[Event], fallback: str = DEFAULT_MAIN_ZONE) -> str:
    """The zone most of ``events`` happen in (the programme's venue zone)."""
    return most_common((e.timezone for e in events if e.timezone), fallback)


def most_common(zones: Iterable[str], fallback: str = DEFAULT_MAIN_ZONE) -> str:
    """The zone named most often (the first of equals); ``fallback`` when there is none.

    Not ``Counter.most_common``, which imports ``heapq`` as the window starts.
    """
    counts = Counter(zones)
    return max(counts, key=counts.__getitem__) if counts else fallback


def day_bounds(day: date, zone_name: str) -> tuple[datetime, datetime]:
    """The instants at which ``day`` begins and ends in ``zone_name``."""
    start = localize(datetime.combine(day, time()), zone_name)
    end = localize(datetime.combine(day + timedelta(days=1), time()), zone_name)
    return start, end


def minutes_into_day(instant: datetime, day: date, zone_name: str) -> float:
    start, _ = day_bounds(day, zone_name)
    return (instant - start).total_seconds() / 60


def place(
    events: Sequence[Event],
    days: Sequence[date],
    zone_name: str,
    previous: Mapping[tuple[int, int], int] | None = None,
) -> list[Placed]:
    """Blocks for ``events`` on each of ``days``; an event over midnight gets one per day.

    ``previous``: the lane each (event id, day index) had in the last layout (see
    :func:`lanes_of`); an event keeps it when it is free.
    """
    placed: list[Placed] = []
    for index, day in enumerate(days):
        start, end = day_bounds(day, zone_name)
        length = (end - start).total_seconds() / 60
        todays = [e for e in events if e.starts_at < end and e.ends_at > start]
        todays.sort(key=lambda e: (e.starts_at, -(e.ends_at - e.starts_at).total_seconds(), e.id))
        spans = [
            (
                max(0.0, (e.starts_at - start).total_seconds() / 60),
                min(length, (e.ends_at - start).total_seconds() / 60),
                e,
            )
            for e in todays
        ]
        placed.extend(_lanes(spans, index, previous or {}))
    return placed


def lanes_of(placed: Iterable[Placed]) -> dict[tuple[int, int], int]:
    """The lane of each (event id, day index): what :func:`place` is given next time."""
    return {(int(p.event.id or 0), p.day_index): p.lane for p in placed}


def _lanes(
    spans: list[tuple[float, float, Event]],
    day_index: int,
    previous: Mapping[tuple[int, int], int],
) -> list[Placed]:
    out: list[Placed] = []
    cluster: list[tuple[float, float, Event, int]] = []
    lane_ends: list[float] = []
    cluster_end = float("-inf")

    def flush() -> None:
        # lanes nobody took (kept free for an event that kept its lane elsewhere) go
        used = sorted({c[3] for c in cluster})
        if used != list(range(len(used))):
            renumber = {lane: n for n, lane in enumerate(used)}
            cluster[:] = [(a, b, e, renumber[lane]) for a, b, e, lane in cluster]
        lanes = max((c[3] for c in cluster), default=-1) + 1
        for a, b, e, lane in cluster:
            # the widening pass of desktop calendars: a block grows into the lanes to
            # its right that nothing uses while it lasts
            span = 1
            while lane + span < lanes and not any(
                other == lane + span and a2 < b and b2 > a for a2, b2, _, other in cluster
            ):
                span += 1
            out.append(Placed(e, day_index, a, b, lane, lanes, span))
        cluster.clear()
        lane_ends.clear()

    for a, b, event in spans:
        b = max(b, a + 1)  # a zero-length event still gets a sliver
        if a >= cluster_end:
            flush()
            cluster_end = float("-inf")
        lane = previous.get((int(event.id or 0), day_index), -1)
        if lane < 0 or (lane < len(lane_ends) and lane_ends[lane] > a):
            lane = next((i for i, end in enumerate(lane_ends) if end <= a), len(lane_ends))
        while lane >= len(lane_ends):
            lane_ends.append(float("-inf"))
        lane_ends[lane] = b
        cluster.append((a, b, event, lane))
        cluster_end = max(cluster_end, b)
    flush()
    return out


def snap(minutes: float, step: int = SNAP_MINUTES) -> int:
    """``minutes`` rounded to the nearest multiple of ``step``."""
    return round(minutes / step) * step


def hour_range(placed: Sequence[Placed], default: tuple[int, int] = (8, 19)) -> tuple[int, int]:
    """Hours of the day worth showing: the working day, widened to fit every block."""
    first, last = default
    for p in placed:
        first = min(first, int(p.start_minute // 60))
        last = max(last, int(-(-p.end_minute // 60)))
    return max(0, first), min(24, max(last, first + 1))
