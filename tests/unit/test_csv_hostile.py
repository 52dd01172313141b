"""Hostile and damaged CSV files: every fault reported with its line, nothing lost silently.

A quote that never closes used to swallow every following row into one cell
and report success; duplicate headers and cells beyond the header were
dropped silently; a damaged UTF-16 file gave a traceback.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from exports.csv_import import parse_people_csv, read_people_csv
from models.errors import ImportRefused
from models.people_import import plan_import
from models.services import Desk

ROOT = Path(__file__).resolve().parents[2]
HEADER = "Family name,Given name,Organisation,E-mail,Notes"


def rows(n: int) -> list[str]:
    return [f"Person{k},Test,Org {k % 5},p{k}@example.org,note {k}" for k in range(n)]


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120,
    )  # fmt: skip


def people_in(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    finally:
        conn.close()


def test_a_quote_that_never_closes_is_an_error_naming_the_line_it_opened(
    tmp_path: Path,
) -> None:
    lines = [HEADER, *rows(100)]
    lines[4] = 'Person3,Test,Org 3,p3@example.org,"Prefers a window seat, aisle if'  # line 5
    csv_file = tmp_path / "people.csv"
    csv_file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_people_csv(csv_file)
    message = refused.value.user_message
    assert "line 5: a quoted field opens here and its closing quote is missing" in message
    db = tmp_path / "p.db"
    result = run("import-people", "--db", db, csv_file)
    assert result.returncode == 2
    assert "line 5" in result.stderr and "Imported" not in result.stdout
    assert people_in(db) == 0


def test_a_runaway_quote_closed_by_a_later_cell_names_where_it_opened() -> None:
    lines = [HEADER, *rows(10)]
    lines[3] = 'Person2,Test,Org 2,p2@example.org,"Vegetarian'  # line 4
    lines[8] = 'Person7,Test,"Tata, Ltd",p7@example.org,x'  # line 9 closes it, badly
    with pytest.raises(ImportRefused, match="line 4: a quoted field opens here"):
        parse_people_csv("\n".join(lines) + "\n")


def test_a_quoted_cell_that_swallows_whole_rows_is_refused() -> None:
    lines = [HEADER, *rows(6)]
    lines[2] = 'Person1,Test,Org 1,p1@example.org,"Notes start here'  # line 3
    lines[5] = 'Person4,Test,Org 4,p4@example.org,note 4"'  # closes cleanly at line 6
    with pytest.raises(ImportRefused, match=r"line 3: .*\(up to line 6\)"):
        parse_people_csv("\n".join(lines) + "\n")


def test_a_real_multi_line_note_is_still_read() -> None:
    text = f'{HEADER}\nKapoor,Raj,Tata,raj@example.in,"Arrives late;\nneeds a car, then lunch"\n'
    text += "Sato,Aiko,JETRO,aiko@example.jp,\n"
    parsed = parse_people_csv(text)
    assert [c.line for c in parsed.candidates] == [2, 4]
    assert parsed.candidates[0].person.notes == "Arrives late;\nneeds a car, then lunch"


def test_a_column_named_twice_is_reported_on_line_1() -> None:
    with pytest.raises(ImportRefused) as refused:
        parse_people_csv("Family name,E-mail,Given name,Email\nKapoor,a@example.in,Raj,b@x.in\n")
    message = refused.value.user_message
    assert "line 1" in message
    assert "columns 2 (“E-mail”) and 4 (“Email”) both give the email" in message


def test_cells_beyond_the_header_make_the_row_a_problem(desk: Desk) -> None:
    text = "Family name,Given name,E-mail\nKapoor,Raj,raj@example.in,Tata\nSato,Aiko,,,\n"
    plan = plan_import(desk, parse_people_csv(text).candidates)
    assert [r.line for r in plan.invalid_rows] == [2]  # trailing empty cells are fine
    (problem,) = plan.problems()
    assert problem.startswith("line 2: The row has 4 cells but line 1 names only 3 columns")
    assert "'Tata'" in problem


@pytest.mark.parametrize(
    "damage",
    [b"\x00", b"\x00\xd8A\x00"],  # an odd last byte; a lone surrogate, then text
    ids=["cut-off", "lone-surrogate"],
)
def test_damaged_utf16_is_refused_with_its_line(tmp_path: Path, damage: bytes) -> None:
    text = "Family name,E-mail\nKapoor,raj@example.in\nSato,"
    csv_file = tmp_path / "utf16.csv"
    csv_file.write_bytes(b"\xff\xfe" + text.encode("utf-16-le") + damage)
    with pytest.raises(ImportRefused, match="damaged UTF-16 text: line 3"):
        read_people_csv(csv_file)
    result = run("import-people", "--db", tmp_path / "p.db", csv_file)
    assert result.returncode == 2, result.stderr
    assert "line 3" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "p.db").exists()
