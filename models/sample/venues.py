"""Venues of the sample programme: real places in Delhi NCR, approximate coordinates."""

from __future__ import annotations

from typing import NamedTuple

DELHI = "Asia/Kolkata"


class VenueSpec(NamedTuple):
    key: str
    name: str
    address: str
    city: str
    region: str
    latitude: float
    longitude: float
    capacity: int
    access_notes: str
    rooms: tuple[tuple[str, int], ...]  # (name, capacity)


VENUES: tuple[VenueSpec, ...] = (
    VenueSpec("embassy", "Embassy of Japan, New Delhi",
              "50-G Shantipath, Chanakyapuri, New Delhi 110021", "New Delhi", "Delhi",
              28.5975, 77.1860, 400,
              "Diplomatic premises: names submitted 48 hours ahead; photo ID at the gate; "
              "no bags into the auditorium. Cars drop off at Gate 2 on Shantipath.",
              (("Auditorium", 220), ("Conference Room A", 30), ("Conference Room B", 20),
               ("Reception Hall", 250))),
    VenueSpec("leela", "The Leela Palace New Delhi",
              "Diplomatic Enclave, Africa Avenue, Netaji Nagar, New Delhi 110023", "New Delhi",
              "Delhi", 28.5822, 77.1935, 600,
              "Hotel of the Japanese delegation. Business centre on level 1; boardrooms booked "
              "under the name of the Embassy of Japan.",
              (("Boardroom 1", 16), ("Boardroom 2", 12), ("Jade Room", 40))),
    VenueSpec("taj", "Taj Palace, New Delhi",
              "2 Sardar Patel Marg, Diplomatic Enclave, Chanakyapuri, New Delhi 110021",
              "New Delhi", "Delhi", 28.5950, 77.1700, 800,
              "Meeting rooms in the business wing; ask for the rooms reserved by JETRO.",
              (("Chambers 1", 14), ("Chambers 2", 14), ("Durbar Room", 60))),
    VenueSpec("itc", "ITC Maurya, New Delhi",
              "Sardar Patel Marg, Diplomatic Enclave, Chanakyapuri, New Delhi 110021",
              "New Delhi", "Delhi", 28.5976, 77.1736, 700,
              "Board room on the lobby level, entrance beside the business centre.",
              (("Board Room", 18), ("Library Room", 10))),
    VenueSpec("jw", "JW Marriott Hotel New Delhi Aerocity",
              "Asset Area 4, Hospitality District, Aerocity, New Delhi 110037", "New Delhi",
              "Delhi", 28.5528, 77.1215, 500,
              "Ten minutes from the airport terminals. Meeting rooms on level 2; lift from "
              "the lobby.",
              (("Meeting Room 1", 14), ("Meeting Room 2", 14), ("Meeting Room 3", 10))),
    VenueSpec("andaz", "Andaz Delhi, Aerocity",
              "Asset No. 1, Aerocity, New Delhi 110037", "New Delhi", "Delhi",
              28.5536, 77.1225, 400,
              "Studios on the ground floor; step-free access from the Aerocity walkway.",
              (("Studio 1", 12), ("Studio 2", 12))),
    VenueSpec("maruti", "Maruti Suzuki India head office",
              "1 Nelson Mandela Road, Vasant Kunj, New Delhi 110070", "New Delhi", "Delhi",
              28.5370, 77.1570, 300,
              "Visitors register at the main reception; escorted to the board room.",
              (("Board Room", 20),)),
    VenueSpec("gurugram", "Sample Business Centre, DLF Cyber City",
              "Tower B, DLF Cyber City Phase II, Gurugram 122002", "Gurugram", "Haryana",
              28.4950, 77.0890, 120,
              "A serviced business centre (invented for the sample). Basement parking; "
              "visitors' badges at the tower lobby.",
              (("Meeting Room Kiku", 12), ("Meeting Room Lotus", 10))),
    VenueSpec("lohum", "Lohum facility, Greater Noida",
              "Industrial area, Greater Noida, Gautam Buddh Nagar district, Uttar Pradesh",
              "Greater Noida", "Uttar Pradesh", 28.4700, 77.5000, 80,
              "Visitors' gate only; photo ID checked against the list sent ahead. Protective "
              "equipment issued at the gate; no photography on the plant floor.",
              (("Visitor Briefing Room", 40), ("Plant Floor (escorted)", 30))),
)  # fmt: skip
