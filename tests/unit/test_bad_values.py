"""Values that used to be accepted and crashed later, or crashed at once.

Years outside 1970–2200 are refused at every entry point, and every listing
and export survives such a row already in a database; an id no database can
hold is "no event with id …"; line breaks in single-line fields are refused.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from models.entities import Organisation, Person
from models.errors import ValidationError
from models.services import Desk
from models.timezones import from_storage, to_storage

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip


def user_error(result: subprocess.CompletedProcess[str], text: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert text in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    assert run("demo", "--db", path).returncode == 0
    return path


def events_row(db: Path, event_id: int) -> tuple[str, str, int]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute(
            "SELECT starts_at, ends_at, sequence FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        return str(row[0]), str(row[1]), int(row[2])
    finally:
        conn.close()


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("9999-12-31 10:00", "9999-12-31 11:00"),
        ("0001-01-01 10:00", "0001-01-01 11:00"),
        ("2026-12-01T10:00+05:30", "9999-12-31T23:59+05:30"),
        ("1969-12-31 10:00", "1969-12-31 11:00"),
        ("2201-01-01 10:00", "2201-01-01 11:00"),
    ],
)
def test_reschedule_refuses_years_outside_1970_to_2200(sample: Path, start: str, end: str) -> None:
    before = events_row(sample, 17)
    result = run("reschedule", "--db", sample, "--event", "17", "--start", start, "--end", end)
    user_error(result, "outside the years 1970–2200")
    assert events_row(sample, 17) == before


def test_the_core_refuses_such_years_from_any_caller(desk: Desk) -> None:
    from models.entities import Event

    event = Event(
        title="Far future", timezone="Asia/Kolkata",
        starts_at=datetime(2201, 3, 1, 4, 30, tzinfo=UTC),
        ends_at=datetime(2201, 3, 1, 5, 30, tzinfo=UTC),
    )  # fmt: skip
    with pytest.raises(ValidationError, match="outside the years 1970–2200"):
        desk.save_event(event)
    ok = desk.save_event(replace(event, starts_at=event.starts_at.replace(year=2026),
                                 ends_at=event.ends_at.replace(year=2026)))  # fmt: skip
    assert ok.id is not None
    with pytest.raises(ValidationError, match="outside the years"):
        desk.reschedule(ok.id, datetime(9999, 12, 31, 10, tzinfo=UTC),
                        datetime(9999, 12, 31, 11, tzinfo=UTC))  # fmt: skip


def test_stored_years_are_padded_and_old_unpadded_rows_are_read() -> None:
    assert to_storage(datetime(1, 1, 1, 4, 6, 32, tzinfo=UTC)) == "0001-01-01T04:06:32Z"
    assert from_storage("1-01-01T04:06:32Z") == datetime(1, 1, 1, 4, 6, 32, tzinfo=UTC)


@pytest.fixture
def damaged_years(tmp_path: Path, sample: Path) -> Path:
    """The sample with two rows no current version would store: year 9999 and year 1."""
    db = tmp_path / "years.db"
    source = sqlite3.connect(sample)
    target = sqlite3.connect(db)
    source.backup(target)
    source.close()
    target.execute(
        "UPDATE events SET starts_at = '9999-12-31T20:00:00Z', ends_at = '9999-12-31T21:00:00Z' "
        "WHERE id = 17"
    )
    target.execute(
        "UPDATE events SET starts_at = '1-01-01T04:06:32Z', ends_at = '1-01-01T05:06:32Z' "
        "WHERE id = 18"
    )
    target.commit()
    target.close()
    return db


def test_every_listing_and_export_survives_rows_outside_the_years(
    damaged_years: Path, tmp_path: Path
) -> None:
    db = damaged_years
    for listing in (("events",), ("events", "--json"), ("clashes",), ("people",)):
        result = run(*listing, "--db", db)
        assert result.returncode in (0, 1), (listing, result.stderr)
        assert "Traceback" not in result.stderr
    feed = run("ics", "--db", db, "--programme", "--max-classification", "confidential",
               "-o", tmp_path / "feed.ics")  # fmt: skip
    assert feed.returncode == 0, feed.stderr
    assert "Event 17 “" in feed.stdout + feed.stderr and "was left out" in feed.stdout
    text = (tmp_path / "feed.ics").read_text(encoding="utf-8")
    assert "9999" not in text and text.count("BEGIN:VEVENT") == 21
    invites = run("ics", "--db", db, "--event", "1", "-o", tmp_path / "one.ics")
    assert invites.returncode == 0, invites.stderr
    refused = run("ics", "--db", db, "--event", "17", "--per-attendee", "-o", tmp_path / "x")
    user_error(refused, "outside the years 1970–2200")
    people = (
        sqlite3.connect(db)
        .execute("SELECT person_id FROM participations WHERE event_id = 17 LIMIT 1")
        .fetchone()[0]
    )
    itinerary = run("ics", "--db", db, "--person", str(people), "-o", tmp_path / "it.ics")
    assert itinerary.returncode == 0, itinerary.stderr
    for what in (("--delegation", "1"), ("--event", "17"), ("--person", str(people))):
        pack = run("pack", "--db", db, *what, "-o", tmp_path / "pack.pdf")
        assert pack.returncode == 0, (what, pack.stderr)


def test_an_id_no_database_can_hold_is_not_found(sample: Path) -> None:
    huge = "99999999999999999999"
    user_error(run("cancel", "--db", sample, "--event", huge), f"no event with id {huge}")
    user_error(
        run("reschedule", "--db", sample, "--event", huge, "--start", "2026-12-01 10:00",
            "--end", "2026-12-01 11:00"),
        f"no event with id {huge}",
    )  # fmt: skip
    user_error(run("cancel", "--db", sample, "--event", "-" + huge), "no event with id")


def test_a_reply_stamped_outside_the_years_is_reported(sample: Path, tmp_path: Path) -> None:
    reply = tmp_path / "reply.ics"
    reply.write_text(
        "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\n"
        "BEGIN:VEVENT\r\nUID:nobody@delegation-desk\r\nSEQUENCE:0\r\n"
        "DTSTAMP:99991231T235959Z\r\n"
        "ATTENDEE;PARTSTAT=ACCEPTED:mailto:a@example.org\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
        encoding="utf-8",
    )
    result = run("rsvp", "--db", sample, reply)
    assert "outside the years 1970–2200" in result.stdout + result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("change", "label"),
    [
        ({"family_name": "Sato\nDROP"}, "family name"),
        ({"given_name": "Ai\r\nko"}, "given name"),
        ({"position": "Director\nGeneral"}, "position"),
        ({"email": "a@example.org\nb@example.org"}, "E-mail"),
        ({"honorific": "Dr\n"}, "honorific"),
        ({"name_japanese": "佐藤\n愛子"}, "Japanese"),
    ],
)
def test_line_breaks_are_refused_in_single_line_fields_of_a_person(
    desk: Desk, change: dict[str, str], label: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.save_person(replace(Person(family_name="Sato"), **change))
    assert label.casefold() in refused.value.user_message.casefold()
    assert "line break" in refused.value.user_message
    assert desk.people() == []


def test_notes_may_span_lines_but_names_and_titles_may_not(desk: Desk) -> None:
    from models.entities import Event

    person = desk.save_person(Person(family_name="Sato", notes="Arrives late.\nNeeds a car."))
    assert person.notes == "Arrives late.\nNeeds a car."
    with pytest.raises(ValidationError, match="line break"):
        desk.save_organisation(Organisation(name="Tata\nMotors"))
    event = Event(
        title="Conference", timezone="Asia/Kolkata", objectives="One.\nTwo.",
        starts_at=datetime(2026, 12, 1, 4, 30, tzinfo=UTC),
        ends_at=datetime(2026, 12, 1, 5, 30, tzinfo=UTC),
    )  # fmt: skip
    assert desk.save_event(event).objectives == "One.\nTwo."
    with pytest.raises(ValidationError, match="line break"):
        desk.save_event(replace(event, title="Battery\nconference"))


def test_a_csv_name_with_a_line_break_is_a_row_problem(desk: Desk) -> None:
    from exports.csv_import import parse_people_csv
    from models.people_import import plan_import

    parsed = parse_people_csv('Family name,Notes\n"Sato\nAiko","One.\nTwo."\nKapoor,"A\nB"\n')
    plan = plan_import(desk, parsed.candidates)
    assert [r.line for r in plan.invalid_rows] == [2]
    assert "line break" in plan.problems()[0]
