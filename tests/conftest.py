"""Test set-up shared by every test.

Qt must run headless: the platform is chosen here, before anything imports
PySide6, so the suite runs on machines without a display.
"""

from __future__ import annotations

import os
import sys
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402

from models.clock import FixedClock  # noqa: E402
from models.services import Desk  # noqa: E402
from models.store import Store  # noqa: E402

#: "Now" in tests: the evening before the programme starts, in UTC.
TEST_NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


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
