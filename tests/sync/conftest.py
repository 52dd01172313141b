"""A PostgreSQL server for the team tests, started once per session on 127.0.0.1."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

from tests.pgserver import PgServer, bindir

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg() -> Iterator[PgServer]:
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
def team_db(pg: PgServer) -> str:
    """The URL (as the superuser, who becomes the lead) of a new, empty database."""
    return pg.create_database(f"team{next(_names)}_{os.getpid()}")
