"""Every calendar file of the sample programme is accepted by two strict parsers."""

from __future__ import annotations

import icalendar
import pytest
import vobject

from exports.calendar.api import all_invites, person_itinerary, programme_feed
from models.entities import Classification, Programme
from models.sample import load_sample
from models.services import Desk


@pytest.fixture
def programme(desk: Desk) -> Programme:
    load_sample(desk)
    return desk.programme()


@pytest.mark.slow
def test_every_sample_file_parses_cleanly_and_keeps_guest_lists_closed(
    programme: Programme, desk: Desk
) -> None:
    invites = all_invites(programme, clock=desk.clock)
    documents = list(invites.documents)
    documents += programme_feed(programme, clock=desk.clock).documents
    for person in programme.people:
        result = person_itinerary(programme, person.id or 0, clock=desk.clock)
        documents += result.documents
    assert len(documents) > len(programme.events)
    for document in documents:
        calendar = icalendar.Calendar.from_ical(document.data)
        for component in calendar.walk():
            assert component.errors == [], document.name
        used = {str(e["DTSTART"].params["TZID"]) for e in calendar.walk("VEVENT")}
        assert used <= {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
        vobject.readOne(document.data.decode("utf-8"), validate=True)
    confidential = {e.id for e in programme.events
                    if e.classification is Classification.CONFIDENTIAL}  # fmt: skip
    assert confidential, "the sample has closed-door meetings"
    for document in invites.documents:
        if document.event_id in confidential:
            [item] = icalendar.Calendar.from_ical(document.data).walk("VEVENT")
            found = item.get("ATTENDEE", [])
            assert not isinstance(found, list), document.name  # exactly one attendee
