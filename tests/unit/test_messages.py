"""The core's messages: English text for the command line, a key and values for the window."""

from __future__ import annotations

import ast
import pickle
from datetime import UTC, datetime
from pathlib import Path

from models.entities import Event, Participation, Person
from models.errors import ValidationError
from models.message_values import Duration, Name, Names, Span
from models.messages import Message, in_language
from models.validation import check_person

ROOT = Path(__file__).resolve().parents[2]


def message_templates() -> set[str]:
    """Every literal template of a ``Message(...)`` (or a ``key = ...``) in models/ and exports/."""
    found: set[str] = set()
    for path in [*(ROOT / "models").rglob("*.py"), *(ROOT / "exports").rglob("*.py")]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("Message", "_say"):
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant | ast.Name), f"{path}: {ast.dump(node)}"
                if isinstance(first, ast.Constant):
                    found.add(first.value)
            elif (
                isinstance(node, ast.Assign)
                and any(getattr(t, "id", "") == "key" for t in node.targets)
                and isinstance(node.value, ast.Constant)
                and isinstance(node.value.value, str)
            ):
                found.add(node.value.value)
    return found


def listed_for_translation() -> set[str]:
    tree = ast.parse((ROOT / "ui" / "core_text.py").read_text(encoding="utf-8"))
    return {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }


def test_every_template_of_the_core_is_listed_for_translation() -> None:
    templates = message_templates()
    assert len(templates) > 50  # the scan finds them (validation, clashes, services)
    assert templates - listed_for_translation() == set(), "add them to ui/core_text.py"


JA = {
    "{label} is missing.": "{label}が入力されていません。",
    "The family name": "姓",
    "{names} are booked in “{a}” ({a_when}) and “{b}” ({b_when}).": (
        "{names}は「{a}」（{a_when}）と「{b}」（{b_when}）に重複しています。"
    ),
}


def test_a_message_is_its_english_text_and_carries_key_and_values() -> None:
    problem = check_person(Person(family_name=" ", given_name="Aiko"))[0]
    assert problem == "The family name is missing."
    assert isinstance(problem, Message)
    assert problem.key == "{label} is missing."
    assert problem.text("ja", lambda key: JA.get(key, key)) == "姓が入力されていません。"
    assert problem.text("en", lambda key: "never used") == "The family name is missing."
    assert pickle.loads(pickle.dumps(problem)).args == problem.args
    assert in_language("plain text", "ja", JA.__getitem__) == "plain text"


def test_a_broken_translation_falls_back_to_english() -> None:
    message = Message("{label} is missing.", label="The title")
    assert message.text("ja", lambda key: "{nothing}がありません") == "The title is missing."


def test_a_validation_error_keeps_its_problems_as_messages() -> None:
    error = ValidationError(check_person(Person(family_name="", email="x")), Message("This person"))
    assert error.user_message.startswith("This person cannot be saved:")
    assert all(isinstance(p, Message) for p in error.problems)
    assert isinstance(error.head(), Message)


def test_times_durations_and_names_in_both_languages() -> None:
    span = Span(datetime(2026, 12, 1, 10, 0), datetime(2026, 12, 1, 11, 30), "IST")
    assert str(span) == "Tue 1 Dec 10:00–11:30 IST"
    assert span.localized("ja") == "12月1日(火) 10:00–11:30 IST"
    assert str(Duration(80)) == "1 h 20 min" and Duration(80).localized("ja") == "1時間20分"
    assert Duration(45).localized("ja") == "45分" and str(Duration(120)) == "2 h"
    aiko = Name("Aiko Tanaka", "Tanaka", "Aiko", "田中 愛子")
    ravi = Name("Ravi Mehta", "Mehta", "Ravi")
    group = Names((aiko, ravi), 2)
    assert str(group) == "Aiko Tanaka, Ravi Mehta and 2 others"
    assert group.localized("ja") == "田中 愛子、Mehta Ravi ほか2名"
    assert str(Names((aiko,))) == "Aiko Tanaka" and not Names((aiko,)).many


def test_a_clash_description_is_english_for_the_command_line_and_translatable(desk) -> None:
    from models.clashes import find_clashes

    aiko = desk.save_person(Person(family_name="Tanaka", given_name="Aiko",
                                   name_japanese="田中 愛子"))  # fmt: skip
    ravi = desk.save_person(Person(family_name="Mehta", given_name="Ravi"))
    for title, hour in (("Battery talks", 4), ("Recycling visit", 5)):
        desk.save_event(
            Event(
                title=title,
                starts_at=datetime(2026, 12, 1, hour, 30, tzinfo=UTC),
                ends_at=datetime(2026, 12, 1, hour + 2, 0, tzinfo=UTC),
                timezone="Asia/Kolkata",
                participations=tuple(Participation(person_id=p.id or 0) for p in (aiko, ravi)),
            )
        )
    (clash,) = find_clashes(desk.programme())
    assert clash.message == (
        "Ravi Mehta and Aiko Tanaka are booked in “Battery talks” (Tue 1 Dec 10:00–11:30 IST) "
        "and “Recycling visit” (11:00–12:30 IST)."
    )
    assert clash.message.text("ja", lambda key: JA.get(key, key)) == (
        "Mehta Ravi、田中 愛子は「Battery talks」（12月1日(火) 10:00–11:30 IST）と"
        "「Recycling visit」（11:00–12:30 IST）に重複しています。"
    )


def test_a_message_written_as_json_comes_back_with_its_template_and_values() -> None:
    import json

    from models.messages import from_json, to_json

    problem = check_person(Person(family_name=" ", given_name="Aiko"))[0]
    back = from_json(json.loads(json.dumps(to_json(problem))))
    assert isinstance(back, Message) and back == problem
    assert back.key == problem.key and back.args["label"].key == "The family name"
    assert back.text("ja", lambda key: JA.get(key, key)) == "姓が入力されていません。"
    assert from_json(to_json("plain text")) == "plain text"
    numbers = from_json(to_json(Message("Latitude {value} is not between -90 and 90.", value=91.5)))
    assert numbers == "Latitude 91.5 is not between -90 and 90."
