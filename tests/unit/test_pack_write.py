"""Writing packs: atomic replacement, cancel, progress and the command line."""

from __future__ import annotations

import re
import shutil
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from test_pack_data import build_programme, pdf_pages

from exports.briefing.build import build_event_pack, build_itinerary, render_event_pack
from main import main
from models.clock import FixedClock
from models.errors import Cancelled, ExportError, NotFound
from models.services import Desk
from models.store import Store

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.fixture
def sample(tmp_path: Path):
    path = tmp_path / "programme.db"
    desk = Desk(Store.open(path), FixedClock(NOW))
    ids = build_programme(desk)
    programme = desk.programme()
    desk.close()
    return path, programme, ids


def test_build_writes_a_pdf_and_leaves_no_temporary_file(sample, tmp_path: Path) -> None:
    _, programme, ids = sample
    out = tmp_path / "out" / "pack.pdf"
    out.parent.mkdir()
    assert build_event_pack(programme, ids.conference, out, now=NOW) == out
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in out.parent.iterdir()] == ["pack.pdf"]


def test_failed_build_leaves_the_existing_file_untouched(sample, tmp_path: Path) -> None:
    _, programme, _ = sample
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"yesterday's pack")
    with pytest.raises(NotFound):
        build_event_pack(programme, 999, out, now=NOW)
    assert out.read_bytes() == b"yesterday's pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf", "programme.db"]


def test_cancelled_build_leaves_the_existing_file_untouched(sample, tmp_path: Path) -> None:
    _, programme, ids = sample
    out = tmp_path / "pack.pdf"
    out.write_bytes(b"yesterday's pack")
    stop = threading.Event()

    def progress(done: int, total: int) -> None:
        if done >= 3:
            stop.set()  # the user presses Cancel while pages are laid out

    with pytest.raises(Cancelled):
        build_event_pack(programme, ids.conference, out, now=NOW, progress=progress, cancel=stop)
    assert out.read_bytes() == b"yesterday's pack"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.pdf", "programme.db"]


def test_cancel_may_be_any_callable(sample) -> None:
    _, programme, ids = sample
    with pytest.raises(Cancelled):
        render_event_pack(programme, ids.conference, now=NOW, cancel=lambda: True)


def test_unwritable_place_is_an_export_error(sample, tmp_path: Path) -> None:
    _, programme, ids = sample
    with pytest.raises(ExportError, match="Cannot write"):
        build_itinerary(programme, ids.tanaka, tmp_path / "missing" / "x.pdf", now=NOW)


def test_command_line_writes_the_pack(sample, tmp_path: Path, capsys) -> None:
    db, _, ids = sample
    out = tmp_path / "visit.pdf"
    argv = ["pack", "--db", str(db), "--event", str(ids.site_visit), "-o", str(out)]
    assert main([*argv, "--watermark"]) == 0
    assert "visit.pdf" in capsys.readouterr().out
    pages = pdf_pages(out.read_bytes())
    assert "Site visit: Lohum recycling plant" in pages[0]
    out_d = tmp_path / "delegation.pdf"
    assert main(["pack", "--db", str(db), "--delegation", str(ids.japan), "-o", str(out_d)]) == 0
    assert "Programme overview" in "\n".join(pdf_pages(out_d.read_bytes()))
    out_p = tmp_path / "person.pdf"
    assert main(["pack", "--db", str(db), "--person", str(ids.tanaka), "-o", str(out_p)]) == 0
    assert "Itinerary: Dr Aiko Tanaka" in pdf_pages(out_p.read_bytes())[0]


def test_command_line_reports_an_unknown_id(sample, tmp_path: Path, capsys) -> None:
    db, _, _ = sample
    out = tmp_path / "x.pdf"
    assert main(["pack", "--db", str(db), "--event", "999", "-o", str(out)]) == 2
    assert "no event with id 999" in capsys.readouterr().err
    assert not out.exists()


