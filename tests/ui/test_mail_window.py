"""The window's e-mail and CalDAV entries: Preferences, Send updates, Publish calendars.

Real servers on loopback (aiosmtpd, Radicale) receive what the window sends.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QDialog

from ui.main_window import MainWindow

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from caldav_server import Radicale
from mail_server import MailServer


class MemoryKeyring(KeyringBackend):
    """A keyring kept in memory for the test (the system's is never touched)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def ring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    yield memory
    keyring.set_keyring(previous)


@pytest.fixture
def window(told_window) -> MainWindow:
    return told_window


@pytest.fixture
def server() -> Iterator[MailServer]:
    running = MailServer().start()
    yield running
    running.stop()


def test_preferences_keep_the_mail_settings_and_put_the_password_in_the_keyring(
    qtbot, window, settings, ring, monkeypatch, tmp_path
) -> None:
    from ui.dialogs.preferences import MailPreferences, PreferencesDialog

    dialog = PreferencesDialog(settings, window)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert tabs == ["&Mail", "&Calendars", "&Language"]
    mail = dialog.tab(0)
    qtbot.keyClicks(mail.host, "smtp.embassy.example.jp")
    mail.port.setValue(2525)
    mail.security.setCurrentIndex(mail.security.findData("none"))
    qtbot.keyClicks(mail.user, "desk")
    qtbot.keyClicks(mail.password, "s3cret-Pa55")
    dialog.accept()
    assert MailPreferences.read(settings) == MailPreferences(
        host="smtp.embassy.example.jp", port=2525, security="none", user="desk")  # fmt: skip
    assert ring.stored == {("Delegation Desk SMTP", "desk@smtp.embassy.example.jp"): "s3cret-Pa55"}
    settings.sync()
    assert b"s3cret" not in Path(settings.fileName()).read_bytes()
    again = PreferencesDialog(settings, window)
    qtbot.addWidget(again)
    assert again.tab(0).host.text() == "smtp.embassy.example.jp"
    assert again.tab(0).password.text() == ""


def test_send_updates_previews_who_gets_what_then_sends(
    qtbot, window, settings, server, monkeypatch
) -> None:
    from ui.dialogs import sending

    settings.setValue("mail/host", "127.0.0.1")
    settings.setValue("mail/port", server.port)
    settings.setValue("mail/security", "none")
    shown: list[list[str]] = []

    def accept(dialog: QDialog) -> int:
        table = dialog.table
        shown.append([table.item(r, 0).text() for r in range(table.rowCount())])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(sending.PreviewDialog, "exec", accept)
    window.actions_by_name["send-updates"].trigger()
    with qtbot.waitSignal(window.runners[-1].done, timeout=60000):
        pass
    qtbot.waitUntil(lambda: bool(window.told), timeout=120000)
    (recipients,) = shown
    assert len(recipients) == len(server.received) > 0
    assert {r.recipients[0] for r in server.received} == {
        text.rsplit("<", 1)[1].rstrip(">") for text in recipients}  # fmt: skip
    assert window.told[-1].startswith(f"Sending finished: {len(recipients)} sent.")
    store = window.session.desk.store
    assert {m.status for m in store.outbox_messages()} == {"sent"}
    # Nothing changed since: a second "Send updates" has nothing to send.
    window.told.clear()
    window.actions_by_name["send-updates"].trigger()
    qtbot.waitUntil(lambda: bool(window.told), timeout=60000)
    assert window.told[-1].startswith("Nothing to send")
    assert len(shown) == 1


def test_publish_calendars_from_the_file_menu(qtbot, window, tmp_path, monkeypatch) -> None:
    from ui.dialogs import publishing

    radicale = Radicale(tmp_path).start()
    try:
        url = f"{radicale.base}/desk/restricted/"

        def fill(dialog: QDialog) -> int:
            dialog.url.setText(url)
            # Privacy by default: confidential events only when asked for.
            assert dialog.limit.currentData() == "restricted"
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(publishing.PublishDialog, "exec", fill)
        window.actions_by_name["publish"].trigger()
        with qtbot.waitSignal(window.runners[-1].done, timeout=120000):
            pass
        events = window.session.desk.events()
        public = [e for e in events if e.classification.value != "confidential"]
        assert len(radicale.names("desk/restricted")) == len(public) > 0
        assert window.told[-1].startswith(f"Published to {url}: {len(public)} added")
        assert window.settings.value("caldav/url") == url
    finally:
        radicale.stop()
