"""An event's briefing pack, read back from the PDF as an organiser would check it."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_pack_data import (
    HOSTILE,
    Ids,
    build_programme,
    flat_text,
    pdf_pages,
    unembedded_fonts,
)

from exports.briefing.build import render_event_pack
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
def conference(sample: tuple[Programme, Ids]) -> bytes:
    programme, ids = sample
    return render_event_pack(programme, ids.conference, now=NOW)


def test_the_pack_has_every_section_in_order(conference: bytes) -> None:
    text = "\n".join(pdf_pages(conference))
    sections = ["Contents", "1 Agenda", "2 Objectives", "3 Who is in the room",
                "4 Organisations present", "5 Venue", "6 Contacts"]  # fmt: skip
    positions = [text.index(s, text.index("Contents") + 1 if s != "Contents" else 0)
                 for s in sections]  # fmt: skip
    assert positions == sorted(positions)


def test_cover_shows_times_in_the_venue_and_home_zones(conference: bytes) -> None:
    cover = pdf_pages(conference)[0]
    assert "Battery and critical-mineral ecosystem conference" in cover
    assert "Tue 1 Dec 10:00 IST (India) · 13:30 JST (Japan)" in cover
    assert "Embassy of Japan" in cover
    assert "50-G Shantipath, Chanakyapuri, New Delhi" in cover
    assert "Restricted" in cover and "RESTRICTED" in cover


def test_agenda_times_in_both_zones(conference: bytes) -> None:
    text = "\n".join(pdf_pages(conference))
    assert re.search(r"10:00–10:30 IST\s+13:30–14:00 JST\s+Opening remarks", text)


def test_roster_names_in_latin_and_japanese_script(conference: bytes) -> None:
    text = flat_text(conference)
    for name in (
        "Dr Aiko Tanaka",
        "田中 愛子",
        "Mr Taro Yamada",
        "山田 太郎",
        "鈴木 芽衣",
        "Ms Priya Sharma",
        "Head of delegation",
        "Japanese government and industry",
    ):
        assert name in text
    assert "Hosts and other participants" in text


def test_contacts_list_liaison_security_and_organiser(conference: bytes) -> None:
    text = "\n".join(pdf_pages(conference))
    contacts = text[text.rindex("Contacts") :]
    for expected in (
        "Liaison officer",
        "Shri Arjun Mehta",
        "+91 98 0000 0002",
        "Security",
        "Vikram Kapoor",
        "Organiser",
        "taro.yamada@example.jp",
    ):
        assert expected in contacts


def test_every_page_is_numbered_and_marked(conference: bytes) -> None:
    pages = pdf_pages(conference)
    assert len(pages) >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert page.count("RESTRICTED") >= 2  # header and footer


def test_contents_page_numbers_point_at_the_sections(conference: bytes) -> None:
    import io

    from pypdf import PdfReader

    pages = [
        p.extract_text(extraction_mode="layout") for p in PdfReader(io.BytesIO(conference)).pages
    ]
    contents = pages[1]
    for section in ("1 Agenda", "3 Who is in the room", "5 Venue", "6 Contacts"):
        match = re.search(rf"^\s*{section}\s+(\d+)\s*$", contents, re.MULTILINE)
        assert match, f"{section} missing from the contents:\n{contents}"
        target = pages[int(match.group(1)) - 1]
        assert re.search(rf"^\s*{section}\s*$", target, re.MULTILINE), section


def test_hostile_text_prints_literally(conference: bytes) -> None:
    text = "\n".join(pdf_pages(conference))
    for hostile in HOSTILE:
        assert hostile in text
    assert "AT&T <Holdings> & Co" in text
    assert "Panel: rare-earth magnets <and> catalytic" in text


def test_every_font_is_embedded(conference: bytes) -> None:
    assert unembedded_fonts(conference) == []


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")
def test_pdffonts_agrees_that_fonts_are_embedded(conference: bytes, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    path.write_bytes(conference)
    rows = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                          check=True).stdout.splitlines()[2:]  # fmt: skip
    assert rows
    assert all(row.split()[-5] == "yes" for row in rows), rows


@pytest.mark.skipif(shutil.which("qpdf") is None, reason="qpdf not installed")
def test_qpdf_finds_no_errors(conference: bytes, tmp_path: Path) -> None:
    path = tmp_path / "p.pdf"
    path.write_bytes(conference)
    result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_metadata_comes_from_the_pack_and_the_clock(conference: bytes) -> None:
    import io

    from pypdf import PdfReader

    meta = PdfReader(io.BytesIO(conference)).metadata
    assert meta is not None
    assert meta.title == "Battery and critical-mineral ecosystem conference"
    assert meta.author == "Delegation Desk"
    assert meta.subject and "Briefing pack" in meta.subject and "10:00–13:00 IST" in meta.subject
    assert meta.creation_date == NOW


def test_same_input_gives_the_same_bytes(sample: tuple[Programme, Ids], conference: bytes) -> None:
    programme, ids = sample
    assert render_event_pack(programme, ids.conference, now=NOW) == conference


def test_site_visit_has_legs_meeting_point_safety_and_host(sample: tuple[Programme, Ids]) -> None:
    programme, ids = sample
    text = flat_text(render_event_pack(programme, ids.site_visit, now=NOW))
    for expected in (
        "Site visit: meeting point, transport and safety",
        "Embassy of Japan, main gate",
        "Safety shoes, helmet & goggles",
        "Ms Priya Sharma",
        "+91 11 0000 0001",
        "Convoy car 1 (white Innova)",
        "Embassy of Japan → Lohum, Greater Noida",
        "08:00–09:30 IST",
        "11:30–13:00 JST",
        "Dr Aiko Tanaka, Mei Suzuki",
    ):
        assert expected in text, expected


def test_confidential_event_is_marked_on_every_page(sample: tuple[Programme, Ids]) -> None:
    programme, ids = sample
    pages = pdf_pages(render_event_pack(programme, ids.closed_door, now=NOW, watermark=True))
    assert all("CONFIDENTIAL" in page for page in pages)
    assert "Do not copy or forward" in pages[0]
    assert "Declined (not attending): Mr Taro Yamada" in "\n".join(pages)


def test_cancelled_event_says_so_on_the_cover(sample: tuple[Programme, Ids]) -> None:
    programme, ids = sample
    cover = pdf_pages(render_event_pack(programme, ids.reception, now=NOW))[0]
    assert "CANCELLED — this event will not take place" in cover


def test_public_event_carries_no_marking(sample: tuple[Programme, Ids]) -> None:
    programme, ids = sample
    pages = pdf_pages(render_event_pack(programme, ids.reception, now=NOW))
    assert not any("RESTRICTED" in p or "CONFIDENTIAL" in p for p in pages)


def test_home_zone_can_be_chosen(sample: tuple[Programme, Ids]) -> None:
    programme, ids = sample
    japan_only = render_event_pack(programme, ids.conference, now=NOW, delegation_id=ids.japan)
    assert "13:30 JST (Japan)" in pdf_pages(japan_only)[0]


def test_unknown_event_is_a_clear_error(sample: tuple[Programme, Ids]) -> None:
    programme, _ = sample
    with pytest.raises(NotFound, match="no event with id 999"):
        render_event_pack(programme, 999, now=NOW)


def test_hostile_titles_print_literally_everywhere(sample: tuple[Programme, Ids]) -> None:
    import io
    from dataclasses import replace

    from pypdf import PdfReader

    programme, ids = sample
    title = 'Talks <b>x</b> & AT&T x<y <img src="/etc/passwd"/>'
    events = tuple(
        replace(e, title=title) if e.id == ids.conference else e for e in programme.events
    )
    delegations = tuple(replace(d, name="Team <i>&amp;</i>") for d in programme.delegations)
    hostile = replace(programme, events=events, delegations=delegations, _index={})
    data = render_event_pack(hostile, ids.conference, now=NOW)
    pages = [" ".join(p.split()) for p in pdf_pages(data)]
    assert title in pages[0]  # the cover
    assert all(title in p for p in pages)  # the running header
    assert "Team <i>&amp;</i>" in pages[0]
    reader = PdfReader(io.BytesIO(data))
    assert reader.metadata is not None and reader.metadata.title == title


def test_empty_delegation_and_idle_person_still_print(sample: tuple[Programme, Ids]) -> None:
    from dataclasses import replace

    from exports.briefing.build import render_delegation_pack, render_itinerary
    from models.entities import Delegation

    programme, _ids = sample
    lonely = Delegation(id=99, name="Advance team", home_timezone="Asia/Tokyo")
    extended = replace(programme, delegations=(*programme.delegations, lonely), _index={})
    text = flat_text(render_delegation_pack(extended, 99, now=NOW))
    assert "No events yet" in text
    guard = next(p for p in programme.people if p.family_name == "Kapoor")
    assert guard.id is not None
    idle = replace(programme, events=(), _index={})
    assert "Nothing is planned for this person yet." in flat_text(
        render_itinerary(idle, guard.id, now=NOW)
    )
