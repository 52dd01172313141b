"""A fast greedy construction: stable first, fair second, valuable third.

1. Earlier meetings that may move stay where they are when they still fit.
2. Fairness: in order of value, a meeting is placed when one of its two
   companies has nothing yet, so nobody goes home empty-handed while another
   collects a fifth meeting.
3. Everything else, in order of value (must before should before could,
   mutual before one-sided), fewest options first on ties.

Each meeting takes the earliest placement that passes every exact check.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

from models.scheduler.feasibility import State
from models.scheduler.problem import Meeting, Placement, Problem


def order(meetings: Iterable[Meeting]) -> list[Meeting]:
    return sorted(
        (m for m in meetings if not m.blocked),
        key=lambda m: (-m.value, sum(len(s) for _, s in m.starts), m.key),
    )


def greedy(problem: Problem, state: State | None = None) -> State:
    """Place what fits into ``state`` (a new one when ``None``); returns it."""
    state = state or State(problem)
    ranked = order(problem.meetings)
    for m in ranked:
        if m.current is not None and m.key not in state.placed and state.fits(m, m.current):
            state.place(m, m.current)
    served = {side for k in state.placed for side in problem.meetings[k].sides}
    for m in ranked:
        if m.key in state.placed or (m.sides[0] in served and m.sides[1] in served):
            continue
        found = state.find(m, m.current)
        if found is not None:
            state.place(m, found)
            served.update(m.sides)
    for m in ranked:
        if m.key not in state.placed:
            found = state.find(m, m.current)
            if found is not None:
                state.place(m, found)
    return state


def replay(problem: Problem, placements: dict[int, Placement]) -> State:
    """Put a proposed solution through the exact checks, then fill the gaps greedily.

    Meetings that stay where they were go first, then the others in order of
    start (which is how rooms and interpreters are best handed out); each keeps
    its time and venue and takes the room and interpreter asked for, or any
    other that passes every check; what still fails is left for the greedy.
    """
    state = State(problem)
    ranked = [m for m in problem.meetings if m.key in placements and not m.blocked]
    ranked.sort(
        key=lambda m: (placements[m.key] != m.current, placements[m.key].start, -m.value, m.key)
    )
    for m in ranked:
        found = state.find_at(m, placements[m.key])
        if found is not None:
            state.place(m, found)
    return greedy(problem, state)


def polish(problem: Problem, state: State) -> State:
    """Humane finishing: each new meeting moves, if it can, to where it leaves its
    people fewer idle minutes and venue changes.  The value never changes; earlier
    meetings (which would need new invites) stay where they are."""
    for key in sorted(state.placed):
        m = problem.meetings[key]
        if m.current is not None:
            continue
        old = state.placed[key]
        before = state.idle_cost(m, old.start, old.venue)
        if before == 0:
            continue
        state.remove(m)
        found = state.find(m, compact=True)
        if found is None or state.idle_cost(m, found.start, found.venue) >= before:
            found = old
        state.place(m, found)
    return state


def swap(problem: Problem, state: State) -> State:
    """Local improvement: a meeting left out takes the place of a cheaper meeting of
    one of its people, which then goes elsewhere if it can.  Every step gains value;
    earlier meetings never give way, and no company served is left with nothing."""
    by_person: dict[int, list[int]] = {}
    for m in problem.meetings:
        for person in m.people:
            by_person.setdefault(person, []).append(m.key)
    for m in order(problem.meetings):
        if m.key in state.placed or m.blocked or m.current is not None:
            continue  # placed, impossible, or an earlier meeting (not moved by a swap)
        rivals = sorted(
            {k for p in m.people for k in by_person[p] if k in state.placed and k != m.key},
            key=lambda k: (problem.meetings[k].value, k),
        )
        for k in rivals:
            q = problem.meetings[k]
            if q.value >= m.value or q.current is not None:
                continue
            old = state.placed[k]
            state.remove(q)
            found = state.find(m)
            if found is None:
                state.place(q, old)
                continue
            state.place(m, found)
            again = state.find(q)
            if again is not None:
                state.place(q, again)
            elif not _still_served(problem, state, q):
                state.remove(m)
                state.place(q, old)
                continue
            break
    return state


def keep_served(problem: Problem, state: State, served: Collection[int]) -> State:
    """Fairness kept: every company in ``served`` (those the first schedule served)
    that has nothing in ``state`` gets a meeting back, its most valuable one that
    fits, or else in the place of another new meeting (the cheapest first) whose
    companies keep another one (it then goes elsewhere if it can): fairness before
    value.  Earlier meetings never give
    way.  A company for which neither works is left as it is (the caller keeps the
    first schedule then)."""
    ranked = order(problem.meetings)
    for side in sorted(served):
        if side in _sides(problem, state):
            continue
        mine = [m for m in ranked if side in m.sides and m.key not in state.placed]
        found = next(((m, p) for m in mine if (p := state.find(m, m.current)) is not None), None)
        if found is not None:
            state.place(*found)
            continue
        for m in mine:
            if _in_place_of_another(problem, state, m):
                break
    return state


def _in_place_of_another(problem: Problem, state: State, m: Meeting) -> bool:
    """Place ``m`` where a new meeting that competes with it was (the cheapest
    first), when that one's companies keep another meeting without it."""
    rivals = sorted(
        (k for k in state.placed if k != m.key and _competes(problem, m, k, state.placed[k])),
        key=lambda k: (problem.meetings[k].value, k),
    )
    for k in rivals:
        q = problem.meetings[k]
        if q.current is not None:
            continue
        old = state.placed[k]
        state.remove(q)
        found = state.find(m) if _still_served(problem, state, q) else None
        if found is None:
            state.place(q, old)
            continue
        state.place(m, found)
        again = state.find(q)
        if again is not None:
            state.place(q, again)
        return True
    return False


def _competes(problem: Problem, m: Meeting, key: int, placed: Placement) -> bool:
    """True when the placed meeting ``key`` may be what keeps ``m`` out: it shares a
    person, an interpreter's languages, or a venue ``m`` may use."""
    q = problem.meetings[key]
    return (
        bool(set(m.people) & set(q.people))
        or (m.languages is not None and q.languages is not None)
        or placed.venue in m.venues
    )


def _sides(problem: Problem, state: State) -> set[int]:
    return {side for k in state.placed for side in problem.meetings[k].sides}


def _still_served(problem: Problem, state: State, gone: Meeting) -> bool:
    """True when both of ``gone``'s companies keep a meeting without it."""
    sides = _sides(problem, state)
    return all(side in sides for side in gone.sides)
