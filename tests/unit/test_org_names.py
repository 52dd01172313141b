"""Import previews ask "did you mean …?" before a second METI is created."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models.entities import Organisation
from models.org_names import acronyms, near_duplicates, normal_form
from models.people_import import Candidate, plan_import
from models.scheduler.requests_import import RequestRow, plan_requests
from models.services import Desk

ROOT = Path(__file__).resolve().parents[2]
METI = "Ministry of Economy, Trade and Industry (METI)"
KNOWN = [METI, "Lohum Cleantech Pvt Ltd", "Tata Capital", "JETRO"]


def meant(*names: str) -> dict[str, str]:
    return {d.name: d.known for d in near_duplicates(names, KNOWN)}


def test_spelling_case_punctuation_and_legal_form_are_set_aside() -> None:
    assert normal_form("Ministry of Economy Trade & Industry") == normal_form(METI)
    assert meant("ministry of economy, trade and industry") == {
        "ministry of economy, trade and industry": METI
    }
    assert meant("LOHUM CLEANTECH LIMITED", "Lohum  Cleantech") == {
        "LOHUM CLEANTECH LIMITED": "Lohum Cleantech Pvt Ltd",
        "Lohum  Cleantech": "Lohum Cleantech Pvt Ltd",
    }


def test_acronyms_both_ways() -> None:
    assert "meti" in acronyms(METI)
    assert meant("METI") == {"METI": METI}
    assert meant("Japan External Trade Organization (JETRO)") == {
        "Japan External Trade Organization (JETRO)": "JETRO"
    }


def test_a_slip_of_the_keyboard_is_similar_but_another_company_is_not() -> None:
    assert meant("Lohum Cleantek") == {"Lohum Cleantek": "Lohum Cleantech Pvt Ltd"}
    assert meant("Attero Recycling", "Tata Motors", "Vedanta", "Maruti Suzuki") == {}
    assert meant("Tata Capital") == {}  # the same name is not new at all


def test_names_new_in_one_file_are_compared_with_each_other() -> None:
    found = near_duplicates(["Hindalco Industries", "HINDALCO INDUSTRIES LTD."], KNOWN)
    assert [(d.name, d.known) for d in found] == [
        ("HINDALCO INDUSTRIES LTD.", "Hindalco Industries")
    ]


def test_the_people_import_plan_carries_the_question(desk: Desk) -> None:
    from models.entities import Person

    desk.save_organisation(Organisation(name=METI, country="JP"))
    rows = [
        Candidate(line=2, person=Person(family_name="Sato", given_name="Haruka"),
                  organisation_name="Ministry of Economy Trade & Industry"),
        Candidate(line=3, person=Person(family_name="Rao", given_name="Anil"),
                  organisation_name="Attero Recycling"),
    ]  # fmt: skip
    plan = plan_import(desk, rows)
    assert [s.question() for s in plan.similar] == [
        f"Organisation “Ministry of Economy Trade & Industry” is new: did you mean “{METI}”?"
    ]


def test_the_command_line_import_prints_the_question(tmp_path: Path) -> None:
    db = tmp_path / "p.db"
    csv_file = tmp_path / "people.csv"
    csv_file.write_text(
        "Family name,Given name,Organisation,E-mail\nSato,Haruka,METI,haruka.sato@example.jp\n",
        encoding="utf-8",
    )
    env_run = [sys.executable, "main.py"]
    seeded = subprocess.run(
        [*env_run, "demo", "--db", str(db)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert seeded.returncode == 0, seeded.stderr
    known = subprocess.run(
        [*env_run, "organisations", "--db", str(db), "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    meti = next(line for line in known.stdout.split('"') if "(METI)" in line)
    done = subprocess.run(
        [*env_run, "import-people", str(csv_file), "--db", str(db)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"Note: Organisation “METI” is new: did you mean “{meti}”?" in done.stdout


def test_a_requests_import_problem_suggests_the_organisation_meant() -> None:
    from models.entities import Programme

    programme = Programme(
        organisations=(Organisation(id=1, name=METI), Organisation(id=2, name="Lohum Cleantech"))
    )
    row = RequestRow(line=2, values={"requester": "METI", "target": "Lohum Clean-tech",
                                     "priority": "must"})  # fmt: skip
    (planned,) = plan_requests(programme, [row])
    assert f"Requester “METI” is not an organisation in the programme. Did you mean “{METI}”?" in (
        planned.problems
    )
    assert any("Did you mean “Lohum Cleantech”?" in p for p in planned.problems)
