"""Opening a database from the window: refused files are explained and left untouched."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from models.clock import Clock
from models.errors import AppError, NewerDatabase
from models.services import Desk
from models.store import Store
from ui.dialogs.errors import error_text, show_error
from ui.i18n import tr
from ui.session import KINDS, Session


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
        from PySide6.QtWidgets import QMessageBox  # only when refusing: the window starts without

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Critical)
        title = (
            tr("Opening", "Database from a newer version")
            if isinstance(error, NewerDatabase)
            else tr("Opening", "Cannot open the database")
        )
        box.setWindowTitle(title)
        box.setAccessibleName(title)
        box.setText(error_text(error))
        box.setInformativeText(tr("Opening", "File: {path}").format(path=os.fspath(path)))
        box.exec()
        return None


def offer_sample(session: Session, settings: QSettings, parent: QWidget | None = None) -> bool:
    """Offer the sample programme once, on first run with an empty database.

    Returns True when it was loaded.  Loading it is not an undoable edit (it
    fills an empty database); the views reload at once.
    """
    if settings.value("sample/offered", False, type=bool):
        return False
    if not session.desk.store.is_empty():
        return False
    settings.setValue("sample/offered", True)
    try:
        from models.sample import load_sample
    except ImportError:
        return False
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Opening", "Load the sample programme?"))
    box.setText(tr("Opening", "This database is empty. Load the sample programme to look around?"))
    box.setInformativeText(
        tr(
            "Opening",
            "Two days of Japan–India meetings on batteries and electric vehicles in New Delhi, "
            "with fictional people. You can delete it at any time.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if box.exec() != QMessageBox.StandardButton.Yes:
        return False
    try:
        load_sample(session.desk)
    except AppError as error:
        show_error(parent, error)
        return False
    finally:
        session.undo_stack.clear()
        session.changed.emit(KINDS)
    return True
