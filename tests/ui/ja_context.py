"""Right-clicking everywhere a person would, and using what the menus offer.

:func:`places` lists where a right-click may open a menu in a window: the
first row of every table, list and tree and the empty space below it, every
event block of the timeline (and empty time), and any widget of ``ui/`` that
answers a right-click itself (a ``contextMenuEvent`` of its own, or a custom
or actions context-menu policy).  :func:`right_click` sends the event a real
right-click sends there, reads the menu that opens and chooses one of its
entries from the keyboard, or closes it.  :func:`menu_texts` reads a menu as a person meets it: each
entry's text, the shortcut it shows, its status tip and tooltip.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QAction, QContextMenuEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu, QWidget

#: What the offscreen platform says when a menu pops up (read, then closed, by the walk).
OFFSCREEN_POPUPS = "This plugin does not support (raise|grabbing the keyboard|grabbing the mouse)"


@dataclass
class Place:
    """Where to right-click: ``widget`` at ``pos`` (its own coordinates)."""

    what: str
    widget: QWidget
    pos: QPoint
    own: bool = True  # the code of ui/ answers there (else Qt's own menus, if any)


def own_menu_handler(widget: QWidget) -> bool:
    """Whether ``widget`` answers a right-click with code of its own (in ``ui/``)."""
    policy = widget.contextMenuPolicy()
    if policy in (Qt.ContextMenuPolicy.CustomContextMenu,
                  Qt.ContextMenuPolicy.ActionsContextMenu):  # fmt: skip
        return True
    return any(
        "contextMenuEvent" in vars(cls)
        for cls in type(widget).__mro__
        if cls.__module__.startswith("ui.")
    )


def places(root: QWidget) -> list[Place]:
    """Where a person would right-click in ``root`` (visible widgets only)."""
    found: list[Place] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            own = own_menu_handler(widget)
            port = widget.viewport()
            model = widget.model()
            first = model.index(0, 0)
            if first.isValid():
                rect = widget.visualRect(first)
                if rect.isValid() and port.rect().contains(rect.center()):
                    found.append(Place(f"{name}: first row", port, rect.center(), own))
            below = QPoint(port.width() // 2, port.height() - 3)
            if port.height() > 6 and not widget.indexAt(below).isValid():
                found.append(Place(f"{name}: below the rows", port, below, own))
            continue
        blocks = getattr(widget, "blocks", None)
        if blocks is not None and hasattr(widget, "block_at"):  # the timeline
            for block in blocks:
                label = "cancelled " if block.event.is_cancelled else ""
                found.append(Place(f"{name}: {label}block “{block.event.title}”", widget,
                                   block.rect.center().toPoint()))  # fmt: skip
            empty = _empty_time(widget)
            if empty is not None:
                found.append(Place(f"{name}: empty time", widget, empty))
            continue
        if own_menu_handler(widget):
            found.append(Place(name, widget, widget.rect().center()))
    return found


def _empty_time(canvas: Any) -> QPoint | None:
    """A point of the timeline's day columns that no block covers."""
    x0 = int(getattr(canvas, "rulers_width", 0)) + 4
    for x in range(x0, canvas.width(), 40):
        for y in range(30, canvas.height(), 40):
            if canvas.block_at(QPointF(x, y)) is None:
                return QPoint(x, y)
    return None


@dataclass
class Opened:
    """A menu a right-click opened: its texts as shown, its enabled entries, the entry
    chosen."""

    texts: list[str]
    paths: list[str]
    chose: str = ""


def qt_menus_shown() -> list[QMenu]:
    """Menus on screen now."""
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]


def right_click(place: Place, choose: str = "") -> list[Opened]:
    """Send ``place.widget`` (the deepest child there) what a right-click sends and answer
    the menu that opens — whether the code runs it with ``exec()`` (the answer then comes
    from within its loop) or pops it up: it is read, then the entry ``choose`` (a path of
    :func:`entries`) is chosen with the keyboard as a person would, or it is closed."""
    opened: list[Opened] = []

    def answer() -> None:
        for menu in qt_menus_shown():
            found = dict(entries(menu))
            shown = Opened(menu_texts(menu), [p for p, a in found.items() if a.isEnabled()])
            opened.append(shown)
            action = found.get(choose) if choose else None
            if action is None:
                menu.close()
            elif action in menu.actions():  # an entry of the menu itself: Return on it
                shown.chose = choose
                menu.setActiveAction(action)
                QTest.keyClick(menu, Qt.Key.Key_Return)
            else:  # an entry of a submenu
                shown.chose = choose
                menu.close()
                action.trigger()

    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(answer)
    timer.start()
    target = place.widget.childAt(place.pos) or place.widget
    pos = target.mapFrom(place.widget, place.pos) if target is not place.widget else place.pos
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, target.mapToGlobal(pos))
    try:
        QApplication.sendEvent(target, event)
        answer()  # a menu popped up (not run): answered now
    finally:
        timer.stop()
    return opened


def entries(menu: QMenu, path: str = "") -> Iterator[tuple[str, QAction]]:
    """Every entry of ``menu`` and its submenus, with its path of texts."""
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        here = f"{path} ▸ {action.text()}" if path else action.text()
        if action.menu() is not None:
            yield from entries(action.menu(), here)
        else:
            yield here, action


def menu_texts(menu: QMenu) -> list[str]:
    """What a person meets in ``menu``: titles, entries, the shortcuts they show, status
    tips, tooltips and "What's this?"."""
    texts = [menu.title()]
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        texts += [action.text(), action.statusTip(), action.whatsThis(),
                  action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)]  # fmt: skip
        if action.toolTip().replace("&", "") != action.text().replace("&", "").rstrip("…"):
            texts.append(action.toolTip())
        if action.menu() is not None:
            texts += menu_texts(action.menu())
    return [t for t in texts if t and t.strip()]
