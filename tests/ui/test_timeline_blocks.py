"""What a block says and where it stays: time and room first, the clash mark beside the
text (never over it), and lanes that do not jump when a block is nudged."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt

from models.clashes import Clash, ClashKind
from models.entities import Classification, Event, Participation
from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.conftest_programme import DELHI, at
from ui.programme.layout import lanes_of, place
from ui.programme.painting import block_text, warning_rect
from ui.programme_view import ProgrammeView


@pytest.fixture
def view(qtbot, psession, prog):
    widget = ProgrammeView(psession)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def block(view, event_id: int):
    return next(b for b in view.canvas.blocks if b.event_id == event_id)


def test_nudging_a_block_by_five_minutes_never_moves_it_sideways(qtbot, view, psession, prog):
    # the closed-door meeting (14:00) and the bilateral (14:30) sit side by side;
    # nudged up past 14:00, the bilateral starts first — and must stay in its lane
    bilateral = prog.events["bilateral"]
    view.show_event(bilateral)
    before = block(view, bilateral).rect
    other = block(view, prog.events["closed"]).rect
    assert before.left() > other.left()
    view.canvas.setFocus()
    for minutes in range(25, -10, -5):
        qtbot.keyClick(view.canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
        moved = psession.desk.event(bilateral)
        assert moved.starts_at == at(f"2026-12-01 14:{minutes:02d}" if minutes >= 0
                                     else "2026-12-01 13:55")  # fmt: skip
        now = block(view, bilateral).rect
        assert (now.left(), now.width()) == (before.left(), before.width())
        neighbour = block(view, prog.events["closed"]).rect
        assert (neighbour.left(), neighbour.width()) == (other.left(), other.width())


def _event(id_: int, start: str, end: str) -> Event:
    return Event(id=id_, title=f"Meeting {id_}", starts_at=at(start), ends_at=at(end),
                 timezone=DELHI, classification=Classification.PUBLIC)  # fmt: skip


def test_an_event_keeps_its_lane_while_it_is_free_and_gives_up_unused_ones() -> None:
    day = at("2026-12-01 00:00").date()
    first = [_event(1, "2026-12-01 10:00", "2026-12-01 11:00"),
             _event(2, "2026-12-01 10:30", "2026-12-01 11:30")]  # fmt: skip
    placed = place(first, [day], DELHI)
    assert {p.event.id: p.lane for p in placed} == {1: 0, 2: 1}
    nudged = [first[0], replace(first[1], starts_at=at("2026-12-01 09:55"))]
    again = place(nudged, [day], DELHI, lanes_of(placed))
    assert {p.event.id: (p.lane, p.lanes) for p in again} == {1: (0, 2), 2: (1, 2)}
    without = place(nudged, [day], DELHI)  # what the layout did before it remembered
    assert {p.event.id: p.lane for p in without} == {1: 1, 2: 0}
    # alone in its cluster, an event takes the whole column whatever its lane was
    apart = [first[0], replace(first[1], starts_at=at("2026-12-01 12:00"),
                               ends_at=at("2026-12-01 13:00"))]  # fmt: skip
    alone = place(apart, [day], DELHI, lanes_of(placed))
    assert {p.event.id: (p.lane, p.lanes) for p in alone} == {1: (0, 1), 2: (0, 1)}


def test_a_short_block_shows_its_time_and_room_before_the_venue(qtbot, view, psession, prog):
    desk = psession.desk
    closed = desk.event(prog.events["closed"])
    desk.save_event(replace(closed, ends_at=at("2026-12-01 14:30")))  # half an hour
    view.reload()
    view.canvas.fit_height(1000)  # room for two lines: the title, then time and room
    lines = [line.text for line in block_text(view.canvas, block(view, closed.id))]
    assert lines[0] == "METI – Tata: cell production", lines
    assert lines[1].startswith("14:00–14:30 · Boardroom"), lines
    assert all("Taj Palace" not in line for line in lines[:2]), lines
    view.canvas.fit_height(400)  # room for one line: time and room, then the title
    lines = [line.text for line in block_text(view.canvas, block(view, closed.id))]
    assert lines[:2] == ["14:00 · Boardroom", "METI – Tata: cell production"], lines


def test_the_clash_triangle_never_covers_text(qtbot, view, psession, prog):
    desk = psession.desk
    for key in ("closed", "bilateral", "conference"):
        event = desk.event(prog.events[key])
        extra = tuple(Participation(person_id=p) for p in prog.people.values()
                      if p not in {x.person_id for x in event.participations})  # fmt: skip
        desk.save_event(replace(event, participations=event.participations + extra))
    view.reload()
    ids = (prog.events["closed"], prog.events["bilateral"], prog.events["conference"])
    view.set_clashes([Clash(ClashKind.PERSON, "Everyone is booked twice.", ids)])
    for width in (1100, 760, 620):
        view.resize(width, 800)
        qtbot.wait(1)
        for event_id in ids:
            chosen = block(view, event_id)
            triangle = warning_rect(view.canvas, chosen)
            assert triangle is not None
            lines = block_text(view.canvas, chosen)
            assert lines
            for line in lines:
                assert not line.rect().intersects(triangle), (width, line.text)
