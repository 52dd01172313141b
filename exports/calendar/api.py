"""Everything the window and the command line call, in one place.

See the package docstring (:mod:`exports.calendar`) for how to use it.
Importing this module imports icalendar only when a function runs.
"""

from __future__ import annotations

from exports.calendar.builder import PRODID, InviteOptions
from exports.calendar.changes import ExportLog, ExportResult, IcsDocument
from exports.calendar.feed import programme_feed, select_events
from exports.calendar.files import write_to_file, write_to_folder
from exports.calendar.invites import all_invites, event_invites, sent_per_attendee
from exports.calendar.itinerary import itineraries, person_itinerary
from exports.calendar.replies import parse_reply, read_reply_files
from exports.files import write_files

__all__ = [
    "PRODID",
    "ExportLog",
    "ExportResult",
    "IcsDocument",
    "InviteOptions",
    "all_invites",
    "event_invites",
    "itineraries",
    "parse_reply",
    "person_itinerary",
    "programme_feed",
    "read_reply_files",
    "select_events",
    "sent_per_attendee",
    "write_files",
    "write_to_file",
    "write_to_folder",
]
