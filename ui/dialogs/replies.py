"""File ▸ Import replies: attendees' answers (METHOD:REPLY files) into the programme.

The files are read first; if any of them is not a readable reply nothing is
imported and the dialog names each bad file.  The answers are then recorded
as one edit that Ctrl+Z takes back, and a report lists what changed, what was
already known and what was ignored (and why).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from models.entities import Event
from models.errors import AppError
from models.replies import ReceivedReply, ReplyReport, apply_replies
from ui.core_text import core_text
from ui.dialogs.errors import show_error
from ui.file_dialogs import open_files
from ui.i18n import tr
from ui.jobs import JobRunner, Progress
from ui.session import Session, versions_left

#: Report lines shown in the dialog itself; all of them are under "Show Details".
SHOWN_LINES = 12


def ask_reply_files(parent: QWidget | None) -> list[str]:
    return open_files(
        parent,
        tr("Replies", "Import replies"),
        tr("Replies", "Calendar replies (*.ics);;All files (*)"),
    )


def import_replies(
    parent: QWidget | None, session: Session, paths: Sequence[str | Path] | None = None
) -> JobRunner | None:
    """Read reply files (asking which when ``paths`` is None), record them undoably, report.

    The files are read in the background; the answers are recorded on the
    window's own connection once all of them were read.  Returns the running
    job, or None when no file was chosen.
    """
    if paths is None:
        paths = ask_reply_files(parent)
    if not paths:
        return None
    files = [Path(p) for p in paths]

    def work(progress: Progress, cancel: threading.Event) -> list[ReceivedReply]:
        from exports.calendar import api

        progress(0, len(files))
        return api.read_reply_files(files)  # ImportRefused names each bad file

    def done(replies: list[ReceivedReply]) -> None:
        try:
            report = record_replies(session, replies)
        except AppError as error:
            show_error(parent, error, tr("Replies", "Replies not imported"))
            return
        show_report(parent, report)

    runner = JobRunner(parent, tr("Replies", "Reading replies…"), work)
    runner.done.connect(done)
    runner.failed.connect(
        lambda message, _details: show_error(
            parent, AppError(message), tr("Replies", "Replies not imported")
        )
    )
    return runner.start()


def record_replies(session: Session, replies: Sequence[ReceivedReply]) -> ReplyReport:
    """Record the answers as one undoable edit (nothing on the undo stack if nothing changed)."""
    desk = session.desk
    before: dict[int, Event] = {}
    for uid in dict.fromkeys(r.uid for r in replies):
        found = desk.store.event_by_uid(uid)
        if found is not None and found.id is not None:
            before[found.id] = desk.event(found.id)
    with desk.store.recording() as journal:
        report = apply_replies(desk.store, replies)
    touched = {o.event_id for o in report.changed if o.event_id is not None}
    if not touched:
        return report
    snapshots = [before[i] for i in touched if i in before]

    def undo() -> None:
        for event in snapshots:
            desk.save_event(event)

    count = len(report.changed)
    session.push(
        tr("Replies", "Import %n reply(ies)", None, count),
        lambda: None,  # already recorded above, so the report reflects what was written
        undo,
        ("events",),
        redo=lambda: apply_replies(desk.store, replies),
        written=versions_left(journal),
    )
    return report


def show_report(parent: QWidget | None, report: ReplyReport) -> None:
    """What changed, what was already known, what was ignored and why."""
    lines = [core_text(line) for line in report.lines()]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if not report.ignored else QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Replies", "Replies imported"))
    box.setAccessibleName(tr("Replies", "Replies imported"))
    box.setText(tr("Replies", "{changed} changed, {unchanged} unchanged, {ignored} ignored.")
                .format(changed=len(report.changed), unchanged=len(report.unchanged),
                        ignored=len(report.ignored)))  # fmt: skip
    shown = [f"• {line}" for line in lines[:SHOWN_LINES]]
    if len(lines) > SHOWN_LINES:
        more = tr("Replies", "… and {n} more (Show Details).")
        shown.append(more.format(n=len(lines) - SHOWN_LINES))
    if report.changed:
        shown.append("\n" + tr("Replies", "Ctrl+Z takes the changes back."))
    box.setInformativeText("\n".join(shown))
    if len(lines) > SHOWN_LINES:
        box.setDetailedText("\n".join(lines))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    grid = box.layout()
    if isinstance(grid, QGridLayout):  # wide enough for a name and a title on one line
        wide = QSpacerItem(560, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        grid.addItem(wide, grid.rowCount(), 0, 1, grid.columnCount())
    box.exec()
