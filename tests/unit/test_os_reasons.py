"""Why the system refused a file or a connection: the command line quotes the system's
own words as it always has; the window writes the common reasons in Japanese, chosen
by the error number; a reason not known here stays the system's text."""

from __future__ import annotations

import ast
import errno
import json
import os
import pickle
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from exports.csv_import import read_csv_text
from exports.files import write_file
from models.errors import AppError, ExportError, ImportRefused, StorageUnavailable
from models.messages import Message, from_json, to_json
from models.os_reasons import LOOKUP_REASONS, REASONS, TIMED_OUT, SystemReason, os_reason
from models.store.connection import inspect
from tests.unit.test_time_messages import catalogue

ROOT = Path(__file__).resolve().parents[2]


def japanese(text: str) -> str:
    ja = catalogue()
    assert isinstance(text, Message), text
    return text.text("ja", lambda key: ja[key])


def refusal(work, kind: type[AppError] = AppError) -> str:
    with pytest.raises(kind) as caught:
        work()
    return caught.value.user_message


def test_every_reason_is_listed_for_translation_and_has_its_japanese() -> None:
    tree = ast.parse((ROOT / "ui" / "core_text.py").read_text(encoding="utf-8"))
    listed = {
        node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    ja = catalogue()
    for key in [*REASONS.values(), *LOOKUP_REASONS.values(), TIMED_OUT]:
        assert key in listed, key
        assert ja.get(key) and ja[key] != key, key


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the GNU C library's words")
def test_the_templates_are_the_systems_own_words() -> None:
    for number, key in REASONS.items():
        assert os.strerror(number) == key
    for name, key in LOOKUP_REASONS.items():
        assert socket.gaierror(getattr(socket, name), key).strerror == key


def test_a_file_under_a_file_and_a_name_too_long(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x")
    under = tmp_path / "notes.txt" / "people.csv"
    said = refusal(lambda: read_csv_text(under), ImportRefused)
    assert said == f"{under} cannot be read: Not a directory."
    assert japanese(said) == f"{under}を読み取れません（フォルダーではありません）。"
    long = tmp_path / ("n" * 300 + ".csv")
    said = refusal(lambda: read_csv_text(long), ImportRefused)
    assert said == f"{long} cannot be read: File name too long."
    assert japanese(said) == f"{long}を読み取れません（ファイル名が長すぎます）。"
    out = tmp_path / "notes.txt" / "programme.ics"
    said = refusal(lambda: write_file(out, b"BEGIN:VCALENDAR\r\n"), ExportError)
    assert said == f"Cannot write {out}: Not a directory. Nothing was written."
    assert japanese(said) == (
        f"{out} に書き込めません: フォルダーではありません。何も書き出していません。"
    )
    assert not out.parent.is_dir()


def test_the_database_and_its_backup(tmp_path: Path) -> None:
    from models.store.backups import backup_database

    (tmp_path / "notes.txt").write_text("x")
    under = tmp_path / "notes.txt" / "programme.db"
    said = refusal(lambda: inspect(under), StorageUnavailable)
    assert said == f"{under} cannot be read: Not a directory."
    assert japanese(said) == f"{under}を読み取れません（フォルダーではありません）。"
    from models.store import Store

    db = tmp_path / "programme.db"
    Store.open(db).close()
    target = tmp_path / ("b" * 300 + ".db")
    said = refusal(lambda: backup_database(db, target), StorageUnavailable)
    assert said == f"Cannot write the backup {target}: File name too long."
    assert japanese(said) == f"バックアップ {target} を書き込めません: ファイル名が長すぎます。"


def test_a_file_past_the_size_the_system_allows(tmp_path: Path) -> None:
    """A real EFBIG: the child process may write no file larger than 1 KB."""
    script = (
        "import json, resource, signal, sys\n"
        "from exports.files import write_file\n"
        "from models.errors import ExportError\n"
        "from models.messages import to_json\n"
        "signal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
        "resource.setrlimit(resource.RLIMIT_FSIZE, (1024, 1024))\n"
        "try:\n"
        "    write_file(sys.argv[1], b'x' * 4096)\n"
        "except ExportError as exc:\n"
        "    print(json.dumps(to_json(exc.user_message)))\n"
    )
    out = tmp_path / "pack.pdf"
    done = subprocess.run(
        [sys.executable, "-c", script, str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    said = from_json(json.loads(done.stdout))
    assert said == f"Cannot write {out}: File too large. Nothing was written."
    assert japanese(said) == (
        f"{out} に書き込めません: ファイルが大きすぎます。何も書き出していません。"
    )
    assert not out.exists() and list(tmp_path.iterdir()) == []


def test_a_refused_connection_wrapped_by_a_library_is_found_by_its_number() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there now
    with pytest.raises(OSError) as caught:
        socket.create_connection(("127.0.0.1", port), timeout=10)
    try:
        raise RuntimeError(f"cannot reach 127.0.0.1:{port}: {caught.value}") from caught.value
    except RuntimeError as wrapped:
        reason = os_reason(wrapped)
    assert reason == f"cannot reach 127.0.0.1:{port}: [Errno 111] Connection refused"
    assert japanese(reason) == "接続が拒否されました"
    plain = os_reason(caught.value)
    assert plain == "Connection refused" and japanese(plain) == "接続が拒否されました"


def test_an_unknown_reason_stays_the_systems_text() -> None:
    said = os_reason(OSError(errno.EINVAL, "Invalid argument"))
    assert said == "Invalid argument"
    assert not isinstance(said, Message)
    message = Message("{name} cannot be read: {reason}.", name="x.csv", reason=said)
    assert japanese(message) == "x.csvを読み取れません（Invalid argument）。"


def test_a_reason_survives_pickling_and_json_with_its_english() -> None:
    reason = os_reason(OSError(errno.ENOSPC, "No space left on device (as this system says)"))
    assert isinstance(reason, SystemReason)
    again = pickle.loads(pickle.dumps(reason))
    assert again == reason and again.key == "No space left on device"
    key = "Cannot write {path}: {reason}. Nothing was written."
    message = Message(key, path="a", reason=reason)
    assert japanese(from_json(to_json(message))) == (
        "a に書き込めません: ディスクの空き容量が不足しています。何も書き出していません。"
    )
