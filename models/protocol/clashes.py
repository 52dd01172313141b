"""Vehicle clashes: a vehicle over its seats, a person in two vehicles on one leg."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Set

from models.clashes import Clash, ClashKind
from models.entities import Programme, TransportLeg
from models.message_values import Clock, Name
from models.messages import Message
from models.timezones import in_zone


def _leg_text(leg: TransportLeg, zone: str) -> str:
    local = in_zone(leg.departs_at, zone)
    return Message(
        "{origin} → {destination} ({when})",
        origin=leg.origin,
        destination=leg.destination,
        when=Clock(local, "", with_day=True),
    )


def vehicle_clashes(programme: Programme, live_event_ids: Set[int | None]) -> list[Clash]:
    """Clashes of the vehicles of events that are not cancelled."""
    book = programme.protocol
    if book is None or not book.vehicles:
        return []
    found: list[Clash] = []
    by_leg: dict[tuple[int, int], list[int]] = defaultdict(list)
    for n, vehicle in enumerate(book.vehicles):
        by_leg[(vehicle.event_id, vehicle.leg_id)].append(n)
    for (event_id, leg_id), indexes in sorted(by_leg.items()):
        event = programme.event(event_id)
        if event is None or event_id not in live_event_ids:
            continue
        leg = next((leg for leg in event.legs if leg.id == leg_id), None)
        if leg is None:
            continue
        where = Message(
            "{leg} for “{title}”", leg=_leg_text(leg, event.timezone), title=event.title
        )
        riders: dict[int, list[str]] = defaultdict(list)
        for n in indexes:
            vehicle = book.vehicles[n]
            for pid in vehicle.passenger_ids:
                riders[pid].append(vehicle.name)
            if len(vehicle.passenger_ids) > vehicle.seats:
                found.append(
                    Clash(
                        ClashKind.VEHICLE_SEATS,
                        Message(
                            "{vehicle} on {where} carries {count} passengers for {seats} seats.",
                            vehicle=vehicle.name,
                            where=where,
                            count=len(vehicle.passenger_ids),
                            seats=vehicle.seats,
                        ),
                        (event_id,),
                        tuple(vehicle.passenger_ids),
                        leg.departs_at,
                        leg.arrives_at,
                    )
                )
        for pid, names in sorted(riders.items()):
            if len(names) > 1:
                person = programme.person(pid)
                who: object = Message("person {id}", id=pid)
                if person is not None:
                    who = Name(person.full_name, person.family_name, person.given_name,
                               person.name_japanese)  # fmt: skip
                found.append(
                    Clash(
                        ClashKind.VEHICLE_TWICE,
                        Message(
                            "{who} is in {count} vehicles on {where}: {vehicles}.",
                            who=who,
                            count=len(names),
                            where=where,
                            vehicles=", ".join(names),
                        ),
                        (event_id,),
                        (pid,),
                        leg.departs_at,
                        leg.arrives_at,
                    )
                )
    return found
