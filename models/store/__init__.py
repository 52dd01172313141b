"""Storage of a programme in one SQLite file (the only package with SQL)."""

from models.store.connection import backup, inspect
from models.store.migrations import APPLICATION_ID, LATEST_VERSION
from models.store.store import ExportRecord, Store

__all__ = ["APPLICATION_ID", "LATEST_VERSION", "ExportRecord", "Store", "backup", "inspect"]
