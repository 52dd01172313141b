"""The programme's entries in the View menu: privacy mode (and the timeline's views).

:func:`add_view_actions` is called by the window's shell while it builds the
View menu; the actions go into ``acts`` under their names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.i18n import tr
from ui.privacy import SETTING, mask, mask_action, privacy, restore_setting, set_hiding

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Privacy mode's key: H for hide (Ctrl+H alone is "replace" in many editors).
PRIVACY_KEY = "Ctrl+Shift+H"
#: The agenda's key: L for list.
AGENDA_KEY = "Ctrl+Shift+L"
#: How long a status message rewritten in privacy mode stays.
STATUS_MILLISECONDS = 6000


class _PrivacyFollower(QObject):
    """Keeps the action, the settings and the status bar in step with privacy mode."""

    def __init__(self, window: MainWindow, action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.action = action
        action.toggled.connect(self._toggled)
        privacy().changed.connect(self._changed)
        window.statusBar().messageChanged.connect(self._status)

    @Slot(bool)
    def _toggled(self, on: bool) -> None:
        set_hiding(on)
        self.window.settings.setValue(SETTING, on)

    @Slot(bool)
    def _changed(self, on: bool) -> None:
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        self._status(self.window.statusBar().currentMessage())

    @Slot(str)
    def _status(self, message: str) -> None:
        """A status message that names a confidential event says the label instead."""
        masked = mask(message)
        if masked != message:
            self.window.statusBar().showMessage(masked, STATUS_MILLISECONDS)


def _unique(keys: list[Any]) -> list[QKeySequence]:
    """Key sequences (standard keys expanded), each once: a sequence given twice is an
    ambiguous shortcut on X11, and triggers nothing."""
    found: dict[str, QKeySequence] = {}
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(key)
        else:
            sequences = [QKeySequence(key)]
        for sequence in sequences:
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text:
                found.setdefault(text, sequence)
    return list(found.values())


def _programme_action(
    w: MainWindow, text: str, slot_name: str, keys: list[Any], tip: str
) -> QAction:
    """An action that shows the programme page and calls one of its methods."""
    action = QAction(text, w)
    action.setShortcuts(_unique(keys))
    action.setStatusTip(tip)
    action.setToolTip(tip)

    def run() -> None:
        w.show_page("programme")
        method = getattr(w.programme, slot_name, None)
        if callable(method):
            method()

    action.triggered.connect(run)
    return action


def _show_agenda(w: MainWindow, on: bool) -> None:
    if on:
        w.show_page("programme")
    set_agenda = getattr(w.programme, "set_agenda", None)
    if callable(set_agenda):
        set_agenda(on)


def add_view_actions(w: MainWindow, view: QMenu, acts: dict[str, QAction]) -> None:
    """View ▸ Zoom in, Zoom out, Fit the day to the window; View ▸ Hide confidential
    titles, remembered in the settings (and masking Undo and Redo)."""
    SK = QKeySequence.StandardKey
    add_keys = getattr(w.programme, "add_keys", None)
    if add_keys is not None:
        add_keys()
    view.addSeparator()
    for name, text, slot_name, keys, tip in (
        ("zoom-in", tr("ViewActions", "Zoom &in"), "zoom_in", ["Ctrl+=", SK.ZoomIn],
         tr("ViewActions", "More room for each hour of the programme (Ctrl+wheel)")),
        ("zoom-out", tr("ViewActions", "Zoom o&ut"), "zoom_out", ["Ctrl+-", SK.ZoomOut],
         tr("ViewActions", "More hours of the programme on screen (Ctrl+wheel)")),
        ("fit", tr("ViewActions", "&Fit the day to the window"), "fit_to_window", ["Ctrl+0"],
         tr("ViewActions", "Show every hour that has events, and the working day, "
                           "without scrolling")),
    ):  # fmt: skip
        acts[name] = _programme_action(w, text, slot_name, keys, tip)
        view.addAction(acts[name])
    agenda = QAction(tr("ViewActions", "&Agenda (a list of the events)"), w)
    agenda.setCheckable(True)
    agenda.setShortcut(QKeySequence(AGENDA_KEY))
    tip = tr("ViewActions", "Show the days shown as a compact list of events, or the timeline")
    agenda.setStatusTip(tip)
    agenda.setToolTip(tip)
    programme = w.programme
    switched = getattr(programme, "agenda_toggled", None)
    if switched is not None:
        agenda.toggled.connect(lambda on: _show_agenda(w, on))
        switched.connect(agenda.setChecked)
    view.addAction(agenda)
    acts["agenda"] = agenda
    view.addSeparator()
    action = QAction(tr("ViewActions", "&Hide confidential titles"), w)
    action.setCheckable(True)
    action.setShortcut(QKeySequence(PRIVACY_KEY))
    tip = tr(
        "ViewActions",
        "For screen-sharing and projection: show “Confidential meeting” instead of the "
        "titles of confidential and restricted events",
    )
    action.setStatusTip(tip)
    action.setToolTip(tip)
    view.addAction(action)
    acts["hide-titles"] = action
    restore_setting(w.settings)
    action.setChecked(privacy().hiding)
    _PrivacyFollower(w, action)
    for name in ("undo", "redo"):
        if name in acts:
            mask_action(acts[name])
