"""Two writers on one database, as real processes.

The duplicate check of an import and its write are one write transaction
(``BEGIN IMMEDIATE``): two imports of the same file at once give each person
once; an import waits for a database another process is writing to; a plan
made when the preview opened is checked again when it is applied.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from exports.csv_import import parse_people_csv
from models.entities import Organisation
from models.errors import ImportRefused
from models.people_import import apply_import, plan_import
from models.services import Desk
from models.store import Store

ROOT = Path(__file__).resolve().parents[2]


def start(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
    )  # fmt: skip


def people_file(path: Path, rows: int) -> Path:
    lines = ["Family name,Given name,Organisation,E-mail"]
    lines += [f"Person{n},Test,Org {n % 50},person{n}@example.org" for n in range(rows)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def counts(db: Path) -> tuple[int, int, int, int]:
    conn = sqlite3.connect(db)
    try:
        people = conn.execute("SELECT count(*) FROM people").fetchone()[0]
        emails = conn.execute("SELECT count(DISTINCT lower(email)) FROM people").fetchone()[0]
        orgs = conn.execute("SELECT count(*) FROM organisations").fetchone()[0]
        names = conn.execute("SELECT count(DISTINCT lower(name)) FROM organisations").fetchone()
        return people, emails, orgs, names[0]
    finally:
        conn.close()


def test_two_imports_of_the_same_file_at_once_import_everyone_once(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    Store.open(db).close()
    csv_file = people_file(tmp_path / "people.csv", 3000)
    first = start("import-people", "--db", db, csv_file)
    second = start("import-people", "--db", db, csv_file)
    outputs = [p.communicate(timeout=120) for p in (first, second)]
    results = [(p.returncode, *out) for p, out in zip((first, second), outputs, strict=True)]
    assert counts(db) == (3000, 3000, 50, 50)
    statuses = sorted(r[0] for r in results)
    assert statuses == [0, 2], results
    refused = next(r for r in results if r[0] == 2)
    assert "already belongs to" in refused[2] and "Nothing was imported" in refused[2]
    assert "Traceback" not in refused[2]


HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("INSERT INTO organisations (name, kind) VALUES ('Held', 'company')")
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
print("released", flush=True)
"""


def test_import_people_waits_for_a_database_another_process_is_writing(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    Store.open(db).close()
    csv_file = people_file(tmp_path / "people.csv", 20)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(db), "1.5"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "locked"
        importer = start("import-people", "--db", db, csv_file)
        out, err = importer.communicate(timeout=120)
    finally:
        holder.communicate(timeout=30)
    assert importer.returncode == 0, err
    assert "Imported 20 people" in out
    assert counts(db)[0] == 20
    assert counts(db)[2] == 21  # the other process's organisation was kept


def test_a_plan_whose_organisation_was_deleted_meanwhile_gives_a_message(
    tmp_path: Path,
) -> None:
    db = tmp_path / "p.db"
    desk = Desk(Store.open(db))
    org = desk.save_organisation(Organisation(name="Lohum"))
    parsed = parse_people_csv("Family name,Organisation\nGupta,Lohum\n")
    plan = plan_import(desk, parsed.candidates)
    assert plan.rows[0].person.organisation_id == org.id
    other = Desk(Store.open(db))  # the organisation goes, from elsewhere
    assert org.id is not None
    other.delete_organisation(org.id)
    other.close()
    with pytest.raises(ImportRefused) as refused:
        apply_import(desk, plan)
    assert "the database changed after the file was checked" in refused.value.user_message
    assert "line 2: the organisation 'Lohum' was deleted" in refused.value.user_message
    assert desk.people() == []
    desk.close()


def test_a_plan_whose_email_was_taken_meanwhile_gives_a_message(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    desk = Desk(Store.open(db))
    parsed = parse_people_csv("Family name,E-mail\nGupta,gupta@example.in\nRao,rao@example.in\n")
    plan = plan_import(desk, parsed.candidates)
    desk.save_person(parsed.candidates[1].person)  # Rao arrives by another way
    with pytest.raises(ImportRefused, match=r"line 3: E-mail address 'rao@example\.in' already"):
        apply_import(desk, plan, skip_invalid=True)
    assert [p.family_name for p in desk.people()] == ["Rao"]
    desk.close()
