"""The meeting variables every scheduling model shares (models/scheduler/variables.py).

Every solution of a model made of them alone is listed, and compared with what
the rules allow: a meeting held at exactly one of its venues at one of that
venue's starts, on the day its day literal says, nobody in two meetings at once,
and the drive between two venues left between two meetings that share someone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from models.scheduler.problem import Busy, Meeting, Problem
from models.scheduler.requests import Priority

DAY = 1440
EMBASSY, AEROCITY = 1, 2  # 45 minutes' drive apart


def meeting(key: int, people: tuple[int, ...], duration: int, starts: Any) -> Meeting:
    return Meeting(
        key=key,
        request_ids=(key,),
        sides=(100 + key, 200 + key),
        title=f"Meeting {key}",
        value=1,
        priority=Priority.MUST,
        mutual=False,
        duration=duration,
        people=people,
        headcount=len(people),
        languages=None,
        starts=starts,
        rooms=tuple((v, (10 * v,)) for v, _ in starts),
    )


def problem(*meetings: Meeting) -> Problem:
    return Problem(
        origin=datetime(2026, 12, 1, tzinfo=UTC),
        timezone="UTC",
        days=((540, 1080), (DAY + 540, DAY + 1080)),
        lunches=(),
        step=15,
        meetings=meetings,
        rooms={},
        interpreters=(),
        interpreter_cap=360,
        travel={(EMBASSY, AEROCITY): 45, (AEROCITY, EMBASSY): 45},
        person_busy={7: (Busy(0, 1, -1, "nothing"),)},
        room_busy={},
        interpreter_load={},
    )


def solutions(p: Problem) -> set[tuple[tuple[int, int, int, int] | None, ...]]:
    """Every solution: per meeting None (not held) or (start, venue, day, count of
    venue literals true), with the travel and no-overlap constraints in."""
    from ortools.sat.python import cp_model

    from models.scheduler.variables import Variables

    model = cp_model.CpModel()
    v = Variables(model, p)
    for m in p.meetings:
        options = [(venue, starts) for venue, starts in m.starts if starts]
        v.add(m, options)
        for _ in v.venues(m, options):
            pass
        v.days(m.key)
    v.one_place_at_a_time()
    v.travel()
    found: set[tuple[tuple[int, int, int, int] | None, ...]] = set()

    class Collect(cp_model.CpSolverSolutionCallback):
        def on_solution_callback(self) -> None:
            row: list[tuple[int, int, int, int] | None] = []
            for m in p.meetings:
                k = m.key
                venues = [x for (key, x), lit in v.at_venue.items() if key == k and self.Value(lit)]
                days = [d for d, lit in v.on_day[k].items() if self.Value(lit)]
                if not self.Value(v.present[k]):
                    assert venues == [] and days == [], (k, venues, days)
                    row.append(None)
                    continue
                assert len(days) == 1, (k, days)
                row.append((self.Value(v.start[k]), venues[0], days[0], len(venues)))
            found.add(tuple(row))

    solver = cp_model.CpSolver()
    solver.parameters.enumerate_all_solutions = True
    solver.parameters.num_workers = 1
    assert solver.solve(model, Collect()) == cp_model.OPTIMAL
    return found


def test_a_meeting_is_held_once_at_one_venue_at_a_start_of_that_venue_on_its_day() -> None:
    alone = meeting(0, (7,), 30, ((EMBASSY, (540, DAY + 600)), (AEROCITY, (555,))))
    assert solutions(problem(alone)) == {
        (None,),
        ((540, EMBASSY, 0, 1),),
        ((DAY + 600, EMBASSY, 1, 1),),
        ((555, AEROCITY, 0, 1),),
    }


def test_two_meetings_sharing_someone_leave_the_drive_between_venues() -> None:
    # Ana (7) meets at the Embassy or at Aerocity; her 10:00 hour is at Aerocity.
    talk = meeting(0, (7, 8), 30, ((EMBASSY, (540, 555, 660, 705)), (AEROCITY, (540, 660))))
    fixed = meeting(1, (7, 9), 60, ((AEROCITY, (600,)),))
    both = {row for row in solutions(problem(talk, fixed)) if None not in row}
    assert both == {
        # at Aerocity: straight before or after (no drive)
        ((540, AEROCITY, 0, 1), (600, AEROCITY, 0, 1)),
        ((660, AEROCITY, 0, 1), (600, AEROCITY, 0, 1)),
        # at the Embassy: 45 minutes after 11:00 (before 10:00 it would end at 09:45)
        ((705, EMBASSY, 0, 1), (600, AEROCITY, 0, 1)),
    }


def test_people_in_no_meeting_in_common_need_no_drive() -> None:
    talk = meeting(0, (7,), 30, ((EMBASSY, (555,)),))
    other = meeting(1, (9,), 60, ((AEROCITY, (540,)),))
    assert ((555, EMBASSY, 0, 1), (540, AEROCITY, 0, 1)) in solutions(problem(talk, other))


def test_free_minutes_are_the_working_day_less_what_is_booked() -> None:
    from models.scheduler.variables import free_minutes

    p = problem()
    # two days of nine hours; person 7's booking lies before the working day
    assert free_minutes(p, 7) == 2 * 540
    busy = {8: (Busy(600, 720, EMBASSY, "call"), Busy(660, 780, EMBASSY, "lunch talk"))}
    booked = Problem(**{f: getattr(p, f) for f in p.__dataclass_fields__} | {"person_busy": busy})
    assert free_minutes(booked, 8) == 2 * 540 - 180  # the overlap counted once
