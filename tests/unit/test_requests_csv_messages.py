"""The meeting-requests CSV reader's refusals: the same English as ever (the command line
prints it byte for byte), and each a message the window writes in Japanese (from the
committed catalogue, no Qt needed); the rows' problems likewise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from exports.requests_csv import parse_requests_csv, read_requests_csv
from models.errors import ImportRefused
from models.messages import Message
from models.scheduler.requests_import import import_requests
from models.services import Desk
from tests.unit.test_time_messages import catalogue

ROOT = Path(__file__).resolve().parents[2]
LIMIT = "x" * 200_000  # longer than the CSV reader's limit on one cell (131072)
COLUMNS = (
    "Name the columns “Requester”, “Target”, “Priority”, “Duration”, and optionally "
    "“Interpreter”, “Venue”, “Not before”, “Not after”, “Attendees”, “Notes”."
)
COLUMNS_JA = (
    "列の見出しは “Requester”（希望元）、“Target”（面談相手）、“Priority”（優先度）、"
    "“Duration”（所要時間）とし、必要に応じて “Interpreter”（通訳）、“Venue”（会場）、"
    "“Not before”（開始可能時刻）、“Not after”（終了期限）、“Attendees”（出席者）、"
    "“Notes”（メモ）の列も加えてください。"
)


def japanese(text: str) -> str:
    ja = catalogue()
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: ja[key])


def refused(path: Path) -> str:
    with pytest.raises(ImportRefused) as caught:
        read_requests_csv(path)
    assert not caught.value.problems
    return caught.value.user_message


def test_files_the_reader_refuses(tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    name = str(path)
    cases = [
        ("", f"{name} is empty.", f"{name}は空です。"),
        (
            "Firm,Wants,Notes\nToyota,Tata,x\n",
            f"{name} has no column “Requester”, “Target”, “Priority”. {COLUMNS} The headers "
            "found were: Firm, Wants, Notes.",
            f"{name}には “Requester”, “Target”, “Priority” の列がありません。{COLUMNS_JA}"
            "見つかった見出し: Firm, Wants, Notes。",
        ),
        (
            "Requester,Target,Duration\n",
            f"{name} has no column “Priority”. {COLUMNS} The headers found were: Requester, "
            "Target, Duration.",
            f"{name}には “Priority” の列がありません。{COLUMNS_JA}"
            "見つかった見出し: Requester, Target, Duration。",
        ),
        (
            ",,\n",
            f"{name} has no column “Requester”, “Target”, “Priority”. {COLUMNS} The headers "
            "found were: none.",
            f"{name}には “Requester”, “Target”, “Priority” の列がありません。{COLUMNS_JA}"
            "見つかった見出し: なし。",
        ),
        (
            f'Requester,"{LIMIT}\n',
            f"{name} is not a readable CSV file (field larger than field limit (131072)).",
            f"{name}は CSV ファイルとして読み取れません（セルの長さが上限の 131072 文字を"
            "超えています）。",
        ),
        (
            f'Requester,Target,Priority\nToyota,Tata,must\nToyota,"{LIMIT}\n',
            f"{name} cannot be read after line 2: field larger than field limit (131072).",
            f"{name}の 2 行目より後を読み取れません（セルの長さが上限の 131072 文字を"
            "超えています）。",
        ),
    ]
    for text, english, ja in cases:
        path.write_text(text, encoding="utf-8")
        said = refused(path)
        assert said == english
        assert japanese(said) == ja


def test_text_without_a_file_name_says_the_file() -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_requests_csv("Requester,Target\n")
    said = caught.value.user_message
    assert said == (
        f"The file has no column “Priority”. {COLUMNS} The headers found were: Requester, Target."
    )
    assert japanese(said).startswith("ファイルには “Priority” の列がありません。")


def test_the_command_line_prints_the_english_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "requests.csv"
    path.write_text("Requester;Wants to meet\nToyota;Tata\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "main.py", "import-requests", "--db", str(tmp_path / "p.db"), str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr == (
        f"delegation-desk: {path} has no column “Priority”. {COLUMNS} The headers found were: "
        "Requester, Wants to meet.\n"
    )


def test_a_refusal_for_the_rows_names_each_problem_in_japanese(desk: Desk) -> None:
    from models.entities import Organisation

    desk.save_organisation(Organisation(name="Toyota Motor Corporation", country="JP"))
    desk.save_organisation(Organisation(name="Tata Motors Ltd", country="IN"))
    rows, _ = parse_requests_csv(
        "Requester,Target,Priority,Duration\n"
        "Toyota Motor Corp,Tata Motors Ltd,sometimes,sixty\n"
        "Toyota Motor Corporation,Tata Motors Ltd,must,60\n",
        "requests.csv",
    )
    with pytest.raises(ImportRefused) as caught:
        import_requests(desk, rows)
    error = caught.value
    assert error.user_message == (
        "Nothing was imported: 1 of 2 row has problems. Correct them, or import only the valid "
        "rows.\n"
        "  • line 2: Requester “Toyota Motor Corp” is not an organisation in the programme. "
        "Did you mean “Toyota Motor Corporation”?\n"
        "  • line 2: Priority “sometimes” is not one of must, should, could or no.\n"
        "  • line 2: Duration “sixty” is not a number of minutes between 10 and 600."
    )
    assert japanese(error.head) == (
        "何も取り込まれませんでした。2 行中 1 行に問題があります。修正するか、有効な行だけを"
        "取り込んでください。"
    )
    assert [japanese(p) for p in error.problems] == [
        "2 行目: 希望元「Toyota Motor Corp」は日程に登録された団体ではありません。"
        "「Toyota Motor Corporation」のことですか？",
        "2 行目: 優先度「sometimes」は must、should、could、no のいずれでもありません。",
        "2 行目: 所要時間「sixty」は 10～600 の分数ではありません。",
    ]
    assert desk.store.meeting_requests() == []
