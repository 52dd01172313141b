"""Whether the file belongs to a team (the one question the window asks at start).

Everything else about team work lives in :mod:`models.sync`, which the window
loads only once it is on screen.
"""

from __future__ import annotations

import sqlite3

from models.store.base import StoreBase


class TeamStore(StoreBase):
    def team_server(self) -> str | None:
        """The team's server URL (without password), or None for a file used alone."""
        try:
            found = self._scalar("SELECT server FROM sync_local")
        except sqlite3.OperationalError:  # a file from before team work
            return None
        return str(found) if found else None
