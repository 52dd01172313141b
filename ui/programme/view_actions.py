"""The programme's entries in the View menu: privacy mode (and the timeline's views).

:func:`add_view_actions` is called by the window's shell while it builds the
View menu; the actions go into ``acts`` under their names.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.i18n import tr
from ui.privacy import SETTING, mask, mask_action, privacy, restore_setting, set_hiding

if TYPE_CHECKING:
    from ui.main_window import MainWindow

#: Privacy mode's key: H for hide (Ctrl+H alone is "replace" in many editors).
PRIVACY_KEY = "Ctrl+Shift+H"
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


def add_view_actions(w: MainWindow, view: QMenu, acts: dict[str, QAction]) -> None:
    """View ▸ Hide confidential titles, remembered in the settings; masks Undo and Redo."""
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
