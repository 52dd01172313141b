"""Figures measured in this process: import, clash detection, invites, briefing pack.

Each function takes the size and the prepared files and returns one
:class:`~benchmarks.harness.Figure`; the app's work and the baseline run
alternately in this process, each from a collected heap.  A part of the app
that is not there yet makes the figure "not available", never an error.
"""

from __future__ import annotations

import csv
import shutil
import time
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from typing import Any

from benchmarks import generate
from benchmarks.harness import Figure, Target, Unavailable, best_of, guarded, settle
from models.entities import Programme, Reply
from models.store import Store

TARGETS = {
    "import": Target(ratio=1.5),
    "clashes": Target(limit=1.0, limit_sizes=("XL",)),
    "invites": Target(ratio=1.3),
    "pack": Target(ratio=1.3),
    "script pack": Target(ratio=1.3),
    "delegation pack": Target(limit=2.0, limit_sizes=("sample",)),
}


def _need(module: str, *names: str) -> Any:
    """Import ``module`` and check it has ``names``; :class:`Unavailable` otherwise."""
    import importlib

    try:
        found = importlib.import_module(module)
    except ImportError as exc:
        raise Unavailable(f"{module} cannot be imported ({exc})") from exc
    missing = [n for n in names if not hasattr(found, n)]
    if missing:
        raise Unavailable(f"{module} has no {', '.join(missing)}")
    return found


def _count(n: int) -> str:
    return f"{n:,}"


# -- import ------------------------------------------------------------------------------


def _empty_database(path: Path, organisations: int) -> None:
    """A database holding only the size's organisations (untimed set-up)."""
    if path.exists():
        path.unlink()
    store = Store.open(path)
    with store.atomic():
        for org in generate.organisation_names(organisations):
            store.insert_organisation(org)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


def import_figure(size: generate.Size, workdir: Path, repeat: int) -> Figure:
    n = size.people
    figure = Figure("import people from CSV", size.name, f"{_count(n)} rows", "s",
                    baseline_name="csv.DictReader + sqlite-utils insert_all into a table of "
                    "the same shape (same schema and pragmas), organisation names looked up "
                    "in a dict")  # fmt: skip

    def measure(f: Figure) -> None:
        reader = _need("exports.csv_import", "read_people_csv")
        planner = _need("models.people_import", "plan_import", "apply_import")
        import sqlite_utils

        from models.services import Desk

        pristine = workdir / f"import-{size.name}-empty.db"
        _empty_database(pristine, size.organisations)
        names = [o.name for o in generate.organisation_names(size.organisations)]
        source = generate.write_people_csv(workdir / f"people-{size.name}.csv", n, names)
        app_db, bare_db = workdir / "import-app.db", workdir / "import-bare.db"
        app_times, bare_times = [], []
        for _ in range(repeat):
            for target in (app_db, bare_db):
                for suffix in ("-wal", "-shm"):
                    Path(f"{target}{suffix}").unlink(missing_ok=True)
                shutil.copyfile(pristine, target)
            desk = Desk(Store.open(app_db))
            settle()
            started = time.perf_counter()
            candidates = reader.read_people_csv(source).candidates
            report = planner.apply_import(desk, planner.plan_import(desk, candidates))
            app_times.append(time.perf_counter() - started)
            desk.close()
            if report.imported != n:
                raise RuntimeError(f"the app imported {report.imported} of {n} rows")

            db = sqlite_utils.Database(bare_db)
            db.conn.execute("PRAGMA foreign_keys = ON")
            db.conn.execute("PRAGMA synchronous = NORMAL")
            settle()
            started = time.perf_counter()
            org_ids = {name: key for key, name in db.execute("SELECT id, name FROM organisations")}
            with open(source, encoding="utf-8", newline="") as handle:
                rows = [
                    {
                        "family_name": r["family_name"], "given_name": r["given_name"],
                        "name_japanese": r["name_japanese"], "honorific": r["honorific"],
                        "position": r["position"],
                        "organisation_id": org_ids.get(r["organisation"]),
                        "email": r["email"], "phone": r["phone"], "nationality": r["nationality"],
                        "languages": r["languages"].replace(";", ","), "dietary": r["dietary"],
                        "accessibility": r["accessibility"], "notes": r["notes"],
                    }
                    for r in csv.DictReader(handle)
                ]  # fmt: skip
            db.table("people").insert_all(rows)
            bare_times.append(time.perf_counter() - started)
            stored = db.execute("SELECT count(*) FROM people").fetchone()[0]
            db.close()
            if stored != n:
                raise RuntimeError(f"the baseline stored {stored} of {n} rows")
        f.value, f.baseline = min(app_times), min(bare_times)

    return guarded(figure, TARGETS["import"], measure)


