"""The SQLite database: schema migrations, reads, writes, audit."""

from smugdesk.store.database import (
    Actor,
    DatabaseLocked,
    DiskFull,
    NewerDatabase,
    NotADatabase,
    ReadOnlyDatabase,
    StoreError,
    default_db_path,
)
from smugdesk.store.records import DuplicateKey, Reopen, Store, open_store, upgrade, upgrade_pending

__all__ = [
    "Actor",
    "DatabaseLocked",
    "DiskFull",
    "DuplicateKey",
    "NewerDatabase",
    "NotADatabase",
    "ReadOnlyDatabase",
    "Reopen",
    "Store",
    "StoreError",
    "default_db_path",
    "open_store",
    "upgrade",
    "upgrade_pending",
]
