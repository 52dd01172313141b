"""The packs as an organiser reads them: what each page says and where it stands.

Covers, headings kept with what follows, contacts listed once, numbers and
addresses never cut, markings inside the margins, the watermark over the
content, members and a day at a glance in a delegation pack, tentative events
marked, notes pages only when asked, and every label from one catalogue.
"""

from __future__ import annotations

import dataclasses
import io
import re
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_pack_data import Ids, build_programme, flat_text, pdf_pages

from exports.briefing import labels as catalogue
from exports.briefing.build import render_delegation_pack, render_event_pack, render_itinerary
from exports.briefing.labels import EN
from models.clock import FixedClock
from models.entities import Delegation, EventStatus, Person, Programme
from models.services import Desk
from models.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)
ADDRESS = "a.very.long.address.for.interpretation.services@example.jp"
poppler = pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs poppler-utils")


@dataclasses.dataclass
class Sample:
    programme: Programme
    ids: Ids
    idle: int  # a delegation member who attends nothing
    tentative: int  # a tentative meeting


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Sample:
    desk = Desk(Store.open(tmp_path_factory.mktemp("layout") / "p.db"), FixedClock(NOW))
    ids = build_programme(desk)
    programme = desk.programme()
    # The same driver on both legs of the site visit, in two vehicles.
    visit = programme.event(ids.site_visit)
    assert visit is not None
    out, back = visit.legs
    back = dataclasses.replace(
        back, vehicle="Convoy car 2 DL 1C AB 1234", driver_contact=out.driver_contact
    )
    desk.save_event(dataclasses.replace(visit, legs=(out, back)))
    # A member of the Japanese delegation who attends nothing yet.
    idle = desk.save_person(Person(family_name="Hashimoto", given_name="Aya", honorific="Ms"))
    japan = programme.delegation(ids.japan)
    assert japan is not None and idle.id is not None
    desk.save_delegation(dataclasses.replace(japan, member_ids=(*japan.member_ids, idle.id)))
    # A tentative meeting of the delegation.
    closed = programme.event(ids.closed_door)
    assert closed is not None
    tentative = desk.save_event(
        dataclasses.replace(
            closed,
            id=None,
            uid="",
            title="Tentative follow-up on JV terms",
            starts_at=closed.starts_at.replace(hour=closed.starts_at.hour + 2),
            ends_at=closed.ends_at.replace(hour=closed.ends_at.hour + 2),
            status=EventStatus.TENTATIVE,
        )
    )
    assert tentative.id is not None
    result = Sample(desk.programme(), ids, idle.id, tentative.id)
    desk.close()
    return result


def lines_of(data: bytes) -> str:
    """The text with its line breaks, no-break spaces as spaces."""
    return "\n".join(pdf_pages(data)).replace("\u00a0", " ")


# -- covers -----------------------------------------------------------------------


def test_the_cover_says_what_where_when_version_and_printed(sample: Sample) -> None:
    data = render_delegation_pack(sample.programme, sample.ids.japan, now=NOW)
    cover = " ".join(pdf_pages(data)[0].split())
    assert "Delegation briefing pack" in cover
    assert "Japanese government and industry delegation" in cover
    assert "New Delhi · 1–2 December 2026" in cover
    assert "CONFIDENTIAL" in cover
    assert re.search(r"Version [0-9a-f]{8}", cover)
    assert "Printed Mon 30 Nov 2026 21:00 JST (Japan)" in cover


def test_the_version_changes_with_the_content_and_only_then(sample: Sample) -> None:
    def version(programme: Programme) -> str:
        data = render_event_pack(programme, sample.ids.conference, now=NOW)
        found = re.search(r"Version ([0-9a-f]{8})", flat_text(data))
        assert found
        return found.group(1)

    first = version(sample.programme)
    assert version(sample.programme) == first
    event = sample.programme.event(sample.ids.conference)
    assert event is not None
    moved = dataclasses.replace(event, title="Battery conference (moved)")
    changed = dataclasses.replace(
        sample.programme,
        events=tuple(moved if e.id == event.id else e for e in sample.programme.events),
        _index={},
    )
    assert version(changed) != first


