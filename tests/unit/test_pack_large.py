"""A 1,000-attendee conference: the roster runs over many pages, organisations repeat."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from test_pack_data import add_crowd, build_programme, pdf_pages

from exports.briefing.build import render_event_pack
from models.clock import FixedClock
from models.services import Desk
from models.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.slow
def test_thousand_attendee_roster_spans_pages_with_its_organisations_named(tmp_path) -> None:
    desk = Desk(Store.open(tmp_path / "big.db"), FixedClock(NOW))
    ids = build_programme(desk)
    add_crowd(desk, ids.conference, 1000)
    programme = desk.programme()
    desk.close()
    steps: list[tuple[int, int]] = []
    data = render_event_pack(programme, ids.conference, now=NOW,
                             progress=lambda done, total: steps.append((done, total)))  # fmt: skip
    pages = pdf_pages(data)
    roster_pages = [p for p in pages if "Attendee0" in p]
    assert len(roster_pages) >= 10
    # Every page of the roster names the organisation it lists (its group row
    # repeats at the top of a page it continues on) ...
    for page in roster_pages:
        assert re.search(r"Company \d\d", page)
    # Company 00 has 50 people: more than a page, so its name shows on two pages.
    assert sum("Company 00" in p for p in roster_pages) >= 2
    # ... and the dark band of column labels heads each delegation's list once,
    # not every organisation.
    assert sum(page.count("Position") for page in roster_pages) <= 2
    text = "\n".join(pages)
    assert all(f"Mr Test Attendee{n:04d}" in text for n in range(1000))
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]
    assert steps and steps[-1][0] == steps[-1][1]
    assert [d for d, _ in steps] == sorted(d for d, _ in steps)
