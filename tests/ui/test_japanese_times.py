"""A time the event editor cannot read, typed into each of its time fields: the
problem is shown in the window's language, naming the field — in Japanese with no
English word and its example written the Japanese way; in English as before."""

from __future__ import annotations

import html
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit, QTableWidget

from models.entities import Venue
from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from tests.ui.test_event_editor import retype, type_text
from ui.event_editor import EventEditor

LONDON = "Japan House London"  # a venue whose clocks skip 01:00–02:00 on 29 March 2026


@pytest.fixture
def open_editor(qtbot, psession):
    """``open_editor(event_id)``; each is closed at the end without the question
    whether to discard what was typed (a modal box no one would answer)."""
    opened: list[EventEditor] = []

    def make(event_id: int) -> EventEditor:
        editor = EventEditor(psession, event_id)
        editor.show()
        qtbot.waitExposed(editor)
        opened.append(editor)
        return editor

    yield make
    for editor in opened:
        editor.done(QDialog.DialogCode.Rejected)
        editor.deleteLater()


def type_in_cell(qtbot, table: QTableWidget, row: int, column: int, text: str) -> None:
    """Double-click a cell's way into it: open its editor, type, press Enter."""
    item = table.item(row, column)
    assert item is not None
    table.setCurrentCell(row, column)
    table.editItem(item)
    (cell,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    cell.selectAll()
    QTest.keyClick(cell, Qt.Key.Key_Delete)
    type_text(qtbot, cell, text)
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() == text)  # committed when idle


def problems_shown(editor: EventEditor) -> list[str]:
    return [html.unescape(p) for p in re.findall(r"<li>(.*?)</li>", editor.problems.text())]


def type_bad_time(qtbot, editor: EventEditor, field: str, typed: str) -> None:
    """``typed`` into the start or end, an agenda item's start or end (one with a title,
    one without), or a transport leg's departure or arrival."""
    if field in ("start", "end"):
        retype(qtbot, getattr(editor.details, f"{field}s").edit, typed)
    elif field.startswith("agenda"):
        editor.tabs.setCurrentWidget(editor.agenda)
        table = editor.agenda.table
        qtbot.mouseClick(editor.agenda.add, Qt.MouseButton.LeftButton)
        type_in_cell(qtbot, table, 0, 2, "Opening remarks")
        qtbot.mouseClick(editor.agenda.add, Qt.MouseButton.LeftButton)  # item 2, no title
        row, column = {"agenda start": (0, 0), "agenda 2 end": (1, 1)}[field]
        type_in_cell(qtbot, table, row, column, typed)
    else:
        editor.tabs.setCurrentWidget(editor.logistics)
        legs = editor.logistics.legs
        qtbot.mouseClick(editor.logistics.add_leg, Qt.MouseButton.LeftButton)
        type_in_cell(qtbot, legs, 0, 2, "Taj Palace")
        type_in_cell(qtbot, legs, 0, 3, "Lohum plant")
        type_in_cell(qtbot, legs, 0, {"departure": 0, "arrival": 1}[field], typed)


def in_london(editor: EventEditor) -> None:
    venue = editor.details.venue
    venue.setCurrentIndex(venue.findText(LONDON))
    assert editor.context.zone == "Europe/London"


@pytest.fixture
def london(psession) -> None:
    psession.desk.save_venue(Venue(name=LONDON, city="London", timezone="Europe/London"))


