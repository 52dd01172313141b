"""Waiting for another program's write lock without freezing the window.

Another program (the command line, a second window, a backup tool) may hold
the database's write lock for a while.  The window's edits never wait for it
inside SQLite — that would stop the event loop: no repaint, no timers, an
application the system offers to kill.  Instead :class:`~ui.session.Session`
tries to take the lock for at most :data:`TRY_MS`, and while it is taken
:class:`LockWait` lets the event loop run for :data:`RETRY_MS` before the
next try.  The edit itself is kept all along (it is a closure over the data
the user gave) and is saved as soon as the lock is free.

For the first :data:`NOTICE_S` seconds only the window's own events run
(painting, timers, background jobs reporting); the user's clicks and keys
wait, so nothing new is edited half-way through a save.  If the lock is held
longer, a small dialog says what is happening and offers **Stop waiting**:
then the save fails with the core's :class:`~models.errors.DatabaseBusy`
message and the edit stays where it was typed (an editor stays open with its
draft; an undo stays undoable).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication

from ui.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

# How long one attempt waits inside SQLite for the lock (ms): short enough not to be seen.
TRY_MS = 40
# How long the event loop runs between two attempts (ms).
RETRY_MS = 120
# After this many seconds of waiting, a dialog says why and offers to stop waiting.
NOTICE_S = 0.6


class LockWait:
    """Runs the event loop between attempts to save; asks the user after a while."""

    def __init__(self) -> None:
        self.dialog: QProgressDialog | None = None
        self._started: float | None = None
        self._loop: QEventLoop | None = None
        self._stopped = False
        # How many times the event loop ran while waiting (for the curious and the tests).
        self.pauses = 0

    def wait(self) -> bool:
        """Let the window live for a moment; False once the user chose to stop waiting."""
        now = time.monotonic()
        if self._started is None:
            self._started = now
        if self.dialog is None and now - self._started >= NOTICE_S:
            self._show_dialog()
        if self._stopped:
            return False
        loop = QEventLoop()
        self._loop = loop
        QTimer.singleShot(RETRY_MS, loop.quit)
        if self.dialog is None:  # the user's input waits until the save is done
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        else:  # the dialog is modal: input reaches only its Stop button
            loop.exec()
        self._loop = None
        self.pauses += 1
        if self.dialog is not None and self.dialog.wasCanceled():
            self._stopped = True
        return not self._stopped

    def done(self) -> None:
        """The save went through (or was given up): the dialog goes."""
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._stop)
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None
        self._started = None
        self._stopped = False

    def _show_dialog(self) -> None:
        parent = QApplication.activeWindow()
        from PySide6.QtWidgets import QProgressDialog  # only when a wait is long

        dialog = QProgressDialog(parent)
        dialog.setWindowTitle(tr("LockWait", "Waiting for the database"))
        dialog.setLabelText(
            tr(
                "LockWait",
                "Another program is writing to the database.\n"
                "Your change is kept and will be saved as soon as it has finished.",
            )
        )
        dialog.setCancelButtonText(tr("LockWait", "&Stop waiting"))
        dialog.setRange(0, 0)  # no end known: a busy bar
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAccessibleName(tr("LockWait", "Waiting for the database"))
        dialog.canceled.connect(self._stop)
        self.dialog = dialog
        dialog.show()

    @Slot()
    def _stop(self) -> None:
        self._stopped = True
        if self._loop is not None:
            self._loop.quit()
