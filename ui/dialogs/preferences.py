"""Preferences: a tabbed dialog over the window's QSettings.

Each tab is a widget with ``load(settings)`` and ``save(settings)``; another
part of the window adds its own with :meth:`PreferencesDialog.add_tab` (or by
appending a factory to :data:`TABS`).  Passwords are never written to the
settings: a password typed here goes to the system's keyring, if the user
asks for that, and nowhere else.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.dialogs.errors import show_error
from ui.i18n import tr
from ui.layout_fit import fit_to_screen


class PreferencesTab(Protocol):
    def load(self, settings: QSettings) -> None: ...
    def save(self, settings: QSettings) -> None: ...


@dataclass(frozen=True)
class MailPreferences:
    host: str = ""
    port: int = 0  # 0: the security's usual port
    security: str = "starttls"
    user: str = ""
    sender: str = ""

    @classmethod
    def read(cls, settings: QSettings) -> MailPreferences:
        return cls(
            host=str(settings.value("mail/host", "", type=str)),
            port=int(settings.value("mail/port", 0, type=int)),
            security=str(settings.value("mail/security", "starttls", type=str)),
            user=str(settings.value("mail/user", "", type=str)),
            sender=str(settings.value("mail/sender", "", type=str)),
        )


@dataclass(frozen=True)
class CalendarPreferences:
    url: str = ""
    user: str = ""

    @classmethod
    def read(cls, settings: QSettings) -> CalendarPreferences:
        return cls(
            url=str(settings.value("caldav/url", "", type=str)),
            user=str(settings.value("caldav/user", "", type=str)),
        )


SECURITY = (
    (QT_TRANSLATE_NOOP("Preferences", "STARTTLS (usually port 587)"), "starttls"),
    (QT_TRANSLATE_NOOP("Preferences", "TLS (usually port 465)"), "tls"),
    (QT_TRANSLATE_NOOP("Preferences", "None — only for a relay on this computer"), "none"),
)


def _password_box(parent: QWidget) -> QLineEdit:
    box = QLineEdit(parent)
    box.setEchoMode(QLineEdit.EchoMode.Password)
    box.setPlaceholderText(
        tr("Preferences", "kept in the system's keyring, never in Delegation Desk's files")
    )
    return box


class MailTab(QWidget):
    """The embassy's mail server: where invitations are sent through."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.host = QLineEdit(self)
        self.host.setPlaceholderText("smtp.example.org")
        self.port = QSpinBox(self)
        self.port.setRange(0, 65535)
        self.port.setSpecialValueText(tr("Preferences", "usual port"))
        self.security = QComboBox(self)
        for label, value in SECURITY:
            self.security.addItem(tr("Preferences", label), value)
        self.user = QLineEdit(self)
        self.sender = QLineEdit(self)
        self.sender.setPlaceholderText(
            tr("Preferences", "optional: the mailbox that sends for the organisers")
        )
        self.password = _password_box(self)
        self.keep = QCheckBox(tr("Preferences", "Keep this password in the system's keyring"),
                              self)  # fmt: skip
        self.keep.setChecked(True)
        form.addRow(tr("Preferences", "Mail &server:"), self.host)
        form.addRow(tr("Preferences", "&Port:"), self.port)
        form.addRow(tr("Preferences", "S&ecurity:"), self.security)
        form.addRow(tr("Preferences", "&User name:"), self.user)
        form.addRow(tr("Preferences", "Pass&word:"), self.password)
        form.addRow("", self.keep)
        form.addRow(tr("Preferences", "Se&nder address:"), self.sender)
        note = QLabel(tr("Preferences", "Invitations go From the event's organiser; with a "
                         "sender address, that mailbox sends them on the organiser's behalf."),
                      self)  # fmt: skip
        note.setWordWrap(True)
        form.addRow(note)

    def load(self, settings: QSettings) -> None:
        prefs = MailPreferences.read(settings)
        self.host.setText(prefs.host)
        self.port.setValue(prefs.port)
        self.security.setCurrentIndex(max(0, self.security.findData(prefs.security)))
        self.user.setText(prefs.user)
        self.sender.setText(prefs.sender)

    def save(self, settings: QSettings) -> None:
        settings.setValue("mail/host", self.host.text().strip())
        settings.setValue("mail/port", self.port.value())
        settings.setValue("mail/security", self.security.currentData())
        settings.setValue("mail/user", self.user.text().strip())
        settings.setValue("mail/sender", self.sender.text().strip())
        password = self.password.text()
        if password and self.keep.isChecked() and self.user.text().strip():
            from exports.credentials import SMTP_SERVICE, save_password

            save_password(SMTP_SERVICE, self.user.text().strip(), self.host.text().strip(),
                          password)  # fmt: skip


