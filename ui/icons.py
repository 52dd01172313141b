"""The window's icons, shipped as PNG files in ``resources/icons``.

The window loads the PNG files: a few small files, read when first painted.
Asking the style for its standard icons instead would make PySide build the
Python types of ``QStyle`` at start-up, and the standard set has no person,
building or map pin anyway.  The files are drawn by :mod:`ui.icon_drawings`
(``python -m ui.icon_drawings`` redraws them).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from resources import resource_path

#: Sizes drawn for each icon: 16 and 32 for lists, 24 and 48 for the toolbar.
SIZES = (16, 24, 32, 48)

#: The size each kind of place shows icons at (doubled on high-DPI screens).
LIST, TOOLBAR = 16, 24


def file_name(name: str, size: int, selected: bool = False) -> str:
    """``add-24.png``; ``people-16-selected.png`` for a list's highlighted row."""
    return f"{name}-{size}{'-selected' if selected else ''}.png"


def icon_path(name: str, size: int, selected: bool = False) -> Path:
    return resource_path("icons", file_name(name, size, selected))


@cache
def icon(name: str, size: int = TOOLBAR) -> QIcon:
    """The shipped icon called ``name`` for a place that shows it at ``size`` pixels.

    The file of that size and the one twice as large (high-DPI screens) are
    read when first painted; other sizes are scaled from the nearest.  List
    icons also get a white version for the highlighted row.
    """
    result = QIcon()
    folder = _folder()
    for pixels in (size, 2 * size):
        result.addFile(f"{folder}/{file_name(name, pixels)}", QSize(pixels, pixels))
        if size == LIST:
            result.addFile(
                f"{folder}/{file_name(name, pixels, selected=True)}",
                QSize(pixels, pixels),
                QIcon.Mode.Selected,
            )
    return result


@cache
def _folder() -> str:
    # A plain string once: pathlib for each of the window's files costs at start-up.
    return str(resource_path("icons"))