def test_very_long_text_runs_over_pages_inside_its_cell(sample, tmp_path: Path) -> None:
    _, programme, ids = sample
    from dataclasses import replace

    event = programme.event(ids.site_visit)
    note = " ".join(f"word{n}" for n in range(6000))
    leg = replace(event.legs[0], notes=note)
    changed = replace(event, legs=(leg, *event.legs[1:]), safety_notes=note)
    programme = replace(programme, events=(changed,), _index={})
    text = " ".join(
        "\n".join(pdf_pages(render_event_pack(programme, ids.site_visit, now=NOW))).split()
    )
    assert "word0 " in text and "word5999" in text
    assert text.count("word4321 ") == 2  # the safety notes and the leg's note


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_no_text_runs_past_the_right_margin(sample, tmp_path: Path) -> None:
    _, programme, ids = sample
    from dataclasses import replace

    person = next(p for p in programme.people if p.id == ids.sharma)
    long_names = replace(
        person,
        email="an.exceptionally.long.mailbox.name.that.never.breaks@example.in",
        position="Head of Partnerships, Battery Materials, Recycling and Circular-Economy "
        "Programmes across North India",
        name_japanese="プリヤ・シャルマ" * 8,
    )
    people = tuple(long_names if p.id == person.id else p for p in programme.people)
    programme = replace(programme, people=people, _index={})
    path = tmp_path / "wide.pdf"
    path.write_bytes(render_event_pack(programme, ids.site_visit, now=NOW))
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges and max(right_edges) <= 595.3 - 50 + 1
    assert "an.exceptionally.long" in boxes


def test_a_bare_new_event_still_prints_with_its_gaps_named(tmp_path: Path) -> None:
    from models.entities import Event

    desk = Desk(Store.open(tmp_path / "empty.db"), FixedClock(NOW))
    start = datetime(2026, 12, 1, 4, 30, tzinfo=UTC)
    event = desk.save_event(
        Event(
            title="Placeholder",
            starts_at=start,
            ends_at=start + timedelta(minutes=30),
            timezone="Asia/Kolkata",
        )
    )
    assert event.id is not None
    text = " ".join(
        "\n".join(pdf_pages(render_event_pack(desk.programme(), event.id, now=NOW))).split()
    )
    desk.close()
    for gap in (
        "No agenda items have been recorded.",
        "No objectives have been recorded.",
        "Nobody is expected yet.",
        "No venue has been chosen yet.",
        "No liaison officers, security or drivers are recorded.",
    ):
        assert gap in text
    assert "Tue 1 Dec 2026, 10:00–10:30 IST (India)" in text


def test_the_command_line_does_not_load_reportlab_until_a_pack_is_printed() -> None:
    import sys

    code = "import sys, main; main.build_parser(); print('reportlab' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_default_file_names_are_safe(sample) -> None:
    from dataclasses import replace

    from exports.briefing.build import default_file_name

    _, programme, ids = sample
    assert default_file_name(programme, event_id=ids.site_visit) == (
        "Briefing pack - Site visit Lohum recycling plant - 2026-12-02.pdf"
    )
    odd = replace(
        programme,
        delegations=tuple(replace(d, name='a/b\\c:<d>|"e"?*') for d in programme.delegations),
        _index={},
    )
    assert default_file_name(odd, delegation_id=ids.japan) == "Delegation pack - a-b-c-d-e.pdf"
    assert default_file_name(programme, person_id=ids.tanaka) == "Itinerary - Aiko Tanaka.pdf"
    assert default_file_name(programme, event_id=999) == "Briefing pack.pdf"


def test_the_error_names_the_file_asked_for_not_a_temporary_one(sample, tmp_path: Path) -> None:
    _, programme, ids = sample
    target = tmp_path / "missing" / "x.pdf"
    with pytest.raises(ExportError) as refused:
        build_itinerary(programme, ids.tanaka, target, now=NOW)
    assert f"Cannot write {target}:" in refused.value.user_message
    assert ".tmp" not in refused.value.user_message
