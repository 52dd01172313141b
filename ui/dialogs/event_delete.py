"""Deleting an event whose invitations were already sent.

A deleted event cannot be cancelled in anyone's calendar: attendees would keep
it.  So before deleting such an event the window offers to cancel it instead
(the next export sends a cancellation), to delete it anyway, or to keep it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from models.entities import Event
from models.errors import AppError
from ui.dialogs.errors import guarded, show_error
from ui.i18n import tr
from ui.record_names import cancel_text
from ui.session import Session

CANCEL, DELETE, KEEP = "cancel", "delete", "keep"


def recipients(session: Session, event_uid: str) -> int:
    """How many people were sent this event (invites, per-attendee copies, itineraries)."""
    records = session.desk.store.export_records(event_uid=event_uid)
    return len({r.person_id for r in records if r.person_id is not None})


def confirm_event_delete(parent: QWidget | None, session: Session, event_id: int) -> str:
    """What to do with an event about to be deleted: ``"cancel"``, ``"delete"`` or ``"keep"``.

    Always asks, saying what would go: an event holds attendees, an agenda and
    transport that the Delete key must not take away unasked.  When its
    invitations went out, cancelling it instead is offered too.
    """
    try:
        event = session.desk.event(event_id)
    except AppError as error:
        show_error(parent, error, tr("Deleting", "Cannot delete the event"))
        return KEEP
    if not session.desk.store.export_records(event_uid=event.uid):
        return _confirm_plain_delete(parent, event)
    count = recipients(session, event.uid)
    if count == 1:
        people = tr("Deleting", "1 person")
    elif count:
        people = tr("Deleting", "%n people", None, count)
    else:
        people = tr("Deleting", "its attendees")
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr("Deleting", "Delete an event already sent?"))
    box.setAccessibleName(tr("Deleting", "Delete an event already sent?"))
    if event.is_cancelled:
        box.setText(tr("Deleting", "Invitations for “{title}” were sent to {people}.")
                    .format(title=event.title, people=people))  # fmt: skip
        box.setInformativeText(
            tr("Deleting", "It is cancelled: export its cancellation before deleting it, or "
               "attendees keep it in their calendars. Delete it anyway, or keep it?")
        )  # fmt: skip
        cancel_button = None
    else:
        box.setText(tr("Deleting", "Invitations for this event were sent to {people}. Cancel it "
                       "instead (attendees get a cancellation), delete it anyway, or keep it?")
                    .format(people=people))  # fmt: skip
        box.setInformativeText(
            tr("Deleting", "A deleted event cannot be cancelled in the attendees' calendars: "
               "it stays there.")
        )  # fmt: skip
        cancel_button = box.addButton(
            tr("Deleting", "&Cancel the event"), QMessageBox.ButtonRole.AcceptRole
        )
    delete_button = box.addButton(
        tr("Deleting", "&Delete anyway"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep_button = box.addButton(tr("Deleting", "&Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel_button or keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    clicked = box.clickedButton()
    if cancel_button is not None and clicked is cancel_button:
        return CANCEL
    return DELETE if clicked is delete_button else KEEP


def _confirm_plain_delete(parent: QWidget | None, event: Event) -> str:
    """“Delete “Site visit: Lohum…” and its 20 attendees?” — Delete or Keep."""
    title = event.title if len(event.title) <= 60 else event.title[:59] + "…"
    count = len(event.participations)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr("Deleting", "Delete the event?"))
    if count:
        question = tr("Deleting", "Delete “{title}” and its %n attendee(s)?", None, count)
    else:
        question = tr("Deleting", "Delete “{title}”?")
    box.setText(question.format(title=title))
    extras = []
    if event.agenda:
        extras.append(tr("Deleting", "its agenda"))
    if event.legs:
        extras.append(tr("Deleting", "its transport legs"))
    detail = tr("Deleting", "Ctrl+Z brings it back.")
    if extras:
        detail = tr("Deleting", "This also removes {what}.").format(what=", ".join(extras)) + " "
        detail += tr("Deleting", "Ctrl+Z brings it back.")
    box.setInformativeText(detail)
    delete_button = box.addButton(tr("Deleting", "&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    keep_button = box.addButton(tr("Deleting", "&Keep it"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep_button)
    box.setEscapeButton(keep_button)
    box.exec()
    return DELETE if box.clickedButton() is delete_button else KEEP


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
            cancel_text(before), lambda: desk.cancel(event_id),
            lambda: desk.save_event(before), ("events",)))  # fmt: skip
        return bool(ok)
    ok, _ = guarded(parent, lambda: session.delete_event(event_id))
    return bool(ok)
