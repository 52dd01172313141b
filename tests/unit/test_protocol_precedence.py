"""Order of precedence and seating plans made from it."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from models.entities import (
    Delegation,
    Event,
    EventKind,
    Organisation,
    OrgKind,
    Participation,
    Person,
    Programme,
    Reply,
    Role,
)
from models.protocol.entities import Layout, ProtocolBook, RankRow, RankTable, Side
from models.protocol.precedence import DEFAULT_TABLE, Precedence, precedence, rank_in, split_sides
from models.protocol.seating import centre_out, generate, move, principals_by_side

START = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)
END = datetime(2026, 12, 1, 6, 0, tzinfo=UTC)

METI = Organisation(id=1, name="METI", country="JP", kind=OrgKind.GOVERNMENT)
TOYOTA = Organisation(id=2, name="Toyota Tsusho", country="JP", kind=OrgKind.COMPANY)
MHI = Organisation(id=3, name="Ministry of Heavy Industries", country="IN", kind=OrgKind.GOVERNMENT)
ATTERO = Organisation(id=4, name="Attero", country="IN", kind=OrgKind.COMPANY)
ORGS = (METI, TOYOTA, MHI, ATTERO)

TITLES = (
    "Minister of Economy, Trade and Industry",
    "Vice-Minister for International Affairs",
    "Ambassador of Japan to India",
    "Deputy Director-General, Trade Policy Bureau",
    "Director-General, Manufacturing Bureau",
    "President and CEO",
    "Managing Director",
    "Director, Storage Battery Industry Office",
    "General Manager, Battery Recycling",
    "Manager, Lithium Business",
    "Programme Coordinator",
    "Note-taker",
)


def test_titles_take_the_row_of_their_longest_matching_keyword() -> None:
    labels = [DEFAULT_TABLE.rows[rank_in(DEFAULT_TABLE, t)].label for t in TITLES]
    assert labels == [
        "Minister",
        "Vice-minister",
        "Ambassador",
        "Director-general",
        "Director-general",
        "Chief executive",
        "Chief executive",
        "Director",
        "Director",
        "Manager",
        "Staff",
        "Staff",
    ]
    # "Minister (Economic)" at an embassy is a diplomat's rank, not a cabinet minister's.
    assert DEFAULT_TABLE.rows[rank_in(DEFAULT_TABLE, "Minister (Economic)")].label == (
        "Director-general"
    )
    # A keyword matches whole words only: "Headquarters Liaison" is not a "head".
    assert rank_in(DEFAULT_TABLE, "Headquarters Liaison") == len(DEFAULT_TABLE.rows) - 1


def _person(pid: int, title: str, org: Organisation, family: str = "", given: str = "") -> Person:
    return Person(
        id=pid,
        family_name=family or f"Family{pid:03d}",
        given_name=given,
        position=title,
        organisation_id=org.id,
        nationality=org.country,
    )


def test_ties_go_to_the_head_then_government_then_organisation_then_name() -> None:
    people = (
        _person(1, "Director, Sales", TOYOTA, "Abe"),
        _person(2, "Director, Policy", METI, "Yamada"),
        _person(3, "Director, Policy", METI, "Sato"),
        _person(4, "Director, Plant", TOYOTA, "Ito"),
        _person(5, "Manager", METI, "Aoki"),
    )
    head = Delegation(
        id=1, name="Japan", home_timezone="Asia/Tokyo", head_id=4, member_ids=(1, 2, 3, 4, 5)
    )
    programme = Programme(organisations=ORGS, people=people, delegations=(head,))
    # Ito heads the delegation; then government before company; Sato before Yamada.
    assert precedence(programme, [5, 1, 2, 3, 4]) == [4, 3, 2, 1, 5]


def test_a_delegations_own_table_and_an_explicit_rank_win() -> None:
    people = (
        _person(1, "Chief Adviser", METI),
        _person(2, "Director", METI),
        _person(3, "Staff", METI),
    )
    japan = Delegation(id=1, name="Japan", home_timezone="Asia/Tokyo", member_ids=(1, 2, 3))
    table = RankTable(
        1, (RankRow("Adviser", ("chief adviser",)), RankRow("Director", ("director",)))
    )
    book = ProtocolBook(rank_tables=(table,), explicit_ranks={})
    programme = Programme(organisations=ORGS, people=people, delegations=(japan,), protocol=book)
    assert precedence(programme, [3, 2, 1]) == [1, 2, 3]
    ranked = Programme(
        organisations=ORGS,
        people=people,
        delegations=(japan,),
        protocol=ProtocolBook(rank_tables=(table,), explicit_ranks={3: 1}),
    )
    assert precedence(ranked, [1, 2, 3]) == [1, 3, 2]  # rank 1 too, then the tie rule (name)
    assert Precedence(ranked).rank_label(people[2]) == "Adviser"


def test_centre_out_starts_in_the_middle_and_goes_right_then_left() -> None:
    assert centre_out(5) == [2, 3, 1, 4, 0]
    assert sorted(centre_out(8)) == list(range(8))


# -- generated delegations -------------------------------------------------------------


@st.composite
def bilateral(draw: st.DrawFn) -> tuple[Programme, Event]:
    guests = draw(st.lists(st.sampled_from(TITLES), min_size=0, max_size=9))
    hosts = draw(st.lists(st.sampled_from(TITLES), min_size=0, max_size=9))
    interpreters = draw(st.integers(0, 2))
    people: list[Person] = []
    parts: list[Participation] = []
    for title in guests:
        people.append(_person(len(people) + 1, title, draw(st.sampled_from((METI, TOYOTA)))))
    for title in hosts:
        people.append(_person(len(people) + 1, title, draw(st.sampled_from((MHI, ATTERO)))))
    for person in people:
        parts.append(
            Participation(
                person_id=person.id or 0,
                reply=draw(
                    st.sampled_from(
                        (Reply.ACCEPTED, Reply.ACCEPTED, Reply.TENTATIVE, Reply.DECLINED)
                    )
                ),
            )
        )
    for _ in range(interpreters):
        person = _person(len(people) + 1, "Interpreter", draw(st.sampled_from(ORGS)))
        people.append(person)
        parts.append(Participation(person_id=person.id or 0, role=Role.INTERPRETER))
    jp = [p.id for p in people if p.nationality == "JP"]
    india = [p.id for p in people if p.nationality == "IN"]
    delegations = (
        Delegation(
            id=1,
            name="Japan",
            home_timezone="Asia/Tokyo",
            member_ids=tuple(jp),
            head_id=draw(st.sampled_from(jp)) if jp else None,
        ),
        Delegation(id=2, name="India", home_timezone="Asia/Kolkata", member_ids=tuple(india)),
    )
    host_orgs = draw(st.sampled_from(((3,), (3, 4), (1, 4), ())))
    event = Event(
        id=1,
        title="Bilateral",
        kind=EventKind.BILATERAL,
        starts_at=START,
        ends_at=END,
        timezone="Asia/Kolkata",
        host_organisation_ids=host_orgs,
        participations=tuple(parts),
    )
    return Programme(organisations=ORGS, people=tuple(people), delegations=delegations), event


@settings(max_examples=60, deadline=None)
@given(bilateral())
def test_a_bilateral_table_respects_precedence_and_sides(case: tuple[Programme, Event]) -> None:
    programme, event = case
    plan = generate(programme, event, Layout.BILATERAL)
    sides = split_sides(programme, event)
    rules = Precedence(programme)
    expected = {p.person_id for p in event.participations if p.reply is not Reply.DECLINED}
    # Everyone attending has exactly one seat, on their own side.
    assert sorted(plan.seated_ids) == sorted(expected)
    for seat in plan.seats:
        if seat.person_id is not None:
            assert seat.side is rules.side(event, seat.person_id)
            assert seat.person_id in sides[seat.side]
    # Each side's principals sit nearer the centre the higher they rank, heads facing.
    fronts = principals_by_side(plan)
    for side, seats in fronts.items():
        principals = [s for s in seats if "note" not in _title(programme, s.person_id)]
        ranked = [s.person_id for s in principals]
        assert ranked == [p for p in sides[side] if p in ranked]
        if principals:
            assert principals[0].x == 0.0  # the head is at the centre
        # Note-takers sit at the ends: never nearer the centre than a principal.
        for seat in seats:
            if seat not in principals:
                assert all(abs(seat.x) >= abs(p.x) for p in principals)
    width = {
        side: sum(1 for s in plan.seats if s.side is side and "I" not in s.key[1:]) for side in Side
    }
    assert width[Side.HOST] == width[Side.GUEST] and width[Side.HOST] % 2 == 1
    # Interpreters sit behind their side's row.
    for seat in plan.seats:
        if seat.person_id is not None and "Interpreter" in _title(programme, seat.person_id):
            assert "I" in seat.key[1:]


def _title(programme: Programme, pid: int | None) -> str:
    person = programme.person(pid)
    return person.position.casefold() if person else ""


@settings(max_examples=40, deadline=None)
@given(bilateral(), st.sampled_from([Layout.ROUND, Layout.ROWS]), st.integers(2, 10))
def test_round_tables_and_rows_seat_everyone_once_by_precedence(
    case: tuple[Programme, Event], layout: Layout, size: int
) -> None:
    programme, event = case
    plan = generate(programme, event, layout, table_size=size, row_width=size)
    expected = {p.person_id for p in event.participations if p.reply is not Reply.DECLINED}
    assert sorted(plan.seated_ids) == sorted(expected)
    sides = split_sides(programme, event)
    rules = Precedence(programme)
    for side in Side:
        # Seats taken in plan order (table or row first): each side in precedence order.
        taken = [s for s in plan.seats if s.person_id is not None and s.side is side]
        by_place = sorted(taken, key=lambda s: (s.table, abs(s.x), s.key))
        if layout is Layout.ROWS:
            assert [s.person_id for s in by_place] == sides[side]
        for seat in taken:
            assert rules.side(event, seat.person_id or 0) is side


def test_moving_a_name_swaps_the_two_seats_and_moves_back() -> None:
    people = tuple(_person(n, t, METI if n < 4 else MHI) for n, t in enumerate(TITLES[:5], 1))
    parts = tuple(Participation(person_id=p.id or 0) for p in people)
    event = Event(
        id=1,
        title="B",
        starts_at=START,
        ends_at=END,
        timezone="Asia/Kolkata",
        host_organisation_ids=(3,),
        participations=parts,
    )
    programme = Programme(organisations=ORGS, people=people)
    plan = generate(programme, event, Layout.BILATERAL)
    a, b = (s for s in plan.seats if s.person_id in (1, 2))
    moved = move(plan, 1, b.key)
    assert moved.seat_of(1).key == b.key and moved.seat_of(2).key == a.key
    assert move(moved, 1, a.key) == plan
    empty = next(s for s in plan.seats if s.person_id is None)
    to_empty = move(plan, 1, empty.key)
    assert to_empty.seat_of(1).key == empty.key
    assert next(s for s in to_empty.seats if s.key == a.key).person_id is None
