"""One SQL spelling for both stores: `?` placeholders and a transaction context.

The tables added by schema 2 (corrections, document lineage) are read and written by the
modules that own them (`wirecode.corrections`, `wirecode.dedup`) through these helpers, so
SQLite and PostgreSQL answer alike.
"""

from __future__ import annotations

import contextlib
import sqlite3


def is_sqlite(store) -> bool:
    return isinstance(store.db, sqlite3.Connection)


def execute(store, query: str, params: tuple | list = ()):
    """Run `query` (with `?` placeholders) on either store; returns the cursor."""
    if not is_sqlite(store):
        query = query.replace("?", "%s")
    return store.db.execute(query, params)


def transaction(store):
    """A transaction on either store."""
    if is_sqlite(store):
        return store.db
    if hasattr(store.db, "transaction"):
        return store.db.transaction()
    return contextlib.nullcontext()


def blob(store, data: bytes):
    return sqlite3.Binary(data) if is_sqlite(store) else data