@poppler
def test_markings_stand_inside_the_text_margins(sample: Sample, tmp_path: Path) -> None:
    # The CONFIDENTIAL box and the CANCELLED band: every red pixel of the cover
    # lies between the 50 pt margins (A4 at 72 dpi: one pixel per point).
    for event_id in (sample.ids.closed_door, sample.ids.reception):
        path = tmp_path / "cover.pdf"
        path.write_bytes(render_event_pack(sample.programme, event_id, now=NOW))
        subprocess.run(
            ["pdftoppm", "-r", "72", "-f", "1", "-l", "1", str(path), str(tmp_path / "c")],
            check=True,
        )
        width, height, pixels = read_ppm(next(tmp_path.glob("c*.ppm")))
        red_columns = {
            n % width
            for n in range(width * height)
            if pixels[3 * n] > 150 and pixels[3 * n + 1] < 60 and pixels[3 * n + 2] < 80
        }
        assert red_columns, event_id
        assert min(red_columns) >= 49 and max(red_columns) <= width - 49, event_id
        for ppm in tmp_path.glob("c*.ppm"):
            ppm.unlink()


def read_ppm(path: Path) -> tuple[int, int, bytes]:
    data = path.read_bytes()
    magic, width, height, depth, rest = data.split(maxsplit=4)
    assert magic == b"P6" and depth == b"255"
    return int(width), int(height), rest


def test_a_tentative_event_looks_unlike_a_confirmed_one(sample: Sample) -> None:
    tentative = render_event_pack(sample.programme, sample.tentative, now=NOW)
    confirmed = render_event_pack(sample.programme, sample.ids.conference, now=NOW)
    assert "TENTATIVE — not yet confirmed" in pdf_pages(tentative)[0]
    assert "TENTATIVE" not in pdf_pages(confirmed)[0]
    itinerary = flat_text(render_itinerary(sample.programme, sample.ids.tanaka, now=NOW))
    assert "TENTATIVE Tentative follow-up on JV terms" in itinerary


# -- headings and page furniture --------------------------------------------------


def test_headings_are_numbered_and_never_stranded_at_a_page_foot(sample: Sample) -> None:
    from pypdf import PdfReader

    data = render_delegation_pack(sample.programme, sample.ids.japan, now=NOW, notes=True)
    reader = PdfReader(io.BytesIO(data))

    def walk(items: list[object]) -> list[object]:
        out: list[object] = []
        for item in items:
            out += walk(item) if isinstance(item, list) else [item]
        return out

    entries = walk(reader.outline)
    assert len(entries) > 20
    for entry in entries:
        title = str(entry.title)  # type: ignore[attr-defined]
        assert re.match(r"^\d+(\.\d+)? \S", title), title
        # At least the heading and the first lines of what follows fit below it
        # (60 pt where a single line follows, more before a table).
        assert float(entry.top) > 48 + 60, title  # type: ignore[attr-defined]
    for page in pdf_pages(data):
        if re.search(r"^\d+\.\d+ Who is in the room$", page, re.MULTILINE):
            after = page.split("Who is in the room", 1)[1]
            assert "expected" in after or "Nobody" in after
            assert "Name" in after or "Nobody" in after


def test_the_watermark_is_drawn_over_the_content(sample: Sample) -> None:
    from pypdf import PdfReader

    data = render_event_pack(sample.programme, sample.ids.conference, now=NOW, watermark=True)
    for number, page in enumerate(PdfReader(io.BytesIO(data)).pages, start=1):
        stream = page.get_contents().get_data()
        # Everything else, down to "Page N of M" (drawn last of the furniture),
        # comes first; the outlined, transparent word comes after it.
        assert stream.rfind(b"2 Tr") > stream.rfind(f"Page {number} of".encode()), number
        assert b" gs" in stream[stream.rfind(b"Page ") :]


def test_notes_pages_only_when_asked(sample: Sample) -> None:
    plain = render_event_pack(sample.programme, sample.ids.conference, now=NOW)
    with_notes = render_event_pack(sample.programme, sample.ids.conference, now=NOW, notes=True)
    assert not re.search(r"^\d+ Notes$", lines_of(plain), re.MULTILINE)
    assert re.search(r"^7 Notes$", lines_of(with_notes), re.MULTILINE)
    assert len(pdf_pages(with_notes)) == len(pdf_pages(plain)) + 1


# -- the event's sections ---------------------------------------------------------


def test_a_site_visit_starts_with_its_logistics(sample: Sample) -> None:
    text = flat_text(render_event_pack(sample.programme, sample.ids.site_visit, now=NOW))
    contents = text[text.index("Contents") :]
    assert contents.index("1 Site visit: meeting point, transport and safety") < contents.index(
        "2 Agenda"
    )
    body = text[text.index("1 Site visit", text.index("2 Agenda")) :]
    assert body.index("Embassy of Japan, main gate") < body.index("Organisations present")


