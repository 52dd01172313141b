"""Where Delegation Desk keeps its data by default (the user's data folder)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_FOLDER = "DelegationDesk"
DEFAULT_DB_NAME = "delegation-desk.db"


def data_folder() -> Path:
    """The per-user data folder: XDG on Linux, AppData on Windows, Library on macOS."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_FOLDER


def default_database() -> Path:
    """The default database file; its folder is created (owner-only) if missing."""
    folder = data_folder()
    make_private_folder(folder)
    return folder / DEFAULT_DB_NAME


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` and any missing parents, readable by their owner only (0700).

    Folders that exist already are left as they are.  Raises :class:`OSError`.
    """
    missing = []
    current = folder
    while not current.exists():
        missing.append(current)
        current = current.parent
    for created in reversed(missing):
        try:
            created.mkdir(mode=0o700)
        except FileExistsError:
            continue
        os.chmod(created, 0o700)  # whatever the umask
