"""Export ▸ Send invites… and Send updates…: preview who gets what, then send in the background.

The messages are planned on a worker thread (:func:`exports.mail.plan.plan_messages`),
shown in a preview (one row per recipient: what their message tells), and
only then queued and delivered, with progress and Cancel, by a worker with
its own database connection.  Whatever is not delivered stays in the outbox
for the next send.
"""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.errors import AppError
from models.store import Store
from models.store.connection import MEMORY
from ui.core_text import core_text
from ui.dialogs.errors import show_error
from ui.dialogs.exporting import _programme_reader
from ui.dialogs.preferences import MailPreferences, edit_preferences
from ui.i18n import tr
from ui.jobs import JobRunner, Progress
from ui.session import Session


class PreviewDialog(QDialog):
    """The planned messages: recipient and what each tells; Send or Cancel."""

    def __init__(self, plan: Any, waiting: int, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        count = len(plan.messages)
        head = tr("Mail", "%n message(s), one per recipient:", None, count)
        if waiting:
            head += " " + tr("Mail", "(and {n} waiting in the outbox from before)").format(
                n=waiting
            )
        layout.addWidget(QLabel(head, self))
        self.table = QTableWidget(count, 2, self)
        self.table.setObjectName("send-preview")
        self.table.setHorizontalHeaderLabels([tr("Mail", "To"), tr("Mail", "What it tells")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, message in enumerate(plan.messages):
            who = f"{message.recipient.name} <{message.recipient.address}>"
            lines = [core_text(change.line) for change in message.changes]
            self.table.setItem(row, 0, QTableWidgetItem(who))
            told = QTableWidgetItem(tr("Mail", "; ").join(lines))
            told.setToolTip("\n".join(lines))
            self.table.setItem(row, 1, told)
        self.table.resizeColumnToContents(0)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        if plan.notes:
            notes = QLabel("\n".join(core_text(note) for note in plan.notes), self)
            notes.setWordWrap(True)
            layout.addWidget(notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        label = tr("Mail", "&Send %n message(s)", None, count) if count else tr("Mail", "&Send")
        self.send = self.buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
        self.send.setEnabled(bool(count or waiting))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)


#: The report's line for a message delivered (listed after the problems).
SENT_TO = "Sent to {to}: {subject}"


def _tell(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.exec()


def ask_password(parent: QWidget | None, service: str, user: str, host: str) -> str | None:
    """From the keyring, else asked for (never stored here); None if the user cancels."""
    from exports.credentials import keyring_password

    stored = keyring_password(service, user, host)
    if stored:
        return stored
    question = tr("Mail", "Password for {user} on {host}:").format(user=user, host=host)
    text, ok = QInputDialog.getText(parent, tr("Mail", "Password"), question,
                                    QLineEdit.EchoMode.Password)  # fmt: skip
    return text if ok and text else None


def send_invites(
    parent: QWidget | None,
    session: Session,
    settings: QSettings,
    *,
    changed_only: bool,
    event_id: int | None = None,
    keep: Any = None,
) -> JobRunner | None:
    """Plan in the background, then preview; sending starts from the preview."""
    prefs = MailPreferences.read(settings)
    if not prefs.host:
        if not edit_preferences(parent, settings):
            return None
        prefs = MailPreferences.read(settings)
        if not prefs.host:
            return None
    if session.desk.store.path == MEMORY:
        show_error(
            parent, AppError(tr("Mail", "Save the programme to a file before sending e-mail."))
        )
        return None
    read = _programme_reader(session)
    clock = session.desk.clock

    def plan_work(progress: Progress, cancel: threading.Event) -> Any:
        from exports.mail.plan import plan_messages

        programme, log = read()
        return plan_messages(programme, clock=clock, event_id=event_id,
                             changed_only=changed_only, log=log, sender=prefs.sender,
                             progress=progress, cancel=cancel)  # fmt: skip

    title = tr("Mail", "Send updates") if changed_only else tr("Mail", "Send invitations")

    def planned(plan: Any) -> None:
        from models.store.outbox import PENDING

        waiting = len(session.desk.store.outbox_messages(PENDING, with_bytes=False))
        if plan.is_empty and not waiting:
            _tell(parent, title, tr("Mail", "Nothing to send: everyone has the latest version.")
                  if changed_only else tr("Mail", "There is no one to send to."),
                  "\n".join(core_text(note) for note in plan.notes))  # fmt: skip
            return
        preview = PreviewDialog(plan, waiting, title, parent)
        if preview.exec() != QDialog.DialogCode.Accepted:
            return
        runner = deliver_in_background(parent, session, prefs, plan, title)
        if runner is not None and keep is not None:
            keep(runner)

    runner = JobRunner(parent, tr("Mail", "Preparing the messages…"), plan_work)
    runner.done.connect(planned)
    runner.failed.connect(lambda message, _details: show_error(parent, AppError(message)))
    return runner.start()


def deliver_in_background(
    parent: QWidget | None, session: Session, prefs: MailPreferences, plan: Any, title: str
) -> JobRunner | None:
    """Queue the plan and deliver the outbox on a worker with its own connection."""
    from exports.credentials import SMTP_SERVICE
    from exports.mail.smtp import SmtpSettings

    password = ""
    if prefs.user:
        found = ask_password(parent, SMTP_SERVICE, prefs.user, prefs.host)
        if found is None:
            return None
        password = found
    smtp = SmtpSettings(host=prefs.host, port=prefs.port or None, security=prefs.security,
                        user=prefs.user, password=password)  # fmt: skip
    path = session.desk.store.path
    clock = session.desk.clock

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from exports.mail.outbox import deliver, queue_plan

        store = Store.open(path, create=False)
        try:
            queue_plan(store, plan, clock)
            return deliver(store, smtp, clock=clock, progress=progress, cancel=cancel)
        finally:
            store.close()

    def done(report: Any) -> None:
        # what went wrong first: a refusal must not hide behind a hundred "Sent to …"
        told = sorted(report.lines(), key=lambda line: getattr(line, "key", "") == SENT_TO)
        lines = [core_text(line) for line in told]
        more = [tr("Exports", "… and {n} more.").format(n=len(lines) - 12)]
        details = "\n".join(lines[:12] + (more if len(lines) > 12 else []))
        finished = tr("Mail", "Sending finished: {result}").format(
            result=core_text(report.headline())
        )
        _tell(parent, title, finished, details)

    runner = JobRunner(parent, tr("Mail", "Sending…"), work)
    runner.done.connect(done)
    runner.failed.connect(lambda message, _details: show_error(parent, AppError(message)))
    runner.cancelled.connect(
        lambda: _tell(
            parent,
            title,
            tr(
                "Mail",
                "Sending was cancelled; what was not sent stays in the outbox for the next send.",
            ),
        )
    )
    return runner.start()
