"""Importing people from CSV: what a coordinator's spreadsheet throws at the app."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from exports.csv_import import SYNONYMS, match_headers, parse_people_csv, read_people_csv
from models.entities import Delegation, Organisation, Person
from models.errors import Cancelled, ImportRefused, NotFound
from models.people_import import apply_import, import_people, plan_import
from models.services import Desk

DATA = Path(__file__).resolve().parents[1] / "data"


def _counts(desk: Desk) -> tuple[int, int, int]:
    members = sum(len(d.member_ids) for d in desk.delegations())
    return len(desk.people()), len(desk.organisations()), members


def test_utf8_with_bom_and_crlf_reads_every_column(desk: Desk) -> None:
    parsed = read_people_csv(DATA / "people_bom.csv")
    assert parsed.delimiter == ","
    assert [c.line for c in parsed.candidates] == [2, 3, 4, 5]
    first = parsed.candidates[0]
    assert first.person.family_name == "Tanaka"  # no BOM glued to the first header
    assert first.person.name_japanese == "田中 愛子"
    assert first.person.dietary == "vegetarian"
    assert first.organisation_name == "Ministry of Economy Trade and Industry"
    second = parsed.candidates[1]
    assert second.person.nationality == "JP"  # "Japan" in words
    assert second.person.notes == "Arrives Tue, 30 Nov"  # quoted comma stays in the cell
    assert parsed.candidates[3].person.nationality == "IN"  # "Indian"
    report = import_people(desk, parsed.candidates)
    assert report.imported == 4
    assert len(report.organisations_created) == 4


def test_semicolons_and_synonyms(desk: Desk) -> None:
    parsed = read_people_csv(DATA / "people_semicolon.csv")
    assert parsed.delimiter == ";"
    assert parsed.columns == {
        "family_name": "Surname",
        "given_name": "First name",
        "name_japanese": "Name (Japanese)",
        "honorific": "Honorific",
        "position": "Job title",
        "organisation": "Company",
        "email": "E-Mail",
        "phone": "Mobile",
        "nationality": "Nationality",
    }
    sato = parsed.candidates[0]
    assert (sato.person.honorific, sato.person.position, sato.person.phone) == (
        "Ms",
        "Interpreter",
        "+91 11 0000 0141",
    )
    assert parsed.candidates[2].organisation_name == "Ministry of Finance; Japan"  # quoted ;


@pytest.mark.parametrize(
    ("field", "header"),
    [(f, h) for f, names in SYNONYMS.items() for h in names]
    + [("email", "  E-MAIL "), ("family_name", "last_name"), ("organisation", "ORGANIZATION")],
)
def test_every_synonym_is_understood(field: str, header: str) -> None:
    index, ignored = match_headers(["Whatever", header])
    assert index == {field: 1}
    assert ignored == ["Whatever"]


def test_a_file_without_family_names_is_refused_naming_the_headers() -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_people_csv("Name,Email\nAiko Tanaka,aiko@example.jp\n", "guests.csv")
    message = caught.value.user_message
    assert "guests.csv has no column of family names" in message
    assert "“Family name”" in message and "“Surname”" in message
    assert "Name, Email" in message


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ansi.csv"
    path.write_bytes("Surname,Given name\nMüller,Jörg\n".encode("cp1252"))
    with pytest.raises(ImportRefused, match=r"not UTF-8.*line 2"):
        read_people_csv(path)


def test_bad_rows_are_reported_with_line_numbers_and_nothing_is_written(desk: Desk) -> None:
    desk.save_person(Person(family_name="Here", email="Already.Here@example.org"))
    before = _counts(desk)
    plan = plan_import(desk, read_people_csv(DATA / "people_bad_rows.csv").candidates)
    assert [r.line for r in plan.invalid_rows] == [3, 5, 6, 7]
    assert plan.problems() == [
        "line 3: The family name is missing.",
        "line 5: E-mail address 'x@' is not valid (like name@example.org).",
        "line 6: E-mail address 'naoki.suzuki@example.jp' is also on line 2.",
        "line 7: E-mail address 'already.here@example.org' already belongs to Here.",
    ]
    with pytest.raises(ImportRefused) as caught:
        apply_import(desk, plan)
    assert "Nothing was imported: 4 of 7 rows have problems" in caught.value.user_message
    assert "line 5: E-mail address 'x@' is not valid" in caught.value.user_message
    assert _counts(desk) == before


def test_skip_invalid_writes_only_the_good_rows(desk: Desk) -> None:
    desk.save_person(Person(family_name="Here", email="already.here@example.org"))
    report = import_people(
        desk, read_people_csv(DATA / "people_bad_rows.csv").candidates, skip_invalid=True
    )
    assert report.imported == 3
    assert report.skipped_rows == 4
    assert "line 3: The family name is missing." in report.summary()
    names = sorted(p.family_name for p in desk.people())
    assert names == ["Gupta", "Here", "Kato", "Suzuki"]
    # organisations of skipped rows are not created
    orgs = {o.name for o in desk.organisations()}
    assert orgs == {"Suzuki Motor Corporation", "Tata Capital Ltd", "Toyota Tsusho Corporation"}


def test_known_organisations_are_reused_case_insensitively(desk: Desk) -> None:
    jetro = desk.save_organisation(Organisation(name="JETRO", country="JP"))
    parsed = parse_people_csv("Surname,Company\nIto,jetro\nAbe,New Org\nOno,NEW ORG\n")
    report = import_people(desk, parsed.candidates)
    assert report.organisations_created == ("New Org",)
    (new_id,) = report.organisation_ids_created
    by_name = {p.family_name: p.organisation_id for p in desk.people()}
    assert by_name["Ito"] == jetro.id
    assert by_name["Abe"] == by_name["Ono"] == new_id != jetro.id


def test_japanese_names_round_trip(desk: Desk) -> None:
    text = "氏名,Family name,Given name\n佐藤 美咲,Sato,Misaki\n渡辺 健二,Watanabe,Kenji\n"
    import_people(desk, parse_people_csv(text).candidates)
    assert sorted(p.name_japanese for p in desk.people()) == ["佐藤 美咲", "渡辺 健二"]
    assert [p.given_name for p in desk.search_people("美咲")] == ["Misaki"]


def test_line_numbers_count_lines_of_the_file_not_records() -> None:
    text = 'Surname,Notes\nOne,"two\nlines"\n\n,no family name\n'
    parsed = parse_people_csv(text)
    assert [c.line for c in parsed.candidates] == [2, 5]  # blank line 4 skipped


def test_the_delegation_must_exist_and_receives_everyone(desk: Desk) -> None:
    candidates = read_people_csv(DATA / "people_semicolon.csv").candidates
    with pytest.raises(NotFound, match="no delegation named 'Visitors'"):
        import_people(desk, candidates, delegation_name="Visitors")
    assert _counts(desk) == (0, 0, 0)
    head = desk.save_person(Person(family_name="Head"))
    assert head.id is not None
    desk.save_delegation(Delegation(name="Visitors", home_timezone="Asia/Tokyo", head_id=head.id))
    report = import_people(desk, candidates, delegation_name="visitors")
    (delegation,) = desk.delegations()
    assert delegation.member_ids == (head.id, *report.person_ids)
    assert len(report.person_ids) == 3


def test_cancel_rolls_everything_back_and_progress_reaches_the_end(desk: Desk) -> None:
    text = "Surname,Company\n" + "".join(f"P{i},Org {i % 3}\n" for i in range(12))
    plan = plan_import(desk, parse_people_csv(text).candidates)
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        stop.set()

    with pytest.raises(Cancelled):
        apply_import(desk, plan, progress=progress, cancel=stop)
    assert _counts(desk) == (0, 0, 0)
    seen.clear()
    apply_import(desk, plan, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (12, 12)
    assert len(desk.people()) == 12


def test_an_empty_file_is_refused(desk: Desk) -> None:
    with pytest.raises(ImportRefused, match="is empty"):
        parse_people_csv("")
    with pytest.raises(ImportRefused, match="nobody to import"):
        import_people(desk, parse_people_csv("Surname,Email\n").candidates)
