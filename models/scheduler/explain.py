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

from models.message_values import names
from models.messages import Message
from models.scheduler.feasibility import State
from models.scheduler.problem import Busy, Meeting, Problem
from models.scheduler.requests import pair_label, priority_word


def explain(problem: Problem, state: State) -> dict[int, str]:
    """Meeting key → reason, for every meeting not placed."""
    return {m.key: reason(problem, state, m) for m in problem.meetings if m.key not in state.placed}


def reason(problem: Problem, state: State, m: Meeting) -> str:
    """Why ``m`` is not placed: a :class:`~models.messages.Message` (English text that
    the window shows in its own language)."""
    if m.blocked:
        return m.blocked
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


def _no_time(problem: Problem, m: Meeting) -> Message:
    grid = _grid(problem, m)
    if not grid:
        return Message(
            "The times asked leave no {duration}-minute slot within working hours "
            "(lunch kept free); widen “Not before” and “Not after”.",
            duration=m.duration,
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
        who = names([problem.person(p) for p in never_free[:3]], max(0, len(never_free) - 3))
        if who.many:
            return Message(
                "No common free time: {names} are never free for {duration} minutes "
                "when the meeting could be held.",
                names=who,
                duration=m.duration,
            )
        return Message(
            "No common free time: {names} is never free for {duration} minutes "
            "when the meeting could be held.",
            names=who,
            duration=m.duration,
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
        return Message(
            "No common free time: the two sides are never free together for {duration} "
            "minutes in working hours.",
            duration=m.duration,
        )
    # free together, but travel from or to their other commitments gets in the way
    for s in together:
        for v in venues:
            for p in m.people:
                for b in problem.person_busy.get(p, ()):
                    if b.venue < 0 or b.venue == v:
                        continue
                    if s < b.end + trip(b.venue, v) and s + m.duration + trip(v, b.venue) > b.start:
                        return Message(
                            "Travel impossible: {person} cannot get between “{event}” at "
                            "{there} and {here} in time (about {minutes} min each way) at any "
                            "time both sides are free.",
                            person=problem.person(p),
                            event=b.label,
                            there=problem.name("venue", b.venue),
                            here=problem.name("venue", v),
                            minutes=max(trip(b.venue, v), trip(v, b.venue)),
                        )
    return Message("No common free time when travel between venues is counted.")


def _lost(problem: Problem, state: State, m: Meeting) -> Message:
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
        return Message(
            "No interpreter ({pair}) is free, able to get there "
            "and within the six-hour day at any time both sides are free.",
            pair=pair_label(m.languages or ("", "")),
        )
    if rooms_full and not blockers:
        return Message(
            "Every room large enough for "
            "{headcount} people is taken at every time both sides are free.",
            headcount=m.headcount,
        )
    if blockers:
        ranked = sorted(blockers, key=lambda k: (-problem.meetings[k].value, -blockers[k], k))
        named = _listed([_meeting(problem, problem.meetings[k]) for k in ranked[:3]])
        if all(problem.meetings[k].value >= m.value for k in ranked[:3]):
            lost = Message("lost to higher-priority requests: {meetings}.", meetings=named)
        else:
            lost = Message("lost to other requests: {meetings}.", meetings=named)
        if not busy_side:
            return lost
        side = busy_side.most_common(1)[0][0]
        return Message(
            "{org} is fully booked whenever both sides are free: {lost}",
            org=problem.name("org", side),
            lost=lost,
        )
    return Message("No placement passes every check.")


def _meeting(problem: Problem, m: Meeting) -> Message:
    """``“Alpha and Beta” (must, mutual)``: a meeting that took the time."""
    a, b = (problem.name("org", side) for side in m.sides)
    if m.mutual:
        return Message(
            "“{a} and {b}” ({priority}, mutual)", a=a, b=b, priority=priority_word(m.priority)
        )
    return Message("“{a} and {b}” ({priority})", a=a, b=b, priority=priority_word(m.priority))


def _listed(items: list[Message]) -> Message | str:
    """``a; b; c``, each item in the reader's language."""
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return Message("{first}; {rest}", first=items[0], rest=_listed(items[1:]))
