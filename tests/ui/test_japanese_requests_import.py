"""Plan ▸ Import requests from CSV in a Japanese window, with a file the reader refuses or
rows it cannot take: the message box says what is wrong in Japanese, naming the line and
the columns; only the file's own name, its headers and the values it holds stay as
written, and nothing is imported."""

from __future__ import annotations

import re
from pathlib import Path

import pytest


@pytest.fixture
def importing(told_window, monkeypatch):
    """``say(path)``: what the window says when Plan ▸ Import requests reads ``path``."""
    from ui.scheduling import menu

    window = told_window
    before = len(window.session.desk.store.meeting_requests())

    def say(path: Path) -> str:
        monkeypatch.setattr(menu, "open_file", lambda *args: str(path))
        told = len(window.told)
        window.actions_by_name["import-requests"].trigger()
        assert len(window.told) == told + 1
        assert len(window.session.desk.store.meeting_requests()) == before
        assert window.session.undo_stack.count() == 0
        return window.told[-1].replace(str(path), "«file»").removesuffix("\n")

    return say


def no_english(text: str) -> None:
    assert not re.search(r"[A-Za-z]{2,}", text), text


def test_a_file_without_the_priority_column_is_refused_in_japanese(
    importing, tmp_path: Path, japanese
) -> None:
    path = tmp_path / "requests.csv"
    path.write_text("Requester,Wants to meet\nToyota Motor Corporation,Tata Motors Ltd\n")
    said = importing(path)
    assert said == (
        "«file»には “Priority” の列がありません。列の見出しは “Requester”（希望元）、"
        "“Target”（面談相手）、“Priority”（優先度）、“Duration”（所要時間）とし、必要に応じて "
        "“Interpreter”（通訳）、“Venue”（会場）、“Not before”（開始可能時刻）、"
        "“Not after”（終了期限）、“Attendees”（出席者）、“Notes”（メモ）の列も加えてください。"
        "見つかった見出し: Requester, Wants to meet。"
    )
    # English only where it is a header to write or one the file has.
    no_english(
        re.sub(r"“[^”]*”", "", said.replace("«file»", "")).replace("Requester, Wants to meet", "")
    )


def test_rows_with_problems_are_refused_in_japanese(importing, tmp_path: Path, japanese) -> None:
    path = tmp_path / "requests.csv"
    path.write_text(
        "Requester,Target,Priority,Duration,Venue,Not before,Attendees\n"
        "Toyota Motor Corporation,Tata Motors Ltd,must,60,,,\n"
        "Toyota Motor Corporation,Tata Motors Ltd,sometimes,sixty,Moon Base,2026-12-01 10:7x,"
        "nobody@example.org\n"
        ",Toyota Motor Corporation,could,30,,,\n",
        encoding="utf-8",
    )
    said = importing(path)
    assert said == (
        "何も取り込まれませんでした。3 行中 2 行に問題があります。修正するか、有効な行だけを"
        "取り込んでください。\n"
        "  • 3 行目: 優先度「sometimes」は must、should、could、no のいずれでもありません。\n"
        "  • 3 行目: 所要時間「sixty」は 10～600 の分数ではありません。\n"
        "  • 3 行目: 会場「Moon Base」は日程に登録された会場ではありません。\n"
        "  • 3 行目: 開始可能時刻に入力された「2026-12-01 10:7x」は日時として読み取れません。"
        "2026年12月1日 10:00 のように入力してください。\n"
        "  • 3 行目: 出席者「nobody@example.org」は日程に登録された人物のメールアドレスでは"
        "ありません。\n"
        "  • 4 行目: 希望元が入力されていません。"
    )
    # English only where it is a value of the file or a word to write in it
    for value in ("sometimes", "sixty", "Moon Base", "2026-12-01 10:7x", "nobody@example.org"):
        said = said.replace(value, "")
    no_english(re.sub(r"\b(must|should|could|no)\b", "", said))


def test_a_cell_past_the_readers_limit_is_refused_in_japanese(
    importing, tmp_path: Path, japanese
) -> None:
    path = tmp_path / "requests.csv"
    path.write_text(
        'Requester,Target,Priority,Notes\nToyota Motor Corporation,Tata Motors Ltd,must,"'
        + "Hydrogen buses " * 10_000
        + "\n",
        encoding="utf-8",
    )
    said = importing(path)
    assert said == (
        "«file»の 1 行目より後を読み取れません（セルの長さが上限の 131072 文字を超えています）。"
    )


def test_a_missing_or_empty_file_is_refused_in_japanese(
    importing, tmp_path: Path, japanese
) -> None:
    assert importing(tmp_path / "gone.csv") == "ファイル«file»が見つかりません。"
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert importing(empty) == "«file»は空です。"


def test_the_systems_reason_is_given_in_japanese(importing, tmp_path: Path, japanese) -> None:
    (tmp_path / "notes.txt").write_text("x")
    assert importing(tmp_path / "notes.txt" / "requests.csv") == (
        "«file»を読み取れません（フォルダーではありません）。"
    )
    assert importing(tmp_path / ("r" * 300 + ".csv")) == (
        "«file»を読み取れません（ファイル名が長すぎます）。"
    )
