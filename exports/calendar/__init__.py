"""iCalendar invites, feeds, itineraries and reply import.

Everything is reached through :mod:`exports.calendar.api` (importing it does
not import icalendar; that happens when an export runs).  Exports take plain
data — a :class:`~models.entities.Programme` from ``Store.programme()`` — and
never touch the database; the caller reads the programme and the export log,
runs the export, writes the files, then stores the log lines.

Exports
-------
Every export takes ``clock`` (a :class:`~models.clock.Clock`: DTSTAMP and the
log's time), and optionally ``log`` (``Store.export_records()``),
``changed_only``, ``options`` (``InviteOptions(alarm_minutes=30,
site_visit_alarm_minutes=120)``; ``None`` for no reminder),
``progress(done, total)`` and ``cancel`` (a ``threading.Event`` or a callable
returning True to stop; :class:`~models.errors.Cancelled` is raised and
nothing should be written).  Each returns an :class:`ExportResult`:

* ``documents`` — :class:`IcsDocument` (``name``: a safe file name,
  ``method``, ``data``: the bytes, ``summary``: one line for people,
  ``event_id``, ``person_id``, ``companion``: a cancellation for someone
  removed, which goes beside the main file);
* ``records`` — export-log lines, for ``Store.record_exports`` once written;
* ``notes`` — remarks for the user (an attendee without e-mail address,
  "Nothing changed since the last export.");
* ``is_empty`` — nothing to write.

``event_invites(programme, event_id, *, clock, per_attendee=None, ...)``
    METHOD:REQUEST (METHOD:CANCEL for a cancelled event).  ``per_attendee``:
    ``None`` (the default) gives one file per attendee for confidential events
    and one shared file otherwise; ``False`` for a confidential event raises
    :class:`~models.errors.ExportError` (a shared invite would reveal the guest
    list).  People who were sent a REQUEST and are no longer attendees get a
    METHOD:CANCEL file of their own (found through ``log``).  Use
    ``sent_per_attendee(event, per_attendee)`` to know beforehand whether the
    output is one file or a folder of files.
``all_invites(programme, event_ids=None, *, clock, ...)``
    The same for several events (all when ``None``).
``programme_feed(programme, *, clock, delegation_id=None, start=None, end=None,
max_classification=RESTRICTED, name="", ...)``
    One METHOD:PUBLISH calendar without attendees (ORGANIZER and X-WR-CALNAME set);
    confidential events only when ``max_classification=CONFIDENTIAL`` is given;
    ``start``/``end`` are ``datetime.date`` days, both included, read in each
    venue's zone.
``person_itinerary(programme, person_id, *, clock, ...)``
    One METHOD:PUBLISH calendar of the person's events and of the transport
    legs they ride (entries of their own, UID ``leg-<leg id>-<event uid>``).
``itineraries(programme, person_ids=None, *, clock, ...)``
    One itinerary file per person (everyone with an entry when ``None``), the
    programme indexed once; people without entries are listed in ``notes``.

Every file carries one VTIMEZONE per TZID it uses (:mod:`exports.calendar.zones`:
yearly RRULEs where the zone's rule is regular, because Outlook ignores
RDATEs), DTSTAMP in UTC from ``clock``, the stored UID and SEQUENCE (raised
per recipient where the export log shows their copy needs it).

Writing: ``write_to_file(documents, path)`` (the main document at ``path``,
companions — cancellations for people removed — beside it) and
``write_to_folder(documents, folder)``; both atomic (temporary file in the
same folder, then ``os.replace``; on error nothing is moved into place) and
return the paths written.  They raise ``ExportError`` with a clear message.

A background export in the window (its own Store connection)::

    store = Store.open(path, create=False)
    programme, log = store.programme(), store.export_records()
    result = api.event_invites(programme, event_id, clock=clock, log=log,
                               changed_only=False, progress=report, cancel=stop)
    paths = (api.write_to_folder(result.documents, folder)
             if api.sent_per_attendee(programme.event(event_id), None)
             else api.write_to_file(result.documents, file))
    store.record_exports(result.records)
    # show result.notes and the documents' summaries

Replies
-------
``read_reply_files(paths)`` reads METHOD:REPLY files into
:class:`models.replies.ReceivedReply` values; if any file is not a readable
reply the whole import is refused with :class:`~models.errors.ImportRefused`
naming each bad file.  ``models.replies.apply_replies(store, replies)`` then
records the answers in one transaction and returns a ``ReplyReport``
(``changed``, ``unchanged``, ``ignored``; ``lines()`` gives the report in
words).  Replies for an unknown event or attendee, a cancelled event, or an
older SEQUENCE are reported as ignored.

Command line: ``ics`` and ``rsvp`` in :mod:`exports.calendar.commands`.
"""
