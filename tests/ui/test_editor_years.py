"""The event editor refuses a time outside 1970–2200, shown inline like any other problem."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.conftest_programme import *  # noqa: F403  (fixtures)
from ui.event_editor import EventEditor


@pytest.mark.parametrize("typed", ["9999-12-31 10:00", "0001-01-01 10:00"])
def test_a_year_outside_1970_to_2200_blocks_saving(qtbot, psession, prog, typed) -> None:
    editor = EventEditor(psession, prog.events["conference"])
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    before = psession.desk.event(prog.events["conference"])
    for edit in (editor.details.ends.edit, editor.details.starts.edit):
        edit.selectAll()
        QTest.keyClick(edit, Qt.Key.Key_Delete)
        qtbot.keyClicks(edit, typed)
    assert not editor.ok_button.isEnabled()
    assert "outside the years 1970–2200" in editor.problems.text()
    assert psession.desk.event(before.id) == before
