"""Order of precedence for the window's tables (read from the store, no full programme)."""

from __future__ import annotations

from collections.abc import Sequence

from ui.session import Session


def precedence_order(session: Session, person_ids: Sequence[int]) -> list[int]:
    """``person_ids`` in order of precedence (see :mod:`models.protocol.precedence`).

    Reads only the people concerned, the organisations, the delegations and
    the rank tables, so it stays quick on a large programme.
    """
    from models.entities import Programme
    from models.protocol.precedence import precedence

    store = session.desk.store
    programme = Programme(
        organisations=tuple(store.organisations()),
        people=tuple(store.people_by_ids(list(person_ids))),
        delegations=tuple(store.delegations()),
        protocol=store.protocol_book(),
    )
    return precedence(programme, person_ids)
