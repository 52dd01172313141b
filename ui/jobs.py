"""Background work: long jobs run on the thread pool while the window stays responsive.

A job is a plain function ``work(progress, cancel)``: ``progress(done, total)``
reports how far it got and ``cancel`` is a :class:`threading.Event` it checks
(raising :class:`~models.errors.Cancelled` to stop).  It must not touch widgets
or the window's database connection; a job that needs the database opens its
own :class:`~models.store.Store` with ``Store.open(path)`` on its thread.

Results travel back to the GUI thread only through Qt signals (queued
connections), received by slots of a :class:`JobRunner` living there.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from models.errors import AppError, Cancelled
from ui.i18n import tr

Progress = Callable[[int, int], None]
Work = Callable[[Progress, threading.Event], Any]


class JobSignals(QObject):
    """Signals of one job (a QRunnable cannot have signals of its own)."""

    progress = Signal(int, int)  # done, total
    finished = Signal(object)  # the work's result
    failed = Signal(str, str)  # message for a person, technical details ("" for AppError)
    cancelled = Signal()


class Job(QRunnable):
    """Runs ``work`` on a pool thread and reports through :attr:`signals`."""

    def __init__(self, work: Work) -> None:
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self.cancel = threading.Event()
        self.setAutoDelete(False)  # the runner keeps it until it reports

    def _progress(self, done: int, total: int) -> None:
        if self.cancel.is_set():
            raise Cancelled()
        self._emit(self.signals.progress, int(done), int(total))

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        # RuntimeError: the window that asked has gone (closing): nobody to tell.
        with contextlib.suppress(RuntimeError):
            signal.emit(*args)

    def run(self) -> None:
        signals = self.signals
        try:
            result = self.work(self._progress, self.cancel)
        except Cancelled:
            self._emit(signals.cancelled)
        except AppError as error:
            from ui.dialogs.errors import error_text  # in the interface language

            self._emit(signals.failed, error_text(error), "")
        except Exception as error:  # a bug: keep the details for the crash report
            details = "".join(traceback.format_exception(error))
            stopped = tr("Jobs", "The work stopped unexpectedly: {error}").format(error=error)
            self._emit(signals.failed, stopped, details)
        else:
            if self.cancel.is_set():
                self._emit(signals.cancelled)
            else:
                self._emit(signals.finished, result)


class JobRunner(QObject):
    """Starts one job with a progress dialog and forwards its outcome.

    ``done(result)``, ``failed(message, details)`` and ``cancelled()`` are emitted
    on the GUI thread.  Keep a reference to the runner until one of them fires
    (the parent keeps it alive; it deletes itself afterwards).
    """

    done = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        work: Work,
        *,
        pool: QThreadPool | None = None,
        show_after_ms: int = 400,
    ) -> None:
        super().__init__(parent)
        self.job = Job(work)
        self.pool = pool or QThreadPool.globalInstance()
        self.dialog = QProgressDialog(title, tr("Jobs", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self.dialog.canceled.connect(self.cancel)
        signals = self.job.signals
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.cancelled.connect(self._on_cancelled)
        self.running = False

    def start(self) -> JobRunner:
        self.running = True
        self.dialog.setValue(0)
        self.pool.start(self.job)
        return self

    @Slot()
    def cancel(self) -> None:
        """Ask the job to stop; it reports ``cancelled`` when it has."""
        self.job.cancel.set()
        self.dialog.setLabelText(tr("Jobs", "Cancelling…"))

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if total <= 0 or not self.running or self._updating:
            return
        # A window-modal progress dialog runs the event loop inside setValue: the job's
        # end, reported meanwhile, is handled once setValue has returned (its handler may
        # open a dialog of its own; the progress dialog must not go under its own call).
        self._updating = True
        try:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))
        finally:
            self._updating = False
        ended, self._ended = self._ended, None
        if ended is not None:
            ended()

    _updating = False
    _ended: Callable[[], None] | None = None

    def _close(self) -> None:
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.deleteLater()
        _retire(self.job)

    @Slot(object)
    def _on_finished(self, result: object) -> None:
        if self._updating:
            self._ended = lambda: self._on_finished(result)
            return
        self._close()
        self.done.emit(result)

    @Slot(str, str)
    def _on_failed(self, message: str, details: str) -> None:
        if self._updating:
            self._ended = lambda: self._on_failed(message, details)
            return
        self._close()
        self.failed.emit(message, details)

    @Slot()
    def _on_cancelled(self) -> None:
        if self._updating:
            self._ended = self._on_cancelled
            return
        self._close()
        self.cancelled.emit()


#: Jobs that have reported, kept a while longer: the pool's thread still holds a
#: job for a moment after it emitted its last signal (it returns from ``run``
#: and looks at the job once more), so a job freed as soon as the window has
#: the report could be freed under that thread — a crash seen when a job fails
#: at once.
_RETIRED: list[Job] = []
RETIRE_MS = 2000


def _retire(job: Job) -> None:
    from PySide6.QtCore import QTimer

    _RETIRED.append(job)
    QTimer.singleShot(RETIRE_MS, _release_one)


def _release_one() -> None:
    if _RETIRED:
        del _RETIRED[0]


def run_job(parent: QWidget | None, title: str, work: Work) -> JobRunner:
    """Start ``work`` in the background with a progress dialog; connect to the runner."""
    return JobRunner(parent, title, work).start()
