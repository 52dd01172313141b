"""The rank-table and vehicle windows, in Japanese, when the core refuses what was
typed: the message box says it in Japanese, naming the rank or the vehicle."""

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
