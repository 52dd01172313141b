"""Privacy mode: titles of confidential and restricted events hidden on screen.

For screen-sharing and projection (View ▸ Hide confidential titles): while it is
on, every place the window shows an event's title — the timeline and its
tooltips, the agenda, the events table, the clash panel, the Undo and Redo
texts, the status bar — shows a neutral label instead ("Confidential
meeting").  Everything else (times, rooms, the classification itself) stays, so
the programme can still be run from the projected screen.

One helper decides what to show: :func:`shown_title`.  Text written elsewhere
with titles inside (a clash description, an undo text) goes through
:func:`mask`, which replaces the titles of sensitive events it has seen with
their labels.

Undo texts keep the real title (``f"Move “{event.title}”"``): the Undo and
Redo actions and the status bar mask what they show (:func:`mask_action`), so
the title comes back when the mode is switched off.  A label, tooltip or
notice that names an event says ``shown_title(event)``; a text made of several
titles (a clash) is shown as ``mask(text, events)``.

The mode is one switch for the whole application (one window shares one
screen), kept in a small ``QObject`` so views can follow it; the window
remembers it in its settings under :data:`SETTING`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QSettings, Signal, Slot
from PySide6.QtGui import QAction

from models.entities import Classification, Event
from models.patterns import lazy

#: Where the window keeps the switch.
SETTING = "view/hideConfidentialTitles"

#: The label shown instead of a title, by classification (public titles always show).
LABELS: dict[Classification, str] = {
    Classification.CONFIDENTIAL: QT_TRANSLATE_NOOP("Privacy", "Confidential meeting"),
    Classification.RESTRICTED: QT_TRANSLATE_NOOP("Privacy", "Restricted meeting"),
}


class Privacy(QObject):
    """The switch, and the sensitive titles seen so far (to mask them in free text)."""

    changed = Signal(bool)  # hiding or not

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.hiding = False
        #: title -> classification of every sensitive event seen (the most sensitive wins)
        self.titles: dict[str, Classification] = {}

    def set_hiding(self, on: bool) -> None:
        if on != self.hiding:
            self.hiding = on
            self.changed.emit(on)


_privacy: Privacy | None = None


def privacy() -> Privacy:
    """The application's one privacy switch."""
    global _privacy
    if _privacy is None:
        _privacy = Privacy()
    return _privacy


def hiding() -> bool:
    """True while confidential titles are hidden."""
    return _privacy is not None and _privacy.hiding


def set_hiding(on: bool) -> None:
    privacy().set_hiding(on)


def is_sensitive(event: Event) -> bool:
    """Confidential and restricted events have titles worth hiding."""
    return event.classification in LABELS


def label(classification: Classification) -> str:
    """The neutral label for a title of this classification, in the interface language."""
    return QCoreApplication.translate("Privacy", LABELS[classification])


def shown_title(event: Event) -> str:
    """The title to show for ``event``: its own, or a neutral label in privacy mode.

    Use it wherever the window shows a title (undo texts included); the
    event's title is remembered so that :func:`mask` can hide it in free text.
    """
    if not is_sensitive(event):
        return event.title
    remember((event,))
    if hiding():
        return label(event.classification)
    return event.title


def remember(events: Iterable[Event]) -> None:
    """Note the titles of sensitive ``events`` (views call this as they load)."""
    titles = privacy().titles
    for event in events:
        if event.classification in LABELS and event.title.strip():
            known = titles.get(event.title)
            if known is None or event.classification.rank > known.rank:
                titles[event.title] = event.classification


def mask(text: str, events: Iterable[Event] = ()) -> str:
    """``text`` with the title of every sensitive event (``events`` and those seen
    before) replaced by its label — in privacy mode; ``text`` itself otherwise."""
    if not hiding() or not text:
        return text
    remember(events)
    titles = privacy().titles
    if "…" in text:  # a title shortened in quotes: “Site visit: Lohum facility tou…”
        text = _SHORTENED().sub(lambda found: _unshortened(found, titles), text)
    # the longest first, so a title that contains another is replaced whole
    for title in sorted(titles, key=len, reverse=True):
        if title in text:
            text = text.replace(title, label(titles[title]))
    return text


#: A quoted title cut short with an ellipsis (as undo texts quote long titles).
_SHORTENED = lazy(r"“([^“”…]{4,})…”")
#: A shortened title matches when at least this much of it is left.
SHORTEST_PREFIX = 8


def _unshortened(found: re.Match[str], titles: dict[str, Classification]) -> str:
    head = " ".join(found.group(1).split())
    if len(head) >= SHORTEST_PREFIX:
        for title, classification in titles.items():
            if " ".join(title.split()).startswith(head):
                return f"“{label(classification)}”"
    return found.group(0)


def restore_setting(settings: QSettings) -> None:
    """Switch privacy mode as the settings remember it."""
    set_hiding(bool(settings.value(SETTING, False, type=bool)))


class _ActionMask(QObject):
    """Keeps an action's text, tooltip and status tip masked whenever they change.

    The texts as last written by their owner (the undo stack) are kept, and put
    back when the mode is switched off.
    """

    def __init__(self, action: QAction) -> None:
        super().__init__(action)
        self._action = action
        self._busy = False
        self._written: list[str] = ["", "", ""]  # what its owner wrote
        self._masked: list[str | None] = [None, None, None]  # what we wrote over it
        action.changed.connect(self.apply)
        privacy().changed.connect(self.apply)
        self.apply()

    def _parts(self) -> list[tuple[Any, Any]]:
        a = self._action
        return [(a.text, a.setText), (a.toolTip, a.setToolTip), (a.statusTip, a.setStatusTip)]

    @Slot()
    def apply(self) -> None:
        if self._busy:
            return
        self._busy = True
        try:
            self._apply()
        except RuntimeError:  # the action is being destroyed with its window
            pass
        finally:
            self._busy = False

    def _apply(self) -> None:
        for n, (getter, setter) in enumerate(self._parts()):
            current = getter()
            if current != self._masked[n]:
                self._written[n] = current  # its owner wrote it
            wanted = mask(self._written[n])
            self._masked[n] = wanted if wanted != self._written[n] else None
            if current != wanted:
                setter(wanted)


def mask_action(action: QAction) -> None:
    """Keep ``action``'s texts free of sensitive titles while privacy mode is on."""
    _ActionMask(action)
