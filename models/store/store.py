"""The store: the one place with SQL and table names.

Every read returns entities; every multi-row write runs in one transaction.
Values are always passed as parameters, never formatted into SQL.  The
store is assembled from one part per area, each in its own module.
"""

from __future__ import annotations

from models.entities import Programme
from models.store.backups import BackupStore
from models.store.caldav import CalDavStore
from models.store.directory import DirectoryStore
from models.store.events import EventStore
from models.store.exportlog import ExportLogStore, ExportRecord
from models.store.outbox import OutboxStore
from models.store.places import PlacesStore
from models.store.protocol import ProtocolStore
from models.store.scheduling import SchedulingStore
from models.store.team import TeamStore


class Store(
    DirectoryStore,
    PlacesStore,
    EventStore,
    ExportLogStore,
    BackupStore,
    OutboxStore,
    CalDavStore,
    ProtocolStore,
    SchedulingStore,
    TeamStore,
):
    """A Delegation Desk database.  Use on the thread that opened it."""

    # -- everything ------------------------------------------------------------

    def programme(self) -> Programme:
        """The whole database as plain data, in a consistent snapshot."""
        with self.snapshot():
            return Programme(
                organisations=tuple(self.organisations()),
                people=tuple(self.people()),
                delegations=tuple(self.delegations()),
                venues=tuple(self.venues()),
                events=tuple(self.events()),
                travel_times=tuple(self.travel_times()),
                protocol=self.protocol_book(),
            )


__all__ = ["ExportRecord", "Store"]
