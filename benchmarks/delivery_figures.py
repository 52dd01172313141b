"""Figures for e-mail and CalDAV delivery, each beside the bare library doing the same work.

* sending per-attendee invitations to an SMTP server on loopback (aiosmtpd in
  this process, discarding what it receives): the app queues the messages in
  its outbox and delivers them (a commit before and after each message, the
  export log written as each is accepted); the baseline sends the very same
  message bytes through ``smtplib`` on one connection;
* publishing the programme to a Radicale started on loopback: a first publish
  of every event into an empty calendar (the baseline: the same resources
  PUT through ``caldav``'s client), then a republish after one event moved,
  which must write exactly one resource (the baseline: that one PUT).
"""

from __future__ import annotations

import shutil
import smtplib
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.harness import Figure, Target, guarded, settle
from models.entities import Classification, Event, Programme

TARGETS = {
    # Two commits per message (marked "sending" before it is handed over, "sent" with its
    # export-log lines after) and the message bytes kept: the price of never sending twice.
    "mail": Target(ratio=2.0),
    "publish": Target(ratio=1.5),
    "republish": None,
}
MESSAGES = 1000
#: Events per published calendar.  Radicale checks each PUT's UID against every item
#: of the calendar, so a calendar's publish time grows with the square of its size:
#: 1,000 events take about three minutes here, 10,000 would take hours (app and
#: baseline alike).  Larger programmes publish their first days up to this many.
CALDAV_EVENTS = 1000

#: The whole programme is published, confidential events included (the baseline PUTs them all).
EVERYTHING = Classification.CONFIDENTIAL


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Sink:
    def __init__(self) -> None:
        self.count = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.count += 1
        return "250 OK"


def _timed(work: Any) -> tuple[float, Any]:
    settle()
    started = time.perf_counter()
    result = work()
    return time.perf_counter() - started, result


def mail_figure(size: str, db: Path, programme: Programme, now: datetime, repeat: int) -> Figure:
    figure = Figure(f"send {MESSAGES:,} invites by e-mail", size,
                    f"{MESSAGES:,} per-attendee messages to loopback SMTP, outbox and log",
                    "s", baseline_name="the same message bytes through smtplib.sendmail on "
                    "one connection")  # fmt: skip

    def measure(f: Figure) -> None:
        from aiosmtpd.controller import Controller

        from exports.mail.outbox import deliver, queue_plan
        from exports.mail.plan import plan_messages
        from exports.mail.smtp import SmtpSettings
        from models.clock import FixedClock
        from models.store import Store

        clock = FixedClock(now)
        events, attendees = [], 0
        for event in programme.events:  # enough events for the messages, not all of them
            if attendees >= MESSAGES:
                break
            events.append(event)
            attendees += len(event.participations)
        part = replace(programme, events=tuple(events))
        plan = plan_messages(part, clock=clock, per_attendee=True)
        chosen = replace(plan, messages=plan.messages[:MESSAGES])
        if len(chosen.messages) < MESSAGES:
            f.work = f"{len(chosen.messages):,} per-attendee messages to loopback SMTP"
        sink = _Sink()
        port = _port()
        controller = Controller(sink, hostname="127.0.0.1", port=port)
        controller.start()
        settings = SmtpSettings("127.0.0.1", port, "none")
        folder = Path(tempfile.mkdtemp(prefix="dd-mail-"))
        try:
            app_times, bare_times = [], []
            for run in range(repeat):
                copy = folder / f"outbox-{run}.db"
                shutil.copyfile(db, copy)
                store = Store.open(copy, create=False)
                try:

                    def app(store: Store = store) -> Any:
                        queue_plan(store, chosen, clock)
                        return deliver(store, settings, clock=clock)

                    seconds, report = _timed(app)
                finally:
                    store.close()
                if len(report.sent) != len(chosen.messages):
                    raise RuntimeError(f"only {len(report.sent)} messages were sent")
                app_times.append(seconds)

                def bare() -> None:
                    with smtplib.SMTP("127.0.0.1", port) as smtp:
                        for m in chosen.messages:
                            smtp.sendmail(m.sender, [m.recipient.address], m.data)

                bare_times.append(_timed(bare)[0])
            f.value, f.baseline = min(app_times), min(bare_times)
            f.extra["runs"] = {"app": app_times, "bare": bare_times}
        finally:
            controller.stop()
            shutil.rmtree(folder, ignore_errors=True)

    return guarded(figure, TARGETS["mail"], measure)


def _select(programme: Programme, window: tuple[date, date]) -> list[Event]:
    from exports.calendar.feed import select_events

    return select_events(programme, start=window[0], end=window[1])


