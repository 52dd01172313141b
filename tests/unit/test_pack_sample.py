"""The shipped New Delhi sample, printed: what an organiser would hand out."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_pack_data import flat_text, pdf_pages, unembedded_fonts

from exports.briefing.build import render_delegation_pack, render_itinerary
from models import sample as sample_module
from models.clock import FixedClock
from models.entities import Programme
from models.services import Desk
from models.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def programme(tmp_path_factory: pytest.TempPathFactory) -> Programme:
    desk = Desk(Store.open(tmp_path_factory.mktemp("sample") / "s.db"), FixedClock(NOW))
    sample_module.load_sample(desk)
    result = desk.programme()
    desk.close()
    return result


@pytest.fixture(scope="module")
def japan_pack(programme: Programme) -> bytes:
    japan = next(d for d in programme.delegations if d.home_timezone == "Asia/Tokyo")
    assert japan.id is not None
    return render_delegation_pack(programme, japan.id, now=NOW)


def test_japanese_delegation_pack_reads_back(programme: Programme, japan_pack: bytes) -> None:
    text = flat_text(japan_pack)
    conference = next(e for e in programme.events if e.kind.value == "conference")
    assert conference.title in text
    # The conference's start in New Delhi and in Tokyo, side by side.
    assert re.search(r"09:30–13:30 IST 13:00–17:00 JST", text)
    japanese = [p for p in programme.people if p.name_japanese]
    assert japanese and all(p.name_japanese in text for p in japanese[:10])
    assert "Site visit: meeting point, transport and safety" in text


def test_every_page_is_numbered_and_marked_confidential(japan_pack: bytes) -> None:
    pages = pdf_pages(japan_pack)
    assert len(pages) > 20
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("CONFIDENTIAL") >= 2


def outline_titles(outline: list[str]) -> list[str]:
    return [re.sub(r"^\d+ ", "", title) for title in outline]


def test_contents_and_outline_list_every_event_in_order(
    programme: Programme, japan_pack: bytes
) -> None:
    from pypdf import PdfReader

    from exports.briefing.story import delegation_events

    japan = next(d for d in programme.delegations if d.home_timezone == "Asia/Tokyo")
    titles = [e.title for e in delegation_events(programme, japan)]
    reader = PdfReader(io.BytesIO(japan_pack))
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    # Numbered sections: members, overview, a page per day, then every event.
    assert outline == [f"{n} {title}" for n, title in enumerate(outline_titles(outline), 1)]
    assert outline_titles(outline)[:2] == ["Delegation members", "Programme overview"]
    days = [t for t in outline_titles(outline) if t.startswith("At a glance: ")]
    assert days == [
        "At a glance: Tuesday 1 December 2026",
        "At a glance: Wednesday 2 December 2026",
    ]
    # The sample records gifts, so the pack ends with the gift register.
    assert outline_titles(outline)[2 + len(days) :] == [*titles, "Gift register"]
    contents = " ".join(
        " ".join(reader.pages[n].extract_text(extraction_mode="layout").split()) for n in (1, 2)
    )
    for title in titles:
        match = re.search(re.escape(title) + r" (\d+)", contents)
        assert match, title
        page = " ".join(reader.pages[int(match.group(1)) - 1].extract_text().split())
        assert title in page


def test_fonts_embedded_and_file_sound(japan_pack: bytes, tmp_path: Path) -> None:
    assert unembedded_fonts(japan_pack) == []
    if shutil.which("qpdf"):
        path = tmp_path / "pack.pdf"
        path.write_bytes(japan_pack)
        assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_interpreter_itinerary_shows_both_bookings(programme: Programme) -> None:
    sato = next(p for p in programme.people if p.name_japanese == "佐藤 美咲")
    assert sato.id is not None
    text = flat_text(render_itinerary(programme, sato.id, now=NOW))
    assert "Wednesday 2 December 2026" in text
    assert "11:00–12:00 IST" in text and "11:30–12:30 IST" in text
    assert "JW Marriott" in text
    # The deliberate clash of the sample is visible on her sheet.
    assert "Overlaps “Lithium-ion cell technology: GS Yuasa and Exide Energy”" in text
