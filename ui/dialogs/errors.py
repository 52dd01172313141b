"""Showing the core's errors to a person: its own words, in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from models.errors import AppError, ImportRefused, InUse, NotFound, ValidationError
from ui.core_text import core_text, validation_text
from ui.i18n import tr

R = TypeVar("R")


def error_text(error: AppError) -> str:
    """The message shown for an error: the core's words (with any details), in the
    interface language where the core wrote them as translatable messages."""
    if isinstance(error, ValidationError):
        return validation_text(error)
    if isinstance(error, NotFound) and error.record_id is not None:  # by name, not number
        from ui.record_names import gone_text

        return gone_text(error)
    if isinstance(error, ImportRefused) and error.problems:  # each problem in the language
        return core_text(error.head) + "".join(f"\n  • {core_text(p)}" for p in error.problems)
    text = core_text(error.user_message)
    if isinstance(error, InUse) and error.dependants:
        return text + "".join(f"\n  • {core_text(d)}" for d in error.dependants)
    return text


def show_error(parent: QWidget | None, error: AppError, title: str = "") -> None:
    """A warning dialog carrying the core's message."""
    from PySide6.QtWidgets import QMessageBox  # when needed: the window starts without it

    if not title:
        if isinstance(error, ValidationError):
            title = tr("Errors", "Cannot save")
        else:
            title = "Delegation Desk"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(error_text(error))
    box.setAccessibleName(title)
    box.exec()


def guarded(parent: QWidget | None, work: Callable[[], R], title: str = "") -> tuple[bool, Any]:
    """Run ``work``; an :class:`AppError` becomes a dialog and ``(False, None)``."""
    try:
        return True, work()
    except AppError as error:
        show_error(parent, error, title)
        return False, None
