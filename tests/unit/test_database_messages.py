"""A database file that cannot be used: the command line says what it always said; the
window says it in Japanese (the file's own name kept as it is)."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest

from models.errors import NewerDatabase, StorageUnavailable
from models.messages import Message
from models.store import Store
from models.store.connection import inspect
from models.store.migrations import LATEST_VERSION
from tests.unit.test_time_messages import catalogue

ROOT = Path(__file__).resolve().parents[2]


def japanese(text: str) -> str:
    ja = catalogue()
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: ja[key])


def refused(path: Path, kind: type[StorageUnavailable] = StorageUnavailable) -> str:
    with pytest.raises(kind) as caught:
        inspect(path)
    return caught.value.user_message


def test_every_message_of_the_connection_is_listed_for_translation() -> None:
    listed = {
        node.args[1].value
        for node in ast.walk(ast.parse((ROOT / "ui" / "core_text.py").read_text("utf-8")))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    source = (ROOT / "models" / "store" / "connection.py").read_text("utf-8")
    said = [
        node.args[0].value
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_say"
    ]
    assert len(said) >= 14
    ja = catalogue()
    for key in said:
        assert key in listed and ja.get(key), key


def test_files_that_are_not_a_programme(tmp_path: Path) -> None:
    said = refused(tmp_path)
    assert said == f"{tmp_path} is a folder, not a database file."
    assert japanese(said) == f"{tmp_path} はフォルダーです。データベースファイルではありません。"

    text = tmp_path / "notes.db"
    text.write_text("not a database")
    said = refused(text)
    assert said == (
        f"{text} is not a Delegation Desk database (it is not an SQLite file). "
        "It has not been changed."
    )
    assert japanese(said) == (
        f"{text} は Delegation Desk のデータベースではありません（SQLite ファイルでは"
        "ありません）。ファイルは変更していません。"
    )

    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    conn.close()
    said = refused(other)
    assert said == (
        f"{other} is an SQLite database of another program, not a Delegation Desk database. "
        "It has not been changed."
    )
    assert japanese(said).startswith(f"{other} は別のプログラムの SQLite データベースで")
    assert other.read_bytes()  # untouched


def test_a_file_from_a_newer_version(tmp_path: Path) -> None:
    path = tmp_path / "programme.db"
    Store.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    said = refused(path, NewerDatabase)
    assert said == (
        f"{path} was written by a newer version of Delegation Desk (schema "
        f"{LATEST_VERSION + 1}; this version knows up to {LATEST_VERSION}). Update Delegation "
        "Desk to open it; the file has not been changed."
    )
    assert japanese(said) == (
        f"{path} は新しいバージョンの Delegation Desk で保存されています（スキーマ "
        f"{LATEST_VERSION + 1}。このバージョンが扱えるのは {LATEST_VERSION} までです）。"
        "開くには Delegation Desk を更新してください。ファイルは変更していません。"
    )


def test_a_new_file_in_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    path = tmp_path / "gone" / "programme.db"
    with pytest.raises(StorageUnavailable) as caught:
        Store.open(path)
    said = caught.value.user_message
    assert said == f"The folder {path.parent} does not exist."
    assert japanese(said) == f"フォルダー {path.parent} がありません。"


def test_a_backup_that_cannot_be_written_there(tmp_path: Path) -> None:
    from models.store.backups import backup_database

    db = tmp_path / "programme.db"
    Store.open(db).close()

    def backup(source: Path, target: Path) -> str:
        with pytest.raises(StorageUnavailable) as caught:
            backup_database(source, target)
        return caught.value.user_message

    cases = [
        (db, tmp_path, f"{tmp_path} is a folder; give a file name for the backup.",
         f"{tmp_path} はフォルダーです。バックアップのファイル名を指定してください。"),
        (db, Path("/dev/null"), "/dev/null is not a regular file (a device, a pipe or a "
         "socket); give the name of a new or ordinary file.",
         "/dev/null は通常のファイルではありません（デバイス、パイプ、ソケットなど）。"
         "新しいファイルか通常のファイルの名前を指定してください。"),
        (db, tmp_path / "gone" / "copy.db", f"The folder {tmp_path / 'gone'} does not exist.",
         f"フォルダー {tmp_path / 'gone'} がありません。"),
        (db, db, f"{db} is the database itself; choose another file.",
         f"{db} はデータベースそのものです。別のファイルを選んでください。"),
        (tmp_path / "none.db", tmp_path / "copy.db",
         f"There is no database at {tmp_path / 'none.db'}.",
         f"{tmp_path / 'none.db'} にデータベースがありません。"),
    ]  # fmt: skip
    for source, target, english, ja in cases:
        said = backup(source, target)
        assert said == english
        assert japanese(said) == ja
    assert not (tmp_path / "copy.db").exists()
