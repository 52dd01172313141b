"""The delegation pack and the personal itinerary."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from test_pack_data import Ids, build_programme, flat_text, pdf_pages, unembedded_fonts

from exports.briefing.build import render_delegation_pack, render_itinerary
from models.clock import FixedClock
from models.entities import Programme
from models.errors import NotFound
from models.services import Desk
from models.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> tuple[Programme, Ids]:
    desk = Desk(Store.open(tmp_path_factory.mktemp("pack") / "p.db"), FixedClock(NOW))
    ids = build_programme(desk)
    programme = desk.programme()
    desk.close()
    return programme, ids


@pytest.fixture(scope="module")
def delegation_pack(sample: tuple[Programme, Ids]) -> bytes:
    programme, ids = sample
    return render_delegation_pack(programme, ids.japan, now=NOW)


def test_overview_lists_every_event_in_order_in_both_zones(delegation_pack: bytes) -> None:
    text = flat_text(delegation_pack)
    overview = text[text.index("Programme overview", text.index("Contents") + 20) :]
    titles = ["Battery and critical-mineral ecosystem conference", "Closed-door meeting on JV",
              "Evening reception", "Site visit: Lohum recycling plant"]  # fmt: skip
    positions = [overview.index(t) for t in titles]
    assert positions == sorted(positions)
    assert "Tue 1 Dec 10:00–13:00 IST 13:30–16:30 JST" in overview
    # The reception ends after midnight in Tokyo: the home time carries its date.
    assert "22:30–Wed 2 Dec 00:30 JST" in overview


def test_each_event_has_its_own_sections(delegation_pack: bytes) -> None:
    text = flat_text(delegation_pack)
    assert text.count("Who is in the room") == 4  # one per event
    assert "Site visit: meeting point, transport and safety" in text
    assert "CANCELLED: Evening reception" in text


def test_pack_is_marked_at_its_highest_level_on_every_page(delegation_pack: bytes) -> None:
    pages = pdf_pages(delegation_pack)
    for number, page in enumerate(pages, start=1):
        assert page.count("CONFIDENTIAL") >= 2, number
        assert f"Page {number} of {len(pages)}" in page
    assert unembedded_fonts(delegation_pack) == []


def test_cover_names_the_head_and_the_home_zone(delegation_pack: bytes) -> None:
    cover = " ".join(pdf_pages(delegation_pack)[0].split())
    assert "Dr Aiko Tanaka 田中 愛子" in cover
    assert "Japan (Asia/Tokyo)" in cover
    assert "4, of which 1 cancelled" in cover


def test_itinerary_goes_day_by_day_with_transport_and_people(
    sample: tuple[Programme, Ids],
) -> None:
    programme, ids = sample
    data = render_itinerary(programme, ids.tanaka, now=NOW)
    text = flat_text(data)
    tuesday, wednesday = text.index("Tuesday 1 December 2026"), text.index("Wednesday 2 Dec")
    assert tuesday < text.index("Closed-door meeting on JV terms") < wednesday
    day_two = text[wednesday:]
    # The first leg of the visit says where and when to meet, before it leaves.
    assert re.search(
        r"08:00–09:30 IST 11:30–13:00 JST Meet: Embassy of Japan, main gate "
        r"Transport: Embassy of Japan → Lohum",
        day_two,
    )
    assert "Convoy car 1 (white Innova)" in day_two
    assert "Meet: Embassy of Japan, main gate" in day_two
    assert "Mei Suzuki (鈴木 芽衣)" in day_two
    assert "Lohum facility" in day_two and "Greater Noida, Uttar Pradesh" in day_two
    assert "CANCELLED Evening reception" in text
    assert "Overlaps" not in text  # her bookings follow one another
    pages = pdf_pages(data)
    assert all("CONFIDENTIAL" in page for page in pages)


def test_itinerary_leaves_out_declined_events(sample: tuple[Programme, Ids]) -> None:
    programme, _ = sample
    yamada = next(p for p in programme.people if p.family_name == "Yamada")
    assert yamada.id is not None
    text = flat_text(render_itinerary(programme, yamada.id, now=NOW))
    assert "Battery and critical-mineral" in text
    assert "Closed-door meeting" not in text  # he declined
    assert "CONFIDENTIAL" not in text


def test_unknown_delegation_or_person_is_a_clear_error(sample: tuple[Programme, Ids]) -> None:
    programme, _ = sample
    with pytest.raises(NotFound, match="delegation"):
        render_delegation_pack(programme, 999, now=NOW)
    with pytest.raises(NotFound, match="person"):
        render_itinerary(programme, 999, now=NOW)
