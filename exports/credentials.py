"""Passwords for the mail server and CalDAV: from the environment or the system keyring.

A password is never written to the database, the settings file or a log.  It
comes, in this order, from an environment variable (for scripts), the
system's keyring (the ``keyring`` package: macOS Keychain, Windows Credential
Locker, Secret Service on Linux) or the ``ask`` callback (a prompt).
"""

from __future__ import annotations

import os
from collections.abc import Callable

from models.errors import AppError
from models.messages import Message

SMTP_SERVICE = "Delegation Desk SMTP"
CALDAV_SERVICE = "Delegation Desk CalDAV"
SMTP_PASSWORD_ENV = "DELEGATION_DESK_SMTP_PASSWORD"
CALDAV_PASSWORD_ENV = "DELEGATION_DESK_CALDAV_PASSWORD"

Ask = Callable[[str], str | None]


def account(user: str, host: str) -> str:
    """The keyring's user name for an account on a server: ``user@host``."""
    return f"{user}@{host}"


def keyring_password(service: str, user: str, host: str) -> str | None:
    """The stored password, or None (also when no keyring is available)."""
    try:
        import keyring

        found = keyring.get_password(service, account(user, host))
    except Exception:  # no backend, a locked or broken keyring: as if none were stored
        return None
    return found or None


def save_password(service: str, user: str, host: str, password: str) -> None:
    """Keep the password in the system's keyring; a clear error when there is none."""
    try:
        import keyring

        keyring.set_password(service, account(user, host), password)
    except Exception as exc:
        raise AppError(
            Message("The password could not be kept in the system's keyring ({reason}). It will "
                    "be asked for each time instead.", reason=str(exc))
        ) from None  # fmt: skip


def find_password(service: str, env_var: str, user: str, host: str, ask: Ask | None = None) -> str:
    """The password for ``user`` on ``host``: environment, keyring, then ``ask``."""
    from_env = os.environ.get(env_var)
    if from_env:
        return from_env
    stored = keyring_password(service, user, host)
    if stored:
        return stored
    if ask is not None:
        given = ask(f"Password for {user} on {host}: ")
        if given:
            return given
    raise AppError(
        Message("No password for {user} on {host}: set {env_var}, or keep it in the system's "
                "keyring (the window's Preferences can).", user=user, host=host, env_var=env_var)
    )  # fmt: skip
