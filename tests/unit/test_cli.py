"""The command line end to end, through real processes as a user runs it."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import main

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"

#: ``import-people`` lives in exports/ (models/ may not import a file reader); it is
#: reachable once main.py lists its module among the command modules.
needs_import_command = pytest.mark.skipif(
    "exports.csv_commands" not in main.COMMAND_MODULES,
    reason="main.COMMAND_MODULES does not list exports.csv_commands yet",
)


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )


def run_json(*args: str | Path) -> Any:
    result = run(*args, "--json")
    assert result.returncode in (0, 1), result.stderr
    return json.loads(result.stdout)


def user_error(result: subprocess.CompletedProcess[str], text: str) -> None:
    """Exit 2 with a message naming the problem, and no traceback."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert text in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run("demo", "--db", path)
    assert result.returncode == 0, result.stderr
    assert "23 events" in result.stdout
    return path


@pytest.fixture
def db(demo_db: Path, tmp_path: Path) -> Path:
    """A private copy of the demo database, for commands that change it."""
    copy = tmp_path / "programme.db"
    shutil.copyfile(demo_db, copy)
    return copy


def test_demo_then_clashes_lists_the_deliberate_clash_and_exits_1(demo_db: Path) -> None:
    result = run("clashes", "--db", demo_db, "--json")
    assert result.returncode == 1
    (clash,) = json.loads(result.stdout)
    assert clash["kind"] == "person double-booked"
    assert clash["people"] == ["Misaki Sato"]
    assert clash["starts_at"] == "2026-12-02T11:30:00+05:30"
    human = run("clashes", "--db", demo_db)
    assert human.returncode == 1
    assert "Misaki Sato" in human.stdout


def test_events_json_carries_times_with_the_venues_offset(demo_db: Path) -> None:
    events = run_json("events", "--db", demo_db)
    assert len(events) == 23
    for event in events:
        assert {"id", "title", "kind", "classification", "status", "starts_at", "ends_at",
                "timezone", "venue"} <= event.keys()  # fmt: skip
        assert event["starts_at"].endswith("+05:30") and event["ends_at"].endswith("+05:30")
    conference = next(e for e in events if e["kind"] == "conference")
    assert conference["starts_at"] == "2026-12-01T09:30:00+05:30"
    assert conference["venue"] == "Embassy of Japan, New Delhi"


def test_listings_in_json_and_as_tables(demo_db: Path) -> None:
    orgs = run_json("organisations", "--db", demo_db)
    assert {"id", "name", "country", "kind"} <= orgs[0].keys()
    assert any(o["name"] == "Lohum Cleantech Pvt Ltd" for o in orgs)
    venues = run_json("venues", "--db", demo_db)
    assert any(v["region"] == "Uttar Pradesh" for v in venues)
    delegations = run_json("delegations", "--db", demo_db)
    assert {d["home_timezone"] for d in delegations} == {"Asia/Tokyo", "Asia/Kolkata"}
    table = run("people", "--db", demo_db)
    assert table.returncode == 0
    assert "田中 愛子" in table.stdout


def test_people_search_finds_a_japanese_name(demo_db: Path) -> None:
    found = run_json("people", "--db", demo_db, "--search", "田中 愛子")
    assert [(p["family_name"], p["given_name"]) for p in found] == [("Tanaka", "Aiko")]
    assert found[0]["organisation"] == "Ministry of Economy, Trade and Industry (METI)"
    assert found[0]["email"] == "aiko.tanaka@example.jp"
    assert {"id", "name_japanese"} <= found[0].keys()
    assert run_json("people", "--db", demo_db, "--search", "nobody-like-this") == []


def test_reschedule_and_cancel_change_what_events_show(db: Path) -> None:
    before = {e["id"]: e for e in run_json("events", "--db", db)}
    toshiba = next(e for e in before.values() if "Toshiba" in e["title"])
    moved = run("reschedule", "--db", db, "--event", str(toshiba["id"]),
                "--start", "2026-12-02 12:30", "--end", "2026-12-02T10:30+02:00")  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    after = {e["id"]: e for e in run_json("events", "--db", db)}
    assert after[toshiba["id"]]["starts_at"] == "2026-12-02T12:30:00+05:30"
    assert after[toshiba["id"]]["ends_at"] == "2026-12-02T14:00:00+05:30"  # +02:00 read as such
    assert after[toshiba["id"]]["sequence"] == toshiba["sequence"] + 1
    assert run("clashes", "--db", db).returncode == 0  # the interpreter is free again

    gs_yuasa = next(e for e in after.values() if "GS Yuasa" in e["title"])
    assert run("cancel", "--db", db, "--event", str(gs_yuasa["id"])).returncode == 0
    cancelled = {e["id"]: e for e in run_json("events", "--db", db)}[gs_yuasa["id"]]
    assert cancelled["status"] == "cancelled"


