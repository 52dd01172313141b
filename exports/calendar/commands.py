"""Command-line adapter: ``ics`` (export calendars) and ``rsvp`` (import replies).

A thin layer over :mod:`exports.calendar.api`: read the programme and the
export log, build, write atomically, then log what was sent.  icalendar is
imported only when one of these commands runs.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from models.cliutil import add_db_argument, open_desk
from models.entities import Classification
from models.errors import ExportError, ReadOnlyDatabase, StorageUnavailable, ValidationError


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``ics`` and ``rsvp`` sub-commands."""
    ics = subparsers.add_parser(
        "ics",
        help="export calendar invites, itineraries and programme feeds (.ics)",
        description="Write iCalendar files: invites for one event (per attendee for "
        "confidential events), a person's itinerary, or the programme as a feed. "
        "What was sent to whom is logged, so --changed-only can send only what changed.",
    )
    add_db_argument(ics)
    what = ics.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", type=int, metavar="ID", help="invites for this event")
    what.add_argument("--person", type=int, metavar="ID", help="this person's itinerary")
    what.add_argument("--programme", action="store_true", help="the programme as a feed")
    ics.add_argument("--per-attendee", action="store_true",
                     help="with --event: one file per attendee, listing only them and the "
                     "organiser (always so for confidential events); OUT is a folder")  # fmt: skip
    ics.add_argument("--delegation", type=int, metavar="ID",
                     help="with --programme: only events of this delegation's members")  # fmt: skip
    ics.add_argument("--from", dest="start", metavar="DATE",
                     help="with --programme: from this day (2026-12-01), in each venue's "
                     "zone")  # fmt: skip
    ics.add_argument("--to", dest="end", metavar="DATE",
                     help="with --programme: up to and including this day")  # fmt: skip
    ics.add_argument("--max-classification", choices=[c.value for c in Classification],
                     default=None,
                     help="with --programme: leave out events classified higher (default: "
                     "restricted, so confidential events stay out of a feed unless you give "
                     "confidential)")  # fmt: skip
    ics.add_argument("--changed-only", action="store_true",
                     help="only what is new, moved, edited or cancelled since the last export, "
                     "and cancellations for people removed")  # fmt: skip
    ics.add_argument("--alarm", type=int, metavar="MINUTES", default=30,
                     help="reminder before an event (default 30)")  # fmt: skip
    ics.add_argument("--site-visit-alarm", type=int, metavar="MINUTES", default=120,
                     help="reminder before a site visit (default 120)")  # fmt: skip
    ics.add_argument("--no-alarm", action="store_true", help="no reminders")
    ics.add_argument("-o", "--output", required=True, metavar="OUT",
                     help="the .ics file to write, or a folder (with --per-attendee)")  # fmt: skip
    ics.set_defaults(func=run_ics)

    rsvp = subparsers.add_parser(
        "rsvp",
        help="import attendees' replies (.ics files with METHOD:REPLY)",
        description="Record each attendee's answer from reply files. Replies for unknown "
        "events or attendees, or to an older version of an invite, are reported and ignored.",
    )
    add_db_argument(rsvp)
    rsvp.add_argument("files", nargs="+", metavar="FILE.ics", help="reply files")
    rsvp.set_defaults(func=run_rsvp)


def _day(text: str | None, flag: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError([f"{flag} {text!r} is not a date like 2026-12-01."]) from None


def _check_combinations(args: argparse.Namespace) -> None:
    problems = []
    if args.per_attendee and args.event is None:
        problems.append("--per-attendee goes with --event.")
    limited = args.max_classification is not None
    if not args.programme and (args.delegation is not None or args.start or args.end or limited):
        problems.append("--delegation, --from, --to and --max-classification go with --programme.")
    for flag, minutes in (("--alarm", args.alarm), ("--site-visit-alarm", args.site_visit_alarm)):
        if minutes < 0:
            problems.append(f"{flag} cannot be negative.")
    if problems:
        raise ValidationError(problems)


def run_ics(args: argparse.Namespace) -> int:
    from exports.calendar import api

    _check_combinations(args)
    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    out = Path(args.output).expanduser()
    options = api.InviteOptions(
        alarm_minutes=None if args.no_alarm else args.alarm,
        site_visit_alarm_minutes=None if args.no_alarm else args.site_visit_alarm,
    )
    try:
        desk = open_desk(args)
    except StorageUnavailable as refused:
        # A database one may only read (or in a read-only folder) can still be
        # exported from; only the export history cannot be recorded.
        try:
            desk = open_desk(args, read_only=True)
        except StorageUnavailable:
            raise refused from None
    try:
        programme = desk.programme()
        log = desk.store.export_records()
        common: dict[str, Any] = dict(clock=desk.clock, log=log, changed_only=args.changed_only,
                                      options=options)  # fmt: skip
        to_folder = out.is_dir()
        if args.event is not None:
            event = programme.event(args.event)
            per_attendee = True if args.per_attendee else None
            if event is not None and api.sent_per_attendee(event, per_attendee):
                if out.suffix.lower() == ".ics" and not out.is_dir():
                    raise ExportError(
                        f"“{event.title}” is confidential, so its invites go one per attendee "
                        f"and no one sees the guest list: give a folder with -o (not {out.name})."
                        if not args.per_attendee else
                        f"With --per-attendee, -o names a folder, not a file ({out.name})."
                    )  # fmt: skip
                to_folder = True
            result = api.event_invites(programme, args.event, per_attendee=per_attendee,
                                       **common)  # fmt: skip
        elif args.person is not None:
            result = api.person_itinerary(programme, args.person, **common)
        else:
            # Privacy by default: confidential events only when asked for by name.
            limit = Classification(args.max_classification or Classification.RESTRICTED.value)
            result = api.programme_feed(programme, delegation_id=args.delegation, start=start,
                                        end=end, max_classification=limit, **common)  # fmt: skip
        for note in result.notes:
            print(f"Note: {note}")
        if result.is_empty:
            print("Nothing written.")
            return 0
        if to_folder:
            paths = api.write_to_folder(result.documents, out)
        else:
            paths = api.write_to_file(result.documents, out)
        for path, document in zip(paths, result.documents, strict=True):
            print(f"{path}: {document.summary}")
        try:
            desk.store.record_exports(result.records)
        except ReadOnlyDatabase:
            print(
                "Warning: the files were written, but the database is read-only, so this "
                "export could not be recorded in its history (a later --changed-only will "
                "include these again).",
                file=sys.stderr,
            )
        return 0
    finally:
        desk.close()


def run_rsvp(args: argparse.Namespace) -> int:
    from exports.calendar.replies import read_reply_files
    from models.replies import apply_replies

    replies = read_reply_files(args.files)
    desk = open_desk(args)
    try:
        report = apply_replies(desk.store, replies)
    finally:
        desk.close()
    for line in report.lines():
        print(line)
    print(f"{len(report.changed)} changed, {len(report.unchanged)} unchanged, "
          f"{len(report.ignored)} ignored.")  # fmt: skip
    return 0
