"""Protocol data of the sample: the site visit's vehicles and a few gifts.

The visitors' coach is led by a sedan carrying the most senior guest with
their host (assigned by precedence); an escort car travels with them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from models.entities import Event, EventKind
from models.protocol.entities import Gift, GiftDirection, Vehicle
from models.protocol.service import ProtocolDesk
from models.services import Desk


def load_protocol(desk: Desk, people: dict[str, int], site_visit: Event) -> None:
    core = ProtocolDesk(desk)
    drivers = {k: desk.person(people[k]) for k in ("cars.0", "cars.1", "cars.2")}
    assert site_visit.id is not None
    for leg in site_visit.legs:
        assert leg.id is not None
        if leg.vehicle.startswith("Coach"):
            vehicles = [
                Vehicle(
                    kind="Sedan",
                    plate="DL 2C 0003",
                    seats=3,
                    driver=drivers["cars.2"].full_name,
                    driver_phone=drivers["cars.2"].phone,
                ),
                Vehicle(
                    kind="Coach",
                    plate="DL 1V 0001",
                    seats=25,
                    driver=drivers["cars.0"].full_name,
                    driver_phone=drivers["cars.0"].phone,
                ),
            ]
        else:
            vehicles = [
                Vehicle(
                    kind="Escort car",
                    plate="DL 3C 0002",
                    seats=3,
                    driver=drivers["cars.1"].full_name,
                    driver_phone=drivers["cars.1"].phone,
                    notes="Leads the motorcade.",
                )
            ]
        core.set_vehicles(site_visit.id, leg.id, vehicles)
        core.assign_passengers(site_visit.id, leg.id)
    reception = next(e for e in desk.events() if e.kind is EventKind.RECEPTION)
    assert reception.id is not None
    core.save_gift(
        Gift(
            event_id=reception.id,
            given_on=date(2026, 12, 1),
            direction=GiftDirection.GIVEN,
            giver="Japanese public–private delegation",
            recipient="Ministry of Heavy Industries",
            description="Arita porcelain vase in a paulownia box",
            value=Decimal("45000"),
            currency="JPY",
        )
    )
    core.save_gift(
        Gift(
            event_id=site_visit.id,
            given_on=date(2026, 12, 2),
            direction=GiftDirection.RECEIVED,
            giver="Lohum",
            recipient="Japanese public–private delegation",
            description="Plaque made of recycled aluminium",
            value=Decimal("8500"),
            currency="INR",
            notes="Kept by the Embassy of Japan.",
        )
    )
