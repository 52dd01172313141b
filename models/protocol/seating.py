"""Seating plans generated from precedence: a plain function of plain data.

* **Bilateral table** — the guests along one side of a rectangular table, the
  hosts facing them; each side's head at the centre, then the next in
  precedence on the head's right, then left, outwards; note-takers at the
  ends; interpreters on a chair just behind their head (``GI``/``HI`` seats).
* **Round tables** — receptions: tables of ``table_size``; table 1 is the top
  table.  Hosts and guests alternate by precedence; the senior host sits at
  seat 1 with the senior guest on their right.
* **Conference rows** — rows facing the front; the front rows are reserved in
  precedence order, guests on the right of the centre aisle, hosts on the left,
  each filled from the aisle outwards.

Coordinates are in metres (plan view), used both by the printed plan and the
window's editor: x grows to the right, y away from the front/guest side.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from models.entities import Event, Programme, Role
from models.errors import ValidationError
from models.messages import Message
from models.protocol.entities import Layout, Seat, SeatingPlan, Side
from models.protocol.precedence import Precedence, attending

SEAT_PITCH = 0.75  # metres between chairs
TABLE_DEPTH = 1.6
NOTE_TAKER_WORDS = ("note taker", "notetaker", "note-taker", "rapporteur", "secretary")
UNSEATED_ROLES = frozenset({Role.SECURITY, Role.DRIVER})


def centre_out(count: int) -> list[int]:
    """Seat indexes (0 = left end) in the order they are given: centre, right, left, …"""
    if count <= 0:
        return []
    centre = (count - 1) // 2
    order = [centre]
    step = 1
    while len(order) < count:
        for index in (centre + step, centre - step):
            if 0 <= index < count and len(order) < count:
                order.append(index)
        step += 1
    return order


def _is_note_taker(position: str) -> bool:
    text = position.casefold().replace("-", " ")
    return any(word.replace("-", " ") in text for word in NOTE_TAKER_WORDS if word != "secretary")


def default_layout(event: Event) -> Layout:
    from models.entities import EventKind

    if event.kind is EventKind.RECEPTION:
        return Layout.ROUND
    if event.kind is EventKind.CONFERENCE:
        return Layout.ROWS
    return Layout.BILATERAL


def generate(
    programme: Programme,
    event: Event,
    layout: Layout | None = None,
    *,
    table_size: int = 8,
    row_width: int = 10,
) -> SeatingPlan:
    """A fresh plan for everyone attending ``event``.

    People who declined, drivers and security officers get no seat.
    """
    if event.id is None:
        raise ValidationError(["The event must be saved before it gets a seating plan."])
    chosen = layout or default_layout(event)
    if table_size < 2 or row_width < 2:
        raise ValidationError(["A table or a row needs at least 2 seats."])
    rules = Precedence(programme)
    roles = {p.person_id: p.role for p in event.participations}
    people = [
        pid
        for pid in attending(event)
        if roles.get(pid) not in UNSEATED_ROLES and programme.person(pid) is not None
    ]
    sides: dict[Side, list[int]] = {Side.HOST: [], Side.GUEST: []}
    for pid in rules.order(people):
        sides[rules.side(event, pid)].append(pid)
    if chosen is Layout.BILATERAL:
        seats = _bilateral(programme, sides, roles)
    elif chosen is Layout.ROUND:
        seats = _round(sides, table_size)
    else:
        seats = _rows(sides, row_width)
    return SeatingPlan(event.id, chosen, tuple(seats))


def _bilateral(
    programme: Programme, sides: dict[Side, list[int]], roles: dict[int, Role]
) -> list[Seat]:
    seats: list[Seat] = []
    groups: dict[Side, tuple[list[int], list[int], list[int]]] = {}
    for side, ordered in sides.items():
        interpreters = [p for p in ordered if roles.get(p) is Role.INTERPRETER]
        rest = [p for p in ordered if p not in interpreters]
        note_takers = [
            p for p in rest if _is_note_taker(getattr(programme.person(p), "position", ""))
        ]
        principals = [p for p in rest if p not in note_takers]
        groups[side] = (principals, note_takers, interpreters)
    # Both sides get the same number of chairs, so the heads face each other.
    width = max(
        (len(principals) + len(notes) for principals, notes, _ in groups.values()), default=0
    )
    # An odd number of chairs puts each head exactly at the centre, facing the other.
    width = max(width, 1) | 1
    for side, (principals, notes, interpreters) in groups.items():
        prefix = "G" if side is Side.GUEST else "H"
        name = "Guest side" if side is Side.GUEST else "Host side"
        y = 0.0 if side is Side.GUEST else TABLE_DEPTH
        # Guests face the hosts (+y): their right is the plan's +x; the hosts' right is -x.
        facing = 1.0 if side is Side.GUEST else -1.0
        order = centre_out(width)
        # Note-takers take the outermost chairs (the last ones handed out).
        assigned: dict[int, int | None] = dict.fromkeys(range(width))
        for index, pid in zip(order, principals, strict=False):
            assigned[index] = pid
        free_ends = [i for i in reversed(order) if assigned[i] is None]
        for index, pid in zip(free_ends, notes, strict=False):
            assigned[index] = pid
        centre = (width - 1) // 2
        for index in range(width):
            x = facing * (index - centre) * SEAT_PITCH
            seats.append(
                Seat(
                    f"{prefix}{index + 1}",
                    f"{name}, seat {index + 1}",
                    side,
                    x,
                    y,
                    person_id=assigned[index],
                )
            )
        behind = y - 0.9 if side is Side.GUEST else y + 0.9
        for n, pid in enumerate(interpreters):
            # Just behind the head, a little to the head's right; more alternate outwards.
            x = facing * ((n // 2) * SEAT_PITCH + 0.4) * (1 if n % 2 == 0 else -1)
            seats.append(
                Seat(
                    f"{prefix}I{n + 1}",
                    f"{name}, interpreter {n + 1}",
                    side,
                    x,
                    behind,
                    person_id=pid,
                )
            )
    return seats


def _round(sides: dict[Side, list[int]], table_size: int) -> list[Seat]:
    hosts, guests = list(sides[Side.HOST]), list(sides[Side.GUEST])
    # Alternate host and guest while both last, by precedence.
    mixed: list[tuple[int, Side]] = []
    while hosts or guests:
        if hosts:
            mixed.append((hosts.pop(0), Side.HOST))
        if guests:
            mixed.append((guests.pop(0), Side.GUEST))
    tables = max(1, math.ceil(len(mixed) / table_size))
    seats: list[Seat] = []
    per_row = max(1, math.ceil(math.sqrt(tables)))
    radius = max(0.8, table_size * SEAT_PITCH / (2 * math.pi))
    spacing = 2 * radius + 1.6
    for t in range(tables):
        cx = (t % per_row) * spacing
        cy = (t // per_row) * spacing
        for s in range(table_size):
            n = t * table_size + s
            pid, side = mixed[n] if n < len(mixed) else (None, None)
            angle = math.pi / 2 + 2 * math.pi * s / table_size
            seats.append(
                Seat(
                    f"T{t + 1}.{s + 1}",
                    f"Table {t + 1}, seat {s + 1}",
                    side,
                    cx + radius * math.cos(angle),
                    cy - radius * math.sin(angle),
                    table=t + 1,
                    person_id=pid,
                )
            )
    return seats


#: Conference rows held for the most senior guests and hosts.
RESERVED_ROWS = 2


def _rows(
    sides: dict[Side, list[int]], row_width: int, reserved_rows: int = RESERVED_ROWS
) -> list[Seat]:
    half = max(1, row_width // 2)
    rows = max(1, math.ceil(len(sides[Side.GUEST]) / half), math.ceil(len(sides[Side.HOST]) / half))
    seats: list[Seat] = []
    for r in range(rows):
        letter = _row_name(r)
        for side, direction in ((Side.HOST, -1.0), (Side.GUEST, 1.0)):
            people = sides[side]
            for k in range(half):
                n = r * half + k
                pid = people[n] if n < len(people) else None
                number = half - k if side is Side.HOST else half + k + 1
                x = direction * (0.6 + k * SEAT_PITCH)
                reserved = " (reserved)" if r < reserved_rows else ""
                seats.append(
                    Seat(
                        f"{letter}{number}",
                        f"Row {letter}, seat {number}{reserved}",
                        side,
                        x,
                        r * 1.0,
                        table=r + 1,
                        person_id=pid,
                    )
                )
    seats.sort(key=lambda s: (s.table, s.x))
    return seats


def _row_name(n: int) -> str:
    name = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        name = chr(ord("A") + rest) + name
    return name


def move(plan: SeatingPlan, person_id: int, to_key: str) -> SeatingPlan:
    """``person_id`` to seat ``to_key``; whoever sat there takes the person's old seat."""
    target = next((s for s in plan.seats if s.key == to_key), None)
    if target is None:
        raise ValidationError([Message("The plan has no seat {seat}.", seat=to_key)])
    source = plan.seat_of(person_id)
    displaced = target.person_id
    seats = []
    for seat in plan.seats:
        if seat.key == to_key:
            seat = _with(seat, person_id)
        elif source is not None and seat.key == source.key:
            seat = _with(seat, displaced)
        seats.append(seat)
    return SeatingPlan(plan.event_id, plan.layout, tuple(seats))


def _with(seat: Seat, person_id: int | None) -> Seat:
    from dataclasses import replace

    return replace(seat, person_id=person_id)


def unseated(plan: SeatingPlan, event: Event, programme: Programme) -> list[int]:
    """People attending who have no seat (added after the plan was made)."""
    seated = set(plan.seated_ids)
    roles = {p.person_id: p.role for p in event.participations}
    rest = [p for p in attending(event) if p not in seated and roles.get(p) not in UNSEATED_ROLES]
    return Precedence(programme).order(rest)


def centre_distance(seat: Seat) -> tuple[float, float]:
    """Nearer the centre first; at the same distance, the seat on the side's right first."""
    right = seat.x if seat.side is Side.GUEST else -seat.x
    return abs(seat.x), -right


def principals_by_side(plan: SeatingPlan) -> dict[Side, Sequence[Seat]]:
    """The occupied front seats of each side in the order seats are given (for checks)."""
    out: dict[Side, list[Seat]] = {Side.HOST: [], Side.GUEST: []}
    for seat in plan.seats:
        if seat.side is not None and seat.person_id is not None and "I" not in seat.key[1:]:
            out[seat.side].append(seat)
    for seats in out.values():
        seats.sort(key=centre_distance)
    return dict(out)
