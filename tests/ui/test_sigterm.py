"""The window stopped with SIGTERM closes its database: nothing is left only in ``-wal``.

The README's advice to copy the ``.db`` file must then hold: a copy of the
file alone has every change.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

WRITE_AND_DIE = """
import os, sys
sys.path.insert(0, sys.argv[2])
from models.entities import Person
from models.store import Store
store = Store.open(sys.argv[1])
store.conn.execute("PRAGMA wal_autocheckpoint = 0")
store.insert_people([Person(family_name=f"Wal {n}") for n in range(50)])
os._exit(0)  # no close: every change stays in -wal
"""


def people_in_file_alone(db: Path, tmp: Path) -> int:
    """People in a copy of the .db file without its -wal (what copying the file keeps)."""
    copy = tmp / "copy-of-file-alone.db"
    shutil.copyfile(db, copy)
    conn = sqlite3.connect(f"{copy.as_uri()}?immutable=1", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    except sqlite3.OperationalError:  # not even the schema is in the file yet
        return 0
    finally:
        conn.close()


def has_open(pid: int, path: Path) -> bool:
    folder = Path(f"/proc/{pid}/fd")
    try:
        return any(os.path.realpath(fd) == str(path.resolve()) for fd in folder.iterdir())
    except (FileNotFoundError, PermissionError):
        return False


@pytest.mark.skipif(
    not Path("/proc/self/fd").is_dir() or sys.platform == "win32",
    reason="needs SIGTERM and /proc to see when the window has the file open",
)
def test_sigterm_checkpoints_the_database_before_the_window_goes(tmp_path: Path) -> None:
    db = tmp_path / "programme.db"
    written = subprocess.run([sys.executable, "-c", WRITE_AND_DIE, str(db), str(ROOT)],
                             capture_output=True, text=True, timeout=60)  # fmt: skip
    assert written.returncode == 0, written.stderr
    wal = tmp_path / "programme.db-wal"
    assert wal.stat().st_size > 0
    assert people_in_file_alone(db, tmp_path) == 0  # all of it is still in -wal

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path / "config")}  # fmt: skip
    window = subprocess.Popen(
        [sys.executable, "main.py", "--db", str(db)],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not has_open(window.pid, db):
            assert window.poll() is None, window.communicate()
            assert time.monotonic() < deadline, "the window never opened the database"
            time.sleep(0.1)
        time.sleep(1.0)  # let it finish starting (its first paint)
        window.send_signal(signal.SIGTERM)
        _, err = window.communicate(timeout=60)
    finally:
        if window.poll() is None:
            window.kill()
            window.communicate()
    assert window.returncode == 0, err
    assert not wal.exists() or wal.stat().st_size == 0
    assert people_in_file_alone(db, tmp_path) == 50
