"""The seating plan as flowables: a drawing to scale and the seat list by precedence.

Used by the event's briefing pack and by the plan printed on its own
(:mod:`exports.protocol.seating`); imports only the packs' lower layers.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from exports.briefing.parts import Context, data_table, para, person_name
from exports.briefing.styles import ACCENT, BAND, GROUP, INK, MUTED, RULE
from exports.briefing.text import clean
from models.entities import Event, Programme
from models.protocol.entities import Layout, SeatingPlan, Side
from models.protocol.precedence import Precedence
from models.protocol.seating import generate

SIDE_LABELS = {Side.HOST: "Host", Side.GUEST: "Guest", None: ""}
PLAN_HEIGHT = 330.0  # points: at most this much of the page for the drawing


def plan_for(programme: Programme, event: Event) -> SeatingPlan:
    """The kept plan of ``event``, or one generated from precedence (not kept)."""
    kept = programme.protocol.plan(event.id) if programme.protocol else None
    return kept or generate(programme, event)


def seating_section(ctx: Context, event: Event, plan: SeatingPlan) -> list[Any]:
    """The drawing, a note on the layout, then every seat with its occupant."""
    s = ctx.styles
    programme = ctx.programme
    rules = Precedence(programme)
    occupied = [seat for seat in plan.seats if seat.person_id is not None]
    story: list[Any] = [
        para(_layout_note(plan), s.small),
        plan_drawing(programme, plan),
    ]
    if not occupied:
        story.append(para("Nobody is seated: the event has no attendees yet.", s.body))
        return story
    order = {pid: n for n, pid in enumerate(rules.order(seat.person_id or 0 for seat in occupied))}
    occupied.sort(key=lambda seat: order[seat.person_id or 0])
    rows = []
    for seat in occupied:
        person = programme.person(seat.person_id)
        org = programme.organisation(person.organisation_id) if person else None
        rows.append(
            [
                para(seat.label, s.cell),
                para(SIDE_LABELS[seat.side], s.cell),
                para(person_name(person), s.cell),
                para(person.name_japanese if person else "", s.cell),
                para(org.name if org else "", s.cell),
                para(rules.rank_label(person) if person else "", s.cell),
            ]
        )
    headers = ["Seat", "Side", "Name", "", "Organisation", "Rank"]
    story.append(data_table(headers, rows, [80.0, 36.0, 110.0, 62.0, 125.0, 82.0]))
    return story


def _layout_note(plan: SeatingPlan) -> str:
    if plan.layout is Layout.BILATERAL:
        return (
            "Bilateral table: guests along the lower side, hosts facing them; heads of "
            "delegation at the centre, interpreters on the chair behind their head, "
            "note-takers at the ends."
        )
    if plan.layout is Layout.ROUND:
        return "Round tables: table 1 is the top table; seat 1 faces the room."
    return "Conference rows: row A is nearest the front; guests right of the aisle, hosts left."


def plan_drawing(programme: Programme, plan: SeatingPlan) -> Any:
    return _classes().PlanDrawing(programme, plan)


@lru_cache(maxsize=1)
def _classes() -> Any:
    from reportlab.lib import colors
    from reportlab.platypus import Flowable

    from exports.briefing.drawing import draw_text, fit
    from exports.briefing.fonts import register_fonts

    ink, accent, muted, rule, band, group = (
        colors.HexColor(c) for c in (INK, ACCENT, MUTED, RULE, BAND, GROUP)
    )

    class PlanDrawing(Flowable):  # type: ignore[misc]
        """Seats and tables drawn to scale, names in the seats where they fit."""

        def __init__(self, programme: Programme, plan: SeatingPlan) -> None:
            super().__init__()
            self.programme, self.plan = programme, plan
            self.font = register_fonts()

        def _bounds(self) -> tuple[float, float, float, float]:
            xs = [seat.x for seat in self.plan.seats] or [0.0]
            ys = [seat.y for seat in self.plan.seats] or [0.0]
            return min(xs) - 1.0, min(ys) - 0.6, max(xs) + 0.6, max(ys) + 0.6

        def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
            x0, y0, x1, y1 = self._bounds()
            self.scale = min(avail_width / (x1 - x0), PLAN_HEIGHT / (y1 - y0), 90.0)
            self.width = avail_width
            self.height = (y1 - y0) * self.scale + 14
            return self.width, self.height

        def draw(self) -> None:
            c = self.canv
            x0, y0, x1, _ = self._bounds()
            k = self.scale
            left = (self.width - (x1 - x0) * k) / 2

            def at(x: float, y: float) -> tuple[float, float]:
                # y grows away from the guests/front: drawn upwards on the page.
                return left + (x - x0) * k, (y - y0) * k + 4

            c.saveState()
            self._tables(c, at, k)
            box_w = min(0.7 * k, 120.0)
            box_h = min(0.55 * k, 34.0)
            for seat in self.plan.seats:
                cx, cy = at(seat.x, seat.y)
                person = self.programme.person(seat.person_id)
                c.setStrokeColor(accent if seat.side is Side.GUEST else muted)
                c.setFillColor(band if seat.side is Side.GUEST else group)
                c.setLineWidth(0.6)
                c.roundRect(cx - box_w / 2, cy - box_h / 2, box_w, box_h, 2, stroke=1, fill=1)
                c.setFillColor(ink)
                lines = [seat.key]
                if person is None:
                    c.setFillColor(rule)
                else:
                    lines = [clean(person.family_name).upper(), clean(person.name_japanese)]
                size = max(4.0, min(7.0, box_h / 3.2))
                shown = [fit(t, size, box_w - 3) for t in lines if t]
                y = cy + (len(shown) - 1) * size * 0.6 - size * 0.35
                for line in shown:
                    draw_text(c, cx, y, line, size, "centre")
                    y -= size * 1.2
            c.restoreState()

        def _tables(self, c: Any, at: Any, k: float) -> None:
            c.setStrokeColor(rule)
            c.setFillColor(colors.white)
            c.setLineWidth(1)
            seats = self.plan.seats
            if self.plan.layout is Layout.BILATERAL:
                front = [s for s in seats if "I" not in s.key[1:]]
                xs = [s.x for s in front] or [0.0]
                ax, ay = at(min(xs) - 0.45, 0.35)
                bx, by = at(max(xs) + 0.45, 1.25)
                c.rect(ax, ay, bx - ax, by - ay, stroke=1, fill=1)
                c.setFillColor(muted)
                draw_text(c, (ax + bx) / 2, (ay + by) / 2 - 2, "TABLE", 7, "centre")
            elif self.plan.layout is Layout.ROUND:
                tables: dict[int, list[Any]] = {}
                for s in seats:
                    tables.setdefault(s.table, []).append(s)
                for number, members in tables.items():
                    mx = sum(s.x for s in members) / len(members)
                    my = sum(s.y for s in members) / len(members)
                    radius = max(abs(s.x - mx) for s in members) - 0.35
                    cx, cy = at(mx, my)
                    c.setFillColor(colors.white)
                    c.circle(cx, cy, max(radius, 0.3) * k, stroke=1, fill=1)
                    c.setFillColor(muted)
                    draw_text(c, cx, cy - 3, f"Table {number}", 8, "centre")
            else:
                c.setFillColor(muted)
                fx, fy = at(0.0, -0.55)
                draw_text(c, fx, fy, "FRONT (stage)", 8, "centre")
                rows: dict[int, list[Any]] = {}
                for s in seats:
                    rows.setdefault(s.table, []).append(s)
                for members in rows.values():
                    leftmost = min(members, key=lambda s: s.x)
                    rx, ry = at(leftmost.x - 0.45, leftmost.y)
                    draw_text(c, rx, ry - 3, leftmost.key.rstrip("0123456789"), 8, "right")

    return type("Classes", (), {"PlanDrawing": PlanDrawing})
