"""Tables of records: models that sort and filter themselves, and their pages."""

from __future__ import annotations

from collections.abc import Callable
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


def _page(session: Session, kind: str, parent: QWidget | None) -> TablePage:
    from ui.dialogs import EDITORS

    models: dict[str, tuple[Callable[[], RecordTableModel[Any]], str]] = {
        "events": (EventsModel, "event"),
        "people": (PeopleModel, "person"),
        "organisations": (OrganisationsModel, "organisation"),
        "venues": (VenuesModel, "venue"),
        "delegations": (DelegationsModel, "delegation"),
    }
    model, noun = models[kind]
    editor = _event_editor() if kind == "events" else EDITORS[kind]
    return TablePage(session, model(), kind, noun, editor, parent)


#: The kinds of record that have a table page, in navigation order.
TABLE_KINDS = ("events", "people", "organisations", "venues", "delegations")


def make_page(session: Session, kind: str, parent: QWidget | None = None) -> TablePage:
    """The table page of one kind of record."""
    return _page(session, kind, parent)


def make_pages(session: Session, parent: QWidget | None = None) -> dict[str, TablePage]:
    """One page per kind of record, keyed by kind."""
    return {kind: _page(session, kind, parent) for kind in TABLE_KINDS}


__all__ = [
    "OBJECT_ROLE",
    "TABLE_KINDS",
    "Column",
    "DelegationsModel",
    "EventsModel",
    "OrganisationsModel",
    "PeopleModel",
    "RecordTableModel",
    "TablePage",
    "VenuesModel",
    "fold",
    "make_page",
    "make_pages",
]
