"""Export menu: calendar invites and briefing packs, written in the background.

Each export reads the programme on the worker thread through its own
connection (``Store.open``), builds the files with the exports package (which
writes atomically) and records what was sent in the export log.  The window
only asks where to write and reports the outcome.
"""

from __future__ import annotations

import re
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from models.entities import Programme
from models.store import Store
from models.store.connection import MEMORY
from ui.dialogs.errors import show_error
from ui.jobs import JobRunner, Progress
from ui.session import Session


def safe_file_name(text: str, suffix: str) -> str:
    """A file name made from a title: letters, digits and dashes only."""
    stem = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-")[:60] or "export"
    return f"{stem}{suffix}"


def _programme_reader(session: Session) -> Any:
    """``read() -> (programme, export log)`` to call on the worker thread."""
    path = session.desk.store.path
    if path == MEMORY:  # one connection only: read it here, hand plain data over
        store = session.desk.store
        snapshot = (store.programme(), store.export_records())
        return lambda: snapshot
    return lambda: _read(path)


def _read(path: str) -> tuple[Programme, list[Any]]:
    store = Store.open(path, create=False)
    try:
        return store.programme(), store.export_records()
    finally:
        store.close()


def _record(session: Session, records: Any) -> None:
    path = session.desk.store.path
    if path == MEMORY:
        session.desk.store.record_exports(records)
        return
    store = Store.open(path, create=False)
    try:
        store.record_exports(records)
    finally:
        store.close()


def _tell(parent: QWidget | None, title: str, text: str, details: str, open_path: Path) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    show = box.addButton("Show", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is show:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(open_path)))


def _failed(parent: QWidget | None, message: str, details: str) -> None:
    from models.errors import ExportError

    show_error(parent, ExportError(message + (f"\n\n{details}" if details else "")))


def _choose_event(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("Choose an event")
    box.setText("Choose an event in the programme or the events list first.")
    box.exec()


def export_invites(
    parent: QWidget | None, session: Session, event_id: int | None
) -> JobRunner | None:
    """Write the invitations for one event: a file, or a folder of per-attendee files."""
    from exports.calendar import api

    if event_id is None:
        _choose_event(parent)
        return None
    event = session.desk.event(event_id)
    per_attendee = api.sent_per_attendee(event, None)
    if per_attendee:
        folder = QFileDialog.getExistingDirectory(
            parent, "Folder for the invitations (one file per attendee)"
        )
        if not folder:
            return None
        target = Path(folder)
    else:
        name, _ = QFileDialog.getSaveFileName(
            parent, "Save the invitation", safe_file_name(event.title, ".ics"),
            "Calendar files (*.ics)",
        )  # fmt: skip
        if not name:
            return None
        target = Path(name)
    read = _programme_reader(session)
    clock = session.desk.clock

    def work(progress: Progress, cancel: threading.Event) -> Any:
        programme, log = read()
        result = api.event_invites(programme, event_id, clock=clock, log=log,
                                   progress=progress, cancel=cancel)  # fmt: skip
        if result.is_empty:
            return result, []
        if per_attendee:
            paths = api.write_to_folder(result.documents, target)
        else:
            paths = api.write_to_file(result.documents, target)
        return result, paths

    def done(outcome: Any) -> None:
        result, paths = outcome
        if paths:
            _record(session, result.records)
        lines = [d.summary for d in result.documents[:8]] + list(result.notes)
        count = len(paths)
        text = (f"Wrote {count} calendar file{'s' if count != 1 else ''} for “{event.title}”."
                if count else "Nothing was written.")  # fmt: skip
        _tell(parent, "Invitations written", text, "\n".join(lines), target)

    runner = JobRunner(parent, "Writing invitations…", work)
    runner.done.connect(done)
    runner.failed.connect(lambda message, details: _failed(parent, message, details))
    return runner.start()


def print_pack(
    parent: QWidget | None,
    session: Session,
    event_id: int | None,
    delegation_id: int | None = None,
) -> JobRunner | None:
    """Write the briefing pack (PDF) of one event, or of one delegation."""
    if event_id is None and delegation_id is None:
        _choose_event(parent)
        return None
    desk = session.desk
    title = (desk.event(event_id).title if event_id is not None
             else desk.store.delegation(delegation_id or 0).name)  # fmt: skip
    name, _ = QFileDialog.getSaveFileName(
        parent, "Save the briefing pack", safe_file_name(f"{title} briefing", ".pdf"),
        "PDF documents (*.pdf)",
    )  # fmt: skip
    if not name:
        return None
    target = Path(name)
    read = _programme_reader(session)
    now = desk.clock.now()

    def work(progress: Progress, cancel: threading.Event) -> Path:
        from exports.briefing import build

        programme, _log = read()
        if event_id is not None:
            return build.build_event_pack(programme, event_id, target, now=now,
                                          progress=progress, cancel=cancel)  # fmt: skip
        assert delegation_id is not None
        return build.build_delegation_pack(programme, delegation_id, target, now=now,
                                           progress=progress, cancel=cancel)  # fmt: skip

    def done(path: Any) -> None:
        _tell(parent, "Briefing pack written", f"Wrote the briefing pack “{title}”.",
              str(path), Path(path))  # fmt: skip

    runner = JobRunner(parent, "Writing the briefing pack…", work)
    runner.done.connect(done)
    runner.failed.connect(lambda message, details: _failed(parent, message, details))
    return runner.start()
