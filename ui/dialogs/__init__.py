"""Dialogs: record editors, the people import preview, error display."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from ui.dialogs.places import DelegationDialog, VenueDialog
from ui.dialogs.records import OrganisationDialog, PersonDialog
from ui.session import Session


def edit_person(session: Session, person: Any, parent: QWidget | None = None) -> bool:
    return PersonDialog(session, person, parent).exec() == QDialog.DialogCode.Accepted


def edit_organisation(session: Session, org: Any, parent: QWidget | None = None) -> bool:
    return OrganisationDialog(session, org, parent).exec() == QDialog.DialogCode.Accepted


def edit_venue(session: Session, venue: Any, parent: QWidget | None = None) -> bool:
    return VenueDialog(session, venue, parent).exec() == QDialog.DialogCode.Accepted


def edit_delegation(session: Session, delegation: Any, parent: QWidget | None = None) -> bool:
    return DelegationDialog(session, delegation, parent).exec() == QDialog.DialogCode.Accepted


#: The editor for each kind of record: ``editor(session, record_or_None, parent) -> saved``.
EDITORS = {
    "people": edit_person,
    "organisations": edit_organisation,
    "venues": edit_venue,
    "delegations": edit_delegation,
}

__all__ = [
    "EDITORS",
    "DelegationDialog",
    "OrganisationDialog",
    "PersonDialog",
    "VenueDialog",
    "edit_delegation",
    "edit_organisation",
    "edit_person",
    "edit_venue",
]
