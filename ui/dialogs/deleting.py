"""Deleting a record: explain what depends on it, ask, or refuse with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QMessageBox, QWidget

from models.services import Dependants
from ui.dialogs.errors import guarded
from ui.i18n import tr
from ui.session import Session

_NOUNS = {
    "people": "person",
    "organisations": "organisation",
    "venues": "venue",
    "delegations": "delegation",
    "events": "event",
}


def record_label(record: Any) -> str:
    for attribute in ("full_name", "name", "title"):
        value = getattr(record, attribute, "")
        if value:
            return str(value)
    return "this record"


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
    shown = [f"• {line}" for line in lines[:limit]]
    if len(lines) > limit:
        shown.append(f"… and {len(lines) - limit} more.")
    return "\n".join(shown)


def delete_record(session: Session, kind: str, record: Any, parent: QWidget | None) -> bool:
    """Delete ``record`` undoably; returns True when it was deleted.

    Nothing depending on it: deleted at once (Ctrl+Z brings it back).
    Something would be changed: the dialog lists it and asks.
    Something must be resolved first: the dialog says what, and nothing changes.
    """
    label = record_label(record)
    noun = _NOUNS.get(kind, "record")
    ok, deps = guarded(parent, lambda: dependants(session, kind, record.id))
    if not ok:
        return False
    if deps.blocking:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(f"Cannot delete {noun}")
        box.setText(f"{label} cannot be deleted yet:")
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
        box.setWindowTitle(f"Delete {noun}?")
        box.setText(f"Delete {label}? This also changes the programme:")
        box.setInformativeText(_bullets(deps.affected) + "\n\nYou can undo this with Ctrl+Z.")
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
