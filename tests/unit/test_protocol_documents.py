"""Protocol documents: checked like the briefing packs, and read as an organiser would."""

from __future__ import annotations

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from test_pack_data import pdf_pages, unembedded_fonts

from exports.protocol.attendance import attendance_csv
from exports.protocol.badges import render_delegation_badges, render_event_badges
from exports.protocol.cards import render_name_cards
from exports.protocol.manifest import render_manifest
from exports.protocol.seating import render_seating
from main import main
from models.entities import Classification, EventKind, Programme
from models.protocol.service import ProtocolDesk
from models.sample import load_sample
from models.services import Desk

CONFERENCE, MEETING = 1, 2
pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture
def core(desk: Desk) -> ProtocolDesk:
    load_sample(desk)
    return ProtocolDesk(desk)


def _site_visit(programme: Programme) -> int:
    return next(e.id for e in programme.events if e.kind is EventKind.SITE_VISIT)


def _documents(core: ProtocolDesk) -> dict[str, tuple[bytes, Classification]]:
    now = core.desk.clock.now()
    core.ensure_seating(MEETING)
    programme = core.programme()
    visit = _site_visit(programme)
    meeting = programme.event(MEETING)
    visit_level = programme.event(visit).classification
    tokens = core.badge_tokens(event_id=visit)
    japan = programme.delegations[0].id
    programme = core.programme()
    return {
        "seating": (render_seating(programme, MEETING, now=now), meeting.classification),
        "name cards": (render_name_cards(programme, MEETING, now=now), meeting.classification),
        "badges": (render_event_badges(programme, visit, tokens, now=now), visit_level),
        "delegation badges": (
            render_delegation_badges(
                programme, japan, core.badge_tokens(delegation_id=japan), now=now
            ),
            Classification.CONFIDENTIAL,
        ),
        "manifest": (render_manifest(programme, visit, now=now), visit_level),
    }


def test_every_document_embeds_its_fonts_has_text_and_is_marked(
    core: ProtocolDesk, tmp_path: Path
) -> None:
    for name, (data, level) in _documents(core).items():
        assert unembedded_fonts(data) == [], name
        pages = pdf_pages(data)
        assert pages and all(page.strip() for page in pages), name
        marking = level.value.upper()
        assert all(marking in page for page in pages), (name, marking)
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        if shutil.which("pdffonts"):
            rows = subprocess.run(
                ["pdffonts", str(path)], capture_output=True, text=True, check=True
            ).stdout.splitlines()[2:]
            assert rows and all(row.split()[-5] == "yes" for row in rows), (name, rows)
        if shutil.which("qpdf"):
            result = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
            assert result.returncode == 0, (name, result.stdout)


def test_a_public_event_prints_without_marking(core: ProtocolDesk) -> None:
    event = core.desk.event(MEETING)
    core.desk.save_event(replace(event, classification=Classification.PUBLIC))
    programme = core.programme()
    for data in (render_seating(programme, MEETING), render_name_cards(programme, MEETING)):
        text = "".join(pdf_pages(data))
        assert "RESTRICTED" not in text and "CONFIDENTIAL" not in text


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_every_badges_qr_decodes_to_its_stored_token_and_holds_no_email(
    core: ProtocolDesk, tmp_path: Path
) -> None:
    import sqlite3

    import zxingcpp
    from PIL import Image

    programme = core.programme()
    visit = _site_visit(programme)
    tokens = core.badge_tokens(event_id=visit)
    assert len(tokens) > 8  # more than one page
    path = tmp_path / "badges.pdf"
    path.write_bytes(render_event_badges(programme, visit, tokens))
    subprocess.run(["pdftoppm", "-png", "-r", "150", str(path), str(tmp_path / "page")], check=True)
    decoded: list[str] = []
    for png in sorted(tmp_path.glob("page*.png")):
        with Image.open(png) as image:
            found = zxingcpp.read_barcodes(image)
        assert all(r.format == zxingcpp.BarcodeFormat.QRCode for r in found)
        assert len(found) <= 8
        decoded += [r.text for r in found]
    with sqlite3.connect(core.desk.store.path) as conn:
        stored = dict(
            conn.execute(
                "SELECT person_id, token FROM badge_tokens WHERE event_id = ?", (visit,)
            ).fetchall()
        )
    assert sorted(decoded) == sorted(stored.values()) == sorted(tokens.values())
    emails = {p.email.casefold() for p in programme.people if p.email}
    names = {p.family_name.casefold() for p in programme.people}
    for text in decoded:
        assert "@" not in text and text.casefold() not in emails
        assert not any(name in text.casefold() for name in names if len(name) > 3)
    # The badge shows the name in both scripts and the organisation, not the token.
    text = "".join(pdf_pages(path.read_bytes()))
    assert "TANAKA" in text and "田中 愛子" in text
    assert "Ministry of Economy, Trade and Industry" in text
    assert not any(token in text for token in tokens.values())
    assert "90 × 60 mm" in text and "8 per A4 page" in text