class CalendarTab(QWidget):
    """The CalDAV server calendars are published to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://calendar.example.org/desk/programme/")
        self.user = QLineEdit(self)
        self.password = _password_box(self)
        self.keep = QCheckBox(tr("Preferences", "Keep this password in the system's keyring"),
                              self)  # fmt: skip
        self.keep.setChecked(True)
        form.addRow(tr("Preferences", "Calendar &address:"), self.url)
        form.addRow(tr("Preferences", "&User name:"), self.user)
        form.addRow(tr("Preferences", "Pass&word:"), self.password)
        form.addRow("", self.keep)

    def load(self, settings: QSettings) -> None:
        prefs = CalendarPreferences.read(settings)
        self.url.setText(prefs.url)
        self.user.setText(prefs.user)

    def save(self, settings: QSettings) -> None:
        settings.setValue("caldav/url", self.url.text().strip())
        settings.setValue("caldav/user", self.user.text().strip())
        password = self.password.text()
        if password and self.keep.isChecked() and self.user.text().strip():
            from urllib.parse import urlsplit

            from exports.credentials import CALDAV_SERVICE, save_password

            url = self.url.text().strip()
            save_password(CALDAV_SERVICE, self.user.text().strip(),
                          urlsplit(url).hostname or url, password)  # fmt: skip


#: (title, factory) of every tab, in order; append to add one.
TABS: list[tuple[str, Callable[[QWidget], QWidget]]] = [
    (QT_TRANSLATE_NOOP("Preferences", "&Mail"), MailTab),
    (QT_TRANSLATE_NOOP("Preferences", "&Calendars"), CalendarTab),
]


def _language_tab(parent: QWidget) -> QWidget:
    from ui.language_tab import LanguageTab

    return LanguageTab(parent)


TABS.append((QT_TRANSLATE_NOOP("Preferences", "&Language"), _language_tab))


class PreferencesDialog(QDialog):
    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Preferences", "Preferences"))
        self.settings = settings
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("preference-tabs")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for title, factory in TABS:
            self.add_tab(factory(self), title)
        # wide enough for the hints in the fields (Japanese ones are long), within the screen
        hint = self.sizeHint()
        fit_to_screen(self, QSize(max(hint.width(), 600), hint.height()))

    def add_tab(self, tab: QWidget, title: str) -> None:
        """Add a tab; ``tab`` has ``load(settings)`` and ``save(settings)``."""
        self.tabs.addTab(tab, tr("Preferences", title))
        tab.load(self.settings)  # type: ignore[attr-defined]

    def tab(self, index: int) -> QWidget:
        return self.tabs.widget(index)

    @Slot()
    def accept(self) -> None:
        from models.errors import AppError

        for index in range(self.tabs.count()):
            try:
                self.tabs.widget(index).save(self.settings)  # type: ignore[attr-defined]
            except AppError as error:
                show_error(self, error)
        self.settings.sync()
        super().accept()


def edit_preferences(parent: QWidget | None, settings: QSettings, tab: int = 0) -> bool:
    """Show the dialog on tab ``tab``; True when the user pressed OK."""
    dialog = PreferencesDialog(settings, parent)
    dialog.tabs.setCurrentIndex(tab)
    return dialog.exec() == QDialog.DialogCode.Accepted
