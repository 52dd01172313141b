"""The main window as a person uses it: the sample programme, navigation, undo, memory."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QToolBar

from tests.ui.drawn import wait_drawn
from ui.main_window import MainWindow
from ui.session import Session


@pytest.fixture
def window(qtbot, sample_desk, settings) -> MainWindow:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    win.show()
    wait_drawn(qtbot, win)
    return win


def test_the_window_shows_the_sample_programme_and_its_clash_count(qtbot, window) -> None:
    clashes = window.session.desk.clashes()
    assert clashes  # the sample holds one deliberate clash
    qtbot.waitUntil(lambda: "Checking" not in window.clash_label.text())
    expected = f"{len(clashes)} clash" + ("es" if len(clashes) != 1 else "")
    assert expected in window.clash_label.text()
    assert window.statusBar().isVisible()
    assert window.current_page_key() == "programme"
    assert window.windowTitle().startswith("programme.db")


MENU_TITLES = ["&File", "&Edit", "&View", "E&xport", "&Protocol", "P&lan", "&Help"]


def test_the_first_picture_has_the_menu_titles_and_toolbar_and_the_entries_follow(
    qtbot, sample_desk, settings
) -> None:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    bar = QMainWindow.menuBar(win)  # the bar as drawn, without asking for its entries
    assert [a.text() for a in bar.actions()] == MENU_TITLES
    assert all(not a.menu().actions() for a in bar.actions())
    toolbar = win.findChild(QToolBar, "main-toolbar")
    shown = [a.iconText() for a in toolbar.actions() if not a.isSeparator()]
    assert shown == ["Undo", "Redo", "Add", "Delete", "Find", "Import CSV"]
    win.show()
    wait_drawn(qtbot, win)
    assert toolbar.actions()[0].shortcut().toString() == "Ctrl+Z"
    assert [a.text() for a in bar.actions()] == MENU_TITLES  # the same bar, now filled
    for title in bar.actions():
        assert [a for a in title.menu().actions() if not a.isSeparator()], title.text()
    edit = [a.text() for a in bar.actions()[1].menu().actions() if not a.isSeparator()]
    assert edit[:5] == ["&Undo", "&Redo", "&Add…", "&Edit…", "&Delete"]
    # the menus' state follows the window's: nothing is selected, so Edit… is off
    assert not win.actions_by_name["edit"].isEnabled()
    qtbot.keyClick(
        win, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert win.actions_by_name["week"].isChecked()


def test_asking_for_an_entry_before_the_first_paint_makes_the_menus(
    qtbot, sample_desk, settings
) -> None:
    win = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(win)
    assert not win.actions_by_name.filled
    week = win.actions_by_name["week"]  # e.g. a script driving the window at once
    assert week.shortcut().toString() == "Ctrl+Shift+W"
    assert win.actions_by_name.filled
    assert win.team is not None and win.protocol is not None  # made with the menus
    assert win.menuBar().findChild(QMenu, "team-menu") is not None


def test_keyboard_navigation_opens_the_people_table(qtbot, window) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "people"
    people = window.tables["people"]
    assert people.isVisible()
    assert people.model.rowCount() == len(window.session.desk.people())


def test_delete_then_ctrl_z_restores_the_person_in_the_store(qtbot, window, monkeypatch):
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window.show_page("people")
    page = window.tables["people"]
    person = page.model.record_at(0)
    page.select_id(person.id)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert person.id not in {p.id for p in window.session.desk.people()}
    assert page.model.row_of(person.id) is None

    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = window.session.desk.person(person.id)
    assert replace(back, version=0) == replace(person, version=0)  # versions go on counting
    assert page.model.row_of(person.id) is not None

    qtbot.keyClick(
        page.table,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )  # redo
    assert person.id not in {p.id for p in window.session.desk.people()}


def test_opening_the_window_writes_no_settings(qtbot, sample_desk, tmp_path) -> None:
    """What the settings hold is shown, not written back: a write before the first
    picture would wait on the disk (twice) while the window is not yet drawn."""
    from PySide6.QtCore import QCoreApplication, QSettings

    path = tmp_path / "settings.ini"
    saved = QSettings(str(path), QSettings.Format.IniFormat)
    saved.setValue("programme/secondZone", "Asia/Singapore")
    saved.sync()
    before = (path.read_bytes(), path.stat().st_mtime_ns)

    window = MainWindow(Session(sample_desk), QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    QCoreApplication.processEvents()  # QSettings writes its changes from the event loop
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert window.programme.second_zone == "Asia/Singapore"
    assert window.programme.zone_box.currentText() == "Asia/Singapore"


def test_second_zone_page_and_recent_files_are_remembered(qtbot, sample_desk, settings):
    first = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(first)
    first.set_second_zone("Asia/Singapore")
    first.show_page("venues")
    first.close()

    second = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(second)
    assert second.current_page_key() == "venues"
    assert settings.value("programme/secondZone") == "Asia/Singapore"
    assert getattr(second.programme, "second_zone", "Asia/Singapore") == "Asia/Singapore"
    assert second.recent_files()[0].endswith("programme.db")
    assert settings.value("database/last").endswith("programme.db")


def test_the_settings_file_is_readable_by_its_owner_only(qtbot, sample_desk, settings) -> None:
    """It names the files opened and the mail server: like every file the app writes, 0600."""
    import os
    import stat

    old = os.umask(0o022)
    try:
        window = MainWindow(Session(sample_desk), settings)
        qtbot.addWidget(window)
        window.close()
        assert stat.S_IMODE(os.stat(settings.fileName()).st_mode) == 0o600
        settings.setValue("window/page", "people")
        settings.sync()  # Qt replaces the file: the permissions stay
        assert stat.S_IMODE(os.stat(settings.fileName()).st_mode) == 0o600
    finally:
        os.umask(old)


def test_opening_a_damaged_file_from_the_window_keeps_the_current_one(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\x13" * 4000)
    before = damaged.read_bytes()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    current = window.session.desk
    assert not window.switch_to(str(damaged), create=False)
    assert shown and "damaged.db" in shown[0]
    assert damaged.read_bytes() == before
    assert window.session.desk is current


def test_file_new_switches_to_an_empty_private_database(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "second.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.actions_by_name["new"].trigger()
    assert window.session.desk.store.path == str(target)
    assert window.session.desk.people() == []
    assert (target.stat().st_mode & 0o777) == 0o600
    assert window.windowTitle().startswith("second.db")
    window.show_page("people")
    assert window.tables["people"].model.rowCount() == 0
    recent = window.findChild(QMenu, "recent-menu")
    entries = [a.text() for a in recent.actions()]
    assert entries[0] == str(target.resolve()) and entries[1].endswith("programme.db")
    recent.actions()[1].trigger()  # back to the first database
    assert window.session.desk.store.path.endswith("programme.db")
    assert window.session.desk.people()


def test_find_focuses_the_filter_of_the_current_table(qtbot, window) -> None:
    window.show_page("organisations")
    window.activateWindow()
    window.actions_by_name["find"].trigger()
    assert window.tables["organisations"].filter.hasFocus()
    window.show_page("programme")
    window.actions_by_name["find"].trigger()
    assert window.current_page_key() == "events"


def test_the_status_bar_says_each_edit_was_saved(qtbot, window, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window.show_page("delegations")
    page = window.tables["delegations"]
    assert not window.actions_by_name["delete"].isEnabled()  # nothing chosen yet
    page.select_id(window.session.desk.delegations()[0].id)
    assert window.actions_by_name["delete"].isEnabled()
    window.actions_by_name["delete"].trigger()
    assert window.statusBar().currentMessage().startswith("Saved: Delete")
    assert "Ctrl+Z" in window.statusBar().currentMessage()


def test_first_painted_comes_once_after_the_window_is_drawn(qtbot, sample_desk, settings):
    from ui.session import Session

    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.first_painted, timeout=5000):
        window.show()
    assert window.isVisible()
    assert not isinstance(window.clash_panel, type(window.clash_label))  # the real panel
    seen: list[bool] = []
    window.first_painted.connect(lambda: seen.append(True))
    window.update()
    qtbot.wait(50)
    assert seen == []


def test_the_opened_file_is_remembered_once_the_window_is_drawn(
    qtbot, sample_desk, settings
) -> None:
    """Nothing is written to the settings before the first picture (a durable write
    waits on the disk); the file opened is in the recent list once it is drawn."""
    window = MainWindow(Session(sample_desk), settings)
    qtbot.addWidget(window)
    assert window.recent_files() == []
    window.show()
    qtbot.waitUntil(lambda: window.recent_files() != [])
    assert window.recent_files()[0].endswith("programme.db")
    assert settings.value("database/last").endswith("programme.db")
