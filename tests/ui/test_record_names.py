"""Undo texts name the record; messages never show an internal id.

A coordinator reads "Delete “Battery conference” and its 2 attendees" in
Edit ▸ Undo, and "The event “Battery conference” no longer exists" when a
colleague deleted it — never "There is no event with id 13".
"""

from __future__ import annotations

import ast
import gc
import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from models.entities import Participation
from models.services import Desk
from models.store import Store
from ui.session import Session

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def collected() -> Iterator[None]:
    yield
    gc.collect()  # sessions and their undo stacks, while the application is whole


@pytest.fixture
def event_id(session: Session) -> int:
    (event,) = session.desk.events()
    assert event.id is not None
    return event.id


def _other_connection_deletes_event(session: Session, event_id: int) -> None:
    other = Desk(Store.open(session.desk.store.path, create=False), session.desk.clock)
    try:
        other.delete_event(event_id)
    finally:
        other.close()


def _no_number(text: str, number: int) -> None:
    assert not re.search(rf"\b{number}\b", text), text
    assert " id " not in f" {text} ".lower(), text


def test_undo_texts_name_the_record_and_what_goes_with_it(session: Session, event_id: int) -> None:
    desk = session.desk
    people = desk.people()
    event = desk.event(event_id)
    two = tuple(Participation(person_id=p.id or 0) for p in people[:2])
    session.save_event(replace(event, participations=two))
    assert session.undo_stack.undoText() == "Edit “Battery conference”"

    session.delete_event(event_id)
    assert session.undo_stack.undoText() == "Delete “Battery conference” and its 2 attendees"

    tanabe = next(p for p in people if p.family_name == "Tanabe")
    session.delete_record("people", tanabe.id or 0)
    assert session.undo_stack.undoText() == "Delete “Kenji Tanabe”"

    meti = next(o for o in desk.organisations() if o.name == "METI")
    session.save_record(replace(meti, name="METI (Japan)"))
    assert session.undo_stack.undoText() == "Edit “METI (Japan)”"
    for index in range(session.undo_stack.count()):
        _no_number(session.undo_stack.text(index), event_id)


def test_a_long_title_is_shortened_in_the_undo_text(session: Session, event_id: int) -> None:
    event = session.desk.event(event_id)
    title = "Site visit: Lohum Cleantech battery recycling plant, Greater Noida, with METI"
    session.save_event(replace(event, title=title))
    text = session.undo_stack.undoText()
    assert text.startswith("Edit “Site visit: Lohum Cleantech") and text.endswith("…”")
    assert len(text) < len(title)


def test_opening_an_event_deleted_elsewhere_says_so_without_its_id(
    qapp, session: Session, event_id: int, monkeypatch
) -> None:
    from ui.event_editor import edit_event

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    _other_connection_deletes_event(session, event_id)

    assert edit_event(session, event_id) is False
    assert shown == [
        "This event no longer exists: it was deleted in another window or by another program."
    ]


def test_saving_an_event_deleted_elsewhere_names_it(
    qtbot, session: Session, event_id: int, monkeypatch
) -> None:
    from ui.event_editor import EventEditor

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    editor = EventEditor(session, event_id)
    qtbot.addWidget(editor)
    editor.details.title.selectAll()
    qtbot.keyClicks(editor.details.title, "Battery conference (hall B)")
    _other_connection_deletes_event(session, event_id)

    editor.accept()

    assert len(shown) == 1
    assert shown[0].startswith("The event “Battery conference (hall B)” no longer exists")
    _no_number(shown[0], event_id)
    assert editor.details.title.text() == "Battery conference (hall B)"  # the draft stays


def test_an_undo_of_something_deleted_elsewhere_says_it_by_name(
    session: Session, event_id: int
) -> None:
    told: list[str] = []

    def tell(error) -> None:
        from ui.dialogs.errors import error_text

        told.append(error_text(error))

    session.notify = tell
    event = session.desk.event(event_id)
    session.save_event(replace(event, title="Battery conference (moved)"))
    _other_connection_deletes_event(session, event_id)

    session.undo_stack.undo()

    assert len(told) == 1 and "“Battery conference" in told[0]
    _no_number(told[0], event_id)


def _id_like(node: ast.expr) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr == "id" or node.attr.endswith("_id")
    if isinstance(node, ast.Name):
        return node.id == "id" or node.id.endswith("_id")
    return False


def test_no_text_of_the_window_is_made_with_a_record_id() -> None:
    """Every f-string and translatable text in ui/: none interpolates an id."""
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for part in node.values:
                    if isinstance(part, ast.FormattedValue) and _id_like(part.value):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr":
                texts = [a.value for a in node.args[1:2] if isinstance(a, ast.Constant)]
                if any("{id}" in str(t) or " id " in f" {t} " for t in texts):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == []
