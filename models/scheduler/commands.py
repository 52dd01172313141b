"""Command line: ``schedule`` (propose or apply meetings) and ``requests`` (list them).

``schedule`` without ``--apply`` is a dry run: it prints the proposal and
writes nothing.  With ``--apply`` the proposal is written in one transaction
after an automatic backup.  OR-Tools is imported only once a run starts.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from models.cliutil import add_db_argument, open_desk, print_json
from models.errors import AppError
from models.timezones import format_span


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    run = subparsers.add_parser(
        "schedule",
        help="propose times, rooms and interpreters for the meeting requests",
        description="Place the meeting requests around the fixed programme: must before "
        "should before could, mutual interest first, nobody in two places, travel between "
        "venues respected. A dry run unless --apply is given.",
    )
    add_db_argument(run)
    run.add_argument(
        "--time-limit",
        type=float,
        default=20.0,
        metavar="SECONDS",
        help="how long the optimiser may improve the first schedule (default 20; "
        "0: the fast greedy schedule only)",
    )
    run.add_argument(
        "--seed",
        type=int,
        default=0,
        metavar="N",
        help="the same seed gives the same schedule (default 0)",
    )
    run.add_argument(
        "--allow-moves",
        action="store_true",
        help="meetings whose invites were sent may move (as few as possible); "
        "locked meetings never move",
    )
    run.add_argument(
        "--apply",
        action="store_true",
        help="write the meetings as tentative events (after an automatic snapshot)",
    )
    run.add_argument("--json", action="store_true", help="print JSON instead")
    run.set_defaults(func=run_schedule)
    listing = subparsers.add_parser("requests", help="list the meeting requests")
    add_db_argument(listing)
    listing.add_argument("--json", action="store_true", help="print JSON instead")
    listing.set_defaults(func=run_requests)


def run_schedule(args: argparse.Namespace) -> int:
    from models.scheduler.service import Scheduler

    if args.time_limit < 0:
        raise AppError("--time-limit cannot be negative.")
    desk = open_desk(args)
    try:
        scheduler = Scheduler(desk)
        if not desk.store.meeting_requests():
            raise AppError(
                "There are no meeting requests to schedule. Import some with "
                "“import-requests FILE.csv” first."
            )
        proposal = scheduler.propose(
            time_limit=args.time_limit, seed=args.seed, allow_moves=args.allow_moves
        )
        applied = None
        if args.apply:
            applied, proposal = scheduler.apply(proposal)
    finally:
        desk.close()
    if args.json:
        print_json(proposal.to_json())
        return 0
    _print(proposal)
    if applied is None:
        print(
            "Dry run: nothing was written. Add --apply to write these meetings as tentative events."
        )
    else:
        print(
            f"Wrote {len(applied.created)} new meetings and moved {len(applied.before)} as "
            "tentative events."
            + (
                f" A snapshot of the database from before is at {applied.backup}."
                if applied.backup
                else ""
            )
        )
    return 0


def _print(proposal: Any) -> None:
    bound = f" of at most {proposal.bound}" if proposal.bound is not None else ""
    print(
        f"{len(proposal.meetings)} meetings, value {proposal.value}{bound} "
        f"(the fast first schedule: {proposal.greedy_value}); "
        f"{len(proposal.unscheduled)} requests unscheduled."
    )
    if proposal.note:
        print(proposal.note)
    for m in proposal.meetings:
        tag = " [moved]" if m.moved else " [kept]" if m.kept else ""
        requests = ", ".join(str(r) for r in m.request_ids)
        print(
            f"  {format_span(m.starts_at, m.ends_at, m.timezone)}  {m.venue}, {m.room}  "
            f"{m.title} (request {requests}){tag}"
        )
    if proposal.unscheduled:
        print("Unscheduled:")
        for u in proposal.unscheduled:
            print(f"  request {u.request_id} ({u.title}): {u.reason}")
    sys.stdout.flush()


def run_requests(args: argparse.Namespace) -> int:
    from models.scheduler.service import request_lines

    desk = open_desk(args)
    try:
        requests = desk.store.meeting_requests()
        programme = desk.programme()
    finally:
        desk.close()
    rows = [
        {
            "id": line.request.id,
            "requester": line.requester,
            "target": line.target,
            "priority": line.request.priority.value,
            "duration": line.request.duration_minutes,
            "interpreter": line.request.interpreter,
            "event": line.request.event_id,
        }
        for line in request_lines(programme, requests)
    ]
    if args.json:
        print_json(rows)
        return 0
    for row in rows:
        extra = f"  interpreter {row['interpreter']}" if row["interpreter"] else ""
        if row["event"]:
            extra += f"  event {row['event']}"
        print(
            f"{row['id']:>4}  {row['priority']:<6} {row['requester']} → {row['target']}  "
            f"{row['duration']} min{extra}"
        )
    return 0