# -- clash detection -----------------------------------------------------------------------


def bare_overlaps(programme: Programme) -> int:
    """The floor: a plain sweep for people and rooms booked twice (no travel, no messages)."""
    by_person: dict[int, list[tuple[float, float]]] = defaultdict(list)
    by_room: dict[int, list[tuple[float, float]]] = defaultdict(list)
    for e in programme.events:
        if e.is_cancelled:
            continue
        span = (e.starts_at.timestamp(), e.ends_at.timestamp())
        if e.room_id is not None:
            by_room[e.room_id].append(span)
        for p in e.participations:
            if p.reply is not Reply.DECLINED:
                by_person[p.person_id].append(span)
    found = 0
    for spans in (*by_person.values(), *by_room.values()):
        if len(spans) > 1:
            spans.sort()
            latest = spans[0][1]
            for start, end in spans[1:]:
                if start < latest:
                    found += 1
                latest = max(latest, end)
    return found


def clash_figure(size: generate.Size, programme: Programme, repeat: int) -> Figure:
    figure = Figure("clash detection", size.name,
                    f"{_count(len(programme.events))} events", "s",
                    baseline_name="a plain sort-and-sweep over the same events for people "
                    "and rooms booked twice (no travel times, no messages)")  # fmt: skip

    def measure(f: Figure) -> None:
        clashes = _need("models.clashes", "find_clashes")
        found: list[Any] = []
        f.value = best_of(repeat, lambda: found.append(clashes.find_clashes(programme)))
        f.baseline = best_of(repeat, lambda: bare_overlaps(programme))
        f.work += f", {len(found[-1]):,} clashes"

    return guarded(figure, TARGETS["clashes"], measure)


# -- invites ---------------------------------------------------------------------------------


def invite_figure(size: generate.Size, programme: Programme, now: datetime, repeat: int
                  ) -> Figure:  # fmt: skip
    figure = Figure("invite export, all events", size.name,
                    f"{_count(len(programme.events))} events", "s",
                    baseline_name="bare icalendar loop building and serialising the same "
                    "calendars (benchmarks/bare_ical.py)")  # fmt: skip

    def measure(f: Figure) -> None:
        api = _need("exports.calendar.api", "all_invites")
        from benchmarks.bare_ical import invites
        from models.clock import FixedClock

        clock = FixedClock(now)
        warm = Programme(
            programme.organisations, programme.people, programme.delegations,
            programme.venues, programme.events[:20], programme.travel_times,
        )  # fmt: skip
        api.all_invites(warm, clock=clock)  # first use: imports, VTIMEZONE generation
        invites(warm, now)
        documents: list[int] = []
        app_times, bare_times = [], []
        for _ in range(repeat):
            app_times.append(best_of(1, lambda: documents.append(
                len(api.all_invites(programme, clock=clock).documents))))  # fmt: skip
            bare_times.append(best_of(1, lambda: invites(programme, now)))
        f.value, f.baseline = min(app_times), min(bare_times)
        f.work += f", {documents[-1]:,} calendars"

    return guarded(figure, TARGETS["invites"], measure)


# -- briefing pack -------------------------------------------------------------------------


def pack_figure(size: generate.Size, programme: Programme, now: datetime, repeat: int) -> Figure:
    event = max(programme.events, key=lambda e: len(e.participations), default=None)
    attendees = len(event.participations) if event else 0
    figure = Figure("briefing pack, largest event", size.name, f"{_count(attendees)} attendees",
                    "s", baseline_name="bare reportlab document with the same tables and "
                    "font (benchmarks/bare_pdf.py)")  # fmt: skip

    def measure(f: Figure) -> None:
        if event is None or event.id is None:
            raise Unavailable("the programme has no events")
        build = _need("exports.briefing.build", "render_event_pack")
        from benchmarks.bare_pdf import pack

        pages: list[bytes] = []
        build.render_event_pack(programme, event.id, now=now)  # first use: fonts, styles
        pack(programme, event, now)
        app_times, bare_times = [], []
        for _ in range(repeat):
            app_times.append(best_of(1, lambda: pages.append(
                build.render_event_pack(programme, event.id, now=now))))  # fmt: skip
            bare_times.append(best_of(1, lambda: pack(programme, event, now)))
        f.value, f.baseline = min(app_times), min(bare_times)
        f.work += f", {pages[-1].count(b'/Type /Page') - pages[-1].count(b'/Type /Pages')} pages"

    return guarded(figure, TARGETS["pack"], measure)


