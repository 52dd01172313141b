"""File dialogs that open in the folder last used, and a window that remembers its place.

Every file dialog of the window goes through :func:`open_file`,
:func:`open_files`, :func:`save_file` or :func:`choose_folder`: each starts
in the folder of the last file chosen (in any of them, kept in the window's
settings) rather than the process's working directory, and remembers the
folder of what is chosen.  The settings are the main window's, found from
the dialog's parent.

:class:`GeometryKeeper` saves the window's size, place and docks a moment
after they change, so a crash or a killed process loses at most that moment.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Slot
from PySide6.QtWidgets import QMainWindow, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog

FOLDER_SETTING = "window/lastFolder"
GEOMETRY_SETTING = "window/geometry"
STATE_SETTING = "window/state"
#: How long the window waits after the last move or resize before it saves.
SAVE_DELAY_MS = 400


def settings_of(widget: QWidget | None) -> QSettings | None:
    """The settings of the window ``widget`` belongs to (None outside one)."""
    while widget is not None:
        settings = getattr(widget, "settings", None)
        if isinstance(settings, QSettings):
            return settings
        widget = widget.parentWidget()
    return None


def last_folder(settings: QSettings | None) -> str:
    """The folder of the file last chosen in a file dialog (else the home folder)."""
    folder = ""
    if settings is not None:
        folder = str(settings.value(FOLDER_SETTING, "", type=str) or "")
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(settings: QSettings | None, path: str | Path, is_folder: bool = False) -> None:
    if settings is None or not str(path):
        return
    chosen = Path(path).resolve()
    settings.setValue(FOLDER_SETTING, str(chosen if is_folder else chosen.parent))


def _start(parent: QWidget | None, name: str = "") -> str:
    """Where a dialog opens: the last folder, with a suggested file name in it."""
    folder = last_folder(settings_of(parent))
    if name and Path(name).is_absolute():
        return name
    return str(Path(folder) / name) if name else folder


def _dialogs() -> type[QFileDialog]:
    """Qt's file dialogs, imported when first asked for: naming the class makes PySide
    build its Python type and enums, which the window's start does not need."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog


def open_file(parent: QWidget | None, title: str, kinds: str) -> str:
    path, _ = _dialogs().getOpenFileName(parent, title, _start(parent), kinds)
    if path:
        remember_folder(settings_of(parent), path)
    return str(path)


def open_files(parent: QWidget | None, title: str, kinds: str) -> list[str]:
    paths, _ = _dialogs().getOpenFileNames(parent, title, _start(parent), kinds)
    if paths:
        remember_folder(settings_of(parent), paths[0])
    return [str(p) for p in paths]


def save_file(parent: QWidget | None, title: str, name: str, kinds: str) -> str:
    """A file to write, suggested as ``name`` in the last folder (a full path is kept)."""
    path, _ = _dialogs().getSaveFileName(parent, title, _start(parent, name), kinds)
    if path:
        remember_folder(settings_of(parent), path)
    return str(path)


def choose_folder(parent: QWidget | None, title: str) -> str:
    folder = _dialogs().getExistingDirectory(parent, title, _start(parent))
    if folder:
        remember_folder(settings_of(parent), folder, is_folder=True)
    return str(folder)


def keep_private(name: str) -> None:
    """The settings file (recent files, folders, mail server) readable by its owner only.

    Qt replaces the file on every save, keeping the permissions it finds, so
    setting them once the file exists holds for later saves.  Elsewhere than in
    a file (the Windows registry) there is nothing to do.
    """
    if os.path.isfile(name):
        os.chmod(name, 0o600)


class GeometryKeeper(QObject):
    """Saves ``window``'s geometry and dock layout shortly after each change.

    The window calls :meth:`changed` from its resize and move events (and its
    docks' signals reach it too); the save waits for a pause, so dragging a
    window's edge writes the settings once.
    """

    def __init__(self, window: QMainWindow, settings: QSettings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save)

    @Slot()
    def changed(self) -> None:
        """The window moved, was resized or its docks changed: save soon."""
        if self.window.isVisible():
            self.timer.start()

    @Slot()
    def save(self) -> None:
        self.timer.stop()
        self.settings.setValue(GEOMETRY_SETTING, self.window.saveGeometry())
        self.settings.setValue(STATE_SETTING, self.window.saveState())
        self.settings.sync()
        keep_private(self.settings.fileName())
