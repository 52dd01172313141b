"""``send`` and ``outbox`` as a user runs them, against a real SMTP server with a login."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.smtp import AuthResult, LoginPassword
from mail_server import MailServer
from test_ics_fixtures import Sample, build_sample

from models.services import Desk

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct-horse-7319"


class Accounts:
    def __init__(self) -> None:
        self.tried: list[tuple[str, str]] = []

    def __call__(self, server: Any, session: Any, envelope: Any, mechanism: str,
                 auth_data: Any) -> AuthResult:  # fmt: skip
        assert isinstance(auth_data, LoginPassword)
        login = (auth_data.login.decode(), auth_data.password.decode())
        self.tried.append(login)
        return AuthResult(success=login == ("desk", PASSWORD), handled=False)


@pytest.fixture
def accounts() -> Accounts:
    return Accounts()


@pytest.fixture
def server(accounts: Accounts) -> Iterator[MailServer]:
    running = MailServer(authenticator=accounts, auth_require_tls=False).start()
    yield running
    running.stop()


@pytest.fixture
def sample(desk: Desk) -> Sample:
    return build_sample(desk)


def run(
    db: Path, *args: object, password: str | None = PASSWORD
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "DELEGATION_DESK_SMTP_PASSWORD"}
    if password is not None:
        env["DELEGATION_DESK_SMTP_PASSWORD"] = password
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    return subprocess.run(
        [sys.executable, "main.py", str(args[0]), "--db", str(db), *map(str, args[1:])],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False, env=env,
        stdin=subprocess.DEVNULL,
    )  # fmt: skip


def smtp(server: MailServer) -> list[str]:
    return ["--smtp-host", "127.0.0.1", "--smtp-port", str(server.port),
            "--smtp-security", "none", "--smtp-user", "desk"]  # fmt: skip


def test_send_logs_in_sends_and_never_stores_the_password(
    sample: Sample, db_path: Path, server: MailServer, accounts: Accounts
) -> None:
    sample.desk.close()
    done = run(db_path, "send", "--event", sample.closed.id, *smtp(server))
    assert done.returncode == 0, done.stderr
    assert accounts.tried == [("desk", PASSWORD)]
    assert len(server.received) == 3
    assert "3 sent." in done.stdout
    for path in db_path.parent.iterdir():
        assert PASSWORD.encode() not in path.read_bytes(), path.name
    assert PASSWORD not in done.stdout + done.stderr
    listed = run(db_path, "outbox", "--json")
    assert listed.returncode == 0, listed.stderr
    entries = json.loads(listed.stdout)
    assert [e["status"] for e in entries] == ["sent"] * 3
    assert {e["recipient"] for e in entries} == {
        "aiko.tanaka@example.jp", "rahul.verma@example.in", "priya.sharma@example.in"}  # fmt: skip
    assert all(e["items"][0]["method"] == "REQUEST" for e in entries)
    again = run(db_path, "send", "--event", sample.closed.id, "--changed-only", *smtp(server))
    assert again.returncode == 0 and "Nothing new to send." in again.stdout
    assert len(server.received) == 3


def test_a_wrong_password_is_a_clear_message_and_the_messages_wait(
    sample: Sample, db_path: Path, server: MailServer
) -> None:
    sample.desk.close()
    done = run(db_path, "send", "--event", sample.forum.id, *smtp(server), password="wrong")
    assert done.returncode == 1
    assert "refused the user name or password" in done.stdout
    assert "wrong" not in done.stdout.replace("wrong password", "")
    listed = run(db_path, "outbox")
    assert listed.stdout.count("queued") == 3 and server.received == []


def test_without_a_password_send_says_where_to_put_it(
    sample: Sample, db_path: Path, server: MailServer
) -> None:
    sample.desk.close()
    done = run(db_path, "send", "--all", *smtp(server), password=None)
    assert done.returncode == 2
    assert "DELEGATION_DESK_SMTP_PASSWORD" in done.stderr
    assert "The outbox is empty." in run(db_path, "outbox").stdout


def test_dry_run_shows_who_gets_what_and_sends_nothing(sample: Sample, db_path: Path) -> None:
    sample.desk.close()
    done = run(db_path, "send", "--all", "--changed-only", "--dry-run")
    assert done.returncode == 0, done.stderr
    assert ("Would send: Dr Aiko Tanaka <aiko.tanaka@example.jp>: Invitation: Battery & "
            "critical-mineral forum; Invitation: Cell production JV") in done.stdout  # fmt: skip
    assert "Dry run: 4 message(s) planned" in done.stdout
    assert "The outbox is empty." in run(db_path, "outbox").stdout


def test_send_needs_a_host_and_a_scope(sample: Sample, db_path: Path) -> None:
    sample.desk.close()
    no_host = run(db_path, "send", "--all")
    assert no_host.returncode == 2 and "--smtp-host is needed" in no_host.stderr
    no_scope = run(db_path, "send", "--smtp-host", "127.0.0.1")
    assert no_scope.returncode == 2
