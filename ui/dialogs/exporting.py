"""Export menu: calendar invites and briefing packs, written in the background.

Each export reads the programme on the worker thread through its own
connection (``Store.open``), builds the files with the exports package (which
writes atomically) and records what was sent in the export log.  The window
only asks where to write and reports the outcome.  The programme feed and the
itineraries are in :mod:`ui.dialogs.export_feed`.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from models.entities import Programme
from models.errors import NotFound, StorageUnavailable
from models.store import Store
from models.store.connection import MEMORY
from ui.core_text import core_text
from ui.dialogs.errors import error_text, show_error
from ui.file_dialogs import choose_folder, save_file
from ui.i18n import tr
from ui.jobs import JobRunner, Progress
from ui.session import Session

#: ``build(programme, log, progress, cancel) -> ExportResult``, run on the worker thread.
Build = Callable[[Programme, list[Any], Progress, threading.Event], Any]


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


def _tell(
    parent: QWidget | None, title: str, text: str, details: str, open_path: Path | None
) -> None:
    """The outcome, with a button that shows the file or folder written (if any)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    show = None
    if open_path:
        show = box.addButton(tr("Exports", "Show"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if show is not None and box.clickedButton() is show:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(open_path)))


def _failed(parent: QWidget | None, message: str, details: str) -> None:
    from models.errors import ExportError

    show_error(parent, ExportError(message + (f"\n\n{details}" if details else "")))


def _choose_event(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr("Exports", "Choose an event"))
    box.setText(tr("Exports", "Choose an event in the programme or the events list first."))
    box.exec()


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    folder = choose_folder(parent, title)
    return Path(folder) if folder else None


def ask_file(parent: QWidget | None, title: str, name: str, pdf: bool = False) -> Path | None:
    """A file to write, suggested as ``name`` in the folder last used."""
    if pdf:
        kinds = tr("Exports", "PDF documents (*.pdf)")
    else:
        kinds = tr("Exports", "Calendar files (*.ics)")
    chosen = save_file(parent, title, name, kinds)
    return Path(chosen) if chosen else None


def run_calendar_export(
    parent: QWidget | None,
    session: Session,
    build: Build,
    target: Path,
    *,
    to_folder: bool,
    title: str,
    busy: str,
    about: str = "",
) -> JobRunner:
    """Build calendar files in the background, write them atomically, log them, report.

    ``about`` ends the sentence "Wrote 3 calendar files …" (e.g. "for “Site visit”").
    """
    from exports.calendar import api
    from exports.calendar.changes import NOTHING_CHANGED

    read = _programme_reader(session)

    def work(progress: Progress, cancel: threading.Event) -> Any:
        programme, log = read()
        result = build(programme, log, progress, cancel)
        if result.is_empty:
            return result, []
        if to_folder:
            paths = api.write_to_folder(result.documents, target)
        else:
            paths = api.write_to_file(result.documents, target)
        return result, paths

    def done(outcome: Any) -> None:
        result, paths = outcome
        unrecorded = []
        if paths:
            try:
                _record(session, result.records)
            except StorageUnavailable as exc:  # the files are written; only the history not
                unrecorded.append(
                    tr("Exports", "This export could not be recorded in the database's history "
                       "(a later “changed since last export” will include it again): {reason}")
                    .format(reason=error_text(exc))
                )  # fmt: skip
        lines = [core_text(d.summary) for d in result.documents[:8]]
        if len(result.documents) > 8:
            lines.append(tr("Exports", "… and {n} more.").format(n=len(result.documents) - 8))
        notes = list(result.notes)
        count = len(paths)
        if count:
            wrote = tr("Exports", "Wrote %n calendar file(s)", None, count)
            if about:
                text = tr("Exports", "{wrote} {about}.").format(wrote=wrote, about=about)
            else:
                text = tr("Exports", "{wrote}.").format(wrote=wrote)
        elif NOTHING_CHANGED in notes:
            notes.remove(NOTHING_CHANGED)
            text = core_text(NOTHING_CHANGED)
        else:
            text = tr("Exports", "Nothing was written.")
        lines += [core_text(note) for note in notes] + unrecorded
        _tell(parent, title, text, "\n".join(lines), target if count else None)

    runner = JobRunner(parent, busy, work)
    runner.done.connect(done)
    runner.failed.connect(lambda message, details: _failed(parent, message, details))
    return runner.start()


