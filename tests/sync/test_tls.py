"""Connections use TLS when the server offers it; a URL may insist on it.

A second real PostgreSQL server on 127.0.0.1, with ``ssl=on`` and a self-signed
certificate made by ``openssl`` for this test; the plain server of the ``pg``
fixture offers no TLS.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from models.sample import load_sample
from models.services import Desk
from models.store import Store
from models.sync import engine
from models.sync.connect import Offline, connect
from models.sync.server import TeamError
from tests.pgserver import PgServer, bindir

ENCRYPTED = "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"


@pytest.fixture(scope="module")
def tls_server() -> Iterator[PgServer]:
    if bindir() is None or shutil.which("openssl") is None:
        pytest.skip("PostgreSQL or openssl is not installed")
    server = PgServer(tls=True).start()
    yield server
    server.stop()


@pytest.fixture
def passwords(tls_server: PgServer, pg: PgServer) -> Iterator[None]:
    """Both servers' passwords in the libpq password file that the ``pg`` fixture set."""
    passfile = Path(os.environ["PGPASSFILE"])
    before = passfile.read_text()
    passfile.write_text(before + tls_server.passfile.read_text())
    yield
    passfile.write_text(before)


def _encrypted(url: str) -> tuple[Any, ...]:
    with connect(url) as conn:
        row = conn.execute(ENCRYPTED).fetchone()
        assert row is not None
        return tuple(row)


@pytest.mark.usefixtures("passwords")
def test_a_server_offering_tls_is_spoken_to_in_tls_by_default(tls_server: PgServer) -> None:
    ssl, version = _encrypted(tls_server.url())
    assert ssl is True and version.startswith("TLS")


@pytest.mark.usefixtures("passwords")
def test_a_server_without_tls_is_still_reached_by_default(pg: PgServer) -> None:
    assert _encrypted(pg.url())[0] is False


@pytest.mark.usefixtures("passwords")
def test_require_in_the_url_refuses_a_server_without_tls(
    pg: PgServer, tls_server: PgServer
) -> None:
    assert _encrypted(tls_server.url() + "?sslmode=require")[0] is True
    with pytest.raises(TeamError, match="No secure connection") as caught:
        connect(pg.url() + "?sslmode=require")
    assert not isinstance(caught.value, Offline)
    assert "does not support SSL" in caught.value.user_message


@pytest.mark.usefixtures("passwords")
def test_verify_full_checks_the_certificate(tls_server: PgServer, tmp_path: Path) -> None:
    trusted = f"{tls_server.url()}?sslmode=verify-full&sslrootcert={tls_server.certificate}"
    assert _encrypted(trusted)[0] is True
    stranger = tmp_path / "other.crt"  # a certificate this server's was not signed with
    other = PgServer(tls=True)
    try:
        other._make_certificate()
        shutil.copy(other.certificate, stranger)
    finally:
        other.stop()
    with pytest.raises(TeamError, match="certificate"):
        connect(f"{tls_server.url()}?sslmode=verify-full&sslrootcert={stranger}")
    with pytest.raises(TeamError, match="No secure connection"):  # the name must match
        connect(
            f"postgresql://postgres@localhost:{tls_server.port}/postgres?hostaddr=127.0.0.1"
            f"&sslmode=verify-full&sslrootcert={tls_server.certificate}"
        )


@pytest.mark.usefixtures("passwords")
def test_a_team_on_a_tls_server_syncs_over_tls(tls_server: PgServer, tmp_path: Path) -> None:
    url = tls_server.create_database("tlsteam") + "?sslmode=require"
    lead = Desk(Store.open(tmp_path / "lead.db"))
    load_sample(lead)
    engine.create(lead.store.conn, url)
    other = Desk(Store.open(tmp_path / "other.db"))
    engine.join(other.store.conn, url)
    try:
        team = engine.status(other.store.conn, ask_server=False)
        assert team.server.endswith("?sslmode=require")  # the file keeps what the URL asks
        person = lead.person(3)
        from dataclasses import replace

        lead.save_person(replace(person, notes="Sent over TLS"))
        assert engine.sync(lead.store.conn).in_step
        assert engine.sync(other.store.conn).in_step
        assert any(p.notes == "Sent over TLS" for p in other.people())
        assert _encrypted(team.server)[0] is True
    finally:
        lead.close()
        other.close()
