"""Menu entries for e-mail, CalDAV publishing and the preferences (added by ui.shell)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.i18n import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class MailActions(QObject):
    """Slots of the entries: each opens its dialog; the work runs in the background."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    @Slot()
    def send_invites(self) -> None:
        from ui.dialogs.sending import send_invites

        w = self.window
        w.keep(send_invites(w, w.session, w.settings, changed_only=False,
                            event_id=w.chosen_event_id(), keep=w.keep))  # fmt: skip

    @Slot()
    def send_updates(self) -> None:
        from ui.dialogs.sending import send_invites

        w = self.window
        w.keep(send_invites(w, w.session, w.settings, changed_only=True, keep=w.keep))

    @Slot()
    def publish(self) -> None:
        from ui.dialogs.publishing import publish_calendars

        w = self.window
        w.keep(publish_calendars(w, w.session, w.settings))

    @Slot()
    def preferences(self) -> None:
        from ui.dialogs.preferences import edit_preferences

        edit_preferences(self.window, self.window.settings)


def _actions(w: MainWindow) -> MailActions:
    found = getattr(w, "mail_actions", None)
    if found is None:
        found = w.mail_actions = MailActions(w)  # type: ignore[attr-defined]
    return found


def _add(w: MainWindow, menu: QMenu, acts: dict[str, QAction], key: str, text: str,
         slot: object, tip: str, shortcut: str = "") -> QAction:  # fmt: skip
    action = QAction(text, w)
    action.setStatusTip(tip)
    action.setToolTip(tip)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(slot)
    menu.addAction(action)
    acts[key] = action
    return action


def add_send_actions(w: MainWindow, menu: QMenu, acts: dict[str, QAction]) -> None:
    """Export ▸ Send invites… / Send updates…"""
    a = _actions(w)
    menu.addSeparator()
    _add(w, menu, acts, "send-invites", tr("Mail", "&Send invites by e-mail…"), a.send_invites,
         tr("Mail", "E-mail invitations for the chosen event (or every event), one per recipient"))  # fmt: skip  # noqa: E501
    _add(w, menu, acts, "send-updates", tr("Mail", "Send &updates by e-mail…"), a.send_updates,
         tr("Mail", "E-mail each person affected one message with everything that changed"))  # fmt: skip  # noqa: E501


def add_publish_action(w: MainWindow, menu: QMenu, acts: dict[str, QAction]) -> None:
    """File ▸ Publish calendars…"""
    _add(w, menu, acts, "publish", tr("Mail", "&Publish calendars…"), _actions(w).publish,
         tr("Mail", "Bring a calendar on a CalDAV server up to date with the programme"))  # fmt: skip  # noqa: E501


def add_preferences_action(w: MainWindow, menu: QMenu, acts: dict[str, QAction]) -> None:
    """Edit ▸ Preferences…"""
    menu.addSeparator()
    action = _add(w, menu, acts, "preferences", tr("Mail", "Prefere&nces…"), _actions(w).preferences,  # noqa: E501
                  tr("Mail", "Mail server, calendar server and other settings"), "Ctrl+,")  # fmt: skip  # noqa: E501
    action.setMenuRole(QAction.MenuRole.PreferencesRole)