def test_a_driver_is_listed_once_with_his_vehicles(sample: Sample) -> None:
    text = lines_of(render_event_pack(sample.programme, sample.ids.site_visit, now=NOW))
    contacts = text[text.rindex("Contacts") :]
    assert contacts.count("+91 98 0000 0009") == 1
    assert "Convoy car 1 (white Innova)" in " ".join(contacts.split())
    assert "Convoy car 2 DL 1C AB 1234" in " ".join(contacts.split())
    assert any("DL 1C AB 1234" in line for line in contacts.split("\n"))  # plate unbroken


def test_numbers_and_addresses_are_never_cut(sample: Sample) -> None:
    text = lines_of(render_event_pack(sample.programme, sample.ids.conference, now=NOW))
    for phone in ("+91 98 0000 0002", "+91 98 0000 0003"):
        assert any(phone in line for line in text.split("\n"))
    lines = text.split("\n")
    assert any("arjun.mehta@example.in" in line for line in lines)
    assert any("Shri Arjun Mehta" in line for line in lines)
    # The interpreter's long address wraps only after "@" or ".".
    text = lines_of(render_event_pack(sample.programme, sample.ids.closed_door, now=NOW))
    found = re.search(r"a\.very\.long\.address[\s\S]*?example\.jp", text)
    assert found and "".join(found.group().split()) == ADDRESS
    assert "\n" in found.group()  # it does not fit its column
    for piece in found.group().split("\n")[:-1]:
        assert piece.endswith(("@", ".")), found.group()


# -- the delegation pack ----------------------------------------------------------


def test_the_delegation_pack_lists_every_member(sample: Sample) -> None:
    text = flat_text(render_delegation_pack(sample.programme, sample.ids.japan, now=NOW))
    members = text[text.index("1 Delegation members", text.index("Contents") + 50) :]
    members = members[: members.index("2 Programme overview")]
    for name in ("Dr Aiko Tanaka", "Mr Taro Yamada", "Mei Suzuki", "Ms Aya Hashimoto"):
        assert name in members
    assert "Ms Aya Hashimoto attends no event yet" in members
    assert "Head of delegation" in members
    # In order of precedence (director-general, director, then staff), not by name.
    order = [members.index(n) for n in ("Dr Aiko Tanaka", "Mr Taro Yamada", "Mei Suzuki")]
    assert order == sorted(order)


def test_a_day_at_a_glance_on_one_page(sample: Sample) -> None:
    data = render_delegation_pack(sample.programme, sample.ids.japan, now=NOW)
    pages = [" ".join(p.split()) for p in pdf_pages(data)]
    tuesday = [p for p in pages if "At a glance: Tuesday 1 December 2026 Time" in p]
    assert len(tuesday) == 1
    page = tuesday[0]
    for expected in (
        "Battery and critical-mineral ecosystem conference",
        "Closed-door meeting on JV terms",
        "Tentative follow-up on JV terms",
        "Evening reception",
        "10:00–13:00 IST 13:30–16:30 JST",
        "Embassy of Japan",
        "Dr Aiko Tanaka",  # chairs the closed-door meeting, heads the delegation
    ):
        assert expected in page, expected
    assert not any("Wednesday" in p for p in tuesday)


def test_an_overview_without_a_second_zone_has_no_empty_column(sample: Sample) -> None:
    programme = sample.programme
    indian = Delegation(
        id=99,
        name="Indian hosts",
        home_timezone="Asia/Kolkata",
        member_ids=(sample.ids.sharma,),
    )
    programme = dataclasses.replace(
        programme, delegations=(*programme.delegations, indian), _index={}
    )
    text = flat_text(render_delegation_pack(programme, 99, now=NOW))
    assert " same " not in f" {text} "
    assert "When (India)" in text and "When (Japan)" not in text


# -- one catalogue ----------------------------------------------------------------


def test_every_heading_comes_from_the_catalogue(
    sample: Sample, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = dataclasses.replace(
        EN, language="xx", agenda="XAGENDA", room="XROOM", contacts="XCONTACTS", time="XTIME"
    )
    monkeypatch.setitem(catalogue.LANGUAGES, "xx", other)
    text = flat_text(
        render_event_pack(sample.programme, sample.ids.conference, now=NOW, language="xx")
    )
    for word in ("1 XAGENDA", "3 XROOM", "6 XCONTACTS", "XTIME (India)"):
        assert word in text
    for word in ("Agenda", "Who is in the room", "Contacts"):
        assert word not in text
