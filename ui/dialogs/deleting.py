"""Deleting a record: explain what depends on it, ask, or refuse with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QMessageBox, QWidget

from models.services import Dependants
from ui.core_text import core_text
from ui.dialogs.errors import guarded
from ui.i18n import full_name_text, tr
from ui.session import Session

#: What each dialog's title says, by the kind of record.
_TITLES = {
    "people": (
        QT_TRANSLATE_NOOP("Deleting", "Cannot delete the person"),
        QT_TRANSLATE_NOOP("Deleting", "Delete the person?"),
    ),
    "organisations": (
        QT_TRANSLATE_NOOP("Deleting", "Cannot delete the organisation"),
        QT_TRANSLATE_NOOP("Deleting", "Delete the organisation?"),
    ),
    "venues": (
        QT_TRANSLATE_NOOP("Deleting", "Cannot delete the venue"),
        QT_TRANSLATE_NOOP("Deleting", "Delete the venue?"),
    ),
    "delegations": (
        QT_TRANSLATE_NOOP("Deleting", "Cannot delete the delegation"),
        QT_TRANSLATE_NOOP("Deleting", "Delete the delegation?"),
    ),
    "events": (
        QT_TRANSLATE_NOOP("Deleting", "Cannot delete the event"),
        QT_TRANSLATE_NOOP("Deleting", "Delete the event?"),
    ),
}
_ANY = (
    QT_TRANSLATE_NOOP("Deleting", "Cannot delete the record"),
    QT_TRANSLATE_NOOP("Deleting", "Delete the record?"),
)


def record_label(record: Any) -> str:
    if getattr(record, "family_name", None) is not None:  # a person: as the language orders it
        return full_name_text(record)
    for attribute in ("full_name", "name", "title"):
        value = getattr(record, attribute, "")
        if value:
            return str(value)
    return tr("Deleting", "this record")


def dependants(session: Session, kind: str, record_id: int) -> Dependants:
    desk = session.desk
    if kind == "people":
        return desk.person_dependants(record_id)
    if kind == "organisations":
        return desk.organisation_dependants(record_id)
    if kind == "venues":
        return desk.venue_dependants(record_id)
    return Dependants()


def _bullets(lines: tuple[str, ...], limit: int = 12) -> str:
    shown = [f"• {core_text(line)}" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(tr("Exports", "… and {n} more.").format(n=len(lines) - limit))
    return "\n".join(shown)


def delete_record(session: Session, kind: str, record: Any, parent: QWidget | None) -> bool:
    """Delete ``record`` undoably; returns True when it was deleted.

    Nothing depending on it: deleted at once (Ctrl+Z brings it back).
    Something would be changed: the dialog lists it and asks.
    Something must be resolved first: the dialog says what, and nothing changes.
    """
    label = record_label(record)
    refused, asking = (tr("Deleting", title) for title in _TITLES.get(kind, _ANY))
    ok, deps = guarded(parent, lambda: dependants(session, kind, record.id))
    if not ok:
        return False
    if deps.blocking:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(refused)
        box.setText(tr("Deleting", "“{name}” cannot be deleted yet:").format(name=label))
        box.setInformativeText(_bullets(deps.blocking))
        box.exec()
        return False
    if kind == "delegations" and not deps.affected:
        members = len(getattr(record, "member_ids", ()))
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Deleting", "Delete the delegation?"))
        box.setText(
            tr("Deleting", "Delete the delegation “{name}” (%n member(s))?", None, members).format(
                name=label
            )
        )
        box.setInformativeText(
            tr("Deleting", "Its members stay in People. Ctrl+Z brings the delegation back.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
    if deps.affected:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(asking)
        box.setText(
            tr("Deleting", "Delete “{name}”? This also changes the programme:").format(name=label)
        )
        undo = tr("Deleting", "You can undo this with Ctrl+Z.")
        box.setInformativeText(_bullets(deps.affected) + "\n\n" + undo)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
    if kind == "events":
        from ui.dialogs.event_delete import delete_event_asking  # asks when invites went out

        return delete_event_asking(parent, session, record.id)
    else:
        force = bool(deps.affected)
        ok, _ = guarded(parent, lambda: session.delete_record(kind, record.id, force=force))
    return ok
