"""The rank-table and vehicle windows and the people import's preview, in Japanese,
when the core refuses what was typed or read: it is said in Japanese, naming the rank,
the vehicle or the line."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QMessageBox

from models.entities import EventKind
from ui.protocol.ranks_editor import RanksEditor
from ui.protocol.vehicles_editor import VehiclesEditor
from ui.session import Session


@pytest.fixture
def told(monkeypatch) -> list[str]:
    """The texts of each message box shown (none is left open)."""
    shown: list[str] = []

    def record(box: QMessageBox) -> int:
        shown.append(f"{box.windowTitle()}\n{box.text()}\n{box.informativeText()}")
        return 0

    monkeypatch.setattr(QMessageBox, "exec", record)
    return shown


def test_a_rank_without_a_name_is_refused_in_japanese(qtbot, sample_desk, japanese, told) -> None:
    editor = RanksEditor(Session(sample_desk))
    qtbot.addWidget(editor)
    editor.show()
    editor.add_row()
    editor.table.item(editor.table.rowCount() - 1, 0).setText("")  # its name rubbed out
    editor.save()
    (said,) = told
    assert "序列表を保存できません:" in said
    rank = editor.table.rowCount()
    assert f"序列{rank}に名称がありません。" in said
    assert not re.search(r"[A-Za-z]{2,}", said), said


def test_a_vehicle_without_seats_is_refused_in_japanese(qtbot, sample_desk, japanese, told):
    session = Session(sample_desk)
    visit = next(e for e in sample_desk.events() if e.kind is EventKind.SITE_VISIT)
    editor = VehiclesEditor(session, visit.id)
    qtbot.addWidget(editor)
    editor.show()
    editor.add_row()
    row = editor.table.rowCount() - 1
    editor.table.item(row, 0).setText("DL 9C 0009")
    editor.table.item(row, 2).setText("0")
    editor.save()
    (said,) = told
    assert "車両を保存できません:" in said
    assert "DL 9C 0009：車両には乗客用の座席が1席以上必要です。" in said
    assert not re.search(r"[A-Za-z]{2,}", said.replace("DL 9C 0009", "")), said


def test_the_import_preview_explains_repeated_addresses_in_japanese(
    qtbot, sample_desk, japanese
) -> None:
    from pathlib import Path

    from exports.csv_import import read_people_csv
    from models.people_import import plan_import
    from ui.dialogs.import_people import ImportPreviewDialog

    path = Path(__file__).resolve().parents[1] / "data" / "people_bad_rows.csv"
    plan = plan_import(sample_desk, read_people_csv(path).candidates)
    dialog = ImportPreviewDialog(plan, str(path), [])
    qtbot.addWidget(dialog)
    model = dialog.model
    problems = model.columnCount() - 1
    shown = {
        model.index(r, 0).data(): model.index(r, problems).data() for r in range(model.rowCount())
    }
    assert shown["6"] == "メールアドレス「naoki.suzuki@example.jp」は 2 行目にもあります。"
