"""What the window remembers without a clean quit: its size and place, saved a moment
after they change, and the folder of the last file chosen in any file dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QFileDialog

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


def stored_geometry(settings: QSettings) -> QByteArray | None:
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    value = reread.value("window/geometry")
    return value if isinstance(value, QByteArray) else None


def test_a_resized_window_is_remembered_without_closing_it(qtbot, window, settings) -> None:
    """After a crash the next start finds the size the window last had."""
    window.resize(800, 555)  # within the offscreen screen (800×600)
    qtbot.waitUntil(lambda: stored_geometry(settings) == window.saveGeometry(), timeout=3000)
    assert window.isVisible()  # no quit, no close: saved while running
    again = MainWindow(window.session, QSettings(settings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (800, 555)
    assert Path(settings.fileName()).stat().st_mode & 0o077 == 0


class Dialogs:
    """QFileDialog's static functions, answered with a chosen path; records where each opened."""

    def __init__(self, monkeypatch) -> None:
        self.started_in: list[str] = []
        self.answer = ""
        for name in ("getOpenFileName", "getSaveFileName"):
            monkeypatch.setattr(QFileDialog, name, staticmethod(self._file))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(self._files))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(self._folder))

    def _file(self, parent, title, start="", kinds="", *rest):
        self.started_in.append(start)
        return self.answer, kinds

    def _files(self, parent, title, start="", kinds="", *rest):
        self.started_in.append(start)
        return ([self.answer] if self.answer else []), kinds

    def _folder(self, parent, title, start="", *rest):
        self.started_in.append(start)
        return self.answer


def test_every_file_dialog_opens_in_the_folder_last_used(qtbot, window, tmp_path, monkeypatch):
    from ui.dialogs.exporting import ask_file, ask_folder
    from ui.dialogs.replies import ask_reply_files
    from ui.file_dialogs import open_file

    dialogs = Dialogs(monkeypatch)
    monkeypatch.setattr(window, "import_people_from", lambda path: None)
    first = tmp_path / "exports"
    first.mkdir()
    dialogs.answer = str(first / "people.csv")
    window.import_people()  # File ▸ Import people
    assert dialogs.started_in[-1] == str(Path.home())  # nothing chosen yet: home, not cwd

    dialogs.answer = ""  # the next dialogs are cancelled: they only show where they open
    assert ask_file(window, "Save the briefing pack", "Pack.pdf", pdf=True) is None
    assert dialogs.started_in[-1] == str(first / "Pack.pdf")
    ask_reply_files(window)
    assert dialogs.started_in[-1] == str(first)
    open_file(window.programme, "Import", "*.csv")  # a dialog of a page finds the window's
    assert dialogs.started_in[-1] == str(first)

    second = tmp_path / "invites"
    second.mkdir()
    dialogs.answer = str(second)
    assert ask_folder(window, "Folder for the invitations") == second
    dialogs.answer = ""
    window.new_database()
    assert dialogs.started_in[-1] == str(second)


def test_the_protocol_dialogs_suggest_their_file_in_the_last_folder(
    qtbot, window, tmp_path, monkeypatch
) -> None:
    from ui.file_dialogs import remember_folder

    dialogs = Dialogs(monkeypatch)
    folder = tmp_path / "printing"
    folder.mkdir()
    remember_folder(window.settings, folder / "anything.pdf")
    event = next(e for e in window.session.desk.events() if e.participations)
    window.protocol._print("name cards", ".pdf", lambda programme, target: target, event.id)
    assert Path(dialogs.started_in[-1]).parent == folder
    assert Path(dialogs.started_in[-1]).name.endswith(".pdf")
