"""Where events live: SQLite by default (`./wirecode.db`, or `--db` / `WIRECODE_DB`)."""

from __future__ import annotations

import os

from wirecode.errors import StoreError
from wirecode.store.sqlite import SQLiteStore

DEFAULT_DB = "wirecode.db"

__all__ = ["DEFAULT_DB", "SQLiteStore", "open_store"]


def open_store(db: str | None = None) -> SQLiteStore:
    """The store named by `db`, else `WIRECODE_DB`, else ./wirecode.db."""
    db = db or os.environ.get("WIRECODE_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        raise StoreError("PostgreSQL is not supported yet: use a SQLite file path for --db")
    return SQLiteStore(db)