def test_name_cards_carry_the_name_twice_in_both_scripts(core: ProtocolDesk) -> None:
    core.ensure_seating(MEETING)
    programme = core.programme()
    pages = pdf_pages(render_name_cards(programme, MEETING))
    seated = programme.protocol.plan(MEETING).seated_ids
    assert len(pages) == -(-len(seated) // 2)  # two cards per sheet
    text = "".join(pages)
    for pid in seated:
        person = programme.person(pid)
        assert text.count(person.display_name) == 2, person.display_name
        if person.name_japanese:
            assert text.count(person.name_japanese) == 2
    assert "cut here" in text and "fold here" in text


def test_the_seating_plan_lists_seats_in_order_of_precedence(core: ProtocolDesk) -> None:
    _, plan = core.generate_seating(CONFERENCE)
    programme = core.programme()
    from models.protocol.precedence import precedence

    text = "".join(pdf_pages(render_seating(programme, CONFERENCE)))
    assert "Conference rows" in text
    first = [programme.person(p).display_name for p in precedence(programme, plan.seated_ids)]
    positions = [text.index(name) for name in first[:12]]
    assert positions == sorted(positions)
    # The heads of both delegations sit in row A.
    for delegation in programme.delegations:
        assert plan.seat_of(delegation.head_id).key.startswith("A")


def test_manifests_never_exceed_seats_and_meet_fifteen_minutes_early(core: ProtocolDesk) -> None:
    programme = core.programme()
    visit = programme.event(_site_visit(programme))
    for vehicle in programme.protocol.vehicles_of(visit.id):
        assert len(vehicle.passenger_ids) <= vehicle.seats
    pages = pdf_pages(render_manifest(programme, visit.id))
    assert len(pages) == len(visit.legs)
    first = " ".join(pages[0].split())
    assert "07:15 IST" in first and "15 minutes before departure" in first
    assert "Sedan" in first and "DL 2C 0003" in first and "3 of 3" in first
    assert "Security contact" in first and "Checked by" in first
    assert "OVER SEATS" not in "".join(pages)


def test_attendance_csv_lists_everyone_and_who_arrived(core: ProtocolDesk) -> None:
    import csv

    pid = core.expected(CONFERENCE, "小林")[0].id
    core.check_in_person(CONFERENCE, pid)
    data = attendance_csv(core.programme(), CONFERENCE, core.checkins(CONFERENCE))
    assert data.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(core.desk.event(CONFERENCE).participations)
    arrived = [r for r in rows if r["Arrived"] == "yes"]
    assert [r["Japanese name"] for r in arrived] == ["小林 浩"]
    assert arrived[0]["Arrived at"] == "2026-11-30 17:30"
    assert rows[0]["Side"] == "host"


def test_commands_write_owner_only_files(
    core: ProtocolDesk, db_path: Path, tmp_path: Path, capsys
) -> None:
    core.desk.close()
    db = ["--db", str(db_path)]
    outputs = {
        "seating": ["seating", "--event", "2"],
        "cards": ["name-cards", "--event", "2"],
        "badges": ["badges", "--event", "2"],
        "manifest": ["manifest", "--event", "11"],
        "attendance": ["attendance", "--event", "1"],
    }
    for name, args in outputs.items():
        out = tmp_path / f"{name}.out"
        assert main([*args, *db, "-o", str(out)]) == 0, name
        assert out.stat().st_mode & 0o777 == 0o600, name
    assert "8 per A4 page" in capsys.readouterr().out
    assert main(["seating", *db, "--event", "999", "-o", str(tmp_path / "x.pdf")]) == 2
    assert "no event with id 999" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_the_packs_order_rosters_by_precedence_and_carry_seating_and_gifts(
    core: ProtocolDesk,
) -> None:
    from exports.briefing.build import render_delegation_pack, render_event_pack
    from models.protocol.precedence import by_organisation

    core.ensure_seating(MEETING)
    programme = core.programme()
    text = " ".join("".join(pdf_pages(render_event_pack(programme, MEETING))).split())
    assert "Seating plan" in text and "Bilateral table" in text
    room = text[text.index("Who is in the room", text.index("Agenda")) :]
    event = programme.event(MEETING)
    for delegation in programme.delegations:
        members = [p for p in event.attendee_ids if p in delegation.member_ids]
        names = [programme.person(p).display_name for p in by_organisation(programme, members)]
        positions = [room.index(name) for name in names]
        assert positions == sorted(positions), names
    japan = next(d for d in programme.delegations if d.home_timezone == "Asia/Tokyo")
    pages = pdf_pages(render_delegation_pack(programme, japan.id))
    register = " ".join(pages[-1].split())
    assert "Gift register" in register and "Arita porcelain vase" in register
    assert "JPY 45,000.00" in register and "Total received: INR 8,500.00" in register


def test_names_in_indian_scripts_print_on_badges_and_cards(core: ProtocolDesk) -> None:
    programme = core.programme()
    event = programme.event(MEETING)
    indian = next(
        programme.person(p) for p in event.attendee_ids if programme.person(p).nationality == "IN"
    )
    core.desk.save_person(replace(indian, given_name="राजेश", family_name="कपूर"))
    core.ensure_seating(MEETING)
    programme = core.programme()
    tokens = core.badge_tokens(event_id=MEETING)
    for data in (
        render_event_badges(programme, MEETING, tokens),
        render_name_cards(programme, MEETING),
    ):
        assert unembedded_fonts(data) == []
        text = "".join(pdf_pages(data))
        assert "कपूर" in text
