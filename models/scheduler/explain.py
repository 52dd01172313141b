"""Why a request was left out, in words a coordinator can act on.

Blocked meetings carry their reason from the problem (a veto, nobody to
attend, no room large enough, no interpreter for the languages).  For the
others, every option is tried against the final schedule and the reason is
the one that stopped the most promising option: no common free time at all,
travel that cannot be made, no interpreter free, every room taken, or the
higher-value meetings that took the time.
"""

from __future__ import annotations

from collections import Counter

from models.scheduler import reasons as kind
from models.scheduler.feasibility import State
from models.scheduler.problem import Busy, Meeting, Problem
from models.scheduler.reasons import Reason
from models.scheduler.requests import pair_label


def explain(problem: Problem, state: State) -> dict[int, Reason]:
    """Meeting key → reason, for every meeting not placed."""
    return {m.key: reason(problem, state, m) for m in problem.meetings if m.key not in state.placed}


def reason(problem: Problem, state: State, m: Meeting) -> Reason:
    if m.blocked:
        return m.why if m.why is not None else Reason(kind.NO_PLACEMENT, m.blocked)
    if not any(starts for _, starts in m.starts):
        return _no_time(problem, m)
    return _lost(problem, state, m)


def _clock(problem: Problem, minute: int) -> str:
    from models.timezones import in_zone

    local = in_zone(problem.instant(minute), problem.timezone)
    return f"{local:%a} {local:%H:%M}"


def _grid(problem: Problem, m: Meeting) -> list[int]:
    found = []
    for day_start, day_end in problem.days:
        s = day_start
        while s + m.duration <= day_end:
            lunch = any(s < le and s + m.duration > ls for ls, le in problem.lunches)
            if not lunch and m.window[0] <= s <= m.window[1]:
                found.append(s)
            s += problem.step
    return found


def _no_time(problem: Problem, m: Meeting) -> Reason:
    grid = _grid(problem, m)
    if not grid:
        return Reason(
            kind.NO_SLOT,
            f"The times asked leave no {m.duration}-minute slot within working hours "
            "(lunch kept free); widen “Not before” and “Not after”.",
            {"duration": m.duration},
        )
    venues = m.venues
    trip = problem.trip
    # ignoring travel: is there a start at which everyone is free?
    never_free = []
    for person in m.people:
        busy = problem.person_busy.get(person, ())
        if not any(all(not (s < b.end and s + m.duration > b.start) for b in busy) for s in grid):
            never_free.append(person)
    if never_free:
        named = [problem.name("person", p) for p in never_free[:3]]
        names = ", ".join(named)
        verb = "is" if len(never_free) == 1 else "are"
        return Reason(
            kind.NEVER_FREE,
            f"No common free time: {names} {verb} never free for {m.duration} minutes "
            "when the meeting could be held.",
            {"people": tuple(named), "more": len(never_free) - len(named), "duration": m.duration},
        )
    together = [
        s
        for s in grid
        if all(
            not (s < b.end and s + m.duration > b.start)
            for p in m.people
            for b in problem.person_busy.get(p, ())
        )
    ]
    if not together:
        return Reason(
            kind.NEVER_TOGETHER,
            f"No common free time: the two sides are never free together for {m.duration} "
            "minutes in working hours.",
            {"duration": m.duration},
        )
    # free together, but travel from or to their other commitments gets in the way
    for s in together:
        for v in venues:
            for p in m.people:
                for b in problem.person_busy.get(p, ()):
                    if b.venue < 0 or b.venue == v:
                        continue
                    if s < b.end + trip(b.venue, v) and s + m.duration + trip(v, b.venue) > b.start:
                        here = problem.name("venue", v)
                        there = problem.name("venue", b.venue)
                        minutes = max(trip(b.venue, v), trip(v, b.venue))
                        who = problem.name("person", p)
                        return Reason(
                            kind.TRAVEL,
                            f"Travel impossible: {who} cannot get between "
                            f"“{b.label}” at {there} and {here} in time (about {minutes} min "
                            "each way) at any time both sides are free.",
                            {
                                "person": who,
                                "event": b.label,
                                "there": there,
                                "here": here,
                                "minutes": minutes,
                            },
                        )
    return Reason(kind.TRAVEL_COUNTED, "No common free time when travel between venues is counted.")


def _lost(problem: Problem, state: State, m: Meeting) -> Reason:
    blockers: Counter[int] = Counter()
    busy_side: Counter[int] = Counter()
    rooms_full = interpreter_busy = 0
    for v, starts in m.starts:
        for s in starts:
            e = s + m.duration
            hits: list[tuple[int, Busy]] = []
            for p in m.people:
                b = state.person_conflict(p, s, e, v)
                if b is not None:
                    hits.append((p, b))
            if hits:
                for p, b in hits:
                    if b.meeting >= 0:
                        blockers[b.meeting] += 1
                        org = problem.person_org.get(p)
                        if org in m.sides:
                            busy_side[org] += 1
                continue
            if all(state.room_conflict(r, s, e) is not None for r in m.rooms_at(v)):
                rooms_full += 1
                continue
            if m.languages is not None:
                interpreter_busy += 1
    if interpreter_busy:
        pair = m.languages or ("", "")
        return Reason(
            kind.INTERPRETER_BUSY,
            f"No interpreter ({pair_label(pair)}) is free, able to get there "
            "and within the six-hour day at any time both sides are free.",
            {"pair": pair},
        )
    if rooms_full and not blockers:
        return Reason(
            kind.ROOMS_FULL,
            "Every room large enough for "
            f"{m.headcount} people is taken at every time both sides are free.",
            {"headcount": m.headcount},
        )
    if blockers:
        ranked = sorted(blockers, key=lambda k: (-problem.meetings[k].value, -blockers[k], k))
        named = "; ".join(
            f"“{problem.meetings[k].title}” ({problem.meetings[k].priority.value}"
            f"{', mutual' if problem.meetings[k].mutual else ''})"
            for k in ranked[:3]
        )
        who = busy = ""
        if busy_side:
            side = busy_side.most_common(1)[0][0]
            busy = problem.name("org", side)
            who = f"{busy} is fully booked whenever both sides are free: "
        higher = all(problem.meetings[k].value >= m.value for k in ranked[:3])
        lost = "lost to higher-priority requests" if higher else "lost to other requests"
        meetings = tuple(
            {
                "sides": tuple(problem.name("org", s) for s in problem.meetings[k].sides),
                "title": problem.meetings[k].title,
                "priority": problem.meetings[k].priority.value,
                "mutual": problem.meetings[k].mutual,
            }
            for k in ranked[:3]
        )
        return Reason(
            kind.LOST,
            f"{who}{lost}: {named}.",
            {"busy": busy, "higher": higher, "meetings": meetings},
        )
    return Reason(kind.NO_PLACEMENT, "No placement passes every check.")
