"""The window's icons, shipped as PNG files in ``resources/icons``.

The window loads the PNG files: a few small files, read when first painted.
Asking the style for its standard icons instead would make PySide build the
Python types of ``QStyle`` at start-up, and the standard set has no person,
building or map pin anyway.  The files are drawn by :mod:`ui.icon_drawings`
(``python -m ui.icon_drawings`` redraws them), in two sets: one for a light
palette and one for a dark palette (``add-24-dark.png``), each reaching 3:1
against its toolbar.  :func:`follow_palette` gives a window the set its
palette needs, and the other set when the palette changes while it runs (the
system turning dark at sunset).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from resources import resource_path
from ui.programme.style import on_dark

#: Sizes drawn for each icon: 16 and 32 for lists, 24 and 48 for the toolbar.
SIZES = (16, 24, 32, 48)

#: The size each kind of place shows icons at (doubled on high-DPI screens).
LIST, TOOLBAR = 16, 24

#: The property of an action, and the data role of a list item, naming its icon.
ICON_NAME = "desk-icon"
ICON_ROLE = Qt.ItemDataRole.UserRole + 0x1C0
#: The property of a window whose icons are the dark set.
DARK = "desk-icons-dark"


def file_name(name: str, size: int, selected: bool = False, dark: bool = False) -> str:
    """``add-24.png``; ``add-24-dark.png`` for a dark palette; ``people-16-selected.png``
    for a list's highlighted row (white, on either palette)."""
    return f"{name}-{size}{'-dark' if dark else ''}{'-selected' if selected else ''}.png"


def icon_path(name: str, size: int, selected: bool = False, dark: bool = False) -> Path:
    return resource_path("icons", file_name(name, size, selected, dark))


@cache
def icon(name: str, size: int = TOOLBAR, dark: bool = False) -> QIcon:
    """The shipped icon called ``name`` for a place that shows it at ``size`` pixels,
    in the set for a dark palette when ``dark``.

    The file of that size and the one twice as large (high-DPI screens) are
    read when first painted; other sizes are scaled from the nearest.  List
    icons also get a white version for the highlighted row.
    """
    result = QIcon()
    folder = _folder()
    for pixels in (size, 2 * size):
        result.addFile(f"{folder}/{file_name(name, pixels, dark=dark)}", QSize(pixels, pixels))
        if size == LIST:
            result.addFile(
                f"{folder}/{file_name(name, pixels, selected=True)}",
                QSize(pixels, pixels),
                QIcon.Mode.Selected,
            )
    return result


def palette_icon(name: str, size: int = TOOLBAR) -> QIcon:
    """The icon ``name`` in the set for the application's palette now (light or dark)."""
    return icon(name, size, on_dark(QGuiApplication.palette()))


def set_icon(action: QAction, name: str) -> None:
    """Give ``action`` the toolbar icon ``name``: in the set its window shows already
    (an action made after the window, such as a menu entry made after the first
    paint), else the set for the application's palette now; :func:`follow_palette`
    changes it as its window's palette changes."""
    action.setProperty(ICON_NAME, name)
    window = action.parent()
    shown = window.property(DARK) if isinstance(window, QWidget) else None
    if shown is None:
        action.setIcon(palette_icon(name, TOOLBAR))
    else:
        action.setIcon(icon(name, TOOLBAR, bool(shown)))


def list_item(name: str, text: str) -> QListWidgetItem:
    """A list row showing the list icon ``name`` beside ``text``."""
    item = QListWidgetItem(palette_icon(name, LIST), text)
    item.setData(ICON_ROLE, name)
    return item


def icons_are_dark(window: QWidget) -> bool:
    """Whether ``window``'s icons are the set for a dark palette."""
    return bool(window.property(DARK))


def follow_palette(window: QWidget, dark: bool | None = None) -> None:
    """Give the icons of ``window``'s actions and lists (those of :func:`set_icon` and
    :func:`list_item`) the set its palette needs, or the dark set when ``dark``.

    Called by the window when it is built and on each ``PaletteChange`` (its own
    palette, or the application's it follows: the system turning dark at
    sunset).  Does nothing while the palette stays on the same side.
    """
    if dark is None:
        dark = on_dark(window.palette())
    known = window.property(DARK)
    if known is None:  # just built: set_icon and list_item chose by the application's palette
        known = on_dark(QGuiApplication.palette())
    window.setProperty(DARK, dark)
    if dark == known:
        return
    for action in window.findChildren(QAction):
        name = action.property(ICON_NAME)
        if name:
            action.setIcon(icon(str(name), TOOLBAR, dark))
    for view in window.findChildren(QListWidget):
        for row in range(view.count()):
            item = view.item(row)
            name = item.data(ICON_ROLE)
            if name:
                item.setIcon(icon(str(name), LIST, dark))


@cache
def _folder() -> str:
    # A plain string once: pathlib for each of the window's files costs at start-up.
    return str(resource_path("icons"))
