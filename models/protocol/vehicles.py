"""Vehicles of a transport leg: passengers by precedence, seat counts, motorcade order.

:func:`assign` places a leg's passengers in its vehicles, in motorcade order:
the lead car carries the most senior guest with the most senior host; then
guests and hosts alternate by precedence, car after car, never beyond a car's
passenger seats.  Who cannot be placed is returned, never squeezed in.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from models.entities import Event, Programme
from models.protocol.entities import Side, Vehicle
from models.protocol.precedence import Precedence


@dataclass(frozen=True, slots=True)
class Assignment:
    vehicles: tuple[Vehicle, ...]
    left_over: tuple[int, ...]  # passengers for whom no seat was left


def assign(
    programme: Programme,
    event: Event,
    vehicles: Sequence[Vehicle],
    passenger_ids: Sequence[int],
) -> Assignment:
    """Fill ``vehicles`` (in motorcade order) with ``passenger_ids`` by precedence."""
    rules = Precedence(programme)
    ordered = sorted(vehicles, key=lambda v: (v.order, v.id or 0))
    guests: list[int] = []
    hosts: list[int] = []
    for pid in rules.order(passenger_ids):
        (hosts if rules.side(event, pid) is Side.HOST else guests).append(pid)
    queue: list[int] = []
    if guests:
        queue.append(guests.pop(0))
    if hosts:
        queue.append(hosts.pop(0))
    # After the lead pair, precedence alone decides (guests first within a rank).
    rest = sorted(
        [*guests, *hosts],
        key=lambda p: (rules.key(p)[0], rules.side(event, p) is Side.HOST, rules.key(p)),
    )
    queue += rest
    filled: list[Vehicle] = []
    position = 0
    for vehicle in ordered:
        room = max(0, vehicle.seats)
        taken = tuple(queue[position : position + room])
        position += len(taken)
        filled.append(replace(vehicle, passenger_ids=taken))
    return Assignment(tuple(filled), tuple(queue[position:]))


def over_seats(vehicle: Vehicle) -> bool:
    return len(vehicle.passenger_ids) > vehicle.seats


def motorcade(vehicles: Sequence[Vehicle]) -> list[Vehicle]:
    """Vehicles in the order they drive (lead first)."""
    return sorted(vehicles, key=lambda v: (v.order, v.id or 0))
