"""Dialogs: record editors, the people import preview, error display.

The editors are imported when first used: the window opens without them.
"""

from __future__ import annotations

import importlib
from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from ui.session import Session

#: Where each record editor lives.
_DIALOGS = {
    "PersonDialog": "ui.dialogs.records",
    "OrganisationDialog": "ui.dialogs.records",
    "VenueDialog": "ui.dialogs.places",
    "DelegationDialog": "ui.dialogs.places",
}


def __getattr__(name: str) -> Any:
    if name in _DIALOGS:
        return getattr(importlib.import_module(_DIALOGS[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _edit(dialog: str, session: Session, record: Any, parent: QWidget | None) -> bool:
    window = __getattr__(dialog)(session, record, parent)
    return bool(window.exec() == QDialog.DialogCode.Accepted)


def edit_person(session: Session, person: Any, parent: QWidget | None = None) -> bool:
    return _edit("PersonDialog", session, person, parent)


def edit_organisation(session: Session, org: Any, parent: QWidget | None = None) -> bool:
    return _edit("OrganisationDialog", session, org, parent)


def edit_venue(session: Session, venue: Any, parent: QWidget | None = None) -> bool:
    return _edit("VenueDialog", session, venue, parent)


def edit_delegation(session: Session, delegation: Any, parent: QWidget | None = None) -> bool:
    return _edit("DelegationDialog", session, delegation, parent)


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
