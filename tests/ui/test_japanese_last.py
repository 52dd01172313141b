"""The last core texts a Japanese window could show in English: a record gone from the
database, the team's refusals, the keyring's, and the calendar server's. Each is provoked
for real (another connection to the same file, a real PostgreSQL, a real Radicale) and read
as the window shows it; the command line's English stays as it was."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

import pytest

from models.errors import NewerDatabase, NotFound
from models.store import Store
from ui.core_text import core_text
from ui.dialogs.errors import error_text

# -- a record gone from the database (models/store/) ---------------------------------------


def deleted_elsewhere(desk, delete) -> None:
    """``delete`` run by another program on the same file (its own connection)."""
    other = Store.open(desk.store.path)
    try:
        delete(other)
    finally:
        other.close()


def test_the_itinerary_of_a_person_deleted_by_another_program(
    told_window, japanese, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    desk = told_window.session.desk
    person = desk.people()[0]
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: asked.append("") or ("", "")
    )
    told_window.show_page("people")
    told_window.tables["people"].select_id(person.id)
    deleted_elsewhere(desk, lambda other: other.delete_person(person.id))
    told_window.actions_by_name["itinerary"].trigger()
    assert told_window.told == [
        "この方はもう登録されていません。別のウィンドウか別のプログラムで削除されました。\n"
    ]
    assert not asked  # no file is asked for what is gone


def test_the_pack_of_a_delegation_deleted_by_another_program(
    told_window, japanese, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    desk = told_window.session.desk
    delegation = desk.delegations()[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    told_window.show_page("delegations")
    told_window.tables["delegations"].select_id(delegation.id)
    deleted_elsewhere(desk, lambda other: other.delete_delegation(delegation.id))
    told_window.actions_by_name["pack"].trigger()
    (said,) = told_window.told
    assert said.startswith("この代表団はもうありません。")
    assert str(delegation.id) not in said


def test_the_store_says_what_is_missing_in_japanese_and_the_command_line_in_english(
    sample_desk, japanese
) -> None:
    person = sample_desk.people()[0]
    venue = sample_desk.venues()[0]
    deleted_elsewhere(sample_desk, lambda other: other.delete_person(person.id))
    with pytest.raises(NotFound) as caught:
        sample_desk.store.person(person.id)
    assert caught.value.user_message == "There is no such person."
    assert core_text(caught.value.user_message) == "該当する人物が見つかりません。"
    assert (caught.value.kind, caught.value.record_id) == ("people", person.id)
    assert error_text(caught.value) == (
        "この方はもう登録されていません。別のウィンドウか別のプログラムで削除されました。"
    )

    events_there = [e for e in sample_desk.events() if e.venue_id == venue.id]
    for event in events_there:
        sample_desk.store.delete_event(event.id)
    deleted_elsewhere(sample_desk, lambda other: other.delete_venue(venue.id))
    with pytest.raises(NotFound) as caught:
        sample_desk.store.update_venue(replace(venue, city="Gurugram"))
    said = caught.value.user_message
    assert said == f"The venue “{venue.name}” no longer exists: it was deleted elsewhere."
    assert core_text(said) == f"会場「{venue.name}」はもうありません。別の場所で削除されました。"
    assert error_text(caught.value) == (
        f"会場「{venue.name}」はもうありません。別のウィンドウか別のプログラムで削除されました。"
    )

    with pytest.raises(NotFound) as caught:
        sample_desk.store.delete_event(10**9)
    assert caught.value.user_message == f"There is no event with id {10**9}."
    assert core_text(caught.value.user_message) == f"ID {10**9} の行事は見つかりません。"
    assert str(10**9) not in error_text(caught.value)  # the window: by name, never by number


def test_a_database_a_newer_version_migrated_meanwhile(tmp_path, japanese) -> None:
    from models.store.connection import migrate
    from models.store.migrations import LATEST_VERSION

    path = tmp_path / "newer.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    try:
        with pytest.raises(NewerDatabase) as caught:
            migrate(conn, path)
    finally:
        conn.close()
    said = caught.value.user_message
    assert (
        said
        == f"{path} was written by a newer version of Delegation Desk; it has not been changed."
    )
    assert core_text(said) == (
        f"{path} は新しいバージョンの Delegation Desk で保存されています。"
        "ファイルは変更していません。"
    )


def test_every_noun_of_the_stores_messages_is_in_japanese(japanese) -> None:
    from models.messages import Message
    from models.store.base import NOUNS

    for noun in NOUNS:
        assert core_text(Message(noun)) != noun, noun
