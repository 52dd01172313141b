"""Opening a database from the window: refused files are explained and left untouched."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from models.clock import Clock
from models.errors import AppError, NewerDatabase
from models.services import Desk
from models.store import Store


def open_desk(
    path: str | os.PathLike[str],
    parent: QWidget | None = None,
    *,
    create: bool = True,
    clock: Clock | None = None,
) -> Desk | None:
    """The core over ``path``, or ``None`` after a dialog saying why it cannot be opened.

    The store inspects a file read-only before writing to it, so a damaged,
    foreign or newer file is refused byte for byte unchanged.
    """
    try:
        return Desk(Store.open(Path(path).expanduser(), create=create), clock)
    except AppError as error:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        title = (
            "Database from a newer version"
            if isinstance(error, NewerDatabase)
            else "Cannot open the database"
        )
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        box.setText(error.user_message)
        box.setInformativeText(f"File: {os.fspath(path)}")
        box.exec()
        return None
