"""The SQLite store (WAL mode): documents, their mentions, and the merged events.

Documents are keyed by the hash of their text, so storing the same text twice only adds the
new path. Mentions belong to a document and are written with it in one transaction. Events
are derived: `replace_events` rewrites them all after each merge, in one transaction.
The tables and methods are those of `wirecode.store.base.Store`; this module opens the file.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

from wirecode.errors import StoreError
from wirecode.store import base

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 2  # the base DDL below is schema 1; store/migrations.py
SCHEMA = base.SCHEMA.format(serial="INTEGER PRIMARY KEY")


class SQLiteStore(base.Store):
    """One wirecode database file."""

    LIKE = "LIKE"  # SQLite's LIKE ignores ASCII case
    FOR_UPDATE = ""  # SQLite has no row locks

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            # readers and the one writer wait for each other up to 30 s, never "locked"
            self.db = sqlite3.connect(self.path, timeout=30)
            self.db.execute("PRAGMA busy_timeout=30000")
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.executescript(SCHEMA)
            self._check_version()
        except sqlite3.DatabaseError as error:
            raise StoreError(f"cannot open database {self.path}: {error}") from error

    def _check_version(self) -> None:
        """Upgrade an older database in place (store/migrations.py), refuse a newer one."""
        from wirecode.store.migrations import upgrade_sqlite

        upgrade_sqlite(self.db, path=self.path)

    def integrity_check(self) -> str:
        """SQLite's own check of the file: "ok", or the first problem it finds."""
        return self.db.execute("PRAGMA integrity_check").fetchone()[0]
