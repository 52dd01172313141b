"""Test set-up shared by every test.

Qt must run headless: the platform is chosen here, before anything imports
PySide6, so the suite runs on machines without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402
from hypothesis import HealthCheck, settings  # noqa: E402

from models.clock import FixedClock  # noqa: E402
from models.services import Desk  # noqa: E402
from models.store import Store  # noqa: E402

#: "Now" in tests: the evening before the programme starts, in UTC.
TEST_NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)

# Property tests are bounded by their number of examples, never by the clock: on a
# machine busy with other work, making the inputs or running one example can take longer
# than Hypothesis' defaults allow (a deadline of 200 ms an example, a health check that
# fails when inputs come slowly) with nothing wrong in the code under test.
settings.register_profile("any-load", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("any-load")


@pytest.fixture(scope="session", autouse=True)
def session_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """No test, not even a module's set-up, writes into the user's own data folder."""
    before = os.environ.get("XDG_DATA_HOME")
    home = tmp_path_factory.mktemp("session-data-home")
    os.environ["XDG_DATA_HOME"] = str(home)
    yield home
    if before is None:
        os.environ.pop("XDG_DATA_HOME", None)
    else:
        os.environ["XDG_DATA_HOME"] = before


@pytest.fixture(autouse=True)
def private_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The data folder (snapshots, crash logs) of every test is its own, never the user's."""
    home = tmp_path_factory.mktemp("data-home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home / "DelegationDesk"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TEST_NOW)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "programme.db"


@pytest.fixture
def desk(db_path: Path, clock: FixedClock):
    """A core over a new, empty database file."""
    core = Desk(Store.open(db_path), clock)
    yield core
    core.close()


# -- a PostgreSQL server for the team tests (tests/sync, tests/ui/test_team.py) --------

_team_names = __import__("itertools").count(1)


@pytest.fixture(scope="session")
def pg():
    """A PostgreSQL server on 127.0.0.1 for the whole session (skipped when not installed)."""
    from tests.pgserver import PgServer, bindir

    if bindir() is None:
        pytest.skip("PostgreSQL is not installed")
    server = PgServer().start()
    before = os.environ.get("PGPASSFILE")
    os.environ["PGPASSFILE"] = str(server.passfile)
    try:
        yield server
    finally:
        if before is None:
            os.environ.pop("PGPASSFILE", None)
        else:
            os.environ["PGPASSFILE"] = before
        server.stop()


@pytest.fixture
def team_db(pg) -> str:
    """The URL (as the superuser, who becomes the lead) of a new, empty database."""
    return pg.create_database(f"team{next(_team_names)}_{os.getpid()}")
