"""Command-line adapter: ``send`` (invitations by e-mail) and ``outbox`` (what is queued).

``send`` plans the messages (:mod:`exports.mail.plan`), queues them in the
outbox and delivers everything due (:mod:`exports.mail.outbox`).  Exit status:
0 when everything was delivered, 1 when something stays queued or failed
(see ``outbox``), 2 for a user error.  The password comes from
``DELEGATION_DESK_SMTP_PASSWORD`` or the system's keyring, or is asked for
on a terminal; it is never stored by Delegation Desk.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from models.cliutil import add_db_argument, open_desk, print_json
from models.errors import ValidationError

SECURITY = ("none", "starttls", "tls")


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    """Add the ``send`` and ``outbox`` sub-commands."""
    send = subparsers.add_parser(
        "send",
        help="send invitations and updates by e-mail (iMIP) through your mail server",
        description="E-mail invitations, updates and cancellations, one message per "
        "recipient (confidential events list no one else). With --changed-only, each person "
        "affected gets one message with everything that changed since they were last told. "
        "Messages wait in the outbox until the server accepts them; run send again to resume.",
    )
    add_db_argument(send)
    what = send.add_mutually_exclusive_group(required=True)
    what.add_argument("--event", type=int, metavar="ID", help="invitations for this event")
    what.add_argument("--delegation", type=int, metavar="ID",
                      help="invitations for this delegation's members")  # fmt: skip
    what.add_argument("--all", action="store_true", help="invitations for every event")
    send.add_argument("--changed-only", action="store_true",
                      help="only what changed since each person was last told, in one message "
                      "per person")  # fmt: skip
    send.add_argument("--per-attendee", action="store_true",
                      help="the invitation lists only its recipient and the organiser (always "
                      "so for confidential events)")  # fmt: skip
    send.add_argument("--smtp-host", metavar="HOST", help="the mail server (required unless "
                      "--dry-run)")  # fmt: skip
    send.add_argument("--smtp-port", type=int, metavar="N",
                      help="default 587 (starttls), 465 (tls), 25 (none)")  # fmt: skip
    send.add_argument("--smtp-security", choices=SECURITY, default="starttls",
                      help="default starttls; 'none' only for a local relay")  # fmt: skip
    send.add_argument("--smtp-user", metavar="USER", default="",
                      help="log in as USER (password from DELEGATION_DESK_SMTP_PASSWORD or "
                      "the keyring)")  # fmt: skip
    send.add_argument("--sender", metavar="ADDRESS", default="",
                      help="the mailbox that sends on the organiser's behalf (the Sender "
                      "header; From stays the organiser)")  # fmt: skip
    send.add_argument("--dry-run", action="store_true",
                      help="show who would get what; queue and send nothing")  # fmt: skip
    send.set_defaults(func=run_send)

    outbox = subparsers.add_parser(
        "outbox",
        help="list e-mails queued, sent and failed",
        description="The outbox: every message, its recipient, state and last error.",
    )
    add_db_argument(outbox)
    outbox.add_argument("--json", action="store_true", help="print JSON instead")
    outbox.set_defaults(func=run_outbox)


def _ask(prompt: str) -> str | None:
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(prompt)


def smtp_settings(args: argparse.Namespace) -> Any:
    from exports.credentials import SMTP_PASSWORD_ENV, SMTP_SERVICE, find_password
    from exports.mail.smtp import SmtpSettings

    if not args.smtp_host:
        raise ValidationError(["--smtp-host is needed to send (or use --dry-run)."])
    password = ""
    if args.smtp_user:
        password = find_password(SMTP_SERVICE, SMTP_PASSWORD_ENV, args.smtp_user,
                                 args.smtp_host, _ask)  # fmt: skip
    settings = SmtpSettings(host=args.smtp_host, port=args.smtp_port,
                            security=args.smtp_security, user=args.smtp_user,
                            password=password)  # fmt: skip
    settings.check()
    return settings


def run_send(args: argparse.Namespace) -> int:
    from exports.mail.outbox import deliver, queue_plan
    from exports.mail.plan import plan_messages

    settings = None if args.dry_run else smtp_settings(args)
    desk = open_desk(args)
    try:
        plan = plan_messages(
            desk.programme(), clock=desk.clock, event_id=args.event,
            delegation_id=args.delegation, changed_only=args.changed_only,
            per_attendee=True if args.per_attendee else None,
            log=desk.store.export_records(), sender=args.sender,
        )  # fmt: skip
        for note in plan.notes:
            print(f"Note: {note}")
        for message in plan.messages:
            print(f"{'Would send' if args.dry_run else 'Queued'}: {message.preview}")
        if args.dry_run:
            print(f"Dry run: {len(plan.messages)} message(s) planned; nothing queued or sent.")
            return 0
        if plan.is_empty:
            print("Nothing new to send." if args.changed_only else "No messages to send.")
        queue_plan(desk.store, plan, desk.clock)
        assert settings is not None
        report = deliver(desk.store, settings, clock=desk.clock)
        for line in report.lines():
            print(line)
        print(report.headline())
        return 0 if report.complete else 1
    finally:
        desk.close()


def run_outbox(args: argparse.Namespace) -> int:
    from models.timezones import to_storage

    desk = open_desk(args)
    try:
        messages = desk.store.outbox_messages(with_bytes=False)
    finally:
        desk.close()
    if args.json:
        print_json([
            {"id": m.id, "status": m.status, "recipient": m.recipient, "subject": m.subject,
             "created_at": to_storage(m.created_at), "attempts": m.attempts,
             "sent_at": to_storage(m.sent_at) if m.sent_at else None,
             "next_attempt_at": to_storage(m.next_attempt_at) if m.next_attempt_at else None,
             "last_error": m.last_error, "message_id": m.message_id,
             "items": [{"event_id": i.event_id, "uid": i.event_uid, "method": i.method,
                        "sequence": i.sequence} for i in m.items]}
            for m in messages
        ])  # fmt: skip
        return 0
    if not messages:
        print("The outbox is empty.")
        return 0
    for m in messages:
        when = m.sent_at or m.next_attempt_at or m.created_at
        line = f"{m.id:>5}  {m.status:<10}  {to_storage(when)}  {m.recipient}  {m.subject}"
        if m.last_error and m.status != "sent":
            line += f"  ({m.last_error})"
        print(line)
    return 0
