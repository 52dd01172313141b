"""How long the road between two venues takes.

Without a coordinator's own figure the time is estimated from the venues'
coordinates: the great-circle distance, stretched by a road factor (streets
are not straight lines), at an average urban speed realistic for Delhi NCR
traffic, plus a buffer for leaving one building and getting through the door
of the next (security at embassies and ministries takes time).

A coordinator's figure for A → B (a :class:`~models.entities.TravelTime`)
always wins, and counts for B → A too unless B → A has a figure of its own.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from models.entities import TravelTime, Venue

#: Mean radius of the Earth in kilometres.
EARTH_RADIUS_KM = 6371.0088
#: Road distance divided by straight-line distance in a large Indian city.
ROAD_FACTOR = 1.4
#: Average door-to-door car speed across Delhi NCR in daytime traffic.
URBAN_SPEED_KMH = 22.0
#: Leaving one venue, parking and passing security at the next.
BUFFER_MINUTES = 10

#: Coordinator's figures keyed by (from venue id, to venue id), in minutes.
Overrides = Mapping[tuple[int, int], int]


def distance_km(a: Venue, b: Venue) -> float | None:
    """Great-circle (haversine) distance; ``None`` when a venue has no coordinates."""
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    lat1, lon1 = math.radians(a.latitude), math.radians(a.longitude)
    lat2, lon2 = math.radians(b.latitude), math.radians(b.longitude)
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def override_table(travel_times: Iterable[TravelTime]) -> dict[tuple[int, int], int]:
    """Coordinator's figures for both directions: A → B also serves B → A unless given."""
    given = {(t.from_venue_id, t.to_venue_id): t.minutes for t in travel_times}
    table = dict(given)
    for (a, b), minutes in given.items():
        table.setdefault((b, a), minutes)
    return table


def estimated_minutes(
    venue_a: Venue, venue_b: Venue, overrides: Overrides | Iterable[TravelTime] = ()
) -> int | None:
    """Minutes needed to get from ``venue_a`` to ``venue_b``.

    0 for the same venue; the coordinator's figure when there is one (either
    direction); otherwise the estimate from coordinates; ``None`` when neither
    is known.  ``overrides`` is a table from :func:`override_table` or the
    :class:`TravelTime` records themselves.
    """
    if venue_a.id is not None and venue_a.id == venue_b.id:
        return 0
    table = overrides if isinstance(overrides, Mapping) else override_table(overrides)
    if venue_a.id is not None and venue_b.id is not None:
        if (venue_a.id, venue_b.id) in table:
            return table[(venue_a.id, venue_b.id)]
        if (venue_b.id, venue_a.id) in table:
            return table[(venue_b.id, venue_a.id)]
    km = distance_km(venue_a, venue_b)
    if km is None:
        return None
    if km < 0.05:  # the same building under two names
        return 0
    road_minutes = km * ROAD_FACTOR / URBAN_SPEED_KMH * 60
    return math.ceil(road_minutes) + BUFFER_MINUTES
