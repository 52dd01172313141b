"""People imported from a file: the problems with its rows and the refusal when the
database changed meanwhile say the same English as before, and are messages the
window writes in Japanese (from the committed catalogue, no Qt needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.csv_import import read_people_csv
from models.entities import Person
from models.errors import ImportRefused
from models.messages import Message
from models.people_import import apply_import, plan_import
from models.services import Desk
from tests.unit.test_time_messages import catalogue

DATA = Path(__file__).resolve().parents[1] / "data"


def japanese(text: str) -> str:
    ja = catalogue()
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: ja[key])


def test_an_address_given_twice_or_already_known_is_explained_in_japanese(desk: Desk) -> None:
    desk.save_person(Person(family_name="Tanaka", given_name="Aiko", name_japanese="田中 愛子",
                            email="Already.Here@example.org"))  # fmt: skip
    plan = plan_import(desk, read_people_csv(DATA / "people_bad_rows.csv").candidates)
    problems = plan.problems()
    assert problems[2:] == [
        "line 6: E-mail address 'naoki.suzuki@example.jp' is also on line 2.",
        "line 7: E-mail address 'already.here@example.org' already belongs to Aiko Tanaka.",
    ]
    assert [japanese(p) for p in problems[2:]] == [
        "6 行目: メールアドレス「naoki.suzuki@example.jp」は 2 行目にもあります。",
        "7 行目: メールアドレス「already.here@example.org」は既に田中 愛子のアドレスとして"
        "登録されています。",
    ]


def test_a_database_changed_since_the_check_is_explained_in_japanese(desk: Desk) -> None:
    plan = plan_import(desk, read_people_csv(DATA / "people_bad_rows.csv").candidates)
    taken = next(r for r in plan.rows if r.valid and r.person.email)
    desk.save_person(Person(family_name="Sharma", given_name="Priya", email=taken.person.email))
    with pytest.raises(ImportRefused) as caught:
        apply_import(desk, plan, skip_invalid=True)
    refused = caught.value
    assert refused.head == (
        "Nothing was imported: the database changed after the file was checked. "
        "Check the file again:"
    )
    assert list(refused.problems) == [
        f"line {taken.line}: E-mail address {taken.person.email!r} already belongs to Priya Sharma."
    ]
    assert japanese(refused.head) == (
        "ファイルの確認後にデータベースが変更されたため、何も取り込みませんでした。"
        "ファイルをもう一度確認してください："
    )
    assert japanese(refused.problems[0]) == (
        f"{taken.line} 行目: メールアドレス「{taken.person.email}」は既にSharma Priyaの"
        "アドレスとして登録されています。"
    )
