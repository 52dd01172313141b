"""Background jobs report progress, results, failures and cancellation on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton

from models.errors import ExportError
from ui.jobs import run_job


def test_a_job_runs_off_the_gui_thread_and_reports_its_result(qtbot) -> None:
    seen: dict[str, object] = {}

    def work(progress, cancel):
        seen["thread"] = QThread.currentThread()
        for done in range(3):
            progress(done + 1, 3)
        return "written"

    runner = run_job(None, "Writing", work)
    with qtbot.waitSignal(runner.done, timeout=5000) as result:
        pass
    assert result.args == ["written"]
    assert seen["thread"] is not QThread.currentThread()


def test_a_failing_job_reports_the_core_message(qtbot) -> None:
    def work(progress, cancel):
        raise ExportError("The folder cannot be written.")

    runner = run_job(None, "Writing", work)
    with qtbot.waitSignal(runner.failed, timeout=5000) as result:
        pass
    assert result.args == ["The folder cannot be written.", ""]


def test_cancel_stops_the_job(qtbot) -> None:
    started = threading.Event()

    def work(progress, cancel):
        started.set()
        cancel.wait(5)
        progress(1, 10)  # raises Cancelled once cancel is set
        return "should not finish"

    runner = run_job(None, "Importing", work)
    assert started.wait(5)
    with qtbot.waitSignal(runner.cancelled, timeout=5000):
        cancel_button = runner.dialog.findChild(QPushButton)
        assert cancel_button.text() == "Cancel"
        cancel_button.click()


def test_jobs_that_fail_at_once_are_freed_safely(qtbot) -> None:
    """A job freed as soon as its report arrived could be freed under the pool's thread."""
    import gc

    from PySide6.QtWidgets import QWidget

    from ui import jobs

    parent = QWidget()
    qtbot.addWidget(parent)

    def fail(progress, cancel):
        raise ExportError("The folder is gone.")

    messages: list[str] = []
    for _ in range(40):
        runner = run_job(parent, "Failing", fail)
        runner.failed.connect(lambda message, details: messages.append(message))
        with qtbot.waitSignal(runner.failed, timeout=5000):
            pass
        gc.collect()
    assert messages == ["The folder is gone."] * 40
    assert jobs._RETIRED  # kept a moment longer…
    qtbot.waitUntil(lambda: not jobs._RETIRED, timeout=10000)  # …then released
