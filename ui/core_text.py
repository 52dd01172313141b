"""The core's messages in the interface language.

``models/`` and ``exports/`` cannot import Qt: they write their messages
(validation problems, clash descriptions, export and delivery reports) as a
:class:`models.messages.Message` — English text that also carries its template
and values.  This module lists every template for ``pyside6-lupdate`` (context
``Core``) and translates a message, or an error made of them, with the
installed catalogue.  ``tests/unit/test_messages.py`` checks that every
template written in ``models/`` and ``exports/`` is listed here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from models.errors import ValidationError
from models.messages import in_language
from ui.i18n import current_language, tr

CONTEXT = "Core"

#: Every template of the core's messages (the English text is the key).
TEMPLATES = (
    QT_TRANSLATE_NOOP("Core", "Hosts and other participants"),  # the check-in counts' row
    QT_TRANSLATE_NOOP("Core", "{name}"),  # a person named alone (family name first in Japanese)
    QT_TRANSLATE_NOOP("Core", "{a} and {b}"),  # the two sides of a meeting request
    QT_TRANSLATE_NOOP("Core", "{names} are booked in “{a}” ({a_when}) and “{b}” ({b_when})."),
    QT_TRANSLATE_NOOP("Core", "{names} is booked in “{a}” ({a_when}) and “{b}” ({b_when})."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{names} have {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at "
        "{b_venue} (starts {b_start}); the journey takes about {needed}.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{names} has {gap} to get from “{a}” at {a_venue} (ends {a_end}) to “{b}” at "
        "{b_venue} (starts {b_start}); the journey takes about {needed}.",
    ),
    QT_TRANSLATE_NOOP("Core", "Room “{room}” at {venue}"),
    QT_TRANSLATE_NOOP("Core", "Room {room}"),
    QT_TRANSLATE_NOOP("Core", "{where} is booked twice: “{a}” ({a_when}) and “{b}” ({b_when})."),
    QT_TRANSLATE_NOOP("Core", "no time"),
    QT_TRANSLATE_NOOP("Core", "room “{room}” at {venue}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "“{title}” ({when}) expects {headcount} people but {where} holds {limit}.",
    ),
    QT_TRANSLATE_NOOP("Core", "Person {id}"),
    QT_TRANSLATE_NOOP("Core", "Cannot save:"),
    QT_TRANSLATE_NOOP("Core", "{what} cannot be saved:"),
    QT_TRANSLATE_NOOP("Core", "Unknown badge: not on the list"),
    QT_TRANSLATE_NOOP("Core", "{name}: arrived at {when}"),
    QT_TRANSLATE_NOOP("Core", "{name}: already arrived at {when}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name}: arrived at {when} — duplicate badge: collect it, reprint theirs",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name}: already arrived at {when} — duplicate badge: collect it, reprint theirs",
    ),
    QT_TRANSLATE_NOOP("Core", "{name}: not on the list for this event"),
    QT_TRANSLATE_NOOP("Core", "{name}: wrong event — this badge is for {event}"),
    QT_TRANSLATE_NOOP("Core", "This person"),
    QT_TRANSLATE_NOOP("Core", "{origin} → {destination} ({when})"),
    QT_TRANSLATE_NOOP("Core", "{leg} for “{title}”"),
    QT_TRANSLATE_NOOP("Core", "person {id}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{vehicle} on {where} carries {count} passengers for {seats} seats.",
    ),
    QT_TRANSLATE_NOOP("Core", "{who} is in {count} vehicles on {where}: {vehicles}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "1 person works for {org}; move them to another organisation or delete them first.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{count} people work for {org}; move them to another organisation or delete them first.",
    ),
    QT_TRANSLATE_NOOP("Core", "The organisation"),
    QT_TRANSLATE_NOOP("Core", "{name} will be removed from “{title}”."),
    QT_TRANSLATE_NOOP("Core", "The delegation"),
    QT_TRANSLATE_NOOP("Core", "The venue"),
    QT_TRANSLATE_NOOP("Core", "The event"),
    QT_TRANSLATE_NOOP("Core", "{org} will no longer be listed as host of “{title}”."),
    QT_TRANSLATE_NOOP("Core", "This organisation cannot be deleted: {reason}"),
    QT_TRANSLATE_NOOP("Core", "This organisation hosts events."),
    QT_TRANSLATE_NOOP("Core", "{name} will leave the delegation {delegation}."),
    QT_TRANSLATE_NOOP("Core", "This person is still part of the programme."),
    QT_TRANSLATE_NOOP("Core", "Some members no longer exist."),
    QT_TRANSLATE_NOOP("Core", "“{title}” takes place at {venue}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "This venue cannot be deleted while events take place there; move or delete them first.",
    ),
    QT_TRANSLATE_NOOP("Core", "{count} of the people named no longer exist."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The time zone cannot change while events are planned here; move the events to "
        "another venue first.",
    ),
    QT_TRANSLATE_NOOP("Core", "A travel time cannot be negative."),
    QT_TRANSLATE_NOOP("Core", "The chosen organisation no longer exists."),
    QT_TRANSLATE_NOOP("Core", "The chosen venue no longer exists."),
    QT_TRANSLATE_NOOP("Core", "The start"),
    QT_TRANSLATE_NOOP("Core", "The end"),
    QT_TRANSLATE_NOOP("Core", "Room {room!r} cannot be removed: {count} event(s) use it."),
    QT_TRANSLATE_NOOP("Core", "Unknown time zone {zone!r}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Unknown time zone {zone!r} — abbreviations are ambiguous (IST is India, "
        "Ireland and Israel); use a name such as Asia/Kolkata or Asia/Tokyo.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{label} ({date}) is outside the years {first}–{last}; check the year.",
    ),
    # a time typed that cannot be read (models/timezones.py), and the fields it names
    # (models/time_fields.py): "Start '10:7x' is not a date and time like 2026-12-01 10:00."
    QT_TRANSLATE_NOOP("Core", "{what} {text!r} is not a date and time like 2026-12-01 10:00."),
    QT_TRANSLATE_NOOP("Core", "{what} {text!r} is not a real date and time."),
    QT_TRANSLATE_NOOP("Core", "{what} {text!r} is outside the years 1970–2200; check the year."),
    QT_TRANSLATE_NOOP("Core", "{what} {text!r} is not a time of day."),
    QT_TRANSLATE_NOOP("Core", "{what} {when} does not exist in {zone} (the clocks change then)."),
    QT_TRANSLATE_NOOP("Core", "time"),
    QT_TRANSLATE_NOOP("Core", "start"),
    QT_TRANSLATE_NOOP("Core", "end"),
    QT_TRANSLATE_NOOP("Core", "Not before"),
    QT_TRANSLATE_NOOP("Core", "Not after"),
    QT_TRANSLATE_NOOP("Core", "agenda item {title!r} start"),
    QT_TRANSLATE_NOOP("Core", "agenda item {title!r} end"),
    QT_TRANSLATE_NOOP("Core", "agenda item {number} start"),
    QT_TRANSLATE_NOOP("Core", "agenda item {number} end"),
    QT_TRANSLATE_NOOP("Core", "departure of {route}"),
    QT_TRANSLATE_NOOP("Core", "arrival of {route}"),
    QT_TRANSLATE_NOOP("Core", "Agenda item {title!r}"),
    QT_TRANSLATE_NOOP("Core", "Transport leg {route}"),
    QT_TRANSLATE_NOOP("Core", "The organisation's name"),
    QT_TRANSLATE_NOOP("Core", "The family name"),
    QT_TRANSLATE_NOOP("Core", "The delegation's name"),
    QT_TRANSLATE_NOOP("Core", "The venue's name"),
    QT_TRANSLATE_NOOP("Core", "{label} ends before it starts."),
    QT_TRANSLATE_NOOP("Core", "{place} holds 1 person but {headcount} are expected."),
    QT_TRANSLATE_NOOP("Core", "The title"),
    QT_TRANSLATE_NOOP("Core", "{label} ends ({end}) before it starts ({start})."),
    QT_TRANSLATE_NOOP("Core", "{place} holds {capacity} people but 1 is expected."),
    QT_TRANSLATE_NOOP("Core", "{place} holds {capacity} people but {headcount} are expected."),
    QT_TRANSLATE_NOOP("Core", "{label} is missing."),
    QT_TRANSLATE_NOOP("Core", "{label} contains a line break; it must fit on one line."),
    QT_TRANSLATE_NOOP("Core", "{label} contains control characters."),
    QT_TRANSLATE_NOOP("Core", "{label} is longer than {limit} characters."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Country {country!r} is not a two-letter country code such as JP or IN.",
    ),
    QT_TRANSLATE_NOOP("Core", "The given name"),
    QT_TRANSLATE_NOOP("Core", "The name in Japanese script"),
    QT_TRANSLATE_NOOP("Core", "The honorific"),
    QT_TRANSLATE_NOOP("Core", "The position"),
    QT_TRANSLATE_NOOP("Core", "The phone number"),
    QT_TRANSLATE_NOOP("Core", "The E-mail address contains a line break; give one address."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nationality {nationality!r} is not a two-letter country code such as JP.",
    ),
    QT_TRANSLATE_NOOP("Core", "A person is listed twice among the members."),
    QT_TRANSLATE_NOOP("Core", "Give both latitude and longitude, or neither."),
    QT_TRANSLATE_NOOP("Core", "Latitude {value} is not between -90 and 90."),
    QT_TRANSLATE_NOOP("Core", "Longitude {value} is not between -180 and 180."),
    QT_TRANSLATE_NOOP("Core", "The venue's capacity must be a positive number."),
    QT_TRANSLATE_NOOP("Core", "A person is listed twice among the attendees."),
    QT_TRANSLATE_NOOP("Core", "An agenda item"),
    QT_TRANSLATE_NOOP("Core", "A new event cannot start out cancelled."),
    QT_TRANSLATE_NOOP("Core", "E-mail address {email!r} is not valid (like name@example.org)."),
    QT_TRANSLATE_NOOP("Core", "A room has no name."),
    QT_TRANSLATE_NOOP("Core", "Room {room!r} must have a positive capacity."),
    QT_TRANSLATE_NOOP("Core", "Room {room!r} holds {capacity}, more than the venue's {limit}."),
    QT_TRANSLATE_NOOP("Core", "The chosen room is not at {venue}."),
    QT_TRANSLATE_NOOP("Core", "A room was chosen but no venue."),
    QT_TRANSLATE_NOOP("Core", "An agenda item has no title."),
    QT_TRANSLATE_NOOP("Core", "{label}: start and destination must fit on one line."),
    QT_TRANSLATE_NOOP("Core", "{label} needs both a start and a destination."),
    QT_TRANSLATE_NOOP("Core", "{label} arrives before it departs."),
    QT_TRANSLATE_NOOP("Core", "Room {room!r} contains a line break; it must fit on one line."),
    QT_TRANSLATE_NOOP("Core", "Room {room!r}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "{label} contains a line break in its title; it must fit on one line.",
    ),
    QT_TRANSLATE_NOOP("Core", "{label} lies outside the event's time."),
    QT_TRANSLATE_NOOP("Core", "Room {room!r} is listed more than once."),
    # the rank tables and vehicles of protocol (models/protocol/service.py)
    QT_TRANSLATE_NOOP("Core", "A rank table needs at least one rank."),
    QT_TRANSLATE_NOOP("Core", "Rank {n} has no name."),
    QT_TRANSLATE_NOOP("Core", "The rank table"),
    QT_TRANSLATE_NOOP("Core", "vehicle {n}"),
    QT_TRANSLATE_NOOP("Core", "{what}: a vehicle needs at least 1 passenger seat."),
    QT_TRANSLATE_NOOP("Core", "{what}: {count} passengers for {seats} seats."),
    QT_TRANSLATE_NOOP("Core", "In two vehicles on the same leg: {names}."),
    QT_TRANSLATE_NOOP("Core", "The vehicles"),
    QT_TRANSLATE_NOOP("Core", "The leg {route} has no vehicles."),
    # the meeting scheduler: why a request was left out (models/scheduler)
    QT_TRANSLATE_NOOP("Core", "{org} said no to this meeting (request {request})."),
    QT_TRANSLATE_NOOP("Core", "{org} has nobody in the programme to attend."),
    QT_TRANSLATE_NOOP("Core", "No interpreter in the programme speaks {pair}."),
    QT_TRANSLATE_NOOP("Core", "{a}–{b}"),
    QT_TRANSLATE_NOOP("Core", "Japanese"),
    QT_TRANSLATE_NOOP("Core", "English"),
    QT_TRANSLATE_NOOP("Core", "Hindi"),
    QT_TRANSLATE_NOOP("Core", "any venue"),
    QT_TRANSLATE_NOOP("Core", "{a} or {b}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "No room at {where} holds the {headcount} people of this meeting "
        "(the largest holds {biggest}).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The times asked leave no {duration}-minute slot within working hours "
        "(lunch kept free); widen “Not before” and “Not after”.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "No common free time: {names} are never free for {duration} minutes "
        "when the meeting could be held.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "No common free time: {names} is never free for {duration} minutes "
        "when the meeting could be held.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "No common free time: the two sides are never free together for {duration} "
        "minutes in working hours.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Travel impossible: {person} cannot get between “{event}” at {there} and {here} in "
        "time (about {minutes} min each way) at any time both sides are free.",
    ),
    QT_TRANSLATE_NOOP("Core", "No common free time when travel between venues is counted."),
    QT_TRANSLATE_NOOP(
        "Core",
        "No interpreter ({pair}) is free, able to get there and within the six-hour day at "
        "any time both sides are free.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Every room large enough for {headcount} people is taken at every time both sides "
        "are free.",
    ),
    QT_TRANSLATE_NOOP("Core", "lost to higher-priority requests: {meetings}."),
    QT_TRANSLATE_NOOP("Core", "lost to other requests: {meetings}."),
    QT_TRANSLATE_NOOP("Core", "{org} is fully booked whenever both sides are free: {lost}"),
    QT_TRANSLATE_NOOP("Core", "No placement passes every check."),
    QT_TRANSLATE_NOOP("Core", "“{a} and {b}” ({priority}, mutual)"),
    QT_TRANSLATE_NOOP("Core", "“{a} and {b}” ({priority})"),
    QT_TRANSLATE_NOOP("Core", "{first}; {rest}"),
    QT_TRANSLATE_NOOP("Core", "must"),
    QT_TRANSLATE_NOOP("Core", "should"),
    QT_TRANSLATE_NOOP("Core", "could"),
    QT_TRANSLATE_NOOP("Core", "no"),
    # team sync: a merge the rules refuse, and "keep mine" refused (models/sync)
    QT_TRANSLATE_NOOP("Core", "A value cannot be read ({problem})."),
    QT_TRANSLATE_NOOP("Core", "Keep theirs, or give a value that fits the rest of the record."),
    QT_TRANSLATE_NOOP("Core", "Your value of {field}"),
    QT_TRANSLATE_NOOP("Core", "{value!r} is not a whole number; give one such as 45."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Its meeting “{title}” can no longer be held as planned and is left as it is "
        "for you to move or cancel: {reason}",
    ),
    # the scheduler's note on how a run went (models/scheduler/engine.py)
    QT_TRANSLATE_NOOP(
        "Core", "OR-Tools is not installed: the greedy schedule is shown, not improved."
    ),
    QT_TRANSLATE_NOOP(
        "Core", "Stopped before the time limit: the best schedule found so far is shown."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The time limit ran out before the search's fixed budget (a busy computer): "
        "another run with the same seed may differ.",
    ),
    # exports: calendar files written (a summary per file, notes)
    QT_TRANSLATE_NOOP("Core", "Cancellation of “{title}” for {count} attendee(s)"),
    QT_TRANSLATE_NOOP("Core", "Cancellation of “{title}” for {name}"),
    QT_TRANSLATE_NOOP("Core", "Cancellation of “{title}” for {name} (no longer attending)"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Event {id} “{title}” cannot be exported: its times lie outside the years "
        "1970–2200. Correct them first.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Event {id} “{title}” was left out: its times lie outside the years "
        "{first}–{last} ({year}); correct them first.",
    ),
    QT_TRANSLATE_NOOP("Core", "Invite to “{title}” for {count} attendee(s)"),
    QT_TRANSLATE_NOOP("Core", "Invite to “{title}” for {name}"),
    QT_TRANSLATE_NOOP("Core", "Itinerary of {name}: {count} entry(ies)"),
    QT_TRANSLATE_NOOP("Core", "No events chosen."),
    QT_TRANSLATE_NOOP("Core", "Nothing changed in the itinerary of {name} since the last export."),
    QT_TRANSLATE_NOOP("Core", "Nothing changed since the last export."),
    QT_TRANSLATE_NOOP("Core", "{name} has no e-mail address and gets no invite to “{title}”."),
    QT_TRANSLATE_NOOP("Core", "{title}: {count} event(s)"),
    QT_TRANSLATE_NOOP("Core", "“{title}” has no attendee with an e-mail address."),
    QT_TRANSLATE_NOOP(
        "Core", "“{title}” has no organiser with an e-mail address; no invites were made."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "“{title}” is cancelled; attendees who were never sent its invitation get no cancellation.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "“{title}” is confidential: a shared invite would show every guest to everyone. "
        "Export one invite per attendee instead.",
    ),
    QT_TRANSLATE_NOOP("Core", "{name} has no events."),
    # exports: e-mail (the preview's lines, the send report, the server's answers)
    QT_TRANSLATE_NOOP("Core", "Cancelled"),
    QT_TRANSLATE_NOOP("Core", "Invitation"),
    QT_TRANSLATE_NOOP("Core", "No longer expected"),
    QT_TRANSLATE_NOOP("Core", "Refused for good by the server for {to}: {why}"),
    QT_TRANSLATE_NOOP("Core", "Refused for now for {to} ({why}); tried again at the next send."),
    QT_TRANSLATE_NOOP("Core", "Sending was cancelled: {result} The rest stay in the outbox."),
    QT_TRANSLATE_NOOP("Core", "Sent to {to}: {subject}"),
    QT_TRANSLATE_NOOP("Core", "The mail server {where} cannot be reached ({reason})."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The mail server {where} does not offer STARTTLS; choose TLS, or 'none' only for "
        "a relay on this computer.",
    ),
    QT_TRANSLATE_NOOP(
        "Core", "The mail server {where} refused the user name or password ({reply})."
    ),
    QT_TRANSLATE_NOOP("Core", "The mail settings are not usable: {problems}."),
    QT_TRANSLATE_NOOP("Core", "Updated"),
    QT_TRANSLATE_NOOP("Core", "security must be one of {choices}"),
    QT_TRANSLATE_NOOP("Core", "the connection to the mail server was lost ({reason})"),
    QT_TRANSLATE_NOOP("Core", "the mail server's host name is missing"),
    QT_TRANSLATE_NOOP("Core", "the port {port} is not a port number"),
    QT_TRANSLATE_NOOP("Core", "{count} message(s) stay in the outbox and go at the next send."),
    QT_TRANSLATE_NOOP("Core", "{count} message(s) wait for their next attempt."),
    QT_TRANSLATE_NOOP(
        "Core", "{count} message(s) were interrupted while being sent earlier; see the outbox."
    ),
    QT_TRANSLATE_NOOP("Core", "{count} sent"),
    QT_TRANSLATE_NOOP("Core", "{detail}; it may have arrived, so it is not sent again by itself"),
    QT_TRANSLATE_NOOP("Core", "{head}, {count} queued"),
    QT_TRANSLATE_NOOP("Core", "{head}, {count} to retry"),
    QT_TRANSLATE_NOOP("Core", "{kind}: {title}"),
    QT_TRANSLATE_NOOP("Core", "{reason} The messages stay in the outbox."),
    QT_TRANSLATE_NOOP("Core", "{reason} The rest stay in the outbox."),
    # exports: CalDAV publishing (the report, the server's answers)
    QT_TRANSLATE_NOOP("Core", "Added: {title}"),
    QT_TRANSLATE_NOOP("Core", "Publishing was cancelled: {result}"),
    QT_TRANSLATE_NOOP("Core", "Removed: {title}"),
    QT_TRANSLATE_NOOP("Core", "The calendar server at {url} cannot be reached ({reason})."),
    QT_TRANSLATE_NOOP("Core", "The calendar server failed to {what}: {reason}."),
    QT_TRANSLATE_NOOP(
        "Core", "The calendar server refused the login for {url} (user name or password)."
    ),
    QT_TRANSLATE_NOOP(
        "Core", "The calendar {url} does not exist and could not be created (HTTP {status})."
    ),
    QT_TRANSLATE_NOOP("Core", "Updated: {title}"),
    QT_TRANSLATE_NOOP("Core", "create the calendar"),
    QT_TRANSLATE_NOOP("Core", "list the calendar"),
    QT_TRANSLATE_NOOP("Core", "read an ETag"),
    QT_TRANSLATE_NOOP("Core", "remove an entry"),
    QT_TRANSLATE_NOOP("Core", "store “{title}”"),
    QT_TRANSLATE_NOOP("Core", "the entry {name}"),
    QT_TRANSLATE_NOOP(
        "Core", "{added} added, {updated} updated, {removed} removed, {unchanged} unchanged"
    ),
    QT_TRANSLATE_NOOP("Core", "{head}, {count} changed on the server (not overwritten)"),
    QT_TRANSLATE_NOOP("Core", "{label} could not be removed (HTTP {status})."),
    QT_TRANSLATE_NOOP(
        "Core", "{label} was changed on the server by someone else; it is not removed."
    ),
    QT_TRANSLATE_NOOP("Core", "{url} is not a calendar address (http:// or https://)."),
    QT_TRANSLATE_NOOP("Core", "{url} is not a calendar the server lets us list (HTTP {status})."),
    QT_TRANSLATE_NOOP(
        "Core", "“{title}” already exists on the server, made elsewhere; it is not overwritten."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "“{title}” changed here and was also changed on the server by someone else; "
        "theirs is not overwritten.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "“{title}” changed here but was removed on the server by someone else; it is not put back.",
    ),
    QT_TRANSLATE_NOOP("Core", "“{title}” could not be stored (HTTP {status})."),
    QT_TRANSLATE_NOOP(
        "Core", "“{title}” was changed on the server by someone else; their change is kept."
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "“{title}” was removed from the calendar on the server by someone else; it is not"
        " put back.",
    ),
    # a report's headline: "3 sent, 1 failed." / "2 added, …, 1 failed."
    QT_TRANSLATE_NOOP("Core", "{head}, {count} failed"),
    QT_TRANSLATE_NOOP("Core", "{text}."),
    # replies read from files (models/replies.py): the report, one line per reply
    QT_TRANSLATE_NOOP("Core", " (“{comment}”)"),
    QT_TRANSLATE_NOOP("Core", "Changed: {what}"),
    QT_TRANSLATE_NOOP("Core", "Ignored ({source}): {what}"),
    QT_TRANSLATE_NOOP("Core", "Unchanged: {what}"),
    QT_TRANSLATE_NOOP("Core", "accepted"),
    QT_TRANSLATE_NOOP("Core", "declined"),
    QT_TRANSLATE_NOOP("Core", "needs action"),
    QT_TRANSLATE_NOOP("Core", "needs re-confirmation"),
    QT_TRANSLATE_NOOP(
        "Core", "no event with UID {uid} is known (deleted, or from another programme)."
    ),
    QT_TRANSLATE_NOOP("Core", "tentative"),
    QT_TRANSLATE_NOOP("Core", "{email} is not an attendee of “{title}”."),
    QT_TRANSLATE_NOOP("Core", "{name} for “{title}”"),
    QT_TRANSLATE_NOOP("Core", "{who}: still {new}{said}."),
    QT_TRANSLATE_NOOP("Core", "{who}: the answer {answer} is not one the programme records."),
    QT_TRANSLATE_NOOP("Core", "{who}: the event is cancelled."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{who}: the reply answers an earlier version of the invite (SEQUENCE {sent}; the "
        "event has changed since, now {now}).",
    ),
    QT_TRANSLATE_NOOP("Core", "{who}: {old} → {new}{said}."),
    # people imported from CSV (models/people_import.py): the report
    QT_TRANSLATE_NOOP("Core", " and {count} more"),
    QT_TRANSLATE_NOOP("Core", "Imported 1 person"),
    QT_TRANSLATE_NOOP("Core", "Imported {count} people"),
    QT_TRANSLATE_NOOP("Core", "line {line}: {problem}"),
    QT_TRANSLATE_NOOP("Core", "{head} Created 1 organisation: {names}{more}."),
    QT_TRANSLATE_NOOP("Core", "{head} Created {count} organisations: {names}{more}."),
    QT_TRANSLATE_NOOP("Core", "{head} Skipped 1 row with problems:"),
    QT_TRANSLATE_NOOP("Core", "{head} Skipped {count} rows with problems:"),
    QT_TRANSLATE_NOOP("Core", "{head} into the delegation {delegation}"),
    QT_TRANSLATE_NOOP("Core", "E-mail address {email!r} is also on line {first}."),
    QT_TRANSLATE_NOOP("Core", "E-mail address {email!r} already belongs to {owner}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "line {line}: the organisation {name!r} was deleted after the file was checked.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nothing was imported: the database changed after the file was checked. "
        "Check the file again:",
    ),
    # the people CSV reader (exports/csv_import.py): a file it cannot read, and a row's problem
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} is damaged UTF-16 text: line {line} is cut off or holds bytes that "
        "are not text. Nothing was imported; save the file again (in Excel as "
        "“CSV UTF-8 (comma delimited)”) and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} is not UTF-8 text (the first unreadable byte is on line {line}). "
        "In Excel, save it as “CSV UTF-8 (comma delimited)” and try again.",
    ),
    QT_TRANSLATE_NOOP("Core", "There is no file {name}."),
    QT_TRANSLATE_NOOP("Core", "{name} is a folder, not a CSV file."),
    QT_TRANSLATE_NOOP("Core", "{name} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("Core", "The file"),
    QT_TRANSLATE_NOOP("Core", "{name} is empty."),
    QT_TRANSLATE_NOOP("Core", "{name} cannot be read: {problem}"),
    QT_TRANSLATE_NOOP("Core", "Nothing was imported from {name}: line 1 names a column twice."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} has no column of family names. Name one column {expected} (other "
        "columns: “Given name”, “Japanese name”, “Title”, “Position”, “Organisation”, "
        "“E-mail”, “Phone”, “Nationality”, “Dietary”, “Accessibility”, “Notes”). "
        "The headers found were: {headers}.",
    ),
    QT_TRANSLATE_NOOP("Core", "none"),
    QT_TRANSLATE_NOOP(
        "Core",
        "line 1: columns {first} (“{first_header}”) and {second} (“{second_header}”) "
        "both give the {field}; keep one of them.",
    ),
    QT_TRANSLATE_NOOP("Core", "family name"),
    QT_TRANSLATE_NOOP("Core", "given name"),
    QT_TRANSLATE_NOOP("Core", "name japanese"),
    QT_TRANSLATE_NOOP("Core", "honorific"),
    QT_TRANSLATE_NOOP("Core", "position"),
    QT_TRANSLATE_NOOP("Core", "organisation"),
    QT_TRANSLATE_NOOP("Core", "email"),
    QT_TRANSLATE_NOOP("Core", "phone"),
    QT_TRANSLATE_NOOP("Core", "nationality"),
    QT_TRANSLATE_NOOP("Core", "languages"),
    QT_TRANSLATE_NOOP("Core", "dietary"),
    QT_TRANSLATE_NOOP("Core", "accessibility"),
    QT_TRANSLATE_NOOP("Core", "notes"),
    QT_TRANSLATE_NOOP(
        "Core",
        "line {start}: a quoted field opens here and its closing quote is missing, so it "
        "runs on into the following lines (up to line {end}). Nothing was imported; close "
        "the quote (or remove it) and try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "line {start}: a quoted field is followed by more text before the next delimiter. "
        "Nothing was imported; put the whole cell in quotes and double the quotes inside it.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The row has {cells} cells but line 1 names only {columns} columns "
        "(beyond them: {extra}{more}); a delimiter inside a cell needs quotes "
        "around the cell.",
    ),
    # snapshots (models/store/backups.py): one line per snapshot and its reason
    QT_TRANSLATE_NOOP("Core", "apply schedule"),
    QT_TRANSLATE_NOOP("Core", "change"),
    QT_TRANSLATE_NOOP("Core", "import of people"),
    QT_TRANSLATE_NOOP("Core", "migration from version {version}"),
    QT_TRANSLATE_NOOP("Core", "restore"),
    QT_TRANSLATE_NOOP("Core", "the sample programme"),
    QT_TRANSLATE_NOOP("Core", "{when} UTC — before {reason} ({size})"),
    # meeting requests read from a CSV file (models/scheduler/requests_import.py)
    QT_TRANSLATE_NOOP("Core", " Did you mean “{name}”?"),
    QT_TRANSLATE_NOOP(
        "Core", "Requester “{given}” is not an organisation in the programme.{meant}"
    ),
    QT_TRANSLATE_NOOP("Core", "The requester is missing."),
    QT_TRANSLATE_NOOP(
        "Core",
        "Target “{given}” is neither an organisation in the programme nor the e-mail of a "
        "person in it.{meant}",
    ),
    QT_TRANSLATE_NOOP("Core", "The target is missing."),
    QT_TRANSLATE_NOOP("Core", "Priority “{given}” is not one of must, should, could or no."),
    QT_TRANSLATE_NOOP("Core", "Duration “{given}” is not a number of minutes between 10 and 600."),
    QT_TRANSLATE_NOOP(
        "Core", "Interpreter “{given}” is not yes, no or a language pair such as ja-en."
    ),
    QT_TRANSLATE_NOOP("Core", "Venue “{given}” is not a venue in the programme."),
    QT_TRANSLATE_NOOP("Core", "“Not after” is not later than “Not before”."),
    QT_TRANSLATE_NOOP("Core", "Attendee “{given}” is not the e-mail of a person in the programme."),
    QT_TRANSLATE_NOOP("Core", "An organisation cannot ask to meet itself."),
    QT_TRANSLATE_NOOP("Core", "There is nothing to import: the file has no rows of requests."),
    QT_TRANSLATE_NOOP("Core", "line {line}: {problem}"),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nothing was imported: {bad} of {count} row has problems. Correct them, or import only "
        "the valid rows.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Nothing was imported: {bad} of {count} rows have problems. Correct them, or import "
        "only the valid rows.",
    ),
    # the meeting-requests CSV reader (exports/requests_csv.py): a file it cannot read
    QT_TRANSLATE_NOOP("Core", "{name} is not a readable CSV file ({reason})."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{name} has no column {wanted}. Name the columns “Requester”, “Target”, “Priority”, "
        "“Duration”, and optionally “Interpreter”, “Venue”, “Not before”, “Not after”, "
        "“Attendees”, “Notes”. The headers found were: {headers}.",
    ),
    QT_TRANSLATE_NOOP("Core", "{name} cannot be read after line {line}: {reason}."),
    QT_TRANSLATE_NOOP("Core", "field larger than field limit ({limit})"),
    # why the system refused (models/os_reasons.py): by error number; others stay as said
    QT_TRANSLATE_NOOP("Core", "No such file or directory"),
    QT_TRANSLATE_NOOP("Core", "Permission denied"),
    QT_TRANSLATE_NOOP("Core", "Operation not permitted"),
    QT_TRANSLATE_NOOP("Core", "Is a directory"),
    QT_TRANSLATE_NOOP("Core", "Not a directory"),
    QT_TRANSLATE_NOOP("Core", "Directory not empty"),
    QT_TRANSLATE_NOOP("Core", "No space left on device"),
    QT_TRANSLATE_NOOP("Core", "Disk quota exceeded"),
    QT_TRANSLATE_NOOP("Core", "Read-only file system"),
    QT_TRANSLATE_NOOP("Core", "File too large"),
    QT_TRANSLATE_NOOP("Core", "File exists"),
    QT_TRANSLATE_NOOP("Core", "File name too long"),
    QT_TRANSLATE_NOOP("Core", "Too many levels of symbolic links"),
    QT_TRANSLATE_NOOP("Core", "Input/output error"),
    QT_TRANSLATE_NOOP("Core", "Device or resource busy"),
    QT_TRANSLATE_NOOP("Core", "Text file busy"),
    QT_TRANSLATE_NOOP("Core", "Too many open files"),
    QT_TRANSLATE_NOOP("Core", "No such device or address"),
    QT_TRANSLATE_NOOP("Core", "No such device"),
    QT_TRANSLATE_NOOP("Core", "Stale file handle"),
    QT_TRANSLATE_NOOP("Core", "Invalid cross-device link"),
    QT_TRANSLATE_NOOP("Core", "Connection refused"),
    QT_TRANSLATE_NOOP("Core", "Connection reset by peer"),
    QT_TRANSLATE_NOOP("Core", "Software caused connection abort"),
    QT_TRANSLATE_NOOP("Core", "Connection timed out"),
    QT_TRANSLATE_NOOP("Core", "No route to host"),
    QT_TRANSLATE_NOOP("Core", "Network is unreachable"),
    QT_TRANSLATE_NOOP("Core", "Broken pipe"),
    QT_TRANSLATE_NOOP("Core", "Name or service not known"),
    QT_TRANSLATE_NOOP("Core", "Temporary failure in name resolution"),
    QT_TRANSLATE_NOOP("Core", "timed out"),
    # reply files that cannot be read (exports/calendar/replies.py)
    QT_TRANSLATE_NOOP("Core", "No reply was imported, because:"),
    QT_TRANSLATE_NOOP("Core", "{name}: too large to be a reply."),
    QT_TRANSLATE_NOOP("Core", "{path}: cannot be read ({reason})."),
    QT_TRANSLATE_NOOP("Core", "{source} is not a calendar reply: {problem}"),
    QT_TRANSLATE_NOOP("Core", "it cannot be read as iCalendar ({reason})."),
    QT_TRANSLATE_NOOP("Core", "it holds no calendar."),
    QT_TRANSLATE_NOOP("Core", "it holds a {name} instead of a VCALENDAR."),
    QT_TRANSLATE_NOOP("Core", "its METHOD is {method}, not REPLY."),
    QT_TRANSLATE_NOOP("Core", "its METHOD is missing, not REPLY."),
    QT_TRANSLATE_NOOP("Core", "it has damaged properties ({error})."),
    QT_TRANSLATE_NOOP("Core", "an entry has no UID."),
    QT_TRANSLATE_NOOP("Core", "its SEQUENCE is not a number."),
    QT_TRANSLATE_NOOP("Core", "an entry names no attendee."),
    QT_TRANSLATE_NOOP("Core", "the attendee {attendee} has no e-mail address."),
    QT_TRANSLATE_NOOP("Core", "{email} gives no answer (PARTSTAT)."),
    QT_TRANSLATE_NOOP("Core", "it holds no reply to an event."),
    QT_TRANSLATE_NOOP("Core", "its DTSTAMP ({date}) is outside the years {first}–{last}."),
    # a database file that cannot be used (models/store/connection.py)
    QT_TRANSLATE_NOOP(
        "Core",
        "The database {name} is damaged and cannot be read. It has not been changed; restore "
        "it from a backup.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The database {name} is in use by another program (it is locked). Close the other "
        "program or wait a moment, then try again.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The database {name} is read-only, so changes cannot be saved. Check the file's "
        "permissions or copy it somewhere you can write.",
    ),
    QT_TRANSLATE_NOOP("Core", "The disk holding {name} is full; free some space and try again."),
    QT_TRANSLATE_NOOP("Core", "{name} is not a Delegation Desk database."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The database {name} cannot be opened ({reason}). Check that the folder exists and "
        "that you may write to it.",
    ),
    QT_TRANSLATE_NOOP("Core", "{path} is a folder, not a database file."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{path} is not a Delegation Desk database (it is not an SQLite file). It has not been "
        "changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{path} is an SQLite database of another program, not a Delegation Desk database. It "
        "has not been changed.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{path} was written by a newer version of Delegation Desk (schema {version}; this "
        "version knows up to {latest}). Update Delegation Desk to open it; the file has not "
        "been changed.",
    ),
    QT_TRANSLATE_NOOP("Core", "The folder {path} does not exist."),
    QT_TRANSLATE_NOOP("Core", "There is no database at {path}."),
    QT_TRANSLATE_NOOP(
        "Core", "{path} holds no programme yet (it is empty). It has not been changed."
    ),
    QT_TRANSLATE_NOOP("Core", "{message} It has not been changed."),
    # a record asked for by its number that is not there (models/store/base.py): the window
    # says it by name (ui/record_names.py); these are its words where it has no name
    QT_TRANSLATE_NOOP("Core", "There is no {what}."),
    QT_TRANSLATE_NOOP("Core", "There is no {what} with id {key}."),
    QT_TRANSLATE_NOOP("Core", "There is no {what} with id {key} (deleted elsewhere?)."),
    QT_TRANSLATE_NOOP("Core", "The {what} “{name}” no longer exists: it was deleted elsewhere."),
    # ... and what they name (models.store.base.NOUNS)
    QT_TRANSLATE_NOOP("Core", "event"),
    QT_TRANSLATE_NOOP("Core", "person"),
    QT_TRANSLATE_NOOP("Core", "organisation"),
    QT_TRANSLATE_NOOP("Core", "delegation"),
    QT_TRANSLATE_NOOP("Core", "venue"),
    QT_TRANSLATE_NOOP("Core", "room"),
    QT_TRANSLATE_NOOP("Core", "gift"),
    QT_TRANSLATE_NOOP("Core", "meeting request"),
    QT_TRANSLATE_NOOP("Core", "availability window"),
    QT_TRANSLATE_NOOP("Core", "such person"),
    QT_TRANSLATE_NOOP("Core", "such organisation"),
    QT_TRANSLATE_NOOP("Core", "such delegation"),
    QT_TRANSLATE_NOOP("Core", "such venue"),
    QT_TRANSLATE_NOOP(
        "Core", "{path} was written by a newer version of Delegation Desk; it has not been changed."
    ),
    QT_TRANSLATE_NOOP("Core", "This SQLite build cannot enforce foreign keys."),
    # a backup that cannot be written there (models/store/backups.py)
    QT_TRANSLATE_NOOP("Core", "{path} is a folder; give a file name for the backup."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{path} is not a regular file (a device, a pipe or a socket); give the name of a new "
        "or ordinary file.",
    ),
    QT_TRANSLATE_NOOP("Core", "{path} is the database itself; choose another file."),
    # a seat the seating plan no longer has (models/protocol/seating.py)
    QT_TRANSLATE_NOOP("Core", "The plan has no seat {seat}."),
    # a conflict decided in the window that is gone meanwhile (models/sync/engine.py)
    QT_TRANSLATE_NOOP("Core", "There is no conflict with id {id}."),
    QT_TRANSLATE_NOOP("Core", "The record of this conflict is no longer in this file."),
    # the database and its backups and snapshots (models/store/): a file the system refuses
    QT_TRANSLATE_NOOP("Core", "{path} cannot be created: {reason}."),
    QT_TRANSLATE_NOOP("Core", "Cannot write the backup {path}: {reason}."),
    QT_TRANSLATE_NOOP(
        "Core",
        "No snapshot of {path} could be kept before {reason}, so nothing was done: {problem}",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "No snapshot of {path} could be kept before {reason}, so nothing was done: "
        "{problem} ({where}).",
    ),
    # the team's server and the team's file refusing (models/sync/)
    QT_TRANSLATE_NOOP(
        "Core",
        "Joining makes a new copy of the team's programme, but this file already holds a "
        "programme; join with a new file (--db NEW.db).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "No secure connection to {server} ({text}). The URL's sslmode asks for TLS (require) "
        "or for a certificate this computer trusts (verify-ca, verify-full, with sslrootcert "
        "naming the embassy's certificate).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Only the lead who created the team's programme may upgrade it (your account may not "
        "change its format).",
    ),
    QT_TRANSLATE_NOOP("Core", "Only the team's lead may add members."),
    QT_TRANSLATE_NOOP("Core", "Only the team's lead may upgrade the team's programme."),
    QT_TRANSLATE_NOOP("Core", "Say which to keep: --keep mine, --keep theirs, or give --value."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The record cannot be deleted: other records in this file still use it. Remove those "
        "first, then decide again.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The server URL names no database; write it as postgresql://user@host:port/database.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The server URL names no user; write it as postgresql://user@host:port/database.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The server database holds no team programme (run 'team create' on an empty database "
        "first).",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The server database {database} is not empty; a team starts on an empty database (ask "
        "the embassy's database administrator for a new one).",
    ),
    QT_TRANSLATE_NOOP("Core", "The server has no such database or user ({text})."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The server refused the login for {server} ({text}). Put the password in PGPASSWORD "
        "or your system keyring.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The team's programme is kept in a newer format ({found}) than this version of "
        "Delegation Desk writes ({ours}). Update Delegation Desk, then sync; nothing was sent "
        "or received, and your changes wait in this file.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "The team's programme is kept in an older format ({found}) than this version of "
        "Delegation Desk writes ({ours}), which shares more of the programme. The team's lead "
        "upgrades it once with 'team upgrade' (every member then needs this version); nothing "
        "was sent or received, and your changes wait in this file.",
    ),
    QT_TRANSLATE_NOOP("Core", "The team's server cannot be reached ({text})."),
    QT_TRANSLATE_NOOP("Core", "This file already belongs to a team ({server})."),
    QT_TRANSLATE_NOOP(
        "Core",
        "This file does not belong to a team: make it the team's programme with 'team "
        "create', or start a copy of a team's programme with 'team join'.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Your role in the team may only read the shared programme, so your changes cannot be "
        "sent; they wait in this file.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "Your server account is not a member of this team; ask the lead to add you ('team "
        "add-member').",
    ),
    QT_TRANSLATE_NOOP("Core", "{role} is not a team role (lead, coordinator, staff or printer)."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{url!r} is not a PostgreSQL connection URL; write it as "
        "postgresql://user@host:port/database.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "{user!r} is not a usable account name: letters, digits, '.', '-' and '_', at most 63 "
        "characters.",
    ),
    # a password the system's keyring cannot keep, or none at all (exports/credentials.py)
    QT_TRANSLATE_NOOP(
        "Core",
        "The password could not be kept in the system's keyring ({reason}). It will be asked "
        "for each time instead.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "No password for {user} on {host}: set {env_var}, or keep it in the system's keyring "
        "(the window's Preferences can).",
    ),
    # an import of people refused as a whole (models/people_import.py)
    QT_TRANSLATE_NOOP("Core", "There is nobody to import: the file has no rows of people."),
    QT_TRANSLATE_NOOP(
        "Core",
        "There is no delegation named {name!r} (delegations: {names}); nothing was imported.",
    ),
    QT_TRANSLATE_NOOP("Core", "none yet"),
    # exports: files that cannot be written, invites without an organiser, packs
    QT_TRANSLATE_NOOP(
        "Core",
        "A piece of text is too long to fit on one page of the pack (for example a very "
        "long note in a table); shorten it and print again.",
    ),
    QT_TRANSLATE_NOOP("Core", "Cannot create the folder {path}: {reason}."),
    QT_TRANSLATE_NOOP("Core", "Cannot write {path}: {reason}. Nothing was written."),
    QT_TRANSLATE_NOOP(
        "Core",
        "The font for briefing packs ({name}) is missing or damaged; reinstall Delegation Desk.",
    ),
    QT_TRANSLATE_NOOP("Core", "{path} is a folder; give a file name."),
    QT_TRANSLATE_NOOP("Core", "{path} is not a folder."),
    QT_TRANSLATE_NOOP(
        "Core",
        "{path} is not a regular file (a device, a pipe or a socket); give the name of a "
        "new or ordinary file. Nothing was written.",
    ),
    QT_TRANSLATE_NOOP(
        "Core",
        "“{title}” has no organiser with an e-mail address; choose an organiser in the "
        "event before sending invites.",
    ),
)


def _translate(key: str) -> str:
    return tr(CONTEXT, key)


def core_text(text: str) -> str:
    """A text of the core in the interface language (any other text as it is)."""
    return in_language(text, current_language(), _translate)


def validation_text(error: ValidationError) -> str:
    """A validation error in the interface language, problem by problem."""
    problems = [core_text(p) for p in error.problems]
    if len(problems) == 1 and not error.what:
        return problems[0]
    return core_text(error.head()) + "".join(f"\n  • {p}" for p in problems)
