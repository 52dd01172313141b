"""Commands that only read change nothing; read-only databases and folders still work.

Permissions do not bind root: when the tests run as root, each command runs
without the capabilities that override file permissions (CAP_DAC_OVERRIDE,
CAP_DAC_READ_SEARCH), so a 0444 file or a 0555 folder binds it as it binds
anybody.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import shutil
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "data" / "programme-v1.db"
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


def run(*args: str | Path, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    def drop() -> None:
        if os.geteuid() == 0:
            libc = ctypes.CDLL(None, use_errno=True)
            for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
                if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
                    raise OSError(ctypes.get_errno(), "cannot drop a capability")

    env = {**os.environ}
    if home is not None:
        env["XDG_DATA_HOME"] = str(home)
    return subprocess.run(
        [sys.executable, "main.py", *map(str, args)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120, env=env,
        preexec_fn=drop,
    )  # fmt: skip


def state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.fixture
def shared(tmp_path: Path) -> Iterator[Path]:
    """A folder of this test's own, made writable again afterwards for clean-up."""
    folder = tmp_path / "shared"
    (folder / "home").mkdir(parents=True)
    yield folder
    for path in folder.rglob("*"):
        if path.is_dir():
            os.chmod(path, 0o755)


def give(path: Path, mode: int) -> None:
    os.chmod(path, mode)


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    made = subprocess.run([sys.executable, "main.py", "demo", "--db", str(path)], cwd=ROOT,
                          capture_output=True, timeout=120)  # fmt: skip
    assert made.returncode == 0
    return path


def test_listing_a_zero_byte_file_writes_nothing_into_it(shared: Path) -> None:
    empty = shared / "empty.db"
    empty.touch()
    give(empty, 0o644)
    result = run("events", "--db", empty, home=shared / "home")
    assert result.returncode == 2
    assert "holds no programme yet" in result.stderr and "Traceback" not in result.stderr
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in shared.iterdir()) == ["empty.db", "home"]


def test_listing_an_older_database_leaves_its_file_as_it_was(shared: Path) -> None:
    old = shared / "old.db"
    shutil.copyfile(V1, old)
    give(old, 0o644)
    before = state(shared)
    result = run("events", "--db", old, home=shared / "home")
    assert result.returncode == 0, result.stderr
    assert "id" in result.stdout.splitlines()[0]
    assert state(shared) == before  # no upgrade, no .bak, no -wal
    assert not any((shared / "home").rglob("*.db"))  # no snapshot either


def test_a_database_in_a_read_only_folder_can_be_listed_and_exported(
    shared: Path, sample: Path
) -> None:
    folder = shared / "readonly"
    folder.mkdir()
    db = folder / "programme.db"
    shutil.copyfile(sample, db)
    give(db, 0o644)
    give(folder, 0o555)
    before = state(folder)
    listing = run("events", "--db", db, home=shared / "home")
    assert listing.returncode == 0, listing.stderr
    assert "Lithium-titanate" in listing.stdout
    out = shared / "out.ics"
    export = run("ics", "--db", db, "--event", "1", "-o", out, home=shared / "home")
    assert export.returncode == 0, export.stderr
    assert "BEGIN:VCALENDAR" in out.read_text(encoding="utf-8")
    assert "could not be recorded" in export.stderr
    assert state(folder) == before


def test_ics_from_a_read_only_database_exports_and_warns(shared: Path, sample: Path) -> None:
    db = shared / "programme.db"
    shutil.copyfile(sample, db)
    give(db, 0o444)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    out = shared / "feed.ics"
    result = run("ics", "--db", db, "--programme", "-o", out, home=shared / "home")
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").count("BEGIN:VEVENT") > 5
    assert "Warning:" in result.stderr and "could not be recorded" in result.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    assert stat.S_IMODE(db.stat().st_mode) == 0o444
