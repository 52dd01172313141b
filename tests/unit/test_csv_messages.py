"""The people CSV reader's refusals and row problems: the same English as ever (the
command line prints it), and each a message the window writes in Japanese (from the
committed catalogue, no Qt needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from exports.csv_import import parse_people_csv, read_people_csv
from models.errors import ImportRefused
from models.messages import Message
from tests.unit.test_time_messages import catalogue


def japanese(text: str) -> str:
    ja = catalogue()
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: ja[key])


def refused(path: Path) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        read_people_csv(path)
    return caught.value


def test_files_that_cannot_be_read(tmp_path: Path) -> None:
    name = str(tmp_path / "x.csv")
    cases = [
        (
            b"Family name\nSato\n\xff\xfe\n",
            f"{name} is not UTF-8 text (the first unreadable byte is on line 3). In Excel, "
            "save it as “CSV UTF-8 (comma delimited)” and try again.",
            f"{name}は UTF-8 のテキストではありません（読み取れない最初のバイトは 3 行目に"
            "あります）。Excel で「CSV UTF-8 (コンマ区切り)」形式で保存し直して、もう一度"
            "お試しください。",
        ),
        (
            b"\xff\xfe" + "Family name\nSato\nRao".encode("utf-16-le") + b"\x00",
            f"{name} is damaged UTF-16 text: line 3 is cut off or holds bytes that are not "
            "text. Nothing was imported; save the file again (in Excel as “CSV UTF-8 (comma "
            "delimited)”) and try again.",
            f"{name}は破損した UTF-16 のテキストです。3 行目が途中で切れているか、文字ではない"
            "バイトが含まれています。何も取り込まれませんでした。ファイルを保存し直して"
            "（Excel では「CSV UTF-8 (コンマ区切り)」形式で）、もう一度お試しください。",
        ),
        (b"", f"{name} is empty.", f"{name}は空です。"),
        (
            b'Family name,Given name\nSato,"Aiko"san\n',
            f"{name} cannot be read: line 2: a quoted field is followed by more text before "
            "the next delimiter. Nothing was imported; put the whole cell in quotes and double "
            "the quotes inside it.",
            f"{name}を読み取れません。2 行目: 引用符で囲まれたセルの後、次の区切り文字までの間に"
            "文字が続いています。何も取り込まれませんでした。セル全体を引用符で囲み、セル内の"
            "引用符は 2 つ重ねてください。",
        ),
        (
            b'Family name,Given name,Email\nSato,"Aiko,a@example.jp\nRao,Ravi,r@example.in\n',
            f"{name} cannot be read: line 2: a quoted field opens here and its closing quote "
            "is missing, so it runs on into the following lines (up to line 3). Nothing was "
            "imported; close the quote (or remove it) and try again.",
            f"{name}を読み取れません。2 行目: 引用符で始まるセルの閉じ引用符がないため、セルが"
            "後の行（3 行目まで）に続いてしまっています。何も取り込まれませんでした。引用符を"
            "閉じるか削除して、もう一度お試しください。",
        ),
    ]
    for data, english, ja in cases:
        (tmp_path / "x.csv").write_bytes(data)
        error = refused(tmp_path / "x.csv")
        assert error.user_message == english
        assert japanese(error.user_message) == ja


def test_a_missing_file_or_a_folder(tmp_path: Path) -> None:
    missing = refused(tmp_path / "gone.csv").user_message
    assert missing == f"There is no file {tmp_path / 'gone.csv'}."
    assert japanese(missing) == f"ファイル{tmp_path / 'gone.csv'}が見つかりません。"
    folder = refused(tmp_path).user_message
    assert folder == f"{tmp_path} is a folder, not a CSV file."
    assert japanese(folder) == f"{tmp_path}はフォルダーです。CSV ファイルではありません。"


def test_text_without_a_file_name_says_the_file() -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_people_csv("")
    assert caught.value.user_message == "The file is empty."
    assert japanese(caught.value.user_message) == "ファイルは空です。"


def test_columns_named_twice_name_the_field() -> None:
    with pytest.raises(ImportRefused) as caught:
        parse_people_csv("Surname,Kanji,Family name,氏名,Mobile,Phone\n", "guests.csv")
    error = caught.value
    assert error.head == "Nothing was imported from guests.csv: line 1 names a column twice."
    assert list(error.problems) == [
        "line 1: columns 1 (“Surname”) and 3 (“Family name”) both give the family name; "
        "keep one of them.",
        "line 1: columns 2 (“Kanji”) and 4 (“氏名”) both give the name japanese; keep one of them.",
        "line 1: columns 5 (“Mobile”) and 6 (“Phone”) both give the phone; keep one of them.",
    ]
    assert japanese(error.head) == (
        "guests.csvからは何も取り込まれませんでした。1 行目で同じ項目の列が 2 つ指定されています。"
    )
    assert [japanese(p) for p in error.problems] == [
        "1 行目: 1 列目（「Surname」）と 3 列目（「Family name」）がどちらも姓の列です。"
        "どちらか一方だけを残してください。",
        "1 行目: 2 列目（「Kanji」）と 4 列目（「氏名」）がどちらも日本語表記の列です。"
        "どちらか一方だけを残してください。",
        "1 行目: 5 列目（「Mobile」）と 6 列目（「Phone」）がどちらも電話番号の列です。"
        "どちらか一方だけを残してください。",
    ]


def test_no_family_name_column_lists_what_was_found() -> None:
    others = (
        "(other columns: “Given name”, “Japanese name”, “Title”, “Position”, “Organisation”, "
        "“E-mail”, “Phone”, “Nationality”, “Dietary”, “Accessibility”, “Notes”)."
    )
    with pytest.raises(ImportRefused) as caught:
        parse_people_csv(",,\nx,y,z\n", "guests.csv")
    message = caught.value.user_message
    assert message == (
        "guests.csv has no column of family names. Name one column “Family name”, "
        f"“Surname”, “Last name” {others} The headers found were: none."
    )
    assert japanese(message).startswith(
        "guests.csvには姓の列がありません。いずれかの列の見出しを “Family name”, “Surname”, "
        "“Last name” のどれかにしてください（そのほかの列の見出し: “Given name”（名）、"
    )
    assert japanese(message).endswith("見つかった見出し: なし。")


def test_a_row_with_more_cells_than_headers() -> None:
    read = parse_people_csv("Family name,Email\nSato,a@example.jp,x,y,z,w\n", "guests.csv")
    (problem,) = read.candidates[0].problems
    assert problem == (
        "The row has 6 cells but line 1 names only 2 columns (beyond them: 'x', 'y', 'z' …); "
        "a delimiter inside a cell needs quotes around the cell."
    )
    assert japanese(problem) == (
        "この行にはセルが 6 個ありますが、1 行目の見出しは 2 列分しかありません"
        "（超えた分: 'x', 'y', 'z' …）。区切り文字を含むセルは引用符で囲んでください。"
    )
