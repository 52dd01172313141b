"""Dialogs sized from the screen they open on, so a 1024×640 laptop shows all of them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

#: Room left around a dialog for the window manager's frame and the desktop's panels.
FRAME_ALLOWANCE = QSize(32, 56)


def available_size(widget: QWidget) -> QSize:
    """The usable size of the screen ``widget`` is (or will be) shown on."""
    screen = widget.screen()
    if screen is None:
        return QSize(1024, 640)
    return screen.availableGeometry().size()


def fit_to_screen(widget: QWidget, preferred: QSize) -> QSize:
    """Resize ``widget`` to ``preferred``, or less where the screen is smaller.

    The widget's own minimum size is lowered to fit as well: its contents must
    scroll (a scroll area) rather than push its buttons off screen.
    """
    room = available_size(widget) - FRAME_ALLOWANCE
    size = preferred.boundedTo(room)
    widget.setMinimumSize(widget.minimumSize().boundedTo(size))
    widget.resize(size)
    return size
