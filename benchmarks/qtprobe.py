"""Inside a measured window process: notice the first paint, report, and leave.

A :class:`FirstPaint` filter installed on the application waits for the first
paint of a widget inside a ``QMainWindow``; once the event loop has finished
delivering it, the time is taken.  The process then keeps running its event
loop for a moment (``settle`` seconds, so work deferred until after the first
show is counted in the peak memory), prints one JSON line and quits.

The parent process notes the wall-clock time just before it starts the
child, so "start to first paint" includes the interpreter's own start-up.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from benchmarks.harness import REPORT_PREFIX

#: Set to a .png path to keep a picture of the window as it was measured.
SCREENSHOT_VARIABLE = "BENCHMARK_SCREENSHOT"


def peak_memory_mb() -> float:
    kilobytes = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kilobytes / 1024 if sys.platform != "darwin" else kilobytes / 2**20


def report(values: dict[str, Any]) -> None:
    sys.stdout.write(REPORT_PREFIX + json.dumps(values) + "\n")
    sys.stdout.flush()


class FirstPaint(QObject):
    def __init__(self, app: QApplication, settle: float = 0.0) -> None:
        super().__init__(app)
        self._app = app
        self._settle = settle
        self._seen = False
        self.created_at = time.time()  # the QApplication exists
        self.shown_at: float | None = None  # the main window was shown
        self.painted_at: float | None = None
        self.window: QMainWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.shown_at is None
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QMainWindow)
        ):
            self.shown_at = time.time()
        if (
            not self._seen
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
        ):
            # A dialog before the window (an error, a question) would wait for a person.
            self._seen = True
            text = watched.text() if isinstance(watched, QMessageBox) else ""
            report({"error": f"a dialog appeared instead: {watched.windowTitle()} {text}"})
            QTimer.singleShot(0, lambda: self._app.exit(3))
            return False
        if (
            not self._seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and isinstance(watched.window(), QMainWindow)
        ):
            self._seen = True
            self.window = watched.window()  # type: ignore[assignment]
            QTimer.singleShot(0, self._painted)
        return False

    def _painted(self) -> None:
        self.painted_at = time.time()
        QTimer.singleShot(int(self._settle * 1000), self._finish)

    def _finish(self) -> None:
        title = self.window.windowTitle() if self.window is not None else ""
        picture = os.environ.get(SCREENSHOT_VARIABLE)
        if picture and self.window is not None:
            self.window.grab().save(picture)
        report(
            {
                "painted_at": self.painted_at,
                "application_at": self.created_at,
                "shown_at": self.shown_at,
                "peak_memory_mb": round(peak_memory_mb(), 1),
                "window_title": title,
            }
        )
        self._app.removeEventFilter(self)
        for widget in QApplication.topLevelWidgets():
            widget.close()
        self._app.exit(0)


def watch(app: QApplication, settle: float = 0.0, timeout: float = 120.0) -> FirstPaint:
    """Install the first-paint filter on ``app`` (and give up after ``timeout`` s)."""
    probe = FirstPaint(app, settle)
    app.installEventFilter(probe)

    def give_up() -> None:
        report({"error": f"no main window was painted within {timeout:g} s"})
        app.exit(3)

    QTimer.singleShot(int(timeout * 1000), give_up)
    return probe
