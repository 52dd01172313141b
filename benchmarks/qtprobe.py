"""Inside a measured window process: notice the first paint, report, and leave.

Both window processes (the app's and the bare one) create their application
as :class:`ProbedApplication`, so whatever the probe costs, both pay it.  The
probe wraps ``QWidget.show``: the first main window shown gets an event
filter of its own, which waits for its first paint; once the event loop has
finished delivering that paint (the children are painted in the same pass),
the time is taken.  The process then keeps running its event loop for a
moment (``settle`` seconds, so work deferred until after the first show is
counted in the peak memory), prints one JSON line and quits.

The filter sits on the main window only, never on the application: a Python
filter on the application sees every event of every object, and wrapping
each object for Python makes PySide create the Python types of every widget
class at once (about 30 ms in a bare process), which the measurement would
then wrongly count as start-up.

A dialog shown before the window (an error, a question) would wait for a
person: a timer notices it and ends the run with an error.

The parent process notes the wall-clock time just before it starts the
child, so "start to first paint" includes the interpreter's own start-up.
"""

from __future__ import annotations

import os
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from benchmarks import REPORT_PREFIX

#: Set to a .png path to keep a picture of the window as it was measured.
SCREENSHOT_VARIABLE = "BENCHMARK_SCREENSHOT"


def peak_memory_mb() -> float:
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 2**20


def report(values: dict[str, Any]) -> None:
    import json

    sys.stdout.write(REPORT_PREFIX + json.dumps(values) + "\n")
    sys.stdout.flush()


class FirstPaint(QObject):
    def __init__(self, app: QApplication, settle: float = 0.0) -> None:
        super().__init__(app)
        self._app = app
        self._settle = settle
        self._done = False
        self.created_at = time.time()  # the QApplication exists
        self.shown_at: float | None = None  # the main window was shown
        self.painted_at: float | None = None
        self.cpu_at_paint = 0.0
        self.window: QMainWindow | None = None

    def shown(self, window: QMainWindow) -> None:
        if self.window is None:
            self.window = window
            self.shown_at = time.time()
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            QTimer.singleShot(0, self._painted)
        return False

    def check_dialogs(self) -> None:
        if self._done:
            return
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        self._done = True
        text = dialog.text() if hasattr(dialog, "text") else ""
        report({"error": f"a dialog appeared instead: {dialog.windowTitle()} {text}"})
        dialog.close()
        self._app.exit(3)

    def _painted(self) -> None:
        self.painted_at = time.time()
        self.cpu_at_paint = time.process_time()  # all threads; steadier than the clock
        QTimer.singleShot(int(self._settle * 1000), self._finish)

    def _finish(self) -> None:
        window = self.window
        title = window.windowTitle() if window is not None else ""
        picture = os.environ.get(SCREENSHOT_VARIABLE)
        if picture and window is not None:
            window.grab().save(picture)
        report(
            {
                "painted_at": self.painted_at,
                "cpu_at_paint": self.cpu_at_paint,
                "application_at": self.created_at,
                "shown_at": self.shown_at,
                "peak_memory_mb": round(peak_memory_mb(), 1),
                "window_title": title,
            }
        )
        if window is not None:
            window.removeEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        self._app.exit(0)


_probe: FirstPaint | None = None
_show = QWidget.show


def _show_and_watch(widget: QWidget) -> None:
    if _probe is not None and isinstance(widget, QMainWindow):
        _probe.shown(widget)
    _show(widget)


def watch(app: QApplication, settle: float = 0.0, timeout: float = 120.0) -> FirstPaint:
    """Watch for the first main window of ``app`` to be painted (give up after ``timeout`` s)."""
    global _probe
    probe = _probe = FirstPaint(app, settle)
    QWidget.show = _show_and_watch  # type: ignore[method-assign]

    dialogs = QTimer(probe)
    dialogs.setInterval(100)
    dialogs.timeout.connect(probe.check_dialogs)
    dialogs.start()

    def give_up() -> None:
        report({"error": f"no main window was painted within {timeout:g} s"})
        app.exit(3)

    QTimer.singleShot(int(timeout * 1000), give_up)
    return probe


class ProbedApplication(QApplication):
    """``QApplication`` that starts the probe as soon as it exists."""

    settle = 0.0

    def __init__(self, *given: Any) -> None:
        super().__init__(*given)
        self.benchmark_probe = watch(self, self.settle)