def _first_days(programme: Programme, limit: int) -> tuple[date, date]:
    """The first days of the programme (venue's zone) holding at most ``limit`` events."""
    from models.timezones import in_zone

    days = sorted(in_zone(e.starts_at, e.timezone).date() for e in programme.events)
    if len(days) <= limit:
        return days[0], days[-1]
    last = days[limit - 1]
    if days[limit] == last:  # do not cut a day in two: stop before it
        last -= timedelta(days=1)
    return days[0], last


class _Radicale:
    def __init__(self, folder: Path) -> None:
        self.port = _port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log = (folder / "radicale.log").open("wb")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "radicale",
             f"--storage-filesystem-folder={folder / 'collections'}",
             f"--server-hosts=127.0.0.1:{self.port}", "--auth-type=none",
             "--logging-level=warning"],
            stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Radicale did not start") from None
                time.sleep(0.2)

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=60)
        self.log.close()


def caldav_figures(size: str, db: Path, programme: Programme, now: datetime) -> list[Figure]:
    window = _first_days(programme, CALDAV_EVENTS)
    events = len(_select(programme, window))
    scope = (f"of {len(programme.events):,}: the first {(window[1] - window[0]).days + 1} "
             "days" if events < len(programme.events) else "")  # fmt: skip
    first = Figure("publish to CalDAV", size,
                   f"{events:,} events{' ' + scope if scope else ''} into an empty calendar",
                   "s",
                   baseline_name="the same resources PUT one by one through caldav's "
                   "DAVClient")  # fmt: skip
    again = Figure("republish after one change", size,
                   f"{events:,} events, one moved: one resource written", "s",
                   baseline_name="that one PUT through caldav's DAVClient")  # fmt: skip
    results: dict[str, Any] = {}

    def measure_first(f: Figure) -> None:
        from caldav.davclient import DAVClient

        from exports.caldav.publish import CalDavSettings, publish
        from exports.caldav.resources import ResourceMaker
        from exports.calendar.builder import Builder
        from models.clock import FixedClock
        from models.services import Desk
        from models.store import Store

        clock = FixedClock(now)
        folder = Path(tempfile.mkdtemp(prefix="dd-caldav-"))
        server = _Radicale(folder)
        results["cleanup"] = (server, folder)
        copy = folder / "publish.db"
        shutil.copyfile(db, copy)
        store = Store.open(copy, create=False)
        results["store"] = store
        client = DAVClient(url=f"{server.base}/", enable_rfc6764=False)
        client.request(f"{server.base}/desk/", "MKCOL", "")
        app_url = f"{server.base}/desk/app/"
        f.value, report = _timed(lambda: publish(store, programme, CalDavSettings(app_url),
                                                 clock=clock, start=window[0], end=window[1],
                                                 max_classification=EVERYTHING))  # fmt: skip
        if report.writes != events:
            raise RuntimeError(f"{report.writes} resources written, not {events}")
        maker = ResourceMaker(Builder(programme, clock), programme, None, "Programme")
        resources = [maker.make(e) for e in _select(programme, window)]  # untimed
        bare_url = f"{server.base}/desk/bare/"
        client.mkcalendar(bare_url, "")
        headers = {"Content-Type": "text/calendar; charset=utf-8"}

        def bare() -> None:
            for r in resources:
                client.put(bare_url + r.name, r.data.decode("utf-8"), headers)

        f.baseline = _timed(bare)[0]
        results.update(clock=clock, url=app_url, client=client, bare_url=bare_url,
                       maker=maker, headers=headers, desk=Desk(store, clock))  # fmt: skip

    def measure_again(f: Figure) -> None:
        from exports.caldav.publish import CalDavSettings, publish

        if "desk" not in results:
            raise RuntimeError("the first publish did not run")
        desk = results["desk"]
        target = next(e for e in _select(programme, window)
                      if not e.is_cancelled and not e.agenda)  # fmt: skip
        moved = desk.reschedule(target.id or 0, target.starts_at + timedelta(minutes=30),
                                target.ends_at + timedelta(minutes=30))  # fmt: skip
        changed = desk.store.programme()
        f.value, report = _timed(lambda: publish(desk.store, changed,
                                                 CalDavSettings(results["url"]),
                                                 clock=results["clock"], start=window[0],
                                                 end=window[1],
                                                 max_classification=EVERYTHING))  # fmt: skip
        if report.writes != 1 or report.updated != [moved.title]:
            raise RuntimeError(f"{report.writes} resources written, not 1")
        resource = results["maker"].make(moved)
        f.baseline = _timed(lambda: results["client"].put(
            results["bare_url"] + resource.name, resource.data.decode("utf-8"),
            results["headers"]))[0]  # fmt: skip

    try:
        figures = [guarded(first, TARGETS["publish"], measure_first),
                   guarded(again, TARGETS["republish"], measure_again)]  # fmt: skip
    finally:
        if "store" in results:
            results["store"].close()
        if "cleanup" in results:
            server, folder = results["cleanup"]
            server.stop()
            shutil.rmtree(folder, ignore_errors=True)
    return figures
