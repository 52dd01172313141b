"""Showing the core's errors to a person: its own words, in a dialog."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget

from models.errors import AppError, InUse, ValidationError

R = TypeVar("R")


def error_text(error: AppError) -> str:
    """The message shown for an error: the core's ``user_message`` (with any details)."""
    if isinstance(error, InUse) and error.dependants:
        return error.user_message + "".join(f"\n  • {d}" for d in error.dependants)
    return error.user_message


def show_error(parent: QWidget | None, error: AppError, title: str = "") -> None:
    """A warning dialog carrying the core's message."""
    from PySide6.QtWidgets import QMessageBox  # when needed: the window starts without it

    if not title:
        title = "Cannot save" if isinstance(error, ValidationError) else "Delegation Desk"
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