def export_invites(
    parent: QWidget | None,
    session: Session,
    event_id: int | None,
    per_attendee: bool | None = None,
) -> JobRunner | None:
    """Write the invitations for one event: a file, or a folder of per-attendee files.

    ``per_attendee`` None: per attendee for confidential events, shared otherwise.
    """
    from exports.calendar import api

    if event_id is None:
        _choose_event(parent)
        return None
    event = session.desk.event(event_id)
    to_folder = api.sent_per_attendee(event, per_attendee)
    if to_folder:
        target = ask_folder(
            parent, tr("Exports", "Folder for the invitations (one file per attendee)")
        )
    else:
        target = ask_file(
            parent, tr("Exports", "Save the invitation"), safe_file_name(event.title, ".ics")
        )
    if target is None:
        return None
    clock = session.desk.clock

    def build(programme: Programme, log: list[Any], progress: Progress, cancel: Any) -> Any:
        return api.event_invites(programme, event_id, clock=clock, log=log,
                                 per_attendee=per_attendee, progress=progress,
                                 cancel=cancel)  # fmt: skip

    return run_calendar_export(parent, session, build, target, to_folder=to_folder,
                               title=tr("Exports", "Invitations written"),
                               busy=tr("Exports", "Writing invitations…"),
                               about=tr("Exports", "for “{title}”")
                               .format(title=event.title))  # fmt: skip


def export_changed_invites(parent: QWidget | None, session: Session) -> JobRunner | None:
    """Invitations and cancellations for everything that changed since the last export."""
    from exports.calendar import api

    target = ask_folder(parent, tr("Exports", "Folder for the changed invitations"))
    if target is None:
        return None
    clock = session.desk.clock

    def build(programme: Programme, log: list[Any], progress: Progress, cancel: Any) -> Any:
        return api.all_invites(programme, None, clock=clock, log=log, changed_only=True,
                               progress=progress, cancel=cancel)  # fmt: skip

    return run_calendar_export(parent, session, build, target, to_folder=True,
                               title=tr("Exports", "Changed invitations"),
                               busy=tr("Exports", "Writing the changed invitations…"),
                               about=tr("Exports",
                                        "for what changed since the last export"))  # fmt: skip


def choose_delegation(parent: QWidget | None, session: Session) -> int | None:
    """Ask which delegation (a list of their names); its id, or None."""
    delegations = [d for d in session.desk.delegations() if d.id is not None]
    if not delegations:
        show_error(parent, _no_delegations())
        return None
    names = [d.name for d in delegations]
    name, ok = QInputDialog.getItem(parent, tr("Exports", "Delegation briefing pack"),
                                    tr("Exports", "Delegation:"), names, 0, False)  # fmt: skip
    if not ok or name not in names:
        return None
    return delegations[names.index(name)].id


def _no_delegations() -> Any:
    from models.errors import AppError

    return AppError(tr("Exports", "There are no delegations yet. Add one on the Delegations page."))


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
    try:
        title = (desk.event(event_id).title if event_id is not None
                 else desk.store.delegation(delegation_id or 0).name)  # fmt: skip
    except NotFound as gone:  # deleted elsewhere since it was chosen: said by name, not number
        show_error(parent, gone)
        return None
    target = ask_file(parent, tr("Exports", "Save the briefing pack"),
                      safe_file_name(f"{title} briefing", ".pdf"), pdf=True)  # fmt: skip
    if target is None:
        return None

    def make(programme: Programme, progress: Progress, cancel: threading.Event) -> Path:
        from exports.briefing import build

        if event_id is not None:
            return build.build_event_pack(programme, event_id, target, now=now,
                                          progress=progress, cancel=cancel)  # fmt: skip
        assert delegation_id is not None
        return build.build_delegation_pack(programme, delegation_id, target, now=now,
                                           progress=progress, cancel=cancel)  # fmt: skip

    now = desk.clock.now()
    return run_pdf_export(parent, session, make, title=tr("Exports", "Briefing pack written"),
                          busy=tr("Exports", "Writing the briefing pack…"),
                          text=tr("Exports", "Wrote the briefing pack “{title}”.")
                          .format(title=title))  # fmt: skip


def run_pdf_export(
    parent: QWidget | None,
    session: Session,
    build: Callable[[Programme, Progress, threading.Event], Path],
    *,
    title: str,
    busy: str,
    text: str,
) -> JobRunner:
    """Build a PDF in the background (the builder writes it atomically) and report."""
    read = _programme_reader(session)

    def work(progress: Progress, cancel: threading.Event) -> Path:
        programme, _log = read()
        return build(programme, progress, cancel)

    def done(path: Any) -> None:
        _tell(parent, title, text, str(path), Path(path))

    runner = JobRunner(parent, busy, work)
    runner.done.connect(done)
    runner.failed.connect(lambda message, details: _failed(parent, message, details))
    return runner.start()
