"""Telling the user that a record changed elsewhere, and asking what to do.

A save, undo or redo that meets a record changed since it was loaded (by the
command line, another window, another process) gets a
:class:`~models.errors.StaleRecord` from the core.  :class:`ConflictDialog`
shows what differs — each field as stored now and as this edit would write it —
and offers:

* for a save: **Reload** (keep what is stored; this edit is dropped),
  **Overwrite** (save this edit over it) or **Cancel** (back to editing);
* for an undo or redo: **Undo anyway** / **Redo anyway** (overwrite) or
  **Keep their change** (the step is dropped from the history).

:func:`ask_about_stale` is what :class:`ui.session.Session` calls by default.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from models.errors import AppError, StaleRecord
from models.versions import Choice
from ui.i18n import tr

#: Titles by kind of record (a whole sentence each, so that each language can say it its way).
_TITLES = {
    "organisations": QT_TRANSLATE_NOOP("Conflicts", "The organisation changed elsewhere"),
    "people": QT_TRANSLATE_NOOP("Conflicts", "The person changed elsewhere"),
    "delegations": QT_TRANSLATE_NOOP("Conflicts", "The delegation changed elsewhere"),
    "venues": QT_TRANSLATE_NOOP("Conflicts", "The venue changed elsewhere"),
    "rooms": QT_TRANSLATE_NOOP("Conflicts", "The room changed elsewhere"),
    "events": QT_TRANSLATE_NOOP("Conflicts", "The event changed elsewhere"),
}
_RECORD_TITLE = QT_TRANSLATE_NOOP("Conflicts", "The record changed elsewhere")


def change_lines(stale: StaleRecord) -> list[str]:
    """One line per field that differs: ``Start: now 2026-12-02 12:30; yours …``."""
    empty = tr("Conflicts", "(empty)")
    return [
        tr("Conflicts", "{field}: now {stored} — yours {yours}").format(
            field=c.field, stored=c.stored or empty, yours=c.yours or empty
        )
        for c in stale.changes
    ]


class ConflictDialog(QMessageBox):
    """What changed elsewhere, with the choices that fit a save or an undo/redo."""

    def __init__(self, stale: StaleRecord, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stale = stale
        self.action = action
        name = (
            getattr(stale.current, "title", None)
            or getattr(stale.current, "name", None)
            or getattr(stale.current, "full_name", None)
            or tr("Conflicts", "(no name)")
        )
        self.setIcon(QMessageBox.Icon.Warning)
        title = tr("Conflicts", _TITLES.get(stale.kind, _RECORD_TITLE))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        lines = change_lines(stale) or [tr("Conflicts", "(the same values were saved again)")]
        if action == "save":
            head = tr(
                "Conflicts",
                "“{name}” was changed elsewhere (another window, the command line or "
                "another program) after you opened it.",
            )
        elif action == "undo":
            head = tr(
                "Conflicts",
                "“{name}” was changed elsewhere since this edit. To undo it would "
                "overwrite that change.",
            )
        else:
            head = tr(
                "Conflicts",
                "“{name}” was changed elsewhere since this edit. To redo it would "
                "overwrite that change.",
            )
        differs = tr("Conflicts", "What differs:")
        self.setText(
            head.format(name=name) + f"\n\n{differs}\n" + "\n".join(f"• {line}" for line in lines)
        )
        self.choices: dict[QPushButton, Choice] = {}
        if action == "save":
            self._button(
                tr("Conflicts", "&Reload"),
                QMessageBox.ButtonRole.RejectRole,
                Choice.RELOAD,
                tr("Conflicts", "Keep what is stored now; your changes are not saved"),
            )
            self._button(
                tr("Conflicts", "&Overwrite"),
                QMessageBox.ButtonRole.DestructiveRole,
                Choice.OVERWRITE,
                tr("Conflicts", "Save your version over the one stored now"),
            )
            cancel = self._button(
                tr("Conflicts", "&Cancel"),
                QMessageBox.ButtonRole.ActionRole,
                Choice.CANCEL,
                tr("Conflicts", "Go back and keep editing"),
            )
            self.setDefaultButton(cancel)
            self.setEscapeButton(cancel)
        else:
            undoing = action == "undo"
            keep = self._button(
                tr("Conflicts", "&Keep their change"),
                QMessageBox.ButtonRole.RejectRole,
                Choice.RELOAD,
                tr("Conflicts", "Leave it as stored; drop this undo step")
                if undoing
                else tr("Conflicts", "Leave it as stored; drop this redo step"),
            )
            self._button(
                tr("Conflicts", "Undo &anyway") if undoing else tr("Conflicts", "Redo &anyway"),
                QMessageBox.ButtonRole.DestructiveRole,
                Choice.OVERWRITE,
                tr("Conflicts", "Overwrite the change made elsewhere"),
            )
            self.setDefaultButton(keep)
            self.setEscapeButton(keep)

    def _button(
        self, text: str, role: QMessageBox.ButtonRole, choice: Choice, tip: str
    ) -> QPushButton:
        button = self.addButton(text, role)
        button.setToolTip(tip)
        button.setAccessibleName(text.replace("&", ""))
        self.choices[button] = choice
        return button

    def button_for(self, choice: Choice) -> QPushButton:
        return next(b for b, c in self.choices.items() if c is choice)

    def choice(self) -> Choice:
        """What the clicked button means (closing the box: the safe choice)."""
        clicked = self.clickedButton()
        if isinstance(clicked, QPushButton) and clicked in self.choices:
            return self.choices[clicked]
        return Choice.CANCEL if self.action == "save" else Choice.RELOAD


def _parent() -> QWidget | None:
    return QApplication.activeModalWidget() or QApplication.activeWindow()


def ask_about_stale(stale: StaleRecord, action: str) -> Choice:
    """Show :class:`ConflictDialog` and wait for the answer."""
    box = ConflictDialog(stale, action, _parent())
    try:
        box.exec()
        return box.choice()
    finally:
        box.deleteLater()


def tell_undo_failed(error: AppError) -> None:
    """An undo or redo could not be done at all (e.g. the record was deleted elsewhere)."""
    box = QMessageBox(_parent())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Conflicts", "Cannot undo"))
    box.setAccessibleName(tr("Conflicts", "Cannot undo"))
    from models.errors import DatabaseBusy
    from ui.dialogs.errors import error_text

    if isinstance(error, DatabaseBusy):  # nothing was written: the step can be tried again
        tail = tr("Conflicts", "The step stays in the undo history; try again in a moment.")
    else:
        tail = tr("Conflicts", "The step was taken off the undo history.")
    box.setText(error_text(error) + "\n\n" + tail)
    try:
        box.exec()
    finally:
        box.deleteLater()
