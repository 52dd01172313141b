"""Every heading and label the packs print, in one place.

Sections never spell a heading or a column label themselves: they read it
from a :class:`Labels` (``ctx.labels``), so a pack in another language is one
more instance of this class, plus its way of writing dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from models.entities import Classification, EventKind, EventStatus, Reply, Role


@dataclass(frozen=True, slots=True)
class Labels:
    language: str
    # -- pack kinds and covers
    event_pack: str = "Briefing pack"
    delegation_pack: str = "Delegation briefing pack"
    itinerary: str = "Itinerary"
    contents: str = "Contents"
    prepared_for: str = "Prepared for"
    home_time: str = "home time"
    printed: str = "Printed"
    version: str = "Version"
    prepared_by: str = "by Delegation Desk"
    # -- sections of an event
    agenda: str = "Agenda"
    objectives: str = "Objectives"
    room: str = "Who is in the room"
    organisations: str = "Organisations present"
    venue: str = "Venue"
    visit: str = "Site visit: meeting point, transport and safety"
    contacts: str = "Contacts"
    notes: str = "Notes"
    seating: str = "Seating plan"
    gifts: str = "Gift register"
    # -- sections of a delegation pack
    members: str = "Delegation members"
    overview: str = "Programme overview"
    at_a_glance: str = "At a glance"
    # -- facts
    kind: str = "Kind"
    when: str = "When"
    starts: str = "Starts"
    ends: str = "Ends"
    hosted_by: str = "Hosted by"
    classification: str = "Classification"
    status: str = "Status"
    head_of_delegation: str = "Head of delegation"
    member_count: str = "Members"
    home_zone: str = "Home time zone"
    programme: str = "Programme"
    in_home_time: str = "In home time"
    events: str = "Events"
    marked: str = "Marked"
    address: str = "Address"
    country: str = "Country"
    room_label: str = "Room"
    time_zone: str = "Time zone"
    map_position: str = "Map position"
    access: str = "Access"
    meeting_point: str = "Meeting point"
    host_contact: str = "Host contact"
    safety: str = "Safety and protective equipment"
    transport: str = "Transport"
    name_japanese: str = "Name in Japanese"
    position: str = "Position"
    delegation: str = "Delegation"
    dietary: str = "Dietary needs"
    accessibility: str = "Accessibility"
    # -- column labels
    time: str = "Time"
    item: str = "Item"
    speaker: str = "Speaker"
    name: str = "Name"
    role: str = "Role"
    reply: str = "Reply"
    organisation: str = "Organisation"
    vehicle: str = "Vehicle"
    phone: str = "Phone"
    email: str = "E-mail"
    what: str = "What"
    where: str = "Where"
    with_: str = "With"
    event: str = "Event"
    leads: str = "Who leads"
    departs_arrives: str = "Departs – arrives"
    route: str = "Route"
    vehicle_driver: str = "Vehicle and driver"
    passengers: str = "Passengers"
    # -- short texts
    expected: str = "{n} expected."
    declined: str = "Declined (not attending): {names}"
    no_organisation: str = "No organisation"
    others: str = "Hosts and other participants"
    host_suffix: str = " (host)"
    driver: str = "Driver"
    meet: str = "Meet"
    cancelled_banner: str = "CANCELLED — this {what} will not take place"
    tentative_note: str = "TENTATIVE — not yet confirmed"
    continued: str = "continued"
    attends: str = "{n} events"
    attends_nothing: str = "attends no event yet"

    # -- enumerations

    def role_name(self, role: Role) -> str:
        return {
            Role.CHAIR: "Chair",
            Role.SPEAKER: "Speaker",
            Role.ATTENDEE: "Attendee",
            Role.INTERPRETER: "Interpreter",
            Role.LIAISON: "Liaison officer",
            Role.SECURITY: "Security",
            Role.DRIVER: "Driver",
        }[role]

    def reply_label(self, reply: Reply) -> str:
        return {
            Reply.NEEDS_ACTION: "no reply yet",
            Reply.ACCEPTED: "accepted",
            Reply.TENTATIVE: "tentative",
            Reply.DECLINED: "declined",
        }[reply]

    def event_kind(self, kind: EventKind) -> str:
        return str(kind).capitalize()

    def event_status(self, status: EventStatus) -> str:
        return str(status).upper() if status is EventStatus.CANCELLED else str(status).capitalize()

    def level(self, level: Classification) -> str:
        return str(level).capitalize()

    def marking(self, level: Classification) -> str:
        """The word on every page: ``CONFIDENTIAL``, ``RESTRICTED`` or nothing."""
        return "" if level is Classification.PUBLIC else str(level).upper()

    def handling(self, level: Classification) -> str:
        if level is Classification.CONFIDENTIAL:
            return (
                "Closed-door content: who attends is itself confidential. Do not copy or "
                "forward; return or destroy after use."
            )
        return "For the delegation and its hosts only; not for publication."

    # -- dates

    def long_date(self, day: date) -> str:
        """``Tuesday 1 December 2026``."""
        return f"{day:%A} {day.day} {day:%B %Y}"

    def date_range(self, first: date, last: date) -> str:
        """``1–2 December 2026``; ``30 November – 2 December 2026`` across months."""
        if first == last:
            return f"{first.day} {first:%B %Y}"
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.day} {last:%B %Y}"
        if first.year == last.year:
            return f"{first.day} {first:%B} – {last.day} {last:%B %Y}"
        return f"{first.day} {first:%B %Y} – {last.day} {last:%B %Y}"


EN = Labels("en")

LANGUAGES = {"en": EN}


def labels(language: str = "en") -> Labels:
    """The catalogue of ``language``; English when there is none for it."""
    return LANGUAGES.get(language, EN)
