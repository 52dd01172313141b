"""Waiting for the main window as a person first sees it: on screen and drawn."""

from __future__ import annotations

from typing import Any

from ui.main_window import MainWindow


def wait_drawn(qtbot: Any, window: MainWindow) -> None:
    """Wait until ``window`` is exposed and its first paint delivered.

    The window fills its menus right after its first paint (see
    :class:`ui.shell.MenuActions`); a key pressed before any picture is on
    screen is not something a person can do.
    """
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.actions_by_name.filled)