#: (field, typed, what the Japanese window says): every kind of time it cannot read.
JAPANESE = [
    ("start", "10:7x",
     "開始日時に入力された「10:7x」は日時として読み取れません。"
     "2026年12月1日 10:00 のように入力してください。"),
    ("end", "2026年2月30日 10:00",
     "終了日時に入力された「2026年2月30日 10:00」は実在しない日付または時刻です。"),
    ("start", "2026-02-30 10:00",
     "開始日時に入力された「2026-02-30 10:00」は実在しない日付または時刻です。"),
    ("end", "9999年12月1日 10:00",
     "終了日時に入力された「9999年12月1日 10:00」は1970年～2200年の範囲外です。"
     "年を確認してください。"),
    ("start", "25:10",
     "開始日時に入力された「25:10」は正しい時刻ではありません（00:00～23:59で入力してください）。"),
    ("london start", "2026年3月29日 01:30",
     "開始日時に入力された2026年3月29日 01:30は、ロンドンでは時計の切り替え（夏時間）のため"
     "存在しない時刻です。"),
    ("agenda start", "10:7x",
     "議事項目「Opening remarks」の開始時刻に入力された「10:7x」は日時として読み取れません。"
     "2026年12月1日 10:00 のように入力してください。"),
    ("agenda 2 end", "24:30",
     "議事項目2の終了時刻に入力された「24:30」は正しい時刻ではありません"
     "（00:00～23:59で入力してください）。"),
    ("departure", "2026年12月2日 7時",
     "移動区間 Taj Palace → Lohum plant の出発時刻に入力された「2026年12月2日 7時」は日時として"
     "読み取れません。2026年12月1日 10:00 のように入力してください。"),
    ("arrival", "3000年1月1日 08:00",
     "移動区間 Taj Palace → Lohum plant の到着時刻に入力された「3000年1月1日 08:00」は"
     "1970年～2200年の範囲外です。年を確認してください。"),
    ("london departure", "2026/3/29 01:15",
     "移動区間 Taj Palace → Lohum plant の出発時刻に入力された2026年3月29日 01:15は、"
     "ロンドンでは時計の切り替え（夏時間）のため存在しない時刻です。"),
]  # fmt: skip


@pytest.mark.parametrize(("field", "typed", "said"), JAPANESE)
def test_a_time_the_japanese_editor_cannot_read_is_explained_in_japanese(
    qtbot, psession, prog, london, japanese, open_editor, field, typed, said
) -> None:
    editor = open_editor(prog.events["visit"])
    if field.startswith("london"):
        in_london(editor)
        field = field.removeprefix("london ")
    type_bad_time(qtbot, editor, field, typed)

    assert problems_shown(editor) == [said]
    assert not editor.ok_button.isEnabled()
    rest = said.replace(typed, " ")
    for data in ("Opening remarks", "Taj Palace", "Lohum plant"):  # the programme's own words
        rest = rest.replace(data, " ")
    assert not re.search(r"[A-Za-z]{2,}", rest), said  # no English word
    assert not re.search(r"\d{4}-\d{2}-\d{2}", rest), said  # no ISO date
    if field in ("start", "end"):  # beside the field and in its tooltip too
        time_field = getattr(editor.details, f"{field}s")
        assert time_field.echo.text() == f"<i>{said}</i>"
        assert time_field.edit.toolTip() == said
        retype(qtbot, time_field.edit, "2026年12月2日 09:30")
        assert time_field.edit.toolTip() == ""
        assert "JST（日本）" in time_field.echo.text()  # the time in both zones again


#: The same fields in an English window: word for word what they said before.
ENGLISH = [
    ("start", "10:7x", "Start '10:7x' is not a date and time like 2026-12-01 10:00."),
    ("end", "2026-02-30 10:00", "End '2026-02-30 10:00' is not a real date and time."),
    ("end", "9999-12-01 10:00",
     "End '9999-12-01 10:00' is outside the years 1970–2200; check the year."),
    ("start", "25:10", "Start '25:10' is not a time of day."),
    ("london start", "2026-03-29 01:30",
     "Start 2026-03-29 01:30 does not exist in Europe/London (the clocks change then)."),
    ("agenda start", "10:7x",
     "Agenda item 'Opening remarks' start '10:7x' is not a date and time like 2026-12-01 10:00."),
    ("agenda 2 end", "24:30", "Agenda item 2 end '24:30' is not a time of day."),
    ("departure", "tomorrow",
     "Departure of Taj Palace → Lohum plant 'tomorrow' is not a date and time like "
     "2026-12-01 10:00."),
    ("arrival", "2026-12-02 8:60",
     "Arrival of Taj Palace → Lohum plant '2026-12-02 8:60' is not a real date and time."),
]  # fmt: skip


@pytest.mark.parametrize(("field", "typed", "said"), ENGLISH)
def test_the_english_editor_says_what_it_said_before(
    qtbot, psession, prog, london, open_editor, field, typed, said
) -> None:
    editor = open_editor(prog.events["visit"])
    if field.startswith("london"):
        in_london(editor)
        field = field.removeprefix("london ")
    type_bad_time(qtbot, editor, field, typed)
    assert problems_shown(editor) == [said]
    if field in ("start", "end"):
        time_field = getattr(editor.details, f"{field}s")
        assert time_field.echo.text() == f"<i>{said}</i>"
        assert time_field.edit.toolTip() == said
