"""Deleting an event whose invitations were already sent.

A deleted event cannot be cancelled in anyone's calendar: attendees would keep
it.  So before deleting such an event the window offers to cancel it instead
(the next export sends a cancellation), to delete it anyway, or to keep it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from models.errors import AppError
from ui.dialogs.errors import guarded, show_error
from ui.session import Session

CANCEL, DELETE, KEEP = "cancel", "delete", "keep"


def recipients(session: Session, event_uid: str) -> int:
    """How many people were sent this event (invites, per-attendee copies, itineraries)."""
    records = session.desk.store.export_records(event_uid=event_uid)
    return len({r.person_id for r in records if r.person_id is not None})


def confirm_event_delete(parent: QWidget | None, session: Session, event_id: int) -> str:
    """What to do with an event about to be deleted: ``"cancel"``, ``"delete"`` or ``"keep"``.

    ``"delete"`` at once when none of its invitations was sent; otherwise it asks.
    """
    try:
        event = session.desk.event(event_id)
    except AppError as error:
        show_error(parent, error, "Cannot delete the event")
        return KEEP
    if not session.desk.store.export_records(event_uid=event.uid):
        return DELETE
    count = recipients(session, event.uid)
    people = f"{count} {'person' if count == 1 else 'people'}" if count else "its attendees"
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Delete an event already sent?")
    box.setAccessibleName("Delete an event already sent?")
    if event.is_cancelled:
        box.setText(f"Invitations for “{event.title}” were sent to {people}.")
        box.setInformativeText(
            "It is cancelled: export its cancellation before deleting it, or attendees "
            "keep it in their calendars. Delete it anyway, or keep it?"
        )
        cancel_button = None
    else:
        box.setText(f"Invitations for this event were sent to {people}. Cancel it instead "
                    "(attendees get a cancellation), delete it anyway, or keep it?")  # fmt: skip
        box.setInformativeText(
            "A deleted event cannot be cancelled in the attendees' calendars: it stays there."
        )
        cancel_button = box.addButton("&Cancel the event", QMessageBox.ButtonRole.AcceptRole)
    delete_button = box.addButton("&Delete anyway", QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton("&Keep it", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel_button or keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    clicked = box.clickedButton()
    if cancel_button is not None and clicked is cancel_button:
        return CANCEL
    return DELETE if clicked is delete_button else KEEP


def delete_event_asking(parent: QWidget | None, session: Session, event_id: int) -> bool:
    """Delete an event (undoably), asking first when its invitations went out.

    Returns True when the event was deleted or cancelled.
    """
    choice = confirm_event_delete(parent, session, event_id)
    if choice == KEEP:
        return False
    desk = session.desk
    if choice == CANCEL:
        before = desk.event(event_id)
        ok, _ = guarded(parent, lambda: session.push(
            f"Cancel “{before.title}”", lambda: desk.cancel(event_id),
            lambda: desk.save_event(before), ("events",)))  # fmt: skip
        return bool(ok)
    ok, _ = guarded(parent, lambda: session.delete_event(event_id))
    return bool(ok)
