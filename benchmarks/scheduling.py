"""The meeting scheduler on a delegation-sized instance, and one twice that size.

    python -m benchmarks.scheduling [--sizes delegation,double] [--time-limit 30] [--seed 0]
                                    [--json OUT] [--small]

The instance (plain data, seeded): 70 visiting companies and 100 host firms
(two delegates each), 560 requests (40 % of them halves of mutual pairs; a few
vetoes), 5 venues across Delhi NCR with 8 rooms each (and the plant of the site
visit), two days 09:00–18:00, a conference for everyone on the first morning,
a half-day site visit for a third of the visiting companies, half the hosts
away for one half-day, interpreters asked for a third of the meetings.
"double" doubles every count (10 venues).  ``--small`` is a tenth of the
delegation, for smoke runs.

Figures: the value placed by the greedy alone and by the whole run (greedy,
the companies' caps and CP-SAT's bound, fix-and-optimize on exact small
models), each as a fraction of CP-SAT's proven bound, with the time taken and
whether the clock or the fixed budget ended the search; a baseline of CP-SAT
alone (the whole programme's model, no hint, no greedy, two workers) in the
same run and time; clash detection (``models.clashes``) on the
programme with the proposal applied, which must find nothing new; and a
repair: one meeting dragged by hand onto the time of another meeting of one
of its people and locked there, the run repeated, the number of other
meetings that moved.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from models.entities import (  # noqa: E402
    Event,
    EventKind,
    EventStatus,
    Organisation,
    Participation,
    Person,
    Programme,
    Role,
    Room,
    Venue,
)
from models.scheduler.problem import Inputs  # noqa: E402
from models.scheduler.requests import Availability, MeetingRequest, Priority  # noqa: E402

ZONE = "Asia/Kolkata"
_TZ = ZoneInfo(ZONE)

#: Delhi NCR: Chanakyapuri, Aerocity, Gurugram, Noida, Connaught Place; more for "double".
PLACES = [
    ("Chanakyapuri", 28.5975, 77.1860),
    ("Aerocity", 28.5528, 77.1215),
    ("Gurugram Cyber City", 28.4950, 77.0890),
    ("Noida Sector 62", 28.6270, 77.3650),
    ("Connaught Place", 28.6315, 77.2167),
    ("Vasant Kunj", 28.5370, 77.1570),
    ("Nehru Place", 28.5494, 77.2530),
    ("Saket", 28.5245, 77.2066),
    ("Dwarka", 28.5921, 77.0460),
    ("Faridabad", 28.4089, 77.3178),
]
PLANT = ("Greater Noida plant", 28.4700, 77.5000)


def at(day: int, clock: str) -> datetime:
    h, m = (int(x) for x in clock.split(":"))
    return datetime(2026, 12, day, h, m, tzinfo=_TZ)


def generate(scale: float = 1.0, seed: int = 0) -> tuple[Programme, Inputs]:
    rng = random.Random(seed)
    n_visitors, n_hosts = round(70 * scale), round(100 * scale)
    n_requests = round(560 * scale)
    n_venues = max(2, min(len(PLACES), round(5 * scale)))
    venues = []
    for v, (name, lat, lon) in enumerate(PLACES[:n_venues], start=1):
        rooms = tuple(
            Room(id=v * 100 + r, name=f"Room {r + 1}", capacity=rng.choice((6, 8, 10, 12)))
            for r in range(8)
        )
        venues.append(
            Venue(
                id=v,
                name=f"{name} business centre",
                timezone=ZONE,
                latitude=lat,
                longitude=lon,
                rooms=rooms,
            )
        )
    plant_id = n_venues + 1
    venues.append(
        Venue(
            id=plant_id,
            name=PLANT[0],
            timezone=ZONE,
            latitude=PLANT[1],
            longitude=PLANT[2],
            rooms=(Room(id=plant_id * 100, name="Briefing room", capacity=200),),
        )
    )
    orgs, people = [], []
    visitors = list(range(1, n_visitors + 1))
    hosts = list(range(n_visitors + 1, n_visitors + n_hosts + 1))
    staff: dict[int, list[int]] = {}
    pid = 1
    for o in visitors + hosts:
        japanese = o in visitors
        orgs.append(
            Organisation(
                id=o,
                name=f"{'Visiting' if japanese else 'Host'} company {o}",
                country="JP" if japanese else "IN",
            )
        )
        staff[o] = []
        for k in range(2):
            people.append(
                Person(
                    id=pid,
                    family_name=f"Delegate {o}-{k}",
                    organisation_id=o,
                    email=f"delegate.{o}.{k}@example.{'jp' if japanese else 'in'}",
                    languages=("ja", "en") if japanese else ("en", "hi"),
                )
            )
            staff[o].append(pid)
            pid += 1
    interp_org = n_visitors + n_hosts + 1
    orgs.append(Organisation(id=interp_org, name="Interpreters"))
    interpreters = []
    for k in range(round(12 * scale)):
        people.append(
            Person(
                id=pid,
                family_name=f"Interpreter {k}",
                organisation_id=interp_org,
                position="Interpreter (Japanese–English)",
                email=f"interpreter.{k}@example.org",
                languages=("ja", "en", "hi") if k % 3 == 0 else ("ja", "en"),
            )
        )
        interpreters.append(pid)
        pid += 1
    everyone = [p.id for p in people if p.organisation_id != interp_org and p.id is not None]
    events = [
        Event(
            id=1,
            uid="conference",
            title="Conference",
            kind=EventKind.CONFERENCE,
            starts_at=at(1, "09:30"),
            ends_at=at(1, "11:00"),
            timezone=ZONE,
            venue_id=1,
            status=EventStatus.CONFIRMED,
            participations=tuple(Participation(person_id=p) for p in everyone),
        ),
    ]
    touring = visitors[: n_visitors // 3]
    events.append(
        Event(
            id=2,
            uid="site-visit",
            title="Site visit",
            kind=EventKind.SITE_VISIT,
            starts_at=at(2, "08:30"),
            ends_at=at(2, "13:00"),
            timezone=ZONE,
            venue_id=plant_id,
            room_id=plant_id * 100,
            status=EventStatus.CONFIRMED,
            participations=tuple(
                Participation(person_id=p, role=Role.ATTENDEE) for o in touring for p in staff[o]
            ),
        )
    )
    availability = []
    for n, o in enumerate(hosts[: n_hosts // 2]):
        day, half = (1 + n % 2), ("09:00", "13:00") if n % 4 < 2 else ("13:00", "18:00")
        availability.append(
            Availability(
                organisation_id=o,
                starts_at=at(day, half[0]),
                ends_at=at(day, half[1]),
                busy=True,
                notes="away for a half-day",
            )
        )
    bases = {o: rng.randint(1, n_venues) for o in hosts}
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < int(n_requests * 0.8) + 5:
        pairs.add((rng.choice(visitors), rng.choice(hosts)))
    ordered = sorted(pairs)
    rng.shuffle(ordered)
    n_mutual_pairs = round(n_requests * 0.4 / 2)
    requests: list[MeetingRequest] = []

    def add(a: int, b: int, priority: Priority, interpreter: str, duration: int) -> None:
        requests.append(
            MeetingRequest(
                id=len(requests) + 1,
                requester_id=a,
                target_org_id=b,
                priority=priority,
                duration_minutes=duration,
                interpreter=interpreter,
            )
        )

    def wish() -> Priority:
        return rng.choices((Priority.MUST, Priority.SHOULD, Priority.COULD), (2, 4, 4))[0]

    for n, (a, b) in enumerate(ordered):
        if len(requests) >= n_requests:
            break
        interpreter = "ja-en" if rng.random() < 1 / 3 else ""
        duration = rng.choice((45, 60, 60))
        add(a, b, wish(), interpreter, duration)
        if n < n_mutual_pairs and len(requests) < n_requests:
            add(b, a, Priority.NO if rng.random() < 0.04 else wish(), interpreter, duration)
    inputs = Inputs(requests=tuple(requests), availability=tuple(availability), bases=bases)
    programme = Programme(
        organisations=tuple(orgs), people=tuple(people), venues=tuple(venues), events=tuple(events)
    )
    return programme, inputs


# -- measuring ------------------------------------------------------------------------


def _cpsat_alone(problem: Any, time_limit: float, seed: int) -> tuple[int, int | None, float]:
    from models.scheduler.greedy import replay
    from models.scheduler.solver import improve

    began = time.perf_counter()
    result = improve(problem, {}, time_limit=time_limit, seed=seed, wall_limit=time_limit)
    value = replay(problem, result.placements).value() if result.placements else 0
    return value, result.bound, time.perf_counter() - began


def measure(name: str, scale: float, time_limit: float, seed: int) -> dict[str, Any]:
    from models.clashes import find_clashes
    from models.scheduler.engine import solve
    from models.scheduler.problem import build_problem
    from models.scheduler.service import proposal_of, with_proposal

    programme, inputs = generate(scale, seed)
    began = time.perf_counter()
    problem = build_problem(programme, inputs)
    built = time.perf_counter() - began
    began = time.perf_counter()
    greedy_only = solve(problem, time_limit=0)
    greedy_time = time.perf_counter() - began
    began, cpu = time.perf_counter(), time.process_time()
    outcome = solve(problem, time_limit=time_limit, seed=seed)
    run_time, run_cpu = time.perf_counter() - began, time.process_time() - cpu
    alone_value, alone_bound, alone_time = _cpsat_alone(problem, time_limit, seed)
    proposal = proposal_of(programme, problem, outcome)
    after = with_proposal(programme, proposal)
    new_ids = {e.id for e in after.events} - {e.id for e in programme.events}
    began = time.perf_counter()
    clashes = [c for c in find_clashes(after) if set(c.event_ids) & new_ids]
    clash_time = time.perf_counter() - began
    repair = _repair(programme, inputs, after, proposal, time_limit, seed)
    resent = _repair(programme, inputs, after, proposal, time_limit, seed, sent=True)
    bound = outcome.bound
    return {
        "instance": name,
        "requests": len(inputs.requests),
        "meetings asked": sum(1 for m in problem.meetings if not m.blocked),
        "build s": round(built, 3),
        "greedy value": greedy_only.value,
        "greedy s": round(greedy_time, 3),
        "value": outcome.value,
        "placed": len(outcome.placements),
        "bound": bound,
        "value / bound": round(outcome.value / bound, 4) if bound else None,
        "greedy / bound": round(greedy_only.value / bound, 4) if bound else None,
        "run s": round(run_time, 2),
        "run cpu s": round(run_cpu, 2),
        "ended by": "the clock" if "may differ" in outcome.note else "its budget",
        "cp-sat alone value": alone_value,
        "cp-sat alone / bound": round(alone_value / bound, 4) if bound else None,
        "cp-sat alone s": round(alone_time, 2),
        "cp-sat alone bound": alone_bound,
        "new clashes": len(clashes),
        "clash detection s": round(clash_time, 3),
        **repair,
        **resent,
    }


def _repair(
    programme: Programme,
    inputs: Inputs,
    after: Programme,
    proposal: Any,
    time_limit: float,
    seed: int,
    *,
    sent: bool = False,
) -> dict[str, Any]:
    """Move one applied meeting by hand to another time, re-run, count the others moved.

    With ``sent``, every applied meeting's invites count as sent, the dragged one is
    not locked, and the re-run has ``--allow-moves`` (every meeting may move)."""
    from models.clashes import find_clashes
    from models.scheduler.engine import solve
    from models.scheduler.problem import build_problem
    from models.scheduler.service import proposal_of

    new = sorted(
        (e for e in after.events if e.id not in {x.id for x in programme.events}),
        key=lambda e: e.id or 0,
    )
    links: dict[int, int] = {}
    # with_proposal numbers the new events in the proposal's order
    for event, m in zip(new, proposal.new, strict=True):
        assert event.id is not None
        for r in m.request_ids:
            links[r] = event.id
    requests = tuple(replace(r, event_id=links.get(r.id or 0)) for r in inputs.requests)
    # a coordinator drags one meeting onto the time of another meeting of one of its
    # people (a clash now) and locks it there
    target, other = next(
        (a, b) for a in new for b in new
        if a.id != b.id and a.starts_at.date() == b.starts_at.date()
        and a.starts_at != b.starts_at and set(a.attendee_ids) & set(b.attendee_ids)
    )  # fmt: skip
    moved_by_hand = replace(
        target, starts_at=other.starts_at,
        ends_at=other.starts_at + (target.ends_at - target.starts_at),
    )  # fmt: skip
    events = tuple(moved_by_hand if e.id == target.id else e for e in after.events)
    world = replace(after, events=events, _index={})
    locked = frozenset({target.id}) if target.id is not None and not sent else frozenset()
    invited = frozenset(e.id for e in new if e.id is not None) if sent else frozenset()
    again = replace(inputs, requests=requests, locked_event_ids=locked, sent_event_ids=invited)
    problem = build_problem(world, again, allow_moves=sent)
    began = time.perf_counter()
    outcome = solve(problem, time_limit=min(time_limit, 10.0), seed=seed)
    took = time.perf_counter() - began
    repaired = proposal_of(world, problem, outcome)
    lost = sum(
        1 for m in problem.meetings if m.current is not None and m.key not in outcome.placements
    )
    from models.scheduler.greedy import greedy

    kept = greedy(problem).placed  # earlier meetings that still fit stay where they are
    broken = sum(
        1 for m in problem.meetings if m.current is not None and kept.get(m.key) != m.current
    )
    clashing = [c for c in find_clashes(world) if target.id in c.event_ids and len(c.event_ids) > 1]
    others = [m for m in repaired.moved if m.event_id != target.id]
    name = "repair, invites sent, --allow-moves" if sent else "repair"
    return {
        f"{name}: clashes made by the move": len(clashing),
        f"{name}: earlier meetings the move broke": broken,
        f"{name}: others moved": len(others),
        f"{name}: meetings dropped": lost,
        f"{name} s": round(took, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="delegation,double")
    parser.add_argument("--time-limit", type=float, default=30.0)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--json", metavar="OUT")
    parser.add_argument("--small", action="store_true", help="a tenth of the delegation")
    args = parser.parse_args(argv)
    scales = {"delegation": 1.0, "double": 2.0}
    rows = []
    for name in args.sizes.split(","):
        scale = 0.1 if args.small else scales[name]
        row = measure(name if not args.small else f"{name} / 10", scale, args.time_limit, args.seed)
        rows.append(row)
        print(json.dumps(row, ensure_ascii=False, indent=1), flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