def delegation_pack_figure(programme: Programme, now: datetime, repeat: int) -> Figure:
    """The sample's largest delegation pack: an organiser's whole night-before print.

    No bare baseline does the same work (every section of every event); the
    target is absolute.
    """
    delegation = max(programme.delegations, key=lambda d: len(d.member_ids), default=None)
    figure = Figure("delegation briefing pack", "sample",
                    f"{delegation.name if delegation else '-'}", "s",
                    baseline_name="none (absolute target)")  # fmt: skip

    def measure(f: Figure) -> None:
        if delegation is None or delegation.id is None:
            raise Unavailable("the programme has no delegations")
        build = _need("exports.briefing.build", "render_delegation_pack")
        pages: list[bytes] = []
        f.value = best_of(
            repeat, lambda: pages.append(build.render_delegation_pack(programme, delegation.id,
                                                                      now=now))
        )  # fmt: skip
        f.work += f", {pages[-1].count(b'/Type /Page') - pages[-1].count(b'/Type /Pages')} pages"

    return guarded(figure, TARGETS["delegation pack"], measure)


# -- a pack in Devanagari ------------------------------------------------------------------

#: The same names in Devanagari and in Latin letters (conjuncts and vowel signs
#: in most: what shaping is for).
GIVEN = (("प्रिया", "Priya"), ("अर्जुन", "Arjun"), ("विक्रम", "Vikram"), ("स्नेहा", "Sneha"),
         ("राहुल", "Rahul"), ("अदिति", "Aditi"), ("क्षितिज", "Kshitij"), ("श्रेया", "Shreya"),
         ("कृष्ण", "Krishna"), ("दीप्ति", "Deepti"))  # fmt: skip
FAMILY = (("शर्मा", "Sharma"), ("मेहता", "Mehta"), ("कपूर", "Kapoor"),
          ("चट्टोपाध्याय", "Chattopadhyay"), ("त्रिपाठी", "Tripathi"), ("द्विवेदी", "Dwivedi"),
          ("श्रीवास्तव", "Srivastava"), ("अग्रवाल", "Agrawal"), ("मल्होत्रा", "Malhotra"),
          ("वर्मा", "Verma"))  # fmt: skip


def renamed(programme: Programme, script: int) -> Programme:
    """``programme`` with every person named from GIVEN/FAMILY (0: Devanagari, 1: Latin)."""
    import dataclasses

    people = tuple(
        dataclasses.replace(p, given_name=GIVEN[(p.id or 0) % len(GIVEN)][script],
                            family_name=FAMILY[(p.id or 0) // len(GIVEN) % len(FAMILY)][script],
                            name_japanese="")
        for p in programme.people
    )  # fmt: skip
    return dataclasses.replace(programme, people=people, _index={})


def script_pack_figure(
    size: generate.Size, programme: Programme, now: datetime, repeat: int
) -> Figure:
    """The largest event's pack with every name in Devanagari, against the same in Latin."""
    event = max(programme.events, key=lambda e: len(e.participations), default=None)
    attendees = len(event.participations) if event else 0
    figure = Figure("briefing pack, Devanagari names", size.name,
                    f"{_count(attendees)} attendees named in Devanagari", "s",
                    baseline_name="the same pack with the same names in Latin letters")  # fmt: skip

    def measure(f: Figure) -> None:
        if event is None or event.id is None:
            raise Unavailable("the programme has no events")
        build = _need("exports.briefing.build", "render_event_pack")
        devanagari, latin = renamed(programme, 0), renamed(programme, 1)
        pages: list[bytes] = []
        build.render_event_pack(devanagari, event.id, now=now)  # first use: fonts, HarfBuzz
        build.render_event_pack(latin, event.id, now=now)
        app_times, bare_times = [], []
        for _ in range(repeat):
            app_times.append(best_of(1, lambda: pages.append(
                build.render_event_pack(devanagari, event.id, now=now))))  # fmt: skip
            bare_times.append(best_of(1, lambda: build.render_event_pack(latin, event.id, now=now)))
        f.value, f.baseline = min(app_times), min(bare_times)
        f.work += f", {pages[-1].count(b'/Type /Page') - pages[-1].count(b'/Type /Pages')} pages"

    return guarded(figure, TARGETS["script pack"], measure)
