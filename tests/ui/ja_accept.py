"""Going on where the menu walk stops: each dialog accepted as a person would.

:func:`accept_as_a_person` fills what a dialog needs (``fill``, by class
name) and presses its accepting button — Import, Send, Publish, Restore, OK of
an input dialog, Yes or Delete of a question; a window with nothing to accept
(a report with only OK) is left to the walker, which reads it and closes it.
:func:`use_accepting` uses one menu entry that way and returns every window
it showed, the main window and its status bar after it among them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget

from tests.ui.ja_walk import Seen, Wait, Walker, settle, widget_texts

ACCEPTING = (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole)
#: A question's buttons that go on, the first found pressed: Yes, OK/Send, then Delete.
GOING_ON = (QMessageBox.ButtonRole.YesRole, QMessageBox.ButtonRole.AcceptRole,
            QMessageBox.ButtonRole.DestructiveRole)  # fmt: skip
Fill = dict[str, Callable[[Any], None]]


def accept_as_a_person(widget: QWidget, fill: Fill) -> bool:
    """Fill ``widget`` and press its accepting button; False when it has none (a report)."""
    filler = fill.get(type(widget).__name__)
    if filler is not None:
        filler(widget)
    if isinstance(widget, QMessageBox):
        for role in GOING_ON:
            for button in widget.buttons():
                if widget.buttonRole(button) == role and button is not widget.escapeButton():
                    button.click()
                    return True
        return False
    if isinstance(widget, QDialog):
        for box in widget.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if (box.buttonRole(button) in ACCEPTING and button.isEnabled()
                        and button.isVisibleTo(widget)):  # fmt: skip
                    button.click()
                    return True
    return False


def use_accepting(window: Any, key: str, wait: Wait, fill: Fill | None = None,
                  until: Callable[[list[Seen]], bool] | None = None,
                  on_window: Callable[[QWidget, str], None] | None = None,
                  ) -> list[Seen]:  # fmt: skip
    """Use the menu entry ``key``, accepting each dialog; ``until(seen)`` says when what it
    started in the background has shown its report; ``on_window(widget, key)`` sees each
    window on screen before it is answered."""
    answers = fill or {}
    walker = Walker(keep_open=lambda widget: accept_as_a_person(widget, answers))
    walker.on_window = on_window
    walker.key = key
    walker.start()
    try:
        action = window.actions_by_name.get(key) or window.findChild(QAction, key)
        action.trigger()
        settle(wait, walker, window)
        if until is not None:
            wait(lambda: walker.poll() or until(walker.seen))
            settle(wait, walker, window)
    finally:
        walker.stop()
    seen = list(walker.seen)
    seen.append(Seen("MainWindow", "", [*widget_texts(window),
                                        window.statusBar().currentMessage()]))  # fmt: skip
    return seen
