"""A throw-away PostgreSQL server on the loopback interface, for tests and benchmarks.

``initdb`` and ``pg_ctl`` from the installed PostgreSQL (found with
``pg_config --bindir`` or under ``/usr/lib/postgresql/*/bin``) make a cluster
in a temporary folder, listening on 127.0.0.1 at a free port, with password
(SCRAM) authentication; with ``tls=True`` it also offers TLS, with a self-signed
certificate for 127.0.0.1 made by ``openssl`` (:attr:`PgServer.certificate`
is what a client trusts for ``sslmode=verify-full``).  ``initdb`` refuses to
run as root, so as root the cluster belongs to the ``postgres`` system user.
Passwords reach libpq through a ``PGPASSFILE`` written beside the cluster, as
they would on a laptop.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path


def bindir() -> Path | None:
    try:
        out = subprocess.run(
            ["pg_config", "--bindir"], capture_output=True, text=True, check=True
        ).stdout.strip()
        if (Path(out) / "initdb").exists():
            return Path(out)
    except (OSError, subprocess.CalledProcessError):
        pass
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PgServer:
    """One cluster; ``url(user, db)`` gives connection URLs without passwords."""

    def __init__(self, *, tls: bool = False) -> None:
        found = bindir()
        if found is None:
            raise RuntimeError("PostgreSQL is not installed (no initdb found)")
        self.bin = found
        self.root = Path(tempfile.mkdtemp(prefix="dd-pg-"))
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.port = _free_port()
        self.superuser = "postgres"
        self.password = "postgres-test-password"
        self.passfile = self.root / "pgpass"
        self._as_postgres = os.geteuid() == 0
        self._started = False
        self.tls = tls
        self.certificate = self.root / "server.crt"

    def _make_certificate(self) -> str:
        """A self-signed certificate for 127.0.0.1 and its key; the server's options for them."""
        key = self.root / "server.key"
        done = subprocess.run(
            ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
             "-keyout", str(key), "-out", str(self.certificate), "-subj", "/CN=127.0.0.1",
             "-addext", "subjectAltName=IP:127.0.0.1"],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"openssl failed: {done.stderr}")
        key.chmod(0o600)  # the server refuses a key others may read
        if self._as_postgres:
            shutil.chown(key, "postgres")
        return f" -c ssl=on -c ssl_cert_file='{self.certificate}' -c ssl_key_file='{key}'"

    def _run(self, *args: str) -> None:
        prefix = ["runuser", "-u", "postgres", "--"] if self._as_postgres else []
        done = subprocess.run([*prefix, *args], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise RuntimeError(f"{Path(args[0]).name} failed: {done.stderr or done.stdout}")

    def start(self) -> PgServer:
        try:
            return self._start()
        except BaseException:
            self.stop()  # leave no half-made cluster behind
            raise

    def _start(self) -> PgServer:
        pwfile = self.root / "pw"
        pwfile.write_text(self.password + "\n")
        self.data.mkdir()
        if self._as_postgres:
            shutil.chown(self.root, "postgres")
            shutil.chown(self.data, "postgres")
            shutil.chown(pwfile, "postgres")
        self.data.chmod(0o700)
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", self.superuser,
            "--pwfile", str(pwfile), "--auth=scram-sha-256", "-E", "UTF8", "--locale=C",
        )  # fmt: skip
        pwfile.unlink()
        options = (
            f"-c listen_addresses=127.0.0.1 -c port={self.port} "
            f"-c unix_socket_directories='' -c fsync=off -c max_connections=60"
        )
        if self.tls:
            options += self._make_certificate()
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
            "-o", options, "-w", "-t", "60", "start",
        )  # fmt: skip
        self._started = True
        self.add_password(self.superuser, self.password)
        return self

    def add_password(self, user: str, password: str) -> None:
        """Remember a password the way a person would: in a libpq password file."""
        with self.passfile.open("a") as handle:
            handle.write(f"127.0.0.1:{self.port}:*:{user}:{password}\n")
        self.passfile.chmod(0o600)

    def url(self, user: str | None = None, database: str = "postgres") -> str:
        return f"postgresql://{user or self.superuser}@127.0.0.1:{self.port}/{database}"

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True, passfile=str(self.passfile)) as c:
            c.execute(f'CREATE DATABASE "{name}"')
        return self.url(database=name)

    def stop(self) -> None:
        if self._started:
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop")
            self._started = False
        shutil.rmtree(self.root, ignore_errors=True)
