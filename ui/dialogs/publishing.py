"""File ▸ Publish calendars…: bring a CalDAV calendar up to date, in the background.

The dialog asks for the calendar's address (remembered in the settings), the
audience (the whole programme or one delegation) and the classification limit;
the publish itself runs on a worker with its own database connection.
"""

from __future__ import annotations

import threading
from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from models.entities import Classification
from models.errors import AppError
from models.store import Store
from models.store.connection import MEMORY
from ui.core_text import core_text
from ui.dialogs.errors import show_error
from ui.dialogs.export_feed import LIMITS
from ui.dialogs.preferences import CalendarPreferences
from ui.i18n import tr
from ui.jobs import JobRunner, Progress
from ui.session import Session


class PublishDialog(QDialog):
    def __init__(self, session: Session, prefs: CalendarPreferences,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(tr("Publish", "Publish calendars"))
        form = QFormLayout(self)
        self.url = QLineEdit(prefs.url, self)
        self.url.setPlaceholderText("https://calendar.example.org/desk/programme/")
        self.user = QLineEdit(prefs.user, self)
        self.audience = QComboBox(self)
        self.audience.addItem(tr("Feed", "The whole programme"), None)
        for delegation in session.desk.delegations():
            text = tr("Feed", "Delegation: {name}").format(name=delegation.name)
            self.audience.addItem(text, delegation.id)
        self.limit = QComboBox(self)
        for label, level in LIMITS:
            self.limit.addItem(tr("Feed", label), level.value)
        # Privacy by default, as for the feed: confidential events only when asked for.
        self.limit.setCurrentIndex(self.limit.findData(Classification.RESTRICTED.value))
        form.addRow(tr("Publish", "Calendar &address:"), self.url)
        form.addRow(tr("Publish", "&User name:"), self.user)
        form.addRow(tr("Publish", "&For:"), self.audience)
        form.addRow(tr("Feed", "&Include:"), self.limit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(tr("Publish", "&Publish"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def delegation_id(self) -> int | None:
        value = self.audience.currentData()
        return int(value) if value is not None else None

    @property
    def max_classification(self) -> Classification:
        return Classification(self.limit.currentData())


def publish_calendars(
    parent: QWidget | None, session: Session, settings: QSettings
) -> JobRunner | None:
    from exports.caldav.publish import CalDavSettings
    from exports.credentials import CALDAV_SERVICE
    from ui.dialogs.sending import ask_password

    if session.desk.store.path == MEMORY:
        show_error(
            parent, AppError(tr("Publish", "Save the programme to a file before publishing."))
        )
        return None
    dialog = PublishDialog(session, CalendarPreferences.read(settings), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    url, user = dialog.url.text().strip(), dialog.user.text().strip()
    settings.setValue("caldav/url", url)
    settings.setValue("caldav/user", user)
    caldav = CalDavSettings(url=url, user=user)
    try:
        caldav.check()
    except AppError as error:
        show_error(parent, error)
        return None
    if user:
        password = ask_password(parent, CALDAV_SERVICE, user, urlsplit(url).hostname or url)
        if password is None:
            return None
        caldav = CalDavSettings(url=url, user=user, password=password)
    path, clock = session.desk.store.path, session.desk.clock
    delegation_id, limit = dialog.delegation_id, dialog.max_classification

    def work(progress: Progress, cancel: threading.Event) -> Any:
        from exports.caldav.publish import publish

        store = Store.open(path, create=False)
        try:
            return publish(store, store.programme(), caldav, clock=clock,
                           delegation_id=delegation_id, max_classification=limit,
                           progress=progress, cancel=cancel)  # fmt: skip
        finally:
            store.close()

    def done(report: Any) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning if report.conflicts or report.errors
                    else QMessageBox.Icon.Information)  # fmt: skip
        box.setWindowTitle(tr("Publish", "Calendar published"))
        box.setText(
            tr("Publish", "Published to {url}: {result}").format(
                url=url, result=core_text(report.headline())
            )
        )
        lines = [core_text(line) for line in report.lines()]
        if lines:
            box.setInformativeText("\n".join(lines[:12] + (["…"] if len(lines) > 12 else [])))
        box.exec()

    runner = JobRunner(parent, tr("Publish", "Publishing the calendar…"), work)
    runner.done.connect(done)
    runner.failed.connect(lambda message, _details: show_error(parent, AppError(message)))
    return runner.start()
