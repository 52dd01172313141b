"""File ▸ Import people in a Japanese window, with a file the reader refuses or a row it
doubts: the message box and the preview say what is wrong in Japanese, naming the line,
the columns and the field; only the file's own name and headers stay as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMessageBox

from ui.session import Session


@pytest.fixture
def boxes(monkeypatch) -> list[QMessageBox]:
    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", capture)
    return shown


def refusal(qtbot, session: Session, path: Path, boxes, monkeypatch) -> str:
    """What the window says when it reads ``path`` (the preview must not open)."""
    from ui.dialogs import import_people

    previews: list[object] = []
    monkeypatch.setattr(import_people.ImportPreviewDialog, "exec", previews.append)
    before = len(session.desk.people())
    runner = import_people.preview_and_import(session, str(path))  # kept while it runs
    assert runner is not None
    qtbot.waitUntil(lambda: bool(boxes), timeout=10000)
    assert QThreadPool.globalInstance().waitForDone(30000)
    assert previews == []
    assert len(session.desk.people()) == before
    return boxes[0].text().replace(str(path), "«file»")


def no_english(text: str) -> None:
    assert not re.search(r"[A-Za-z]{2,}", text), text


def test_a_column_named_twice_is_refused_in_japanese(
    qtbot, session: Session, tmp_path: Path, boxes, monkeypatch, japanese
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Family name,E-mail,Given name,Email\nKapoor,a@example.in,Raj,b@example.in\n")
    said = refusal(qtbot, session, path, boxes, monkeypatch)
    assert said == (
        "«file»からは何も取り込まれませんでした。1 行目で同じ項目の列が 2 つ指定されています。\n"
        "  • 1 行目: 2 列目（「E-mail」）と 4 列目（「Email」）がどちらもメールアドレスの列です。"
        "どちらか一方だけを残してください。"
    )
    no_english(said.replace("«file»", "").replace("E-mail", "").replace("Email", ""))


def test_a_quote_that_never_closes_is_refused_in_japanese(
    qtbot, session: Session, tmp_path: Path, boxes, monkeypatch, japanese
) -> None:
    path = tmp_path / "people.csv"
    path.write_text(
        'Family name,E-mail,Notes\nKapoor,raj@example.in,ok\nSato,aiko@example.jp,"late\n'
        "Rao,rao@example.in,x\n",
        encoding="utf-8",
    )
    said = refusal(qtbot, session, path, boxes, monkeypatch)
    assert said == (
        "«file»を読み取れません。3 行目: 引用符で始まるセルの閉じ引用符がないため、セルが後の行"
        "（4 行目まで）に続いてしまっています。何も取り込まれませんでした。"
        "引用符を閉じるか削除して、もう一度お試しください。"
    )
    no_english(said.replace("«file»", ""))


def test_a_file_without_family_names_is_refused_in_japanese(
    qtbot, session: Session, tmp_path: Path, boxes, monkeypatch, japanese
) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Company\nRaj Kapoor,Tata\n", encoding="utf-8")
    said = refusal(qtbot, session, path, boxes, monkeypatch)
    assert said.startswith("«file»には姓の列がありません。いずれかの列の見出しを")
    assert said.endswith("見つかった見出し: Name, Company。")
    assert "“Given name”（名）" in said
    # English only where it is a header to write or one the file has.
    no_english(re.sub(r"“[^”]*”", "", said.replace("«file»", "")).replace("Name, Company", ""))


def test_an_unreadable_file_is_refused_in_japanese(
    qtbot, session: Session, tmp_path: Path, boxes, monkeypatch, japanese
) -> None:
    said = refusal(qtbot, session, tmp_path, boxes, monkeypatch)
    assert said == "«file»はフォルダーです。CSV ファイルではありません。"


def test_a_row_with_too_many_cells_is_explained_in_the_japanese_preview(
    qtbot, sample_desk, tmp_path: Path, japanese
) -> None:
    from exports.csv_import import read_people_csv
    from models.people_import import plan_import
    from ui.dialogs.import_people import ImportPreviewDialog

    path = tmp_path / "people.csv"
    path.write_text("Family name,Given name\nKapoor,Raj,Tata,Mumbai\nSato,Aiko\n")
    plan = plan_import(sample_desk, read_people_csv(path).candidates)
    dialog = ImportPreviewDialog(plan, str(path), [])
    qtbot.addWidget(dialog)
    model = dialog.model
    problems = model.columnCount() - 1
    shown = {
        model.index(r, 0).data(): model.index(r, problems).data() for r in range(model.rowCount())
    }
    assert shown["2"] == (
        "この行にはセルが 4 個ありますが、1 行目の見出しは 2 列分しかありません"
        "（超えた分: 'Tata', 'Mumbai'）。区切り文字を含むセルは引用符で囲んでください。"
    )
    assert shown["3"] == ""
