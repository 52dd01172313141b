"""Rooms and interpreters for the freed meetings of a small model (see `submodel`).

Which few rooms and interpreters a freed meeting may take, each with the starts
it is free at around everything that stays where it is; and the constraints
that keep each interpreter in one place at a time, with the drives between
venues, under the day's cap.
"""

from __future__ import annotations

import random
from collections import defaultdict
from typing import Any

from models.scheduler.feasibility import State
from models.scheduler.problem import Meeting, Problem

#: Interpreters a freed meeting may take in one small model: the one it has and
#: the others most free for it.
INTERPRETERS_PER_MEETING = 4
#: Rooms likewise: the one it has and the others most free for it.
ROOMS_PER_MEETING = 3

Span = tuple[int, int, int]  # start, end, venue


def clear(problem: Problem, spans: list[Span], s: int, e: int, v: int) -> bool:
    """True when [s, e) at venue v leaves time for the drives to and from every span."""
    trip = problem.trip
    return not any(s < be + trip(bv, v) and e + trip(v, bv) > bs for bs, be, bv in spans)


def interpreter_choice(
    problem: Problem,
    state: State,
    m: Meeting,
    options: list[tuple[int, list[int]]],
    held: dict[int, list[Span]],
    load: dict[tuple[int, int], int],
    rng: random.Random,
) -> dict[int, dict[int, list[int]]]:
    """Interpreter -> venue -> the starts they could take ``m`` at: the one it has
    now first, then those free for it most often (ties in a seeded order)."""
    cap = problem.interpreter_cap
    found: list[tuple[int, float, int, dict[int, list[int]]]] = []
    now = state.placed.get(m.key)
    for i in problem.interpreters:
        if not i.covers(m.languages) or i.id in m.people:
            continue
        spans = held.get(i.id, [])
        allowed = {}
        for venue, ok in options:
            mine = [
                s for s in ok
                if load[(i.id, problem.day_of(s))] + m.duration <= cap
                and clear(problem, spans, s, s + m.duration, venue)
            ]  # fmt: skip
            if mine:
                allowed[venue] = mine
        if allowed:
            first = 0 if now is not None and now.interpreter == i.id else 1
            found.append(
                (first, -sum(len(x) for x in allowed.values()) + rng.random(), i.id, allowed)
            )
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    return {i: allowed for _, _, i, allowed in found[:INTERPRETERS_PER_MEETING]}


def room_choice(
    state: State,
    m: Meeting,
    venue: int,
    ok: list[int],
    booked: dict[int, list[tuple[int, int]]],
    rng: random.Random,
) -> dict[int, list[int]]:
    """Room -> the starts it is free at for ``m``: the room it has now first, then
    those free most often (ties in a seeded order), at most a few."""
    now = state.placed.get(m.key)
    found = []
    for r in m.rooms_at(venue):
        taken = booked.get(r, [])
        free = [s for s in ok if not any(s < e and s + m.duration > b for b, e in taken)]
        if free:
            first = 0 if now is not None and now.room == r else 1
            found.append((first, -len(free) + rng.random(), r, free))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    return {r: free for _, _, r, free in found[:ROOMS_PER_MEETING]}


def add_interpreting(
    model: Any,
    problem: Problem,
    start: dict[int, Any],
    at_venue: dict[tuple[int, int], Any],
    chosen: dict[tuple[int, int], Any],
    spoken: dict[int, list[int]],
    on_day: dict[int, dict[int, Any]],
    days_of: dict[int, set[int]],
    load: dict[tuple[int, int], int],
) -> None:
    """Each interpreter: one meeting at a time, the drives between venues, the day's cap.
    ``chosen`` maps (meeting, interpreter) to the literal of that choice."""
    ms = problem.meetings
    order: dict[tuple[int, int], Any] = {}
    for i, keys in spoken.items():
        intervals = [
            model.new_optional_fixed_size_interval_var(
                start[k], ms[k].duration, chosen[(k, i)], f"j{k}_{i}"
            )
            for k in keys
        ]
        if len(intervals) > 1:
            model.add_no_overlap(intervals)
        for n, a in enumerate(keys):
            for b in keys[n + 1 :]:
                if not days_of[a] & days_of[b]:
                    continue
                legs = [
                    (va, vb)
                    for (ka, va) in at_venue
                    if ka == a
                    for (kb, vb) in at_venue
                    if kb == b and va != vb and (problem.trip(va, vb) or problem.trip(vb, va))
                ]
                if not legs:
                    continue
                first = order.get((a, b))
                if first is None:
                    first = order[(a, b)] = model.new_bool_var(f"o{a}_{b}")
                za, zb = chosen[(a, i)], chosen[(b, i)]
                for va, vb in legs:
                    both = [za, zb, at_venue[(a, va)], at_venue[(b, vb)]]
                    model.add(
                        start[b] >= start[a] + ms[a].duration + problem.trip(va, vb)
                    ).only_enforce_if([first, *both])
                    model.add(
                        start[a] >= start[b] + ms[b].duration + problem.trip(vb, va)
                    ).only_enforce_if([first.Not(), *both])
        by_day: dict[int, list[tuple[int, Any]]] = defaultdict(list)
        for k in keys:
            z = chosen[(k, i)]
            days = on_day[k]
            for day, lit in days.items():
                if len(days) == 1:
                    by_day[day].append((ms[k].duration, z))
                    continue
                w = model.new_bool_var(f"w{k}_{i}_{day}")
                model.add_implication(w, z)
                model.add_implication(w, lit)
                model.add_bool_or([z.Not(), lit.Not(), w])
                by_day[day].append((ms[k].duration, w))
        for day, terms in by_day.items():
            left = problem.interpreter_cap - load[(i, day)]
            if sum(d for d, _ in terms) > left:
                model.add(sum(d * w for d, w in terms) <= left)