def test_bad_input_is_a_message_and_exit_2(db: Path, tmp_path: Path) -> None:
    user_error(run("cancel", "--db", db, "--event", "999"), "There is no event with id 999")
    user_error(
        run("reschedule", "--db", db, "--event", "1", "--start", "1 Dec 10am", "--end", "x"),
        "is not a date and time like 2026-12-01 10:00",
    )
    user_error(
        run("reschedule", "--db", db, "--event", "1",
            "--start", "2026-12-01 12:00", "--end", "2026-12-01 11:00"),
        "ends (2026-12-01 11:00) before it starts (2026-12-01 12:00)",
    )  # fmt: skip
    user_error(run("cancel", "--db", db, "--event", "first"), "invalid int value")
    user_error(run("demo", "--db", db), "already holds a programme")


def test_read_commands_do_not_create_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    for command in ("events", "people", "clashes"):
        user_error(run(command, "--db", missing), f"There is no database at {missing}")
    assert not missing.exists()


def test_a_text_file_given_as_database_is_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("shopping list\n", encoding="utf-8")
    digest = hashlib.sha256(notes.read_bytes()).hexdigest()
    user_error(run("events", "--db", notes), "is not a Delegation Desk database")
    user_error(run("demo", "--db", notes), "is not a Delegation Desk database")
    assert hashlib.sha256(notes.read_bytes()).hexdigest() == digest


@needs_import_command
def test_import_people_refuses_bad_rows_then_skips_them(db: Path) -> None:
    people_before = len(run_json("people", "--db", db))
    members_before = next(
        d["members"]
        for d in run_json("delegations", "--db", db)
        if d["home_timezone"] == "Asia/Tokyo"
    )
    refused = run("import-people", DATA / "people_bad_rows.csv", "--db", db)
    user_error(refused, "line 5: E-mail address 'x@' is not valid")
    assert "line 3: The family name is missing." in refused.stderr
    assert len(run_json("people", "--db", db)) == people_before

    user_error(
        run("import-people", DATA / "people_bom.csv", "--db", db, "--delegation", "Nobody"),
        "There is no delegation named 'Nobody'",
    )
    assert len(run_json("people", "--db", db)) == people_before

    done = run("import-people", DATA / "people_bad_rows.csv", "--db", db, "--skip-invalid",
               "--delegation", "Japanese public–private delegation")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "Imported 4 people" in done.stdout and "Skipped 3 rows" in done.stdout
    assert len(run_json("people", "--db", db)) == people_before + 4
    members = {d["home_timezone"]: d["members"] for d in run_json("delegations", "--db", db)}
    assert members["Asia/Tokyo"] == members_before + 4
    found = run_json("people", "--db", db, "--search", "加藤 隆")
    assert [p["email"] for p in found] == ["takashi.kato@example.jp"]


@needs_import_command
def test_import_people_creates_a_new_database(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    done = run("import-people", DATA / "people_semicolon.csv", "--db", target)
    assert done.returncode == 0, done.stderr
    names = {p["name_japanese"] for p in run_json("people", "--db", target)}
    assert {"佐藤 美咲", "小林 浩"} <= names


@needs_import_command
def test_a_refused_import_leaves_no_new_database_behind(tmp_path: Path) -> None:
    target = tmp_path / "new.db"
    user_error(run("import-people", DATA / "people_bad_rows.csv", "--db", target), "line 3:")
    assert list(tmp_path.iterdir()) == []


def test_tables_stay_aligned_with_japanese_names(demo_db: Path) -> None:
    from models.commands import display_width

    people = run_json("people", "--db", demo_db)
    lines = run("people", "--db", demo_db).stdout.splitlines()
    header, rows = lines[0], lines[2:]
    assert len(rows) == len(people)
    column = display_width(header[: header.index("organisation")])
    for person, line in zip(people, rows, strict=True):
        if person["name_japanese"]:  # wide characters before the organisation column
            org = person["organisation"][:20]
            assert display_width(line[: line.index(org)]) == column, line
