"""Connecting to the team's server: URLs, passwords, TLS, friendly failures."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, urlsplit, urlunsplit

from models.messages import Message
from models.sync.server import TeamError

if TYPE_CHECKING:
    import psycopg

KEYRING_SERVICE = "delegation-desk"
APPLICATION_NAME = "delegation-desk"


class Offline(TeamError):
    """The server cannot be reached (no network, server down, wrong address)."""


def parse_url(url: str) -> tuple[str, str]:
    """The URL without any password (what a file may keep), and the user name."""
    parts = urlsplit(url)
    if parts.scheme not in {"postgresql", "postgres"} or not parts.hostname:
        raise TeamError(
            Message("{url!r} is not a PostgreSQL connection URL; write it as "
                    "postgresql://user@host:port/database.", url=url)
        )  # fmt: skip
    if not parts.username:
        raise TeamError(
            Message("The server URL names no user; write it as "
                    "postgresql://user@host:port/database.")
        )  # fmt: skip
    if not parts.path.strip("/"):
        raise TeamError(
            Message("The server URL names no database; write it as "
                    "postgresql://user@host:port/database.")
        )  # fmt: skip
    netloc = parts.username + "@" + (parts.hostname or "")
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")), parts.username


def _keyring_password(url: str) -> str | None:
    """A password kept in the system keyring under the URL (never one of ours)."""
    if os.environ.get("PGPASSWORD"):
        return None  # libpq takes it from the environment
    try:
        import keyring
        from keyring.backends import fail

        if isinstance(keyring.get_keyring(), fail.Keyring):
            return None
        found = keyring.get_password(KEYRING_SERVICE, url)
        return str(found) if found else None
    except Exception:  # no usable keyring is not an error
        return None


def connect(url: str, *, autocommit: bool = True) -> psycopg.Connection[Any]:
    """A connection to the team's server.

    The password comes from ``PGPASSWORD``, the system keyring (service
    ``delegation-desk``, the URL without password as the user name) or libpq's
    password file.  TLS is used whenever the server offers it (``sslmode=prefer``);
    a URL may ask for more (``?sslmode=require``, or ``verify-full`` with
    ``sslrootcert``), and then no connection is made without it.
    """
    import psycopg

    clean, _ = parse_url(url)
    extra: dict[str, Any] = {"application_name": APPLICATION_NAME, "connect_timeout": 10}
    if "sslmode" not in parse_qs(urlsplit(url).query) and not os.environ.get("PGSSLMODE"):
        extra["sslmode"] = "prefer"  # TLS whenever the server offers it
    password = _keyring_password(clean)
    if password:
        extra["password"] = password
    try:
        return psycopg.connect(url, autocommit=autocommit, **extra)
    except psycopg.OperationalError as exc:
        text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        if "password" in text or "authentication" in text:
            raise TeamError(
                Message("The server refused the login for {server} ({text}). Put the password "
                        "in PGPASSWORD or your system keyring.", server=clean, text=text)
            ) from exc  # fmt: skip
        if "does not support SSL" in text or "certificate" in text:
            raise TeamError(
                Message("No secure connection to {server} ({text}). The URL's sslmode asks for "
                        "TLS (require) or for a certificate this computer trusts (verify-ca, "
                        "verify-full, with sslrootcert naming the embassy's certificate).",
                        server=clean, text=text)
            ) from exc  # fmt: skip
        if "does not exist" in text:
            raise TeamError(
                Message("The server has no such database or user ({text}).", text=text)
            ) from exc
        raise Offline(Message("The team's server cannot be reached ({text}).", text=text)) from exc


def listen(url: str) -> psycopg.Connection[Any]:
    """A connection told of every change the server accepts (``LISTEN`` on its channel)."""
    from models.sync.server import CHANNEL

    conn = connect(url)
    conn.execute(f"LISTEN {CHANNEL}")
    return conn


def announced(listener: psycopg.Connection[Any], timeout: float) -> bool:
    """Whether the server announced a change within ``timeout`` seconds."""
    return any(True for _ in listener.notifies(timeout=timeout, stop_after=1))
