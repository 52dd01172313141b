"""Queue planned messages in the outbox, then deliver what is due.

Delivery is safe to interrupt at any point:

* each message is marked ``sending`` (committed) before it is handed over,
  and ``sent`` — with its export-log lines, in one transaction — as soon as
  the server accepts it;
* a connection lost before a message was handed over leaves it queued; the
  run reconnects once and stops if the server is gone, and the next run
  resumes with what is left: nothing accepted is sent again;
* a message whose fate SMTP leaves open (the connection lost after it was
  sent, before the reply, or a crash in between) is marked failed with that
  explanation instead of being sent a second time;
* a 4xx refusal for one recipient is tried again after a back-off (within
  the run for short waits, then at the next run); a 5xx is reported; neither
  stops the others.

Queuing a new message for a person replaces (``superseded``) their older
pending messages that tell nothing the new one does not.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import timedelta

from exports.calendar.builder import CancelCheck, Progress, Steps
from exports.mail.plan import MailPlan
from exports.mail.smtp import Connection, Outcome, SmtpSettings, Unreachable
from models.clock import Clock
from models.errors import Cancelled
from models.messages import Message
from models.store import Store
from models.store.outbox import PENDING, OutboxMessage

#: Waits (seconds) before trying a 4xx-refused message again within one run.
RETRY_DELAYS = (2.0, 10.0, 30.0)
#: When a message still refused after those is tried at the next run.
RETRY_LATER = timedelta(minutes=10)


@dataclass
class DeliveryReport:
    sent: list[OutboxMessage] = field(default_factory=list)
    deferred: dict[int, tuple[OutboxMessage, str]] = field(default_factory=dict)
    failed: list[tuple[OutboxMessage, str]] = field(default_factory=list)
    left_queued: int = 0
    not_due: int = 0
    unreachable: str = ""
    recovered: int = 0
    waits: list[float] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        """Everything due was delivered."""
        return not (self.deferred or self.failed or self.left_queued or self.unreachable)

    def lines(self) -> list[str]:
        out: list[str] = [
            Message("Sent to {to}: {subject}", to=m.recipient, subject=m.subject) for m in self.sent
        ]
        out += [Message("Refused for good by the server for {to}: {why}", to=m.recipient, why=why)
                for m, why in self.failed]  # fmt: skip
        out += [Message("Refused for now for {to} ({why}); tried again at the next send.",
                        to=m.recipient, why=why)
                for m, why in self.deferred.values()]  # fmt: skip
        if self.unreachable:
            out.append(self.unreachable)
        if self.left_queued:
            out.append(Message("{count} message(s) stay in the outbox and go at the next send.",
                               count=self.left_queued))  # fmt: skip
        if self.not_due:
            out.append(Message("{count} message(s) wait for their next attempt.",
                               count=self.not_due))  # fmt: skip
        if self.recovered:
            out.append(Message("{count} message(s) were interrupted while being sent earlier; "
                               "see the outbox.", count=self.recovered))  # fmt: skip
        return out

    def headline(self) -> str:
        text = Message("{count} sent", count=len(self.sent))
        if self.failed:
            text = Message("{head}, {count} failed", head=text, count=len(self.failed))
        if self.deferred:
            text = Message("{head}, {count} to retry", head=text, count=len(self.deferred))
        if self.left_queued:
            text = Message("{head}, {count} queued", head=text, count=self.left_queued)
        return Message("{text}.", text=text)


def queue_plan(store: Store, plan: MailPlan, clock: Clock) -> list[int]:
    """Store the plan's messages; older pending ones they cover are superseded."""
    covers: dict[int, set[str]] = {}
    for message in plan.messages:
        covers.setdefault(message.person_id, set()).update(
            c.record.event_uid for c in message.changes
        )
    pending = store.outbox_messages(PENDING, with_bytes=False)
    supersede = [
        m.id for m in pending
        if m.id is not None and m.person_id in covers
        and all(item.event_uid in covers[m.person_id] for item in m.items)
    ]  # fmt: skip
    now = clock.now()
    return store.queue_messages([m.outbox_message(now) for m in plan.messages], supersede)


def deliver(
    store: Store,
    settings: SmtpSettings,
    *,
    clock: Clock,
    sleep: Callable[[float], None] = time.sleep,
    retry_delays: Sequence[float] = RETRY_DELAYS,
    retry_later: timedelta = RETRY_LATER,
    progress: Progress | None = None,
    cancel: CancelCheck | None = None,
) -> DeliveryReport:
    """Send every queued message that is due; returns what happened to each."""
    report = DeliveryReport(recovered=store.recover_interrupted())
    now = clock.now()
    pending = store.outbox_messages(PENDING)
    due = [m for m in pending if m.next_attempt_at is None or m.next_attempt_at <= now]
    report.not_due = len(pending) - len(due)
    if not due:
        return report
    connection = Connection(settings)
    try:
        connection.open()
    except Unreachable as exc:
        report.unreachable = Message(
            "{reason} The messages stay in the outbox.", reason=exc.user_message
        )
        report.left_queued = len(due)
        return report
    steps = Steps(len(due), progress, cancel)
    try:
        _rounds(store, connection, due, report, clock, sleep, retry_delays, retry_later, steps)
    except Cancelled:
        raise Cancelled(
            Message(
                "Sending was cancelled: {result} The rest stay in the outbox.",
                result=report.headline(),
            )
        ) from None
    finally:
        connection.close()
    return report


def _rounds(
    store: Store,
    connection: Connection,
    due: list[OutboxMessage],
    report: DeliveryReport,
    clock: Clock,
    sleep: Callable[[float], None],
    retry_delays: Sequence[float],
    retry_later: timedelta,
    steps: Steps,
) -> None:
    batch = due
    for attempt in range(len(retry_delays) + 1):
        retry: list[OutboxMessage] = []
        for position, message in enumerate(batch):
            if steps.cancelled():
                raise Cancelled()
            if not connection.is_open:
                try:
                    connection.open()
                except Unreachable as exc:
                    report.unreachable = Message(
                        "{reason} The rest stay in the outbox.", reason=exc.user_message
                    )
                    report.left_queued += len(batch) - position + len(retry)
                    return
            assert message.id is not None
            store.mark_sending(message.id)
            result = connection.send(message.sender, message.recipient, message.message)
            if result.outcome is Outcome.SENT:
                store.mark_sent(message, clock.now())
                report.sent.append(message)
                report.deferred.pop(message.id, None)
            elif result.outcome is Outcome.RETRY:
                store.mark_deferred(message.id, result.detail, clock.now() + retry_later)
                report.deferred[message.id] = (message, result.detail)
                retry.append(message)
            elif result.outcome is Outcome.UNSENT:
                store.mark_unsent(message.id, result.detail)
                retry.insert(0, message)  # first again once reconnected
                report.deferred.pop(message.id, None)
            else:
                why = result.detail
                if result.outcome is Outcome.UNCERTAIN:
                    why = Message(
                        "{detail}; it may have arrived, so it is not sent again by itself",
                        detail=why,
                    )
                store.mark_failed(message.id, why)
                report.failed.append((message, why))
                report.deferred.pop(message.id, None)
            if result.outcome is not Outcome.RETRY or attempt == len(retry_delays):
                steps.step()
        if not retry:
            return
        if attempt == len(retry_delays):
            report.left_queued += sum(1 for m in retry if m.id not in report.deferred)
            return
        if any(m.id in report.deferred for m in retry):
            report.waits.append(retry_delays[attempt])
            sleep(retry_delays[attempt])
        batch = retry
