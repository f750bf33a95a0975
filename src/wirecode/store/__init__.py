"""Where events live: SQLite by default (`./wirecode.db`, or `--db` / `WIRECODE_DB`);
a `postgresql://` URL selects PostgreSQL (extra `wirecode[postgres]`)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from wirecode.store.sqlite import SQLiteStore

if TYPE_CHECKING:
    from wirecode.store.postgres import PostgresStore

DEFAULT_DB = "wirecode.db"

__all__ = ["DEFAULT_DB", "SQLiteStore", "open_store"]


def open_store(db: str | None = None) -> SQLiteStore | PostgresStore:
    """The store named by `db`, else `WIRECODE_DB`, else ./wirecode.db."""
    db = db or os.environ.get("WIRECODE_DB") or DEFAULT_DB
    if db.startswith(("postgresql://", "postgres://")):
        from wirecode.store.postgres import PostgresStore

        return PostgresStore(db)
    return SQLiteStore(db)
