"""Tables of records: models that sort and filter themselves, and their pages."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget

from ui.session import Session
from ui.tables.base import OBJECT_ROLE, Column, RecordTableModel, fold
from ui.tables.models import (
    DelegationsModel,
    EventsModel,
    OrganisationsModel,
    PeopleModel,
    VenuesModel,
)
from ui.tables.page import TablePage


def _event_editor() -> Any:
    """The event editor's entry point, or None while it is not available."""
    try:
        from ui.event_editor import edit_event
    except ImportError:
        return None

    def edit(session: Session, event: Any, parent: QWidget | None) -> bool:
        return bool(edit_event(session, None if event is None else event.id, parent))

    return edit


def make_pages(session: Session, parent: QWidget | None = None) -> dict[str, TablePage]:
    """One page per kind of record, keyed by kind."""
    from ui.dialogs import EDITORS

    return {
        "events": TablePage(session, EventsModel(), "events", "event", _event_editor(), parent),
        "people": TablePage(session, PeopleModel(), "people", "person", EDITORS["people"], parent),
        "organisations": TablePage(
            session,
            OrganisationsModel(),
            "organisations",
            "organisation",
            EDITORS["organisations"],
            parent,
        ),
        "venues": TablePage(session, VenuesModel(), "venues", "venue", EDITORS["venues"], parent),
        "delegations": TablePage(
            session, DelegationsModel(), "delegations", "delegation", EDITORS["delegations"], parent
        ),
    }


__all__ = [
    "OBJECT_ROLE",
    "Column",
    "DelegationsModel",
    "EventsModel",
    "OrganisationsModel",
    "PeopleModel",
    "RecordTableModel",
    "TablePage",
    "VenuesModel",
    "fold",
    "make_pages",
]
