"""Command line of team work: ``team create|join|status|add-member|leave``, ``sync``,
``conflicts`` and ``resolve`` — a thin adapter over :mod:`models.sync.engine`.

``sync`` exits 0 when the file is in step with the team and 3 when conflicts
wait for a decision (they are listed); a server that cannot be reached, or
one holding a newer format, is a message and exit status 2 (nothing lost: the
changes wait in the file).
"""

from __future__ import annotations

import argparse
import getpass
import sys
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from models.cliutil import add_db_argument, database_path, print_json
from models.store import Store
from models.sync import engine
from models.sync.local import StoredConflict

if TYPE_CHECKING:
    from models.protocol.checkin import BadgeToken
    from models.sync.upgrade_merge import MergeReport

EXIT_CONFLICTS = 3

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    team = subparsers.add_parser(
        "team",
        help="work as a team through the embassy's PostgreSQL server",
        description="Share this programme with a team through a PostgreSQL database.",
    )
    team_sub = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)

    def add(parent: Any, name: str, handler: Handler, help_text: str) -> Any:
        parser = parent.add_parser(name, help=help_text, description=help_text)
        add_db_argument(parser)
        parser.set_defaults(func=handler)
        return parser

    create = add(
        team_sub,
        "create",
        run_create,
        "make this file's programme the team's shared programme on an empty server database",
    )
    create.add_argument(
        "--server", required=True, metavar="URL",
        help="postgresql://user@host:port/database (you become its lead)",
    )  # fmt: skip
    create.add_argument("--name", default="", help="a name for the shared programme")
    join = add(team_sub, "join", run_join, "make a new local copy of the team's programme")
    join.add_argument("--server", required=True, metavar="URL",
                      help="postgresql://user@host:port/database")  # fmt: skip
    status = add(team_sub, "status", run_status,
                 "who is connected, what waits to be sent, when the last sync was")  # fmt: skip
    status.add_argument("--json", action="store_true", help="print JSON instead")
    status.add_argument("--offline", action="store_true", help="do not ask the server")
    member = add(team_sub, "add-member", run_add_member,
                 "give a person an account on the team's server (run by the lead)")  # fmt: skip
    member.add_argument("--user", required=True, metavar="NAME", help="their account name")
    member.add_argument(
        "--role", required=True, choices=("lead", "coordinator", "staff", "printer"),
        help="staff and printers see no confidential event",
    )  # fmt: skip
    member.add_argument("--password-stdin", action="store_true",
                        help="read their password from standard input (else one is made up "
                        "and printed once)")  # fmt: skip
    add(
        team_sub, "leave", run_leave, "stop working as a team in this file (it keeps the programme)"
    )
    add(team_sub, "upgrade", run_upgrade,
        "(the lead) move the team's programme to this version's format, sending what it "
        "shares beyond the old one from this file")  # fmt: skip

    sync = add(subparsers, "sync", run_sync,
               "send this file's changes to the team and receive theirs; exit 3 when "
               "conflicts wait for a decision")  # fmt: skip
    sync.add_argument("--json", action="store_true", help="print JSON instead")
    listing = add(subparsers, "conflicts", run_conflicts, "list conflicts waiting for a decision")
    listing.add_argument("--json", action="store_true", help="print JSON instead")
    resolve = add(subparsers, "resolve", run_resolve,
                  "decide a conflict: keep your value or theirs, or give a new one")  # fmt: skip
    resolve.add_argument("--conflict", type=int, required=True, metavar="ID")
    resolve.add_argument("--keep", choices=("mine", "theirs"))
    resolve.add_argument("--value", metavar="TEXT", help="a new value for the field instead")


def _clean(value: Any) -> str:
    """Text from other people, safe for a terminal (no control characters)."""
    text = value if isinstance(value, str) else repr(value)
    return "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in text)


def _store(args: argparse.Namespace, *, create: bool = False) -> Store:
    return Store.open(database_path(args), create=create)


