"""File ▸ Back up… and File ▸ Restore from a snapshot…, through the window's actions."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from models.entities import Person
from models.store.backups import snapshots
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(qtbot, desk, settings, monkeypatch) -> MainWindow:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    desk.save_person(Person(family_name="Sato", given_name="Aiko"))
    win = MainWindow(Session(desk), settings)
    win.told = told  # type: ignore[attr-defined]
    qtbot.addWidget(win)
    return win


def names(path: Path) -> list[str]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT family_name FROM people ORDER BY id")]
    finally:
        conn.close()


def test_back_up_copies_the_open_database(window, tmp_path, monkeypatch) -> None:
    target = tmp_path / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.session.desk.save_person(Person(family_name="Kapoor"))  # still in -wal
    window.actions_by_name["backup"].trigger()
    assert names(target) == ["Sato", "Kapoor"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "copied to" in window.told[-1]


def test_restore_puts_a_snapshot_back_and_keeps_the_current_state(window, monkeypatch) -> None:
    from ui.dialogs.snapshots import SnapshotDialog

    desk = window.session.desk
    path = desk.store.path
    desk.store.snapshot_before("import of people")
    window.session.push("Add Kapoor", lambda: desk.save_person(Person(family_name="Kapoor")),
                        lambda: None, ("people",))  # fmt: skip
    assert [p.family_name for p in window.session.desk.people()] == ["Kapoor", "Sato"]
    shown: list[list[str]] = []

    def choose_newest(dialog: SnapshotDialog) -> int:
        shown.append([dialog.list.item(i).text() for i in range(dialog.list.count())])
        dialog.list.setCurrentRow(0)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SnapshotDialog, "exec", choose_newest)
    window.actions_by_name["restore"].trigger()
    assert "before import of people" in shown[0][0]
    assert [p.family_name for p in window.session.desk.people()] == ["Sato"]
    assert window.session.undo_stack.count() == 0  # the history of the replaced state ends
    newest = snapshots(path)[0]
    assert newest.reason == "restore" and names(newest.path) == ["Sato", "Kapoor"]
