"""Names in Indian scripts, mixed lines and emoji print shaped and copy out as typed.

Read back with ``pdftotext`` (poppler), which honours the ``/ActualText`` that
shaped runs carry; pypdf does not, so these tests need poppler-utils.
"""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_pack_data import build_programme, unembedded_fonts

from exports.briefing.build import render_event_pack, render_itinerary
from models.clock import FixedClock
from models.entities import Participation, Person, Programme
from models.services import Desk
from models.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

HINDI = ("प्रिया", "शर्मा", "क्षेत्रीय निदेशक (Regional Director), 経済産業省")
BENGALI = ("সৌমিত্র", "চট্টোপাধ্যায়", "Ram(राम) · ক্ষমা")
TAMIL = ("கொற்றவை", "முருகன்", "ஸ்ரீ கொ Kṣatriya ₹860 crore")
EMOJI = ("Chen", "Lee", "Team lead 😀 ❤️ 👍🏽 🇮🇳 ✓")


@pytest.fixture(scope="module")
def scripts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Programme, dict[str, int], int]:
    desk = Desk(Store.open(tmp_path_factory.mktemp("scripts") / "p.db"), FixedClock(NOW))
    ids = build_programme(desk)
    people = {}
    for key, (given, family, position) in {
        "hindi": HINDI,
        "bengali": BENGALI,
        "tamil": TAMIL,
        "emoji": EMOJI,
    }.items():
        person = desk.save_person(
            Person(
                family_name=family,
                given_name=given,
                position=position,
                email=f"{key}@example.in",
                phone="+91 11 0000 0152",
            )
        )
        assert person.id is not None
        people[key] = person.id
    event = desk.programme().event(ids.conference)
    assert event is not None
    extra = tuple(Participation(person_id=pid) for pid in people.values())
    desk.save_event(dataclasses.replace(event, participations=event.participations + extra))
    programme = desk.programme()
    desk.close()
    return programme, people, ids.conference


def pdftotext(data: bytes, tmp_path: Path, *extra: str) -> str:
    path = tmp_path / "pack.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdftotext", *extra, str(path), "-"], check=True, capture_output=True, text=True
    )
    return out.stdout


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def event_pack(scripts: tuple[Programme, dict[str, int], int]) -> bytes:
    programme, _, conference = scripts
    return render_event_pack(programme, conference, now=NOW)


def test_indian_names_in_a_roster_copy_out_as_typed(event_pack: bytes, tmp_path: Path) -> None:
    text = flat(pdftotext(event_pack, tmp_path))
    for given, family, _ in (HINDI, BENGALI, TAMIL):
        assert f"{given} {family}" in text


def test_a_line_mixing_scripts_prints_every_part(event_pack: bytes, tmp_path: Path) -> None:
    text = flat(pdftotext(event_pack, tmp_path))
    assert "क्षेत्रीय निदेशक (Regional Director), 経済産業省" in text
    assert "Ram(राम) · ক্ষমা" in text
    assert "Kṣatriya ₹860 crore" in text


def test_emoji_print_a_glyph_or_a_readable_name(event_pack: bytes, tmp_path: Path) -> None:
    text = flat(pdftotext(event_pack, tmp_path))
    assert "Team lead [grinning face] ❤ 👍 [flag IN] ✓" in text


def test_conjuncts_and_vowel_signs_are_shaped(event_pack: bytes, tmp_path: Path) -> None:
    # Shaped text is drawn as glyphs with no one-to-one character: without
    # the ActualText, a reader copies private-use codes or letters out of order.
    raw = pdftotext(event_pack, tmp_path, "-raw")
    assert "\ue000" not in flat(raw)
    path = tmp_path / "pack.pdf"
    path.write_bytes(event_pack)
    streams = subprocess.run(
        ["qpdf", "--qdf", "--object-streams=disable", str(path), "-"],
        check=True,
        capture_output=True,
    ).stdout
    assert b"/ActualText" in streams
    assert b"BDC" in streams and b"EMC" in streams


def test_indian_script_fonts_are_embedded(event_pack: bytes, tmp_path: Path) -> None:
    assert unembedded_fonts(event_pack) == []
    path = tmp_path / "pack.pdf"
    path.write_bytes(event_pack)
    fonts = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True)
    for family in ("NotoSansDevanagari", "NotoSansBengali", "NotoSansTamil", "IPAPGothic"):
        assert family in fonts.stdout
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def test_an_itinerary_titled_in_devanagari(
    scripts: tuple[Programme, dict[str, int], int], tmp_path: Path
) -> None:
    programme, people, _ = scripts
    pages = pdftotext(render_itinerary(programme, people["hindi"], now=NOW), tmp_path).split("\f")
    # The heading, and the running header of every page, say whose itinerary it is.
    assert flat(pages[0]).count("Itinerary: प्रिया शर्मा") == 2
    for page in pages:
        if page.strip():
            assert "Itinerary: प्रिया शर्मा" in flat(page)
    assert "□" not in "".join(pages)