def run_create(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        report = engine.create(store.conn, args.server, args.name)
    finally:
        store.close()
    print(f"The team's programme is on {report.server}: {report.records} records sent; "
          f"you ({report.user}) are its lead. Add members with 'team add-member'.")  # fmt: skip
    return 0


def run_join(args: argparse.Namespace) -> int:
    store = _store(args, create=True)
    try:
        report = engine.join(store.conn, args.server)
    finally:
        store.close()
    print(f"Joined the team on {report.server} as {report.user} ({report.role}): "
          f"{report.records} records received.")  # fmt: skip
    return 0


def run_status(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        found = engine.status(store.conn, ask_server=not args.offline)
    finally:
        store.close()
    if args.json:
        print_json(found.to_json())
        return 0
    print(f"Team server:  {found.server}")
    print(f"You:          {found.user} ({found.role})")
    print(f"Last sync:    {found.last_sync or 'never'}")
    print(f"Waiting:      {found.waiting} change(s) to send")
    print(f"Conflicts:    {found.conflicts}")
    if found.online:
        print(f"Connected:    {', '.join(found.connected) or 'nobody'}")
        print("Members:      " + ", ".join(f"{u} ({r})" for u, r in found.members))
    elif not args.offline:
        print(f"Offline:      {found.problem}")
    return 0


def run_add_member(args: argparse.Namespace) -> int:
    password = None
    if args.password_stdin:
        interactive = sys.stdin.isatty()
        password = getpass.getpass() if interactive else sys.stdin.readline().rstrip("\n")
    store = _store(args)
    try:
        given = engine.add_member(store.conn, args.user, args.role, password)
    finally:
        store.close()
    print(f"{args.user} is now a member of the team ({args.role}).")
    if given and not password:
        print(f"Their password (shown once, not kept anywhere): {given}")
    return 0


def run_leave(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        waiting = engine.leave(store.conn)
    finally:
        store.close()
    note = f" {waiting} change(s) that were never sent stay only in this file." if waiting else ""
    print("This file no longer belongs to a team." + note)
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        report = engine.upgrade(store.conn)
    finally:
        store.close()
    if report.before == report.after:
        print(f"The team's programme is already in this version's format ({report.after}).")
        return 0
    print(f"The team's programme is now in format {report.after} (was {report.before}): "
          f"{report.records} record(s) newly shared from this file. Every member needs this "
          "version of Delegation Desk to sync; their next sync takes these records.")  # fmt: skip
    return 0


def _conflict_lines(store: Store, found: list[StoredConflict]) -> list[str]:
    lines = []
    for c in found:
        what = _clean(engine.describe(store.conn, c))
        k = c.conflict
        if k.kind == "field":
            lines.append(
                f"#{c.id}  {what}: {k.field} — mine {_clean(k.mine)!s} ({_clean(k.mine_author)}), "
                f"theirs {_clean(k.theirs)!s} ({_clean(k.their_author)})"
                + (f"; {_clean(k.label)}" if k.label else "")
            )
        elif k.kind == "edit-deleted":
            lines.append(f"#{c.id}  {what}: you edited it, {_clean(k.their_author)} deleted it "
                         "(kept; --keep theirs deletes it)")  # fmt: skip
        else:
            extra = f", {_clean(k.label)}" if k.label else ""
            lines.append(f"#{c.id}  {what}: you deleted it, {_clean(k.their_author)} changed it"
                         f"{extra} (kept; --keep mine deletes it)")  # fmt: skip
    return lines


def run_sync(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        report = engine.sync(store.conn)
        if args.json:
            print_json(report.to_json())
        else:
            if report.merged and report.merged.held:
                print(merged_text(report.merged))
            print(f"Sent {report.pushed} change(s), received {report.pulled}.")
            if report.superseded_badges:
                print(f"{len(report.superseded_badges)} badge(s) were issued twice, on two "
                      "laptops: each person's first-issued badge stays theirs, and the other "
                      "is still accepted at check-in, where the desk collects it. Print these "
                      "badges again:")  # fmt: skip
                for line in superseded_lines(store, report.superseded_badges):
                    print("  " + line)
            if report.conflicts:
                print(f"{len(report.conflicts)} conflict(s) wait for your decision "
                      "(resolve --conflict ID --keep mine|theirs):")  # fmt: skip
                for line in _conflict_lines(store, report.conflicts):
                    print("  " + line)
            elif report.waiting:
                print(f"{report.waiting} change(s) made meanwhile wait for the next sync.")
            else:
                print("In step with the team.")
    finally:
        store.close()
    return EXIT_CONFLICTS if report.conflicts else 0


def merged_text(m: MergeReport) -> str:
    """What the first sync after the team's upgrade did with this file's own records."""
    parts = [f"{m.same} the same as the team's"]
    if m.new:
        parts.append(f"{m.new} new to the team, sent")
    if m.differing:
        parts.append(f"{m.differing} with values of their own, sent to be merged")
    if m.dropped:
        parts.append(f"{m.dropped} replaced by the team's (your role may only read)")
    if m.removed:
        parts.append(f"{m.removed} the team had deleted, deleted here too")
    if m.deleted:
        parts.append(f"{m.deleted} deleted here, deleted from the team too (kept and asked "
                     "about where someone changed it there)")  # fmt: skip
    return (
        f"{m.held} record(s) this file kept alone before the team's upgrade were merged "
        f"with the team's: {'; '.join(parts)} (a snapshot was kept: 'snapshots')."
    )


def superseded_lines(store: Store, badges: list[BadgeToken]) -> list[str]:
    """Whose badge, for what: 'Name — Event title' (or the delegation's name)."""
    people = {p.id: p for p in store.people_by_ids([b.person_id for b in badges])}
    events = {e.id: e for e in store.events_by_ids([b.event_id for b in badges if b.event_id])}
    delegations = {d.id: d for d in store.delegations()}
    lines = []
    for b in badges:
        person = people.get(b.person_id)
        name = person.display_name if person else f"person {b.person_id}"
        if b.event_id is not None:
            event = events.get(b.event_id)
            what = event.title if event else f"event {b.event_id}"
        else:
            delegation = delegations.get(b.delegation_id)
            what = delegation.name if delegation else f"delegation {b.delegation_id}"
        lines.append(f"{name} — {what}")
    return lines


def run_conflicts(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        found = engine.conflicts(store.conn)
        if args.json:
            print_json([engine.conflict_json(c) for c in found])
        elif not found:
            print("No conflicts.")
        else:
            for line in _conflict_lines(store, found):
                print(line)
    finally:
        store.close()
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    store = _store(args)
    try:
        engine.resolve(store.conn, args.conflict, args.keep, args.value)
    finally:
        store.close()
    print(f"Conflict #{args.conflict} decided; the decision goes to the team with the next sync.")
    return 0
